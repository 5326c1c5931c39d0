"""An `Article` and the parsed `Document` that holds articles, residue and defects."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from attrs import field, frozen

from corpusparse.model.defects import Defect
from corpusparse.model.elements import (
    Boilerplate,
    Byline,
    Caption,
    Comment,
    Dateline,
    Dek,
    Element,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Trailer,
)
from corpusparse.model.spans import HasSpan, Span, line_offsets, span_field

__all__ = ["Article", "Document"]


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
    span: Span = span_field()

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
