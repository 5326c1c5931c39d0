"""Stage 3 of the pipeline: give every line of an article segment a role.

An ordered table of block rules, in the manner of markdown-it: at each
non-blank line the rules are tried in turn; a rule looks ahead as it likes
without moving the cursor, then either claims one or more lines (returning a
`Block`) or declines (returning ``None``). The last rule always claims.

Rules read and update a small `ParseState`: which zone of the article the
cursor is in (before the headline, the head, the body, the comment tail),
the headline and the captions seen so far.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

from attrs import Factory, define, evolve, field, frozen

from corpusparse.lines import Line
from corpusparse.models import (
    NOWHERE,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Defect,
    DefectKind,
    Dek,
    Headline,
    Paragraph,
    Pingback,
    Related,
    Span,
)
from corpusparse.recognize import (
    comparison_key,
    is_timestamp,
    is_widget,
    read_byline,
    read_caption,
    read_dateline,
    read_pingback,
    read_related,
    read_timestamp,
)

__all__ = ["RULES", "Block", "Cursor", "ParseState", "Role", "Zone", "classify"]

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
)


class Role(str, enum.Enum):
    """The role a rule gave to the lines it claimed."""

    RELATED = "related"
    HEADLINE = "headline"
    HEADLINE_REPEAT = "headline_repeat"
    CAPTION = "caption"
    DEK = "dek"
    BYLINE = "byline"
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


@frozen
class Block:
    """Lines claimed by one rule: their role, their span and what they hold.

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
    defects: tuple[Defect, ...] = field(default=(), kw_only=True)


class Cursor:
    """A read position over the lines of one segment.

    Each line is stripped once, up front, and its comparison key and span made
    at most once, on demand: rules ask for them several times per line.
    """

    __slots__ = ("_keys", "_span", "_span_pos", "lines", "pos", "texts")

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.texts = [line.text.strip() for line in lines]
        self.pos = 0
        self._keys: dict[int, str] = {}
        self._span, self._span_pos = NOWHERE, -1

    @property
    def text(self) -> str:
        """The stripped text of the current line."""
        return self.texts[self.pos]

    @property
    def key(self) -> str:
        """The `comparison_key` of the current line."""
        key = self._keys.get(self.pos)
        if key is None:
            key = self._keys[self.pos] = comparison_key(self.texts[self.pos])
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

    def span(self, count: int = 1) -> Span:
        """The span of ``count`` lines from the current one."""
        if count == 1:
            if self._span_pos != self.pos:
                number = self.lines[self.pos].number
                self._span, self._span_pos = Span(number, number), self.pos
            return self._span
        return Span(self.number, self.lines[self.pos + count - 1].number)


@define
class ParseState:
    """What the rules know about the article read so far."""

    zone: Zone = Zone.PRE
    headline: str | None = None
    caption_keys: set[str] = Factory(set)
    caption_ends: set[tuple[str, str]] = Factory(set)
    captions_read: dict[str, Caption] = Factory(dict)
    has_byline: bool = False
    has_dek: bool = False
    last_role: Role | None = None


Rule = Callable[[Cursor, ParseState], Block | None]


_RULE_ZONES: dict[Rule, frozenset[Zone]] = {}


def only_in(*zones: Zone) -> Callable[[Rule], Rule]:
    """Declare that a rule can claim lines only in these zones.

    `classify` then does not call it elsewhere (the rule still checks the zone
    itself). A rule without this declaration is tried in every zone. Like every
    rule, one that declines must leave the state as it found it.
    """

    def declare(rule: Rule) -> Rule:
        _RULE_ZONES[rule] = frozenset(zones)
        return rule

    return declare


def _single(role: Role, cursor: Cursor, element: Element) -> Block:
    return Block(role=role, span=cursor.span(), elements=(element,))


