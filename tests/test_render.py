"""The renderer on the seeds and on hand-made documents."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpusparse
from conftest import SEEDS
from corpusparse import Article, Byline, Comment, Document, Headline, Layout, Paragraph, Timestamp


def _stripped_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def test_bundle_layout_reprints_the_bundle_seed() -> None:
    text = (SEEDS / "000_27661b31902ab576.txt").read_text("utf-8")
    rendered = corpusparse.render(corpusparse.parse(text), Layout.BUNDLE)
    assert _stripped_lines(rendered) == _stripped_lines(text)


@pytest.mark.parametrize("layout", list(Layout))
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.stem)
def test_seeds_round_trip_in_every_layout(path: Path, layout: Layout) -> None:
    doc = corpusparse.parse_file(path)
    for newline in ("\n", "\r\n", "\r"):
        text = corpusparse.render(doc, layout, newline)
        assert corpusparse.parse(text) == doc
        assert text.count(newline) == len(corpusparse.parsing.lines.split_lines(text))


def test_page_layout_has_no_blank_lines_inside_an_article() -> None:
    doc = corpusparse.parse_file(SEEDS / "002_d04a779a60ac2279.txt")
    text = corpusparse.render(doc, "page")
    assert "\n\n" not in text
    lines = text.splitlines()
    assert lines[0] == "- California Assembly OKs highest minimum wage in nation"
    assert lines[12] == "By Kim Kwang-tae"
    assert lines[13].startswith("SEOUL (Yonhap) — North Korean leader")


def test_bundle_layout_separates_comment_paragraphs() -> None:
    stamp = Timestamp("May 1, 2020 at 9:00 AM", None)
    comment = Comment(author="ann", posted=stamp, text="First.\nSecond.")
    article = Article(
        headline=Headline("Head"),
        byline=Byline(("Ann Lee",), "By Ann Lee"),
        body=(Paragraph("Body."),),
        comments=(comment,),
    )
    text = corpusparse.render(Document(articles=(article, article)), Layout.BUNDLE)
    assert text == (
        "Head\n\nHead\n\nBy Ann Lee\n\nBody.\n\n"
        "ann\nMay 1, 2020 at 9:00 AM\nFirst.\n\nSecond.\n\n\n\n"
        "Head\n\nHead\n\nBy Ann Lee\n\nBody.\n\n"
        "ann\nMay 1, 2020 at 9:00 AM\nFirst.\n\nSecond.\n"
    )


def test_empty_document_renders_empty() -> None:
    assert corpusparse.render(Document()) == ""
    assert corpusparse.parse("") == Document()


def test_unknown_newline_is_refused() -> None:
    with pytest.raises(ValueError, match="newline"):
        corpusparse.render(Document(), Layout.PAGE, "\u2028")
