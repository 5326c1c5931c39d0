"""The bylines one part of a head line prints: with a label, names and then a time, a
time and then names, names with a title.

Moved out of `corpusparse.parsing.readers.byline_parts` (which reads the parts with
them) to keep that module short; nothing here knows of the parts' kinds.
"""

from __future__ import annotations

from corpusparse.parsing.dates import TimeReading, has_digit, may_hold_time, read_labelled_time
from corpusparse.parsing.patterns import BYLINE_TIME_START, HEAD_DASH_SEPARATOR
from corpusparse.parsing.readers.common import _NAME_EDGE, _user_name
from corpusparse.parsing.readers.dated_names import _handle
from corpusparse.parsing.readers.labels import _drop_email, _is_agency
from corpusparse.parsing.readers.loose_bylines import read_loose_byline
from corpusparse.parsing.readers.names import _BY_WORDS, _TITLE_WORDS, _bare_names, read_names
from corpusparse.parsing.vocabulary import GROUP_TITLE_WORDS

__all__ = []


def _may_be_titled(part: str) -> bool:
    """Whether a part could be names with a title (``Ann Lee, Staff Writer``): short, no stop."""
    return "," in part and len(part) <= 120 and not part.endswith((".", "?", "!", ":", ";"))


_TIME_CONNECTORS = frozenset(("on", "am", "le", "el", "at", "um", "the", "den", "du", "il"))
"""Words between a byline's names and its time (``Ann Lee on March 3, 2024``), case-folded."""


_DAY_WORDS = frozenset(("today", "yesterday", "heute", "gestern", "morgen", "hoy", "ayer"))
"""Words for a day that may stand where an account name would (``von heute am ...``)."""


def _names_then_time(
    text: str, *, bare: bool, handle: bool = False
) -> tuple[tuple[str, ...], tuple[bool, TimeReading]] | None:
    """Names followed by a time in one part: ``Ann Lee on March 3, 2024``, ``Ann Lee 19.10.2019``.

    ``bare`` names (printed without ``By``) must pass `_bare_names`; with ``handle``, an
    account name counts too (``annlee am 3. März 2024``, ``Ann_Lee Published ...``).
    """
    if len(text) > 160 or not may_hold_time(text):
        return None  # every time read after the names is in `text`
    for count, start in enumerate(BYLINE_TIME_START.finditer(text)):
        if count == 4:
            break
        cut = start.start()
        head = text[:cut].rstrip(_NAME_EDGE)
        if not head:
            continue
        last = head.rsplit(None, 1)
        if len(last) == 2 and last[1].casefold() in _TIME_CONNECTORS:
            head = last[0].rstrip(_NAME_EDGE)
        # The names first: they are cheaper to read than the time, and as rare.
        names = _bare_names(head) if bare else read_names(head)
        account = _handle(head) if names is None and handle else None
        if account is not None and account.casefold() not in _DAY_WORDS:
            names = (account,)
        if names is None:
            continue
        time = read_labelled_time(text[cut:])
        if time is not None and (account is None or time[1][1] is not None):
            return names, time  # an account name only beside a date
    return None


def _labelled_byline(
    part: str, end: int
) -> tuple[tuple[str, ...], tuple[bool, TimeReading] | None] | None:
    """A byline with a label: ``By A``, ``ByA``, ``Autor: A``, ``von A 19. Oktober 2019``,
    ``von annlee am 19. Oktober 2019`` (an account name beside a date);
    ``end`` is where the label ends (`_byline_label_end`).

    An agency alone (``By Reuters``) gives no names.
    """
    rest = _drop_email(part[end:].strip())
    if not rest:
        return None
    names = read_names(rest)
    if names is not None:
        return names, None
    if _is_agency(rest):
        return (), None
    return _names_then_time(rest, bare=False, handle=True)


def _time_then_names(
    part: str,
) -> tuple[tuple[str, ...], tuple[bool, TimeReading]] | None:
    """A time and then a byline: ``4. März 2024 von Ann Lee``, ``March 3 2024 by Ann Lee``."""
    if len(part) > 200 or not has_digit(part):
        return None
    part = part.replace("\u00a0", " ")  # "March 3, 2024\u00a0by Ann Lee"
    lowered = part.lower()
    if len(lowered) != len(part):
        return None
    for word in _BY_WORDS:
        at = lowered.find(word)
        if at <= 0:
            continue
        time = read_labelled_time(part[:at].strip(_NAME_EDGE))
        if time is None:
            continue
        names = read_names(_drop_email(part[at + len(word) :].strip()))
        if names is None:  # "March 3, 2024 by Ann Lee 24 Comments": the names, then more
            names = read_loose_byline(part[at + 1 :])
        if names is None:  # "March 3, 2024 by annlee": a user name
            user = _user_name(part[at + len(word) :])
            names = (user,) if user is not None else None
        if names is not None:
            return names, time
    return None


def _name_then_role(part: str) -> tuple[str, ...] | None:
    """A name and then its role without a comma: ``Ann Lee Science editor``, ``Ann Lee
    Autor``, ``Ann Lee Former Deputy Editor``: a name of two or three words that passes
    `_bare_names`, then one to four words ending in a person's title or role word (not
    a group's: ``Example Travel Team`` is no name and role)."""
    words = part.split()
    if not 3 <= len(words) <= _MAX_NAME_ROLE_WORDS or "," in part:
        return None
    last = words[-1].casefold().strip(".")
    if not _is_role_word(last) or last in GROUP_TITLE_WORDS:
        return None  # the cheap test first: every name and role ends in a role word
    start = next(index for index, word in enumerate(words) if _is_role_word(word))
    if start > 2 and words[start][:1].islower() and words[start - 1][:1].isupper():
        start -= 1  # the field before a role in lower case: "Ann Lee Science editor"
    if not 2 <= start <= 3 or len(words) - start > 4:
        return None
    role = words[start:]
    if words[0].isupper() or (start == 3 and len(words[1].rstrip(".")) > 1):
        return None  # a heading in capitals; three words only with an initial: "Ann B. Lee"
    if not role[-1].islower() and (len(role) > 1 or role[0].casefold() not in _AUTHOR_WORDS):
        return None  # "Ann Lee Senior Manager": a job title, no byline
    return _bare_names(" ".join(words[:start]))


_AUTHOR_WORDS = frozenset(("author", "autor", "autorin", "auteur", "autora"))
"""The roles printed alone after a name in capitals that make a byline (``Ann Lee Autor``):
a name and a job title in capitals (``Ann Lee Senior Manager``) are no byline."""


def _is_role_word(word: str) -> bool:
    """Whether a word is a title or role word (``Editor``, ``Autor``, ``former``)."""
    return word.casefold().strip(".") in _TITLE_WORDS


_MAX_NAME_ROLE_WORDS = 7
"""The most words `_name_then_role` reads: a name of three words and a role of four."""


def _many_names(names: tuple[str, ...]) -> bool:
    """Whether names printed alone without ``By`` make a byline: three or more, no word
    twice (``Gesund Essen, Gesund Leben, Gesund Sein`` is a menu)."""
    words = [word.casefold() for name in names for word in name.split()]
    return len(names) >= 3 and len(set(words)) == len(words)


def _may_hold_dash(part: str) -> bool:
    """Whether `HEAD_DASH_SEPARATOR` finds a dash between spaces in ``part``, after the
    cheap test that it holds a dash at all."""
    return ("-" in part or "–" in part or "—" in part) and HEAD_DASH_SEPARATOR.search(
        part
    ) is not None
