"""The comment section, read once before the rules run, and the rule that claims its lines."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from corpusparse.model import Boilerplate, BoilerplateKind, Comment, Section, Timestamp
from corpusparse.parsing.comments import (
    CommentItem,
    PingbackItem,
    SectionItem,
    SectionStart,
    read_comment_section,
)
from corpusparse.parsing.rules.declarations import only_in
from corpusparse.parsing.rules.state import (
    _BOILERPLATE,
    _PAGE,
    _PRE,
    _TAIL,
    Block,
    Cursor,
    ParseState,
    Role,
    Zone,
    _single,
)
from corpusparse.parsing.zones import PagePlan

__all__ = []

_HEAD_MARGIN = 6
"""How many lines into the main text a share bar's comment link may stand."""

_LONG_BODY = 10


def _tops_main_text(index: int, plan: PagePlan) -> bool:
    """Whether line ``index`` stands at the top of the plan's main text, well above its end."""
    return index <= plan.body_start + _HEAD_MARGIN and plan.body_end > index + _LONG_BODY


_SECTION_UI_KINDS = {
    "header": BoilerplateKind.COMMENT_UI,
    "comment_ui": BoilerplateKind.COMMENT_UI,
    "comment_title": BoilerplateKind.COMMENT_UI,
    "form": BoilerplateKind.COMMENT_UI,
    "after": BoilerplateKind.PAGE,
}


def section_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, an item of the comment section read as a whole: a comment (delimited by heads,
    signatures or UI lines; author and time may be missing), a pingback, or section chrome; the tail
    begins.

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
def page_top_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, any line above the headline the zone stage chose: page chrome.

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
