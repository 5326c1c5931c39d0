"""Reading dates: every reading is python-dateutil's, cached, and emits no warning."""

from __future__ import annotations

import datetime as dt
import gc
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from dateutil import parser as date_parser
from dateutil.parser import UnknownTimezoneWarning

from corpusparse.parsing import date_readings
from corpusparse.parsing.dates import (
    find_full_date,
    read_datetime,
    read_labelled_time,
    read_printed_time,
)

# The shapes a hand-written reader once read before dateutil (month names, day
# first or month first, ISO dates, 12- and 24-hour clocks) and the values it
# left to dateutil (impossible days, hour 13 with PM, years before 1000), with
# the readings dateutil gives them.
DATEUTIL_READINGS = [
    ("November 21, 2014 at 10:08 PM", dt.datetime(2014, 11, 21, 22, 8)),
    ("Nov. 21, 2014 10:08 pm", dt.datetime(2014, 11, 21, 22, 8)),
    ("Sept 3rd, 2014 at 9:05:07 a.m.", dt.datetime(2014, 9, 3, 9, 5, 7)),
    ("May 5, 2014 at 10:08 P.M.", dt.datetime(2014, 5, 5, 22, 8)),
    ("21st November 2014", dt.datetime(2014, 11, 21)),
    ("12 Feb. 2025, 22:08", dt.datetime(2025, 2, 12, 22, 8)),
    ("2024-03-04", dt.datetime(2024, 3, 4)),
    ("2024-03-04 10:32", dt.datetime(2024, 3, 4, 10, 32)),
    ("03/04/2024", dt.datetime(2024, 3, 4)),  # month first
    ("Nov 3, 2014 0:08 AM", dt.datetime(2014, 11, 3, 0, 8)),
    ("Nov 3, 2014 12:08 AM", dt.datetime(2014, 11, 3, 0, 8)),
    ("Nov 3, 2014 12:08 PM", dt.datetime(2014, 11, 3, 12, 8)),
    ("Nov 3, 2014 13:08", dt.datetime(2014, 11, 3, 13, 8)),
    ("Nov 3, 2014 13:08 PM", None),
    ("Nov 3, 2014 24:00", None),
    ("February 30, 2014 at 10:08 PM", None),
    ("June 31, 2014", None),
    ("2023-02-29", None),
    ("2024-02-29", dt.datetime(2024, 2, 29)),
    ("March 4, 0999", dt.datetime(999, 3, 4)),
    ("0999-03-04", dt.datetime(999, 3, 4)),
    ("0099-03-04", dt.datetime(99, 3, 4)),
    ("March 4, 0099", dt.datetime(1999, 3, 4)),  # dateutil's reading of a year after a name
]


@pytest.mark.parametrize(("text", "expected"), DATEUTIL_READINGS)
def test_dates_read_as_dateutil_reads_them(text: str, expected: dt.datetime | None) -> None:
    value = read_datetime(text)
    assert value == expected
    assert value is None or value.tzinfo is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 21, 2014 at 10:08 PM", dt.datetime(2014, 11, 21, 22, 8)),
        ("12 Feb. 2025, 22:08", dt.datetime(2025, 2, 12, 22, 8)),
        ("21st November 2014", dt.date(2014, 11, 21)),
        ("2024-03-04", dt.date(2024, 3, 4)),
        ("03/04/2024", dt.date(2024, 3, 4)),
        ("04.03.2024", dt.date(2024, 3, 4)),  # dots: day first
        ("Nov 3, 2014 0:08 AM", dt.datetime(2014, 11, 3, 0, 8)),
        ("Nov 3, 2014 13:08 PM", None),
        ("June 31, 2014", None),
        ("March 4, 0999", dt.date(999, 3, 4)),
    ],
)
def test_printed_times_read_as_dateutil_reads_them(
    text: str, expected: dt.datetime | dt.date | None
) -> None:
    assert read_printed_time(text) == (None if expected is None else (text, expected))


def test_full_dates_follow_dateutil() -> None:
    assert find_full_date("Taken on June 31, 2014 and on June 30, 2014.") == dt.date(2014, 6, 30)
    assert find_full_date("Taken on 12th Feb. 2025 (AFP)") == dt.date(2025, 2, 12)
    assert find_full_date("Taken on 2023-02-29") is None


