"""A byline's parts: names, a role, an agency and a time on one line."""

from __future__ import annotations

import functools
from typing import NamedTuple

from corpusparse.model import NOWHERE
from corpusparse.parsing.dates import TimeReading, has_digit, may_hold_time, read_labelled_time
from corpusparse.parsing.patterns import (
    BYLINE_GLUE,
    BYLINE_TIME_COMMA,
    BYLINE_TIME_START,
    HEAD_DASH_SEPARATOR,
    HEAD_PART_SEPARATOR,
    POSTED_ON_BY,
    READING_TIME,
)
from corpusparse.parsing.readers.common import (
    _BLANKS,
    _LINE_READINGS,
    _NAME_EDGE,
    _is_clock,
    _is_sentence,
    _user_name,
    may_contain,
)
from corpusparse.parsing.readers.labels import (
    _BARE_LABELS,
    _byline_label_end,
    _drop_email,
    _is_agency,
)
from corpusparse.parsing.readers.line_shapes import read_dateline
from corpusparse.parsing.readers.loose_bylines import read_loose_byline
from corpusparse.parsing.readers.names import _BY_WORDS, _bare_names, _is_title, read_names
from corpusparse.parsing.readers.residue import read_residue

__all__ = ["HeadLine", "read_byline_line"]


class HeadLine(NamedTuple):
    """What a byline or time line of the head holds.

    Attributes:
        authors: The byline's names, or ``None`` when the line has no byline.
        published: The publication time printed on the line, or ``None``.
        updated: The update time printed on the line, or ``None``.
    """

    authors: tuple[str, ...] | None
    published: TimeReading | None
    updated: TimeReading | None


def _may_be_titled(part: str) -> bool:
    """Whether a part could be names with a title (``Ann Lee, Staff Writer``): short, no stop."""
    return "," in part and len(part) <= 120 and not part.endswith((".", "?", "!", ":", ";"))


_PART_SEPARATOR_MARKS = ("|", "•", "·", "/", "∙", "⋅")
"""One of these stands in every `HEAD_PART_SEPARATOR` (and in the ``" | "`` that
`BYLINE_TIME_COMMA` and `BYLINE_GLUE` put in)."""

_TIME_COMMA_LABELS = ("updated", "published", "posted")
"""One of these follows the comma of every `BYLINE_TIME_COMMA`."""


def _split_parts(text: str) -> list[str]:
    """The parts of a head line between pipes, bullets, middle dots and slashes."""
    if "," in text and may_contain(text, _TIME_COMMA_LABELS):
        text = BYLINE_TIME_COMMA.sub(" | ", text)
    if not any(mark in text for mark in _PART_SEPARATOR_MARKS) and not (
        "   " in text or "\u00a0" in text or "\t" in text
    ):
        text = text.strip()
        return [text] if text else []
    return [part.strip() for part in HEAD_PART_SEPARATOR.split(text) if part.strip()]


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
        time = read_labelled_time(text[cut:])
        if time is None:
            continue
        last = head.rsplit(None, 1)
        if len(last) == 2 and last[1].casefold() in _TIME_CONNECTORS:
            head = last[0].rstrip(_NAME_EDGE)
        names = _bare_names(head) if bare else read_names(head)
        if names is not None:
            return names, time
    return None


def _labelled_byline(
    part: str,
) -> tuple[tuple[str, ...], tuple[bool, TimeReading] | None] | None:
    """A byline with a label: ``By A``, ``ByA``, ``Autor: A``, ``von A 19. Oktober 2019``.

    An agency alone (``By Reuters``) gives no names.
    """
    end = _byline_label_end(part)
    if end is None:
        return None
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


class _Part(NamedTuple):
    """What one part of a head line is (`_read_part`)."""

    kind: str
    """``byline``, ``bare`` (names without ``By``), ``time``, ``agency``, ``title``,
    ``skip`` (a reading time or residue), ``unknown`` (short), ``long`` (no head line)."""
    names: tuple[str, ...] | None = None
    time: tuple[bool, TimeReading] | None = None


