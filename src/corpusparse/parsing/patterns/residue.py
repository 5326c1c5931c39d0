"""Patterns of page residue: separators, widgets, related bullets, footers, prompts, trailers.

Separator lines, widget tokens and the bullets of a related list; the prefixes
of tag and read-more lines and a blog post's footer; share buttons, cookie
notices and newsletter prompts; and the wire trailer after the body ("Reporting
by ...") with its parts and initials.
"""

from __future__ import annotations

import regex

# A "- " bullet of the related-headlines list printed before an article.
# Example: "- S. Korea unveils first graphic cigarette warnings"
RELATED_BULLET = regex.compile(r"-[ \t\u00a0]{1,20}(?P<text>\S.*)", regex.DOTALL)

# A widget residue token: one to three capitals or a bare number of up to four digits.
# Example: "TT", "20"
WIDGET = regex.compile(r"(?:\p{Lu}{1,3}|\d{1,4})")

# A separator line between articles or sections: three or more rule
# characters (asterisks, hyphens, underscores, equals, tildes, hashes, bullets),
# spaces between them allowed; or a lone asterism.
# Example: "* * *", "---", "• • •", "⁂"
SEPARATOR_LINE = regex.compile(r"⁂|(?:[*_=~#•·+\-–—][ \t\u00a0]{0,20}){3,60}")

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
