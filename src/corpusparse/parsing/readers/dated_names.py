"""Names beside a date on a post's meta line, with or without a label."""

from __future__ import annotations

import datetime as dt
import functools
import itertools

from corpusparse.parsing.dates import TimeReading, has_digit, read_printed_time
from corpusparse.parsing.patterns import (
    BY_INSIDE,
    BYLINE_GLUE,
    HEAD_DASH_SEPARATOR,
    HEAD_PART_SEPARATOR,
    TIME_EXPRESSION,
    time_limit,
)
from corpusparse.parsing.readers.common import (
    _BLANKS,
    _LINE_READINGS,
    _is_clock,
    _is_sentence,
    _plain_name,
    _run_together,
    _user_name,
)
from corpusparse.parsing.readers.date_shapes import as_printed, unglued_clock
from corpusparse.parsing.readers.head_dates import (
    _MAX_HEAD_DATE_LINE,
    _MAX_META_PART,
    _find_head_date,
)
from corpusparse.parsing.readers.labels import _is_agency
from corpusparse.parsing.readers.loose_bylines import _LOOSE_NAME_ENDS
from corpusparse.parsing.readers.names import _bare_name, _bare_names, _is_strong_title, read_names
from corpusparse.parsing.readers.residue import read_residue
from corpusparse.parsing.vocabulary import (
    CATCH_ALL_SECTIONS,
    COMMENT_FORM_HEADERS,
    NAME_STOP_WORDS,
    STOPWORDS,
    TITLE_WORDS,
    residue_key,
)

__all__ = ["read_dated_names", "read_names_by_date", "read_names_in_time_line"]

_DATED_NAME_EDGE = _BLANKS + ",;•·|–—-"


