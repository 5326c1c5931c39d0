"""A byline's parts: names, a role, an agency and a time on one line."""

from __future__ import annotations

import functools
from typing import NamedTuple

from attrs import define

from corpusparse.model import NOWHERE
from corpusparse.parsing.dates import TimeReading, read_labelled_time
from corpusparse.parsing.patterns import (
    BYLINE_GLUE,
    BYLINE_TIME_COMMA,
    HEAD_DASH_SEPARATOR,
    HEAD_PART_SEPARATOR,
    HEAD_SLASH_GLUE,
    HEAD_UPDATE_COMMA,
    POSTED_ON_BY,
    READING_TIME,
)
from corpusparse.parsing.readers.common import (
    _BLANKS,
    _LINE_READINGS,
    _NAME_EDGE,
    READING_TIME_WORDS,
    _is_clock,
    _is_sentence,
    _user_name,
    may_contain,
)
from corpusparse.parsing.readers.labels import (
    _BARE_LABELS,
    _byline_label_end,
    _is_agency,
)
from corpusparse.parsing.readers.line_shapes import read_dateline
from corpusparse.parsing.readers.names import _bare_names, _is_title, read_names
from corpusparse.parsing.readers.part_bylines import (
    _labelled_byline,
    _many_names,
    _may_be_titled,
    _may_hold_dash,
    _name_then_role,
    _names_then_time,
    _time_then_names,
)
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


_PART_SEPARATOR_MARKS = ("|", "•", "·", "/", "∙", "⋅")
"""One of these stands in every `HEAD_PART_SEPARATOR` (and in the ``" | "`` that
`BYLINE_TIME_COMMA` and `BYLINE_GLUE` put in)."""

_SPLIT_CHARACTERS = frozenset((*_PART_SEPARATOR_MARKS, "\u00a0", "\t"))
"""The characters of `_PART_SEPARATOR_MARKS` and the blanks a line is split at besides
three spaces: a line with none of them is one part."""

_TIME_COMMA_LABELS = ("updated", "published", "posted")
"""One of these follows the comma of every `BYLINE_TIME_COMMA`."""


_UPDATE_COMMA_LABELS = (
    "aktualisiert",
    "ndert",
    "zuletzt",
    "bearbeitet",
    "actualizado",
    "atualizado",
    "modifi",
    "jour",
)
"""One of these (ASCII, lower-case) stands in the label after the comma of every
`HEAD_UPDATE_COMMA` (``ndert`` of ``geändert``, ``modifi`` of ``modifié``)."""


def _split_parts(text: str) -> list[str]:
    """The parts of a head line between pipes, bullets, middle dots and slashes."""
    if "," in text and may_contain(text, _TIME_COMMA_LABELS):
        text = BYLINE_TIME_COMMA.sub(" | ", text)
    if "," in text and may_contain(text, _UPDATE_COMMA_LABELS):
        text = HEAD_UPDATE_COMMA.sub(" | ", text)
    if "/" in text and "://" not in text:
        text = HEAD_SLASH_GLUE.sub(" | ", text)
    if _SPLIT_CHARACTERS.isdisjoint(text) and "   " not in text:
        text = text.strip()
        return [text] if text else []
    return [part.strip() for part in HEAD_PART_SEPARATOR.split(text) if part.strip()]


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


def _without_reading_time(part: str) -> str:
    """A part without the reading time printed at its end (``... 5 min read``)."""
    if not may_contain(part, READING_TIME_WORDS):
        return part
    match = READING_TIME.search(part)
    if match is None or match.end() != len(part):
        return part
    return part[: match.start()].rstrip(_NAME_EDGE + "·•|")


