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

# A "- " bullet of the related-headlines list printed before an article.
# Example: "- S. Korea unveils first graphic cigarette warnings"
RELATED_BULLET = regex.compile(r"-[ \t\u00a0]{1,20}(?P<text>\S.*)", regex.DOTALL)

# A widget residue token: one to three capitals or a bare number of up to four digits.
# Example: "TT", "20"
WIDGET = regex.compile(r"(?:\p{Lu}{1,3}|\d{1,4})")

# A byline: a "By" word (English, Spanish "Por", German "Von", French "Par") or
# label and the names that follow. The names are checked one by one with
# AUTHOR_NAME after splitting at AUTHOR_SEPARATOR.
# Example: "By Kim Kwang-tae", "Written by Ann Lee", "Author: Ann Lee", "Por Ana López"
BYLINE = regex.compile(
    r"(?:By|BY|Written[ \t]{1,20}by|Words[ \t]{1,20}by|Story[ \t]{1,20}by|Posted[ \t]{1,20}by"
    r"|Author:|Authors:|Autor:|Autora:|Auteur:|Por|POR|Von|VON|Par|PAR)"
    r"[ \t\u00a0]{1,20}(?P<names>\S.{0,300})",
    regex.DOTALL,
)

# Between the names of a byline: a comma (with an optional "and"), "and", "&",
# or the Spanish, German and French "and" ("y", "und", "et").
# Example: ", " in "Ann Lee, Bo Chan", " and " in "Bo Chan and Cy Dorn", " y "
AUTHOR_SEPARATOR = regex.compile(
    r"[ \t\u00a0]{0,20},[ \t\u00a0]{0,20}(?:(?:and|y|und|et)[ \t\u00a0]{1,20})?"
    r"|[ \t\u00a0]{1,20}(?:and|y|und|et)[ \t\u00a0]{1,20}|[ \t\u00a0]{0,20}&[ \t\u00a0]{0,20}"
)

# What joins a byline to an agency or a time printed on the same line: a pipe,
# a bullet, a middle dot or a slash between spaces.
# Example: " | " in "By Ann Lee | Reuters", " • " in "By Ann Lee • March 4, 2024"
BYLINE_PART_SEPARATOR = regex.compile(r"[ \t\u00a0]{1,20}[|•·/][ \t\u00a0]{1,20}")

# A comma that starts a time label inside a byline line.
# Example: ", Updated" in "By Ann Lee, Updated March 4, 2024"
BYLINE_TIME_COMMA = regex.compile(
    r",[ \t\u00a0]{0,20}(?=(?i:updated|published|posted|last[ \t]{1,20}updated)\b)"
)

# A blog post's signature line: "Posted by" (German "Eingestellt von", Spanish
# "Publicado por"), the names, then "at" ("um", "a las") and a clock time; tags
# or labels may follow.
# Example: "Posted by Ann Lee at 2:33 PM", "Eingestellt von Bo Chan um 21:11"
POST_SIGNATURE = regex.compile(
    r"(?:Posted[ \t]{1,20}by|Eingestellt[ \t]{1,20}von|Publicado[ \t]{1,20}por)[ \t]{1,20}"
    r"(?P<names>[^\n\d \t][^\n\d]{0,59}?)[ \t]{1,20}(?:at|um|a[ \t]{1,20}las)[ \t]{1,20}"
    r"\d{1,2}[:.]\d{2}(?!\d)"
)

# A by-word inside a time line, before the names: after a blank or a pipe, and
# followed by a blank or run into a capitalised name.
# Example: " by " in "Posted in Garden by annlee on March 3, 2024", "byAnn" in "March 3 byAnn Lee"
BY_INSIDE = regex.compile(r"(?:(?<=[ \t\u00a0|])|^)(?:[Bb]y|BY)(?:[ \t\u00a0]{1,20}|(?=\p{Lu}))")

# "Posted on DATE by NAMES": a time first, then the byline.
# Example: "Posted on March 4, 2024 by Ann Lee"
POSTED_ON_BY = regex.compile(
    r"(?P<time>(?:Posted|Published)(?:[ \t]{1,20}on)?[ \t]{1,20}[^\n]{4,80}?)"
    r"[ \t]{1,20}by[ \t]{1,20}(?P<names>\S.{0,200})"
)

# One author name: up to six capitalised words (hyphens, apostrophes and initials
# allowed, any script), with lower-case particles such as "de" or "van" between them.
# Example: "Kim Kwang-tae", "Dr. Ann O'Neil", "Ludwig van Beethoven", "김광태"
AUTHOR_NAME = regex.compile(
    r"(?:[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.\-]{0,40})"
    r"(?:[ \t\u00a0]{1,20}(?:(?:de|da|del|della|di|do|dos|du|la|las|los|le|van|von|der|den|ter|ten"
    r"|al|bin|ibn|y|zu)[ \t\u00a0]{1,20}){0,2}[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.\-]{0,40}){0,5}"
)

_FOREIGN_MONTH = "|".join(
    sorted((regex.escape(name) for name in FOREIGN_MONTHS), key=len, reverse=True)
)

# A short date inside a dateline, between the place and the agency, in
# English, Spanish, German or French.
# Example: ", Jan 5" in "LONDON, Jan 5 (Reuters) - ", ", 5 mar" in "MADRID, 5 mar (EFE) - "
_DATELINE_DATE = (
    r",[ \u00a0]{1,20}(?:" + _MONTH + r"\.?[ \u00a0]{1,20}\d{1,2}"
    r"|\d{1,2}\.?[ \u00a0]{1,20}(?i:" + _MONTH + r"|" + _FOREIGN_MONTH + r")\.?)"
)

# An upper-case dateline place: up to five upper-case words, then an optional
# ", State" part of up to three capitalised words.
# Example: "SEOUL", "NEW DELHI", "AUSTIN, Texas", "PORTSMOUTH, Ohio"
_UPPER_PLACE = (
    r"(?<![\p{L}\p{M}.'’\-])"
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}.'’\-]{0,40}(?:[ \u00a0]\p{Lu}[\p{Lu}\p{M}.'’\-]{0,40}){0,4}"
    r"(?:,[ \u00a0]\p{Lu}[\p{L}\p{M}.]{0,40}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.]{0,40}){0,2})?)"
)

# The dash after a dateline: em dash, en dash, one or two hyphens, or the
# Spanish ".-", with the spaces around it.
# Example: " — ", " -- ", ".- "
_DATELINE_DASH = r"[ \u00a0]{0,20}(?:\.?(?:—|–|--?))[ \u00a0]{0,20}"

