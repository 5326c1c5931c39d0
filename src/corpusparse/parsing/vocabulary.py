"""Word lists the recognizers use: agencies, month names, labels and residue lines.

These are plain data, not patterns: the regular expressions built from them
live in `corpusparse.parsing.patterns`. Residue lines are looked up after
`residue_key` folding, so one entry covers case and trailing-punctuation
variants (``Share this:``, ``SHARE THIS``); they map to the values of
`corpusparse.model.BoilerplateKind`.
"""

from __future__ import annotations

import functools

__all__ = [
    "AGENCIES",
    "FOREIGN_MONTHS",
    "RESIDUE_LINES",
    "TAIL_RESIDUE_LINES",
    "TITLE_WORDS",
    "TRAILING_RESIDUE_BLOCK_HEADERS",
    "ZONE_OFFSETS",
    "residue_key",
]

AGENCIES: frozenset[str] = frozenset(
    name.casefold()
    for name in (
        "AP",
        "The Associated Press",
        "Associated Press",
        "Reuters",
        "Thomson Reuters",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "dpa",
        "Deutsche Presse-Agentur",
        "EFE",
        "Agencia EFE",
        "Europa Press",
        "ANSA",
        "Xinhua",
        "Yonhap",
        "Kyodo",
        "Kyodo News",
        "PTI",
        "IANS",
        "ANI",
        "UPI",
        "AAP",
        "APA",
        "KNA",
        "epd",
        "SDA",
        "Belga",
        "Bloomberg",
        "CNN",
        "BBC",
        "TASS",
        "Interfax",
        "Anadolu",
        "Anadolu Agency",
        "CNA",
        "Bernama",
        "NNA",
        "AP Photo",
        "Associated Press Writer",
    )
)
"""News agencies (case-folded): never authors; dropped from bylines."""

TITLE_WORDS: frozenset[str] = frozenset(
    (
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "columnist",
        "contributor",
        "staff",
        "chief",
        "producer",
        "analyst",
        "bureau",
        "desk",
        "redacción",
        "redaccion",
        "corresponsal",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "envoyé",
        "envoyée",
        "spécial",
        "rédaction",
        "journalist",
        "journaliste",
        "periodista",
        "photographer",
        "special",
    )
)
"""Words that make a comma part of a byline a title (``Staff Writer``), not a name."""

FOREIGN_MONTHS: dict[str, str] = {
    # Spanish
    "enero": "January",
    "ene": "January",
    "febrero": "February",
    "marzo": "March",
    "abril": "April",
    "abr": "April",
    "mayo": "May",
    "junio": "June",
    "julio": "July",
    "agosto": "August",
    "ago": "August",
    "septiembre": "September",
    "setiembre": "September",
    "octubre": "October",
    "noviembre": "November",
    "diciembre": "December",
    "dic": "December",
    # German
    "januar": "January",
    "jänner": "January",
    "februar": "February",
    "märz": "March",
    "mär": "March",
    "mai": "May",
    "juni": "June",
    "juli": "July",
    "oktober": "October",
    "okt": "October",
    "dezember": "December",
    "dez": "December",
    # French
    "janvier": "January",
    "janv": "January",
    "février": "February",
    "févr": "February",
    "fév": "February",
    "mars": "March",
    "avril": "April",
    "avr": "April",
    "juin": "June",
    "juillet": "July",
    "juil": "July",
    "août": "August",
    "septembre": "September",
    "sept": "September",
    "octobre": "October",
    "novembre": "November",
    "décembre": "December",
    "déc": "December",
}
"""Spanish, German and French month names and abbreviations, case-folded, in English."""

ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 1,
    "CET": 1,
    "MEZ": 1,
    "WAT": 1,
    "CEST": 2,
    "MESZ": 2,
    "EET": 2,
    "SAST": 2,
    "EEST": 3,
    "MSK": 3,
    "EAT": 3,
    "GST": 4,
    "PKT": 5,
    "IST": 5.5,
    "ICT": 7,
    "WIB": 7,
    "SGT": 8,
    "HKT": 8,
    "PHT": 8,
    "AWST": 8,
    "KST": 9,
    "JST": 9,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "ART": -3,
    "BRT": -3,
    "AST": -4,
    "EDT": -4,
    "EST": -5,
    "CDT": -5,
    "CST": -6,
    "MDT": -6,
    "MST": -7,
    "PDT": -7,
    "PST": -8,
    "AKDT": -8,
    "AKST": -9,
    "HST": -10,
}
"""UTC offsets in hours of the zone abbreviations a printed time may name."""


