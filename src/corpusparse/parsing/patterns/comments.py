"""Patterns of the comment section: pingbacks, comment heads, counts, replies and voices.

Pingbacks and where their title ends; comment timestamps, numbers and leads;
the author lines of a comment ("says:", "on ... said:", "Ann • 3 years ago")
and the dates inside them; replies and @mentions; the section's separators,
count headers and UI counters; and the words of a reader's voice, of a call to
comment and of a reader speaking of the post.
"""

from __future__ import annotations

import regex

from corpusparse.parsing.patterns.shared import _MONTH, _WEEKDAY, _WEEKDAY_OPENINGS

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

# A leading "@Name" of a reply; the name is matched against earlier commenters in code.
# Example: "@Ann Lee" in "@Ann Lee I disagree."
AT_MENTION = regex.compile(r"@(?P<name>[^\s@][^@\n]{0,80})")

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

# How a `COMMENT_DATE_SPAN` match opens: a digit, a capitalised month (`_MONTH` is
# case-sensitive), the "a" of "a day ago", or a weekday.
# Example: "3" of "3 days ago", "M" of "March 3", "Mo" of "Monday, March 3"
_COMMENT_DATE_OPENING = r"\d|[JFMASOND]|(?i:a)|" + _WEEKDAY_OPENINGS

# A date, with an optional clock time after it, inside a comment head or
# signature line: month-name dates either way round, numeric and ISO dates, or a
# relative time. The code splits the line around it to find the commenter.
# Example: "March 3, 2012, 10:15 am" in "Ann Lee — March 3, 2012, 10:15 am",
# "11/6/2012 3:07 AM" in "Ann Lee | 11/6/2012 3:07 AM", "07.13.12 at 07:34", "3 days ago"
# Every match opens with a digit, a capitalised month, "a" or a weekday: the look-ahead
# (`_COMMENT_DATE_OPENING`) skips every other position of a search at once.
COMMENT_DATE_SPAN = regex.compile(
    r"(?<![\d])(?=" + _COMMENT_DATE_OPENING + r")(?:" + _WEEKDAY + r"\.?,?[ \t\u00a0]{1,20})?"
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