# A dateline opening the first paragraph: an upper-case place, an optional
# ", State" part, an optional short date, the agency in brackets, then a dash.
# Example: "SEOUL (Yonhap) — ", "AUSTIN, Texas (AP) — ", "LONDON, Jan 5 (Reuters) - "
DATELINE = regex.compile(
    _UPPER_PLACE + r"(?:" + _DATELINE_DATE + r")?"
    r"[ \u00a0]{1,20}\((?P<agency>[^()\n]{1,40})\)" + _DATELINE_DASH
)

# A dateline with a capitalised (not upper-case) place, as German, Spanish and
# French agencies print them; the agency must be a known one (checked in code).
# Example: "Berlin (dpa) - ", "Madrid, 5 mar (EFE).- ", "Paris (AFP) - "
DATELINE_TITLE_CASE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Ll}\p{M}'’\-]{1,40}(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'’\-]{1,40}){0,2})"
    r"(?:" + _DATELINE_DATE + r")?"
    r"[ \u00a0]{1,20}\((?P<agency>[^()\n]{1,30})\)" + _DATELINE_DASH
)

# A dateline without an agency: an upper-case place (with an optional ", State"
# and short date) followed by a dash, or by a colon.
# Example: "PORTSMOUTH, Ohio — ", "WASHINGTON — ", "NEW DELHI: "
DATELINE_NO_AGENCY = regex.compile(
    _UPPER_PLACE + r"(?:" + _DATELINE_DATE + r")?"
    r"(?:[ \u00a0]{1,20}(?:—|–|--)[ \u00a0]{0,20}|[ \u00a0]{1,20}-[ \u00a0]{1,20}|:[ \u00a0]{1,20})"
)

# A pingback line; the rest is split into title and site at PINGBACK_SEPARATOR.
# Example: "Pingback: North Korea Seeks To Forge Alliance With Russia - The Liberty Eagle"
PINGBACK = regex.compile(r"Pingback:[ \t\u00a0]{0,20}(?P<rest>.*)", regex.DOTALL)

# The last " - ", " – " or " | " of a pingback splits the title from the site.
# A reverse search ((?r)) finds the last one in linear time; a greedy ".*" before
# the separators would backtrack quadratically in the regex module.
# Example: " | " in "A – B | Site" -> title "A – B", site "Site"
PINGBACK_SEPARATOR = regex.compile(r"(?r) - | – | \| ")

# A comment timestamp line.
# Example: "November 21, 2014 at 10:08 PM"
COMMENT_TIMESTAMP = regex.compile(
    _MONTH + r"\.?[ \t]{1,20}\d{1,2},?[ \t]{1,20}\d{4}"
    r"[ \t]{1,20}(?:at[ \t]{1,20})?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]{0,20}[AaPp]\.?[Mm]\.?)?"
)

# A full calendar date (day, month and year) anywhere in a caption.
# Example: "November 26, 2023", "12 February 2025", "2024-03-04"
FULL_DATE = regex.compile(
    r"\b(?:" + _MONTH + r"\.?[ \u00a0]{1,20}\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]{1,20}\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \u00a0]{1,20}" + _MONTH + r"\.?,?[ \u00a0]{1,20}\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b"
)

# The label before a credit, removed from the credit.
# Example: "Photo by " in "Photo by HANDOUT / AFP"
CREDIT_LABEL = regex.compile(
    r"(?i:photo(?:graph)?(?:[ \t]{1,20}credit)?[ \t]{0,20}(?:by|:)|foto:|bild:"
    r"|image(?:[ \t]{1,20}credit)?:"
    r"|credit:|picture:|image[ \t]{1,20}source,|crédit[ \t]{1,20}photo[ \t]{0,20}:)[ \t]{0,20}"
)

# Runs of white space, folded to one space when comparing printings of a line.
# Example: "a  \u00a0b" -> "a b"
WHITESPACE_RUN = regex.compile(r"\s+")

# A separator line between articles or sections: three or more rule
# characters (asterisks, hyphens, underscores, equals, tildes, hashes, bullets),
# spaces between them allowed; or a lone asterism.
# Example: "* * *", "---", "• • •", "⁂"
SEPARATOR_LINE = regex.compile(r"⁂|(?:[*_=~#•·+\-–—][ \t\u00a0]{0,20}){3,60}")

# The old comment-section separator: punctuation runs and the word COMMENTS.
# Example: "!@#$%^&*()  COMMENTS"
COMMENTS_SEPARATOR = regex.compile(
    r"[!@#$%^&*()_+=~\-\s]{3,40}(?i:comments?)[!@#$%^&*()_+=~\-\s]{0,40}"
)

# A comment-count header.
# Example: "12 Comments", "3 thoughts on “Storm hits the coast”", "Comments (3)",
# "One Response to "Storm"", "12 comentarios", "3 Kommentare"
COMMENT_COUNT = regex.compile(
    r"(?:\d{1,6}|One|No|Two|Three)[ \t\u00a0]{1,20}(?i:comments?|responses?|replies|thoughts?"
    r"|reactions?|comentarios?|kommentare?|commentaires?)"
    r"(?:[ \t\u00a0]{1,20}(?i:on|to)[ \t\u00a0]{1,20}\S.{0,300})?"
    r"|(?i:comments?|comentarios|kommentare|commentaires)[ \t\u00a0]{0,20}\(\d{1,6}\)"
)

# A comment UI counter: likes, replies or points.
# Example: "3 Likes", "Like (3)", "View 2 replies", "12 points"
COMMENT_COUNTER = regex.compile(
    r"(?i:view[ \t]{1,20})?\d{1,6}[ \t\u00a0]{1,20}(?i:likes?|replies|reply|points?|upvotes?"
    r"|votes?)"
    r"|(?i:like|likes|reply|replies)[ \t\u00a0]{0,20}\(\d{1,6}\)"
)

# Prefixes of residue lines followed by free text: tags, categories,
# read-more links and share prompts.
# Example: "Tags: Korea, Russia", "Read more: Storm hits the coast", "Filed under: World"
RESIDUE_PREFIX = regex.compile(
    r"(?P<prefix>(?i:tags|tagged|filed[ \t]{1,20}under|categories|category|topics"
    r"|posted[ \t]{1,20}in"
    r"|read[ \t]{1,20}more|also[ \t]{1,20}read|see[ \t]{1,20}also|read[ \t]{1,20}also|related"
    r"|etiquetas|temas|schlagwörter|themen|mots-clés|sujets|lire[ \t]{1,20}aussi"
    r"|leer[ \t]{1,20}más)"
    r"[ \t\u00a0]{0,20}:)[ \t\u00a0]{0,20}\S"
)

