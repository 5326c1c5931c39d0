"""Reading dates and times with python-dateutil."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as date_parser

from corpusparse.patterns import FULL_DATE

__all__ = ["find_full_date", "read_datetime"]

_DEFAULT = dt.datetime(2000, 1, 1)


def read_datetime(text: str) -> dt.datetime | None:
    """Read a printed date and time, or return ``None`` when it is no valid date."""
    try:
        return date_parser.parse(text, default=_DEFAULT)
    except (ValueError, OverflowError):
        return None


def find_full_date(text: str) -> dt.date | None:
    """The first full calendar date (day, month, year) printed in ``text``."""
    for match in FULL_DATE.finditer(text):
        value = read_datetime(match.group())
        if value is not None:
            return value.date()
    return None
