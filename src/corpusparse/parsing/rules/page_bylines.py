"""The byline of a page: names (and a time) near the headline, in the shapes real pages print."""

from __future__ import annotations

from collections.abc import Sequence

from corpusparse.model import Boilerplate, Byline, Span
from corpusparse.parsing.dates import TimeReading, may_hold_time
from corpusparse.parsing.readers import (
    HeadLine,
    read_bare_byline,
    read_comment_head,
    read_dated_names,
    read_fallback_date,
    read_head_date,
    read_loose_byline,
    read_name_over_bio,
    read_names_by_date,
    read_names_in_time_line,
    read_user_byline,
)
from corpusparse.parsing.rules.byline_blocks import _byline_ahead
from corpusparse.parsing.rules.byline_rules import (
    _as_labelled,
    _byline_pair_block,
    _head_line_block,
    _note_byline,
)
from corpusparse.parsing.rules.declarations import at_most, only_in
from corpusparse.parsing.rules.state import (
    _BODY,
    _BOILERPLATE,
    _HEAD,
    _MAX_PAGE_BYLINE,
    _PAGE,
    _PRE,
    _TAIL,
    Block,
    Cursor,
    ParseState,
    Role,
    Zone,
    _in_page_head,
    _single,
)
from corpusparse.parsing.zones import PagePlan

__all__ = []


