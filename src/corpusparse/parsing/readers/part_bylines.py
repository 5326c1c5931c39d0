"""The bylines one part of a head line prints: with a label, names and then a time, a
time and then names, names with a title.

Moved out of `corpusparse.parsing.readers.byline_parts` (which reads the parts with
them) to keep that module short; nothing here knows of the parts' kinds.
"""

from __future__ import annotations

from corpusparse.parsing.dates import TimeReading, has_digit, may_hold_time, read_labelled_time
from corpusparse.parsing.patterns import BYLINE_TIME_START
from corpusparse.parsing.readers.common import _NAME_EDGE, _user_name
from corpusparse.parsing.readers.labels import _drop_email, _is_agency
from corpusparse.parsing.readers.loose_bylines import read_loose_byline
from corpusparse.parsing.readers.names import _BY_WORDS, _bare_names, read_names

__all__ = []


def _may_be_titled(part: str) -> bool:
    """Whether a part could be names with a title (``Ann Lee, Staff Writer``): short, no stop."""
    return "," in part and len(part) <= 120 and not part.endswith((".", "?", "!", ":", ";"))


_TIME_CONNECTORS = frozenset(("on", "am", "le", "el", "at", "um", "the", "den", "du", "il"))
"""Words between a byline's names and its time (``Ann Lee on March 3, 2024``), case-folded."""


def _names_then_time(
    text: str, *, bare: bool
) -> tuple[tuple[str, ...], tuple[bool, TimeReading]] | None:
    """Names followed by a time in one part: ``Ann Lee on March 3, 2024``, ``Ann Lee 19.10.2019``.

    ``bare`` names (printed without ``By``) must pass `_bare_names`.
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
        if names is None:
            continue
        time = read_labelled_time(text[cut:])
        if time is not None:
            return names, time
    return None


def _labelled_byline(
    part: str, end: int
) -> tuple[tuple[str, ...], tuple[bool, TimeReading] | None] | None:
    """A byline with a label: ``By A``, ``ByA``, ``Autor: A``, ``von A 19. Oktober 2019``;
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
    return _names_then_time(rest, bare=False)


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