# Zone names dateutil does not know: dateutil alone warns about each.
UNKNOWN_ZONES = ["March 4, 2024 10:32 XYZ", "2024-03-04 10:32 ABC", "Nov 3, 2014 10:08 PM QQT"]


@pytest.mark.parametrize("text", UNKNOWN_ZONES)
def test_dateutil_warns_about_these_zones(text: str) -> None:
    with pytest.warns(UnknownTimezoneWarning):
        date_parser.parse(text)


@pytest.mark.parametrize("text", UNKNOWN_ZONES)
def test_an_unknown_zone_reads_as_no_zone_without_a_warning(text: str) -> None:
    date_readings._cached_dateutil_parse.cache_clear()  # dateutil reads the text here, not a cache
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = read_datetime(text)
        printed = read_printed_time(text)
        labelled = read_labelled_time(f"Updated: {text}")
    assert caught == []
    naive = date_parser.parse(text, ignoretz=True)
    assert value == naive and value.tzinfo is None
    assert printed == (text, naive)
    assert labelled == (True, (text, naive))


def test_known_zones_and_offsets_keep_their_offset() -> None:
    utc = read_datetime("2024-03-04T10:32:00Z")
    assert utc is not None and utc.utcoffset() == dt.timedelta(0)
    assert read_datetime("March 4, 2024 10:32 GMT") == utc
    plus = read_datetime("2024-03-04 10:32 +05:30")
    assert plus is not None and plus.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert read_printed_time("Mar 4, 2024 10:32 a.m. EST") == (
        "Mar 4, 2024 10:32 a.m. EST",
        dt.datetime(2024, 3, 4, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    )


def _from_the_readers(caught: warnings.WarningMessage) -> bool:
    """A warning dateutil or corpusparse raised (not one the collector or the pool raised)."""
    where = Path(caught.filename).parts
    ours = "dateutil" in where or "corpusparse" in where
    return ours or caught.category is UnknownTimezoneWarning


def test_reading_in_threads_leaves_the_warning_filters_alone() -> None:
    texts = [f"March {day}, 2024 10:{day:02d} XYZ" for day in range(1, 32)]
    texts += UNKNOWN_ZONES + [text for text, _ in DATEUTIL_READINGS]
    date_readings._cached_dateutil_parse.cache_clear()
    serial = [(read_printed_time(t), read_datetime(t)) for t in texts]
    date_readings._cached_dateutil_parse.cache_clear()
    filters = list(warnings.filters)
    gc.collect()  # a file an earlier test left to the collector warns from wherever gc runs
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ThreadPoolExecutor(8) as pool:
            threaded = list(pool.map(lambda t: (read_printed_time(t), read_datetime(t)), texts * 5))
    ours = [w for w in caught if _from_the_readers(w)]
    assert ours == [], [f"{w.filename}:{w.lineno}: {w.message}" for w in ours]
    assert warnings.filters == filters
    assert threaded == serial * 5


def test_readings_are_cached_in_a_bounded_cache() -> None:
    date_readings._cached_dateutil_parse.cache_clear()
    first = read_datetime("November 21, 2014 at 10:08 PM")
    again = read_datetime("November 21, 2014 at 10:08 PM")
    assert again is first
    info = date_readings._cached_dateutil_parse.cache_info()
    assert (info.hits, info.misses) == (1, 1)
    assert info.maxsize is not None and info.maxsize <= 4096


def test_long_texts_are_read_but_not_kept() -> None:
    date_readings._cached_dateutil_parse.cache_clear()
    long_text = "November 21, 2014 at 10:08 PM" + " " * 1000
    assert read_datetime(long_text) == dt.datetime(2014, 11, 21, 22, 8)
    assert date_readings._cached_dateutil_parse.cache_info().currsize == 0
    assert read_datetime("November 21, 2014") == dt.datetime(2014, 11, 21)
    assert date_readings._cached_dateutil_parse.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stand: 2024-03-04", dt.date(2024, 3, 4)),
        ("Publicado: 2024-03-04 10:32", dt.datetime(2024, 3, 4, 10, 32)),
        ("Publié le 2024/03/04", dt.date(2024, 3, 4)),
        ("Stand: 2024.03.04", dt.date(2024, 3, 4)),
        # Day first still, where the day is printed first.
        ("Stand: 04.03.2024", dt.date(2024, 3, 4)),
        ("Publicado: 04/03/2024", dt.date(2024, 3, 4)),
        ("Publicado: 4 de marzo de 2024", dt.date(2024, 3, 4)),
    ],
)
def test_year_first_dates_are_never_read_day_first(text: str, expected: dt.date) -> None:
    read = read_labelled_time(text)
    assert read is not None
    assert read[1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.02.23", dt.date(2023, 2, 14)),
        ("14.02.23, 18:05", dt.datetime(2023, 2, 14, 18, 5)),
        ("Dienstag 14.02.23", dt.date(2023, 2, 14)),
        ("27/09/21", dt.date(2021, 9, 27)),
        ("09/27/21 4:05pm", dt.datetime(2021, 9, 27, 16, 5)),
        ("3.7.98", dt.date(1998, 7, 3)),
    ],
)
def test_two_digit_years_of_numeric_dates(text: str, expected: object) -> None:
    read = read_printed_time(text)
    assert read is not None
    assert read[1] == expected


