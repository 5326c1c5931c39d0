"""What the block rules share: blocks, roles, zones, the cursor over the lines, the state."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from attrs import Factory, define, frozen

from corpusparse.model import (
    NOWHERE,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Defect,
    Dek,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Span,
    Trailer,
)
from corpusparse.parsing.comments import SectionItem
from corpusparse.parsing.lines import Line
from corpusparse.parsing.readers import (
    HeadLine,
    comparison_key,
    read_byline_line,
    read_credit_line,
    read_residue,
)
from corpusparse.parsing.zones import PagePlan

__all__ = [
    "Block",
    "Cursor",
    "ParseState",
    "Probe",
    "Role",
    "Stamp",
    "Zone",
]


@frozen
class Stamp:
    """A publication or update time read by a rule, before it goes on the article.

    Attributes:
        updated: Whether it is the update time rather than the publication time.
        time: The time.
    """

    updated: bool
    time: PublicationTime


Element = (
    Boilerplate
    | Byline
    | Caption
    | Comment
    | Dateline
    | Dek
    | Headline
    | Paragraph
    | Pingback
    | Related
    | Section
    | Stamp
    | Trailer
)


class Role(str, enum.Enum):
    """The role a rule gave to the lines it claimed."""

    RELATED = "related"
    HEADLINE = "headline"
    HEADLINE_REPEAT = "headline_repeat"
    SECTION = "section"
    CAPTION = "caption"
    DEK = "dek"
    BYLINE = "byline"
    TIME = "time"
    TRAILER = "trailer"
    DATELINE = "dateline"
    BODY = "body"
    COMMENT = "comment"
    COMMENT_CONTINUATION = "comment_continuation"
    PINGBACK = "pingback"
    BOILERPLATE = "boilerplate"


class Zone(enum.IntEnum):
    """Where in an article the cursor stands; zones only move forward."""

    PRE = 0
    """Before the headline: related-headline bullets and residue."""
    HEAD = 1
    """After the headline, before the first body paragraph."""
    BODY = 2
    """In the body."""
    TAIL = 3
    """After the body: comments and pingbacks."""


# The members, bound to module names for the rules: on Python 3.11 reading a
# member off its enum class (``Zone.BODY``) costs about 0.1 µs, and the rules
# read zones and roles several times on every line.
_PRE, _HEAD, _BODY, _TAIL = Zone.PRE, Zone.HEAD, Zone.BODY, Zone.TAIL
_BODY_TEXT, _BOILERPLATE, _CAPTION = Role.BODY, Role.BOILERPLATE, Role.CAPTION


class Block(NamedTuple):
    """Lines claimed by one rule: their role, their span and what they hold.

    A named tuple rather than an attrs class: one is made for every non-blank
    line, and a tuple is the cheapest object that holds four fields.

    Attributes:
        role: The role the rule gave the lines.
        span: The lines claimed.
        elements: The model elements read from them (a dateline block holds the
            dateline and the paragraph it opens).
        defects: Anomalies met while claiming the lines (a pattern time-out).
    """

    role: Role
    span: Span
    elements: tuple[Element, ...]
    defects: tuple[Defect, ...] = ()


_SHARED_SPAN_LINES = 4096
"""Single-line spans of lines below this number are made once, at import, and shared."""
_LINE_SPANS: tuple[Span, ...] = tuple(
    map(Span, range(_SHARED_SPAN_LINES), range(_SHARED_SPAN_LINES))
)
"""``_LINE_SPANS[n]`` is ``Span(n, n)``. A table that never changes, of frozen spans: every
document may share them, and a parse leaves nothing behind (a flattened page rarely runs
to 4,000 lines; the lines after those get spans of their own)."""


def line_span(number: int) -> Span:
    """The `Span` of the single line ``number``, shared from `_LINE_SPANS` when it is there."""
    return _LINE_SPANS[number] if number < _SHARED_SPAN_LINES else Span(number, number)


class Cursor:
    """A read position over the lines of one segment.

    Each line is stripped once, up front; ``text`` is the current line's text.
    Its comparison key and span are made at most once, on demand, and the
    pure readings rules ask for (credit line, byline line, residue) at most
    once per distinct text: rules ask for them several times per line, and
    pages print captions several times.
    """

    __slots__ = (
        "_credits",
        "_head_lines",
        "_keys",
        "_residue",
        "_span",
        "_span_pos",
        "_tail_residue",
        "lines",
        "pos",
        "text",
        "texts",
    )

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.texts = [line.text.strip() for line in lines]
        self.pos = 0
        self.text = self.texts[0] if self.texts else ""
        self._keys: dict[int, str] = {}
        self._credits: dict[str, str | None] = {}
        self._head_lines: dict[str, HeadLine | None] = {}
        self._residue: dict[str, BoilerplateKind | None] = {}
        self._tail_residue: dict[str, BoilerplateKind | None] = {}
        self._span, self._span_pos = NOWHERE, -1

    def move_to(self, pos: int) -> None:
        """Make line ``pos`` the current line."""
        self.pos = pos
        if pos < len(self.texts):
            self.text = self.texts[pos]

    @property
    def key(self) -> str:
        """The `comparison_key` of the current line."""
        key = self._keys.get(self.pos)
        if key is None:
            key = self._keys[self.pos] = comparison_key(self.text)
        return key

    def key_at(self, offset: int) -> str | None:
        """The `comparison_key` of the line ``offset`` lines ahead, ``None`` past the end."""
        index = self.pos + offset
        key = self._keys.get(index)
        if key is None:
            if index >= len(self.texts):
                return None
            key = self._keys[index] = comparison_key(self.texts[index])
        return key

    def credit_at(self, offset: int) -> str | None:
        """`read_credit_line` of the line ``offset`` lines ahead (``None`` past the end).

        Read once per distinct text in the segment.
        """
        index = self.pos + offset
        text = self.texts[index] if index < len(self.texts) else ""
        if text in self._credits:
            return self._credits[text]
        credit = self._credits[text] = read_credit_line(text) if text else None
        return credit

    def head_line(self, text: str) -> HeadLine | None:
        """`read_byline_line` of ``text``, read once per segment (captions repeat)."""
        if text in self._head_lines:
            return self._head_lines[text]
        read = self._head_lines[text] = read_byline_line(text)
        return read

    def residue(self, text: str, *, tail: bool = False) -> BoilerplateKind | None:
        """`read_residue` of ``text``, read once per segment (and per ``tail``)."""
        known = self._tail_residue if tail else self._residue
        if text in known:
            return known[text]
        kind = known[text] = read_residue(text, tail=tail)
        return kind

    @property
    def number(self) -> int:
        """The source line number of the current line."""
        return self.lines[self.pos].number

    def text_at(self, offset: int) -> str | None:
        """The stripped text ``offset`` lines ahead, ``None`` past the end."""
        index = self.pos + offset
        return self.texts[index] if index < len(self.texts) else None

    def next_nonblank(self) -> str | None:
        """The stripped text of the next non-blank line after the current one."""
        for index in range(self.pos + 1, len(self.texts)):
            text = self.texts[index]
            if text:
                return text
        return None

    def previous_nonblank(self) -> str | None:
        """The stripped text of the last non-blank line before the current one."""
        for index in range(self.pos - 1, -1, -1):
            text = self.texts[index]
            if text:
                return text
        return None

    def span(self, count: int = 1) -> Span:
        """The span of ``count`` lines from the current one."""
        if count == 1:
            if self._span_pos != self.pos:
                self._span, self._span_pos = line_span(self.lines[self.pos].number), self.pos
            return self._span
        return Span(self.number, self.lines[self.pos + count - 1].number)


@define
class ParseState:
    """What the rules know about the article read so far."""

    zone: Zone = Zone.PRE
    headline: str | None = None
    headline_ends: tuple[str, str] = ("", "")
    caption_keys: set[str] = Factory(set)
    caption_ends: set[tuple[str, str]] = Factory(set)
    captions_read: dict[str, Caption] = Factory(dict)
    has_byline: bool = False
    byline_above: bool = False
    """The byline read so far stands above the headline: one under it replaces it."""
    has_dek: bool = False
    has_published: bool = False
    has_updated: bool = False
    has_trailer: bool = False
    comment_authors: list[str] = Factory(list)
    last_role: Role | None = None
    plan: PagePlan | None = None
    head_has_time: bool | None = None
    section: dict[int, SectionItem] | None = None
    """The comment section read as a whole (`comment_section`), by first line."""
    enders: Mapping[str, tuple[Probe, ...]] = Factory(dict)
    """By rule name, the probes of the rules that end its runs of lines (`ending`)."""

    def run_ends(self, name: str, cursor: Cursor, offset: int) -> bool:
        """Whether a rule that ends the runs of rule ``name`` would claim the line
        ``offset`` lines ahead: the run stops before it. Nothing moves."""
        return any(probe(cursor, offset, self) for probe in self.enders.get(name, ()))


Probe = Callable[[Cursor, int, ParseState], bool]
"""A rule's silent look: whether the line ``offset`` lines ahead of the cursor opens what
the rule claims. It moves nothing and changes no state."""


def _single(role: Role, cursor: Cursor, element: Element) -> Block:
    return Block(role, cursor.span(), (element,))


_PAGE = BoilerplateKind.PAGE

_HEAD_REACH = 2
"""How many non-blank lines over the head `_in_page_head` still counts as the head."""


def _in_page_head(cursor: Cursor, state: ParseState) -> bool:
    """Whether the line stands in a page's head: from the two lines over the lines right
    above the headline to the main text."""
    plan = state.plan
    if plan is None:
        return False
    if state.zone is _HEAD:
        return cursor.pos < plan.body_start
    if state.zone is not _PRE:
        return False
    if cursor.pos >= plan.head_start:
        return True
    if plan.head_start - cursor.pos > _HEAD_REACH * 3:
        return False
    # One of the two lines over the head: a date there prints beside a section name.
    between = cursor.texts[cursor.pos + 1 : plan.head_start]
    return sum(1 for text in between if text) < _HEAD_REACH


_MAX_PAGE_BYLINE = 100