# The meta line a blog prints under a post (where it was filed, its permalink,
# how to follow its comments or send a trackback), read at the start of a line.
# Example: "This entry was posted in Travel. Bookmark the permalink.",
# "You can follow any responses to this entry through the RSS 2.0 feed."
POST_FOOTER = regex.compile(
    r"(?i:this[ \t]{1,20}(?:entry|post)[ \t]{1,20}was[ \t]{1,20}(?:posted|filed)"
    r"[ \t]{1,20}(?:on|in|under)(?![\p{L}])"
    r"|you[ \t]{1,20}can[ \t]{1,20}follow[ \t]{1,20}any[ \t]{1,20}responses"
    r"|you[ \t]{1,20}can[ \t]{1,20}leave[ \t]{1,20}a[ \t]{1,20}response"
    r"|bookmark[ \t]{1,20}the[ \t]{1,20}permalink"
    r"|post[ \t]{1,20}a[ \t]{1,20}comment[ \t]{1,20}or[ \t]{1,20}leave[ \t]{1,20}a"
    r"[ \t]{1,20}trackback"
    r"|(?:both[ \t]{1,20})?comments[ \t]{1,20}and[ \t]{1,20}(?:pings|trackbacks)[ \t]{1,20}are"
    r"[ \t]{1,20}(?:currently[ \t]{1,20})?closed)"
)

# A "Click to share on ..." button label as WordPress prints it.
# Example: "Click to share on Twitter (Opens in new window)"
CLICK_TO_SHARE = regex.compile(
    r"(?i:click[ \t]{1,20}to[ \t]{1,20}(?:share|email|print))[^\n]{0,80}?"
    r"(?:\((?i:opens[ \t]{1,20}in[ \t]{1,20}new[ \t]{1,20}window)\))?"
)

# What a cookie notice asks of the reader, searched after CONSENT_OPENING matched.
# Example: "Accept" in "We use cookies to improve your experience. Accept"
CONSENT_NOTICE = regex.compile(
    r"(?i:accept|agree|consent|policy|settings|opt[ -]out|ok|got[ \t]{1,20}it|more[ \t]{1,20}info)"
)

_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?"
    r"|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche)"
)

# The label before a publication or update time, with its "on"/"at"/"am"/"le"
# word and colon; "date" may follow the label.
# Example: "Published: ", "Last updated on ", "Published Date: ", "Publié le "
TIME_LABEL = regex.compile(
    r"(?P<label>(?i:first[ \t]{1,20}published|last[ \t]{1,20}updated|last[ \t]{1,20}modified"
    r"|published"
    r"|updated|posted|modified|publicado|actualizado|actualización|veröffentlicht"
    r"|zuletzt[ \t]{1,20}aktualisiert|aktualisiert|stand|publié|mis[ \t]{1,20}à[ \t]{1,20}jour"
    r"|mise[ \t]{1,20}à[ \t]{1,20}jour|modifié)(?![\p{L}]))"
    r"(?:[ \t\u00a0]{1,20}(?i:date)(?![\p{L}]))?"
    r"(?:[ \t\u00a0]{1,20}(?i:on|at|el|am|le)(?![\p{L}]))?[ \t\u00a0]{0,20}:?[ \t\u00a0]{0,20}"
)

# A numeric date with the year first (ISO and its slash and dot variants):
# never read day first, whatever the language of its label.
# Example: "2024-03-04" in "Stand: 2024-03-04", "2024/03/04"
YEAR_FIRST_DATE = regex.compile(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")

# A numeric date with slashes or dashes whose first two numbers could each be the
# day or the month (both 1 to 12), not part of a longer run of numbers.
# Example: "03/05/2022" in "03/05/2022 20:36", "3-5-22"
AMBIGUOUS_NUMERIC_DATE = regex.compile(
    r"(?<![\d/-])(?P<first>0?[1-9]|1[0-2])(?P<sep>[/-])(?P<second>0?[1-9]|1[0-2])(?P=sep)"
    r"(?:\d{4}|\d{2})(?![\d/-])"
)

# A numeric date with slashes whose first number can only be a day (13 to 31):
# the page prints dates day first.
# Example: "19/10/2020"
DAY_FIRST_SLASH_DATE = regex.compile(
    r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{2})(?![\d/])"
)

# A numeric date with slashes whose second number can only be a day (13 to 31):
# the page prints dates month first.
# Example: "10/19/2020"
MONTH_FIRST_SLASH_DATE = regex.compile(
    r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:\d{4}|\d{2})(?![\d/])"
)

# An ASCII digit: in ASCII text, exactly the characters `str.isdigit` accepts.
# Example: "4" in "Mar 4"
ASCII_DIGIT = regex.compile(r"[0-9]")

# The characters a TIME_LABEL match can open with: the first letters of its words
# in either case, and the long s (U+017F) that case-insensitive matching takes for "s".
# Example: "U" of "Updated: ...", "s" of "stand: ..."
TIME_LABEL_INITIALS = frozenset("fFlLpPuUmMaAvVzZsS\u017f")

# A numeric date with a two-digit year (day or month, then the other, then the
# year, split by dots or slashes alike), not part of a longer run of numbers.
# Example: "19.10.19" in "19.10.19, 18:56", "11/08/23"
SHORT_YEAR_DATE = regex.compile(
    r"(?<![\d./])(?P<head>\d{1,2}(?P<sep>[./])\d{1,2})(?P=sep)(?P<year>\d{2})(?![\d./])"
)

# One token of a printed date and time: an ISO date-time, a numeric date, a
# clock time, a number (with ordinal suffix or dot), am/pm, a month or weekday
# name (English, Spanish, German, French), a numeric offset, an upper-case zone
# abbreviation, or a filler word ("at", "de", "à", "um", "Uhr").
_TIME_TOKEN = (
    r"(?>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\d{1,2}(?::\d{2}){1,2}"
    r"|\d{1,2}[.h]\d{2}(?![\d])"
    r"|\d{1,4}(?:st|nd|rd|th|er|º)?\.?"
    r"|(?i:[ap]\.?[ ]?m\.?)(?![\p{L}])"
    r"|(?i:" + _MONTH[3:-1] + r")\.?(?![\p{L}])"
    r"|(?i:" + _FOREIGN_MONTH + r")\.?(?![\p{L}])"
    r"|" + _WEEKDAY + r"\.?(?![\p{L}])"
    r"|[+-]\d{2}:?\d{2}"
    r"|\p{Lu}{1,5}(?![\p{L}])"
    r"|(?i:at|de|del|à|um|uhr|a[ \t]{1,20}las|h|hrs)(?![\p{L}]))"
)

