"""dateutil's readings of a printed time, cached, with the zones the texts name."""

from __future__ import annotations

import datetime as dt
import functools

from dateutil import parser as date_parser
from dateutil import tz as date_tz

from corpusparse.parsing.patterns import FULL_DATE, time_limit

__all__ = ["TimeReading", "find_full_date", "read_datetime"]

_DEFAULT = dt.datetime(2000, 1, 1)

_MAX_TIME_LENGTH = 90

_CACHE_SIZE = 4096
"""Readings kept by `_dateutil_reading` (under a megabyte for comment times)."""

_MAX_CACHED_LENGTH = 2 * _MAX_TIME_LENGTH
"""Longer texts (a caller of `read_datetime` may pass anything) are read but not kept."""

TimeReading = tuple[str, dt.datetime | dt.date | None]
"""A printed time and its reading (``None`` for a relative time)."""


def _zone_of(name: str | None, offset: int | None) -> dt.tzinfo | None:
    """The zone of a dateutil reading: the ``tzinfos`` passed to dateutil.

    The same zones dateutil gives by itself (UTC for a zero offset, which
    ``UTC``, ``GMT`` and ``Z`` have, a fixed offset for a printed one), except
    that a zone name it does not know reads as no zone without an
    ``UnknownTimezoneWarning``, and a name is never taken for the machine's own
    local zone.
    """
    if offset == 0:
        return date_tz.UTC
    if offset:
        return date_tz.tzoffset(name, offset)
    return None


def _dateutil_reading(text: str, dayfirst: bool) -> dt.datetime | None:
    """dateutil's reading of ``text`` (day first or not), or ``None`` when it has none.

    Pure, and cached for texts of printed-time length: a corpus prints the same
    few times over and over (a longer text is read, but not kept).
    """
    if len(text) > _MAX_CACHED_LENGTH:
        return _dateutil_parse(text, dayfirst)
    return _cached_dateutil_parse(text, dayfirst)


def _dateutil_parse(text: str, dayfirst: bool) -> dt.datetime | None:
    try:
        return date_parser.parse(text, default=_DEFAULT, dayfirst=dayfirst, tzinfos=_zone_of)
    except (ValueError, OverflowError):
        return None


_cached_dateutil_parse = functools.lru_cache(maxsize=_CACHE_SIZE)(_dateutil_parse)


def read_datetime(text: str) -> dt.datetime | None:
    """Read a printed date and time, or return ``None`` when it is no valid date."""
    return _dateutil_reading(text, False)


def find_full_date(text: str) -> dt.date | None:
    """The first full calendar date (day, month, year) printed in ``text``."""
    for match in FULL_DATE.finditer(text, timeout=time_limit(text)):
        value = read_datetime(match.group())
        if value is not None:
            return value.date()
    return None


def number_runs(text: str) -> list[str]:
    """The runs of digits in ``text``, in order (``"4 March 2024"`` -> ``["4", "2024"]``)."""
    runs: list[str] = []
    current = ""
    for char in text:
        if char.isdigit():
            current += char
        elif current:
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs


def utc_offset(value: dt.datetime) -> dt.timedelta | None:
    """The UTC offset of an aware time, or ``None`` when it is a day or more (a zone
    ``-5000`` that dateutil reads but Python's times refuse)."""
    try:
        return value.utcoffset() or dt.timedelta(0)
    except ValueError:
        return None
