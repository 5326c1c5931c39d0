"""Words of comment sections: titles, forms, UI lines and words, delimiters, readers' voices."""

from __future__ import annotations

from corpusparse.parsing.vocabulary.residue import residue_key

__all__ = []

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