# A printed date and time: tokens separated by spaces, commas, slashes, pipes
# or dashes. The loop is possessive, so a failed match costs linear time.
# Example: "10:32 AM EST, March 4, 2024", "4 de marzo de 2024", "2024-03-04 10:32"
TIME_EXPRESSION = regex.compile(r"(?:" + _TIME_TOKEN + r"[ \t\u00a0,|/–—\-]*)++")

# A relative time, in English, Spanish, German or French.
# Example: "2 hours ago", "an hour ago", "hace 3 horas", "vor 2 Stunden", "il y a 5 minutes"
RELATIVE_TIME = regex.compile(
    r"(?i:(?:about|around)[ \t]{1,20})?(?i:an?|one|\d{1,4})[ \t\u00a0]{0,20}(?i:seconds?|secs?"
    r"|minutes?"
    r"|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?"
    r"|y)[ \t\u00a0]{1,20}(?i:ago)"
    r"|(?i:just[ \t]{1,20}now)"
    r"|(?i:hace)[ \t]{1,20}(?i:una?|\d{1,4})[ \t]{1,20}(?i:segundos?|minutos?|horas?|días?|dias?"
    r"|semanas?|mes|meses|años?)"
    r"|(?i:vor)[ \t]{1,20}(?i:einer?|einem|\d{1,4})[ \t]{1,20}(?i:sekunden?|minuten?|stunden?"
    r"|tag|tagen"
    r"|woche|wochen|monat|monaten|jahr|jahren)"
    r"|(?i:il[ \t]{1,20}y[ \t]{1,20}a)[ \t]{1,20}(?i:une?|\d{1,4})[ \t]{1,20}(?i:secondes?"
    r"|minutes?|heures?"
    r"|jours?|semaines?|mois|ans?)"
)

# A clock time printed with a dot or an "h" ("10.32", "10h32"), rewritten to
# "10:32" before reading; a numeric date such as "04.03.2024" is left alone.
# Example: "10.32" in "Mon 4 Mar 2024 10.32 GMT", "10h32" in "à 10h32"
CLOCK_DOT = regex.compile(r"(?<![\d.:])(\d{1,2})[.h](\d{2})(?![\d.])")

# A meridiem with dots, rewritten to "AM"/"PM" before reading.
# Example: "a.m." in "10:32 a.m. ET"
MERIDIEM = regex.compile(r"(?<![\p{L}])([APap])\.[ ]?[Mm]\.?(?![\p{L}])")

# A word of a printed time (letters only), looked up to translate foreign
# month names, drop foreign weekdays and filler words, and find zone names.
# Example: "marzo", "Uhr", "EST"
TIME_WORD = regex.compile(r"(?<![\p{L}])[\p{L}]+(?![\p{L}])")

# The number prefix of a numbered comment.
# Example: "1. " in "1. Ann Lee says:", "#12 " in "#12 Bo Chan"
COMMENT_NUMBER = regex.compile(r"(?:#[ \t]{0,20}\d{1,5}|\d{1,5}[.)])[ \t\u00a0]{1,20}")

# A WordPress comment author line: the name, then "says:" (or the Spanish,
# German, French verb).
# Example: "Ann Lee says:", "María dice:", "Jean dit :"
COMMENT_SAYS = regex.compile(
    r"(?P<author>\S[^\n]{0,80}?)[ \t\u00a0]{1,20}(?i:says|said|dice|sagt|dit"
    r"|schreibt)[ \t\u00a0]{0,20}:"
)

# A one-line comment head: author, an optional "→ parent", a bullet and the time,
# and an optional "• edited". Each field takes its whole stretch up to the next
# "•", "·" or "→" (blanks included; callers strip them) with possessive repeats,
# so nothing is tried twice: a longer stretch is accepted only when what follows
# its first 80 (60 for the time) characters is at most 20 blanks. Up to 20
# leading blanks of the parent and the time are skipped, or kept in the field when
# what is left is too short for it ("Ann → • 3 years ago" has an empty parent).
# Example: "Ann Lee • 3 years ago", "Bo Chan → Ann Lee • 3 years ago • edited"
COMMENT_BULLET_HEAD = regex.compile(
    r"(?P<author>[^•·→\n]{1,80}+)[ \t\u00a0]{0,20}+"
    r"(?:→(?:[ \t\u00a0]{0,20}+)?(?P<to>[^•·→\n]{1,80}+)[ \t\u00a0]{0,20}+)?"
    r"[•·](?:[ \t\u00a0]{0,20}+)?(?P<time>[^•·→\n]{2,60}+)"
    r"(?:[ \t\u00a0]{0,20}+[•·][ \t\u00a0]{0,20}+(?i:edited))?"
)

# An older WordPress comment head: author, "on" and the time, then "said:".
# Example: "Ann Lee on March 4, 2024 at 10:32 am said:"
COMMENT_ON_SAID = regex.compile(
    r"(?P<author>\S[^\n]{0,80}?)[ \t\u00a0]{1,20}on[ \t\u00a0]{1,20}(?P<time>\S[^\n]{4,60}?)"
    r"[ \t\u00a0]{1,20}(?i:said)[ \t\u00a0]{0,20}:?"
)

# A line naming the comment a reply answers.
# Example: "In reply to Ann Lee.", "Replying to @Ann", "En respuesta a Ana"
IN_REPLY_TO = regex.compile(
    r"(?i:in[ \t]{1,20}reply[ \t]{1,20}to|replying[ \t]{1,20}to"
    r"|en[ \t]{1,20}respuesta[ \t]{1,20}a|antwort[ \t]{1,20}an"
    r"|en[ \t]{1,20}réponse[ \t]{1,20}à)[ \t\u00a0]{1,20}@?(?P<name>\S[^\n]{0,80}?)[ \t]{0,20}[.:]?"
)

# A wire trailer after the body: who reported, wrote and edited, in brackets or not.
# Example: "(Reporting by Ann Lee in Lima; Editing by Bo Chan)"
TRAILER = regex.compile(
    r"\(?(?P<body>(?i:(?:additional[ \t]{1,20})?reporting|writing|editing|compiled|reported"
    r"|produced|graphics)[ \t]{1,20}by[ \t]{1,20}[^\n]{1,500}?)\)?\.?"
)