@functools.lru_cache(maxsize=16384)
def residue_key(text: str) -> str:
    """Fold a line for residue lookup: case, inner spaces and trailing ``:.!›»→↓``."""
    return " ".join(text.casefold().split()).rstrip(" :.!›»→↓…").strip()


def _table(kind: str, *lines: str) -> dict[str, str]:
    return {residue_key(line): kind for line in lines}


RESIDUE_LINES: dict[str, str] = {
    **_table(
        "share",
        "Share this:",
        "Share this",
        "Share",
        "Share this article",
        "Share this story",
        "Share on Facebook",
        "Share on Twitter",
        "Share on X",
        "Share on LinkedIn",
        "Share on WhatsApp",
        "Share via Email",
        "Tweet",
        "Tweet this",
        "Email",
        "E-mail",
        "Print",
        "Print this article",
        "Facebook",
        "Twitter",
        "LinkedIn",
        "WhatsApp",
        "Pinterest",
        "Reddit",
        "Telegram",
        "Pocket",
        "Tumblr",
        "Copy link",
        "Copy Link",
        "Like this:",
        "Like Loading...",
        "Loading...",
        "Compartir",
        "Teilen",
        "Partager",
    ),
    **_table(
        "navigation",
        "Advertisement",
        "Advertisements",
        "Sponsored",
        "Sponsored Content",
        "Story continues below advertisement",
        "Article continues below advertisement",
        "Continue reading below",
        "Continue reading",
        "Continue Reading",
        "Read more",
        "Read More",
        "Read the full story",
        "Click here to read more",
        "Skip to main content",
        "Skip to content",
        "Back to top",
        "Next article",
        "Previous article",
        "Next post",
        "Previous post",
        "Publicidad",
        "Anzeige",
        "Werbung",
        "Publicité",
        "Lire aussi",
        "Leer más",
        "Mehr zum Thema",
    ),
    **_table(
        "promo",
        "Subscribe",
        "Subscribe now",
        "Subscribe today",
        "Sign up",
        "Sign up for our newsletter",
        "Sign up for our newsletters",
        "Sign up for our daily newsletter",
        "Subscribe to our newsletter",
        "Get our newsletter",
        "Newsletter",
        "Support our journalism",
        "Become a member",
        "Download our app",
        "Follow us on Twitter",
        "Follow us on Facebook",
        "Get the latest news delivered to your inbox",
    ),
    **_table(
        "consent",
        "Accept",
        "Accept all",
        "Accept cookies",
        "Accept all cookies",
        "Reject all",
        "Manage cookies",
        "Cookie settings",
        "Cookie Policy",
        "I agree",
        "Got it",
    ),
    **_table(
        "comment_ui",
        "Reply",
        "Reply ↓",
        "Log in to Reply",
        "Login to Reply",
        "Log in to reply",
        "Report",
        "Report abuse",
        "Report comment",
        "Flag",
        "Like",
        "Likes",
        "Dislike",
        "Upvote",
        "Downvote",
        "Load more comments",
        "Show more comments",
        "View all comments",
        "View comments",
        "Show comments",
        "Hide comments",
        "Hide replies",
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Cancel reply",
        "Leave a comment",
        "Post a comment",
        "Add a comment",
        "Join the discussion",
        "Join the conversation",
        "Comments",
        "Comments are closed",
        "Your email address will not be published",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "You must be logged in to post a comment",
        "Post Comment",
        "Submit Comment",
        "Notify me of follow-up comments by email",
        "Notify me of new posts by email",
        "Save my name, email, and website in this browser for the next time I comment",
        "Sort by Newest",
        "Sort by Oldest",
        "Sort by Best",
        "Newest",
        "Oldest",
        "Comentarios",
        "Kommentare",
        "Commentaires",
        "Responder",
        "Antworten",
        "Répondre",
    ),
}
"""Whole residue lines (folded with `residue_key`) and their `BoilerplateKind` value."""

