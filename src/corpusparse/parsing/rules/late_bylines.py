"""Bylines printed late on a page: a blog post's signature line after the text."""

from __future__ import annotations

from corpusparse.model import Byline
from corpusparse.parsing.readers import read_post_signature
from corpusparse.parsing.rules.byline_rules import _note_byline
from corpusparse.parsing.rules.declarations import at_most, only_in, opening_with, placed
from corpusparse.parsing.rules.state import _BODY, _TAIL, Block, Cursor, ParseState, Role, Zone

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
