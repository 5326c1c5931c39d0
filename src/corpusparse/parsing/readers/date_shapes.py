"""Shapes of printed dates that the head-date readers share: a date run into its clock
time or a count, a date that opens a line, a list of categories after a date, a
printed time that ends with a dot, and a labelled publication and update time on one
line."""

from __future__ import annotations

from corpusparse.parsing.dates import (
    TimeReading,
    has_digit,
    read_labelled_time,
    read_printed_time,
)
from corpusparse.parsing.patterns import SHORT_YEAR_CLOCK_GLUE, TIME_EXPRESSION, time_limit
from corpusparse.parsing.readers.common import _BLANKS
from corpusparse.parsing.vocabulary import STOPWORDS

__all__ = ["as_printed", "read_labelled_pair", "read_opening_date", "unglued_clock"]

_OPENING_REACH = 60
"""How far into a line `read_opening_date` looks for a digit."""


def unglued_clock(text: str) -> str:
    """``text`` with a blank between a dotted date's two-digit year and the clock time
    run into it (`SHORT_YEAR_CLOCK_GLUE`): ``14.03.2109:15`` is 14.03.21, 09:15, not
    a day of 2109. The blank takes no character's place, so positions after it shift
    by one."""
    if ":" not in text or "." not in text:
        return text
    return SHORT_YEAR_CLOCK_GLUE.sub(r"\g<date> \g<clock>", text)


def as_printed(read: TimeReading, text: str) -> TimeReading:
    """``read`` of `unglued_clock` ``(text)``, its printed date as ``text`` prints it:
    without the blank that `unglued_clock` put in, so it stays a part of the line.

    Examples:
        >>> as_printed(("14.03.21 09:15", None), "annlee14.03.2109:15")
        ('14.03.2109:15', None)
    """
    printed = read[0]
    if printed in text:
        return read
    for index, character in enumerate(printed):
        glued = printed[:index] + printed[index + 1 :]
        if character == " " and glued in text:
            return glued, read[1]
    return read


def _whole_time(text: str) -> bool:
    """Whether ``text`` is one printed time whose last word ends with a dot, no sentence:
    a meridiem (``6 May 2024 - 2:00 a. m.``) or an hour word (``a las 07:46hrs.``)."""
    return read_printed_time(text.rstrip(".")) is not None


_NAME_WORDS = 3
"""At most this many words, none a function word, stand before a date followed by a
category list (`_is_category_list`): a name."""

_CATEGORY_WORDS = 3
"""At most this many words make one category of a list `_is_category_list` reads."""


def _is_category_list(text: str) -> bool:
    """Whether ``text`` is a post's list of categories or tags after its date: two or
    more short capitalised labels joined by commas (``Garden tools, Soil, Seed
    saving``), a count before them allowed; no sentence (no stop at the end, no
    function word)."""
    labels = text.strip(_BLANKS + ",|").split(", ")
    first = labels[0].split(None, 1)
    if len(first) == 2 and first[0].isdigit():
        labels[0] = first[1]  # a comment count before the categories: "12 Garden, Soil"
    return (
        len(labels) >= 2
        and not text.rstrip().endswith((".", "?", "!"))
        and all(
            0 < len(label.split()) <= _CATEGORY_WORDS
            and label[:1].isupper()
            and not any(word.casefold() in STOPWORDS for word in label.split())
            for label in labels
        )
    )


def _without_trailing_words(printed: str) -> tuple[TimeReading | None, int]:
    """A date the time pattern read with words after it that spoil the reading: a count
    (``June 3, 2024 39``), a file number (``28.10.2021, 058/21``), the same date again
    (``2. May 2024 2. May 2024``); or a day glued to its year (``Apr 042013``). The
    reading without the last words (at most `_TRAILING_WORDS`; the fewest words that
    still read the same, so no stray day number is kept), and how many went."""
    words = printed.split()
    if len(words) == 2 and len(words[1]) == 6 and words[1].isdigit() and words[0].isalpha():
        glued = read_printed_time(f"{words[0]} {words[1][:2]} {words[1][2:]}")
        if glued is not None and glued[1] is not None:
            return (printed, glued[1]), 0
    if len(words) >= 2 and _is_year_and_count(words[-1]):
        # a count run into the year after a month: "7. März 20240", "March 7, 202412"
        first = words[0].lstrip(_FILLER_LETTERS) if has_digit(words[0]) else words[0]
        glued = read_printed_time(" ".join((first, *words[1:-1], words[-1][:4])))
        if glued is not None and glued[1] is not None:
            return glued, 0
    found: tuple[TimeReading | None, int] = (None, 0)
    for dropped in range(1, min(_TRAILING_WORDS, len(words) - 1) + 1):
        shorter = " ".join(words[:-dropped]).rstrip(_BLANKS + ",|/–—-")
        read = read_printed_time(shorter)
        if read is not None and read[1] is not None:
            if found[0] is not None and found[0][1] != read[1]:
                break  # the shorter text reads otherwise: the longer one holds the time
            found = read, dropped
        elif found[0] is not None:
            break
    return found