TAIL_RESIDUE_LINES: dict[str, str] = _table(
    "comment_ui",
    "Comment",
    "Comment *",
    "Name",
    "Name *",
    "Email *",
    "Website",
    "Edit",
    "Delete",
    "Submit",
    "Best",
    "Δ",
)
"""Residue lines that count only once the comment section began (form labels)."""

TRAILING_RESIDUE_BLOCK_HEADERS: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        "Related",
        "Related Articles",
        "Related Posts",
        "Related Stories",
        "Related News",
        "Related Content",
        "Related Coverage",
        "You may also like",
        "You might also like",
        "You May Have Missed",
        "Recommended",
        "Recommended for you",
        "Most Read",
        "Most Popular",
        "Most Viewed",
        "Trending",
        "Trending Now",
        "Trending Stories",
        "Read Next",
        "More Stories",
        "More from this author",
        "Top Stories",
        "Latest News",
        "Latest Stories",
        "Editor's Picks",
        "Also read",
        "Noticias relacionadas",
        "Lo más leído",
        "Das könnte Sie auch interessieren",
        "Meistgelesen",
        "À lire aussi",
        "Les plus lus",
    )
)
"""Headers of a related-posts or trending list; after the body the list is residue."""

# --- comment sections ---

COMMENT_SECTION_TITLES: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        "Comments",
        "Comment",
        "Reader Comments",
        "Readers' Comments",
        "User Comments",
        "Your Comments",
        "Responses",
        "Reactions",
        "Discussion",
        "Public Discussion",
        "Community Discussion",
        "Comments»",
        "Kommentare",
        "Leserkommentare",
        "Comentarios",
        "Comentários",
        "Commentaires",
        "Réactions",
    )
)
"""Comment-section headers without a count (folded with `residue_key`)."""

COMMENT_FORM_HEADERS: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Leave a Comment",
        "Leave a response",
        "Leave your comment",
        "Post a Comment",
        "Post a comment Get a Gravatar",
        "Add a Comment",
        "Add Comment",
        "Add your comment",
        "Write a comment",
        "Submit a comment",
        "Join the discussion",
        "Join the conversation",
        "What do you think?",
        "Have your say",
        "Speak your mind",
        "Comment on this post",
        "Comment on this article",
        "Discuss this post",
        "Discuss this Blog Post",
        "Kommentar schreiben",
        "Schreibe einen Kommentar",
        "Deja un comentario",
        "Deja una respuesta",
        "Laisser un commentaire",
        "Laisser une réponse",
    )
)
"""Calls to comment that head a comment form (and so a section, when comments follow)."""

