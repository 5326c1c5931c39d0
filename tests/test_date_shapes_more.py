"""Publication dates in further shapes pages print (issue #14): a two-digit year after an
apostrophe, thin spaces between a date's parts, a publication and an update time labelled
on one line with a name after them.

Every line here is written by hand in the shapes flattened pages show; no text is taken
from a real page.
"""

from __future__ import annotations

import datetime as dt

import pytest

import corpusparse
from corpusparse.parsing.dates import read_labelled_time, read_printed_time
from corpusparse.parsing.readers import read_byline_line, read_fallback_date, read_head_date
from corpusparse.parsing.readers.date_shapes import read_labelled_pair
from page_text import PARAGRAPH, SECOND


def _article(lines: list[str]) -> corpusparse.Article:
    return corpusparse.parse("\n".join(lines)).articles[0]


def _day(time: corpusparse.PublicationTime | None) -> str | None:
    return None if time is None or time.value is None else time.value.isoformat()[:10]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 Feb \u201920", dt.date(2020, 2, 14)),
        ("Feb 14 '20", dt.date(2020, 2, 14)),
        ("14 feb. \u201920", dt.date(2020, 2, 14)),
        ("3. März \u201921", dt.date(2021, 3, 3)),
        ("5 de mayo '19", dt.date(2019, 5, 5)),
        ("12 juin '98", dt.date(1998, 6, 12)),
    ],
)
def test_a_two_digit_year_after_an_apostrophe(text: str, expected: dt.date) -> None:
    read = read_printed_time(text)
    assert read is not None and read[1] == expected


@pytest.mark.parametrize(
    "text", ["'20", "\u201920", "Feb '20", "5/6 '20", "Feb 14 '200", "Feb 14 '20s", "14 '20"]
)
def test_an_apostrophe_year_without_a_month_and_day_is_no_date(text: str) -> None:
    assert read_printed_time(text) is None


def test_a_labelled_date_with_an_apostrophe_year_on_a_meta_line() -> None:
    assert read_labelled_time("Veröffentlicht am 14 Feb \u201920") == (
        False,
        ("14 Feb \u201920", dt.date(2020, 2, 14)),
    )
    read = read_byline_line("posted on 9 Okt \u201918 | Kategorien: Garten | Tags: Beet, Saat")
    assert read is not None and read.published == ("9 Okt \u201918", dt.date(2018, 10, 9))


@pytest.mark.parametrize("space", ["\u2009", "\u202f", "\u00a0", "\u2007"])
def test_thin_spaces_between_the_parts_of_a_date(space: str) -> None:
    text = f"4.{space}2.{space}2022"
    assert read_printed_time(text) == (text, dt.date(2022, 2, 4))
    read = read_byline_line(f"Von Otto Weg {text}.")
    assert read is not None and read.authors == ("Otto Weg",)
    assert read.published is not None and read.published[1] == dt.date(2022, 2, 4)


def test_a_byline_with_a_thin_spaced_date_under_the_headline() -> None:
    article = _article(
        [
            "Der Fährverkehr ruht im Winter",
            "",
            "Von Otto Weg 4.\u20092.\u20092022.",
            "",
            PARAGRAPH,
            SECOND,
        ]
    )
    assert article.authors == ("Otto Weg",)
    assert _day(article.published) == "2022-02-04"


