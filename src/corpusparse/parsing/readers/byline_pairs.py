"""A byline on two lines: names over a date, a role or a bio, and a time line's test."""

from __future__ import annotations

import functools

from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.readers.byline_parts import HeadLine, read_byline_line
from corpusparse.parsing.readers.common import (
    _BLANKS,
    _LINE_READINGS,
    _plain_name,
    _run_together,
    _word_count,
)
from corpusparse.parsing.readers.head_dates import (
    _PAIR_DATE_WORDS,
    _only_clock_words,
    read_head_date,
)
from corpusparse.parsing.readers.labels import _BARE_LABELS
from corpusparse.parsing.readers.names import _TITLE_WORDS, _bare_names, read_names
from corpusparse.parsing.vocabulary import GROUP_TITLE_WORDS
from corpusparse.parsing.vocabulary.names import CREDIT_KICKERS

__all__ = ["is_time_line", "read_byline_pair", "read_more_names"]


def read_byline_pair(
    first: str, second: str, *, min_words: int = 2, head_date: bool = False
) -> HeadLine | None:
    """Read a byline printed over two lines: names, then the date; or a label, then names.

    ``first`` holds a name of ``min_words`` to 4 capitalised words (or several
    such names, ``Ann Lee and Bo Chan``), none of them a section, menu or
    function word (`NAME_STOP_WORDS`), and ``second`` a date (a relative time
    such as ``2 hours ago`` does not count); or ``first`` is a byline label
    alone (``By``, ``Written by``, ``Von:``) and ``second`` the names, possibly
    with a time. Leading and trailing bullets and pipes are ignored. A bare name
    with anything but a date after it is no byline.

    ``min_words`` is 2 by default: a one-word name (``Paddy``) cannot be told
    from a section word (``Politik``) over a date; pass 1 to take it. With
    ``head_date`` (the lines stand in a page's head), the date may stand among a
    few other words (`read_head_date`: ``January 10, 2020 9:00AM (UTC)``).

    Examples:
        >>> read_byline_pair("Ann Lee", "March 3, 2024").authors
        ('Ann Lee',)
        >>> read_byline_pair("Ann Lee", "Staff Writer") is None
        True
    """
    first = first.strip(_BLANKS + "•·|")
    second = second.strip(_BLANKS + "•·|/").removesuffix(",").rstrip(_BLANKS)
    if not first or not second or len(first) > 80 or len(second) > 300:
        return None
    return _read_byline_pair(first, second, min_words, head_date)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_byline_pair(first: str, second: str, min_words: int, head_date: bool) -> HeadLine | None:
    """`read_byline_pair` of stripped lines of allowed lengths, remembered."""
    label = first.rstrip(_BLANKS + ":")
    if label.lower() in _BARE_LABELS:
        read = read_byline_line(f"{label} {second}")
        if read is None or not read.authors or not all(map(_plain_name, read.authors)):
            return None
        if len(read.authors) == 1 and len(read.authors[0]) <= 3 and read.authors[0].isupper():
            return None  # an avatar's initials over the name ("Author" over "AL")
        return read
    ended = _label_ending(first, second)
    if ended is not None:
        return ended
    if not has_digit(second):
        return None  # a date (no relative time) prints a digit: `read_printed_time`
    names = _bare_names(first, min_words=min_words)
    if names is None or _run_together(first):
        return None
    if any(map(_holds_role_word, names)):
        # "Ann Lee Founder & Lead Reviewer": the names without the roles printed after them
        names = read_names(first)
        if names is None or any(map(_holds_role_word, names)):
            return None
    read = read_byline_line(second)
    if read is None and head_date and _word_count(second) <= _PAIR_DATE_WORDS:
        dated = read_head_date(second)  # "January 10, 2020 9:00AM (UTC)"
        if dated is not None and _only_clock_words(second.replace(dated[1][0], " ")):
            read = HeadLine(None, None, dated[1]) if dated[0] else HeadLine(None, dated[1], None)
    if read is None or read.authors is not None:
        return None
    time = read.published or read.updated
    if time is None or time[1] is None:
        return None
    return HeadLine(names, read.published, read.updated)


