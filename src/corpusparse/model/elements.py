"""The elements of an article: each owns source lines and carries its `Span`."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TypeAlias

from attrs import field, frozen

from corpusparse.model.spans import Span, span_field

__all__ = [
    "Boilerplate",
    "BoilerplateKind",
    "Byline",
    "Caption",
    "Comment",
    "Dateline",
    "Dek",
    "Element",
    "Headline",
    "Paragraph",
    "Pingback",
    "PublicationTime",
    "Related",
    "Section",
    "Timestamp",
    "Trailer",
]


class BoilerplateKind(str, enum.Enum):
    """Why a line was judged page residue rather than content."""

    WIDGET = "widget"
    """A short widget token such as ``TT`` or a bare number such as ``20``."""
    SHARE = "share"
    """A share or social button label (``Share this:``, ``Click to share on Twitter``)."""
    NAVIGATION = "navigation"
    """Page chrome: ``Advertisement``, ``Read more``, ``Related``, ``Tags: ...``."""
    COMMENT_UI = "comment_ui"
    """Comment-section chrome: ``Reply``, ``12 Comments``, ``Leave a comment``."""
    SEPARATOR = "separator"
    """A rule between articles or sections (``* * *``, ``---``)."""
    MASTHEAD = "masthead"
    """The site name printed above each article of a bundle."""
    CREDIT = "credit"
    """A photo credit alone on a line, next to no caption (``Getty Images``)."""
    PROMO = "promo"
    """A newsletter or subscription prompt (``Sign up for our newsletter``)."""
    CONSENT = "consent"
    """A cookie or consent notice (``We use cookies ... Accept``)."""
    RELATED = "related"
    """A related-posts or trending list after the body, with its header."""
    UNPLACED = "unplaced"
    """A line the parser could not give any other role; a defect records it too."""
    PAGE = "page"
    """Page chrome found from whole-page evidence (`corpusparse.parsing.zones`).

    Menus and banners above the headline, lines between the headline and the
    body that no head rule reads, runs of short lines inside the body (link
    lists, share bars), and short lines after the body (footers, legal lines).
    """


@frozen
class Headline:
    """The article's headline.

    Attributes:
        text: The headline as printed, stripped, without the site name a
            page's title line prints after it.
        span: Where the first printing stands.
        repeats: Where later printings of the same headline stand.
        site: The site name printed with the headline (``Title | Site``), or ``None``.
    """

    text: str
    span: Span = span_field()
    repeats: tuple[Span, ...] = field(default=(), eq=False, kw_only=True)
    site: str | None = field(default=None, kw_only=True)


@frozen
class Section:
    """The section label or kicker a page prints right above the headline.

    Attributes:
        text: The label as printed (``World``, ``ANALYSIS``, ``Local news``).
        span: Where it stands.
    """

    text: str
    span: Span = span_field()


@frozen
class Dek:
    """The standfirst under the headline.

    Attributes:
        text: The dek, stripped.
        span: Its source line.
    """

    text: str
    span: Span = span_field()


@frozen
class Byline:
    """A ``By ...`` line and the names it gives.

    Attributes:
        authors: The names, in order, without ``By`` or agency.
        text: The byline as printed, stripped.
        span: Its source line.
    """

    authors: tuple[str, ...]
    text: str
    span: Span = span_field()


@frozen
class Dateline:
    """The ``PLACE (Agency) — `` opening of the first paragraph.

    Attributes:
        place: The place, as printed (``SEOUL``, ``AUSTIN, Texas``).
        agency: The news agency in brackets, or ``None``.
        text: The dateline exactly as printed, dash and trailing space included.
        span: The source line it opens.
    """

    place: str
    agency: str | None
    text: str
    span: Span = span_field()


@frozen
class Caption:
    """A photo caption, once however many times the page printed it.

    Attributes:
        text: The caption line as printed (credit included), stripped.
        credit: The photo credit without label or brackets, or ``None``.
        date: The day the photo was taken, when the caption gives a full date.
        occurrences: How many times the caption was printed in the article.
        spans: Where each printing stands, in order.
    """

    text: str
    credit: str | None
    date: dt.date | None
    occurrences: int = 1
    spans: tuple[Span, ...] = field(default=(), eq=False, kw_only=True)


@frozen
class Paragraph:
    """One body paragraph (one non-blank source line).

    Attributes:
        text: The paragraph, stripped; after a dateline, the text after the dash.
        span: Its source line.
    """

    text: str
    span: Span = span_field()


@frozen
class Timestamp:
    """A date and time as printed, with its reading.

    Attributes:
        text: The time as printed, stripped.
        value: The reading, or ``None`` for a relative time (``2 hours ago``).
    """

    text: str
    value: dt.datetime | None


@frozen
class PublicationTime:
    """When the article was published or updated, as printed and as read.

    Attributes:
        text: The time as printed, without its label (``March 4, 2024 10:32 AM EST``).
        value: The reading: a datetime when the text prints a clock time (with a
            UTC offset only when it names a zone), a date when it prints a day
            only, ``None`` for a relative time (``2 hours ago``).
        span: The source line it stands on (a byline line may hold it too).
    """

    text: str
    value: dt.datetime | dt.date | None
    span: Span = span_field()


@frozen
class Trailer:
    """A wire trailer such as ``(Reporting by A; Editing by B)`` after the body.

    Attributes:
        text: The trailer as printed, stripped.
        names: The people it credits, in order.
        span: Its source line.
    """

    text: str
    names: tuple[str, ...]
    span: Span = span_field()


@frozen
class Comment:
    """A reader comment after the article.

    Attributes:
        author: The commenter's name as printed, without ``says:`` or numbering;
            ``None`` when a page's comment section prints no name.
        posted: When it was posted, as printed and as read.
        text: The comment, its lines joined with ``\\n``.
        reply_to: The author this comment answers, when the text shows it
            (``A → B``, ``In reply to B.``, a leading ``@B`` naming an earlier
            commenter); otherwise ``None``.
        span: From the author line to the last text line.
    """

    author: str | None
    posted: Timestamp | None
    text: str
    reply_to: str | None = field(default=None, kw_only=True)
    span: Span = span_field()


@frozen
class Pingback:
    """A ``Pingback: TITLE - SITE`` line.

    Attributes:
        title: The linking post's title.
        site: The linking site, or ``None`` when the line names none.
        span: Its source line.
    """

    title: str
    site: str | None
    span: Span = span_field()


@frozen
class Related:
    """One ``- `` bulleted related headline before the article.

    Attributes:
        text: The headline without the bullet, stripped.
        span: Its source line.
    """

    text: str
    span: Span = span_field()


@frozen
class Boilerplate:
    """A page-residue line that belongs to no element.

    Attributes:
        text: The line, stripped.
        kind: Why it counts as residue.
        span: Its source line.
    """

    text: str
    kind: BoilerplateKind
    span: Span = span_field()


Element: TypeAlias = (
    Headline
    | Section
    | Dek
    | Byline
    | PublicationTime
    | Caption
    | Paragraph
    | Comment
    | Pingback
    | Related
    | Boilerplate
    | Trailer
)
"""Anything `Article.elements` lists: the elements that own source lines."""
