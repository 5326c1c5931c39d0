"""Looser shapes of names on real pages: before a date, in pairs, bare, user names."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from corpusparse.parsing.dates import TimeReading, has_digit, read_labelled_time
from corpusparse.parsing.patterns import (
    MONTH_DAY,
    OUTLET_GAP,
    POST_SIGNATURE,
    READING_TIME,
    time_limit,
)
from corpusparse.parsing.readers.common import (
    _BLANKS,
    _LINE_READINGS,
    _NAME_EDGE,
    READING_TIME_WORDS,
    _plain_name,
    _run_together,
    _user_name,
    may_contain,
)
from corpusparse.parsing.readers.head_dates import read_fallback_date
from corpusparse.parsing.readers.labels import _byline_label_end, _is_agency
from corpusparse.parsing.readers.names import (
    _BY_WORDS,
    _bare_name,
    _bare_names,
    _is_strong_title,
    _is_title_word,
    read_names,
)
from corpusparse.parsing.vocabulary import AGENCIES, FOREIGN_MONTHS, GROUP_TITLE_WORDS

__all__ = [
    "read_bare_byline",
    "read_loose_byline",
    "read_meta_bullets",
    "read_name_pair",
    "read_post_signature",
    "read_user_byline",
]

_LOOSE_NAME_ENDS = frozenset(
    (
        "on",
        "at",
        "am",
        "um",
        "à",
        "le",
        "el",
        "vom",
        "for",
        "für",
        "last",
        "updated",
        "published",
        "posted",
        "foto",
        "photo",
        "kategorien",
        "veröffentlicht",
        "erstellt",
        "actualizado",
        "publicado",
        "publié",
        "mis",
    )
)
"""Words (case-folded) after which a labelled byline's names have ended: ``By Ann Lee
on ...``, ``Von Ann Lee Foto: ...``."""

_MONTH_NAMES = frozenset(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
)

_LOOSE_NAME_MARKS = ("|", "·", "•", "●", "/", "–", "—", "-")


def read_loose_byline(text: str) -> tuple[str, ...] | None:
    """The names of a labelled byline with other things after them that no reader reads.

    ``By Ann Lee on 31. March, 2024 | 18 Comments``, ``Von Ann Lee Foto: Bo
    Chan``, ``by Ann Lee· March 3, 2024``: after the label, the names run to
    the first digit, separator or connecting word (``on``, ``at``, ``am``,
    ``vom``, ``for``, ``Last updated``, ``Foto``). Something must follow the
    names: a line that is the label and names alone is `read_byline_line`'s.

    Examples:
        >>> read_loose_byline("By Ann Lee on 31. March, 2024 | 18 Comments")
        ('Ann Lee',)
        >>> read_loose_byline("By the time we came home it rained") is None
        True
    """
    if len(text) > 200 or not text[:1].isalpha():
        return None
    end = _byline_label_end(text)
    if end is None:
        return None
    words = text[end:].split()
    kept: list[str] = []
    for word in words:
        if word in _LOOSE_NAME_MARKS:
            break
        if has_digit(word):
            glued = _before_digit(word)  # "Ann Lee13.12.2022": a name run into a date
            if glued:
                kept.append(glued)
            break
        folded = word.casefold().strip(",;:.")
        if folded in _LOOSE_NAME_ENDS or folded in FOREIGN_MONTHS or folded in _MONTH_NAMES:
            break
        bare = word.rstrip("".join(_LOOSE_NAME_MARKS))
        if bare != word:
            if bare:
                kept.append(bare)
            break
        kept.append(word)
    if not kept or len(kept) == len(words):
        return None
    names = read_names(" ".join(kept).rstrip(_NAME_EDGE))
    if names is None or not all(map(_plain_name, names)):
        return None
    return names


def _before_digit(word: str) -> str:
    """The letters of a word before the digit it runs into (``Lee13.12.2022`` -> ``Lee``),
    or ``""`` when the word does not open with two letters."""
    at = next(index for index, char in enumerate(word) if char.isdigit())
    head = word[:at]
    return head if len(head) >= 2 and head.isalpha() and head[:1].isupper() else ""


def read_name_pair(first: str, second: str) -> tuple[str, ...] | None:
    """A name on a line of its own over a line that gives its role (an author box).

    ``first`` holds one name of 2 to 4 capitalised words, none of them a
    section, menu or function word, and ``second`` a title of five words at
    most (``Staff Writer``, ``Senior Reporter``, ``Chefredakteur``): a title
    word or a credential, no agency. A label over names (``By`` over ``Ann
    Lee``) is `read_byline_pair`'s.

    Examples:
        >>> read_name_pair("Ann Lee", "Senior Reporter")
        ('Ann Lee',)
        >>> read_name_pair("Ann Lee", "Home and Garden") is None
        True
    """
    first = first.strip(_BLANKS + "|")
    second = second.strip(_BLANKS + "|")
    if not first or not second or len(first) > 60 or len(second) > 60:
        return None
    if first.startswith(_LIST_BULLETS) or second.startswith(_LIST_BULLETS):
        return None  # items of a menu or a list
    if first.split(None, 1)[0] == second.split(None, 1)[0]:
        return None  # rows of a table or a list: "Example Group Editor" over "Example Group Chair"
    return _read_name_pair(first, second)


_LIST_BULLETS = ("•", "·", "-", "*", "›", "»", "▪", "■")


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_name_pair(first: str, second: str) -> tuple[str, ...] | None:
    """`read_name_pair` of stripped lines of allowed lengths, remembered."""
    words = second.split()
    if len(words) > 5 and not _is_long_role(words):
        return None
    if not _is_strong_title(second) or _is_agency(second):
        return None
    name = _bare_name(first, min_words=2)
    if name is None or _is_strong_title(name) or _run_together(name):
        return None
    return (name,)


def _is_long_role(words: list[str]) -> bool:
    """Whether the words of a role line longer than five words still read as a role:
    at most `_LONG_ROLE_WORDS` words, no digit, no sentence's end, and a title word
    naming a person's role (not a group's: `GROUP_TITLE_WORDS`) among the first three
    (``Assistant professor of history at Example State``)."""
    if len(words) > _LONG_ROLE_WORDS or words[-1].endswith((".", "!", "?", ":")):
        return False
    if any(has_digit(word) for word in words):
        return False
    return any(
        _is_title_word(part) and part not in GROUP_TITLE_WORDS
        for word in words[:3]
        for part in word.casefold().strip(".,").split("-")
    )


_LONG_ROLE_WORDS = 10
"""The most words of a role line under a name that `read_name_pair` reads."""


def read_bare_byline(text: str) -> tuple[str, ...] | None:
    """The names of a line that prints names alone, without a label (``• Ann Lee``).

    Such a line is a byline only by where it stands (right under the headline,
    or right after the date line of the head): the caller checks that. Each
    name is 2 to 4 capitalised words, none of them a section, menu or function
    word (`NAME_STOP_WORDS`), a title or an agency; bullets and pipes at the
    ends are ignored.

    Examples:
        >>> read_bare_byline("• Ann Lee")
        ('Ann Lee',)
        >>> read_bare_byline("Senior Reporter") is None
        True
    """
    text = text.strip(_BLANKS + "•·|")
    if not text or len(text) > 80 or not text[:1].isupper():
        return None
    if "\u00a0" in text or "  " in text or "/" in text:
        return _names_by_outlet(text)
    return _read_bare_byline(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _names_by_outlet(text: str) -> tuple[str, ...] | None:
    """Names printed beside their outlet or agency: after a gap of blanks, the outlet in
    capitals (``Ann Lee \u00a0 DAILY SITE``); after a slash, an agency's code
    (``Ann Lee/AB-C``, ``Ann Lee/dpa``). A gap or a slash before anything else: none.
    Remembered, like `_read_bare_byline`: menus and dates print slashes and gaps."""
    gap = OUTLET_GAP.split(text, maxsplit=1)
    if len(gap) == 1 and "/" not in text:
        return _read_bare_byline(text)  # "Ann\u00a0Lee": one no-break space is a space
    if len(gap) == 2:
        name, outlet = gap
        outlet_ok = outlet.isupper() and len(outlet) <= 40 and not has_digit(outlet)
    else:
        name, _, outlet = text.rpartition("/")
        outlet_ok = " " not in outlet and (
            (outlet.isupper() and 2 <= len(outlet) <= 8) or outlet.casefold() in AGENCIES
        )
    name = name.strip(_BLANKS)
    if not outlet_ok or not name or name.isupper() or "/" in name or OUTLET_GAP.search(name):
        return None
    return _read_bare_byline(name)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_bare_byline(text: str) -> tuple[str, ...] | None:
    """`read_bare_byline` of a stripped line of an allowed length, remembered."""
    names = _bare_names(text)
    if names is None or any(_is_strong_title(name) for name in names):
        return None
    return None if _run_together(text) else names


def read_user_byline(text: str) -> tuple[tuple[str, ...], TimeReading | None] | None:
    """A byline of a user name in lower case: ``by annlee``, ``4. März 2024 von annlee``.

    Blogs and forums print the account name as it was typed. The name is one
    word (`_user_name`), after a byline label, or after a date and ``by``
    (``von``, ``por``, ``par``); the caller reads such a line only in a page's
    head. Returns the names and the date (``None`` when the line prints none).

    Examples:
        >>> read_user_byline("by annlee")
        (('annlee',), None)
        >>> read_user_byline("by the river") is None
        True
    """
    if len(text) > 100 or not text:
        return None
    end = _byline_label_end(text)
    if end is not None:
        name = _user_name(text[end:])
        return ((name,), None) if name is not None else None
    if not has_digit(text):
        return None
    lowered = text.lower()
    for word in _BY_WORDS:
        at = lowered.rfind(word)
        if at <= 0:
            continue
        name = _user_name(text[at + len(word) :])
        time = read_labelled_time(text[:at].strip(_NAME_EDGE)) if name is not None else None
        if name is not None and time is not None and not time[0]:
            return (name,), time[1]
    return None


def read_post_signature(text: str) -> tuple[str, ...] | None:
    """The names of a blog post's signature line: ``Posted by Ann Lee at 2:33 PM`` (German
    ``Eingestellt von ... um``, Spanish ``Publicado por ... a las``), tags or labels
    may follow the time.

    The names are read as a byline's (`read_names`); else one to three words that end
    in a capitalised word (``der Michel``) or one user name (``annlee``) stand as
    printed.

    Examples:
        >>> read_post_signature("Posted by Ann Lee at 2:33 PM")
        ('Ann Lee',)
        >>> read_post_signature("Posted by Ann at the fair at 2:33 PM") is None
        True
    """
    if len(text) > _MAX_SIGNATURE or not text.startswith(("Posted", "Eingestellt", "Publicado")):
        return None
    match = POST_SIGNATURE.match(text, timeout=time_limit(text))
    if match is None:
        return None
    part = match["names"].strip()
    names = read_names(part)
    if names:
        return names
    words = part.split()
    if (len(words) == 1 and _user_name(part)) or (1 < len(words) <= 3 and words[-1][:1].isupper()):
        return (part,)
    return None


_MAX_SIGNATURE = 300
"""The longest line `read_post_signature` reads (the tags after the time run long)."""


def read_meta_bullets(lines: Sequence[str]) -> tuple[str, ...] | None:
    """The names of a post's meta run: three bulleted lines in a row, the names (one
    word may do), a date (a month and a day, ``Jun 9``, or a full date) and a
    reading time (``5 min read``).

    Examples:
        >>> read_meta_bullets(["• Ann Lee", "• Jun 9", "• 5 min read"])
        ('Ann Lee',)
        >>> read_meta_bullets(["• Garden", "• Tools", "• 5 min read"]) is None
        True
    """
    if len(lines) < 3 or not all(line[:1] in _META_BULLETS for line in lines[:3]):
        return None
    name, date, reading = (line[1:].strip() for line in lines[:3])
    if not 2 <= len(reading) <= 40 or not may_contain(reading, READING_TIME_WORDS):
        return None
    if READING_TIME.fullmatch(reading) is None:
        return None
    if len(date) > 40 or (MONTH_DAY.fullmatch(date) is None and read_fallback_date(date) is None):
        return None
    return _bare_names(name, min_words=1)


_META_BULLETS = ("•", "·")
"""The bullets of a post's meta run (`read_meta_bullets`)."""
