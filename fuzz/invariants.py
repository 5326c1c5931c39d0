"""The invariants the fuzz harness checks on every input (no atheris needed).

``tests/test_fuzz_regressions.py`` runs the same `check` on the seeds and on
every input the fuzzer ever found failing.
"""

from __future__ import annotations

import json

import corpusparse
from corpusparse import Document, Layout, article_record, from_json, render, to_json
from corpusparse.formats.render import NEWLINES
from corpusparse.parsing.lines import is_blank, split_lines, split_lines_keepends


def text_of(data: bytes) -> str:
    """The text a fuzz input stands for: UTF-8, invalid bytes as lone surrogates."""
    return data.decode("utf-8", "surrogateescape")


def check(text: str) -> None:
    """Every invariant on one text; raises AssertionError when one fails."""
    doc = corpusparse.parse(text)
    assert doc.source == text
    lines = split_lines(text)
    for defect in doc.defects:
        assert 1 <= defect.line <= len(lines), defect

    # Lossless: every non-blank line belongs to exactly one element.
    with_breaks = split_lines_keepends(text)
    covered: list[int] = []
    for element, span in doc.elements():
        owned = [n for n in span.numbers if not is_blank(lines[n - 1])]
        assert owned, f"{element!r} owns no non-blank line"
        covered += owned
        assert doc.source_of(span) == "".join(with_breaks[span.start - 1 : span.end])
    nonblank = [n for n, line in enumerate(lines, 1) if not is_blank(line)]
    assert sorted(covered) == nonblank, "coverage of non-blank lines"

    # JSON round trip, model form and flat record.
    assert from_json(to_json(doc), Document) == doc
    for article in doc.articles:
        json.dumps(article_record(article), ensure_ascii=False)

    # Render: no exception in any layout and line break, and the text it writes
    # parses. (A round trip is not checked: a parsed page may hold readings that
    # a rendering lays out differently, such as residue inside a comment.)
    for layout in Layout:
        for newline in NEWLINES:
            rendered = render(doc, layout, newline)
            assert not rendered or rendered.endswith(newline)
            corpusparse.parse(rendered)
