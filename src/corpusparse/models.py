"""Typed, immutable records for what a flattened news page holds.

Every element carries ``span``, the 1-based inclusive range of source lines it
came from. Spans take no part in equality, so a document rebuilt from its
rendering compares equal to the original however the lines moved.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from array import array
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeAlias

from attrs import field, frozen

__all__ = [
    "NOWHERE",
    "Article",
    "Boilerplate",
    "BoilerplateKind",
    "Byline",
    "Caption",
    "Comment",
    "Dateline",
    "Defect",
    "DefectKind",
    "Dek",
    "Document",
    "Element",
    "HasSpan",
    "Headline",
    "Paragraph",
    "Pingback",
    "PublicationTime",
    "Related",
    "Section",
    "Span",
    "Timestamp",
    "Trailer",
    "line_offsets",
]


@frozen(order=True)
class Span:
    """A 1-based, inclusive range of source lines.

    Attributes:
        start: First line of the range.
        end: Last line of the range (``end >= start``).
    """

    start: int
    end: int

    def __contains__(self, line: object) -> bool:
        return isinstance(line, int) and self.start <= line <= self.end

    def __len__(self) -> int:
        return self.end - self.start + 1 if self.start else 0

    @property
    def numbers(self) -> range:
        """The line numbers in the range."""
        return range(self.start, self.end + 1) if self.start else range(0)


NOWHERE = Span(0, 0)
"""The span of an element that was built by hand rather than parsed."""


def _span() -> Span:
    return field(default=NOWHERE, eq=False, kw_only=True)


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
    """Page chrome found from whole-page evidence (`corpusparse.zones`).

    Menus and banners above the headline, lines between the headline and the
    body that no head rule reads, runs of short lines inside the body (link
    lists, share bars), and short lines after the body (footers, legal lines).
    """


class DefectKind(str, enum.Enum):
    """The anomalies the parser tolerates, each recorded as a `Defect`.

    Like the defects of `email.errors`, they never stop a parse: the parser
    makes the reading described below, records a `Defect` with the kind, the
    line and a message, and goes on. ``parse(text, strict=True)`` raises
    `ParseError` at the first one instead. The value of each kind is the name
    the JSON output and `ParseError` messages use.
    """

    CAPTION_VARIANT = "caption_variant"
    """A later printing of a caption differs from the first in spacing or case.

    The printings still count as one caption: `Caption.text` keeps the first
    printing and `Caption.occurrences` counts them all. The defect is on the
    line of the differing printing.

    Example: ``Kim votes (AFP)`` printed twice, then ``KIM  VOTES (AFP)``.
    """
    HEADLINE_VARIANT = "headline_variant"
    """The repeated headline differs from the first printing in spacing or case.

    The line is still read as a repeat of the headline (`Headline.repeats`);
    `Headline.text` keeps the first printing. The defect is on the repeat.

    Example: ``Storm hits`` then, after the captions, ``STORM  HITS``.
    """
    UNREADABLE_TIMESTAMP = "unreadable_timestamp"
    """A comment's time line has the shape of a date and time but is no valid date.

    The comment is kept with `Timestamp.text` as printed and
    `Timestamp.value` set to ``None``. The defect is on the time line.

    Example: ``February 30, 2014 at 10:08 PM`` under a commenter's name.
    """
    PINGBACK_WITHOUT_SITE = "pingback_without_site"
    """A ``Pingback:`` line has no `` - ``, `` – `` or `` | `` to split the site off.

    The pingback is kept with the whole rest of the line as `Pingback.title`
    and `Pingback.site` set to ``None``.

    Example: ``Pingback: Storm news roundup``.
    """
    UNPLACED_LINE = "unplaced_line"
    """A line after the comments began is neither a comment, its continuation nor a pingback.

    The line is kept as `Boilerplate` of kind `BoilerplateKind.UNPLACED`, so
    no text is lost.

    Example: ``stray line`` after a blank line that follows a pingback.
    """
    MISSING_HEADLINE = "missing_headline"
    """An article segment has no line that could be its headline.

    The article is kept with `Article.headline` set to ``None``; its lines
    are related bullets or residue. The defect is on the segment's first line.

    Example: a segment holding only the widget lines ``TT`` and ``20``.
    """
    PATTERN_TIMEOUT = "pattern_timeout"
    """A pattern ran over its time limit on a long line (`corpusparse.patterns.time_limit`).

    The line is kept as a body paragraph, or as unplaced residue in the comment
    section; the message names the rule whose pattern ran away. The patterns
    are linear, so this is a last guard that should never fire.

    Example: none with the shipped patterns; a line of 1,000 characters or more
    on which a (faulty) pattern backtracks without end.
    """


@frozen
class Defect:
    """An anomaly the parser tolerated, modelled on `email.errors`.

    Attributes:
        kind: What went wrong.
        line: The 1-based source line where it was seen.
        message: A sentence for people.
    """

    kind: DefectKind
    line: int
    message: str


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
    span: Span = _span()
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
    span: Span = _span()


@frozen
class Dek:
    """The standfirst under the headline.

    Attributes:
        text: The dek, stripped.
        span: Its source line.
    """

    text: str
    span: Span = _span()


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
    span: Span = _span()


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
    span: Span = _span()


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
    span: Span = _span()


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
    span: Span = _span()


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
    span: Span = _span()


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
    span: Span = _span()


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
    span: Span = _span()


@frozen
class Related:
    """One ``- `` bulleted related headline before the article.

    Attributes:
        text: The headline without the bullet, stripped.
        span: Its source line.
    """

    text: str
    span: Span = _span()


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
    span: Span = _span()


@frozen
class Article:
    """One news article and everything printed around it.

    Attributes:
        headline: The headline, or ``None`` for a segment that has none.
        dek: The standfirst, or ``None``.
        byline: The byline, or ``None``.
        dateline: The dateline that opens the first paragraph, or ``None``.
        published: The publication time, when the text prints one.
        updated: The last update time, when the text prints one.
        captions: Distinct photo captions, in order of first printing.
        body: Body paragraphs, in order.
        comments: Reader comments, in order.
        pingbacks: Pingback lines, in order.
        related: The related headlines listed before the article.
        boilerplate: Residue lines, in document order, once per occurrence.
        trailer: The wire trailer (``Reporting by ...; Editing by ...``), or ``None``.
        section: The section label or kicker printed above the headline on a
            page, or ``None``.
        span: First to last non-blank line of the article.
    """

    headline: Headline | None = None
    dek: Dek | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    published: PublicationTime | None = None
    updated: PublicationTime | None = None
    captions: tuple[Caption, ...] = ()
    body: tuple[Paragraph, ...] = ()
    comments: tuple[Comment, ...] = ()
    pingbacks: tuple[Pingback, ...] = ()
    related: tuple[Related, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    trailer: Trailer | None = None
    section: Section | None = None
    span: Span = _span()

    @property
    def authors(self) -> tuple[str, ...]:
        """The byline's names, or ``()`` without a byline."""
        return self.byline.authors if self.byline else ()

    def elements(self) -> Iterator[tuple[Element, Span]]:
        """Every element of the article with the span of each printing, in line order.

        A headline is listed once per printing (first printing, then each
        repeat), a caption once per printing. The dateline is not listed: it
        shares its line with the first body paragraph, which is; nor is a
        publication or update time printed on a line another element owns
        (the byline's, a paragraph's, the other time's). For a parsed
        article the spans cover every non-blank line of the article exactly once.

        Examples:
            >>> from corpusparse import parse
            >>> article = parse("Rain\\n\\nBy Ann Lee\\nIt rained.").articles[0]
            >>> for element, span in article.elements():
            ...     print(span.start, type(element).__name__)
            1 Headline
            3 Byline
            4 Paragraph
        """
        pairs: list[tuple[Element, Span]] = [(item, item.span) for item in self.related]
        if self.section is not None:
            pairs.append((self.section, self.section.span))
        if self.headline is not None:
            pairs.append((self.headline, self.headline.span))
            pairs += [(self.headline, span) for span in self.headline.repeats]
        if self.dek is not None:
            pairs.append((self.dek, self.dek.span))
        if self.byline is not None:
            pairs.append((self.byline, self.byline.span))
        if self.trailer is not None:
            pairs.append((self.trailer, self.trailer.span))
        for caption in self.captions:
            pairs += [(caption, span) for span in caption.spans]
        for group in (self.body, self.comments, self.pingbacks, self.boilerplate):
            pairs += [(item, item.span) for item in group]
        times = [time for time in (self.published, self.updated) if time is not None]
        if times:
            # A time on a line another element owns (the byline's, a paragraph's) is not listed.
            owned = {number for _, span in pairs for number in span.numbers}
            for time in times:
                if time.span.start not in owned:
                    pairs.append((time, time.span))
                    owned.update(time.span.numbers)
        pairs.sort(key=lambda pair: pair[1].start)
        yield from pairs