COMMENT_UI_LINES: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        "Reply",
        "[Reply]",
        "ReplyDelete",
        "Reply Delete",
        "Delete",
        "Report this comment",
        "Report comment",
        "Report abuse",
        "Flag as inappropriate",
        "Rate This",
        "Permalink",
        "Link",
        "Link to this comment",
        "Quote",
        "Like",
        "Unlike",
        "Vote up",
        "Vote down",
        "Share",
        "Edit",
        "Close",
        "Profile",
        "Parent",
        "Reply to this",
        "Reply to this comment",
        "Reply to this Parent Share",
        "Reply to this Share",
        "Log in to Reply",
        "Login to reply",
        "← Previous Comments",
        "Previous Comments",
        "Next Comments →",
        "Older Comments",
        "Newer Comments",
        "Load more comments",
        "Show more comments",
        "View all comments",
        "Comments are closed",
        "Comments are closed.",
        "Comments are now closed",
        "Comments for this post are closed",
        "Subscribe to this comment's feed",
        "Subscribe to comments",
        "Comment viewing options",
        "Display",
        "Sort by",
        "Newest first",
        "Oldest first",
        "Required",
        "Required. Not published.",
        "If you have one.",
        "Name (required)",
        "Name",
        "Name *",
        "Email",
        "Email *",
        "E-mail",
        "Mail (will not be published) (required)",
        "Email (will not be published)",
        "Email will not be published",
        "* Email will not be published",
        "Website",
        "URL",
        "Comment",
        "Comment *",
        "Your Name",
        "Your Email",
        "Your Comment",
        "Post Comment",
        "Submit Comment",
        "Submit",
        "Preview",
        "Post",
        "Cancel",
        "Cancel reply",
        "Remember me",
        "Verify your comment",
        "Previewing your comment",
        "Posted by: |",
        "Notify me of follow-up comments by email",
        "Notify me of new posts by email",
        "Notify me of new comments via email",
        "Your email address will not be published",
        "Your email address will not be published. Required fields are marked *",
        "You must be logged in to post a comment",
        "Log in or join now to add a comment",
        "Sign in to comment",
        "Login to comment",
        "Read below or add a comment...",
        "You can follow this conversation by subscribing to the comment feed for this post",
        "Antworten",
        "Responder",
        "Répondre",
    )
)
"""Whole lines of comment-section chrome and form labels (folded with `residue_key`)."""

COMMENT_DELIMITERS: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        *("Reply", "[Reply]", "Reply ↓", "ReplyDelete", "Reply Delete", "Delete"),
        *("Report abuse", "Report this comment", "Report comment", "Flag as inappropriate"),
        *("Log in to Reply", "Login to reply", "Reply to this", "Reply to this comment"),
        *("Responder", "Répondre"),
    )
)
"""The lines of `COMMENT_UI_LINES` printed under (or over) every comment, so that text
between two of them is one comment even with its name and time dropped (a share
link or a login prompt is no such line)."""

COMMENT_LATEST_POST_CUES: tuple[str, ...] = (
    " recently posted..",
    " recently posted…",
    "’s last blog post..",
    "'s last blog post..",
)
"""What a blog comment plugin prints between a commenter's name and the title of the
commenter's latest post, on a line under the comment (``Ann Lee recently
posted..My Garden``): a line that recurs through a thread, though it is the
comment's text as far as its readers go."""

COMMENT_UI_WORDS: frozenset[str] = frozenset(
    (
        "reply",
        "replies",
        "share",
        "like",
        "likes",
        "unlike",
        "report",
        "flag",
        "permalink",
        "link",
        "quote",
        "delete",
        "edit",
        "parent",
        "close",
        "twitter",
        "facebook",
        "email",
        "profile",
        "vote",
        "up",
        "down",
        "rate",
        "this",
        "to",
        "#",
        "↓",
        "↑",
    )
)
"""Words that, when a short line holds nothing else, make it comment chrome (``Like · Reply``)."""

COMMENT_UI_PARTICLES: frozenset[str] = frozenset(("up", "down", "to", "this"))
"""`COMMENT_UI_WORDS` that make chrome only beside another (``Vote up``, ``Rate this``):
alone on a line, ``(Up)`` is an article's link back to its contents."""

COMMENT_VOICE_OPENERS: frozenset[str] = frozenset(
    (
        *("hi", "hey", "hello", "howdy", "dear", "thanks", "thank", "thx", "ty"),
        *("great", "nice", "excellent", "good", "awesome", "wonderful", "fantastic"),
        *("lovely", "thoughtful", "informative", "brilliant", "interesting", "amazing"),
        *("beautiful", "cool", "superb", "terrific", "fabulous", "what", "very"),
        *("i", "i'd", "i’d", "love", "loved", "enjoyed", "your", "this"),
        *("totally", "completely", "absolutely", "strongly", "couldn't", "couldn’t", "could"),
        *("well", "agreed", "amen", "me", "lol", "lmao", "wow", "congrats", "congratulations"),
        *("kudos", "bravo", "bookmarked", "keep", "oh", "really", "so", "sorry", "can"),
        *("looks", "sounds"),
    )
)
"""The first words (case-folded) of every English shape of `COMMENT_VOICE` but the
``@`` mention and the name alone with a comma: greetings, thanks, praise, agreement."""

