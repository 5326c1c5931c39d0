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


def test_a_long_run_of_blank_lines_separates_two_articles() -> None:
    text = (
        "First headline\nBody one.\n" + "\n" * 20_000 + "Second headline\nBy Bo Chan\nBody two.\n"
    )
    first, second = corpusparse.parse(text).articles
    assert first.headline is not None and first.headline.text == "First headline"
    assert (first.span.start, first.span.end) == (1, 2)
    assert second.headline is not None and second.headline.text == "Second headline"
    assert (second.span.start, second.span.end) == (20_003, 20_005)


def test_thousands_of_bullets_are_one_related_list() -> None:
    text = "".join(f"- Related story {n}\n" for n in range(5000))
    doc = corpusparse.parse(text)
    (article,) = doc.articles
    assert [item.text for item in article.related] == [f"Related story {n}" for n in range(5000)]
    assert [defect.kind for defect in doc.defects] == [corpusparse.DefectKind.MISSING_HEADLINE]


def test_thousands_of_comments_keep_their_authors_and_times() -> None:
    comments = [
        f"reader{n}\nNovember {1 + n % 28}, 2014 at {1 + n % 12}:{n % 60:02d} PM\nComment {n}."
        for n in range(2000)
    ]
    doc = corpusparse.parse("Headline\nThe body.\n" + "\n".join(comments))
    found = doc.articles[0].comments
    assert [comment.author for comment in found] == [f"reader{n}" for n in range(2000)]
    assert [comment.text for comment in found] == [f"Comment {n}." for n in range(2000)]
    assert all(comment.posted is not None for comment in found)
    assert found[-1].posted is not None and found[-1].posted.value is not None
    assert (found[-1].posted.value.day, found[-1].posted.value.hour) == (1 + 1999 % 28, 20)
    assert doc.defects == ()


def test_a_text_of_by_lines_has_one_headline_one_byline_and_a_body() -> None:
    names = [f"By Ann Lee{'x' * (n % 3)}" for n in range(3000)]
    (article,) = corpusparse.parse("\n".join(names)).articles
    assert article.headline is not None and article.headline.text == names[0]
    assert article.byline is not None and article.byline.text == names[1]
    assert [paragraph.text for paragraph in article.body] == names[2:]
