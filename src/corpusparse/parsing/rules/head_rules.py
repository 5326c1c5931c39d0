"""Rules for an article's head: the headline, its repeats, captions and credits."""

from __future__ import annotations

from corpusparse.model import Boilerplate, BoilerplateKind, Caption, Headline
from corpusparse.parsing.readers import (
    comparison_key,
    is_caption_shaped,
    is_image_source,
    is_widget,
    read_caption,
    read_site_suffix,
)
from corpusparse.parsing.rules.declarations import at_most, only_in
from corpusparse.parsing.rules.state import (
    _BOILERPLATE,
    _CAPTION,
    _HEAD,
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

__all__ = []


@only_in(Zone.HEAD, Zone.BODY)
def page_chrome_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, a line that would be body but stands outside the main text: page chrome.

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
    """Any other line: the headline; the head begins.

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
    """The headline printed again."""
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
    """A line printed twice in a row in the head, a known caption printed again (also in the
    tail), a line with a credit line under it, or a line shaped like a caption.

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
    """A photo credit alone, next to no caption: residue."""
    if state.zone is _TAIL or cursor.credit_at(0) is None:
        return None
    element = Boilerplate(cursor.text, kind=BoilerplateKind.CREDIT, span=cursor.span())
    return _single(_BOILERPLATE, cursor, element)


def _is_known_caption(cursor: Cursor, state: ParseState) -> bool:
    """Whether the current line is another printing of a caption read before."""
    return (
        bool(state.caption_ends)
        and _ends(cursor.text) in state.caption_ends
        and cursor.key in state.caption_keys
    )
