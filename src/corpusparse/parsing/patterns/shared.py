"""What the families of patterns share: the guard on long lines, and the common fragments.

`time_limit` gives the ``timeout`` a reader passes when it matches a long line
(``GUARD_FROM``, ``TIMEOUT_BASE``, ``TIMEOUT_PER_CHARACTER``); ``LINE_BREAK``
and ``WHITESPACE_RUN`` cut and fold lines; and the private fragments ``_MONTH``,
``_FOREIGN_MONTH``, ``_WEEKDAY`` and ``_WEEKDAY_NAME`` (month and weekday
names, English and foreign) are spliced into the patterns of the other
modules, which import them from here.
"""

from __future__ import annotations

import regex

from corpusparse.parsing.vocabulary import FOREIGN_MONTHS

GUARD_FROM = 1_000
"""Lines of at least this many characters are matched with a time limit.

Shorter lines skip the limit, which costs more than matching them: on them even
a quadratic pattern finishes in milliseconds.
"""

TIMEOUT_BASE = 0.05
"""Seconds every guarded match may take, however short the line."""

TIMEOUT_PER_CHARACTER = 5e-6
"""Further seconds a guarded match may take per character of the line.

The slowest linear match here takes about 0.2 µs per character, so only a
runaway pattern reaches the limit, even on a loaded machine (a 10 MB line
gets 50 s; a quadratic pattern on a 100 KB line needs minutes).
"""


def time_limit(text: str) -> float | None:
    """The ``timeout`` to pass when matching ``text``: ``None`` for short lines."""
    size = len(text)
    return None if size < GUARD_FROM else TIMEOUT_BASE + size * TIMEOUT_PER_CHARACTER


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

# Line breaks: only these three end a line (never \x0b, \x0c, \x85, \u2028 ...).
# Example: "a\r\nb\rc\nd" has four lines.
LINE_BREAK = regex.compile(r"\r\n|\r|\n")

_FOREIGN_MONTH = "|".join(
    sorted((regex.escape(name) for name in FOREIGN_MONTHS), key=len, reverse=True)
)

# How every name of `_FOREIGN_MONTH` opens (its first two letters, case-insensitive).
# Example: "ma" of "marzo", "dé" of "décembre"
_FOREIGN_MONTH_OPENINGS = (
    "(?i:" + "|".join(sorted({regex.escape(name[:2]) for name in FOREIGN_MONTHS})) + ")"
)

# Runs of white space, folded to one space when comparing printings of a line.
# Example: "a  \u00a0b" -> "a b"
WHITESPACE_RUN = regex.compile(r"\s+")

_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?"
    r"|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche)"
)

# How every name of `_WEEKDAY` opens (its first two letters, case-insensitive): a
# look-ahead that lets a search skip, at once, a position where no weekday starts.
# Example: "Mo" of "Monday", "sá" of "sábado"
_WEEKDAY_OPENINGS = r"(?i:mo|tu|we|th|fr|sa|su|lu|ma|mi|ju|vi|sá|do|di|so|me|je|ve)"

_WEEKDAY_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs"
    r"|Fri|Sat|Sun)"
)
