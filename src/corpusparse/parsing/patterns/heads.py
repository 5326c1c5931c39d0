"""Patterns of an article's head: bylines, author names, datelines, captions and credits.

The "By" line and its labels, what separates the names and what joins a byline
to an agency or a time on the same line; one author name and a name with its
place; datelines with an upper-case or a capitalised place, with or without an
agency; the parts of a head line run together on real pages; and the caption
openings and photo credits, in brackets, after a label or alone on a line.
"""

from __future__ import annotations

import regex

from corpusparse.parsing.patterns.shared import _FOREIGN_MONTH, _MONTH, _WEEKDAY_NAME

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

# The label before a credit, removed from the credit.
# Example: "Photo by " in "Photo by HANDOUT / AFP"
CREDIT_LABEL = regex.compile(
    r"(?i:photo(?:graph)?(?:[ \t]{1,20}credit)?[ \t]{0,20}(?:by|:)|foto:|bild:"
    r"|image(?:[ \t]{1,20}credit)?:"
    r"|credit:|picture:|image[ \t]{1,20}source,|crédit[ \t]{1,20}photo[ \t]{0,20}:)[ \t]{0,20}"
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

# A name followed by a place: "in", "en", "aus" and a capitalised place.
# Example: " in Lima" in "Ann Lee in Lima"
NAME_IN_PLACE = regex.compile(
    r"(?P<name>\S[^\n]{0,80}?)[ \t\u00a0]{1,20}(?:in|en|aus|from)[ \t\u00a0]{1,20}"
    r"(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]{0,40}(?:[ \t\u00a0]{1,20}\p{Lu}"
    r"[\p{L}\p{M}.'’\-]{0,40}){0,3})"
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


# The gap between a name and its outlet on a byline line: two spaces or no-break spaces
# (then tabs too); one no-break space alone stands between the words of a name.
# Example: "Ann Lee  DAILY SITE"
OUTLET_GAP = regex.compile(r"[ \u00a0]{2}[ \t\u00a0]*+")