_TRAILING_WORDS = 3
"""How many words `_without_trailing_words` drops from the end of a printed date at most."""

_FILLER_LETTERS = "h"
"""The letter a printed time may open with when a word that ends in it runs into the
day (the ``h`` of ``annesmith7. März``, which the time pattern reads as the ``h`` of
a clock such as ``10h32``)."""


def _is_year_and_count(word: str) -> bool:
    """Whether ``word`` is a year of 1900 - 2099 with a count of one to three digits run
    into it (``20240``: the year 2024 and 0 comments), after a month's name."""
    return 5 <= len(word) <= 7 and word.isdigit() and word[:2] in ("19", "20")


_OPENING_DATE_EDGE = _BLANKS + ",|/–—-:"
"""What `read_opening_date` strips from the ends of the date that opens a line."""


def read_opening_date(text: str) -> TimeReading | None:
    """The full date (day, month and year) that opens ``text``, words after it: a
    weekday or month name first (``Wednesday, March 6, 2024 12 Gardening, Tools ...``),
    or a number (``4. März 2024 Title of the post``). ``None`` when the line opens
    with anything else, or with a date that lacks its day or year.

    Examples:
        >>> read_opening_date("4. März 2024 The council meets again")
        ('4. März 2024', datetime.date(2024, 3, 4))
        >>> read_opening_date("2024 Olympics: the team is named") is None
        True
    """
    if not text[:1].isalnum() or not has_digit(text[:_OPENING_REACH]):
        return None
    match = TIME_EXPRESSION.match(text, timeout=time_limit(text))
    if match is None or (match.end() < len(text) and text[match.end() - 1] not in _BLANKS):
        return None  # the date runs into a word
    printed = match.group().strip(_OPENING_DATE_EDGE)
    read = read_printed_time(printed)
    if read is None:
        read = _without_trailing_words(printed)[0]
    return read if read is not None and read[1] is not None else None


_MAX_PAIR_LINE = 200
"""The longest line `read_labelled_pair` reads."""

_PAIR_COMMAS = 4
"""How many of a line's commas `read_labelled_pair` tries as the end of its first time."""

_BY_WORDS = frozenset(("by", "von", "vom", "por", "par"))
"""The words before the name after a line's update time (``... vom Redaktionsteam``)."""


def read_labelled_pair(text: str) -> tuple[TimeReading, TimeReading, str] | None:
    """A publication time and then, after a comma, a labelled update time, with a name
    after a by-word at the end (``Eingetragen am 3. Januar 2024, aktualisiert am 5.
    Januar 2024 von Ann Lee``): the two times and the words of the name (empty when
    the line prints none). The first time is no update; the second is one.

    Examples:
        >>> read_labelled_pair("Posted on May 3, 2024, updated May 5, 2024 by Ann Lee")[2]
        'Ann Lee'
        >>> read_labelled_pair("Posted on May 3, 2024, in Garden, Tools") is None
        True
    """
    if len(text) > _MAX_PAIR_LINE or ", " not in text or not has_digit(text):
        return None
    at = text.find(", ")
    for _ in range(_PAIR_COMMAS):
        if at < 0:
            return None
        second = text[at + 2 :].lstrip(_BLANKS)
        if second[:1].isalpha() and has_digit(second):
            first = read_labelled_time(text[:at].strip(_BLANKS))
            if first is not None and not first[0] and first[1][1] is not None:
                words = second.split()
                by = next((i for i, word in enumerate(words) if word.casefold() in _BY_WORDS), None)
                time = " ".join(words[:by])
                update = read_labelled_time(time) if has_digit(time) else None
                if update is not None and update[0] and update[1][1] is not None:
                    name = " ".join(words[by + 1 :]) if by is not None else ""
                    return first[1], update[1], name
        at = text.find(", ", at + 2)
    return None
