"""Bylines in a blog's own shapes: a post's signature line after the text, a bulleted meta run."""

from __future__ import annotations

from corpusparse.model import Byline, PublicationTime, Span
from corpusparse.parsing.readers import read_fallback_date, read_meta_bullets, read_post_signature
from corpusparse.parsing.rules.byline_rules import _note_byline
from corpusparse.parsing.rules.declarations import at_most, only_in, opening_with, placed
from corpusparse.parsing.rules.state import (
    _BODY,
    _TAIL,
    Block,
    Cursor,
    Element,
    ParseState,
    Role,
    Stamp,
    Zone,
)

__all__ = []

_MAX_SIGNATURE = 300
"""The longest line `post_signature_rule` reads (the tags after the time run long)."""


@placed(before="residue_rule")
@only_in(Zone.BODY, Zone.TAIL)
@at_most(_MAX_SIGNATURE)
@opening_with("PE")
def post_signature_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """While the article has no byline and before its comments, a blog post's signature
    line after the text (`read_post_signature`): ``Posted by Ann Lee at 2:33 PM``, also
    on a page without a plan, and with tags after the time."""
    if state.zone is not _BODY and state.zone is not _TAIL:
        return None
    if state.has_byline or state.comment_authors:
        return None
    names = read_post_signature(cursor.text)
    if names is None:
        return None
    _note_byline(state, cursor.pos)
    span = cursor.span()
    return Block(Role.BYLINE, span, (Byline(authors=names, text=cursor.text, span=span),))


_MAX_META = 80
"""The longest name line `meta_bullets_rule` reads."""


@placed(before="residue_rule")
@only_in(Zone.PRE, Zone.HEAD, Zone.BODY)
@at_most(_MAX_META)
@opening_with("•·")
def meta_bullets_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """While the article has no byline, a post's meta run of bulleted lines
    (`read_meta_bullets`): ``• Ann Lee`` over ``• Jun 9`` over ``• 5 min read``; the
    names and the date line are the byline (the reading time is residue)."""
    if state.zone is _TAIL or state.has_byline or state.comment_authors:
        return None
    lines = [cursor.text_at(offset) or "" for offset in range(3)]
    names = read_meta_bullets(lines)
    if names is None:
        return None
    labelled = cursor.head_line(cursor.text[1:].strip())
    if labelled is not None and labelled.authors:
        return None  # a labelled byline ("• By Ann Lee"): the byline rules read it
    _note_byline(state, cursor.pos)
    elements: list[Element] = [Byline(authors=names, text=cursor.text, span=cursor.span())]
    date = lines[1][1:].strip()
    read = cursor.head_line(date)
    published = read.published if read is not None else read_fallback_date(date)
    if published is not None and not state.has_published:
        number = cursor.lines[cursor.pos + 1].number
        time = PublicationTime(published[0], published[1], span=Span(number, number))
        elements.append(Stamp(False, time))
        state.has_published = True
    return Block(Role.BYLINE, cursor.span(2), tuple(elements))