READER_REACTIONS: frozenset[str] = frozenset(
    (
        *("oh", "wow", "agree", "agreed", "cute", "lol", "haha", "yay", "ooh", "ugh"),
        *("nope", "exactly", "mine", "loved", "love"),
        *("yeah", "yep", "yup", "omg", "hmm", "hmmm", "meh", "heh", "btw", "nah", "aw", "aww"),
        "sigh",
    )
)
"""First words (case-folded) with which a reader answers a post, not an author writes
one (``Oh those colours!``, ``Agree that ...``, ``Mine was the blue one``): a voice
of the comments of `comment_section` that `COMMENT_VOICE` does not read."""

READER_INTENSIFIERS: frozenset[str] = frozenset(("very", "so", "how", "really", "such", "what"))
"""First words that, before a word of `READER_PRAISE`, open a reader's praise
(``Very useful, it works``, ``So pretty``)."""

READER_PRAISE: frozenset[str] = frozenset(
    (
        *("useful", "helpful", "informative", "interesting", "nice", "great", "awesome"),
        *("excellent", "beautiful", "lovely", "cool", "amazing", "fantastic", "wonderful"),
        *("brilliant", "pretty", "gorgeous", "delicious", "yummy", "perfect", "fun", "funny"),
        "good",
    )
)
"""Words of praise after a word of `READER_INTENSIFIERS` (``Very helpful!``)."""

READER_LOOKS: frozenset[str] = frozenset(("looks", "sounds"))
"""First words of a reader's first impression, before a word of `READER_IMPRESSIONS`."""

READER_IMPRESSIONS: frozenset[str] = frozenset(
    ("like", "so", "great", "good", "delicious", "amazing", "lovely", "fun")
)
"""What follows a word of `READER_LOOKS` in a reader's impression (``Looks like fun``)."""

READER_SMILEYS: tuple[str, ...] = (
    *(":)", ":-)", ";)", ";-)", "=)", ":D", ":-D", ";D", "=D", ":P", ":-P", ";P"),
    *(":(", ":-(", ":'(", "XD", "^_^"),
)
"""Emoticons: the voice of a reader, hardly ever of an article."""

READER_OUTCRIES: tuple[str, ...] = ("!!", "?!", "!?")
"""Doubled marks (``So good!!``, ``Really?!``): a reader's outcry; an article's
exclamations come one at a time."""

READER_AGREEMENT: tuple[str, ...] = ("i agree", "agree with", "disagree")
"""Agreement with the post or another reader, anywhere in a case-folded line."""

READER_LOWER_I: frozenset[str] = frozenset(("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d"))
"""The first person written in lower case (``then i tried it``): a reader typing fast,
never an edited article."""

FIRST_PERSON_OPENERS: frozenset[str] = frozenset(
    (
        *("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"),
        *("my", "mine"),
    )
)
"""First words (case-folded) in the first person singular: a weak sign of a reader's
comment, since blog posts open paragraphs so too; `comment_section` weighs it
against the voice of the page's main text."""

COMMENT_SECTION_ENDERS: frozenset[str] = frozenset(
    residue_key(line)
    for line in (
        "Categories",
        "Archives",
        "Blog Archive",
        "Recent Posts",
        "Recent Comments",
        "Recent Entries",
        "Blogroll",
        "Search",
        "Meta",
        "Tags",
        "Follow me",
        "Follow us",
        "About",
        "About me",
        "About the author",
        "Older Post Home",
        "Newer Post Older Post Home",
        "Subscribe to: Post Comments (Atom)",
        "Subscribe via RSS",
        "Subscribe via email",
        "Popular Posts",
        "Links",
        "Calendar",
    )
)
"""Sidebar and footer headers: after the comments they end the comment section."""

