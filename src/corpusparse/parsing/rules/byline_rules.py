"""Rules for bylines and time lines: one line, or a name and a date on two lines."""

from __future__ import annotations

from typing import NamedTuple

from corpusparse.model import Byline, PublicationTime, Span
from corpusparse.parsing.dates import TimeReading, has_time_label, read_lone_label
from corpusparse.parsing.patterns import TIME_LABEL_INITIALS
from corpusparse.parsing.readers import (
    HeadLine,
    is_byline_label,
    read_bare_byline,
    read_byline_pair,
    read_loose_byline,
    read_name_over_bio,
    read_name_pair,
    read_names_by_date,
)
from corpusparse.parsing.readers.byline_pairs import read_more_names
from corpusparse.parsing.readers.date_shapes import read_labelled_pair
from corpusparse.parsing.rules.byline_blocks import _may_be_one_word_name
from corpusparse.parsing.rules.declarations import at_most, only_in, opening_with
from corpusparse.parsing.rules.head_rules import _is_known_caption
from corpusparse.parsing.rules.state import (
    _BODY,
    _HEAD,
    _MAX_PAGE_BYLINE,
    _PRE,
    _TAIL,
    Block,
    Cursor,
    Element,
    ParseState,
    Role,
    Stamp,
    Zone,
    _in_page_head,
)
from corpusparse.parsing.zones import PagePlan

__all__ = []


@only_in(Zone.PRE, Zone.HEAD)
@at_most(300)
def byline_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A byline, a publication or update time, or both on one line, or in the head a line of
    names over a date line; before the headline only a time (on a page, a time or byline right above
    the headline, and nothing further up).

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


@only_in(Zone.BODY)
@at_most(300)
@opening_with(TIME_LABEL_INITIALS)
def labelled_time_rule(cursor: Cursor, state: ParseState) -> Block | None:
    """A labelled publication or update time (``Updated: ...``) the article has not had yet."""
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
        return (
            _label_over_time_block(cursor, state)
            or _labelled_pair_block(cursor, state)
            or _byline_pair_block(cursor, state)
        )
    read = _as_labelled(cursor, read)
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


def _label_over_time_block(cursor: Cursor, state: ParseState) -> Block | None:
    """A time label printed alone (``Updated:``, ``Posted on``) over the time it labels,
    on the next line: one time block of the two lines, an update label's time the
    update time."""
    label = read_lone_label(cursor.text)
    following = cursor.text_at(1)
    if label is None or not following:
        return None
    read = cursor.head_line(following)
    if read is None or read.authors is not None or (read.published or read.updated) is None:
        return None
    updated = label or read.published is None
    time = read.updated if read.published is None else read.published
    if time is None or (state.has_updated if updated else state.has_published):
        return None
    if updated:
        state.has_updated = True
    else:
        state.has_published = True
    span = cursor.span(2)  # the time stands on both lines, as a labelled one on one
    return Block(Role.TIME, span, (Stamp(updated, PublicationTime(time[0], time[1], span=span)),))


def _labelled_pair_block(cursor: Cursor, state: ParseState) -> Block | None:
    """A publication time, then an update time, with words after a by-word that no byline
    reader took for names (`read_labelled_pair`): both times; the names only when they
    read as a person's (``vom Redaktionsteam`` gives none)."""
    pair = read_labelled_pair(cursor.text) if ", " in cursor.text else None
    if pair is None or (state.has_published and state.has_updated):
        return None
    names = read_bare_byline(pair[2]) if pair[2] and _may_take_byline(cursor, state) else None
    published = None if state.has_published else pair[0]
    updated = None if state.has_updated else pair[1]
    read = HeadLine(None if state.has_byline else names, published, updated)
    return _head_line_block(cursor, state, read)