@frozen
class Document:
    """One parsed text: its articles, the residue between them, and its defects.

    Attributes:
        articles: The articles, in source order.
        boilerplate: Non-blank lines between articles (separators and the like).
        defects: Anomalies the parser tolerated, in line order.
        source: The text that was parsed (not part of equality).
    """

    articles: tuple[Article, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    defects: tuple[Defect, ...] = ()
    source: str = field(default="", eq=False, repr=False)

    def elements(self) -> Iterator[tuple[Element, Span]]:
        """Every element of every article, and the residue between articles, in line order.

        See `Article.elements`. For a parsed document the spans cover every
        non-blank source line exactly once, so together with `source_of` they
        account for the whole text.
        """
        pairs = [pair for article in self.articles for pair in article.elements()]
        pairs += [(item, item.span) for item in self.boilerplate]
        pairs.sort(key=lambda pair: pair[1].start)
        yield from pairs

    @functools.cached_property
    def _line_offsets(self) -> Sequence[int]:
        """The `line_offsets` of the source, made at the first `source_of`; kept with it."""
        return line_offsets(self.source)

    def source_of(self, element: HasSpan | Span) -> str:
        """The exact source text of an element (or span), line breaks included.

        A caption's source is all its printings; a headline's, the first one.

        Args:
            element: A parsed element of this document, or a `Span`.

        Returns:
            The source lines, or ``""`` for an element built by hand.
        """
        spans: tuple[Span, ...]
        if isinstance(element, Span):
            spans = (element,)
        elif isinstance(element, Caption):
            spans = element.spans
        else:
            spans = (element.span,)
        offsets = self._line_offsets
        lines = range(len(offsets) - 1)
        source = []
        for span in spans:
            chosen = lines[span.start - 1 : span.end] if span.start else lines[0:0]
            if chosen:
                source.append(self.source[offsets[chosen.start] : offsets[chosen.stop]])
        return "".join(source)


def line_offsets(text: str) -> array[int]:
    """Where each line of ``text`` starts, and then ``len(text)``.

    Line ``n`` (1-based) is ``text[offsets[n - 1] : offsets[n]]``, its break
    included. Only ``\\r\\n``, ``\\r`` and ``\\n`` end a line, as in
    `corpusparse.lines.split_lines`: `str.splitlines` also ends one at a form
    feed, ``\\x85`` or a Unicode line separator, so a piece it cuts there is
    joined to the next.

    Examples:
        >>> list(line_offsets("a\\r\\nb\\x0cc\\rd"))
        [0, 3, 7, 8]
    """
    offsets = array("q", [0])
    end = 0
    for piece in text.splitlines(keepends=True):
        end += len(piece)
        if piece[-1] in "\r\n":
            offsets.append(end)
    if offsets[-1] != len(text):
        offsets.append(len(text))
    return offsets


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


class HasSpan(Protocol):
    """Anything with a source `Span`."""

    @property
    def span(self) -> Span: ...
