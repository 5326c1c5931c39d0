"""Large and repetitive inputs (the benchmark's pathological cases, scaled down)
still parse to the right records. Speed is measured in benchmarks/, not here."""

from __future__ import annotations

import corpusparse

CAPTION = "A crowd on 12 February 2025 in Tehran. (Photo by ANN LEE / AFP)"


def test_a_caption_printed_thousands_of_times_is_one_caption() -> None:
    text = "Headline above a gallery\n\n" + f"{CAPTION}\n" * 3000
    (article,) = corpusparse.parse(text).articles
    (caption,) = article.captions
    assert caption.occurrences == 3000
    assert [span.start for span in caption.spans] == list(range(3, 3003))
    assert caption.credit == "ANN LEE / AFP"
    assert caption.date is not None and caption.date.isoformat() == "2025-02-12"


def test_a_comment_with_thousands_of_paragraphs_is_one_comment() -> None:
    paragraphs = [f"Paragraph {n} of a long comment." for n in range(2000)]
    text = "Headline\nBody.\npepper\nNovember 21, 2014 at 10:08 PM\n" + "\n\n".join(paragraphs)
    doc = corpusparse.parse(text)
    (comment,) = doc.articles[0].comments
    assert comment.text == "\n".join(paragraphs)
    assert (comment.span.start, comment.span.end) == (3, 4 + 2 * 2000 - 1)
    assert doc.defects == ()