def _as_labelled(cursor: Cursor, read: HeadLine) -> HeadLine:
    """``read``, its one time the update time when the line above is an update label
    printed alone (``Updated:`` over this line): never the publication time."""
    if read.updated is not None or read.published is None:
        return read
    above = cursor.previous_nonblank()
    if above is None or read_lone_label(above) is not True:
        return read
    return read._replace(published=None, updated=read.published)


def _head_line_block(cursor: Cursor, state: ParseState, read: HeadLine) -> Block:
    """The block of a byline or time line: its byline and times, noted on the state."""
    elements: list[Element] = []
    span = cursor.span()
    if read.authors is not None:
        _note_byline(state, cursor.pos)
        authors, text, last = _more_names(cursor, read.authors, cursor.text, 0, listed=False)
        if last:
            span = cursor.span(last + 1)
        elements.append(Byline(authors=authors, text=text, span=span))
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
    plan = state.plan
    if plan is None or (state.zone is not _HEAD and not anywhere) or state.has_byline:
        return None  # off a page, a name over a time is a comment head
    if len(cursor.text) > (_MAX_PAGE_BYLINE if time_first else _MAX_PAIR_NAMES):
        return None
    offset = 1
    while (following := cursor.text_at(offset)) == "":
        offset += 1
    if following is None:
        return None
    near = _near_headline(cursor, state)
    read = _read_pair(
        cursor, state, following, plan, near=near, anywhere=anywhere, time_first=time_first
    )
    if read is None or not read.authors:
        return None
    pair = _Pair(read.authors, following, offset, time_first)
    if read.published is None or state.has_published:
        return _names_pair_block(cursor, state, pair, read, near=near)
    return _dated_pair_block(cursor, state, pair, read.published)


def _read_pair(
    cursor: Cursor,
    state: ParseState,
    following: str,
    plan: PagePlan,
    *,
    near: bool,
    anywhere: bool,
    time_first: bool,
) -> HeadLine | None:
    """What the line and the ``following`` one hold for `_byline_pair_block`: names and a
    date (`_names_over_date`, or `_date_over_names` with ``time_first``), else names
    over a role or a biography (`_names_over_role`); a name over an update time only
    ``near`` the headline."""
    if time_first:
        read = _date_over_names(cursor, state, following, near=near)
    else:
        read = _names_over_date(cursor, state, following, near=near)
    if read is None or not read.authors:
        names = None if time_first else _names_over_role(cursor, state, following, plan, anywhere)
        return None if names is None else HeadLine(names, None, None)
    if read.published is None and read.updated is not None and not near:
        return None  # a name over an update time is a byline only near the headline
    return read


def _date_over_names(
    cursor: Cursor, state: ParseState, following: str, *, near: bool
) -> HeadLine | None:
    """The date line over the names (`read_byline_pair`); above the headline, one name
    only (a date over sections: ``Garden, Tools``)."""
    read = read_byline_pair(following, cursor.text, head_date=near)
    if read is not None and state.zone is _PRE and len(read.authors or ()) > 1:
        return None  # sections under a date above the headline: "Garden, Tools"
    return read


def _names_over_date(
    cursor: Cursor, state: ParseState, following: str, *, near: bool
) -> HeadLine | None:
    """A line of names over a date line (`read_byline_pair`), or a label over the names;
    right under the headline also one word (`_may_be_one_word_name`)."""
    read = read_byline_pair(cursor.text, following, head_date=near)
    if read is None and _may_be_one_word_name(cursor, state):
        # Right under the headline a one-word name over a date is the byline
        # ("Ann" over "March 3, 2024").
        read = read_byline_pair(cursor.text, following, min_words=1, head_date=near)
    return read


