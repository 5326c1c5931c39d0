"""The executable spec of the format: five properties over generated documents and any text.

1. round trip: ``parse(render(doc, layout)) == doc`` for every layout;
2. stable text: ``render(parse(render(doc))) == render(doc)``;
3. totality: ``parse`` returns a `Document` for any string;
4. lossless: the parsed elements cover every non-blank line exactly once, and
   ``doc.source_of`` gives back each element's exact source;
5. JSON: ``from_json(to_json(doc)) == doc``.

Regressions that hypothesis found are pinned with ``@example``.
"""

from __future__ import annotations

from hypothesis import example, given

import corpusparse
from corpusparse import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Document,
    Headline,
    Layout,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
)
from corpusparse.parsing.lines import is_blank, split_lines, split_lines_keepends
from corpusparse.parsing.readers import comparison_key
from strategies import DOCUMENTS, LINE_SOUP, any_text, layouts, newlines

# ------------------------------------------------------------------ regressions found


def _doc(**fields: object) -> Document:
    return Document(articles=(Article(headline=Headline("a"), **fields),))  # type: ignore[arg-type]


# Two identical pingbacks right after the head were read as a twice-printed caption.
TWIN_PINGBACKS = _doc(pingbacks=(Pingback("a a a", "0"), Pingback("a a a", "0")))

# A one-letter paragraph followed by the same letter as a widget token ("a", "A")
# was read as a caption printed twice, whose second printing the widget rule took.
LETTER_THEN_WIDGET = Document(
    articles=(
        Article(
            headline=Headline("a."),
            body=(Paragraph("a"),),
            boilerplate=(Boilerplate("A", BoilerplateKind.WIDGET),),
        ),
    )
)


@given(doc=DOCUMENTS, layout=layouts, newline=newlines)
@example(doc=TWIN_PINGBACKS, layout=Layout.BUNDLE, newline="\n")
@example(doc=TWIN_PINGBACKS, layout=Layout.PAGE, newline="\n")
@example(doc=LETTER_THEN_WIDGET, layout=Layout.PAGE, newline="\n")
def test_round_trip(doc: Document, layout: Layout, newline: str) -> None:
    text = corpusparse.render(doc, layout, newline)
    parsed = corpusparse.parse(text)
    assert parsed == doc
    assert parsed.defects == ()


@given(doc=DOCUMENTS, layout=layouts)
def test_rendered_text_is_stable(doc: Document, layout: Layout) -> None:
    text = corpusparse.render(doc, layout)
    assert corpusparse.render(corpusparse.parse(text), layout) == text


@given(text=any_text | LINE_SOUP)
@example(text="\ud800 lone surrogate\r\n\x00\x1b[31m\x85\u2028\r")
def test_parse_is_total(text: str) -> None:
    doc = corpusparse.parse(text)
    assert isinstance(doc, Document)
    assert doc.source == text
    for defect in doc.defects:
        assert 1 <= defect.line <= len(split_lines(text))


def _check_source(element: object, source: str) -> None:
    """What an element's source line(s) must say about it."""
    line = source.strip()
    if isinstance(element, (Headline, Caption)):
        assert comparison_key(line) == comparison_key(element.text)
    elif isinstance(element, Byline):
        assert line == element.text
    elif isinstance(element, Paragraph):
        assert line.endswith(element.text)
    elif isinstance(element, Comment):
        assert line.startswith(element.author)
        for text_line in element.text.split("\n"):
            assert text_line in source
    elif isinstance(element, Related):
        assert line.startswith("-")
        assert line.endswith(element.text)
    elif isinstance(element, Pingback):
        assert line.startswith("Pingback:")
        assert element.title in line
    elif isinstance(element, PublicationTime):
        assert element.text in line
    else:
        assert line == element.text  # type: ignore[attr-defined]


def _first_span(element: object) -> object:
    if isinstance(element, Caption):
        return element.spans[0] if len(element.spans) == 1 else None
    return element.span  # type: ignore[attr-defined]


@given(text=any_text | LINE_SOUP)
@example(text="- a\n")
@example(text="H\nBody\nann\nFebruary 30, 2014 at 10:08 PM\ntext\n\nmore\n")
def test_parse_is_lossless(text: str) -> None:
    doc = corpusparse.parse(text)
    lines = split_lines(text)
    with_breaks = split_lines_keepends(text)
    covered: list[int] = []
    for element, span in doc.elements():
        owned = [n for n in span.numbers if not is_blank(lines[n - 1])]
        assert owned, f"{element!r} owns no non-blank line"
        covered += owned
        source = doc.source_of(span)
        assert source == "".join(with_breaks[span.start - 1 : span.end])
        if span == _first_span(element):
            assert doc.source_of(element) == source
        _check_source(element, source)
    nonblank = [n for n, line in enumerate(lines, 1) if not is_blank(line)]
    assert sorted(covered) == nonblank
    for article in doc.articles:
        if article.dateline is not None:
            opening = doc.source_of(article.dateline).strip()
            assert opening == article.dateline.text + article.body[0].text
    if doc.articles:
        first, last = doc.articles[0].span.start, doc.articles[-1].span.end
        assert doc.source_of(corpusparse.Span(first, last)).strip() == text.strip()


@given(doc=DOCUMENTS)
def test_json_round_trip(doc: Document) -> None:
    data = corpusparse.to_json(doc)
    assert corpusparse.from_json(data, Document) == doc
    parsed = corpusparse.parse(corpusparse.render(doc, Layout.PAGE))
    again = corpusparse.from_json(corpusparse.to_json(parsed), Document)
    assert again == parsed
    assert [a.span for a in again.articles] == [a.span for a in parsed.articles]
    assert corpusparse.to_json(again) == corpusparse.to_json(parsed)
