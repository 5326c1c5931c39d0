"""The dates of a page's head, and the first date an undated article prints."""

from __future__ import annotations

import datetime as dt
import functools

from corpusparse.parsing.dates import (
    TimeReading,
    has_digit,
    has_time_label,
    read_labelled_time,
    read_printed_time,
)
from corpusparse.parsing.patterns import (
    BYLINE_GLUE,
    HEAD_DASH_SEPARATOR,
    HEAD_PART_SEPARATOR,
    OPENING_WEEKDAY,
    TIME_EXPRESSION,
    TIME_EXPRESSION_SEARCH,
    time_limit,
)
from corpusparse.parsing.readers.common import _BLANKS, _LINE_READINGS, _is_sentence, _word_count
from corpusparse.parsing.readers.date_shapes import (
    _NAME_WORDS,
    _is_category_list,
    _whole_time,
    _without_trailing_words,
    as_printed,
    read_labelled_pair,
    read_opening_date,
    unglued_clock,
)
from corpusparse.parsing.vocabulary import (
    NOT_PUBLICATION_MARKS,
    POSTED_PHRASES,
    POSTED_VERBS,
    STOPWORDS,
)

__all__ = ["read_fallback_date", "read_head_date"]


def _only_clock_words(text: str) -> bool:
    """Whether every word of ``text`` prints a digit, is a zone in capitals or a short
    weekday (``9:00AM``, ``(UTC)``, ``Do``): no section name (``Allgemein``) stands
    beside a date."""
    for word in text.split():
        bare = word.strip("()[],.;:|/-–—•·")
        if bare and not has_digit(bare) and not bare.isupper() and len(bare) > 3:
            return False
    return True


_PAIR_DATE_WORDS = 3
"""At most this many words (the month's name counted) stand on a date line under a name
that `read_byline_pair` reads with `read_head_date`."""

_HEAD_DATE_WORDS = 6
"""At most this many words besides the date stand on a line `read_head_date` reads."""

_UPDATE_MARKS = ("updat", "actualiz", "aktualisier", "modifi", "geändert", "à jour", "stand")
"""One of these, case-folded, in the words right before a date marks it as an update."""


def read_head_date(text: str) -> tuple[bool, TimeReading] | None:
    """The first full date printed on a short line of the head, among a few other words.

    Head lines print a date beside a section name, a place, a source or a
    count (``12.03.2024 Press release``, ``Culture - 4 March 2024``, ``Tue 4
    March 2024 | 3 comments``) that `read_byline_line` cannot read as a whole.
    The date must give a day, a month and a year; at most six words stand
    beside it, and the line is no sentence nor a print date or copyright
    notice (`NOT_PUBLICATION_MARKS`). Returns whether the date is an
    update (an update label right before it), with the date as printed and its
    reading.

    Examples:
        >>> read_head_date("12.03.2024 Press release")
        (False, ('12.03.2024', datetime.date(2024, 3, 12)))
        >>> read_head_date("The vote of 4 March 2024 was close, said the mayor.") is None
        True
    """
    if len(text) > _MAX_HEAD_DATE_LINE or not has_digit(text):
        return None
    read = _read_head_date(unglued_clock(text))
    if read is None:
        return None
    if any(mark in text.casefold() for mark in NOT_PUBLICATION_MARKS):
        return None  # a print date ("Ausdruck vom ...") or a copyright notice
    return read[0], as_printed(read[1], text)


_MAX_HEAD_DATE_LINE = 100


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_head_date(text: str) -> tuple[bool, TimeReading] | None:
    """`read_head_date` of a short line with a digit, remembered: the first date among a
    few words, else the publication time of a labelled pair (`read_labelled_pair`)."""
    read = _first_head_date(text)
    if read is None and ", " in text:
        pair = read_labelled_pair(text)  # "Posted on DATE, updated on DATE by the desk"
        return (False, pair[0]) if pair is not None else None
    return read


