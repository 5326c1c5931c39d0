"""Rules for the body and tail: pingbacks, comments, trailers, datelines, the dek, the fallback."""

from __future__ import annotations

from corpusparse.model import (
    NOWHERE,
    Boilerplate,
    BoilerplateKind,
    Comment,
    Dek,
    Paragraph,
    Trailer,
)
from corpusparse.parsing.patterns import TRAILER_INITIALS
from corpusparse.parsing.readers import (
    is_widget,
    read_comment_head,
    read_dateline,
    read_pingback,
    read_reply_to,
    read_trailer,
    resolve_mention,
)
from corpusparse.parsing.rules.declarations import at_most, ending, only_in, opening_with
from corpusparse.parsing.rules.state import (
    _BODY,
    _BODY_TEXT,
    _BOILERPLATE,
    _HEAD,
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


def _pingback_ahead(cursor: Cursor, offset: int, state: ParseState) -> bool:
    """Whether the line ``offset`` lines ahead opens with ``Pingback:``.

    The opening is enough, and cheaper than reading the line: a line that
    opens so ends a comment's text even when its pattern runs away on it.
    """
    text = cursor.text_at(offset)
    return text is not None and text.startswith("Pingback:")


@ending("comment_rule", "related_block_rule", probe=_pingback_ahead)
@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
@opening_with("P")
def pingback_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A ``Pingback:`` line; the tail begins."""
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
    """Whether a comment head opens on the line ``offset`` lines ahead."""
    text = cursor.text_at(offset)
    if not text:
        return False
    following = cursor.text_at(offset + 1)
    return read_comment_head(text, following, date_only=state.zone is _TAIL) is not None


@ending("comment_rule", "related_block_rule", probe=_head_at)
@only_in(Zone.HEAD, Zone.BODY, Zone.TAIL)
@at_most(200)
def comment_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A comment head (author and time, ``A says:``, ``A • 3 years ago``), an optional ``In
    reply to`` line and the text under it; the tail begins.

    The text runs to the next blank line, or to a line a rule that ends
    comments would claim (a comment head, a pingback, a residue line such as
    ``Reply``); later paragraphs join by `continuation_rule`.
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
        if not text or state.run_ends("comment_rule", cursor, count):
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


@only_in(Zone.HEAD, Zone.BODY)
@at_most(520)
@opening_with(TRAILER_INITIALS)
def trailer_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A wire trailer ``(Reporting by ...; Editing by ...)``."""
    if state.zone is _PRE or state.zone is _TAIL or state.has_trailer:
        return None
    text = cursor.text
    if text[:1] not in TRAILER_INITIALS:
        return None
    names = read_trailer(text)
    if names is None:
        return None
    state.has_trailer = True
    return _single(Role.TRAILER, cursor, Trailer(text=text, names=names, span=cursor.span()))


@only_in(Zone.HEAD)
def dateline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A dateline opening (``PLACE (Agency) — ``, ``NEW DELHI: ``) and the paragraph it opens;
    the body begins."""
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
    """The line right before the byline, a time line or the dateline: the dek."""
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
    """A further line of the comment above."""
    if state.zone is not _TAIL or state.last_role not in (
        Role.COMMENT,
        Role.COMMENT_CONTINUATION,
    ):
        return None
    return _single(Role.COMMENT_CONTINUATION, cursor, Paragraph(cursor.text, span=cursor.span()))


def fallback_rule(cursor: Cursor, state: ParseState) -> Block:
    """A body paragraph, or in the tail an unplaced line."""
    if state.zone is _TAIL:
        element = Boilerplate(cursor.text, kind=BoilerplateKind.UNPLACED, span=cursor.span())
        return _single(_BOILERPLATE, cursor, element)
    state.zone = _BODY
    span = cursor.span()
    return Block(_BODY_TEXT, span, (Paragraph(cursor.text, span=span),))
