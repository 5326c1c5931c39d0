"""Rules for page residue: related lists, widgets, residue lines, a page's top and chrome."""

from __future__ import annotations

from corpusparse.model import Boilerplate, BoilerplateKind, Related, Span
from corpusparse.parsing.patterns import READING_TIME_INITIALS
from corpusparse.parsing.readers import (
    MAX_READING_TIME,
    is_reading_time,
    is_related_block_header,
    is_widget,
    read_related,
)
from corpusparse.parsing.rules.declarations import at_most, ending, only_in, opening_with, placed
from corpusparse.parsing.rules.head_rules import headline_rule
from corpusparse.parsing.rules.sections import _tops_main_text
from corpusparse.parsing.rules.state import (
    _BODY,
    _BOILERPLATE,
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


@only_in(Zone.PRE)
@opening_with("-")
def related_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``- `` bullet: a related headline."""
    if state.zone is not _PRE:
        return None
    text = read_related(cursor.text)
    if text is None:
        return None
    return _single(Role.RELATED, cursor, Related(text=text, span=cursor.span()))


@at_most(4)
def widget_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A widget token such as ``TT`` or ``20``."""
    text = cursor.text
    if not is_widget(text):
        return None
    element = Boilerplate(text=text, kind=BoilerplateKind.WIDGET, span=cursor.span())
    return _single(_BOILERPLATE, cursor, element)


@placed(after="widget_rule")
@only_in(Zone.PRE, Zone.HEAD, Zone.BODY)
@at_most(MAX_READING_TIME)
@opening_with(READING_TIME_INITIALS)
def reading_time_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A reading time alone on a line (``5 min read``, ``Lesezeit: 4 Minuten``): page residue."""
    if not is_reading_time(cursor.text):
        return None
    element = Boilerplate(cursor.text, kind=BoilerplateKind.PAGE, span=cursor.span())
    return _single(_BOILERPLATE, cursor, element)


def _tail_residue_ahead(cursor: Cursor, offset: int, state: ParseState) -> bool:
    """Whether the line ``offset`` lines ahead is residue of a comment tail (``Reply``)."""
    text = cursor.text_at(offset)
    if not text:
        return False
    return cursor.residue(text, tail=True) is not None


@ending("comment_rule", "related_block_rule", probe=_tail_residue_ahead)
@at_most(500)
def residue_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A known residue line (share buttons, ``Advertisement``, ``Tags: ...``, newsletter
    prompts, cookie notices, comment UI such as ``Reply`` or ``12 Comments``, separators); comment
    UI after the body begins the tail.

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


def _under_the_head(cursor: Cursor, state: ParseState) -> bool:
    """On a page, whether the line stands at the top of a main text that goes on well after it.

    A ``Comments`` link or a comment count in the share bar under the
    headline is no comment section: the body goes on after it.
    """
    plan = state.plan
    return plan is not None and _tops_main_text(cursor.pos, plan)


_MAX_RELATED_ITEMS = 30


def _related_item(text: str) -> bool:
    """Whether ``text`` is shaped like an item of a related list: short, not a sentence."""
    return len(text) <= 200 and not (text.endswith(".") and len(text.split()) > 12)


@at_most(60)
def related_block_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``Related Articles`` or ``Trending`` header; after the body, with the list under it, as
    residue.

    Before the body the header alone is residue; after it, the header and the
    headline-like lines that follow (single blank lines allowed between them)
    are one related-list residue block, up to a line a rule that ends related
    lists would claim (a comment head, a pingback, comment UI).
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
        if not _related_item(text) or state.run_ends("related_block_rule", cursor, offset):
            break
        number = cursor.lines[cursor.pos + offset].number
        elements.append(Boilerplate(text, kind=BoilerplateKind.RELATED, span=Span(number, number)))
        last = offset
        offset += 1
    return Block(role=_BOILERPLATE, span=cursor.span(last + 1), elements=tuple(elements))


@only_in(Zone.PRE)
def page_headline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, the line the zone stage chose as the headline (before the byline rules, since
    a short title over its date also reads as a name over a date).

    It is tried before the byline rules: a short title over its date reads
    as a name over a date too.
    """
    plan = state.plan
    if plan is None or state.zone is not _PRE or cursor.pos != plan.headline:
        return None
    return headline_rule(cursor, state)
