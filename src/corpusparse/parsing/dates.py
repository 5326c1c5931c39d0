"""Reading dates and times with python-dateutil.

Printed times are first recognized by `corpusparse.parsing.patterns.TIME_EXPRESSION`
(or `RELATIVE_TIME`), then normalised (foreign month names translated, clock
dots and meridiem dots rewritten, zone names taken out) and read with
dateutil. A UTC offset is attached only when the text names a zone.

Every date is read by dateutil; its readings are cached (`functools.lru_cache`,
4,096 texts), since a corpus prints the same times again and again. A zone
name dateutil does not know reads as no zone, without a warning, so nothing
here touches the process-wide warning filters (the parser may run in threads).
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import regex

from corpusparse.parsing.date_readings import (
    _CACHE_SIZE,
    _MAX_TIME_LENGTH,
    TimeReading,
    _dateutil_reading,
    find_full_date,
    number_runs,
    read_datetime,
    utc_offset,
)
from corpusparse.parsing.page_order import in_page_order, page_day_first
from corpusparse.parsing.patterns import (
    APOSTROPHE_YEAR,
    CLOCK_DOT,
    EXTRA_TIME_LABEL,
    MERIDIEM,
    MORE_TIME_LABEL,
    RELATIVE_TIME,
    SHORT_YEAR_DATE,
    TIME_EXPRESSION,
    TIME_LABEL,
    TIME_WORD,
    YEAR_FIRST_DATE,
)
from corpusparse.parsing.vocabulary import FOREIGN_MONTHS, ZONE_OFFSETS

__all__ = [
    "TimeReading",
    "find_full_date",
    "has_time_label",
    "in_page_order",
    "page_day_first",
    "read_datetime",
    "read_labelled_time",
    "read_lone_label",
    "read_printed_time",
]

_GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}

_FILLER = frozenset(("de", "del", "à", "a", "um", "uhr", "las", "hrs", "el", "le", "h"))

_FOREIGN_WEEKDAYS = frozenset(
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)

_UPDATE_LABELS = (
    "updated",
    "last updated",
    "last modified",
    "modified",
    "actualizado",
    "actualización",
    "aktualisiert",
    "zuletzt aktualisiert",
    "stand",
    "mis à jour",
    "mise à jour",
    "modifié",
    "zuletzt geändert",
    "geändert",
    "atualizado",
    "atualizado em",
    "bearbeitet",
    "zuletzt bearbeitet",
)

_FOREIGN_LABELS = (
    "publicado",
    "actualizado",
    "actualización",
    "veröffentlicht",
    "aktualisiert",
    "zuletzt aktualisiert",
    "stand",
    "publié",
    "mis à jour",
    "mise à jour",
    "modifié",
    "zuletzt geändert",
    "geändert",
    "erstellt",
    "erschienen",
    "erscheinungsdatum",
    "erstveröffentlichung",
    "veröffentlichung",
    "publiziert",
    "datum",
    "fecha",
    "publicación",
    "publié sur",
    "eingetragen",
    "geschrieben",
    "verfasst",
    "escrito",
    "creado",
    "écrit",
    "créé",
    "publicado em",
    "publicado en",
    "postado",
    "atualizado",
    "atualizado em",
    "bearbeitet",
    "zuletzt bearbeitet",
    "am",
    "le",
    "el",
)

_ENGLISH_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)


def _zone(name: str, value: dt.datetime) -> dt.tzinfo | None:
    if name in ZONE_OFFSETS:
        return dt.timezone(dt.timedelta(hours=ZONE_OFFSETS[name]))
    if name in _GENERIC_ZONES:
        try:
            offset = value.replace(tzinfo=ZoneInfo(_GENERIC_ZONES[name])).utcoffset()
        except (KeyError, ValueError):  # pragma: no cover - no tz database
            return None
        return dt.timezone(offset) if offset is not None else None
    return None


def has_digit(text: str) -> bool:
    """Whether any character of ``text`` is a digit (`str.isdigit`).

    An ASCII text has one when deleting its bytes ``0`` to ``9`` shortens it: no
    regex call (every reader asks, and a ``[0-9]`` search costs more)."""
    if text.isascii():
        encoded = text.encode("ascii")
        return len(encoded.translate(None, _ASCII_DIGITS)) != len(encoded)
    return any(map(str.isdigit, text))


_ASCII_DIGITS = b"0123456789"
"""The bytes `has_digit` deletes from an ASCII text."""


def read_printed_time(text: str, *, dayfirst: bool = False) -> TimeReading | None:
    """Read a time printed alone (no label): a date, a date and time, or a relative time.

    Returns the text and its reading, or ``None`` when ``text`` is no time.
    A date without a clock time reads as a `datetime.date`; a clock time as a
    `datetime.datetime`, aware only when the text names its zone.

    Examples:
        >>> read_printed_time("Mar 4, 2024 10:32 a.m. EST")[1].isoformat()
        '2024-03-04T10:32:00-05:00'
        >>> read_printed_time("4 de marzo de 2024")
        ('4 de marzo de 2024', datetime.date(2024, 3, 4))
    """
    text = text.strip(" \t\u00a0,|")
    if not text or len(text) > _MAX_TIME_LENGTH or not has_digit(text):
        if text.casefold() == "just now":
            return text, None
        return None
    return _read_time(text, dayfirst)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _read_time(text: str, dayfirst: bool) -> TimeReading | None:
    """`read_printed_time` of a stripped text of printed-time length with a digit,
    remembered: the readers of a page ask for the same times again."""
    if RELATIVE_TIME.fullmatch(text):
        return text, None
    if TIME_EXPRESSION.fullmatch(text) is None:
        return None
    return _read(text, dayfirst=dayfirst)


_CENTURY_PIVOT = 70
"""A two-digit year below this is of the 2000s (``19.10.19``), from it of the 1900s."""


def _with_full_year(text: str) -> str:
    """``text`` with the two-digit year of a numeric date written out (``19.10.2019``),
    when it prints no four-digit number. With dots, the day comes first."""
    if not any(len(run) == 4 for run in number_runs(text)):
        short = SHORT_YEAR_DATE.search(text)
        if short is not None and (short["sep"] == "/" or _day_then_month(short["head"])):
            year = int(short["year"])
            year += 2000 if year < _CENTURY_PIVOT else 1900
            return f"{text[: short.start('year')]}{year}{text[short.end('year') :]}"
    return text


def _with_apostrophe_year(text: str) -> str:
    """``text`` with its `APOSTROPHE_YEAR` (``’20``) written out as `_with_full_year` does."""
    if "'" not in text and "\u2019" not in text:
        return text
    return APOSTROPHE_YEAR.sub(lambda short: _with_full_year(f"1.1.{short['year']}")[4:], text)


def _day_then_month(head: str) -> bool:
    """Whether ``DD.MM`` of a dotted date with a two-digit year is a day, then a month:
    dots with a short year are the day-first way (``07.15.12`` is left unread)."""
    return int(head.split(".")[1]) <= 12


def _read(text: str, *, dayfirst: bool) -> TimeReading | None:
    normal = MERIDIEM.sub(lambda m: f" {m[1].upper()}M", _with_full_year(text))
    normal = CLOCK_DOT.sub(r"\1:\2", normal)
    zone: str | None = None
    has_month = False
    words: list[str] = []
    position = 0
    for match in TIME_WORD.finditer(normal):
        words.append(normal[position : match.start()])
        position = match.end()
        word = match.group()
        folded = word.casefold()
        if word in ZONE_OFFSETS or word in _GENERIC_ZONES:
            zone = word
            continue
        if folded in FOREIGN_MONTHS:
            dayfirst = True
            has_month = True
            words.append(FOREIGN_MONTHS[folded])
            continue
        if folded in _FILLER or folded in _FOREIGN_WEEKDAYS:
            continue
        if folded in ("am", "pm", "t"):
            words.append(word)
            continue
        has_month = has_month or folded[:3] in _ENGLISH_MONTHS
        words.append(word)
    words.append(normal[position:])
    normal = " ".join("".join(words).replace(",", " , ").split())
    normal = _with_apostrophe_year(normal) if has_month else normal
    digits = number_runs(normal)
    has_year = any(len(run) == 4 for run in digits)
    numeric_date = any(sep in text for sep in ("/", ".", "-")) and has_year
    if not has_year or len(digits) < 2 or not (has_month or numeric_date):
        return None
    if "." in text and not has_month:
        dayfirst = True
    if dayfirst and YEAR_FIRST_DATE.search(normal):
        dayfirst = False  # 2024-03-04 is 4 March after a German label too
    if not has_month and len(digits) < 3:
        return None  # no day: "2024.16245", "03/2024"
    value = _dateutil_reading(normal, dayfirst)
    if value is None or all(int(run) != value.year for run in digits if len(run) == 4):
        return None  # a year dateutil made of a day: "2 20 December 2025"
    has_clock = ":" in normal or "AM" in normal.upper().split() or "PM" in normal.upper().split()
    if not has_clock:
        return text, value.date()
    zoned = _in_zone(value, zone)
    return None if zoned is None else (text, zoned)


def _in_zone(value: dt.datetime, zone: str | None) -> dt.datetime | None:
    """``value`` in the zone its text names, or at its fixed UTC offset; ``None`` for an
    offset of a day or more (``-5000`` is no zone)."""
    if zone is not None and value.tzinfo is None:
        tz = _zone(zone, value)
        return value if tz is None else value.replace(tzinfo=tz)
    if value.tzinfo is None:
        return value
    offset = utc_offset(value)
    return None if offset is None else value.replace(tzinfo=dt.timezone(offset))


def read_labelled_time(text: str) -> tuple[bool, TimeReading] | None:
    """Read ``Published: ...``/``Updated ...`` (any supported language) or a bare time.

    Besides `TIME_LABEL`, the labels of `EXTRA_TIME_LABEL` are read (``Zuletzt
    geändert am``, ``Erschienen am``, ``Datum:``, ``Fecha:``, a bare ``am`` or
    ``Le``); ``geändert`` labels an update.

    Returns whether the time is an update time, with the time as printed and
    its reading; ``None`` when ``text`` holds no time.

    Examples:
        >>> read_labelled_time("Updated: 2024-03-04 10:32")
        (True, ('2024-03-04 10:32', datetime.datetime(2024, 3, 4, 10, 32)))
    """
    if len(text) > _MAX_TIME_LENGTH + 30 or not may_hold_time(text):
        return None
    return _read_labelled_time(text)


def may_hold_time(text: str) -> bool:
    """Whether ``text`` could hold a printed time: a digit, or ``just now`` (case-folded).

    A cheap test that `read_labelled_time` (and `read_printed_time` on any part of
    ``text``) passes: every time it reads prints a digit, but ``just now``.
    """
    return has_digit(text) or "just now" in text.casefold()


def _read_labelled_time(text: str) -> tuple[bool, TimeReading] | None:
    """`read_labelled_time` of a text that `may_hold_time`."""
    label = TIME_LABEL.match(text) if text[:1].isalpha() else None
    if label is None:
        read = read_printed_time(text)
        if read is not None or not text[:1].isalpha():
            return (False, read) if read is not None else None
    elif (labelled := _after_label(text, label)) is not None:
        return labelled
    for pattern in (EXTRA_TIME_LABEL, MORE_TIME_LABEL):
        label = pattern.match(text)
        if label is not None and (labelled := _after_label(text, label)) is not None:
            return labelled
    return None


def _after_label(text: str, label: regex.Match[str]) -> tuple[bool, TimeReading] | None:
    """The time after the time ``label`` that opens ``text``, and whether it is an update."""
    name = " ".join(label["label"].casefold().split())
    read = read_printed_time(text[label.end() :], dayfirst=name in _FOREIGN_LABELS)
    if read is None:
        return None
    return name in _UPDATE_LABELS, read


_LONE_LABEL_LENGTH = 40
"""The longest line `read_lone_label` reads as a time label printed alone."""


def read_lone_label(text: str) -> bool | None:
    """Whether ``text`` is a time label printed alone on its line, the time on the next
    (``Publicado:``, ``Last updated on``): ``None`` when it is none (a bare ``on``,
    ``am`` or ``le`` is none), else whether it labels an update.

    Examples:
        >>> read_lone_label("Publicado:"), read_lone_label("Updated on"), read_lone_label("Le")
        (False, True, None)
    """
    text = text.strip()
    if not text[:1].isalpha() or len(text) > _LONE_LABEL_LENGTH:
        return None
    for pattern in (TIME_LABEL, EXTRA_TIME_LABEL, MORE_TIME_LABEL):
        label = pattern.fullmatch(text)
        if label is not None:
            name = " ".join(label["label"].casefold().split())
            return None if len(name) < 4 else name in _UPDATE_LABELS
    return None


def has_time_label(text: str) -> bool:
    """Whether ``text`` opens with a time label (``Published``, ``Updated:``, ``Stand:``)."""
    return text[:1].isalpha() and TIME_LABEL.match(text) is not None