@only_in(Zone.PRE)
def related_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``- `` bullet before the headline is a related headline."""
    if state.zone is not Zone.PRE:
        return None
    text = read_related(cursor.text)
    if text is None:
        return None
    return _single(Role.RELATED, cursor, Related(text=text, span=cursor.span()))


def widget_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """Widget residue (``TT``, ``20``) anywhere is boilerplate."""
    text = cursor.text
    if not is_widget(text):
        return None
    element = Boilerplate(text=text, kind=BoilerplateKind.WIDGET, span=cursor.span())
    return _single(Role.BOILERPLATE, cursor, element)


@only_in(Zone.PRE)
def headline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """The first other line of a segment is its headline."""
    if state.zone is not Zone.PRE:
        return None
    state.zone = Zone.HEAD
    state.headline = cursor.key
    return _single(Role.HEADLINE, cursor, Headline(text=cursor.text, span=cursor.span()))


@only_in(Zone.HEAD)
def headline_repeat_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the head, a second printing of the headline."""
    if state.zone is not Zone.HEAD or cursor.key != state.headline:
        return None
    return _single(Role.HEADLINE_REPEAT, cursor, Headline(text=cursor.text, span=cursor.span()))


def _ends(text: str) -> tuple[str, str]:
    """The first and last characters of a stripped line's `comparison_key`.

    Folding white space never touches the ends of a stripped line, and case
    folding works character by character, so they come from the line's own ends
    without folding the whole line: a cheap test that two lines differ.
    """
    return text[:1].casefold()[:1], text[-1:].casefold()[-1:]


@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
def caption_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A caption: a line printed twice in a row in the head, or a known caption again."""
    if state.zone is Zone.PRE:
        return None
    if state.zone is not Zone.HEAD and (
        not state.caption_ends or _ends(cursor.text) not in state.caption_ends
    ):
        return None  # after the head only a known caption can be one, and this is none
    key = cursor.key
    if key not in state.caption_keys:
        if state.zone is not Zone.HEAD or cursor.key_at(1) != key:
            return None
        if is_widget(cursor.text_at(1) or ""):
            return None  # "a" then the widget "A": the widget rule claims the second line
        state.caption_keys.add(key)
        state.caption_ends.add(_ends(cursor.text))
    read = state.captions_read.get(cursor.text)
    if read is None:
        read = state.captions_read[cursor.text] = read_caption(cursor.text, cursor.span())
        return _single(Role.CAPTION, cursor, read)
    # Another printing of the same text: its credit and date are read already.
    return _single(Role.CAPTION, cursor, evolve(read, spans=(cursor.span(),)))


@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
def pingback_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``Pingback:`` line after the headline; it opens the comment tail."""
    if state.zone is Zone.PRE:
        return None
    pingback = read_pingback(cursor.text, cursor.span())
    if pingback is None:
        return None
    state.zone = Zone.TAIL
    return _single(Role.PINGBACK, cursor, pingback)


def _opens_comment(cursor: Cursor, offset: int) -> bool:
    author = cursor.text_at(offset)
    time = cursor.text_at(offset + 1)
    return (
        bool(author)
        and time is not None
        and len(author or "") <= 100
        and is_timestamp(time)
        and not is_timestamp(author or "")
    )


@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
def comment_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """An author line, a timestamp line and the text lines after them."""
    if state.zone < Zone.HEAD or not _opens_comment(cursor, 0):
        return None
    posted = read_timestamp(cursor.text_at(1) or "")
    count = 2
    text_lines: list[str] = []
    while True:
        text = cursor.text_at(count)
        if not text or (text_lines and _ends_comment(cursor, count, text)):
            break
        text_lines.append(text)
        count += 1
    state.zone = Zone.TAIL
    span = cursor.span(count)
    comment = Comment(author=cursor.text, posted=posted, text="\n".join(text_lines), span=span)
    return Block(role=Role.COMMENT, span=span, elements=(comment,))


def _ends_comment(cursor: Cursor, offset: int, text: str) -> bool:
    return text.startswith("Pingback:") or _opens_comment(cursor, offset)


