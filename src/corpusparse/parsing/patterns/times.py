"""Patterns of dates and times: calendar dates, clocks, relative times, labels, reading times.

Full and numeric dates (year first, day first, month first, ambiguous, with a
two-digit year), the tokens of a printed date and time and the expression they
make, relative times ("2 hours ago"), the clock and meridiem spellings
rewritten before reading, the labels before a publication or update time and
their initials, a month and a day, and a reading time ("5 min read").
"""

from __future__ import annotations

import regex

from corpusparse.parsing.patterns.shared import (
    _FOREIGN_MONTH,
    _FOREIGN_MONTH_OPENINGS,
    _MONTH,
    _WEEKDAY,
    _WEEKDAY_OPENINGS,
)

# A full calendar date (day, month and year) anywhere in a caption.
# Example: "November 26, 2023", "12 February 2025", "2024-03-04"
FULL_DATE = regex.compile(
    r"\b(?:" + _MONTH + r"\.?[ \u00a0]{1,20}\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]{1,20}\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \u00a0]{1,20}" + _MONTH + r"\.?,?[ \u00a0]{1,20}\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b"
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
# two-digit year after an apostrophe ("’20"), a clock time, a number (with
# ordinal suffix or dot), am/pm, a month or weekday
# name (English, Spanish, German, French), a numeric offset, an upper-case zone
# abbreviation, or a filler word ("at", "de", "à", "um", "Uhr").
_TIME_TOKEN = (
    r"(?>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|['\u2019]\d{2}(?![\d\p{L}])"
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

# A printed date and time: tokens separated by spaces (no-break, thin, narrow and
# figure spaces too), commas, slashes, pipes or dashes. The loop is possessive, so
# a failed match costs linear time.
# Example: "10:32 AM EST, March 4, 2024", "4 de marzo de 2024", "4.\u20092.\u20092024"
TIME_EXPRESSION = regex.compile(r"(?:" + _TIME_TOKEN + r"[ \t\u00a0\u2007\u2009\u202f,|/–—\-]*)++")

# How a token of `_TIME_TOKEN` opens: a digit, a sign, an apostrophe or a capital;
# or, in any case, "h", "à", the "a" or "p" of a meridiem, or the first two letters
# of a filler word, an English month, a foreign month or a weekday.
# Example: "4" of "4 March", "Ma" of "March 4", "à" of "à 10h32", "p." of "p.m."
_TIME_TOKEN_OPENING = (
    r"[\d+\-'\u2019]|\p{Lu}|(?i:h|à|a[ \t.m]|p[ .m]|at|de|um|uh|ja|fe|ma|ap|au|se|oc|no|ju)|"
    + _FOREIGN_MONTH_OPENINGS
    + "|"
    + _WEEKDAY_OPENINGS
)

# `TIME_EXPRESSION` for a search through a line (``finditer``): the same matches, but
# the look-ahead skips at once a position where no token opens, instead of trying
# every month and weekday name there.
# Example: "March 4, 2024" in "Posted on March 4, 2024 by Ann Lee"
TIME_EXPRESSION_SEARCH = regex.compile(
    r"(?=" + _TIME_TOKEN_OPENING + r")" + TIME_EXPRESSION.pattern
)

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

# A two-digit year after an apostrophe (straight or curly), not run into a
# number or a word: written out when the date names its month ("14 Feb ’20").
# Example: "’20" in "14 Feb ’20", "'19" in "Mar 3 '19"
APOSTROPHE_YEAR = regex.compile(r"(?<![\p{L}\d])['\u2019](?P<year>\d{2})(?![\d\p{L}])")

# A dotted date with a two-digit year run into the clock time after it: the four
# digits read as a year of the 1900s otherwise.
# Example: "14.03.2109:15" (14.03.21, 09:15)
SHORT_YEAR_CLOCK_GLUE = regex.compile(
    r"(?<![\d.])(?P<date>\d{1,2}\.\d{1,2}\.\d{2})(?P<clock>\d{1,2}:\d{2})(?![\d:])"
)

# A weekday name (English, Spanish, German, French, or its short English form) that
# opens a line, as the date of a post's meta line does.
# Example: "Mittwoch" of "Mittwoch, März 6, 2024 12 Allgemein, Garten", "Wed." of "Wed. 6 March"
OPENING_WEEKDAY = regex.compile(_WEEKDAY + r"\.?(?![\p{L}])")