def _first_head_date(text: str) -> tuple[bool, TimeReading] | None:
    """The first date of a short line with a digit, among a few words (`read_head_date`)."""
    if text.endswith((".", "?", "!")) and text.count(" ") >= 4 and not _whole_time(text):
        return None
    for match in TIME_EXPRESSION_SEARCH.finditer(text, timeout=time_limit(text)):
        printed = match.group().strip(_BLANKS + ",|/–—-")
        if len(printed) < 6 or not has_digit(printed):
            continue
        read = read_printed_time(printed)
        if read is None:
            first = next((i for i, char in enumerate(printed) if char.isdigit()), 0)
            read = read_printed_time(printed[first:]) if first else None
        if read is None:  # two dates run together: "6. May 20247. May 2024"
            glued = BYLINE_GLUE.split(printed, maxsplit=1)
            read = read_printed_time(glued[0]) if len(glued) > 1 else None
            if read is not None:
                read = _earlier(read, read_printed_time(glued[1]))
        elif read is not None:  # "2024-03-05 10:00 2024-03-04 09:00"
            tail = printed[len(read[0]) :] if printed.startswith(read[0]) else ""
            tail = tail.strip(_BLANKS + ",|/–—-")
            following = read_printed_time(tail) if tail else _date_right_after(text, match.end())
            read = _earlier(read, following)
        if read is None and HEAD_PART_SEPARATOR.search(printed):
            # a capitalised word read as a zone, before the date: "LLC | March 3, 2024"
            read = next(
                filter(None, map(read_printed_time, HEAD_PART_SEPARATOR.split(printed))), None
            )
        if read is None:  # a number of the words before the day: "week 2 20 March 2024"
            words = printed.split(None, 1)
            if len(words) == 2 and words[0].isdigit() and words[1][:1].isdigit():
                read = read_printed_time(words[1])
        dropped = 0
        if read is None:
            read, dropped = _without_trailing_date(printed)
        if read is None or read[1] is None:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if _too_many_words(before, after, dropped):
            return _date_among_parts(text)
        label = before.casefold()[-30:]
        return any(mark in label for mark in _UPDATE_MARKS), read
    return None


def _without_trailing_date(printed: str) -> tuple[TimeReading | None, int]:
    """`_without_trailing_words`, and of two dates printed together the earlier: the
    words dropped that are a second date count as none."""
    read, dropped = _without_trailing_words(printed)
    if read is not None and dropped > 1:  # the words dropped may be a second date
        second = read_printed_time(" ".join(printed.split()[-dropped:]))
        read = _earlier(read, second)
        if second is not None and second[1] is not None:
            dropped = 0  # a date, not words beside it
    return read, dropped


def _too_many_words(before: str, after: str, dropped: int) -> bool:
    """Whether more than `_HEAD_DATE_WORDS` words stand beside a date (``dropped`` of
    them dropped from its end), unless a name stands before it and a category list
    after it (`_is_category_list`)."""
    if _word_count(before) + _word_count(after) + dropped <= _HEAD_DATE_WORDS:
        return False
    return not (
        _word_count(before) + dropped <= _NAME_WORDS
        and not any(word.casefold() in STOPWORDS for word in before.split())
        and _is_category_list(after)
    )


def _earlier(read: TimeReading, other: TimeReading | None) -> TimeReading:
    """Of two dates printed together (a post's published and modified dates, in either
    order), the one of the earlier day: a post is modified after it was published."""
    if other is None or other[1] is None or read[1] is None:
        return read
    day = read[1].date() if isinstance(read[1], dt.datetime) else read[1]
    other_day = other[1].date() if isinstance(other[1], dt.datetime) else other[1]
    return other if other_day < day else read


