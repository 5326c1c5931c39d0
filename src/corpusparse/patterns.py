"""Every regular expression the parser uses, compiled once.

Each pattern has a comment saying what it recognizes and an example it matches.
Patterns are written to run in linear time: no nested unbounded repeats, and
alternatives that cannot overlap (``tests/test_redos.py`` checks every pattern
here on adversarial input). Lines are matched after ``str.strip()``.

As a last guard, the line readers pass ``timeout=time_limit(text)`` to every
match on a long line: a pattern that still runs away raises `TimeoutError`,
which the block rules turn into a ``pattern_timeout`` defect.
"""

from __future__ import annotations

import regex

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

# A "- " bullet of the related-headlines list printed before an article.
# Example: "- S. Korea unveils first graphic cigarette warnings"
RELATED_BULLET = regex.compile(r"-[ \t\u00a0]+(?P<text>\S.*)", regex.DOTALL)

# A widget residue token: one to three capitals or a bare number of up to four digits.
# Example: "TT", "20"
WIDGET = regex.compile(r"(?:\p{Lu}{1,3}|\d{1,4})")

# A byline: "By" and the names that follow. The names are checked one by one
# with AUTHOR_NAME after splitting at AUTHOR_SEPARATOR.
# Example: "By Kim Kwang-tae", "By Ann Lee, Bo Chan and Cy Dorn"
BYLINE = regex.compile(r"(?:By|BY)[ \t\u00a0]+(?P<names>\S.{0,200})")

# Between the names of a byline: a comma (with an optional "and"), "and" or "&".
# The look-behind starts a match only at the start of a white-space run and the
# possessive runs never give back, which keeps `split` linear on long runs of spaces.
# Example: ", " in "Ann Lee, Bo Chan", " and " in "Bo Chan and Cy Dorn"
AUTHOR_SEPARATOR = regex.compile(r"(?<!\s)(?:\s*+,\s*+(?:and\s++)?|\s++and\s++|\s*+&\s*+)")

# One author name: up to six capitalised words (hyphens, apostrophes and initials
# allowed, any script), with lower-case particles such as "de" or "van" between them.
# Example: "Kim Kwang-tae", "Dr. Ann O'Neil", "Ludwig van Beethoven", "김광태"
AUTHOR_NAME = regex.compile(
    r"(?:[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.\-]*)"
    r"(?:[ \t\u00a0]+(?:(?:de|da|del|della|di|do|dos|du|la|le|van|von|der|den|ter|ten|al|bin|ibn|y)"
    r"[ \t\u00a0]+)?[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.\-]*){0,5}"
)

# A dateline opening the first paragraph: an upper-case place, an optional
# ", State" part, the agency in brackets, then a dash. The look-behind keeps a
# search from restarting inside a word and the possessive runs never give back
# (linear on long runs of capitals or spaces).
# Example: "SEOUL (Yonhap) — ", "AUSTIN, Texas (AP) — "
DATELINE = regex.compile(
    r"(?<![\p{L}\p{M}.'’\-])"
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}.'’\-]*+(?:[ \u00a0]\p{Lu}[\p{Lu}\p{M}.'’\-]*+){0,4}"
    r"(?:,[ \u00a0]\p{Lu}[\p{L}\p{M}.]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.]*+){0,2})?)"
    r"[ \u00a0]++\((?P<agency>[^()\n]{1,40})\)[ \u00a0]*+(?:—|–|--?)[ \u00a0]*+"
)

# A pingback line; the rest is split into title and site at PINGBACK_SEPARATOR.
# Example: "Pingback: North Korea Seeks To Forge Alliance With Russia - The Liberty Eagle"
PINGBACK = regex.compile(r"Pingback:[ \t\u00a0]*(?P<rest>.*)", regex.DOTALL)

# The last " - ", " – " or " | " of a pingback splits the title from the site.
# A reverse search ((?r)) finds the last one in linear time; a greedy ".*" before
# the separators would backtrack quadratically in the regex module.
# Example: " | " in "A – B | Site" -> title "A – B", site "Site"
PINGBACK_SEPARATOR = regex.compile(r"(?r) - | – | \| ")

# A comment timestamp line.
# Example: "November 21, 2014 at 10:08 PM"
COMMENT_TIMESTAMP = regex.compile(
    _MONTH + r"\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
)

# A date, with an optional clock time, in one of the three commonest shapes:
# read directly by dates.read_datetime, without python-dateutil (anything else,
# or an impossible value, still goes to dateutil). Group names repeat across
# the alternatives, which the regex module allows.
# Example: "November 21, 2014 at 10:08 PM", "12th Feb. 2025", "2024-03-04"
SIMPLE_DATETIME = regex.compile(
    r"(?:(?P<month>" + _MONTH + r")\.?[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<month>" + _MONTH + r")\.?,?)"
    r"[ \t]+(?P<year>\d{4})"
    r"(?:[ \t]+(?:at[ \t]+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:[ \t]*(?P<ampm>[AaPp])\.?[Mm]\.?)?)?"
    r"|(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})"
)

# A full calendar date (day, month and year) anywhere in a caption.
# Example: "November 26, 2023", "12 February 2025", "2024-03-04"
FULL_DATE = regex.compile(
    r"\b(?:" + _MONTH + r"\.?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+" + _MONTH + r"\.?,?[ \u00a0]+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b"
)

# A photo credit in brackets at the end of a caption line.
# Example: "(Photo by KCNA VIA KNS / AFP)", "(Iranian Presidency/dpa)"
CAPTION_CREDIT = regex.compile(r"\((?P<credit>[^()]{1,120})\)\s*$")

# The label before a credit, removed from the credit.
# Example: "Photo by " in "Photo by HANDOUT / AFP"
CREDIT_LABEL = regex.compile(
    r"(?i:photo(?:graph)?(?:[ \t]+credit)?[ \t]*(?:by|:)|foto:|image[ \t]+source,)[ \t]*"
)

# Runs of white space, folded to one space when comparing printings of a line.
# Example: "a  \u00a0b" -> "a b"
WHITESPACE_RUN = regex.compile(r"\s+")