@pytest.mark.parametrize("text", ["1.2.3", "3.12", "12.50.99", "2.10.123", "v1.2.30.4", "09.27.21"])
def test_numbers_with_dots_are_no_short_year_dates(text: str) -> None:
    assert read_printed_time(text) is None


@pytest.mark.parametrize(
    ("text", "updated", "expected"),
    [
        ("Published Date: June 11, 2025", False, dt.date(2025, 6, 11)),
        ("Updated date: 2025-06-11", True, dt.date(2025, 6, 11)),
        ("Published: June 11, 2025", False, dt.date(2025, 6, 11)),
    ],
)
def test_a_label_with_date_after_it(text: str, updated: bool, expected: dt.date) -> None:
    read = read_labelled_time(text)
    assert read is not None
    assert read[0] is updated
    assert read[1][1] == expected


def test_a_label_then_the_word_dates_is_no_time() -> None:
    assert read_labelled_time("Updated dates follow in 2025") is None


@pytest.mark.parametrize(
    ("text", "updated", "expected"),
    [
        ("Written: 2024-03-05 09:12:40", False, dt.datetime(2024, 3, 5, 9, 12, 40)),
        ("Eingetragen am 6. März 2024", False, dt.date(2024, 3, 6)),
        ("Creado el 06/03/2024", False, dt.date(2024, 3, 6)),
        ("Publicado em 06/03/2024 10:20", False, dt.datetime(2024, 3, 6, 10, 20)),
        ("Postado em 06/03/2024 10:20", False, dt.datetime(2024, 3, 6, 10, 20)),
        ("Atualizado em 07/03/2024 11:02", True, dt.datetime(2024, 3, 7, 11, 2)),
        ("Zuletzt bearbeitet: 07.03.2024", True, dt.date(2024, 3, 7)),
    ],
)
def test_more_labels_of_the_publication_and_update_times(
    text: str, updated: bool, expected: object
) -> None:
    read = read_labelled_time(text)
    assert read is not None
    assert read[0] is updated
    assert read[1][1] == expected


def test_more_labels_need_a_time_after_them() -> None:
    assert read_labelled_time("Written by hand in 2024") is None
    assert read_labelled_time("Eingetragen im Register") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicado:", False),
        ("Published on", False),
        ("Veröffentlicht am:", False),
        ("Written:", False),
        ("Updated:", True),
        ("Actualizado:", True),
        ("Le", None),
        ("am", None),
        ("Published in the spring issue of the review", None),
        ("Updated: March 4, 2024", None),
    ],
)
def test_a_time_label_alone_on_its_line(text: str, expected: bool | None) -> None:
    from corpusparse.parsing.dates import read_lone_label

    assert read_lone_label(text) is expected


def test_a_utc_offset_of_a_day_or_more_is_no_time() -> None:
    assert read_printed_time("2024-03-04T11:45:00-5000") is None
    assert read_printed_time("2024-03-04T11:45:00-05:00") is not None
