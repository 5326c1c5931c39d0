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
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import attrs
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
    DefectKind,
    Dek,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Span,
    Timestamp,
    Trailer,
)
from corpusparse.parsing.comments import (
    CommentItem,
    PingbackItem,
    SectionItem,
    SectionStart,
    read_comment_section,
)
from corpusparse.parsing.dates import has_time_label, may_hold_time
from corpusparse.parsing.lines import Line
from corpusparse.parsing.patterns import TIME_LABEL_INITIALS
from corpusparse.parsing.readers import (
    HeadLine,
    comparison_key,
    is_byline_label,
    is_caption_shaped,
    is_image_source,
    is_related_block_header,
    is_widget,
    read_bare_byline,
    read_byline_line,
    read_byline_pair,
    read_caption,
    read_comment_head,
    read_credit_line,
    read_dated_names,
    read_dateline,
    read_fallback_date,
    read_head_date,
    read_loose_byline,
    read_name_over_bio,
    read_name_pair,
    read_names_by_date,
    read_pingback,
    read_related,
    read_reply_to,
    read_residue,
    read_site_suffix,
    read_trailer,
    read_user_byline,
    resolve_mention,
)
from corpusparse.parsing.zones import PagePlan, plan_above_comments, plan_page

__all__ = [
    "RULES",
    "Block",
    "Cursor",
    "ParseState",
    "Role",
    "Stamp",
    "Zone",
    "at_most",
    "classify",
    "initial_state",
    "only_in",
    "opening_with",
    "rules_for",
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


Rule = Callable[[Cursor, ParseState], Block | None]


_RULE_ZONES: dict[Rule, frozenset[Zone]] = {}
_RULE_LONGEST: dict[Rule, int] = {}
_RULE_OPENERS: dict[Rule, frozenset[str]] = {}


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


def at_most(chars: int) -> Callable[[Rule], Rule]:
    """Declare that a rule claims no line whose stripped text is longer than ``chars``.

    `classify` then does not call it on longer lines; the rule's own checks
    must already decline them.
    """

    def declare(rule: Rule) -> Rule:
        _RULE_LONGEST[rule] = chars
        return rule

    return declare


def opening_with(chars: Iterable[str]) -> Callable[[Rule], Rule]:
    """Declare that a rule claims only lines whose stripped text opens with one of ``chars``.

    `classify` then does not call it on other lines; the rule's own checks
    must already decline them.
    """

    def declare(rule: Rule) -> Rule:
        _RULE_OPENERS[rule] = frozenset(chars)
        return rule

    return declare


def _single(role: Role, cursor: Cursor, element: Element) -> Block:
    return Block(role, cursor.span(), (element,))


@only_in(Zone.PRE)
@opening_with("-")
def related_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``- `` bullet before the headline is a related headline."""
    if state.zone is not _PRE:
        return None
    text = read_related(cursor.text)
    if text is None:
        return None
    return _single(Role.RELATED, cursor, Related(text=text, span=cursor.span()))


@at_most(4)
def widget_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """Widget residue (``TT``, ``20``) anywhere is boilerplate."""
    text = cursor.text
    if not is_widget(text):
        return None
    element = Boilerplate(text=text, kind=BoilerplateKind.WIDGET, span=cursor.span())
    return _single(_BOILERPLATE, cursor, element)


@at_most(500)
def residue_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """Share buttons, navigation, promos, cookie notices, comment UI and separators.

    Comment UI and comment-section separators after the body open the comment tail.
    """
    text = cursor.text
    kind = cursor.residue(text, tail=state.zone is _TAIL)
    if kind is None:
        return None
    opens_tail = kind is BoilerplateKind.COMMENT_UI or (
        kind is BoilerplateKind.SEPARATOR and "OMMENT" in text.upper()
    )
    if state.zone is _BODY and opens_tail and not _under_the_head(cursor, state):
        state.zone = _TAIL
    return _single(_BOILERPLATE, cursor, Boilerplate(text, kind=kind, span=cursor.span()))


_HEAD_MARGIN = 6
"""How many lines into the main text a share bar's comment link may stand."""

_LONG_BODY = 10


def _under_the_head(cursor: Cursor, state: ParseState) -> bool:
    """On a page, whether the line stands at the top of a main text that goes on well after it.

    A ``Comments`` link or a comment count in the share bar under the
    headline is no comment section: the body goes on after it.
    """
    plan = state.plan
    return plan is not None and _tops_main_text(cursor.pos, plan)


def _tops_main_text(index: int, plan: PagePlan) -> bool:
    """Whether line ``index`` stands at the top of the plan's main text, well above its end."""
    return index <= plan.body_start + _HEAD_MARGIN and plan.body_end > index + _LONG_BODY


_MAX_RELATED_ITEMS = 30


def _related_item(text: str) -> bool:
    if len(text) > 200 or read_pingback(text, Span(0, 0)) is not None:
        return False
    if read_residue(text, tail=True) is not None:
        return False
    return not (text.endswith(".") and len(text.split()) > 12)


@at_most(60)
def related_block_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``Related Articles`` or ``Trending`` header; after the body, with its list.

    Before the body the header alone is residue; after it, the header and the
    headline-like lines that follow (single blank lines allowed between them)
    are one related-list residue block.
    """
    if not is_related_block_header(cursor.text):
        return None
    if state.zone < _BODY:
        element = Boilerplate(cursor.text, kind=BoilerplateKind.NAVIGATION, span=cursor.span())
        return _single(_BOILERPLATE, cursor, element)
    elements = [Boilerplate(cursor.text, kind=BoilerplateKind.RELATED, span=cursor.span())]
    offset = 1
    last = 0
    blanks = 0
    while len(elements) <= _MAX_RELATED_ITEMS:
        text = cursor.text_at(offset)
        if text is None:
            break
        if not text:
            blanks += 1
            if blanks > 1:
                break
            offset += 1
            continue
        blanks = 0
        if not _related_item(text) or read_comment_head(text, cursor.text_at(offset + 1)):
            break
        number = cursor.lines[cursor.pos + offset].number
        elements.append(Boilerplate(text, kind=BoilerplateKind.RELATED, span=Span(number, number)))
        last = offset
        offset += 1
    return Block(role=_BOILERPLATE, span=cursor.span(last + 1), elements=tuple(elements))


_PAGE = BoilerplateKind.PAGE

_SECTION_UI_KINDS = {
    "header": BoilerplateKind.COMMENT_UI,
    "comment_ui": BoilerplateKind.COMMENT_UI,
    "comment_title": BoilerplateKind.COMMENT_UI,
    "form": BoilerplateKind.COMMENT_UI,
    "after": BoilerplateKind.PAGE,
}


def section_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, a comment, pingback or chrome line of the comment section read as a whole.

    The section (its header, its comments delimited by heads, signatures or UI
    lines, and what follows it) is found by `corpusparse.parsing.comments`.
    """
    section = state.section
    if section is None:
        return None
    item = section.get(cursor.pos)
    if item is None:
        return None
    state.zone = _TAIL
    if isinstance(item, CommentItem):
        span = cursor.span(item.last - item.first + 1)
        comment = Comment(
            author=item.author,
            posted=item.posted,
            text=item.text,
            reply_to=item.reply_to,
            span=span,
        )
        if item.author is not None:
            state.comment_authors.append(item.author)
        return Block(role=Role.COMMENT, span=span, elements=(comment,))
    if isinstance(item, PingbackItem):
        pingback = attrs.evolve(item.pingback, span=cursor.span())
        return _single(Role.PINGBACK, cursor, pingback)
    kind = _SECTION_UI_KINDS.get(item.kind)
    if kind is None:
        try:
            kind = BoilerplateKind(item.kind)
        except ValueError:
            kind = BoilerplateKind.COMMENT_UI
    return _single(_BOILERPLATE, cursor, Boilerplate(cursor.text, kind=kind, span=cursor.span()))


def _read_section(texts: Sequence[str], plan: PagePlan | None) -> dict[int, SectionItem] | None:
    """The comment section of a page by the first line of each item, or ``None``.

    Only a page has one, and only items whose lines do not overlap are kept in
    a well-formed reading; any other reading is dropped whole.
    """
    if plan is None:
        found = _unplanned_section(texts)
    else:
        found = read_comment_section(
            texts, body_end_hint=plan.body_start + 1, main_end=plan.body_end
        )
        if found is not None and _share_bar_link(found, plan):
            found = read_comment_section(texts, body_end_hint=found[0].index + 1)
    if found is None:  # no section, or one starting above the main text
        return None
    if plan is not None and _dated_listing(found, plan):
        return None
    items: dict[int, SectionItem] = {}
    covered = -1
    for item in found[1]:
        first, last = (
            (item.first, item.last) if isinstance(item, CommentItem) else (item.index, item.index)
        )
        if first <= covered or last < first:
            return None
        items[first] = item
        covered = last
    return items or None


def _unplanned_section(texts: Sequence[str]) -> tuple[SectionStart, list[SectionItem]] | None:
    """The comments of a segment too short to plan, under a count of comments.

    A short page (a post of a few lines) gets no `PagePlan`; its comments are read
    only when a count header (``1 comment:``) opens them past the first third of
    the lines, below what can be a head.
    """
    found = read_comment_section(texts, body_end_hint=1)
    if found is None or found[0].kind != "count" or found[0].index * 3 < len(texts):
        return None
    return found


_EARLY = 4
"""A section opening in the first ``1/_EARLY`` of the main text opens early."""


def _dated_listing(found: tuple[SectionStart, list[SectionItem]], plan: PagePlan) -> bool:
    """Whether a section found by its cadence alone is a listing of dated entries.

    A programme of events or a list of releases prints every entry under a
    line with its date, as a thread prints every comment under its head. A
    thread stands after the article, and some head prints a clock time or an
    age (``2 hours ago``); a listing opens in the first part of the main text,
    and its dates are calendar days only.
    """
    start, items = found
    if start.kind != "cadence":
        return False
    if (start.index - plan.body_start) * _EARLY >= plan.body_end - plan.body_start:
        return False
    comments = [item for item in items if isinstance(item, CommentItem)]
    return bool(comments) and all(
        item.marks and item.posted is not None and _calendar_day(item.posted) for item in comments
    )


def _calendar_day(posted: Timestamp) -> bool:
    """Whether a comment time is a date alone: no clock time, not an age."""
    if posted.value is None or ":" in posted.text:
        return False
    for word in posted.text.casefold().replace(".", "").split():
        if word in _MERIDIEM or (word[:1].isdigit() and word.endswith(_MERIDIEM)):
            return False
    return True


_MERIDIEM = ("am", "pm")


_SIGNED_COMMENTS = 3
_SIGNED_WITHIN = 40
"""How many comments with a head or signature, and within how many lines, make a
bare ``Comments`` label at the top of the main text a section header."""


def _share_bar_link(found: tuple[SectionStart, list[SectionItem]], plan: PagePlan) -> bool:
    """Whether a section opens with a bare ``Comments`` label at the top of a long main text.

    Such a label is the share bar's link under the head, unless comments with
    heads or signatures follow it closely.
    """
    start, items = found
    if start.kind != "title" or not _tops_main_text(start.index, plan):
        return False
    window = start.index + _SIGNED_WITHIN
    signed = sum(
        1 for item in items if isinstance(item, CommentItem) and item.marks and item.first < window
    )
    return signed < _SIGNED_COMMENTS


@only_in(Zone.PRE)
def page_headline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, the line the zone stage chose as the headline is the headline.

    It is tried before the byline rules: a short title over its date reads
    as a name over a date too.
    """
    plan = state.plan
    if plan is None or state.zone is not _PRE or cursor.pos != plan.headline:
        return None
    return headline_rule(cursor, state)


@only_in(Zone.PRE)
def page_top_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, every line above the chosen headline is page chrome (menus, banners).

    The section label or kicker the zone stage found right above the head is
    the article's section. `byline_rule`, tried first, takes a time line
    printed right above the headline.
    """
    plan = state.plan
    if plan is None or state.zone is not _PRE or cursor.pos >= plan.headline:
        return None
    if cursor.pos == plan.section:
        return _single(Role.SECTION, cursor, Section(cursor.text, span=cursor.span()))
    kind = cursor.residue(cursor.text) or _PAGE
    return _single(_BOILERPLATE, cursor, Boilerplate(cursor.text, kind=kind, span=cursor.span()))


@only_in(Zone.PRE, Zone.HEAD, Zone.BODY)
@at_most(100)
def page_byline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, the first byline or time line wherever it stands, while the article has none.

    Pages print the byline and the date away from the headline too: above it,
    under the dek, beside a share bar, at the end of the article. A line that
    prints only a time gives the publication time; a byline (with names) gives
    the authors, and the time it prints. Also read: a byline label with other
    things after the names (`read_loose_byline`), a label, a name or a date
    line over the names (`_byline_pair_block`), and in the page's head a date
    among a few other words (`read_head_date`), a name over its role and a
    user name in lower case (`read_user_byline`) and a date followed by a name
    (`read_dated_names`). Names printed alone (`read_bare_byline`) count right
    under the headline or the head's date line, unless a byline follows within
    a few lines. A byline line with a date, after the names were read, gives
    the head's date. A line over the head's date that reads as a comment head
    (a kicker, a label) is page chrome. On a short page without a plan, a date
    or byline line among its first lines is read, unless it ends a sentence.
    """
    if state.plan is None:
        # A short page without a plan: its first lines of body may print the date line.
        if (
            state.zone is not _BODY
            or state.has_byline
            or state.has_published
            or cursor.pos > _NO_PLAN_REACH
            or not may_hold_time(cursor.text)
            or next((text for text in reversed(cursor.texts[: cursor.pos]) if text), ":").endswith(
                (":", ",")
            )
        ):
            return None  # not in the first lines, or the end of a sentence ("... scheduled for:")
        read = cursor.head_line(cursor.text)
        if read is None or read.published is None or read.published[1] is None:
            found = read_fallback_date(cursor.text)  # no update, nor a sentence's opening
            if found is None:
                return None
            read = HeadLine(None, found, None)
        authors = read.authors or None
        return _head_line_block(cursor, state, HeadLine(authors, read.published, None))
    if state.zone is _TAIL:
        return None
    if (state.has_published and state.has_byline) or len(cursor.text) > _MAX_PAGE_BYLINE:
        return None
    if state.has_byline and not may_hold_time(cursor.text):
        # Only a time is left to read, and every time the readers read prints a
        # digit (or ``just now``): no reader can claim the line, but it may stand
        # over the head's date.
        return _comment_head_chrome(cursor, state)
    if state.zone is _PRE and not _in_page_head(cursor, state) and _head_has_time(cursor, state):
        return None  # a date far above the headline (the page's own) when the head prints one
    read = cursor.head_line(cursor.text)
    if read is None:
        block = _byline_pair_block(cursor, state, anywhere=True)
        if block is not None:
            return block
        names = None if state.has_byline else read_loose_byline(cursor.text)
        if (
            names is None
            and state.zone is _HEAD
            and not state.has_byline
            and state.last_role in _NAMES_FOLLOW
            and len(cursor.text) <= 80
        ):
            # Names alone right under the headline or right after the head's date line;
            # not the first item of a list of names.
            names = read_bare_byline(cursor.text)
            if names is not None and (
                read_bare_byline(cursor.text_at(1) or "") is not None or _byline_ahead(cursor, 1)
            ):
                names = None  # a list of names, or a byline printed further down
        published = None
        if names is None and not state.has_byline and _in_page_head(cursor, state):
            user = read_user_byline(cursor.text)  # "by annlee", "March 3, 2024 by annlee"
            if user is None:
                user = read_dated_names(cursor.text)  # "March 3, 2024 Ann Lee 0"
            if user is None:
                user = read_names_by_date(cursor.text)  # "annlee — March 3, 2024"
            if user is not None:
                names = user[0]
                published = None if state.has_published else user[1]
        if (
            published is None
            and not state.has_published
            and (names is not None or _in_page_head(cursor, state))
        ):
            dated = read_head_date(cursor.text)
            published = dated[1] if dated is not None and not dated[0] else None
        if names is None and published is None:
            return _comment_head_chrome(cursor, state)
        return _head_line_block(cursor, state, HeadLine(names, published, None))
    if read.authors is not None and (state.has_byline or not read.authors):
        if read.published is None or state.has_published or not _in_page_head(cursor, state):
            return None
        read = read._replace(authors=None)  # names read already: the head's date
    if read.authors is None and (read.published is None or state.has_published):
        return None
    published = None if state.has_published else read.published
    if (
        read.authors is None
        and not state.has_byline
        and (state.zone is _HEAD or _in_page_head(cursor, state))
    ):
        names = read_loose_byline(cursor.text)  # "By Ann Lee Updated onMarch 3, 2024"
        if names is None:
            beside = read_names_by_date(cursor.text)  # "March 3, 2024 | annlee | 3 comments"
            names = beside[0] if beside is not None else None
        read = read if names is None else read._replace(authors=names)
    if read.authors is None and not state.has_byline and _in_page_head(cursor, state):
        # The date, then the names under it; above the headline too.
        block = _byline_pair_block(cursor, state, anywhere=True, time_first=True)
        if block is not None:
            return block
    return _head_line_block(cursor, state, read._replace(published=published, updated=None))


def _comment_head_chrome(cursor: Cursor, state: ParseState) -> Block | None:
    """A line a few lines under the headline over the head's date that reads as a comment
    head with it (a kicker, a label, a handle under the author box): page chrome, so
    that the date is the article's and opens no comment section."""
    plan = state.plan
    following = cursor.text_at(1)
    if (
        plan is not None
        and state.zone is not _PRE
        and not state.has_published
        and following
        and cursor.pos - plan.headline <= _HEAD_COMMENT_REACH
        and (ahead := cursor.head_line(following)) is not None
        and ahead.authors is None
        and ahead.published is not None
        and read_comment_head(cursor.text, following) is not None
    ):
        boilerplate = Boilerplate(cursor.text, kind=_PAGE, span=cursor.span())
        return _single(_BOILERPLATE, cursor, boilerplate)
    return None


_NO_PLAN_REACH = 10
"""How far into a segment without a page plan `page_byline_rule` reads a date line."""

_HEAD_COMMENT_REACH = 8
"""A line over a date this few lines under the headline is no comment head (`page_byline_rule`)."""

_NAMES_FOLLOW = (Role.HEADLINE, Role.HEADLINE_REPEAT, Role.TIME)
"""The roles of the line right before names printed alone that `page_byline_rule` takes."""

_BYLINE_AHEAD = 10
"""Names printed alone are no byline when a byline stands in the lines this far ahead."""


def _byline_ahead(cursor: Cursor, start: int) -> bool:
    """Whether a byline stands from ``start`` lines ahead to `_BYLINE_AHEAD`: a byline
    line with names, or a byline label alone over the names (``By`` over ``Ann Lee``)."""
    for offset in range(start, _BYLINE_AHEAD):
        text = cursor.text_at(offset)
        if not text:
            continue
        ahead = cursor.head_line(text)
        if ahead is not None and ahead.authors:
            return True
        if len(text) <= _MAX_LABEL and is_byline_label(text):
            following = next(
                (line for step in range(offset + 1, offset + 3) if (line := cursor.text_at(step))),
                None,
            )
            read = read_byline_pair(text, following) if following else None
            if read is not None and read.authors:
                return True
    return False


_MAX_LABEL = 20
"""The longest line `_byline_ahead` takes for a byline label printed alone."""

_HEAD_REACH = 2
"""How many non-blank lines over the head `_in_page_head` still counts as the head."""


def _head_has_time(cursor: Cursor, state: ParseState) -> bool:
    """Whether a line of the page's head prints a publication time: from the headline to
    the main text, or among the first lines of the main text (a date line under the dek
    or the byline, which the zone stage counts as text), read as a byline or time line
    or as a date among a few words (`read_head_date`)."""
    if state.head_has_time is None:
        plan = state.plan
        assert plan is not None
        state.head_has_time = any(
            ((read := cursor.head_line(text)) is not None and read.published is not None)
            or ((dated := read_head_date(text)) is not None and not dated[0])
            for text in _head_texts(cursor.texts, plan)
            if len(text) <= _MAX_PAGE_BYLINE
        )
    return state.head_has_time


_TEXT_HEAD_LINES = 3
"""How many non-blank lines of the main text `_head_has_time` reads besides the head."""


def _head_texts(texts: Sequence[str], plan: PagePlan) -> list[str]:
    """The non-blank lines from the one after the headline to the main text's first
    `_TEXT_HEAD_LINES` lines."""
    head = [text for text in texts[plan.headline + 1 : plan.body_start] if text]
    main = (text for text in texts[plan.body_start : plan.body_end + 1] if text)
    head.extend(text for _, text in zip(range(_TEXT_HEAD_LINES), main, strict=False))
    return head


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


@only_in(Zone.HEAD, Zone.BODY)
def page_chrome_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, a line that would be body but stands outside the main text is chrome.

    Lines between the headline and the main text that no head rule read, runs
    of short lines inside the main text and lines after it (see `corpusparse.parsing.zones`).
    """
    plan = state.plan
    if plan is None or state.zone is _PRE or state.zone is _TAIL:
        return None
    pos = cursor.pos
    if state.zone is _HEAD:
        if pos >= plan.body_start:
            return None
    elif plan.body_end >= pos and pos not in plan.chrome:
        return None
    return _single(_BOILERPLATE, cursor, Boilerplate(cursor.text, kind=_PAGE, span=cursor.span()))


@only_in(Zone.PRE)
def headline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """The first other line of a segment is its headline.

    On a page, a site name printed after it (``Title | Site``) goes to `Headline.site`.
    """
    if state.zone is not _PRE:
        return None
    if state.plan is not None and len(cursor.text) > _MAX_PAGE_HEADLINE:
        return None  # a page's main text printed on one line, title and all
    state.zone = _HEAD
    if state.byline_above:
        # Names read above the headline (a kicker, a menu's item, the site's name) give
        # way to a byline of the head or the main text.
        state.has_byline = state.byline_above = False
    split = read_site_suffix(cursor.text) if state.plan is not None else None
    if split is None:
        state.headline = cursor.key
        state.headline_ends = _ends(cursor.text)
        return _single(Role.HEADLINE, cursor, Headline(text=cursor.text, span=cursor.span()))
    text, site = split
    state.headline = comparison_key(text)
    state.headline_ends = _ends(text)
    return _single(Role.HEADLINE, cursor, Headline(text, span=cursor.span(), site=site))


_MAX_PAGE_HEADLINE = 500
"""The longest line of a page that may be its headline."""


@only_in(Zone.HEAD)
def headline_repeat_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the head, a second printing of the headline."""
    if (
        state.zone is not _HEAD
        or _ends(cursor.text) != state.headline_ends
        or cursor.key != state.headline
    ):
        return None
    return _single(Role.HEADLINE_REPEAT, cursor, Headline(text=cursor.text, span=cursor.span()))


def _ends(text: str) -> tuple[str, str]:
    """The first and last characters of a stripped line's `comparison_key`.

    Folding white space never touches the ends of a stripped line, and case
    folding works character by character, so they come from the line's own ends
    without folding the whole line: a cheap test that two lines differ.
    """
    return text[:1].casefold()[:1], text[-1:].casefold()[-1:]


def _remember(state: ParseState, text: str, key: str | None = None) -> None:
    """Make ``text`` a known caption, so that its later printings are captions too.

    ``key`` is its `comparison_key`, when the caller has it.
    """
    state.caption_keys.add(comparison_key(text) if key is None else key)
    state.caption_ends.add(_ends(text))


def _caption_block(
    cursor: Cursor, state: ParseState, text: str, lines: int, credit: str | None
) -> Block:
    span = cursor.span(lines)
    if credit is not None:
        return Block(role=_CAPTION, span=span, elements=(read_caption(text, span, credit),))
    read = state.captions_read.get(text)
    if read is None:
        read = state.captions_read[text] = read_caption(text, span)
        return Block(role=_CAPTION, span=span, elements=(read,))
    # Another printing of the same text: its credit and date are read already.
    again = Caption(read.text, read.credit, read.date, read.occurrences, spans=(span,))
    return Block(_CAPTION, span, (again,))


@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
def caption_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A photo caption, with the credit line printed right after it.

    A caption is a line printed twice in a row in the head, a known caption
    printed again (also in the tail), a line followed by a credit line
    (``Photo: A/AFP``), a BBC ``Image source, X`` + ``Image caption, Y`` pair,
    or a line shaped like a caption (``FILE - ...``, ``... (AP Photo/A)``).
    """
    if state.zone is _PRE:
        return None
    text = cursor.text
    known = _is_known_caption(cursor, state)
    if state.zone is _TAIL:
        return _caption_block(cursor, state, text, 1, None) if known else None
    following = cursor.text_at(1) or ""
    if following.startswith("Image caption") and is_image_source(text):
        _remember(state, following)
        return _caption_block(cursor, state, following, 2, cursor.credit_at(0))
    credit = cursor.credit_at(1)
    if credit is not None and cursor.credit_at(0) is None and _may_be_caption(cursor, text):
        _remember(state, text, cursor.key)
        return _caption_block(cursor, state, text, 2, credit)
    if known:
        return _caption_block(cursor, state, text, 1, None)
    if state.zone is _HEAD and following and cursor.key_at(1) == cursor.key:
        if is_widget(following):
            return None  # "a" then the widget "A": the widget rule claims the second line
        _remember(state, text, cursor.key)
        return _caption_block(cursor, state, text, 1, None)
    if is_caption_shaped(text):
        _remember(state, text, cursor.key)
        return _caption_block(cursor, state, text, 1, None)
    return None


def _may_be_caption(cursor: Cursor, text: str) -> bool:
    return len(text) >= 12 and cursor.head_line(text) is None and cursor.residue(text) is None


@only_in(Zone.PRE, Zone.HEAD, Zone.BODY)
@at_most(100)
def credit_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A photo credit alone on a line, next to no caption, is residue."""
    if state.zone is _TAIL or cursor.credit_at(0) is None:
        return None
    element = Boilerplate(cursor.text, kind=BoilerplateKind.CREDIT, span=cursor.span())
    return _single(_BOILERPLATE, cursor, element)


@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
@opening_with("P")
def pingback_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``Pingback:`` line after the headline; it opens the comment tail."""
    if state.zone is _PRE:
        return None
    if not cursor.text.startswith("Pingback:"):
        return None
    pingback = read_pingback(cursor.text, cursor.span())
    if pingback is None:
        return None
    state.zone = _TAIL
    return _single(Role.PINGBACK, cursor, pingback)


def _head_at(cursor: Cursor, offset: int, state: ParseState) -> bool:
    text = cursor.text_at(offset)
    if not text:
        return False
    following = cursor.text_at(offset + 1)
    return read_comment_head(text, following, date_only=state.zone is _TAIL) is not None


@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
@at_most(200)
def comment_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A comment: its head (author and time), an optional ``In reply to`` line, its text.

    The text runs to the next blank line, comment head, pingback or residue
    line (``Reply``, ``Like``); later paragraphs join by `continuation_rule`.
    """
    if state.zone < _HEAD:
        return None
    following = cursor.text_at(1)
    head = read_comment_head(cursor.text, following, date_only=state.zone is _TAIL)
    if head is None:
        return None
    count = head.lines
    reply_to = head.reply_to
    named = cursor.text_at(count)
    if named:
        name = read_reply_to(named)
        if name is not None:
            reply_to = name
            count += 1
    text_lines: list[str] = []
    while True:
        text = cursor.text_at(count)
        if not text or read_residue(text, tail=True) is not None:
            break
        if text_lines and (text.startswith("Pingback:") or _head_at(cursor, count, state)):
            break
        text_lines.append(text)
        count += 1
    if reply_to is None and text_lines:
        reply_to = resolve_mention(text_lines[0], state.comment_authors)
    state.zone = _TAIL
    state.comment_authors.append(head.author)
    span = cursor.span(count)
    comment = Comment(
        author=head.author,
        posted=head.posted,
        text="\n".join(text_lines),
        reply_to=reply_to,
        span=span,
    )
    return Block(role=Role.COMMENT, span=span, elements=(comment,))


@only_in(Zone.PRE, Zone.HEAD)
@at_most(300)
def byline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A byline, a publication or update time, or both, on one line of the head.

    Before the headline only a time line is taken.
    """
    if state.zone is not _PRE and state.zone is not _HEAD:
        return None
    plan = state.plan
    if state.zone is _PRE and plan is not None and cursor.pos < plan.head_start:
        return None  # page chrome: on a page only a time right above the headline is read
    if cursor.text_at(1) == cursor.text or _is_known_caption(cursor, state):
        return None  # a line printed twice in a row, or again, is a caption
    return _byline_block(cursor, state)


def _is_known_caption(cursor: Cursor, state: ParseState) -> bool:
    """Whether the current line is another printing of a caption read before."""
    return (
        bool(state.caption_ends)
        and _ends(cursor.text) in state.caption_ends
        and cursor.key in state.caption_keys
    )


@only_in(Zone.BODY)
@at_most(300)
@opening_with(TIME_LABEL_INITIALS)
def labelled_time_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the body, a labelled time (``Updated: ...``) the article has not had yet."""
    if state.zone is not _BODY or not has_time_label(cursor.text):
        return None
    return _byline_block(cursor, state)


def _may_take_byline(cursor: Cursor, state: ParseState) -> bool:
    """A byline is read in the head, and on a page also right above the headline."""
    if state.zone is _HEAD:
        return True
    plan = state.plan
    return state.zone is _PRE and plan is not None and cursor.pos >= plan.head_start


def _byline_block(cursor: Cursor, state: ParseState) -> Block | None:
    """What `byline_rule` and `labelled_time_rule` claim: a byline only in the head."""
    read = cursor.head_line(cursor.text)
    if read is None:
        return _byline_pair_block(cursor, state)
    if read.authors is not None and (state.has_byline or not _may_take_byline(cursor, state)):
        return None
    if read.authors is None and read.published is not None and not state.has_byline:
        names = read_loose_byline(cursor.text)  # "By Ann Lee Updated onMarch 3, 2024"
        if names is None and state.plan is not None:
            beside = read_names_by_date(cursor.text)  # "annlee — March 3, 2024"
            names = beside[0] if beside is not None else None
        if names is not None and _may_take_byline(cursor, state):
            read = read._replace(authors=names)
    if read.authors is None and (
        (read.published is not None and state.has_published)
        or (read.updated is not None and state.has_updated)
    ):
        return None
    return _head_line_block(cursor, state, read)


def _note_byline(state: ParseState, pos: int) -> None:
    """Note on the state that the article has its byline (read at line ``pos``), and
    whether it stands above the head of a page (`ParseState.byline_above`)."""
    state.has_byline = True
    plan = state.plan
    state.byline_above = state.zone is _PRE and plan is not None and pos < plan.head_start


def _head_line_block(cursor: Cursor, state: ParseState, read: HeadLine) -> Block:
    """The block of a byline or time line: its byline and times, noted on the state."""
    elements: list[Element] = []
    span = cursor.span()
    if read.authors is not None:
        _note_byline(state, cursor.pos)
        elements.append(Byline(authors=read.authors, text=cursor.text, span=span))
    for updated, time in ((False, read.published), (True, read.updated)):
        if time is None:
            continue
        elements.append(Stamp(updated, PublicationTime(time[0], time[1], span=span)))
        if updated:
            state.has_updated = True
        else:
            state.has_published = True
    role = Role.BYLINE if read.authors is not None else Role.TIME
    return Block(role, span, tuple(elements))


def _byline_pair_block(
    cursor: Cursor, state: ParseState, *, anywhere: bool = False, time_first: bool = False
) -> Block | None:
    """On a page, a line of names over a date line (`read_byline_pair`), or the date line
    over the names (``time_first``), a label over the names, (in the page's head) a
    name over its role (`read_name_pair`), or (``anywhere``, in the second half of the
    main text or after it) a name over the author's biography (`read_name_over_bio`):
    both lines.

    In the head, or ``anywhere`` before the comments (`page_byline_rule`).
    """
    if state.plan is None or (state.zone is not _HEAD and not anywhere) or state.has_byline:
        return None  # off a page, a name over a time is a comment head
    if len(cursor.text) > (_MAX_PAGE_BYLINE if time_first else _MAX_PAIR_NAMES):
        return None
    offset = 1
    while (following := cursor.text_at(offset)) == "":
        offset += 1
    if following is None:
        return None
    near = _near_headline(cursor, state)
    if time_first:
        read = read_byline_pair(following, cursor.text, head_date=near)
        if read is not None and state.zone is _PRE and len(read.authors or ()) > 1:
            return None  # sections under a date above the headline: "Garden, Tools"
    else:
        read = read_byline_pair(cursor.text, following, head_date=near)
        if read is None and _may_be_one_word_name(cursor, state):
            # Right under the headline a one-word name over a date is the byline
            # ("Ann" over "March 3, 2024").
            read = read_byline_pair(cursor.text, following, min_words=1, head_date=near)
    if read is None or not read.authors:
        in_head = not time_first and (
            _in_page_head(cursor, state) or _under_headline(cursor, state)
        )
        names = read_name_pair(cursor.text, following) if in_head else None
        plan = state.plan
        if (
            names is None
            and anywhere
            and not time_first
            and cursor.pos * 2 > plan.body_start + plan.body_end
        ):
            names = read_name_over_bio(cursor.text, following)  # an author box, late on the page
        if names is None:
            return None
        read = HeadLine(names, None, None)  # a name over its role, in the head
    elif read.published is None and read.updated is not None and not near:
        return None  # a name over an update time is a byline only near the headline
    authors = read.authors
    if not authors:
        return None
    if read.published is None or state.has_published:
        # A label over the names ("By" over "Ann Lee"), or a name over its role: the
        # names only; a name over a date only while the article has no date.
        if (read.published is not None or read.updated is not None) and not near:
            return None
        _note_byline(state, cursor.pos)
        text = f"{cursor.text}\n{following}"
        byline = Byline(authors=authors, text=text, span=cursor.span(offset + 1))
        elements: list[Element] = [byline]
        if read.published is None and read.updated is not None and not state.has_updated:
            far = cursor.pos if time_first else cursor.pos + offset
            number = cursor.lines[far].number
            time = PublicationTime(read.updated[0], read.updated[1], span=Span(number, number))
            elements.append(Stamp(True, time))
            state.has_updated = True
        return Block(Role.BYLINE, cursor.span(offset + 1), tuple(elements))
    _note_byline(state, cursor.pos)
    state.has_published = True
    far_span = Span(
        cursor.lines[cursor.pos + offset].number, cursor.lines[cursor.pos + offset].number
    )
    name_span, date_span = (far_span, cursor.span()) if time_first else (cursor.span(), far_span)
    byline = Byline(authors=authors, text=following if time_first else cursor.text, span=name_span)
    stamp = Stamp(False, PublicationTime(read.published[0], read.published[1], span=date_span))
    return Block(Role.BYLINE, cursor.span(offset + 1), (byline, stamp))


_MAX_PAIR_NAMES = 120

_HEADLINE_ROLES = (Role.HEADLINE, Role.HEADLINE_REPEAT)


def _may_be_one_word_name(cursor: Cursor, state: ParseState) -> bool:
    """Whether the line, right under the headline, may be a one-word name over the date:
    one word, not in capitals, with no byline in the lines ahead, that the page prints
    neither over the headline nor in or beside a bulleted line (a section word over
    the date, ``Garden``, is also an item of the page's menu or breadcrumb; a name
    repeats in the author box)."""
    if state.zone is not _HEAD or state.last_role not in _HEADLINE_ROLES:
        return False
    word = cursor.text.strip(_NAME_EDGES)
    if not word or " " in word or word.isupper():
        return False
    if _byline_ahead(cursor, 2):
        return False  # the byline is printed further down
    texts = cursor.texts
    plan = state.plan
    top = plan.headline if plan is not None else 0
    for pos, text in enumerate(texts):
        if pos == cursor.pos or text.strip(_NAME_EDGES) != word:
            continue
        if pos < top or any(
            texts[near].startswith(_MENU_BULLETS)
            for near in range(pos - 1, pos + 2)
            if 0 <= near < len(texts)
        ):
            return False  # an item of a menu, or of the breadcrumb over the headline
    return True


_MENU_BULLETS = ("•", "·")
"""The bullets of a menu's items (`_may_be_one_word_name`)."""


_NAME_EDGES = " \t\u00a0•·|"
"""What `_may_be_one_word_name` strips from the ends of a line: blanks, bullets, pipes."""

_PAIR_REACH = 20
"""A name over a date this few lines under the headline gives the names when the article
has its date already (`_near_headline`)."""


def _under_headline(cursor: Cursor, state: ParseState) -> bool:
    """Whether the line stands a few lines under the headline (`_PAIR_REACH`), after it and
    before the tail: an author box (a name over its role) printed in the first lines
    of the main text."""
    plan = state.plan
    return (
        plan is not None
        and state.zone is not _TAIL
        and state.zone is not _PRE
        and 0 < cursor.pos - plan.headline <= _PAIR_REACH
    )


def _near_headline(cursor: Cursor, state: ParseState) -> bool:
    """Whether the line stands in the page's head or a few lines under the headline, before
    the comments: a name over a date there is the byline, even when the page printed its
    date further up."""
    plan = state.plan
    return (
        plan is not None
        and state.zone is not _TAIL
        and (_in_page_head(cursor, state) or 0 < cursor.pos - plan.headline <= _PAIR_REACH)
    )


"""The longest line of names `_byline_pair_block` reads."""


@only_in(Zone.HEAD, Zone.BODY)
@at_most(520)
@opening_with("(RWEACPG")
def trailer_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A wire trailer (``Reporting by A; Editing by B``) after the headline."""
    if state.zone is _PRE or state.zone is _TAIL or state.has_trailer:
        return None
    text = cursor.text
    if not text.startswith(("(", "R", "W", "E", "A", "C", "P", "G")):
        return None
    names = read_trailer(text)
    if names is None:
        return None
    state.has_trailer = True
    return _single(Role.TRAILER, cursor, Trailer(text=text, names=names, span=cursor.span()))


@only_in(Zone.HEAD)
def dateline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``PLACE (Agency) — `` opening of the first body paragraph."""
    if state.zone is not _HEAD:
        return None
    read = read_dateline(cursor.text, cursor.span())
    if read is None:
        return None
    dateline, rest = read
    state.zone = _BODY
    paragraph = Paragraph(text=rest.strip(), span=cursor.span())
    return Block(role=Role.DATELINE, span=cursor.span(), elements=(dateline, paragraph))


_MAX_DEK = 500
"""The longest line that may be a dek: a longer one is a paragraph of the body."""


@only_in(Zone.HEAD)
def dek_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the head, a line right before the byline or the dateline paragraph."""
    if state.zone is not _HEAD or state.has_dek or state.has_byline:
        return None
    if len(cursor.text) > _MAX_DEK:  # the article's text over its byline or time
        return None
    following = cursor.next_nonblank()
    if following is None:
        return None
    if is_widget(following):  # "AP" alone is a widget token, not an agency byline
        return None
    if cursor.head_line(following) is None and read_dateline(following, NOWHERE) is None:
        return None
    state.has_dek = True
    return _single(Role.DEK, cursor, Dek(text=cursor.text, span=cursor.span()))


@only_in(Zone.TAIL)
def continuation_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """In the comment tail, a further paragraph of the comment before it."""
    if state.zone is not _TAIL or state.last_role not in (
        Role.COMMENT,
        Role.COMMENT_CONTINUATION,
    ):
        return None
    return _single(Role.COMMENT_CONTINUATION, cursor, Paragraph(cursor.text, span=cursor.span()))


def fallback_rule(cursor: Cursor, state: ParseState) -> Block:
    """Anything else: body text, or unplaced residue once the comments began."""
    if state.zone is _TAIL:
        element = Boilerplate(cursor.text, kind=BoilerplateKind.UNPLACED, span=cursor.span())
        return _single(_BOILERPLATE, cursor, element)
    state.zone = _BODY
    span = cursor.span()
    return Block(_BODY_TEXT, span, (Paragraph(cursor.text, span=span),))


RULES: tuple[Rule, ...] = (
    section_rule,
    widget_rule,
    residue_rule,
    related_rule,
    related_block_rule,
    headline_repeat_rule,
    page_headline_rule,
    byline_rule,
    page_byline_rule,
    page_top_rule,
    labelled_time_rule,
    headline_rule,
    pingback_rule,
    caption_rule,
    credit_rule,
    comment_rule,
    trailer_rule,
    dateline_rule,
    dek_rule,
    continuation_rule,
    page_chrome_rule,
    fallback_rule,
)
"""The block rules, in the order they are tried."""

_LIMITS: list[int] = sorted(set(_RULE_LONGEST.values()))
"""The distinct `at_most` lengths: a line's length falls into one of the gaps between them."""

_OPENERS: frozenset[str] = frozenset().union(*_RULE_OPENERS.values())
"""Every first character some rule is declared `opening_with`."""


def _may_claim(rule: Rule, zone: Zone, gap: int, first: str) -> bool:
    """Whether ``rule`` may claim a line in ``zone``, its length in ``gap``, opening with ``first``.

    ``first`` is ``""`` for a character no rule is declared `opening_with`.
    """
    if zone not in _RULE_ZONES.get(rule, Zone):
        return False
    if rule in _RULE_LONGEST and gap > _LIMITS.index(_RULE_LONGEST[rule]):
        return False
    return rule not in _RULE_OPENERS or first in _RULE_OPENERS[rule]


_RULES_FOR: dict[tuple[Zone, int, str], tuple[Rule, ...]] = {
    (zone, gap, first): tuple(rule for rule in RULES if _may_claim(rule, zone, gap, first))
    for zone in Zone
    for gap in range(len(_LIMITS) + 1)
    for first in (*_OPENERS, "")
}
"""The rules to try on a line, by zone, length gap (``bisect_left(_LIMITS, length)``) and
first character: `RULES` less those declared `only_in` other zones, `at_most` fewer
characters or `opening_with` other characters."""


def rules_for(zone: Zone, text: str) -> tuple[Rule, ...]:
    """The rules, in order, that may claim the stripped line ``text`` in ``zone``."""
    first = text[:1]
    gap = bisect_left(_LIMITS, len(text))
    return _RULES_FOR[zone, gap, first if first in _OPENERS else ""]


def _timed_out(cursor: Cursor, state: ParseState, rule: Rule) -> Block:
    """The line a rule's pattern ran away on: body text (or residue), with a defect."""
    block = fallback_rule(cursor, state)
    defect = Defect(
        DefectKind.PATTERN_TIMEOUT,
        cursor.number,
        f"{rule.__name__} ran over its time limit on a line of {len(cursor.text)} characters",
    )
    return block._replace(defects=(defect,))


def initial_state(texts: Sequence[str]) -> ParseState:
    """The state the rules start a segment in: its page plan and comment section read."""
    plan = plan_page(texts)
    section = _read_section(texts, plan)
    if plan is not None and section is not None:
        start = min(section)
        above = plan_above_comments(texts, plan, start)
        if above is not None:  # the post above comments that outweigh it
            section_above = _read_section(texts, above)
            if section_above is not None:
                return ParseState(plan=above, section=section_above)
    return ParseState(plan=plan, section=section)


def classify(lines: Sequence[Line]) -> list[Block]:
    """Give every non-blank line of one article segment a role."""
    cursor = Cursor(lines)
    texts = cursor.texts
    state = initial_state(texts)
    blocks: list[Block] = []
    pos = 0
    while pos < len(texts):
        text = texts[pos]
        if not text:
            pos += 1
            continue
        cursor.pos, cursor.text = pos, text  # cursor.move_to(pos), without the call
        first = text[:1]  # rules_for(state.zone, text), without the call
        rules = _RULES_FOR[
            state.zone, bisect_left(_LIMITS, len(text)), first if first in _OPENERS else ""
        ]
        for rule in rules:
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
        span = block.span
        pos += span.end - span.start + 1
    return blocks