COMMENT_VERBS: frozenset[str] = frozenset(
    (
        "says",
        "said",
        "wrote",
        "writes",
        "responded",
        "replied",
        "added",
        "dice",
        "dijo",
        "escribió",
        "sagt",
        "schreibt",
        "dit",
    )
)
"""The verbs that end a commenter line (``Ann Lee says:``, ``Bo said...``), case-folded."""

BYLINE_LABELS: tuple[str, ...] = (
    # English
    "by",
    "written by",
    "words by",
    "story by",
    "posted by",
    "published by",
    "reported by",
    "article by",
    "text by",
    "author",
    "authors",
    "author(s)",
    # German
    "von",
    "vom",
    "autor",
    "autorin",
    "autoren",
    "autor/in",  # gender-inclusive spellings of "Autor" / "Autorin"
    "autor*in",
    "autor:in",
    "autor_in",
    "text von",
    "artikel von",
    "ein artikel von",
    "beitrag von",
    "ein beitrag von",
    "kolumne von",
    "eine kolumne von",
    "kommentar von",
    "ein kommentar von",
    "veröffentlicht von",
    "geschrieben von",
    "verfasst von",
    "gepostet von",
    "eingestellt von",
    "erstellt von",
    "publiziert von",
    # Spanish
    "por",
    "autora",
    "autores",
    "publicado por",
    "escrito por",
    "redactado por",
    # French
    "par",
    "auteur",
    "auteure",
    "auteurs",
    "publié par",
    "écrit par",
    "rédigé par",
    "posté par",
)
"""What a byline opens with, lower-case: the names follow after white space or a colon
(``By Ann Lee``, ``Autor: Ann Lee``, ``Veröffentlicht von Ann Lee``)."""

BYLINE_GLUED_LABELS: tuple[str, ...] = ("by", "von", "vom", "por", "par")
"""The `BYLINE_LABELS` ending in these may run into the name without a space (``ByAnn Lee``)."""

BYLINE_COLON_LABELS: frozenset[str] = frozenset(("text", "texte", "texto", "interview"))
"""Labels that open a byline only with a colon (``Text: Ann Lee``)."""

NAME_STOP_WORDS: frozenset[str] = frozenset(
    (
        "news",
        "breaking",
        "latest",
        "home",
        "world",
        "politics",
        "sports",
        "sport",
        "business",
        "opinion",
        "feature",  # kinds of story printed where a byline could stand
        "features",
        "analysis",
        "explainer",
        "review",
        "reviews",
        "essay",
        "editorial",
        "staff",
        "team",
        "newsroom",
        "blog",
        "admin",
        "update",
        "updated",
        "published",
        "posted",
        "press",
        "release",
        "media",
        "online",
        "live",
        "video",
        "photos",
        "share",
        "comments",
        "menu",
        "search",
        "login",
        "subscribe",
        "redaktion",
        "nachrichten",
        "aktuelles",
        "aktuell",
        "startseite",
        "noticias",
        "redacción",
        "actualités",
        "rédaction",
        "accueil",
        "the",
        "of",
        "and",
        "for",
        "with",
        "in",
        "on",
        "to",
        "how",
        "why",
        "what",
        "who",
        "new",
        "is",
        "are",
        "der",
        "die",
        "das",
        "el",
        "les",
        "related",
        "date",
        "table",
        "contents",
        "program",
        "more",
        "about",
        "follow",
        "posts",
        "print",
        "article",
        "link",
        "copied",
        "checked",
        "insights",
        "sponsored",
        "kommentieren",
        "themenstarter",
        "spotlight",
    )
)
"""Words (case-folded) that never stand in a name printed without ``By``: section,
menu and function words. A bare name (``Ann Lee`` next to a date) holding one is no byline."""