@only_in(Zone.HEAD)
def byline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``By ...`` line in the head."""
    if state.zone is not Zone.HEAD or state.has_byline:
        return None
    authors = read_byline(cursor.text)
    if authors is None:
        return None
    state.has_byline = True
    byline = Byline(authors=authors, text=cursor.text, span=cursor.span())
    return _single(Role.BYLINE, cursor, byline)


@only_in(Zone.HEAD)
def dateline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``PLACE (Agency) — `` opening of the first body paragraph."""
    if state.zone is not Zone.HEAD:
        return None
    read = read_dateline(cursor.text, cursor.span())
    if read is None:
        return None
    dateline, rest = read
    state.zone = Zone.BODY
    paragraph = Paragraph(text=rest.strip(), span=cursor.span())
    return Block(role=Role.DATELINE, span=cursor.span(), elements=(dateline, paragraph))


@only_in(Zone.HEAD)
def dek_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the head, a line right before the byline or the dateline paragraph."""
    if state.zone is not Zone.HEAD or state.has_dek or state.has_byline:
        return None
    following = cursor.next_nonblank()
    if following is None:
        return None
    if read_byline(following) is None and read_dateline(following, Span(0, 0)) is None:
        return None
    state.has_dek = True
    return _single(Role.DEK, cursor, Dek(text=cursor.text, span=cursor.span()))


@only_in(Zone.TAIL)
def continuation_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the comment tail, a further paragraph of the comment before it."""
    if state.zone is not Zone.TAIL or state.last_role not in (
        Role.COMMENT,
        Role.COMMENT_CONTINUATION,
    ):
        return None
    return _single(Role.COMMENT_CONTINUATION, cursor, Paragraph(cursor.text, span=cursor.span()))


def fallback_rule(cursor: Cursor, state: ParseState) -> Block:
    """Anything else: body text, or unplaced residue once the comments began."""
    if state.zone is Zone.TAIL:
        element = Boilerplate(cursor.text, kind=BoilerplateKind.UNPLACED, span=cursor.span())
        return _single(Role.BOILERPLATE, cursor, element)
    state.zone = Zone.BODY
    return _single(Role.BODY, cursor, Paragraph(text=cursor.text, span=cursor.span()))


RULES: tuple[Rule, ...] = (
    related_rule,
    widget_rule,
    headline_rule,
    headline_repeat_rule,
    pingback_rule,
    caption_rule,
    comment_rule,
    byline_rule,
    dateline_rule,
    dek_rule,
    continuation_rule,
    fallback_rule,
)
"""The block rules, in the order they are tried."""

_RULES_IN: dict[Zone, tuple[Rule, ...]] = {
    zone: tuple(rule for rule in RULES if zone in _RULE_ZONES.get(rule, Zone)) for zone in Zone
}
"""The rules to try in each zone: `RULES` less those declared `only_in` other zones."""


def _timed_out(cursor: Cursor, state: ParseState, rule: Rule) -> Block:
    """The line a rule's pattern ran away on: body text (or residue), with a defect."""
    block = fallback_rule(cursor, state)
    defect = Defect(
        DefectKind.PATTERN_TIMEOUT,
        cursor.number,
        f"{rule.__name__} ran over its time limit on a line of {len(cursor.text)} characters",
    )
    return evolve(block, defects=(defect,))


def classify(lines: Sequence[Line]) -> list[Block]:
    """Give every non-blank line of one article segment a role."""
    cursor = Cursor(lines)
    state = ParseState()
    blocks: list[Block] = []
    while cursor.pos < len(lines):
        if not cursor.texts[cursor.pos]:
            cursor.pos += 1
            continue
        for rule in _RULES_IN[state.zone]:
            try:
                block = rule(cursor, state)
            except TimeoutError:
                block = _timed_out(cursor, state, rule)
            if block is not None:
                break
        else:  # pragma: no cover - fallback_rule always claims
            raise AssertionError("no rule claimed the line")
        blocks.append(block)
        state.last_role = block.role
        cursor.pos += block.span.end - block.span.start + 1
    return blocks