# The characters a wire trailer opens with, as the trailer rule reads them: its
# bracket, or the capital of one of TRAILER's words (a lower-case "reporting by" is
# a sentence of the body).
# Example: "(" of "(Reporting by ...)", "E" of "Editing by ..."
TRAILER_INITIALS = frozenset("(RWEACPG")

# One part of a wire trailer, between semicolons.
# Example: "Editing by Bo Chan and Cy Dorn"
TRAILER_PART = regex.compile(
    r"(?i:(?:additional[ \t]{1,20})?reporting|writing|editing|compiled|reported|produced"
    r"|graphics|fact-checking)[ \t]{1,20}by[ \t]{1,20}(?P<names>\S[^\n]{0,300})"
)

# A caption printed once, known by its opening: the BBC's "Image caption",
# "Caption:", "Pictured:", or the wire prefixes "FILE - ", "FILE PHOTO: ", "TOPSHOT - ".
# Example: "Image caption, Rescue teams search the rubble", "FILE - Ann Lee speaks in 2020."
CAPTION_OPENING = regex.compile(
    r"(?:Image[ \t]{1,20}caption|Caption|Pictured|Bildunterschrift|Légende"
    r"|Pie[ \t]{1,20}de[ \t]{1,20}foto)"
    r"[ \t]{0,20}[,:]?[ \t\u00a0]{1,20}\S"
    r"|(?:FILE(?:[ \t]{1,20}PHOTO)?|TOPSHOT|PHOTO)[ \t\u00a0]{0,20}[-–—:][ \t\u00a0]{0,20}\S"
)

# A credit at the end of a caption, in round or square brackets.
# Example: "(AP Photo/Evan Vucci)", "[Photo by Ann Lee]"
BRACKETED_CREDIT = regex.compile(r"[(\[](?P<credit>[^()\[\]\n]{1,120})[)\]][ \t\u00a0]{0,20}$")

# A labelled credit at the end of a caption, after a full stop, a pipe or a dash.
# Example: "Photo: Ann Lee/AFP" in "Crowds in Paris. Photo: Ann Lee/AFP"
TRAILING_LABELLED_CREDIT = regex.compile(
    r"(?:[.!?”\"][ \t\u00a0]{1,20}|[ \t\u00a0]{1,20}[|–—\-][ \t\u00a0]{0,20})"
    r"(?P<credit>(?i:photo(?:graph)?(?:[ \t]{1,20}credit)?[ \t]{0,20}(?::|by)|foto:|bild:"
    r"|image:|credit:"
    r"|picture:)[ \t\u00a0]{0,20}[^|()\[\]\n]{2,80})$"
)

# An unlabelled credit at the end of a caption after a pipe.
# Example: "Getty Images" in "Crowds in Paris | Getty Images"
TRAILING_PIPE_CREDIT = regex.compile(
    r"[ \t\u00a0]{1,20}\|[ \t\u00a0]{0,20}"
    r"(?P<credit>[^|\n]{2,80})$"
)

# A Reuters-style credit closing a caption.
# Example: "REUTERS/Ann Lee/File Photo" in "A man walks in Paris. REUTERS/Ann Lee/File Photo"
TRAILING_SLASH_CREDIT = regex.compile(
    r"[.!?”\"][ \t\u00a0]{1,20}(?P<credit>(?:REUTERS|AFP|EPA|AP|Reuters)(?:[ \t]{1,20}Photo)?/"
    r"[^/\n]{2,60}(?:/[^/\n]{2,40}){0,2})$"
)

# A photo credit alone on its line.
# Example: "Photo: Ann Lee/AFP", "(Photo: Reuters)", "Image source, Getty Images",
# "AP Photo/Evan Vucci", "Getty Images"
CREDIT_LINE = regex.compile(
    r"\(?(?P<credit>(?:(?i:photo(?:graph)?(?:[ \t]{1,20}credit)?[ \t]{0,20}(?::|by)|foto:|bild:"
    r"|image(?:[ \t]{1,20}credit)?:|credit:|picture:|image[ \t]{1,20}source,"
    r"|crédit[ \t]{1,20}photo[ \t]{0,20}:)"
    r"[ \t\u00a0]{0,20}[^()\n]{2,80}"
    r"|(?:AP|AFP|EPA|REUTERS|Reuters)(?:[ \t]{1,20}Photo)?/[^()\n]{2,60}"
    r"|[^()\n]{0,60}(?:Getty[ \t]{1,20}Images|Shutterstock|iStock)[^()\n]{0,30}))\)?"
)

# The label of a credit line that reads "Image source, X" (BBC): a caption follows.
# Example: "Image source, Getty Images"
IMAGE_SOURCE = regex.compile(r"(?i:image[ \t]{1,20}source)[ \t]{0,20},")

# A newsletter or subscription prompt with free text.
# Example: "Sign up for The Daily Brief newsletter", "Subscribe to get breaking news alerts",
# "Get the Morning Briefing newsletter delivered to your inbox"
PROMO_LINE = regex.compile(
    r"(?:(?i:sign[ \t]{1,20}up|subscribe)(?![\p{L}])[^\n]{0,80}?(?i:newsletters?|inbox|alerts"
    r"|updates)"
    r"|(?i:get)(?![\p{L}])[^\n]{0,80}?(?i:newsletters?|inbox))[^\n]{0,40}"
)

# The opening of a cookie notice addressed to the reader; the line must also
# ask to accept or name a policy (checked in code).
# Example: "We use cookies" in "We use cookies to improve your experience. Accept"
CONSENT_OPENING = regex.compile(
    r"(?i:we[ \t]{1,20}use[ \t]{1,20}cookies|(?:this"
    r"|our)[ \t]{1,20}(?:web[ \t]?)?site[ \t]{1,20}uses[ \t]{1,20}cookies"
    r"|by[ \t]{1,20}continuing[ \t]{1,20}to[ \t]{1,20}(?:use|browse)|utilizamos[ \t]{1,20}cookies"
    r"|wir[ \t]{1,20}verwenden[ \t]{1,20}cookies"
    r"|nous[ \t]{1,20}utilisons[ \t]{1,20}des[ \t]{1,20}cookies)"
)

# A name followed by a place: "in", "en", "aus" and a capitalised place.
# Example: " in Lima" in "Ann Lee in Lima"
NAME_IN_PLACE = regex.compile(
    r"(?P<name>\S[^\n]{0,80}?)[ \t\u00a0]{1,20}(?:in|en|aus|from)[ \t\u00a0]{1,20}"
    r"(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]{0,40}(?:[ \t\u00a0]{1,20}\p{Lu}"
    r"[\p{L}\p{M}.'’\-]{0,40}){0,3})"
)