def _read_part(part: str, *, alone: bool = False) -> _Part:
    """Read one part of a head line (see `_Part`): ``long`` past 200 characters or as a
    sentence, ``skip`` when only a reading time; else the first of `_PART_READERS` that
    reads it, in their order, or what is left (`_leftover_part`): ``long`` at once for a
    part ``alone`` on its line, no dash in it, where what is left makes no head line."""
    if len(part) > 200 or _is_sentence(part):
        return _LONG
    part = _without_reading_time(part)
    if not part:
        return _SKIP
    for reader in _PART_READERS:
        read = reader(part)
        if read is not None:
            return read
    return _LONG if alone else _leftover_part(part)


def _labelled_part(part: str) -> _Part | None:
    """A byline with a label: ``Posted on March 3, 2024 by A`` (`POSTED_ON_BY`), ``By A``
    (`_labelled_byline`), ``by annlee`` (a ``user``, a byline only beside a date), or
    a time and then the byline (`_time_then_names`)."""
    if " by " in part:
        posted = POSTED_ON_BY.fullmatch(part)
        if posted is not None:
            time = read_labelled_time(posted["time"])
            names = read_names(posted["names"]) if time is not None else None
            if names is not None:
                return _Part("byline", names, time)
    end = _byline_label_end(part)
    if end is not None:
        labelled = _labelled_byline(part, end)
        if labelled is not None:
            return _Part("byline", labelled[0], labelled[1])
        user = _user_name(part[end:])
        if user is not None:
            return _Part("user", (user,))  # "by annlee", a byline only beside a date
    later = _time_then_names(part)
    if later is not None:
        return _Part("byline", later[0], later[1])
    return None


def _titled_part(part: str) -> _Part | None:
    """Names with a title (``Ann Lee, Staff Writer``), each of four words at most, or a name
    and then its role (`_name_then_role`)."""
    if not _may_be_titled(part):
        named = _name_then_role(part)  # "Ann Lee Science editor": no comma
        return None if named is None else _Part("byline", named)
    names = read_names(part, need_title=True)
    if names is not None and all(len(name.split()) <= 4 for name in names):
        return _Part("byline", names)
    return None


def _unnamed_part(part: str) -> _Part | None:
    """A labelled or bare time (`read_labelled_time`), an agency or a title."""
    time = read_labelled_time(part)
    if time is not None:
        return _Part("time", time=time)
    if _is_agency(part):
        return _Part("agency")
    if _is_title(part):
        return _Part("title")
    return None


def _bare_part(part: str) -> _Part | None:
    """Names without a label (`_bare_names`), or followed by a time (`_names_then_time`)."""
    bare = _bare_names(part)
    if bare is not None:
        return _Part("bare", bare)
    if len(part) <= 100:
        split = _names_then_time(part, bare=True)
        if split is not None:
            return _Part("bare", split[0], split[1])
    return None


_PART_READERS = (_labelled_part, _titled_part, _unnamed_part, _bare_part)
"""The readers `_read_part` tries on a part, in this order."""


def _leftover_part(part: str) -> _Part:
    """A part none of `_PART_READERS` reads: ``skip`` for residue or a clock, ``long``
    for more than 40 characters, five words or a stop, else ``unknown``."""
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
        dashed = _may_hold_dash(part)
        read = _read_part(part, alone=len(parts) == 1 and not dashed)
        if read.kind in ("unknown", "long") and dashed:
            pieces = [piece for piece in HEAD_DASH_SEPARATOR.split(part) if piece.strip()]
            if len(pieces) > 1:
                reads.extend(_read_part(piece.strip()) for piece in pieces)
                continue
        reads.append(read)
    return reads


_MAX_UNKNOWN = 2
"""At most this many short parts of a head line may be left unread (``Politics``)."""


