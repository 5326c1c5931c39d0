"""Write a `Document` back as flattened page text, the inverse of `parse`.

The models decide *what* is printed; a `Layout` decides *how*: whether the
headline and the captions are printed twice, where the widget residue stands,
which lines are separated by blank lines. Every layout can print every
document, and ``parse(render(doc, layout)) == doc`` for every document the
format can represent (line spans take no part in equality).

Each element has its own function returning its lines, so a new element or a
new layout only adds a function or a branch.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from corpusparse.model import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Comment,
    Dek,
    Document,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Trailer,
)

__all__ = ["ARTICLE_SEPARATOR", "NEWLINES", "Layout", "render", "render_article"]

ARTICLE_SEPARATOR = 3
"""How many blank lines `render` puts between two articles."""

NEWLINES = ("\n", "\r\n", "\r")
"""The line breaks `render` can write (the ones `parse` splits on)."""


class Layout(str, enum.Enum):
    """How `render` lays an article out.

    Both layouts print every element of every article; they differ in
    repetition, placement and spacing.
    """

    BUNDLE = "bundle"
    """Bundled articles, as in crawled news aggregations.

    The headline, a blank line, the first printings of the captions (each caption
    at least twice in a row), the residue, a blank line, the headline
    again, a blank line, the remaining caption printings, a blank line, then
    dek, byline, publication and update times, and the body paragraphs,
    the wire trailer, pingbacks and comments, each paragraph or comment after
    a blank line. The related-headline bullets, if
    any, come first.
    """
    PAGE = "page"
    """A single news page as flattened by extraction, without blank lines.

    The ``- `` related-headline bullets, the headline, every printing of each
    caption, the dek, the byline, the publication and update times
    (``Published: ...``, ``Updated: ...``), the body with the dateline opening
    its first paragraph, the wire trailer, the residue, the pingbacks and the
    comments (a reply's ``In reply to`` line after its time).
    """


def _related(items: Sequence[Related]) -> list[str]:
    return [f"- {item.text}" for item in items]


def _section(section: Section | None) -> list[str]:
    return [section.text] if section is not None else []


def _headline(headline: Headline | None) -> list[str]:
    if headline is None:
        return []
    return [headline.text if headline.site is None else f"{headline.text} | {headline.site}"]


def _caption(caption: Caption, count: int) -> list[str]:
    return [caption.text] * count


def _dek(dek: Dek | None) -> list[str]:
    return [dek.text] if dek is not None else []


def _byline(byline: Byline | None) -> list[str]:
    return [byline.text] if byline is not None else []


def _times(published: PublicationTime | None, updated: PublicationTime | None) -> list[str]:
    """``Published: ...`` and ``Updated: ...`` lines, each time as printed."""
    lines = [f"Published: {published.text}"] if published is not None else []
    if updated is not None:
        lines.append(f"Updated: {updated.text}")
    return lines


def _trailer(trailer: Trailer | None) -> list[str]:
    return [trailer.text] if trailer is not None else []


def _body(article: Article) -> list[str]:
    lines = [paragraph.text for paragraph in article.body]
    if article.dateline is not None and lines:
        lines[0] = article.dateline.text + lines[0]
    return lines


def _paragraph(paragraph: Paragraph) -> str:
    return paragraph.text


def _boilerplate(items: Sequence[Boilerplate]) -> list[str]:
    return [item.text for item in items]


def _pingback(pingback: Pingback) -> str:
    if pingback.site is None:
        return f"Pingback: {pingback.title}"
    return f"Pingback: {pingback.title} - {pingback.site}"


def _comment(comment: Comment, layout: Layout) -> list[str]:
    """Author, time and text lines; in a bundle the text lines are blank-separated."""
    lines = [comment.author or ""]
    if comment.posted is not None:
        lines.append(comment.posted.text)
    if comment.reply_to is not None:
        lines.append(f"In reply to {comment.reply_to}")
    text_lines = comment.text.split("\n") if comment.text else []
    if layout is Layout.BUNDLE and text_lines:
        lines.append(text_lines[0])
        for line in text_lines[1:]:
            lines += ["", line]
    else:
        lines += text_lines
    return lines


def _first_printings(caption: Caption) -> int:
    """How many printings a bundle puts before the repeated headline."""
    return max(min(2, caption.occurrences), (caption.occurrences + 1) // 2)


def _sections(article: Article, layout: Layout) -> list[list[str]]:
    """The article as runs of lines; a layout's runs are joined by one blank line."""
    if layout is Layout.PAGE:
        lines = _related(article.related) + _section(article.section) + _headline(article.headline)
        for caption in article.captions:
            lines += _caption(caption, caption.occurrences)
        lines += _dek(article.dek) + _byline(article.byline)
        lines += _times(article.published, article.updated) + _body(article)
        lines += _trailer(article.trailer) + _boilerplate(article.boilerplate)
        lines += [_pingback(pingback) for pingback in article.pingbacks]
        for comment in article.comments:
            lines += _comment(comment, layout)
        return [lines]
    first: list[str] = []
    second: list[str] = []
    for caption in article.captions:
        count = _first_printings(caption)
        first += _caption(caption, count)
        second += _caption(caption, caption.occurrences - count)
    sections = [
        _related(article.related) + _section(article.section) + _headline(article.headline),
        first + _boilerplate(article.boilerplate),
        _headline(article.headline),
        second,
        _dek(article.dek) + _byline(article.byline) + _times(article.published, article.updated),
        *([line] for line in _body(article)),
        _trailer(article.trailer),
        [_pingback(pingback) for pingback in article.pingbacks],
        *(_comment(comment, layout) for comment in article.comments),
    ]
    return [section for section in sections if section]


def _check_newline(newline: str) -> None:
    if newline not in NEWLINES:
        raise ValueError(f"newline must be one of {NEWLINES!r}, not {newline!r}")


def render_article(article: Article, layout: Layout = Layout.PAGE, newline: str = "\n") -> str:
    """Write one article as text, every line ended by ``newline``.

    Args:
        article: The article to write.
        layout: How to lay it out.
        newline: The line break to write: ``"\\n"``, ``"\\r\\n"`` or ``"\\r"``.

    Raises:
        ValueError: ``newline`` is not one of `NEWLINES`.
    """
    _check_newline(newline)
    lines: list[str] = []
    for section in _sections(article, Layout(layout)):
        if lines:
            lines.append("")
        lines += section
    return "".join(line + newline for line in lines)


def render(doc: Document, layout: Layout = Layout.PAGE, newline: str = "\n") -> str:
    """Write a document as text that `parse` reads back into an equal document.

    Articles are separated by `ARTICLE_SEPARATOR` blank lines. Defects and
    source spans are not written: they are what the parser found, not content;
    nor is the residue between articles (``doc.boilerplate``), whose place
    among the articles the models do not record.

    Args:
        doc: The document to write.
        layout: How to lay out each article (`Layout.PAGE` or `Layout.BUNDLE`).
        newline: The line break to write: ``"\\n"``, ``"\\r\\n"`` or ``"\\r"``.

    Returns:
        The text, every line ended by ``newline``.

    Raises:
        ValueError: ``newline`` is not one of `NEWLINES`.

    Examples:
        >>> from corpusparse import Article, Document, Headline, Paragraph, parse
        >>> doc = Document(articles=(Article(Headline("Rain"), body=(Paragraph("It rained."),)),))
        >>> text = render(doc, Layout.BUNDLE)
        >>> text
        'Rain\\n\\nRain\\n\\nIt rained.\\n'
        >>> parse(text) == doc
        True
    """
    _check_newline(newline)
    separator = newline * ARTICLE_SEPARATOR
    return separator.join(render_article(article, layout, newline) for article in doc.articles)