@pytest.mark.parametrize(
    ("text", "published", "updated", "name"),
    [
        (
            "Eingetragen am 3. Januar 2020, aktualisiert am 5. Januar 2020 vom Redaktionsteam",
            dt.date(2020, 1, 3),
            dt.date(2020, 1, 5),
            "Redaktionsteam",
        ),
        (
            "Posted on Monday, May 3, 2024, updated May 5, 2024 by the desk",
            dt.date(2024, 5, 3),
            dt.date(2024, 5, 5),
            "the desk",
        ),
        (
            "Publicado el 3 de marzo de 2024, actualizado el 5 de marzo de 2024",
            dt.date(2024, 3, 3),
            dt.date(2024, 3, 5),
            "",
        ),
        (
            "Publié le 3 mars 2024, mis à jour le 5 mars 2024 par la rédaction",
            dt.date(2024, 3, 3),
            dt.date(2024, 3, 5),
            "la rédaction",
        ),
    ],
)
def test_a_publication_and_an_update_time_labelled_on_one_line(
    text: str, published: dt.date, updated: dt.date, name: str
) -> None:
    pair = read_labelled_pair(text)
    assert pair is not None
    assert (pair[0][1], pair[1][1], pair[2]) == (published, updated, name)
    head = read_head_date(text)
    assert head is not None and head == (False, pair[0])
    assert read_fallback_date(text) == pair[0]


@pytest.mark.parametrize(
    "text",
    [
        "Posted on May 3, 2024, in Garden, Tools",  # no update after the comma
        "On May 3, 2024, updated rules came in force for 2025 by law",  # a sentence
        "Updated May 3, 2024, published May 1, 2024",  # the update first
        "Eingetragen am 3. Januar 2020, Kategorie: Garten 2",  # no update label
        "Eingetragen am 3. Januar 2020 aktualisiert am 5. Januar 2020",  # no comma
    ],
)
def test_lines_that_are_no_labelled_pair(text: str) -> None:
    assert read_labelled_pair(text) is None


def _pair_page(by: str) -> list[str]:
    return [
        "Der Fährverkehr ruht im Winter",
        "",
        f"Eingetragen am 3. Januar 2020, aktualisiert am 5. Januar 2020 {by}",
        "",
        PARAGRAPH,
        SECOND,
    ]


def test_a_labelled_pair_under_the_headline_gives_both_times_and_no_team_author() -> None:
    article = _article(_pair_page("vom Redaktionsteam"))
    assert _day(article.published) == "2020-01-03"
    assert _day(article.updated) == "2020-01-05"
    assert article.authors == ()


def test_a_labelled_pair_with_a_person_after_it_gives_the_author() -> None:
    article = _article(_pair_page("vom Otto Weg"))
    assert _day(article.published) == "2020-01-03"
    assert _day(article.updated) == "2020-01-05"
    assert article.authors == ("Otto Weg",)


def test_an_apostrophe_year_on_the_meta_line_under_the_headline() -> None:
    article = _article(
        [
            "Der Fährverkehr ruht im Winter",
            "",
            "veröffentlicht am 14 Feb \u201920 | Kategorien: Verkehr | Tags: Fähre, Winter, See",
            "",
            PARAGRAPH,
            SECOND,
        ]
    )
    assert _day(article.published) == "2020-02-14"


def test_a_body_sentence_with_a_labelled_pair_is_no_date_line() -> None:
    # A long body sentence that mentions two dates is no head line.
    sentence = (
        "The council said the plan was posted on May 3, 2024, updated on May 5, 2024"
        " by the clerk, and it will be read again at the meeting in the town hall."
    )
    assert read_fallback_date(sentence) is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (["Erschienen am", "15.12.2022"], "2022-12-15"),  # a publication label over its date
        (["Sep 17, 2019 Ann Lee 0"], "2019-09-17"),  # a date, a name, a comment count
        (["17. September 2019 Ann Lee 3"], "2019-09-17"),
        (["2025-08-29#fähre#winter"], "2025-08-29"),  # an ISO date run into hashtags
        (["2025-08-29:"], "2025-08-29"),
    ],
)
def test_head_date_shapes_right_under_the_headline(head: list[str], expected: str) -> None:
    # These are read when the head is found; on a page whose headline is chosen far
    # below them they stand above the page's head, where no date is read.
    article = _article(["Der Fährverkehr ruht im Winter", "", *head, "", PARAGRAPH, SECOND])
    assert _day(article.published) == expected
