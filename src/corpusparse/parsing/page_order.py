"""The order a page prints numeric dates in, day or month first, from its own dates and words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from corpusparse.parsing.patterns import (
    AMBIGUOUS_NUMERIC_DATE,
    DAY_FIRST_SLASH_DATE,
    FULL_DATE,
    MONTH_FIRST_SLASH_DATE,
    time_limit,
)
from corpusparse.parsing.vocabulary import DAY_FIRST_WORDS, ENGLISH_ONLY_WORDS

__all__ = ["in_page_order", "page_day_first"]


def page_day_first(page: str) -> bool:
    """Whether a page prints its numeric dates day first (``03/05/2024`` is 3 May).

    Read from the page's own printings, strongest first: numeric dates with
    slashes that can be read one way only (``19/10/2024`` day first,
    ``10/19/2024`` month first); then full dates with an English month name
    (``3 March 2024`` against ``March 3, 2024``); then its language, by common
    function words (English against German, Spanish, French and Portuguese).
    No evidence, or as much either way, reads month first.

    Examples:
        >>> page_day_first("Posted 03/05/2024. Comment of 19/05/2024")
        True
        >>> page_day_first("The vote of 03/05/2024 and the one of 4 March 2024")
        True
        >>> page_day_first("The vote of 03/05/2024, then March 4, 2024 and the rest")
        False
    """
    limit = time_limit(page)
    day = sum(1 for _ in DAY_FIRST_SLASH_DATE.finditer(page, timeout=limit))
    month = sum(1 for _ in MONTH_FIRST_SLASH_DATE.finditer(page, timeout=limit))
    if day != month:
        return day > month
    day = month = 0
    for match in FULL_DATE.finditer(page, timeout=limit):
        first = match.group()[:1]
        if not first.isdigit():
            month += 1
        elif match.group()[4:5] != "-":  # not an ISO date
            day += 1
    if day != month:
        return day > month
    words = page.casefold().split()
    english = sum(map(ENGLISH_ONLY_WORDS.__contains__, words))
    other = sum(map(DAY_FIRST_WORDS.__contains__, words))
    return other > english


def in_page_order(
    printed: str, value: dt.datetime | dt.date, page: Sequence[str]
) -> dt.datetime | dt.date:
    """``value``, read from ``printed``, with its day and month swapped when ``printed``
    is a numeric date that reads either way (``03/05/2024``), was read month first,
    and the page (its lines) prints its dates day first (`page_day_first`).

    Examples:
        >>> in_page_order("03/05/2024 20:36", dt.date(2024, 3, 5), ["Publicado 19/04/2024"])
        datetime.date(2024, 5, 3)
        >>> in_page_order("03/05/2024", dt.date(2024, 3, 5), ["The vote of 10/19/2024"])
        datetime.date(2024, 3, 5)
    """
    if "/" not in printed and "-" not in printed:
        return value
    matches = list(AMBIGUOUS_NUMERIC_DATE.finditer(printed, timeout=time_limit(printed)))
    if len(matches) != 1:
        return value
    first, second = int(matches[0]["first"]), int(matches[0]["second"])
    if first == second or (value.month, value.day) != (first, second):
        return value
    if not page_day_first("\n".join(page)):
        return value
    return value.replace(month=second, day=first)
