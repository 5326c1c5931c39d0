"""Helpers of the byline rules: whether a byline stands ahead, and whether a line right
under the headline may be a one-word name over the date."""

from __future__ import annotations

from corpusparse.parsing.readers import is_byline_label, read_byline_pair
from corpusparse.parsing.rules.state import _HEAD, Cursor, ParseState, Role

__all__ = []

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