def read_dated_names(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """A date and then a name without a label, with what else the line prints after it.

    Blogs print the head's date, the author and the section or a comment count on
    one line (``4. März 2024 Ann Lee Kultur``, ``March 3, 2024 Ann Lee 0``). The
    line opens with a full date (printed twice over is read once); the name is
    the next two capitalised words (three with an initial between: ``Ann B.
    Lee``), none of them a section, menu or function word; after it stand only
    capitalised words, numbers or a residue line (``Leave a comment``). A user
    name in lower case (``annlee``) counts only before a residue line. The
    caller reads such a line only in a page's head.

    Examples:
        >>> read_dated_names("March 3, 2024 Ann Lee 0")
        (('Ann Lee',), ('March 3, 2024', datetime.date(2024, 3, 3)))
        >>> read_dated_names("March 3, 2024 Ann Lee visited the new mill") is None
        True
    """
    if len(text) > 120 or not text[:1].isalnum() or not has_digit(text[:12]):
        return None
    return _read_dated_names(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_dated_names(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """`read_dated_names` of a short line opening with a digit, remembered."""
    match = TIME_EXPRESSION.match(text, timeout=time_limit(text))
    if match is None:
        return None
    printed = match.group().strip(_DATED_NAME_EDGE)
    read = read_printed_time(printed)
    rest = text[match.end() :]
    if read is None:  # a date printed twice over: "3. März 20243. März 2024"
        glued = BYLINE_GLUE.split(printed, maxsplit=1)
        read = read_printed_time(glued[0]) if len(glued) > 1 else None
    if read is None or read[1] is None or not isinstance(read[1], dt.date):
        return None
    if rest.lstrip().startswith(read[0]):
        rest = rest.lstrip()[len(read[0]) :]
    words = rest.strip(_DATED_NAME_EDGE).split()
    user = _user_name(words[0]) if words else None
    if user is not None:  # "4. März 2024 annlee Leave a comment": a user name
        after = " ".join(words[1:])
        called = read_residue(after) is not None or residue_key(after) in COMMENT_FORM_HEADERS
        if after and called:
            return (user,), read
        return None  # "March 3, 2024 report": a lower-case word alone is no name
    size = 3 if len(words) >= 3 and len(words[1].rstrip(".")) == 1 else 2
    name = " ".join(words[:size])
    if len(words) < size or _bare_name(name, min_words=2) is None:
        return None
    if not _plain_name(name) or _is_strong_title(name) or _run_together(name):
        return None
    tail = words[size:]
    rest = " ".join(tail)
    listed = len(tail) <= 8 and all(word[:1].isupper() or word[:1].isdigit() for word in tail)
    if not listed and read_residue(rest) is None and residue_key(rest) not in COMMENT_FORM_HEADERS:
        return None
    return (name,), read


def read_names_by_date(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """The name a post's meta line prints beside its date without a label.

    Blogs and forums print the author's name or account name on the date line
    with nothing to say it is one: before the date (``annlee — 4. März 2024``,
    ``AnnLee 19.10.2019, 15:07 Uhr``, ``Ann Lee 04.03.2024 Kolumne``, ``Ann ·
    March 3, 2024 · Garden · 7 comments``) or as the last part after it
    (``04.03.2024 | 11:36 | annlee``, ``March 3, 2024 | Ann_Lee | 3 Kommentare``,
    ``March 3, 2024 • Ann Lee in Gardening``). A name before the date is 2 to 4
    capitalised words, an account name (`_handle`), or, when the line prints a
    comment count, one capitalised word; a name after it is an account name,
    or names before ``in`` and a section. The other parts are short: clock
    times, counts, section names. The caller reads such a line only in a page's
    head, where no byline was read.

    Examples:
        >>> read_names_by_date("annlee — 4. März 2024")
        (('annlee',), ('4. März 2024', datetime.date(2024, 3, 4)))
        >>> read_names_by_date("Politik · 4. März 2024") is None
        True
    """
    if len(text) > _MAX_HEAD_DATE_LINE or not has_digit(text) or not text[:1].isalnum():
        return None
    return _read_names_by_date(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_names_by_date(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """`read_names_by_date` of a short line with a digit, remembered."""
    found = _read_unglued(unglued_clock(text))
    return None if found is None else (found[0], as_printed(found[1], text))


def _read_unglued(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """`_read_names_by_date` of the line with its clock unglued from its date."""
    found = _find_head_date(text)
    if found is None:
        return None
    start, end, read = found
    before = text[:start].strip(_DATED_NAME_EDGE)
    if before.islower() and _runs_on(text[:start].lstrip(_DATED_NAME_EDGE)[len(before) :]):
        return None  # "conservatism March 3, 2024": a word in lower case run into the date
    parts = _meta_parts(text[end:])
    if parts is None:
        return None
    counted = any(_is_count(part) for part in parts)
    rest = [part for part in parts if not _is_count(part) and not _is_clock(part)]
    if before:
        names = _names_before_date(before, counted=counted)
        return (names, read) if names is not None else None
    if not rest or len(rest) > _MAX_META_SECTIONS:
        return None
    last = rest[-1]
    head, sep, section = last.partition(" in ")
    if sep and section[:1].isupper():
        names = _bare_names(head)  # "Ann Lee in Gardening"
        if names is not None and all(map(_plain_name, names)) and not _run_together(head):
            return names, read
        return None
    name = _handle(last)
    if name is None or name.casefold() in CATCH_ALL_SECTIONS:
        return None
    printed = start + len(read[0]) if text.startswith(read[0], start) else end
    if name.islower() and _runs_on(text[printed : text.rfind(last)]):
        return None  # "March 3, 2024 report": a word in lower case run on from the date
    return (name,), read


def _runs_on(gap: str) -> bool:
    """Whether what stands between a date and a word beside it is a single space: the
    word runs on from the date, not set apart by a separator or more blanks."""
    return gap == " "


_MAX_META_SECTIONS = 3
"""At most this many parts (sections, the name) follow the date in `read_names_by_date`."""


def _meta_parts(text: str) -> list[str] | None:
    """The parts of what follows a meta line's date, or ``None`` when one is long."""
    parts: list[str] = []
    for part in HEAD_PART_SEPARATOR.split(text):
        for piece in HEAD_DASH_SEPARATOR.split(part):
            piece = piece.strip(_DATED_NAME_EDGE)
            if not piece:
                continue
            if len(piece) > _MAX_META_PART or _is_sentence(piece):
                return None
            parts.append(piece)
    return parts


def _is_count(part: str) -> bool:
    """Whether a part of a meta line is a count: a number, or a number and a word
    (``7 comments``, ``Kommentare 34``)."""
    words = part.split()
    return 1 <= len(words) <= 2 and any(word.strip("()").isdigit() for word in words)


def _names_before_date(before: str, *, counted: bool) -> tuple[str, ...] | None:
    """The name printed before a meta line's date (`read_names_by_date`)."""
    words = before.split()
    if len(words) > 1:
        if words[-1].casefold() in _LOOSE_NAME_ENDS:
            return None  # a label of the date: "Zuletzt Aktualisiert Am"
        names = _bare_names(before)
        if names is None or len(names) > 1 or not _plain_name(before):
            return None
        if _is_strong_title(before) or _run_together(before) or _is_agency(before):
            return None
        return names
    word = words[0] if words else ""
    name = _handle(word)
    if name is not None:
        return (name,)
    folded = word.casefold()
    if (
        counted
        and 3 <= len(word) <= 20
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and folded not in NAME_STOP_WORDS
        and folded not in STOPWORDS
        and folded not in TITLE_WORDS
        and folded not in _LOOSE_NAME_ENDS
        and folded not in CATCH_ALL_SECTIONS
        and read_residue(word) is None
    ):
        return (word,)  # "Ann · March 3, 2024 · 7 comments"
    return None


def _handle(text: str) -> str | None:
    """An account name: a user name in lower case (`_user_name`), or one word of letters
    with a capital inside after a lower-case letter, or with ``_`` or digits (``AnnLee``,
    ``Ann_Lee``, ``AnnLee42``)."""
    user = _user_name(text)
    if user is not None:
        return user if user.islower() or not any(map(str.isupper, user)) else None
    if not 3 <= len(text) <= 30 or not text[:1].isupper() or not text[-1:].isalnum():
        return None
    if not all(char.isalnum() or char == "_" for char in text):
        return None
    inner = any(a.islower() and b.isupper() for a, b in itertools.pairwise(text))
    if not (inner or "_" in text or has_digit(text)) or not any(map(str.islower, text)):
        return None
    if sum(map(str.isalpha, text)) < 3 or _is_agency(text):
        return None
    return text


def read_names_in_time_line(text: str) -> tuple[str, ...] | None:
    """The names a time line prints after a by-word among its other parts: ``kicker! | By
    Ann Lee | March 3, 2024``, ``Posted in Garden by annlee on March 3, 2024``,
    ``March 3, 2024 byAnn Lee Post a Comment``.

    The names run from the by-word to a separator, a digit, a connecting word (``on``,
    ``at``) or a call to comment (``Post a Comment``); they are a byline's names
    (`read_names`), a user name in lower case, or a capitalised word and a word in
    lower case (``Ann lee``). The caller reads the line as a time line first.

    Examples:
        >>> read_names_in_time_line("Posted in Garden by annlee on March 3, 2024")
        ('annlee',)
        >>> read_names_in_time_line("March 3, 2024 by the river") is None
        True
    """
    if len(text) > _MAX_TIME_LINE:
        return None
    match = BY_INSIDE.search(text, timeout=time_limit(text))
    if match is None:
        return None
    rest = text[match.end() :].split()
    words: list[str] = []
    for index, word in enumerate(rest):
        folded = word.casefold().strip(",;:.")
        if (
            has_digit(word)
            or word in _TIME_LINE_MARKS
            or folded in _LOOSE_NAME_ENDS
            or residue_key(" ".join(rest[index:])) in COMMENT_FORM_HEADERS
        ):
            break
        words.append(word)
    if not 1 <= len(words) <= 4 or (len(words) == 1 and _short_or_stopword(words[0])):
        return None  # "Stand by Me | March 3, 2024"
    part = " ".join(words).rstrip(",;:")
    names = read_names(part)
    if names and all(map(_plain_name, names)):
        return names
    if len(words) == 1 and _user_name(part):
        return (part,)
    first, *others = words
    if (
        len(others) == 1
        and first[:1].isupper()
        and others[0].isalpha()
        and others[0].islower()
        and not _short_or_stopword(first)
        and not _short_or_stopword(others[0])
    ):
        return (part,)
    return None


def _short_or_stopword(word: str) -> bool:
    """Whether a word is too short for a name alone (two letters) or a function word."""
    return len(word) < 3 or word.casefold() in STOPWORDS


_MAX_TIME_LINE = 200
"""The longest line `read_names_in_time_line` reads."""

_TIME_LINE_MARKS = frozenset("|•·/-–—")
"""The separators that end the names of `read_names_in_time_line`."""