def _label_ending(first: str, second: str) -> HeadLine | None:
    """A line that ends with a byline label over the names: a kicker or a date, then
    ``von`` or ``by`` (``Essay Von`` over ``Ann Lee``, ``10.12.2022 18:27 von`` over
    ``Ann Lee``); the names, and the date printed before the label."""
    head, _, label = first.rpartition(" ")
    if not head or label.casefold() not in _END_LABELS:
        return None
    read = read_byline_line(f"{label} {second}")
    if read is None or not read.authors or not all(map(_plain_name, read.authors)):
        return None
    if has_digit(head):
        dated = read_byline_line(head.rstrip(_BLANKS + ",|"))
        if dated is None or dated.authors is not None:
            return None  # only a date may stand before the label
        return HeadLine(read.authors, dated.published, dated.updated)
    if len(head.split()) > 1 or not head[:1].isupper() or head.casefold() in CREDIT_KICKERS:
        return None  # one word only: a kicker ("Essay"), not a credit ("Photos by")
    return read


_END_LABELS = frozenset(("by", "von", "par", "por"))
"""The byline labels `_label_ending` reads at the end of a line."""


def _holds_role_word(name: str) -> bool:
    """Whether a name read without ``By`` holds a word naming a person's role after its
    first word (``Ann Lee Founder``): a title or role word, not a group's."""
    return any(
        (folded := word.casefold().strip(".,")) in _TITLE_WORDS and folded not in GROUP_TITLE_WORDS
        for word in name.split()[1:]
    )


def is_time_line(text: str) -> bool:
    """Whether a line prints a publication or update time and no byline.

    Examples:
        >>> is_time_line("26 October 2012 at 11:32 am"), is_time_line("By Ann Lee")
        (True, False)
    """
    try:
        read = read_byline_line(text)
    except TimeoutError:
        return False
    return read is not None and read.authors is None


_JOIN_WORDS = frozenset(("and", "&", "und", "y", "et"))
"""The words that join a further name to a byline on the next line (``and``, ``&``)."""

_LIST_MARKS = ("•", "·")
"""The bullets of a list of names under a byline label."""


def read_more_names(lines: list[str], *, bulleted: bool) -> tuple[tuple[str, ...], int]:
    """The further names that continue a byline on the lines under it, and how many lines
    they take: a joining word alone over a name (``and`` over
    ``Bo Chan``), a line opening with one (``& Bo Chan, Staff Attorney``), or, under a
    ``bulleted`` first name, more bulleted names (``• Bo Chan``).

    Examples:
        >>> read_more_names(["and", "Bo Chan", "Politics"], bulleted=False)
        (('Bo Chan',), 2)
        >>> read_more_names(["• Bo Chan", "• Cy Dorn", "Download"], bulleted=True)
        (('Bo Chan', 'Cy Dorn'), 2)
        >>> read_more_names(["and then the rain came"], bulleted=False)
        ((), 0)
    """
    names: list[str] = []
    taken = 0
    at = 0
    while at < len(lines) and len(names) < _MAX_MORE_NAMES:
        text = lines[at].strip(_BLANKS)
        step = 1
        if bulleted and text.startswith(_LIST_MARKS):
            found = _bare_names(text.lstrip("".join(_LIST_MARKS) + _BLANKS))
        elif text.casefold() in _JOIN_WORDS and at + 1 < len(lines):
            found = _bare_names(lines[at + 1].strip(_BLANKS))
            step = 2
        elif text.split(None, 1)[0].casefold() in _JOIN_WORDS if text else False:
            found = read_names(text.split(None, 1)[1]) if " " in text else None
        else:
            found = None
        if found is None or len(found) != 1 or not _plain_name(found[0]):
            break
        names.extend(found)
        at += step
        taken = at
    return tuple(names), taken


_MAX_MORE_NAMES = 12
"""The most further names `read_more_names` reads under a byline."""