# A leading "@Name" of a reply; the name is matched against earlier commenters in code.
# Example: "@Ann Lee" in "@Ann Lee I disagree."
AT_MENTION = regex.compile(r"@(?P<name>[^\s@][^@\n]{0,80})")

# --- comment sections ---

_SECTION_COUNT_WORD = r"(?:\d{1,6}|(?i:one|no|two|three|four|five|six|seven|eight|nine|ten))"
_SECTION_NOUN = (
    r"(?i:comments?|responses?|replies|thoughts?|reactions?|trackbacks?|pingbacks?|gossips?"
    r"|comentarios?|comentários?|kommentare?|commentaires?|réponses?|respuestas?)"
)

# A comment-section header with a count, and whatever follows it on the line (a
# title after "on" or "to", a colon, a call to action), which the code checks.
# An optional word stands before the count or its bracket ("Reader Comments (3)").
# Example: "52 comments", "{ 20 comments… read them below or add one }",
# "3 thoughts on “Storm hits”", "There are 4 comments. Add yours.", "Reader Comments (3)",
# "soundoff (78 Responses)"
COMMENT_SECTION_COUNT = regex.compile(
    r"(?:\p{L}{1,20}[ \t\u00a0]{0,20})?[{(\[]?[ \t\u00a0]{0,20}"
    r"(?:(?i:there)[ \t\u00a0]{1,20}(?i:are|is)[ \t\u00a0]{1,20})?"
    + _SECTION_COUNT_WORD
    + r"[ \t\u00a0]{0,20}(?:(?i:appreciated|reader|user)[ \t\u00a0]{1,20})?"
    + _SECTION_NOUN
    + r"(?![\p{L}])(?P<tail>[^\n]{0,200}+)"
    r"|(?:\p{L}{1,20}[ \t\u00a0]{1,20})?"
    + _SECTION_NOUN
    + r"[ \t\u00a0]{0,20}[(\[][ \t\u00a0]{0,20}\d{1,6}[ \t\u00a0]{0,20}[)\]]"
    r"(?P<after>[^\n]{0,200}+)"
)

# A date, with an optional clock time after it, inside a comment head or
# signature line: month-name dates either way round, numeric and ISO dates, or a
# relative time. The code splits the line around it to find the commenter.
# Example: "March 3, 2012, 10:15 am" in "Ann Lee — March 3, 2012, 10:15 am",
# "11/6/2012 3:07 AM" in "Ann Lee | 11/6/2012 3:07 AM", "07.13.12 at 07:34", "3 days ago"
COMMENT_DATE_SPAN = regex.compile(
    r"(?<![\d])(?:" + _WEEKDAY + r"\.?,?[ \t\u00a0]{1,20})?"
    r"(?:" + _MONTH + r"\.?[ \t\u00a0]{1,20}\d{1,2}(?:st|nd|rd|th)?(?![\d])"
    r"(?:,?[ \t\u00a0]{1,20}\d{4}(?![\d]))?"
    r"|\d{1,2}(?:st|nd|rd|th)?\.?[ \t\u00a0]{1,20}" + _MONTH + r"\.?,?[ \t\u00a0]{1,20}"
    r"(?:\d{4}|\d{2})(?![\d:])"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?![\d])"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?![\d])"
    r"|(?i:an?|\d{1,3})[ \t\u00a0]{1,20}(?i:sec|second|min|minute|hour|hr|day|week|month|year)"
    r"(?i:s)?[ \t\u00a0]{1,20}(?i:ago))"
    r"(?:[ \t\u00a0,]{0,20}(?:(?i:at|@|um|à)[ \t\u00a0]{1,20}|[\-–—|][ \t\u00a0]{0,20})?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u00a0]{0,20}[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t\u00a0]{1,20}\p{Lu}{2,4}(?![\p{L}]))?)?"
)

# A digit as `COMMENT_DATE_SPAN` reads one: the test before that search for text
# that is not ASCII (its `\d` takes digits of a newer Unicode than `str.isdigit`).
# Example: "3" in "Ann Lee — March 3, 2012"
COMMENT_DATE_DIGIT = regex.compile(r"\d")

# The numbering before a comment head: "1.", "#12", a vote score and a number.
# Example: "1. " in "1. Ann Lee says:", "+4 #1 " in "+4 #1 Bo Chan 2011-06-02 13:28"
COMMENT_LEAD = regex.compile(
    r"(?:[•*][ \t\u00a0]{0,20})?(?:[+\-]\d{1,4}[ \t\u00a0]{1,20})?"
    r"(?:#[ \t\u00a0]{0,20}\d{1,5}|\d{1,5}[.)])(?:[ \t\u00a0]{1,20}\d{1,5}(?![\d.:/]))?"
    r"[ \t\u00a0]{1,20}"
)

# The voice of a reader's comment at the start of a line: an @mention, a greeting,
# thanks (not "Thanks to"), praise of the post, agreement, or a name alone with a
# comma (the salutation of a comment). Anchored; every alternative opens with one of
# the words of `COMMENT_VOICE_OPENERS` (or "@", or the name), so a look-up of the
# first word may stand before it.
# Example: "Great post, Dana! I tried it at once.", "Hi Bo, try salt.", "Thanks Cy!",
# "@Dee: not quite.", "I totally agree with you.", "Marlo,"
COMMENT_VOICE = regex.compile(
    r"(?i:@[ \t]?+[\p{L}\d_]"
    r"|(?:hi|hey|hello|howdy|dear)(?![\p{L}\-])"
    r"|(?:great|nice|excellent|good|awesome|wonderful|fantastic|lovely|thoughtful"
    r"|informative|brilliant|interesting|amazing|beautiful|cool|superb|terrific|fabulous"
    r"|what[ \t]a[ \t]great|what[ \t]a[ \t]nice|very[ \t]nice|very[ \t]good|very[ \t]interesting"
    r"|very[ \t]informative)[ \t]"
    r"(?:post|article|piece|read|write-?up|blog|interview|job|points?|stuff|work|list"
    r"|tips|idea|question|photos?|pictures?|shots?|site|series|advice|review)(?![\p{L}])"
    r"|(?:thanks|thank[ \t]you|thx|ty)(?:[ \t](?:so|very)[ \t]much)?"
    r"(?:[ \t]for(?![\p{L}])(?![ \t](?:reading|watching|listening|subscribing|signing|visiting))"
    r"|[ \t]?+[,!]|[ \t](?-i:\p{Lu}))"
    r"|(?:i|i'd|i’d|i[ \t]would)[ \t]"
    r"(?:(?:totally|completely|really|fully|have[ \t]to|must|so|just)[ \t])?"
    r"(?:agree|disagree|enjoyed|loved[ \t](?:this|your|it|the[ \t]way)"
    r"|love[ \t](?:this|your|it|the[ \t]way|how))(?![\p{L}])"
    r"|(?:love|loved|enjoyed)[ \t](?:this|your|it|the)(?![\p{L}])"
    r"|(?:your|this[ \t]is[ \t]a[ \t]great)[ \t](?:post|article|blog|piece|writing)(?![\p{L}])"
    r"|(?:oh,?[ \t](?:wow|nice|my|man|dear|no)|really[ \t](?:enjoyed|liked|loved|like|love)"
    r"|(?:so[ \t])?sorry[ \t]to[ \t]hear|can[ \t]you[ \t](?:elaborate|explain|share|tell)"
    r"|(?:looks|sounds)[ \t](?:so[ \t])?(?:lovely|delicious|great|amazing|good|wonderful"
    r"|fantastic|yummy|beautiful|fabulous|divine|heavenly|awesome|interesting))(?![\p{L}])"
    r"|(?:totally|completely|absolutely|strongly)[ \t](?:agree|disagree)(?![\p{L}])"
    r"|(?:couldn't|couldn’t|could[ \t]not)[ \t]agree"
    r"|(?:well[ \t]said|well[ \t]done|agreed|amen|me[ \t]too|lol|lmao|wow|congrats|congratulations"
    r"|kudos|bravo|bookmarked|keep[ \t]up[ \t]the)(?![\p{L}])"
    r")"
    r"|\p{Lu}[\p{L}'’.\-]{0,20}+(?:[ \t]\p{Lu}[\p{L}'’.\-]{0,20}+){0,2}+,\Z"
)