def _date_right_after(text: str, end: int) -> TimeReading | None:
    """The full date printed right after ``end`` (at most a blank between), as
    `_read_head_date` reads a first date (two dates run together: the first)."""
    if not text[end : end + 2].strip(_BLANKS)[:1].isalnum():
        return None
    match = TIME_EXPRESSION.match(text, end, timeout=time_limit(text))
    if match is None or match.start() > end + 1:
        return None
    printed = match.group().strip(_BLANKS + ",|/–—-")
    read = read_printed_time(printed)
    if read is None:
        glued = BYLINE_GLUE.split(printed, maxsplit=1)
        read = read_printed_time(glued[0]) if len(glued) > 1 else None
    return read if read is not None and read[1] is not None else None


_MAX_META_PART = 60
"""The longest part of a post's meta line `_date_among_parts` reads beside its date."""


def _date_among_parts(text: str) -> tuple[bool, TimeReading] | None:
    """The date of a post's meta line: short parts between pipes, bullets or dashes, one
    of them a full date (``by Ann Lee | March 3, 2024 | Gardening, Tools | 0 comments``,
    ``Ann Lee – 04.03.2024 – Column, Travel``); no part is a sentence or long."""
    parts = [part.strip() for part in HEAD_PART_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2:
        parts = [part.strip() for part in HEAD_DASH_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 3 or any(len(part) > _MAX_META_PART or _is_sentence(part) for part in parts):
        return None
    for part in parts:
        time = read_labelled_time(part)
        if time is not None and time[1][1] is not None:
            return time
    return None


def read_fallback_date(text: str) -> TimeReading | None:
    """The publication date a line of an article prints when its head gave none.

    A short line is read as `read_head_date` reads it; a long one only for the
    date that opens it, up to the first separator in its first characters
    (``14.03.2024 – The council ...``, ``PLACE, 14 March 2024 – ...``,
    ``(14 March 2024) The council ...``, ``Published: March 14, 2024 · Modified
    ...``, ``Posted on DATE in Category, ...``), or a German post footer's
    ``Dieser Beitrag wurde am DATE ... veröffentlicht``. An update, a print
    date or a copyright notice is no publication date, nor an unlabelled date
    that opens a sentence (two function words after it).

    Examples:
        >>> read_fallback_date("14.03.2024 – " + "The council met again on Monday. " * 4)
        ('14.03.2024', datetime.date(2024, 3, 14))
        >>> read_fallback_date("Updated: March 14, 2024") is None
        True
    """
    if not has_digit(text):
        return None
    if not text.isascii() and any(space in text for space in _NARROW_SPACE_CHARS):
        text = text.translate(_NARROW_SPACES)
    if len(text) > _MAX_HEAD_DATE_LINE:
        opening = _opening_part(text)
        if opening is None:
            return _posted_phrase_date(text)
        text = opening
    if sum(map(str.isdigit, text)) < _FULL_DATE_DIGITS:
        return None  # no day and year: cheaper than reading the line
    read = read_head_date(text)
    if read is None or read[0] or read[1][1] is None:
        return _posted_phrase_date(text)  # a short footer sentence: "X wurde am DATE ..."
    at = text.find(read[1][0])
    after = text[at + len(read[1][0]) :].split() if at >= 0 else []
    if (
        not has_time_label(text)
        and sum(w.casefold() in STOPWORDS for w in after) > 1
        and read_labelled_pair(text) is None
    ):
        return None  # a sentence that opens with a date: "3 March 2024 was the day ..."
    return read[1]


_FULL_DATE_DIGITS = 3
"""The fewest digits a full date prints: a day (one) and a year (two, ``3.5.24``,
``March 3, 24``); a line with fewer holds no date `read_fallback_date` returns."""

_NARROW_SPACE_CHARS = "\u00a0\u2007\u2009\u202f"
_NARROW_SPACES = str.maketrans(dict.fromkeys(_NARROW_SPACE_CHARS, " "))
"""No-break, figure, thin and narrow no-break spaces, which `read_fallback_date` reads
as spaces (``13.\u20091.\u20092024``)."""

_OPENING_SEPARATORS = (" – ", " — ", " - ", " | ", " · ", " • ", "  ", " „", ' "', ") ")
"""What ends the opening part of a long line that `read_fallback_date` reads."""

_OPENING_REACH = 60
"""How far into a long line `read_fallback_date` looks for the end of its opening part."""


def _opening_part(text: str) -> str | None:
    """The part of a long line before the first `_OPENING_SEPARATORS` in its first
    `_OPENING_REACH` characters (an opening bracket dropped), or ``None``."""
    window = text[: _OPENING_REACH + 3]
    ends = [at for sep in _OPENING_SEPARATORS if 0 < (at := window.find(sep)) <= _OPENING_REACH]
    if ends:
        opening = text[: min(ends)].lstrip("(").strip()
    elif (
        text[:1].isdigit()
        or has_time_label(text)
        or (OPENING_WEEKDAY.match(text) is not None and read_opening_date(text) is not None)
    ):
        # No separator: a line that opens with its date (a number or a weekday first)
        # or a time label ("Posted on DATE in Category, ..."), up to the last word in reach.
        opening = text[:_OPENING_REACH].rsplit(None, 1)[0]
    else:
        return None
    return opening if has_digit(opening) else None


def _posted_phrase_date(text: str) -> TimeReading | None:
    """The date of a post's footer sentence: ``This entry wurde am DATE um ... von X
    veröffentlicht`` (`POSTED_PHRASES`, `POSTED_VERBS`)."""
    folded = text.casefold()
    for phrase in POSTED_PHRASES:
        at = folded.find(phrase)
        if at < 0:
            continue
        rest = text[at + len(phrase) : at + len(phrase) + _OPENING_REACH]
        if not any(verb in folded[at:] for verb in POSTED_VERBS):
            return None
        ends = [end for stop in _POSTED_STOPS if (end := rest.find(stop)) > 0]
        read = read_head_date(rest[: min(ends)] if ends else rest)
        return read[1] if read is not None and not read[0] and read[1][1] is not None else None
    return None


_POSTED_STOPS = (" um ", " von ", " in ", " unter ", " veröffentlicht", " gepostet")
"""What ends the date of a post's footer sentence (`_posted_phrase_date`)."""


def _find_head_date(text: str) -> tuple[int, int, TimeReading] | None:
    """Where the first full date of a line stands, and its reading (see `read_head_date`)."""
    for match in TIME_EXPRESSION_SEARCH.finditer(text, timeout=time_limit(text)):
        printed = match.group()
        start = match.start() + len(printed) - len(printed.lstrip(_BLANKS + ",|/–—-"))
        printed = printed.strip(_BLANKS + ",|/–—-")
        if len(printed) < 6 or not has_digit(printed):
            continue
        read = read_printed_time(printed)
        if read is None:  # two dates run together: "6. May 20247. May 2024"
            glued = BYLINE_GLUE.split(printed, maxsplit=1)
            read = read_printed_time(glued[0]) if len(glued) > 1 else None
        end = match.end()
        if read is None:  # a clock time in a part of its own: "04.03.2024 | 11:36"
            first = HEAD_PART_SEPARATOR.split(printed, maxsplit=1)[0]
            read = read_printed_time(first) if first != printed else None
            end = start + len(first)
        if read is None:  # a count after the date: "March 3, 2024 0 Comments"
            words = printed.rsplit(None, 1)
            if len(words) == 2 and words[1].isdigit() and len(words[1]) <= 3:
                read = read_printed_time(words[0].rstrip(_BLANKS + ",|/–—-"))
                end = match.start() + match.group().rindex(words[1])
        if start and text[start - 1].isalnum():
            continue  # a date run into a word: "annlee14.03.21"
        if read is not None and read[1] is not None:
            return start, end, read
    return None