def _names_over_role(
    cursor: Cursor, state: ParseState, following: str, plan: PagePlan, anywhere: bool
) -> tuple[str, ...] | None:
    """In the page's head or under the headline, a name over its role (`read_name_pair`);
    ``anywhere``, in the second half of the main text or after it, a name over the
    author's biography (`read_name_over_bio`), an author box late on the page."""
    names = None
    if _in_page_head(cursor, state) or _under_headline(cursor, state):
        names = read_name_pair(cursor.text, following)
    if names is None and anywhere and cursor.pos * 2 > plan.body_start + plan.body_end:
        names = read_name_over_bio(cursor.text, following)  # an author box, late on the page
    return names


class _Pair(NamedTuple):
    """The names of a pair of lines (`_byline_pair_block`) and where its second line is."""

    authors: tuple[str, ...]
    following: str
    """The second line."""
    offset: int
    """How many lines under the first the second stands."""
    time_first: bool
    """Whether the date line stands over the names."""


def _names_pair_block(
    cursor: Cursor, state: ParseState, pair: _Pair, read: HeadLine, *, near: bool
) -> Block | None:
    """The names only, on both lines: a label over the names (``By`` over ``Ann Lee``), a
    name over its role, or (``near`` the headline) a name over a date once the article
    has its date, with an update time the article has not had."""
    if (read.published is not None or read.updated is not None) and not near:
        return None
    _note_byline(state, cursor.pos)
    text = f"{cursor.text}\n{pair.following}"
    listed = not pair.time_first and is_byline_label(cursor.text)
    authors, text, last = _more_names(cursor, pair.authors, text, pair.offset, listed=listed)
    span = cursor.span(max(last, pair.offset) + 1)
    elements: list[Element] = [Byline(authors=authors, text=text, span=span)]
    if read.published is None and read.updated is not None and not state.has_updated:
        far = cursor.pos if pair.time_first else cursor.pos + pair.offset
        number = cursor.lines[far].number
        time = PublicationTime(read.updated[0], read.updated[1], span=Span(number, number))
        elements.append(Stamp(True, time))
        state.has_updated = True
    return Block(Role.BYLINE, span, tuple(elements))


def _more_names(
    cursor: Cursor, authors: tuple[str, ...], text: str, offset: int, *, listed: bool
) -> tuple[tuple[str, ...], str, int]:
    """The byline's names and text with the further names printed on the lines under its
    last line (at ``offset``): ``and`` over a name, ``& Bo Chan``, and (``listed``: under
    a label, a bulleted name) more bulleted names (`read_more_names`); and the offset of
    the last line taken (0 when none)."""
    ahead = [
        (step, line)
        for step in range(offset + 1, offset + 1 + _MORE_NAMES_REACH)
        if (line := cursor.text_at(step))
    ]
    if not ahead:
        return authors, text, 0
    bulleted = listed and (cursor.text_at(offset) or "").startswith(("•", "·"))
    more, taken = read_more_names([line for _, line in ahead], bulleted=bulleted)
    if not more or any(name in authors for name in more):
        return authors, text, 0
    lines = [line for _, line in ahead[:taken]]
    return (*authors, *more), "\n".join([text, *lines]), ahead[taken - 1][0]


_MORE_NAMES_REACH = 24
"""How many lines under a byline `_more_names` reads for further names."""


def _dated_pair_block(
    cursor: Cursor, state: ParseState, pair: _Pair, published: TimeReading
) -> Block:
    """The names on one line and the publication time on the other."""
    _note_byline(state, cursor.pos)
    state.has_published = True
    number = cursor.lines[cursor.pos + pair.offset].number
    far_span = Span(number, number)
    name_span, date_span = (
        (far_span, cursor.span()) if pair.time_first else (cursor.span(), far_span)
    )
    text = pair.following if pair.time_first else cursor.text
    byline = Byline(authors=pair.authors, text=text, span=name_span)
    stamp = Stamp(False, PublicationTime(published[0], published[1], span=date_span))
    return Block(Role.BYLINE, cursor.span(pair.offset + 1), (byline, stamp))


_MAX_PAIR_NAMES = 120
"""The longest line of names `_byline_pair_block` reads."""


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