# A call to the readers to comment, anywhere in a line: the last words of an
# article whose comments follow without a header.
# Example: "What is your favourite? Let me know in the comments.", "Leave a comment below!",
# "Tell us how it went in the comment section."
COMMENT_INVITATION = regex.compile(
    r"(?i)(?<![\p{L}])(?:leave[ \t](?:a|your)[ \t]comments?|let[ \t](?:me|us)[ \t]know"
    r"[ \t](?:what[ \t]you[ \t]think|in[ \t]the[ \t]comments|your[ \t]thoughts|below)"
    r"|in[ \t]the[ \t]comments(?:[ \t]section)?[ \t]below|in[ \t]the[ \t]comments?[ \t]section"
    r"|share[ \t]your[ \t]"
    r"(?:thoughts|experiences?|comments)|(?:comment|tell[ \t]us)[ \t]below"
    r"|what[ \t]do[ \t]you[ \t]think\?|what[ \t]are[ \t]your[ \t]thoughts)"
)

# A reader speaking of the post itself, anywhere in a line: praise of the post, the
# article or the write-up (``great post``, ``your article``, ``this post is very
# useful``), thanks for sharing or writing it, "the author". An article hardly speaks
# of itself so; `comment_section` weighs it as a reader's voice only in an extractor's
# text past the first third.
# Example: "Interesting. Thanks for sharing.", "A very good article, with tips.",
# "I wonder if the author has tried it.", "This post is so helpful."
READER_REFERENCE = regex.compile(
    r"(?i)(?<![\p{L}])(?:"
    r"(?:great|nice|good|excellent|interesting|informative|useful|helpful|wonderful"
    r"|awesome|fantastic|brilliant|insightful|amazing|your)[ \t]"
    r"(?:blog[ \t])?(?:post|article|write-?up|overview|piece)(?![\p{L}])"
    r"|this[ \t](?:post|article|piece)[ \t](?:is|was)[ \t](?:very[ \t]|so[ \t]|really[ \t]|a[ \t])?"
    r"(?:great|interesting|informative|useful|helpful|awesome|amazing|excellent"
    r"|fantastic|brilliant|insightful|good)(?![\p{L}])"
    r"|thanks?(?:[ \t]you)?[ \t](?:so[ \t]much[ \t]|very[ \t]much[ \t])?for[ \t]"
    r"(?:sharing|posting|writing|the[ \t](?:post|article|info|information|tips|link))(?![\p{L}])"
    r"|the[ \t]author(?![\p{L}'’]))"
)

# --- real-page bylines and dates ---

_WEEKDAY_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs"
    r"|Fri|Sat|Sun)"
)

# Where inline elements of a head line run together (a page without CSS): a
# lower-case letter directly followed by a digit, a capitalised month or weekday,
# a time label or a title word; or a four-digit year directly followed by the day
# of a second date, a clock time or a capital (a month, a weekday, a name). The
# reader puts a part separator there.
# Example: "Ann LeeMarch 3, 2024", "Ann LeePublished", "Ann Lee19.10.2019", "2019 14. Jan"
# ("6. Januar 201914. Januar 2020"), "Ann LeeStaff Writer", "Ann LeeCategories",
# "2020 April" ("March 3, 2020April 5, 2021"), "2023 6:01" ("March 3, 20236:01 PM")
BYLINE_GLUE = regex.compile(
    r"(?<=\p{Ll})(?=\d|(?:" + _MONTH + r"|" + _WEEKDAY_NAME + r"|Published|Updated|Posted"
    r"|Last|Veröffentlicht|Aktualisiert|Stand|Publicado|Actualizado|Publié|Staff|Senior"
    r"|Categories|Kategorien)"
    r"(?![\p{Ll}]))"
    r"|(?<=(?<![\d])(?:19|20)\d\d)(?=\d{1,2}[./: \u00a0]|\p{Lu})"
)

# What joins the parts of a head line: a pipe, a bullet or a double slash (spaces
# optional), a middle dot or a slash between spaces, or a run of three blanks or
# more (inline elements a page spaced apart).
# Example: " | " in "By Ann Lee | March 3, 2024", "|" in "Mar 3, 2024|5 min read", " // "
HEAD_PART_SEPARATOR = regex.compile(
    r"[ \t\u00a0]{0,20}+(?:\||•|∙|⋅|//)[ \t\u00a0]{0,20}+|[ \t\u00a0]{1,20}+[·/][ \t\u00a0]{1,20}+"
    r"|[ \t\u00a0]{3,}+"
)

# A dash between spaces inside a part of a head line: tried when the part does
# not read whole.
# Example: " - " in "By Ann Lee - March 3, 2024", " — " in "Ann Lee — 4. März 2024"
HEAD_DASH_SEPARATOR = regex.compile(r"[ \t\u00a0]{1,20}+(?:-|–|—|--)[ \t\u00a0]{1,20}+")