@define
class _Tally:
    """What the parts of a head line read as (`_read_head_parts`)."""

    authors: tuple[str, ...] | None = None
    """The names of the byline part."""
    bare: tuple[str, ...] | None = None
    """The first names printed without ``By`` (or a user name), before any byline."""
    published: TimeReading | None = None
    updated: TimeReading | None = None
    agency: bool = False
    titled: bool = False
    unknown: int = 0
    """How many parts were left unread (or names after the first)."""
    unknown_first: bool = False
    """Whether a part was left unread before the bare names."""
    user: bool = False
    """Whether the bare names are a user name after a label (``by annlee``)."""
    time_first: bool = False
    """Whether the first part is a time (``March 3, 2024 • Section • Ann Lee``)."""

    def add(self, read: _Part) -> None:
        """Count one part in (a part that is not ``long``, nor a second byline)."""
        kind = read.kind
        if kind == "byline":
            self.authors = read.names
        elif kind in ("bare", "user"):
            if self.authors is None and self.bare is None:
                self.bare = read.names
                self.unknown_first = self.unknown > 0
                self.user = kind == "user"
            else:
                self.unknown += 1
                if self.time_first and kind == "bare" and self.authors is None:
                    self.bare = read.names  # "March 3, 2024 • Section Name • Ann Lee"
        elif kind == "agency":
            self.agency = True
        elif kind == "title":
            if self.authors is None and self.bare is None:
                self.unknown += 1
            self.titled = True
        elif kind == "unknown":
            self.unknown += 1
        if read.time is not None:
            if read.time[0]:
                self.updated = self.updated or read.time[1]
            else:
                self.published = self.published or read.time[1]


def _read_head_parts(text: str) -> HeadLine | None:
    """The head line that the parts of ``text`` make (`_read_parts`, `_head_line`); none
    when a part is ``long`` or a second byline."""
    reads = _read_parts(text)
    first = bool(reads) and reads[0].kind == "time" and not _SPLIT_CHARACTERS.isdisjoint(text)
    tally = _Tally(time_first=first)  # at a pipe or bullet, not at dashes
    for read in reads:
        if read.kind == "long" or (read.kind == "byline" and tally.authors):
            return None
        tally.add(read)
    return _head_line(tally, len(reads))


def _head_line(tally: _Tally, count: int) -> HeadLine | None:
    """The head line of the ``count`` parts counted in ``tally``: names need a byline
    label, or (bare) to stand beside a date, a title or an agency (`_bare_byline`);
    an agency alone is a byline with no names; without names, a time; and parts left
    unread stand only beside names or a date."""
    dated = (tally.published is not None and tally.published[1] is not None) or (
        tally.updated is not None and tally.updated[1] is not None
    )
    authors = tally.authors
    if authors is None and tally.bare is not None:
        if not _bare_byline(tally, tally.bare, count, dated=dated):
            return None  # names left unread: a comment head or a menu, no head line
        authors = tally.bare
    if authors is None and tally.agency:
        authors = ()
    if authors is None and tally.published is None and tally.updated is None:
        return None
    if tally.unknown > _MAX_UNKNOWN or (tally.unknown and not authors and not dated):
        # Parts left unread stand only beside names or a date ("Ann • 2 years ago" is a
        # comment head).
        return None
    return HeadLine(authors, tally.published, tally.updated)


def _bare_byline(tally: _Tally, bare: tuple[str, ...], count: int, *, dated: bool) -> bool:
    """Whether names printed without ``By`` make the byline: beside a date (``Ann Lee •
    2 hours ago`` is a comment head: not a relative time), a title or an agency (a
    user name only beside a date), with at most one part left unread and none before
    them (but a section between the date that opens the line and the names); or as the
    only part, three names or more (`_many_names`)."""
    beside = (
        (dated or ((tally.titled or tally.agency) and not tally.user))
        and tally.unknown <= 1
        and (not tally.unknown_first or (tally.time_first and dated))
    )
    return beside or (count == 1 and _many_names(bare))


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
    if read is None and len(text) <= 200 and BYLINE_GLUE.search(text) is not None:
        read = _read_head_parts(BYLINE_GLUE.sub(" | ", text))  # inline elements run together
    if read is not None and read.authors and "(" in text and read_dateline(text, NOWHERE):
        return None  # a dateline opening a short paragraph: ``PLACE, Region (Agency) — ...``
    return read