CATCH_ALL_SECTIONS: frozenset[str] = frozenset(
    (
        "uncategorized",
        "uncategorised",
        "unkategorisiert",
        "allgemein",
        "sonstiges",
        "general",
        "misc",
        "miscellaneous",
        "divers",
        "varios",
        "blog",
    )
)
"""The default sections of blog software (case-folded), printed after a post's date
where an account name could stand: no author."""

ROLE_WORDS: frozenset[str] = frozenset(
    (
        "expert",
        "director",
        "manager",
        "founder",
        "co-founder",
        "cofounder",
        "ceo",
        "president",
        "professor",
        "attorney",
        "consultant",
        "specialist",
        "officer",
        "strategist",
        "scientist",
        "researcher",
        "fellow",
        "intern",
        "team",
        "newsroom",
        "editors",
        "editorial",
        "news",
        "online",
        "agency",
        "agencies",
        "agenturen",
        "wire",
        "redaktion",
        "redakteurin",
        "chefredakteur",
        "chefredakteurin",
        "autor",
        "autorin",
        "geschäftsführer",
        "geschäftsführerin",
        "leiterin",
        "leiter",
        "reportera",
        "directora",
        "director",
        "rédacteur",
        "rédactrice",
        "ministre",
        "executive",
        "lawyer",
        "rechtsanwalt",
        "rechtsanwältin",
        "blogger",
    )
)
"""Further title and organisation words (case-folded): a part of a byline after a comma
holding one is a title or an affiliation (``Ann Lee, Senior Director``), not a name."""

GROUP_TITLE_WORDS: frozenset[str] = frozenset(
    (
        "staff",
        "desk",
        "bureau",
        "team",
        "newsroom",
        "news",
        "online",
        "wire",
        "agency",
        "agencies",
        "agenturen",
        "editorial",
        "editors",
        "redaktion",
        "redacción",
        "redaccion",
        "rédaction",
    )
)
"""The title and role words (case-folded) that name a group, not a person's role: a name
ending in one (``Example Travel Team``) is an organisation, not a person with a title."""

CREDENTIALS: frozenset[str] = frozenset(
    (
        "phd",
        "md",
        "mba",
        "dds",
        "dvm",
        "cfp",
        "cpa",
        "rn",
        "ms",
        "msc",
        "ma",
        "bsc",
        "rd",
        "rdn",
        "ld",
        "lpc",
        "lcsw",
        "np",
        "do",
        "jd",
        "esq",
    )
)
"""Credentials printed after a name (``Ann Lee, PhD``), case-folded, without dots."""


# --- stopwords for the zone stage ---

STOPWORDS: frozenset[str] = frozenset(
    """
    a about after all also an and any are as at be been before but by can could did do
    does for from had has have he her him his how i if in into is it its just more most
    my no not now of on one only or other our out over said she so some such than that
    the their them then there these they this those through to too up us was we were
    what when where which while who will with would you your
    al als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem
    einen einer eines er es für hat hatte ich ihr im in ist ja kann man mehr mit nach
    nicht noch nur oder sich sie sind so um und uns vom von vor war was wie wir wird
    wurde zu zum zur über
    al como con de del el en entre es esta este fue ha han hay la las le lo los más mi
    muy no para pero por que se ser sin sobre son su sus también un una uno y ya
    au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur mais
    ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous à été
    """.split()  # noqa: SIM905 - a word list reads best as words
)
"""Common function words of English, German, Spanish and French, casefolded.

Running text is full of them and page chrome has few: the zone stage
(`corpusparse.parsing.zones`) measures each line's share of them, as jusText does.
"""


LEGAL_MARKS: tuple[str, ...] = (
    "copyright ",
    "(c) 20",
    "all rights reserved",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "derechos reservados",
    "tous droits réservés",
    "droits de reproduction",
    "is licensed under",
)
"""Casefolded phrases of a page footer's legal line (`corpusparse.parsing.zones.is_legal_line`)."""