# Where a time starts inside the names part of a byline: a digit, a capitalised
# month or weekday name, or a time label, at the start of a word.
# Example: "19." in "Claudia Lee 19. Oktober 2024", "March" in "Ann Lee March 3, 2024",
# "Published" in "Ann Lee Published: March 3, 2024"
BYLINE_TIME_START = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d|(?:" + _MONTH + r"|" + _WEEKDAY_NAME + r")\.?(?![\p{L}])"
    r"|(?i:published|updated|posted|last[ \t]{1,20}updated|veröffentlicht|aktualisiert|zuletzt"
    r"|stand|erstellt|publicado|actualizado|publié|mis[ \t]{1,20}à[ \t]{1,20}jour)(?![\p{L}]))"
)

# A month and a day, with an optional year: the date of a blog post's meta line.
# Example: "Jan 23", "June 9, 2024"
MONTH_DAY = regex.compile(_MONTH + r"\.?[ \t\u00a0]{1,20}\d{1,2}(?:,?[ \t\u00a0]{1,20}\d{4})?")

# A reading-time note printed with a byline or a date, alone or at the end.
# Example: "5 min read", "3 Min. Lesezeit", "Lesezeit: 4 Minuten", "5 min"
READING_TIME = regex.compile(
    r"(?r)(?:\d{1,3}[ \t\u00a0]{0,20}(?i:minutes?|minuten|minutos|mins?)\.?"
    r"(?:[ \t\u00a0]{1,20}(?i:read|reading|lesezeit|lesedauer|de[ \t]{1,20}lectura"
    r"|de[ \t]{1,20}lecture|lecture))?"
    r"|(?i:lesezeit|lesedauer|reading[ \t]{1,20}time|temps[ \t]{1,20}de[ \t]{1,20}lecture"
    r"|tiempo[ \t]{1,20}de[ \t]{1,20}lectura)[ \t\u00a0]{0,20}:?[ \t\u00a0]{0,20}"
    r"(?:\d{1,3}[ \t\u00a0]{0,20}(?i:minutes?|minuten|minutos|mins?)\.?)?)"
)

# The characters a reading time alone on a line opens with, as the reading-time
# rule reads it: an ASCII digit, or the initial of a label ("Lesezeit", "Reading
# time", "Temps de lecture", "Tiempo de lectura").
# Example: "5" of "5 min read", "L" of "Lesezeit: 3 Minuten"
READING_TIME_INITIALS = frozenset("0123456789LlRrTt")

# Further time labels that `TIME_LABEL` does not know, tried after it: German,
# Spanish and French publication and change labels, and a bare "on", "am" or "le".
# Example: "Zuletzt geändert am ", "Erschienen am: ", "Datum: ", "Le ", "Fecha: "
EXTRA_TIME_LABEL = regex.compile(
    r"(?P<label>(?i:zuletzt[ \t]{1,20}geändert|geändert|erstellt|erschienen|erscheinungsdatum"
    r"|erstveröffentlichung|veröffentlichung|publiziert|datum|post[ \t]{1,20}date"
    r"|publication[ \t]{1,20}date|date[ \t]{1,20}de[ \t]{1,20}publication|originally"
    r"[ \t]{1,20}published|fecha|publicación|publié[ \t]{1,20}sur|date|on|am|le|el))"
    r"(?![\p{L}])(?:[ \t\u00a0]{1,20}(?i:on|at|el|am|le|den))?(?![\p{L}])"
    r"[ \t\u00a0]{0,20}:?[ \t\u00a0]{0,20}"
)

# --- added by the date helper ---

# More labels before a publication or update time, tried after `TIME_LABEL` and
# `EXTRA_TIME_LABEL`: "written"/"created" (English, German, Spanish, French), German
# "eingetragen", Portuguese "publicado em"/"postado em", and the update labels
# "bearbeitet" (German) and "atualizado" (Portuguese).
# Example: "Written: ", "Eingetragen am ", "Creado el ", "Postado em ", "Zuletzt bearbeitet: "
MORE_TIME_LABEL = regex.compile(
    r"(?P<label>(?i:written|created|originally[ \t]{1,20}created|eingetragen|geschrieben"
    r"|verfasst|escrito|creado|écrit|créé|publicado[ \t]{1,20}em|publicado[ \t]{1,20}en|postado"
    r"|atualizado[ \t]{1,20}em|atualizado|zuletzt[ \t]{1,20}bearbeitet|bearbeitet))"
    r"(?![\p{L}])(?:[ \t\u00a0]{1,20}(?i:on|at|el|am|le|den|em))?(?![\p{L}])"
    r"[ \t\u00a0]{0,20}:?[ \t\u00a0]{0,20}"
)

# A comma that starts an update label inside a head line, in German, Spanish,
# Portuguese or French (the created date comes first, the change after it).
# Example: ", geändert" in "Erstellt am 3.5.24 um 08:35, geändert am 3.5.24 um 09:10"
HEAD_UPDATE_COMMA = regex.compile(
    r",[ \t\u00a0]{0,20}+(?=(?i:aktualisiert|geändert|zuletzt|bearbeitet|actualizado"
    r"|atualizado|modifié|mis[ \t]{1,20}à[ \t]{1,20}jour)(?![\p{L}]))"
)

# A slash printed without spaces between the parts of a head line: after a letter
# or a time, before a month name, a weekday name or a time label.
# Example: "/" in "By Ann Lee/March 3, 2024 9:49 am EST/Updated: March 4, 2024"
HEAD_SLASH_GLUE = regex.compile(
    r"(?<=[\p{L}\d.])/(?=(?:" + _MONTH + r"|" + _WEEKDAY_NAME + r"|Updated|Published|Posted"
    r"|Last)(?![\p{Ll}]))"
)

# A dotted date with a two-digit year run into the clock time after it: the four
# digits read as a year of the 1900s otherwise.
# Example: "28.09.1912:44" (28.09.19, 12:44)
SHORT_YEAR_CLOCK_GLUE = regex.compile(
    r"(?<![\d.])(?P<date>\d{1,2}\.\d{1,2}\.\d{2})(?P<clock>\d{1,2}:\d{2})(?![\d:])"
)

# A weekday name (English, Spanish, German, French, or its short English form) that
# opens a line, as the date of a post's meta line does.
# Example: "Mittwoch" of "Mittwoch, März 6, 2024 12 Allgemein, Garten", "Wed." of "Wed. 6 March"
OPENING_WEEKDAY = regex.compile(_WEEKDAY + r"\.?(?![\p{L}])")