@only_in(Zone.PRE, Zone.HEAD, Zone.BODY)
@at_most(100)
def page_byline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """On a page, while the article has none: the first byline (with names), name line over a
    date line, or line that prints only a time, wherever it stands.

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
        return _planless_date_block(cursor, state)
    if state.zone is _TAIL:
        return None
    if state.has_byline:
        box = _author_box_again(cursor, state)
        if box is not None:
            return box
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
        return _unread_line_block(cursor, state)
    return _head_line_read_block(cursor, state, read)


def _author_box_again(cursor: Cursor, state: ParseState) -> Block | None:
    """Late on the page, after the byline, the author box of a name the page printed on a
    line of its own before (the byline): the name over the author's biography
    (`read_name_over_bio`), both lines page chrome rather than text."""
    plan = state.plan
    text = cursor.text
    if plan is None or not text or len(text) > _MAX_BOX_NAME:
        return None
    if cursor.pos * 2 <= plan.body_start + plan.body_end:
        return None  # in the first half of the main text
    offset = 1
    while (following := cursor.text_at(offset)) == "":
        offset += 1
    if following is None or not following.startswith(text.split(None, 1)[0] + " "):
        return None
    if read_name_over_bio(text, following) is None or text not in cursor.texts[: cursor.pos]:
        return None
    number = cursor.lines[cursor.pos + offset].number
    elements = (
        Boilerplate(text, kind=_PAGE, span=cursor.span()),
        Boilerplate(following, kind=_PAGE, span=Span(number, number)),
    )
    return Block(_BOILERPLATE, cursor.span(offset + 1), elements)


_MAX_BOX_NAME = 60
"""The longest name line `_author_box_again` reads."""


def _planless_date_block(cursor: Cursor, state: ParseState) -> Block | None:
    """On a short page without a plan, a date or byline line among the first lines of
    the body (`_NO_PLAN_REACH`), unless the line before ends a sentence's opening."""
    if (
        state.zone is not _BODY
        or state.has_byline
        or state.has_published
        or cursor.pos > _NO_PLAN_REACH
        or not may_hold_time(cursor.text)
        or (cursor.previous_nonblank() or ":").endswith((":", ","))
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


def _unread_line_block(cursor: Cursor, state: ParseState) -> Block | None:
    """A line no byline reader reads (`Cursor.head_line`), in this order: names under
    avatars of their initials (`_names_under_initials`), names over a date or a role
    (`_byline_pair_block`), names printed alone (`_names_alone`), a user
    byline in the page's head (`_user_byline`), and a date among a few words
    (`_head_date`) with the names after a by-word beside it (`read_names_in_time_line`);
    else a line over the head's date may be chrome."""
    block = _names_under_initials(cursor, state) or _byline_pair_block(cursor, state, anywhere=True)
    if block is not None:
        return block
    names = _names_alone(cursor, state)
    published = None
    if names is None:
        user = _user_byline(cursor, state)
        if user is not None:
            names = user[0]
            published = None if state.has_published else user[1]
    if (
        published is None
        and not state.has_published
        and (names is not None or _in_page_head(cursor, state))
    ):
        published = _head_date(cursor.text)
    if names is None and published is not None and not state.has_byline:
        names = read_names_in_time_line(cursor.text)  # "kicker | By Ann Lee | March 3"
    if names is None and published is None:
        return _comment_head_chrome(cursor, state)
    return _head_line_block(cursor, state, HeadLine(names, published, None))


def _initials(name: str) -> str:
    """The capitals of a name's words (``Ann Lee`` -> ``AL``): an avatar's letters."""
    return "".join(word[:1] for word in name.split() if word[:1].isupper())


def _names_under_initials(cursor: Cursor, state: ParseState) -> Block | None:
    """While the article has no byline, names each under an avatar of its initials (``AL``
    over ``Ann Lee``), a role line allowed under each name: the byline, every name of
    the run, the lines from the first name to the last."""
    if state.has_byline or len(cursor.text) > _MAX_BOX_NAME:
        return None
    above = cursor.previous_nonblank() or ""
    if not 2 <= len(above) <= 3 or not above.isupper():
        return None
    names = read_bare_byline(cursor.text)
    if names is None or len(names) != 1 or _initials(names[0]) != above:
        return None
    found, last, offset, skipped = list(names), 0, 1, 0
    while (text := cursor.text_at(offset)) is not None and offset < _INITIALS_REACH:
        following = cursor.text_at(offset + 1) or ""
        more = read_bare_byline(following) if 2 <= len(text) <= 3 and text.isupper() else None
        if more is not None and len(more) == 1 and _initials(more[0]) == text:
            found.append(more[0])
            last, offset, skipped = offset + 1, offset + 2, 0
        elif text and skipped:
            break
        else:
            skipped += bool(text)  # a role line under a name
            offset += 1
    _note_byline(state, cursor.pos)
    span = cursor.span(last + 1)
    text = "\n".join(line for line in cursor.texts[cursor.pos : cursor.pos + last + 1] if line)
    return Block(Role.BYLINE, span, (Byline(authors=tuple(found), text=text, span=span),))


_INITIALS_REACH = 12
"""How many lines under the first name `_names_under_initials` reads for more names."""


def _names_alone(cursor: Cursor, state: ParseState) -> tuple[str, ...] | None:
    """While the article has no byline, names after a byline label with other things
    after them (`read_loose_byline`), or names printed alone (`_names_under_headline`)."""
    if state.has_byline:
        return None
    names = read_loose_byline(cursor.text)
    if names is None:
        names = _names_under_headline(cursor, state)
    return names


def _names_under_headline(cursor: Cursor, state: ParseState) -> tuple[str, ...] | None:
    """Names alone right under the headline or right after the head's date line
    (`read_bare_byline`); not the first item of a list of names, nor when a byline is
    printed a few lines further down (`_byline_ahead`)."""
    if len(cursor.text) > 80:
        return None
    if (state.zone is not _HEAD or state.last_role not in _NAMES_FOLLOW) and not _under_dek(
        cursor, state
    ):
        return None
    names = read_bare_byline(cursor.text)
    if names is not None and (
        read_bare_byline(cursor.text_at(1) or "") is not None or _byline_ahead(cursor, 1)
    ):
        return None  # a list of names, or a byline printed further down
    return names


def _under_dek(cursor: Cursor, state: ParseState) -> bool:
    """Whether the line stands right under the one line printed under the headline (the dek,
    which the zone stage may count as main text), in the head or the body of a page: the
    headline, one line, then the names."""
    plan = state.plan
    if plan is None or state.zone is _TAIL or state.zone is _PRE or cursor.pos <= plan.headline:
        return False
    dek = _only_line_between(cursor.texts, plan.headline + 1, cursor.pos)
    if dek is None or len(dek) < _MIN_DEK or dek.startswith(_DEK_BULLETS):
        return False  # a date, a label or a list item under the headline: no dek
    if cursor.text.isupper():
        return False  # a heading in capitals ("MOST READ")
    following = cursor.next_nonblank() or ""
    # A subheading over a paragraph is no name over its role, a caption or a date.
    return len(following) <= _MAX_UNDER_NAME or not following.endswith((".", "!", "?", ":"))


def _only_line_between(texts: Sequence[str], start: int, stop: int) -> str | None:
    """The one non-blank line of ``texts[start:stop]``, ``None`` if there are none or
    several (it stops at the second: every line of a page asks)."""
    found = None
    for index in range(start, stop):
        text = texts[index]
        if text:
            if found is not None:
                return None
            found = text
    return found


_DEK_BULLETS = ("•", "·", "-", "*", "›", "»")
"""A line opening with one of these is an item of a list, not a dek (`_under_dek`)."""

_MIN_DEK = 30
"""The shortest line `_under_dek` takes for the dek between the headline and the names."""

_MAX_UNDER_NAME = 100
"""Under names right under the dek, a longer sentence is a paragraph under a subheading."""


def _user_byline(
    cursor: Cursor, state: ParseState
) -> tuple[tuple[str, ...], TimeReading | None] | None:
    """While the article has no byline, in the page's head: a user name after a label
    (`read_user_byline`), a date and names (`read_dated_names`), or names and a date
    (`read_names_by_date`)."""
    if state.has_byline or not _in_page_head(cursor, state):
        return None
    user = read_user_byline(cursor.text)  # "by annlee", "March 3, 2024 by annlee"
    if user is None:
        user = read_dated_names(cursor.text)  # "March 3, 2024 Ann Lee 0"
    if user is None:
        user = read_names_by_date(cursor.text)  # "annlee — March 3, 2024"
    return user


def _head_date(text: str) -> TimeReading | None:
    """The date printed among a few other words (`read_head_date`), if not an update."""
    dated = read_head_date(text)
    return dated[1] if dated is not None and not dated[0] else None


def _head_line_read_block(cursor: Cursor, state: ParseState, read: HeadLine) -> Block | None:
    """A byline or time line that `Cursor.head_line` reads: its names while the article has
    none (else, in the page's head, its date only), and its time while the article has
    none; a time line gives names beside its time (`_names_beside_time`), or names
    under it (`_byline_pair_block` with ``time_first``)."""
    read = _as_labelled(cursor, read)
    if read.authors is not None and (state.has_byline or not read.authors):
        if read.published is None or state.has_published or not _in_page_head(cursor, state):
            return None
        read = read._replace(authors=None)  # names read already: the head's date
    if read.authors is None and (read.published is None or state.has_published):
        return None
    published = None if state.has_published else read.published
    if read.authors is None and not state.has_byline:
        names = _names_beside_time(cursor, state)
        read = read if names is None else read._replace(authors=names)
    if read.authors is None and not state.has_byline and _in_page_head(cursor, state):
        # The date, then the names under it; above the headline too.
        block = _byline_pair_block(cursor, state, anywhere=True, time_first=True)
        if block is not None:
            return block
    return _head_line_block(cursor, state, read._replace(published=published, updated=None))


def _names_beside_time(cursor: Cursor, state: ParseState) -> tuple[str, ...] | None:
    """In the head (or the page's head), the names a time line prints beside its time:
    after a label (`read_loose_byline`) or by a date (`read_names_by_date`)."""
    if state.zone is not _HEAD and not _in_page_head(cursor, state):
        return None
    names = read_loose_byline(cursor.text)  # "By Ann Lee Updated onMarch 3, 2024"
    if names is None:
        beside = read_names_by_date(cursor.text)  # "March 3, 2024 | annlee | 3 comments"
        names = beside[0] if beside is not None else None
    return names


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
    """The non-blank lines after the headline to the main text's `_TEXT_HEAD_LINES`th."""
    head = [text for text in texts[plan.headline + 1 : plan.body_start] if text]
    main = (text for text in texts[plan.body_start : plan.body_end + 1] if text)
    head.extend(text for _, text in zip(range(_TEXT_HEAD_LINES), main, strict=False))
    return head