_UNKNOWN = _Part("unknown")
_LONG = _Part("long")
_SKIP = _Part("skip")

_READING_TIME_WORDS = ("min", "lese", "read", "lectur")
"""One of these stands in every `READING_TIME` match, lower-cased."""


def _without_reading_time(part: str) -> str:
    """A part without the reading time printed at its end (``... 5 min read``)."""
    if not may_contain(part, _READING_TIME_WORDS):
        return part
    match = READING_TIME.search(part)
    if match is None or match.end() != len(part):
        return part
    return part[: match.start()].rstrip(_NAME_EDGE + "·•|")


def _read_part(part: str) -> _Part:
    """Read one part of a head line (see `_Part`)."""
    if len(part) > 200 or _is_sentence(part):
        return _LONG
    part = _without_reading_time(part)
    if not part:
        return _SKIP
    if " by " in part:
        posted = POSTED_ON_BY.fullmatch(part)
        if posted is not None:
            time = read_labelled_time(posted["time"])
            names = read_names(posted["names"]) if time is not None else None
            if names is not None:
                return _Part("byline", names, time)
    labelled = _labelled_byline(part)
    if labelled is not None:
        return _Part("byline", labelled[0], labelled[1])
    end = _byline_label_end(part)
    user = _user_name(part[end:]) if end is not None else None
    if user is not None:
        return _Part("user", (user,))  # "by annlee", a byline only beside a date
    later = _time_then_names(part)
    if later is not None:
        return _Part("byline", later[0], later[1])
    if _may_be_titled(part):
        names = read_names(part, need_title=True)
        if names is not None and all(len(name.split()) <= 4 for name in names):
            return _Part("byline", names)
    time = read_labelled_time(part)
    if time is not None:
        return _Part("time", time=time)
    if _is_agency(part):
        return _Part("agency")
    if _is_title(part):
        return _Part("title")
    bare = _bare_names(part)
    if bare is not None:
        return _Part("bare", bare)
    if len(part) <= 100:
        split = _names_then_time(part, bare=True)
        if split is not None:
            return _Part("bare", split[0], split[1])
    if read_residue(part) is not None or _is_clock(part):
        return _SKIP
    if len(part) > 40 or part.count(" ") > 4 or part.endswith((".", "?", "!")):
        return _LONG
    return _UNKNOWN


_LABEL_EDGE = _BLANKS + ":"
"""What a byline label printed alone may end with."""


def _read_parts(text: str) -> list[_Part]:
    """The readings of a line's parts; a part read as nothing is split at dashes."""
    reads: list[_Part] = []
    parts = _split_parts(text)
    label = ""
    for part in parts:
        if label:
            part, label = f"{label} {part}", ""
        elif len(parts) > 1 and part.rstrip(_LABEL_EDGE).lower() in _BARE_LABELS:
            label = part.rstrip(_LABEL_EDGE)  # "By | Ann Lee": the names follow
            continue
        read = _read_part(part)
        if read.kind in ("unknown", "long") and HEAD_DASH_SEPARATOR.search(part):
            pieces = [piece for piece in HEAD_DASH_SEPARATOR.split(part) if piece.strip()]
            if len(pieces) > 1:
                reads.extend(_read_part(piece.strip()) for piece in pieces)
                continue
        reads.append(read)
    return reads


_MAX_UNKNOWN = 2
"""At most this many short parts of a head line may be left unread (``Politics``)."""


def _many_names(names: tuple[str, ...]) -> bool:
    """Whether names printed alone without ``By`` make a byline: three or more, no word
    twice (``Gesund Essen, Gesund Leben, Gesund Sein`` is a menu)."""
    words = [word.casefold() for name in names for word in name.split()]
    return len(names) >= 3 and len(set(words)) == len(words)


