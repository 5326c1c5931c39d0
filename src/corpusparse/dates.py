"""Reading dates and times with python-dateutil."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as date_parser

from corpusparse.patterns import FULL_DATE, SIMPLE_DATETIME, time_limit

__all__ = ["find_full_date", "read_datetime"]

_DEFAULT = dt.datetime(2000, 1, 1)


_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _read_simple(text: str) -> dt.datetime | None:
    """The common shapes of `SIMPLE_DATETIME`, read without dateutil.

    Returns ``None`` whenever dateutil should decide: another shape, or values
    that are not plainly valid (day 31 of a short month, hour 13 with ``PM``,
    a year before 1000).
    """
    match = SIMPLE_DATETIME.fullmatch(text)
    if match is None:
        return None
    year, month = int(match["year"]), int(match["monthnum"] or _MONTHS[match["month"][:3].lower()])
    hour, ampm = int(match["hour"] or 0), match["ampm"]
    if year < 1000:  # dateutil moves years below 100 into this century
        return None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm in "Pp" else 0)
    try:
        return dt.datetime(
            year,
            month,
            int(match["day"]),
            hour,
            int(match["minute"] or 0),
            int(match["second"] or 0),
        )
    except ValueError:
        return None


def read_datetime(text: str) -> dt.datetime | None:
    """Read a printed date and time, or return ``None`` when it is no valid date."""
    simple = _read_simple(text)
    if simple is not None:
        return simple
    try:
        return date_parser.parse(text, default=_DEFAULT)
    except (ValueError, OverflowError):
        return None


def find_full_date(text: str) -> dt.date | None:
    """The first full calendar date (day, month, year) printed in ``text``."""
    for match in FULL_DATE.finditer(text, timeout=time_limit(text)):
        value = read_datetime(match.group())
        if value is not None:
            return value.date()
    return None
