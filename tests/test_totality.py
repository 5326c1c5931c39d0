"""``parse`` returns a Document for any string, and keeps every non-blank line."""

from __future__ import annotations

import pytest

import corpusparse
from corpusparse.parsing.lines import is_blank, split_lines, split_lines_keepends


def _covered_lines(doc: corpusparse.Document) -> list[int]:
    """The non-blank line numbers owned by the document's elements, with repeats."""
    lines = split_lines(doc.source)
    return [
        number
        for _, span in doc.elements()
        for number in span.numbers
        if not is_blank(lines[number - 1])
    ]


STRANGE = [
    "",
    "\n",
    "\n\n\n\n",
    "   \t  ",
    "x" * 1_000_000,
    "\x00\x01\x02\x1b[31m\x7f",
    "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g",
    "\r\n\r\n\rheadline\r\rbody\r\n",
    "- only\n- bullets\n",
    "TT\n20\n",
    "Pingback:\nPingback: - \n",
    "H\nNovember 21, 2014 at 10:08 PM\nNovember 21, 2014 at 10:08 PM\n",
    "H\nBody\nann\nFebruary 30, 2014 at 10:08 PM\ntext\n",
    "\ud800 lone surrogate \udfff",
    "\ufeffBOM headline\n\nbody",
    "By By By\nBy\n(AP) —\n",
]


@pytest.mark.parametrize("text", STRANGE, ids=range(len(STRANGE)))
def test_parse_never_raises_and_keeps_every_line(text: str) -> None:
    doc = corpusparse.parse(text)
    assert isinstance(doc, corpusparse.Document)
    expected = [n for n, line in enumerate(split_lines(text), 1) if not is_blank(line)]
    assert sorted(_covered_lines(doc)) == expected


def test_only_three_line_breaks_split_lines() -> None:
    assert split_lines("a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g") == [
        "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g"
    ]
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\n") == ["a"]
    assert split_lines("") == []
    assert split_lines("\n") == [""]


@pytest.mark.parametrize("text", STRANGE, ids=range(len(STRANGE)))
def test_keepends_split_is_lossless(text: str) -> None:
    assert "".join(split_lines_keepends(text)) == text
    assert len(split_lines_keepends(text)) == len(split_lines(text))


def test_unreadable_timestamp_is_a_defect_and_strict_raises() -> None:
    text = "H\nBody\nann\nFebruary 30, 2014 at 10:08 PM\ntext\n"
    doc = corpusparse.parse(text)
    assert [(d.kind, d.line) for d in doc.defects] == [
        (corpusparse.DefectKind.UNREADABLE_TIMESTAMP, 4)
    ]
    with pytest.raises(corpusparse.ParseError, match="line 4"):
        corpusparse.parse(text, strict=True)


def test_source_of_recovers_exact_text() -> None:
    text = "Head\r\n\r\nBy Ann Lee\r\nMIAMI (AP) — Body.\r\n"
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.byline is not None
    assert doc.source_of(article.byline) == "By Ann Lee\r\n"
    assert doc.source_of(article.span) == text.rstrip("\r\n") + "\r\n"
