"""The byline and date line readers on the shapes real flattened pages print.

Every line here is written by hand in a shape seen on real pages, with invented
names; none is copied from a page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpusparse
from corpusparse.parsing.patterns import HEAD_PART_SEPARATOR, READING_TIME
from corpusparse.parsing.readers import (
    may_contain,
    read_bare_byline,
    read_byline_line,
    read_byline_pair,
    read_dated_names,
    read_head_date,
    read_loose_byline,
    read_name_over_bio,
    read_name_pair,
    read_names_by_date,
    read_user_byline,
)
from corpusparse.parsing.readers.common import READING_TIME_WORDS

D = dt.date(2024, 3, 3)
M4 = dt.date(2024, 3, 4)


def _value(reading: tuple[str, dt.datetime | dt.date | None] | None) -> object:
    return None if reading is None else reading[1]


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("by Ann Lee on January 31, 2011", ("Ann Lee",), dt.date(2011, 1, 31)),
        ("Posted by Ann Lee", ("Ann Lee",), None),
        ("Posted on March 3, 2024 by Ann Lee", ("Ann Lee",), D),
        ("By Ann Lee | March 3, 2024", ("Ann Lee",), D),
        ("By Ann Lee - March 3, 2024", ("Ann Lee",), D),
        ("By Ann Lee – March 3, 2024", ("Ann Lee",), D),
        ("By Ann Lee • 5 min read", ("Ann Lee",), None),
        ("By Ann Lee March 3, 2024 5 min read", ("Ann Lee",), D),
        ("Written by Ann Lee", ("Ann Lee",), None),
        ("Written By: Ann Lee", ("Ann Lee",), None),
        ("Author: Ann Lee", ("Ann Lee",), None),
        ("ByAnn Lee", ("Ann Lee",), None),
        ("byAnn Lee", ("Ann Lee",), None),
        ("By Ann LeeMarch 3, 2024", ("Ann Lee",), D),
        ("Ann LeePublished March 3, 2024", ("Ann Lee",), D),
        ("Ann Lee19.10.2019, 05:00 Uhr", ("Ann Lee",), dt.datetime(2019, 10, 19, 5, 0)),
        ("Ann Lee, Staff Writer", ("Ann Lee",), None),
        ("Ann Lee, Senior Reporter", ("Ann Lee",), None),
        ("Ann Lee, PhD", ("Ann Lee",), None),
        ("By Ann Lee, Associated Press", ("Ann Lee",), None),
        ("By Ann Lee, Senior Director, Example Group", ("Ann Lee",), None),
        ("By Ann Lee and Bo Chan", ("Ann Lee", "Bo Chan"), None),
        ("By Ann Lee.", ("Ann Lee",), None),
        ("Dr. Ann Lee | March 3, 2024", ("Dr. Ann Lee",), D),
        ("By Ann Lee ann.lee@example.org", ("Ann Lee",), None),
        ("Ann Lee | Staff Writer", ("Ann Lee",), None),
        ("Ann Lee | March 3, 2024", ("Ann Lee",), D),
        ("Ann Lee · March 3, 2024 · 4 comments", ("Ann Lee",), D),
        ("March 3, 2024 | Ann Lee", ("Ann Lee",), D),
        ("By | Ann Lee", ("Ann Lee",), None),
        ("Author      Ann Lee", ("Ann Lee",), None),
        # German
        ("von Ann Lee", ("Ann Lee",), None),
        ("Von Ann Lee 19. Oktober 2019 00:04 Uhr", ("Ann Lee",), dt.datetime(2019, 10, 19, 0, 4)),
        ("Von Ann Lee, dpa", ("Ann Lee",), None),
        ("Veröffentlicht von Ann Lee", ("Ann Lee",), None),
        ("Veröffentlicht am 4. März 2024 von Ann Lee", ("Ann Lee",), M4),
        ("4. März 2024 von Ann Lee", ("Ann Lee",), M4),
        ("Geschrieben von Ann Lee am 04.03.2024", ("Ann Lee",), M4),
        ("• von: Ann Lee", ("Ann Lee",), None),
        # Spanish
        ("Por Ana López | 4 de marzo de 2024", ("Ana López",), M4),
        ("Publicado por Ana López", ("Ana López",), None),
        (
            "Ana López, Carlos Ruiz y Eva Gil | 4 de marzo de 2024",
            ("Ana López", "Carlos Ruiz", "Eva Gil"),
            M4,
        ),
        # French
        (
            "Par Jean Morel, le 4 mars 2024 à 10h32",
            ("Jean Morel",),
            dt.datetime(2024, 3, 4, 10, 32),
        ),
        ("Publié par Jean Morel", ("Jean Morel",), None),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], published: object) -> None:
    read = read_byline_line(line)
    assert read is not None, line
    assert read.authors == authors
    assert _value(read.published) == published


@pytest.mark.parametrize(
    "line",
    ["Reuters", "AFP", "Associated Press in Lima", "By Reuters", "(AP)", "By Associated Press"],
)
def test_an_agency_alone_is_a_byline_without_authors(line: str) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == ()
    assert read.published is None and read.updated is None


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Sat 2 Mar 2024 09.15 GMT", dt.datetime(2024, 3, 2, 9, 15, tzinfo=dt.UTC), None),
        ("March 3, 2024", D, None),
        ("3 March 2024", D, None),
        ("2024-03-03", D, None),
        ("03/03/2024 10:15 AM", dt.datetime(2024, 3, 3, 10, 15), None),
        ("• March 3, 2024", D, None),
        ("March 3, 2024 | Politics", D, None),
        ("Mar 3, 2024 · 5 min read", D, None),
        ("Veröffentlicht am 04.03.2024", M4, None),
        ("4. März 2024", M4, None),
        ("Erschienen am 4. März 2024", M4, None),
        ("Datum: 04.03.2024", M4, None),
        ("am 04.03.2024", M4, None),
        ("Publicado el 4 de marzo de 2024", M4, None),
        ("Fecha: 04/03/2024", M4, None),
        ("4 de marzo de 2024 - 10:32", dt.datetime(2024, 3, 4, 10, 32), None),
        ("Publié le 4 mars 2024 à 10h32", dt.datetime(2024, 3, 4, 10, 32), None),
        ("Le 04/03/2024", M4, None),
        ("4. März 20245. März 2024", M4, None),
        ("Updated: 10:32 AM EST, Mon March 4, 2024", None, dt.datetime(2024, 3, 4, 10, 32)),
        ("Last modified on March 4, 2024", None, M4),
        ("Stand: 04.03.2024 10:32 Uhr", None, dt.datetime(2024, 3, 4, 10, 32)),
        ("Zuletzt geändert am 04.03.2024", None, M4),
        ("Mis à jour le 4 mars 2024 à 10h32", None, dt.datetime(2024, 3, 4, 10, 32)),
    ],
)
def test_dates(line: str, published: object, updated: object) -> None:
    read = read_byline_line(line)
    assert read is not None, line
    assert read.authors is None
    got_updated = _value(read.updated)
    if isinstance(got_updated, dt.datetime):
        got_updated = got_updated.replace(tzinfo=None)
    assert (_value(read.published), got_updated) == (published, updated)


def test_published_with_a_generic_zone() -> None:
    read = read_byline_line("Published March 3, 2024 at 10:15 a.m. ET")
    assert read is not None and read.published is not None
    value = read.published[1]
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == dt.timedelta(hours=-5)


@pytest.mark.parametrize(
    "line",
    [
        "By the way, we left.",
        "By Monday the river had risen.",
        "Posted in Politics",
        "Share this article",
        "Storm hits the coast",
        "Storm Hits Coast",
        "Ann Lee",
        "Ann Lee • 2 hours ago",
        "Ann • 2 years ago",
        "Big Plans, Small Rooms",
        "Garden Tips and Best Practices",
        "Home Tips | Garden News",
        "On March 3, 2024 the mayor opened the bridge in front of a large crowd of people.",
        "The bridge, planned since March 3, 2019, cost more than expected, officials said.",
        "Manchester, NH",
        "Ann LeeMartin",
        "",
    ],
)
def test_near_misses_are_no_bylines(line: str) -> None:
    read = read_byline_line(line)
    assert read is None or read.authors is None, line


def test_near_miss_sentences_read_nothing() -> None:
    for line in ("By the way, we left.", "By Monday the river had risen.", "Posted in Politics"):
        assert read_byline_line(line) is None


def test_long_lines_are_read_only_when_they_are_head_lines() -> None:
    body = "The council met on Monday and decided, after a long debate, to keep the library. " * 3
    assert read_byline_line(body.strip()) is None
    assert read_byline_line("x" * 301) is None


@pytest.mark.parametrize(
    ("first", "second", "authors", "published"),
    [
        ("Ann Lee", "March 3, 2024", ("Ann Lee",), D),
        ("• Ann Lee", "• 19.10.2019, 12:00 Uhr", ("Ann Lee",), dt.datetime(2019, 10, 19, 12, 0)),
        ("Ann Lee", "Dec 3, 2024 · 5 min read", ("Ann Lee",), dt.date(2024, 12, 3)),
        ("Ann Lee and Bo Chan", "4. März 2024", ("Ann Lee", "Bo Chan"), M4),
        ("Dr. Ann Lee", "Published: March 3, 2024", ("Dr. Ann Lee",), D),
        ("By", "Ann Lee", ("Ann Lee",), None),
        ("Written by", "Ann Lee | March 3, 2024", ("Ann Lee",), D),
        ("Von:", "Ann Lee", ("Ann Lee",), None),
    ],
)
def test_byline_pairs(first: str, second: str, authors: tuple[str, ...], published: object) -> None:
    read = read_byline_pair(first, second)
    assert read is not None
    assert read.authors == authors
    assert _value(read.published) == published


def test_pair_keeps_an_update_as_an_update() -> None:
    read = read_byline_pair("Ann Lee", "Updated: March 4, 2024")
    assert read is not None
    assert read.published is None and _value(read.updated) == M4


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ann Lee", "Staff Writer"),
        ("Ann Lee", "2 hours ago"),
        ("Ann Lee", "Ann Lee writes about gardens."),
        ("Politics", "March 3, 2024"),
        ("Paddy", "March 3, 2024"),
        ("Breaking News", "March 3, 2024"),
        ("Storm hits the coast", "March 3, 2024"),
        ("By", "Related Posts"),
        ("Author", "Table of Contents"),
        ("By", "the way"),
        ("A long headline that is not a name at all", "March 3, 2024"),
        ("March 3, 2024", "Ann Lee"),
    ],
)
def test_pair_near_misses(first: str, second: str) -> None:
    assert read_byline_pair(first, second) is None


def test_pair_takes_one_word_names_when_asked() -> None:
    read = read_byline_pair("Paddy", "March 3, 2024", min_words=1)
    assert read is not None and read.authors == ("Paddy",)
    # A section word is still no name (NAME_STOP_WORDS); other words cannot be told apart.
    assert read_byline_pair("Politics", "March 3, 2024", min_words=1) is None


BLANKS_AND_WORDS = st.text(
    alphabet=" \t\u00a0aAmMiInNrReEdDlLsS1\u017f\u0130\u212a|•/", max_size=40
)


@given(BLANKS_AND_WORDS)
def test_reading_time_pre_check_passes_whatever_the_pattern_matches(text: str) -> None:
    if READING_TIME.search(text) is not None:
        assert may_contain(text, READING_TIME_WORDS)


@given(BLANKS_AND_WORDS)
def test_part_separator_pre_check_passes_whatever_the_pattern_matches(text: str) -> None:
    if HEAD_PART_SEPARATOR.search(text) is not None:
        marks = any(mark in text for mark in ("|", "•", "·", "/", "∙", "⋅"))
        assert marks or "   " in text or "\u00a0" in text or "\t" in text


@pytest.mark.parametrize(
    ("line", "updated", "value"),
    [
        ("12.03.2024 Press release", False, dt.date(2024, 3, 12)),
        ("Culture - 4 March 2024", False, M4),
        ("Tue, 4. März 2024 um 09:15 Uhr", False, dt.datetime(2024, 3, 4, 9, 15)),
        ("2024-03-04 Local news", False, M4),
        ("Sunday , 03 March 2024", False, D),
        ("4 de marzo de 2024 | Deportes", False, M4),
        ("Published on Mar 4, 2024 Updated on Mar 9, 2024", False, M4),
        ("Site news, last updated 4 March 2024 Politics", True, M4),
    ],
)
def test_head_dates(line: str, updated: bool, value: object) -> None:
    read = read_head_date(line)
    assert read is not None and read[0] is updated and read[1][1] == value


@pytest.mark.parametrize(
    "line",
    [
        "The council met on 4 March 2024 and voted for the new bridge over the river.",
        "Opening hours 9 to 5",
        "March 2024 Archive",
        "Page 2 of 14",
        "In 2024 the town grew by a tenth, and the new school opened its doors",
    ],
)
def test_head_date_near_misses(line: str) -> None:
    assert read_head_date(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ann Lee on 3. March, 2024 | 12 Comments", ("Ann Lee",)),
        ("Von Bo Chan Foto: © Example Images", ("Bo Chan",)),
        ("by Ann Lee· March 3, 2024", ("Ann Lee",)),
        ("Par Jean Dupré le 04.03.2024 à 11h46", ("Jean Dupré",)),
        ("Von Ida Moll Vom 4. März 2024 0", ("Ida Moll",)),
        ("By Ann Lee Last updated Mar 4, 2024 Share", ("Ann Lee",)),
        ("by Ann Lee March 3, 2024March 4, 2024", ("Ann Lee",)),
    ],
)
def test_loose_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert read_loose_byline(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the time we came home it rained",
        "Von Montag bis Freitag geöffnet",
        "By Ann Lee",  # label and names alone: read_byline_line's
        "Ann Lee on March 3, 2024",
        "By Home | News",
    ],
)
def test_loose_byline_near_misses(line: str) -> None:
    assert read_loose_byline(line) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ann Lee", "Senior Reporter"),
        ("Ann Lee", "Staff Writer"),
        ("Ida Moll", "Chefredakteurin"),
        ("• Ann Lee", "Tech Reporter"),
    ],
)
def test_name_over_role(first: str, second: str) -> None:
    names = read_name_pair(first, second)
    if first.startswith("•"):
        assert names is None  # a menu item
    else:
        assert names == (first,)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ann Lee", "Home and Garden"),
        ("• Front Page", "• Editor"),
        ("Example Group Programmer", "Example Group Art Director"),
        ("Ann Lee", "Associated Press"),
        ("Ann Lee", "March 3, 2024"),
    ],
)
def test_name_over_role_near_misses(first: str, second: str) -> None:
    assert read_name_pair(first, second) is None


@pytest.mark.parametrize(
    ("first", "authors"),
    [
        ("Ida Moll Founder & Lead Reviewer", ("Ida Moll",)),
        ("Ida Moll Founder", ("Ida Moll",)),
        ("Ida Moll & Bo Chan", ("Ida Moll", "Bo Chan")),
    ],
)
def test_names_over_a_date_without_the_roles_after_them(
    first: str, authors: tuple[str, ...]
) -> None:
    read = read_byline_pair(first, "Updated March 4, 2024")
    assert read is not None
    assert read.authors == authors


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Autor", "Ida Moll,"),  # a comma left after the name
        ("AUTOR/IN", "Ida Moll"),
        ("Autor*in", "Ida Moll"),
        ("Author(s)", "• Ida Moll"),
    ],
)
def test_label_over_the_name(first: str, second: str) -> None:
    read = read_byline_pair(first, second)
    assert read is not None
    assert read.authors == ("Ida Moll",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Autorinnen und Autoren", "Ida Moll"),  # a heading, not a label
        ("Autor", "Ida Moll, Bo"),
    ],
)
def test_label_over_the_name_near_misses(first: str, second: str) -> None:
    read = read_byline_pair(first, second)
    assert read is None or read.authors != ("Ida Moll",)


def test_page_bare_name_under_the_headline_gives_way_to_a_label_over_a_name() -> None:
    head = [
        "Bridge vote delayed again after long debate",
        "",
        "Town Affairs",
        "",
        _DEK,
        "",
        "Autor",
    ]
    article = corpusparse.parse(_page(*head, "", "Bo Chan,")).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Bo Chan",)


def test_names_over_a_date_that_are_only_roles() -> None:
    assert read_byline_pair("Ida Chief Officer", "March 3, 2024") is None


@pytest.mark.parametrize(
    "second",
    [
        "Assistant professor of geology at Example State University",
        "Senior Researcher at the Valley Institute for Rivers",
    ],
)
def test_name_over_a_long_role(second: str) -> None:
    assert read_name_pair("Ida Moll", second) == ("Ida Moll",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a group word (`GROUP_TITLE_WORDS`) in a long line: a call to subscribe
        ("Stay Tuned", "Get News and Offers Straight To Your Inbox Today"),
        # a sentence, not a role
        ("Ida Moll", "Editor of the town paper, she spoke at the hall."),
        # the title word comes too late for a role line
        ("Ida Moll", "Moving to the valley was hard for the editor and her family"),
        # too many words for a role
        (
            "Ida Moll",
            "Assistant professor of geology at the old and famous Example State University",
        ),
        # a digit: a date or an address, not a role
        ("Ida Moll", "Assistant professor since 2019 at Example State University"),
    ],
)
def test_name_over_a_long_role_near_misses(first: str, second: str) -> None:
    assert read_name_pair(first, second) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Two dates run together (published, then updated): the first is read.
        ("Posted on May 2, 2023June 9, 2024", dt.date(2023, 5, 2)),
        ("Freitag, 3. März 2023Freitag, 3. März 2023", dt.date(2023, 3, 3)),
        ("April 7, 20239:15 AM ET", dt.date(2023, 4, 7)),
        ("jueves, 6 de abril de 202308:30 hs", dt.date(2023, 4, 6)),
        ("Ida Moll | 14.02.23", dt.date(2023, 2, 14)),
    ],
)
def test_dates_run_together_and_short_years(line: str, published: dt.date) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.published is not None
    assert read.published[1] == published


def test_run_together_dates_with_a_byline() -> None:
    read = read_byline_line("May 2, 2023June 9, 2024 by Ann Lee")
    assert read is not None
    assert read.authors == ("Ann Lee",)
    assert _value(read.published) == dt.date(2023, 5, 2)
    read = read_byline_line("Posted on May 2, 2023May 2, 2023Author Ann LeeCategories")
    assert read is not None
    assert read.authors == ("Ann Lee",)


def test_head_date_of_two_dates_run_together() -> None:
    read = read_head_date("7. April 20238. April 2023 Ida Moll Pop, Rap")
    assert read is not None
    assert read[1][1] == dt.date(2023, 4, 7)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee", ("Ann Lee",)),
        ("• Bo T. Chan", ("Bo T. Chan",)),
        ("Ann Lee and Bo Chan", ("Ann Lee", "Bo Chan")),
        ("Ann McKay", ("Ann McKay",)),
    ],
)
def test_bare_bylines(line: str, names: tuple[str, ...]) -> None:
    assert read_bare_byline(line) == names


@pytest.mark.parametrize(
    "line",
    ["Senior Reporter", "Breaking News", "Kommentar", "Garden IdeasHomeDecor", "ann lee", "Ann"],
)
def test_bare_byline_near_misses(line: str) -> None:
    assert read_bare_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names", "published"),
    [
        ("by annlee", ("annlee",), None),
        ("von ida_moll", ("ida_moll",), None),
        ("Posted on 2023-05-02 by bochan7", ("bochan7",), dt.date(2023, 5, 2)),
        ("Veröffentlicht am 2. Mai 2023 von idamoll", ("idamoll",), dt.date(2023, 5, 2)),
    ],
)
def test_user_bylines(line: str, names: tuple[str, ...], published: object) -> None:
    read = read_user_byline(line)
    assert read is not None
    assert read[0] == names
    assert _value(read[1]) == published


@pytest.mark.parametrize(
    "line", ["by the river", "By Ann Lee", "by annlee and bochan", "May 2, 2023 by the sea", "von"]
)
def test_user_byline_near_misses(line: str) -> None:
    assert read_user_byline(line) is None


_PARAGRAPH = (
    "The council met on a wet evening to argue about the new bridge, and the "
    "meeting ran late as one speaker after another rose to give a view on its cost."
)


def _page(*head: str) -> str:
    """A page: a menu, the head lines given, then a main text of plain paragraphs."""
    menu = ["Home", "", "Local", "", "Sport", ""]
    body = [f"{_PARAGRAPH} Part {number}." for number in range(6)]
    return "\n".join([*menu, *head, "", "\n\n".join(body), ""])


def test_page_name_right_under_the_headline() -> None:
    text = _page("Bridge vote delayed again after long debate", "", "Ida Moll", "", "14.02.23")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert article.published is not None
    assert article.published.value == dt.date(2023, 2, 14)


_DEK = "The council put off its vote on the new bridge for a third time this spring."


def test_page_name_over_role_in_the_first_lines_of_the_main_text() -> None:
    text = _page(
        "Bridge vote delayed again after long debate", "", _DEK, "", "Ida Moll", "Staff Writer"
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


def test_page_handle_under_the_author_box_opens_no_comments() -> None:
    head = ["Bridge vote delayed again after long debate", "", _DEK, "", "Ida Moll", "Staff Writer"]
    text = _page(*head, "@idamoll", "Monday 4 March 2024 10:08")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert article.published is not None
    assert article.published.value == dt.datetime(2024, 3, 4, 10, 8)
    assert article.comments == ()


def test_page_one_word_name_right_under_the_headline_over_the_date() -> None:
    text = _page("Bridge vote delayed again after long debate", "", "Ida", "", "March 3, 2024")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida",)
    assert article.published is not None
    assert article.published.value == D


@pytest.mark.parametrize(
    "head",
    [
        # a section word of the menu over the headline
        ["Bridge vote delayed again after long debate", "", "Sport", "", "March 3, 2024"],
        # a word in capitals
        ["Bridge vote delayed again after long debate", "", "GARDEN", "", "March 3, 2024"],
        # an item of a bulleted menu further down
        [
            "Bridge vote delayed again after long debate",
            "",
            "Garden",
            "",
            "March 3, 2024",
            "",
            "• Garden",
            "• Kitchen",
        ],
        # not right under the headline
        ["Bridge vote delayed again after long debate", "", _DEK, "", "Garden", "March 3, 2024"],
    ],
)
def test_page_one_word_over_the_date_near_misses(head: list[str]) -> None:
    article = corpusparse.parse(_page(*head)).articles[0]
    assert article.byline is None or not article.byline.authors


_TOP = ["By Bo Chan", "", "Weather", "", "Traffic", "", "Events", "", ""]
"""A byline far above the headline, over a menu."""


def test_page_byline_under_the_headline_replaces_one_far_above_it() -> None:
    head = ["Bridge vote delayed again after long debate", "", _DEK, "", "By Ida Moll"]
    article = corpusparse.parse("\n".join(_TOP) + _page(*head)).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


def test_page_byline_far_above_the_headline_is_kept_alone() -> None:
    head = ["Bridge vote delayed again after long debate", "", _DEK]
    article = corpusparse.parse("\n".join(_TOP) + _page(*head)).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Bo Chan",)


@pytest.mark.parametrize("word", ["Feature", "Analysis", "Review"])
def test_page_kind_of_story_under_the_headline_is_no_name(word: str) -> None:
    text = _page("Bridge vote delayed again after long debate", "", word, "", "March 3, 2024")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is None or not article.byline.authors


def test_page_one_word_under_the_headline_gives_way_to_a_byline_below() -> None:
    head = ["Bridge vote delayed again after long debate", "", "Garden", "", "March 3, 2024"]
    article = corpusparse.parse(_page(*head, "", "By Bo Chan")).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Bo Chan",)


def test_page_name_under_the_headline_gives_way_to_a_byline_below() -> None:
    text = _page(
        "Bridge vote delayed again after long debate", "", "Town Affairs", "", "By Ida Moll"
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


def test_page_date_over_the_headline_beside_a_section() -> None:
    text = _page("14.02.2023 Press release", "", "Bridge vote delayed again after long debate")
    article = corpusparse.parse(text).articles[0]
    assert article.headline is not None
    assert article.headline.text.startswith("Bridge vote")
    assert article.published is not None
    assert article.published.value == dt.date(2023, 2, 14)


def test_a_dateline_opening_a_short_paragraph_is_no_byline() -> None:
    assert read_byline_line("OLDTOWN, Vermont (Valley Press Agency) — a") is None
    assert read_byline_line("OLDTOWN (VPA) — Rain.") is None


def test_a_date_far_above_the_headline_gives_way_to_the_head_s_date() -> None:
    body = [
        "The council said on Monday that the old ferry would stop running at the end of the"
        " month, and that the people who use it every day would have to find another way"
        " across the river until a new boat is ready in the spring.",
        "Many of those who spoke at the meeting said that they had not been told about the"
        " plan, and that it would be hard for them to get to work on time when the bus is"
        " the only way to reach the town from the villages on the far side.",
    ]
    top = ["Valley Herald", "Monday, March 4, 2024", "News", "Sport", "Weather", "Opinion"]
    head = ["Ferry to stop for the winter", "By Ann Lee", "February 27, 2024"]
    article = corpusparse.parse("\n".join([*top, *head, *body])).articles[0]
    assert article.published is not None
    assert article.published.value == dt.date(2024, 2, 27)
    alone = corpusparse.parse("\n".join([*top, *head[:2], *body])).articles[0]
    assert alone.published is not None and alone.published.value == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("line", "names", "published"),
    [
        ("March 3, 2024 Ann Lee 0", ("Ann Lee",), D),
        ("3. März 2024 Ida Moll Kultur", ("Ida Moll",), D),
        ("3. März 2024 , Ida Moll", ("Ida Moll",), D),
        ("3. Mär. 2024 Ida B. Moll", ("Ida B. Moll",), D),
        ("3. März 20243. März 2024 Ida Moll 1 Kommentar Garten, Rad", ("Ida Moll",), D),
        ("3. März 2024 Ida Moll Schreibe einen Kommentar", ("Ida Moll",), D),
        ("3. März 2024 idamoll Schreibe einen Kommentar", ("idamoll",), D),
    ],
)
def test_dated_names(line: str, names: tuple[str, ...], published: dt.date) -> None:
    read = read_dated_names(line)
    assert read is not None
    assert read[0] == names
    assert read[1][1] == published


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2024 Ann Lee visited the new mill",
        "3. März 2024 Ida Moll besucht die Mühle",
        "March 3, 2024 report",
        "3. März 2024 idamoll",
        "Ann Lee March 3, 2024",
        "March 3, 2024 Home Sport",
        "Page 3 of 2024 Ann Lee",
    ],
)
def test_dated_names_near_misses(line: str) -> None:
    assert read_dated_names(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("by Ida Moll ● March 3, 2024 ● 6 min read", ("Ida Moll",)),
        ("von Ida Moll03.03.2024 - 08:13 Uhr", ("Ida Moll",)),
    ],
)
def test_loose_bylines_with_dots_and_glued_dates(line: str, authors: tuple[str, ...]) -> None:
    assert read_loose_byline(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("3.3.24 20:19 von Ida Moll Lesezeit: 4 Min.", ("Ida Moll",)),
        ("ByIda Moll UpdatedMarch 3, 2024", ("Ida Moll",)),
        ("March 3, 2024 By Ida Moll In", ("Ida Moll",)),
        ("3. März 2024 von Gartenzwerg Ein Kommentar", ("Gartenzwerg",)),
        ("Written by: Ida Moll Ida Moll", ("Ida Moll",)),
        ("By Ida Moll", ("Ida Moll",)),
        ("By Ida Moll Inga", ("Ida Moll Inga",)),
    ],
)
def test_names_without_what_was_read_after_them(line: str, authors: tuple[str, ...]) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == authors


def test_page_date_and_name_on_one_line_under_the_headline() -> None:
    text = _page("Bridge vote delayed again after long debate", "", "March 3, 2024 Ida Moll 0")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert article.published is not None
    assert article.published.value == D


def test_page_label_over_the_head_date_is_no_comment_head() -> None:
    text = _page("Bridge vote delayed again after long debate", "", "Rathaus", "March 3, 2024")
    article = corpusparse.parse(text).articles[0]
    assert not article.comments
    assert article.published is not None
    assert article.published.value == D
    assert len(article.body) == 6


def test_page_label_then_names_gives_the_head_date_and_the_byline() -> None:
    text = _page(
        "Bridge vote delayed again after long debate", "", "ByIda Moll UpdatedMarch 3, 2024"
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


def test_short_page_without_a_plan_reads_its_date_line() -> None:
    text = "\n".join(
        ["Valley Notes", "", "Small integers", "", "Posted by Ida Moll 03.03.2024", "", "Short."]
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None and article.byline.authors == ("Ida Moll",)
    assert article.published is not None and article.published.value == D


def test_short_page_without_a_plan_leaves_a_date_ending_a_sentence() -> None:
    lines = ["Ferry kept", "The clerk says:", "“It runs.”", "The vote was set for:"]
    text = "\n\n".join([*lines, "March 3, 2024 at 10:08 PM", "Riders • old and new • came."])
    article = corpusparse.parse(text).articles[0]
    assert article.published is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ida Moll", "Ida is a reporter who writes about the river towns and their ferries."),
        ("Ida Moll", "Ida Moll schreibt seit zehn Jahren über die Fähren am Fluss und ihre Leute."),
    ],
)
def test_name_over_bio(first: str, second: str) -> None:
    assert read_name_over_bio(first, second) == ("Ida Moll",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Crate Training", "Crate training is a way to teach a young dog to rest in its box."),
        ("Our Methods", "Our methods are the ones the valley clubs have used for a long time."),
        ("Ida Moll", "Ida Moll"),
        ("Ida Moll", "Bo Chan is a reporter who writes about the river towns and ferries."),
        ("Ida Moll", "Ida Moll Park opened in the spring, and the town said it was busy."),
    ],
)
def test_name_over_bio_near_misses(first: str, second: str) -> None:
    assert read_name_over_bio(first, second) is None


def test_page_author_box_after_the_main_text() -> None:
    bio = "Ida writes about the river towns and their ferries for the valley paper."
    text = _page("Bridge vote delayed again after long debate") + f"\nIda Moll\n{bio}\n"
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        # a user name after a label, beside a date
        ("by idamoll | March 3, 2024", ("idamoll",), D),
        ("von idamoll · 4. März 2024", ("idamoll",), M4),
        # a date, "by" and the names, then a comment count
        ("03/03/2024 by Ida 24 Comments", ("Ida",), dt.date(2024, 3, 3)),
        ("March 3, 2024 by Ida Moll 5 Comments", ("Ida Moll",), D),
        ("March 3, 2024 by idamoll", ("idamoll",), D),
        # a no-break space before "by", two dates run together
        ("March 3, 2024\u00a0by idamoll", ("idamoll",), D),
        ("March 3, 2024March 9, 2024 \u00a0by idamoll", ("idamoll",), D),
    ],
)
def test_bylines_with_a_user_name_or_a_count(
    line: str, authors: tuple[str, ...], published: object
) -> None:
    read = read_byline_line(line)
    assert read is not None, line
    assert read.authors == authors
    assert _value(read.published) == published


@pytest.mark.parametrize(
    "line",
    [
        "by idamoll",  # no date beside it: `read_user_byline`'s, in the head only
        "by idamoll | Politics",
        "by the way | March 3, 2024",
    ],
)
def test_a_user_name_after_a_label_needs_a_date_beside_it(line: str) -> None:
    read = read_byline_line(line)
    assert read is None or not read.authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Written By: Ida Moll Executive Digital Editor and Master Baker", ("Ida Moll",)),
        ("Written by: Ida Moll Writer", ("Ida Moll",)),
        ("Autor: Rechtsanwalt Ida Moll", ("Ida Moll",)),
        ("By Ida Moll Staff Writer", ("Ida Moll",)),
        ("By Joe S.", ("Joe S",)),
        ("By Ida Moll and Bo Chan", ("Ida Moll", "Bo Chan")),
        ("By Ida Moll in Lima and Bo Chan in Quito", ("Ida Moll", "Bo Chan")),
        ("By Mary Ida Moll", ("Mary Ida Moll",)),
    ],
)
def test_names_without_the_titles_printed_beside_them(line: str, authors: tuple[str, ...]) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == authors


@pytest.mark.parametrize(
    "line", ["Link Copied", "All Posts", "Print Article", "Industry Insights", "Blog Sponsored"]
)
def test_page_widgets_are_no_bare_names(line: str) -> None:
    assert read_bare_byline(line) is None


def test_page_name_over_a_date_under_the_headline_when_the_page_printed_its_date_above() -> None:
    text = _page(
        "Monday, 8. July 2024",
        "",
        "Bridge vote delayed again after long debate",
        "",
        "The council put off the bridge vote again after a long debate on the costs.",
        "Ida Moll",
        "/ 03.03.2024 - 18:50 Uhr 3 Kommentare",
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


def test_page_name_over_a_date_far_under_the_headline_is_no_byline() -> None:
    paragraphs = [f"{_PARAGRAPH} Part {number}." for number in range(12)]
    text = _page(
        "Bridge vote delayed again after long debate",
        "",
        "March 3, 2024",
        "",
        "\n\n".join(paragraphs),
        "",
        "Ida Moll",
        "03.03.2024 - 18:50 Uhr",
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is None or article.byline.authors != ("Ida Moll",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (
            "By Valley Paper Political Reporter Ida Moll",
            ("Valley Paper Political Reporter Ida Moll",),
        ),
        ("By Valley Paper News Team", ("Valley Paper News Team",)),
    ],
)
def test_names_keep_a_title_that_does_not_end_them_or_names_a_group(
    line: str, authors: tuple[str, ...]
) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == authors


@pytest.mark.parametrize(
    ("line", "names", "published"),
    [
        ("idamoll — 3. März 2024", ("idamoll",), D),
        ("IdaMoll 03.03.2024, 15:07 Uhr", ("IdaMoll",), dt.datetime(2024, 3, 3, 15, 7)),
        ("Ida · March 3, 2024 · Garden · 7 comments", ("Ida",), D),
        ("Ida March 3, 2024 0 Comments", ("Ida",), D),
        ("Ida Moll 03/03/2024 Feelings", ("Ida Moll",), D),
        ("Ida Moll – 03.03.2024 – Kolumne, Reisen", ("Ida Moll",), D),
        ("03.03.2024 \u00a0\u00a0 11:36\u00a0\u00a0 idamoll", ("idamoll",), None),
        ("03.03.2024 | 11:36 | idamoll", ("idamoll",), D),
        ("3 März, 2024 | Ida_Moll | Kommentare 34 |", ("Ida_Moll",), D),
        ("March 3, 2024 • Ida Moll in Gardening", ("Ida Moll",), D),
    ],
)
def test_names_beside_a_date(line: str, names: tuple[str, ...], published: object) -> None:
    read = read_names_by_date(line)
    assert read is not None
    assert read[0] == names
    if published is not None:
        assert read[1][1] == published


@pytest.mark.parametrize(
    "line",
    [
        "Politik · 3. März 2024",
        "Garden · March 3, 2024",  # one capitalised word needs a comment count
        "conservatism March 3, 2024",  # a lower-case word run into the date
        "March 3, 2024 report",
        "March 3, 2024 | uncategorized",
        "March 3, 2024 | Allgemein | 2 Kommentare",
        "iPhone 03.03.2024",
        "Zuletzt aktualisiert am 03.03.2024",
        "Last Updated 03.03.2024",
        "idamoll03.03.2024 12:44",
        "March 3, 2024 • Home • Garden Tips",
        "Ida Moll March 3, 2024 and then the council met again in the hall to vote on it.",
    ],
)
def test_names_beside_a_date_near_misses(line: str) -> None:
    assert read_names_by_date(line) is None


def test_page_account_name_on_the_head_date_line() -> None:
    text = _page("Bridge vote delayed again after long debate", "", "idamoll — 3. März 2024")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("idamoll",)
    assert article.published is not None
    assert article.published.value == D


def test_page_account_name_after_the_head_date_and_clock() -> None:
    text = _page("Bridge vote delayed again after long debate", "", "03.03.2024 | 11:36 | idamoll")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("idamoll",)


def test_page_name_over_a_date_with_a_clock_and_zone_under_the_headline() -> None:
    text = _page(
        "Bridge vote delayed again after long debate",
        "",
        "The council put off the bridge vote again after a long debate on the costs.",
        "",
        "Ida Moll",
        "March 3, 2024 9:00AM (UTC)",
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert article.published is not None
    assert article.published.value == dt.datetime(2024, 3, 3, 9, 0)


def test_page_name_over_an_update_time_under_the_lead() -> None:
    text = _page(
        "Bridge vote delayed again after long debate",
        "",
        "The council put off the bridge vote again after a long debate on the costs.",
        "",
        "Ida Moll",
        "Updated: 03.03.2024, 10:27",
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert article.updated is not None
    assert article.updated.value == dt.datetime(2024, 3, 3, 10, 27)


def test_page_name_under_a_date_above_the_headline() -> None:
    text = _page("March 3, 2024", "Ida Moll", "", "Bridge vote delayed again after long debate")
    article = corpusparse.parse(text).articles[0]
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)


def test_page_sections_under_a_date_above_the_headline_are_no_byline() -> None:
    text = _page(
        "March 3, 2024", "Town Halls, Road Works", "", "Bridge vote delayed again after long debate"
    )
    article = corpusparse.parse(text).articles[0]
    assert article.byline is None


@pytest.mark.parametrize(
    ("second", "head_date", "read"),
    [
        ("March 3, 2024 9:00AM (UTC)", True, True),
        ("March 3, 2024 9:00AM (UTC)", False, False),
        ("• The Garden Show on 03.03.24 (Day of the Bridge)", True, False),
        ("03.03.2024 Allgemein", True, False),
        ("Do 3 Mar 2024", True, True),
    ],
)
def test_byline_pair_over_a_head_date(second: str, head_date: bool, read: bool) -> None:
    pair = read_byline_pair("Ida Moll", second, head_date=head_date)
    assert (pair is not None) is read


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ida Moll and Bo Chan | Guest Columnists", ("Ida Moll", "Bo Chan")),
        ("Ida Moll | Staff Writers", ("Ida Moll",)),
    ],
)
def test_names_beside_a_plural_title(line: str, authors: tuple[str, ...]) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == authors


@pytest.mark.parametrize("line", ["Town News | Sports", "Ida Moll | Glass Works"])
def test_names_beside_a_plural_that_is_no_title(line: str) -> None:
    read = read_byline_line(line)
    assert read is None or not read.authors