SOCIAL_WORDS: frozenset[str] = frozenset(
    """
    share tweet twitter facebook linkedin email e-mail mail pinterest whatsapp reddit
    telegram print copy link flipboard pocket tumblr xing threads bluesky mastodon
    instagram youtube tiktok rss messenger sms teilen drucken compartir imprimir
    partager imprimer x
    """.split()  # noqa: SIM905 - a word list reads best as words
)
"""Casefolded words of share and follow buttons; a line of nothing else is no headline."""


PAGE_UI_LABELS: frozenset[str] = frozenset(
    (
        "menu",
        "menü",
        "main menu",
        "navigation",
        "home",
        "startseite",
        "inicio",
        "accueil",
        "search",
        "suche",
        "buscar",
        "rechercher",
        "log in",
        "login",
        "sign in",
        "sign in now",
        "sign up",
        "register",
        "anmelden",
        "registrieren",
        "subscribe",
        "abonnieren",
        "get started",
        "quick links",
        "close",
        "schließen",
        "more",
        "mehr",
        "vorlesen",
        "seite wählen",
        "seite auswählen",
        "skip to content",
        "skip to main content",
        "zum inhalt springen",
        "direkt zum inhalt",
        "ir al contenido",
        "aller au contenu",
        "account",
        "my account",
        "updated",
        "read more",
        "read also",
        "see also",
        "lesen sie auch",
        "auch interessant",
        "privacy policy",
        "datenschutz",
        "impressum",
        "contact",
        "contact us",
        "kontakt",
        "about",
        "about us",
        "advertisement",
        "anzeige",
        "werbung",
        "advertorial",
        "sponsored",
        "publicidad",
        "publicité",
    )
)
"""Casefolded page UI labels (menus, log-in, ads) that are never an article's section."""


CREDIT_LINE_OPENERS: tuple[str, ...] = (
    "by ",
    "reviewed by",
    "medically reviewed by",
    "fact checked by",
    "fact-checked by",
    "edited by",
    "updated by",
    "photo by",
    "photos by",
    "illustration by",
    "guide by",
    "review by",
    "recipe by",
    "interview by",
    "story by",
    "words by",
    "text by",
)
"""How a byline, a reviewer's or a credit line opens (casefolded): such a line is no headline."""


ENGLISH_ONLY_WORDS: frozenset[str] = frozenset(
    "the and of to is was that with for this from have are were which".split()  # noqa: SIM905
)
"""Common English function words that no other language we read shares, casefolded:
a page full of them prints numeric dates month first
(`corpusparse.parsing.dates.page_day_first`)."""

DAY_FIRST_WORDS: frozenset[str] = frozenset(
    """
    der die und das nicht ist mit auf den
    que los las del una para por con como
    les des est dans pour qui sur avec
    em não uma com os do da ao pelo
    """.split()  # noqa: SIM905 - a word list reads best as words
)
"""Common function words of German, Spanish, French and Portuguese (none of them
English), casefolded: pages in these languages print numeric dates day first
(`corpusparse.parsing.dates.page_day_first`)."""

NOT_PUBLICATION_MARKS: tuple[str, ...] = (
    "ausdruck vom",
    "gedruckt am",
    "printed on",
    "printed:",
    "copyright",
    "©",
    "(c) ",
)
"""Words (casefolded) of a line whose date is no publication date: a print date
(``Ausdruck vom ...``) or a copyright notice
(`corpusparse.parsing.readers.read_fallback_date`)."""

POSTED_PHRASES: tuple[str, ...] = ("wurde am ",)
"""The words (casefolded) before the date of a post's footer sentence: ``Dieser
Beitrag wurde am DATE ... veröffentlicht`` (`corpusparse.parsing.readers.read_fallback_date`)."""

POSTED_VERBS: tuple[str, ...] = ("veröffentlicht", "gepostet", "publiziert", "geschrieben")
"""One of these (casefolded) must follow a `POSTED_PHRASES` date in its line."""