def _read_head_parts(text: str) -> HeadLine | None:
    authors: tuple[str, ...] | None = None
    bare: tuple[str, ...] | None = None
    published: TimeReading | None = None
    updated: TimeReading | None = None
    agency = titled = False
    unknown = 0
    unknown_first = False  # a part left unread before the bare names
    user = False  # the bare names are a user name after a label ("by annlee")
    reads = _read_parts(text)
    for read in reads:
        kind = read.kind
        if kind == "long":
            return None
        if kind == "byline":
            if authors:
                return None
            authors = read.names
        elif kind in ("bare", "user"):
            if authors is None and bare is None:
                bare = read.names
                unknown_first = unknown > 0
                user = kind == "user"
            else:
                unknown += 1
        elif kind == "agency":
            agency = True
        elif kind == "title":
            if authors is None and bare is None:
                unknown += 1
            titled = True
        elif kind == "unknown":
            unknown += 1
        if read.time is not None:
            if read.time[0]:
                updated = updated or read.time[1]
            else:
                published = published or read.time[1]
    timed = published is not None or updated is not None
    dated = (published is not None and published[1] is not None) or (
        updated is not None and updated[1] is not None
    )
    if authors is None and bare is not None:
        # "Ann Lee • 2 hours ago" is a comment head: bare names need a date, not a relative time.
        beside = (dated or ((titled or agency) and not user)) and unknown <= 1 and not unknown_first
        if beside or (len(reads) == 1 and _many_names(bare)):
            authors, bare = bare, None
        else:
            return None  # names left unread: a comment head or a menu, no head line
    if authors is None and agency:
        authors = ()
    if authors is None and not timed:
        return None
    if unknown > _MAX_UNKNOWN or (unknown and not authors and not dated):
        # Parts left unread stand only beside names or a date ("Ann • 2 years ago" is a
        # comment head).
        return None
    return HeadLine(authors, published, updated)


def read_byline_line(text: str) -> HeadLine | None:
    """Read a byline, a publication time, or both on one line.

    The line is cut into parts at pipes, bullets, middle dots and slashes (and,
    for a part read as nothing, at dashes between spaces). A part is a byline
    with a label (``By A``, ``ByA``, ``Posted by A``, ``Autor: A``, ``von A``,
    ``Par A``, ``By A on March 3, 2024``), a time and a byline (``Posted on
    March 3, 2024 by A``, ``4. März 2024 von A``), names with a title (``A,
    Staff Writer``), a labelled or bare time, an agency, a title, names
    without a label (``A B``, ``A B 19.10.2019``: two words at least), a
    reading time or residue (``5 min read``, skipped), or up to two short
    parts left unread (``Politics``). Names without a label count only next to
    a time, a title or an agency, or as two names or more (``A B and C D``).
    Where inline elements run together (``A BMarch 3, 2024``, ``A BPublished``,
    ``A B19.10.2019``) the line is read again with a separator there.

    An agency alone (``Reuters``, ``Associated Press in Lima``, ``By AFP``) is
    read as a byline with no authors: ``authors == ()``. Updates
    (``Updated: ...``, ``Stand: ...``, ``Mis à jour le ...``) are ``updated``,
    never ``published``.

    Examples:
        >>> read_byline_line("By Ann Lee | Reuters").authors
        ('Ann Lee',)
        >>> read_byline_line("ByAnn LeeMarch 3, 2024").published
        ('March 3, 2024', datetime.date(2024, 3, 3))
    """
    if len(text) > 300 or not text:
        return None
    return _read_byline_line(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_byline_line(text: str) -> HeadLine | None:
    """`read_byline_line` of a line of 1 to 300 characters, remembered."""
    read = _read_head_parts(text)
    if read is None and len(text) <= 200:
        glued = BYLINE_GLUE.sub(" | ", text)
        if glued != text:
            read = _read_head_parts(glued)
    if read is not None and read.authors and "(" in text and read_dateline(text, NOWHERE):
        return None  # a dateline opening a short paragraph: ``PLACE, Region (Agency) — ...``
    return read
