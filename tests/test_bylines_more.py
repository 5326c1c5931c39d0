"""More byline shapes of real pages, at page level (issue #14).

Every line is written by hand in a shape seen on real pages, with invented names
and words; none is copied from a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

import corpusparse
from corpusparse.model import Article
from corpusparse.parsing.readers import (
    read_bare_byline,
    read_byline_line,
    read_byline_pair,
    read_loose_byline,
    read_meta_bullets,
    read_names,
    read_names_in_time_line,
    read_post_signature,
)

_PARAGRAPH = (
    "The council met on a wet evening to argue about the new bridge, and the "
    "meeting ran late as one speaker after another rose to give a view on its cost."
)

_HEADLINE = "Bridge vote delayed again after long debate"
_DEK = "The council put off its vote on the new bridge for a third time this spring."


def _page(*head: str, tail: tuple[str, ...] = ()) -> str:
    """A page: a menu, the head lines given, a main text of plain paragraphs, the tail."""
    menu = ["Home", "", "Local", "", "Sport", ""]
    body = [f"{_PARAGRAPH} Part {number}." for number in range(6)]
    return "\n".join([*menu, *head, "", "\n\n".join(body), "", *tail, ""])


def _article(text: str) -> Article:
    return corpusparse.parse(text).articles[0]


def _authors(text: str) -> tuple[str, ...]:
    byline = _article(text).byline
    return () if byline is None else byline.authors


@pytest.mark.parametrize(
    "under",
    [
        ("Ida Moll", "Fields of the valley in the first frost, seen from the ridge"),
        ("Ida Moll", "", "Licensed river guide, M.A. Geography"),
    ],
)
def test_page_name_right_under_the_dek(under: tuple[str, ...]) -> None:
    assert _authors(_page(_HEADLINE, "", _DEK, "", *under)) == ("Ida Moll",)


@pytest.mark.parametrize(
    "head",
    [
        # a subheading over a paragraph, after the first paragraph
        [_HEADLINE, "", _DEK, "", "Rising Costs", _PARAGRAPH],
        # a short line (no dek) between the headline and the words
        [_HEADLINE, "", "Around the valley", "", "Garden Tools", "Photo of the week"],
        # a heading in capitals
        [_HEADLINE, "", _DEK, "", "MOST READ", "Photo of the week"],
        # a call to the reader
        [_HEADLINE, "", _DEK, "", "Plan Your Visit", "Open daily"],
        # two lines between the headline and the words
        [
            _HEADLINE,
            "",
            _DEK,
            "",
            "A second line under the dek, a little shorter",
            "",
            "Ida Moll",
            "Photo of the week",
        ],
    ],
)
def test_page_words_under_the_dek_near_misses(head: list[str]) -> None:
    assert _authors(_page(*head)) == ()


_HEAD = (_HEADLINE, "", _DEK, "", "Ida Moll", "Senior Reporter")

_BOX = (
    "Ida Moll",
    "",
    "Ida Moll writes about the towns of the river valley and their councils for the paper.",
)


def test_page_author_box_repeating_the_byline_is_no_text() -> None:
    article = _article(_page(*_HEAD, tail=_BOX))
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert all("Ida Moll" not in paragraph.text for paragraph in article.body)
    assert [item.text for item in article.boilerplate][-2:] == [_BOX[0], _BOX[2]]


def test_page_author_box_of_another_name_stays() -> None:
    box = ("Bo Chan", "", "Bo Chan writes about the towns of the river valley for the paper.")
    article = _article(_page(*_HEAD, tail=box))
    assert article.byline is not None
    assert article.byline.authors == ("Ida Moll",)
    assert any("Bo Chan writes" in paragraph.text for paragraph in article.body)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["By", "Ida Moll", "and", "Bo Chan"], ("Ida Moll", "Bo Chan")),
        (
            ["Ida Moll, Staff Attorney, Example Rights Project", "& Bo Chan, Director of Studies"],
            ("Ida Moll", "Bo Chan"),
        ),
        (["Author(s)", "• Ida Moll", "• Bo Chan", "• Cy D. Dorn", "Download pdf"], None),
    ],
)
def test_page_byline_continued_on_the_next_lines(
    lines: list[str], authors: tuple[str, ...] | None
) -> None:
    expected = authors or ("Ida Moll", "Bo Chan", "Cy D. Dorn")
    article = _article(_page(_HEADLINE, "", *lines, "March 3, 2024"))
    assert article.byline is not None
    assert article.byline.authors == expected
    assert all(line not in (p.text for p in article.body) for line in lines)


@pytest.mark.parametrize(
    "lines",
    [
        # a sentence after "and"
        ["By Ida Moll", "and then the rain came down on the town"],
        # bulleted names under a byline line without a label over them: a menu
        ["• Ida Moll", "• Bo Chan", "• Cy Dorn"],
    ],
)
def test_page_byline_continued_near_misses(lines: list[str]) -> None:
    authors = _authors(_page(_HEADLINE, "", *lines, "", "March 3, 2024"))
    assert len(authors) <= 1


@pytest.mark.parametrize(
    "lines",
    [
        ["IM", "Ida Moll", "BC", "Bo Chan", "March 3, 2024"],
        ["Author", "IM", "Ida Moll", "Senior Reporter", "BC", "Bo Chan", "Photo Editor"],
    ],
)
def test_page_names_under_avatar_initials(lines: list[str]) -> None:
    assert _authors(_page(_HEADLINE, "", _DEK, "", *lines)) == ("Ida Moll", "Bo Chan")


@pytest.mark.parametrize(
    "lines",
    [
        # letters that are not the name's initials
        ["XY", "Ida Moll", "Photo of the week"],
        # a longer word in capitals
        ["NEWS", "Ida Moll", "Photo of the week"],
    ],
)
def test_page_names_under_avatar_initials_near_misses(lines: list[str]) -> None:
    assert _authors(_page(_HEADLINE, "", _DEK, "", "A second line under the dek", *lines)) == ()


@pytest.mark.parametrize(
    ("first", "published"),
    [("14.02.2023 18:27 von", dt.datetime(2023, 2, 14, 18, 27)), ("Essay Von", None)],
)
def test_pair_line_ending_with_a_label_over_the_names(
    first: str, published: dt.datetime | None
) -> None:
    read = read_byline_pair(first, "Ida Moll")
    assert read is not None
    assert read.authors == ("Ida Moll",)
    assert (read.published[1] if read.published else None) == published


@pytest.mark.parametrize(
    "first", ["Photos by", "Fotos von", "stand by", "Two words by", "the essay von", "Ann Lee by"]
)
def test_pair_line_ending_with_a_label_near_misses(first: str) -> None:
    read = read_byline_pair(first, "Ida Moll")
    assert read is None or not read.authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Publié par Ida Moll à 08:00", ("Ida Moll",)),
        ("Submitted by Ida Moll on 08/09/2012 13:01 -0400", ("Ida Moll",)),
        ("Gespeichert von Ida Moll am 24. Juli 2017 - 18:55", ("Ida Moll",)),
    ],
)
def test_blog_meta_bylines(line: str, authors: tuple[str, ...]) -> None:
    read = read_byline_line(line)
    names = read.authors if read is not None and read.authors else read_loose_byline(line)
    assert names == authors


@pytest.mark.parametrize(
    "line", ["Publié à 08:00", "Submitted on 08/09/2012", "Gespeichert am 3. Mai"]
)
def test_blog_meta_bylines_near_misses(line: str) -> None:
    read = read_byline_line(line)
    assert (read is None or not read.authors) and read_loose_byline(line) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ida Moll, Senior Director, Sales & Service, Example Group and Example Lab",
            ("Ida Moll",),
        ),
        ("Ida Moll, Staff Writer, and Bo Chan, Reporter", ("Ida Moll", "Bo Chan")),
        ("Ida Moll, MD and Bo Chan, MD", ("Ida Moll", "Bo Chan")),
        ("Ida Moll and Bo Chan", ("Ida Moll", "Bo Chan")),
    ],
)
def test_role_continued_after_a_bare_and(text: str, names: tuple[str, ...]) -> None:
    assert read_names(text) == names


@pytest.mark.parametrize("line", ["Newsletter", "RSS Free Newsletters", "Example State University"])
def test_page_chrome_words_are_no_bare_names(line: str) -> None:
    assert read_bare_byline(line) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ida Moll in Garten, Reisen", ("Ida Moll",)),
        ("Ida Moll in Lima and Bo Chan in Quito", ("Ida Moll", "Bo Chan")),
        ("Ida Moll, Bo Chan", ("Ida Moll", "Bo Chan")),
        ("Ida Moll, Projektleiterin", ("Ida Moll",)),
        ("Ida Moll, Pressesprecher, Example Verein", ("Ida Moll",)),
    ],
)
def test_sections_after_a_place_and_compound_roles(text: str, names: tuple[str, ...]) -> None:
    assert read_names(text) == names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted by Ida Moll at 4:12 PM", ("Ida Moll",)),
        ("Posted by Ida Moll at 17:05  Tagged with: garden, bridge, rain", ("Ida Moll",)),
        ("Eingestellt von der Gärtner um 20:40", ("der Gärtner",)),
        ("Posted by idamoll at 9:30 AM", ("idamoll",)),
    ],
)
def test_post_signature_after_the_text(line: str, authors: tuple[str, ...]) -> None:
    """A blog post's signature line after the text gives the byline, on a page and on a
    short post without a plan."""
    page = _page(_HEADLINE, "", _DEK, tail=(line, "", "Newer Post Older Post Home"))
    assert _article(page).authors == authors
    short = "\n".join([_HEADLINE, "", _PARAGRAPH, "", line, "", "Home", ""])
    assert _article(short).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Posted by the river at 4:12 PM the crowd had gone home",
        "Posted at 4:12 PM",
        "We posted by the gate at 4:12 PM",
    ],
)
def test_post_signature_near_misses(line: str) -> None:
    assert read_post_signature(line) is None
    assert read_post_signature("Posted by Ida Moll on the board") is None
    page = _page(_HEADLINE, "", _DEK, tail=(line, "", "Newer Post Older Post Home"))
    assert _article(page).authors == ()


def test_post_signature_after_a_byline_is_left() -> None:
    page = _page(_HEADLINE, "", "By Bo Chan", tail=("Posted by Ida Moll at 4:12 PM",))
    assert _article(page).authors == ("Bo Chan",)


def test_name_and_date_under_the_dek_opens_no_comments() -> None:
    """A name and a date on one line right under the dek is the byline, even when teasers
    further down print names and dates too."""
    teasers = []
    for number in range(4):
        teasers += [
            f"Other story number {number} about the town",
            "",
            "Ida Moll 4.3.2024, 05:00 Uhr",
            "",
        ]
    text = _page(_HEADLINE, "", _DEK, "Ida Moll 5.3.2024, 06:00 Uhr", tail=tuple(teasers))
    article = _article(text)
    assert article.authors == ("Ida Moll",)
    assert article.published is not None and article.published.value == dt.datetime(
        2024, 3, 5, 6, 0
    )
    assert article.body[0].text.startswith("The council met")


@pytest.mark.parametrize(
    ("run", "authors"),
    [
        (("• Ida Moll", "• Mar 4", "• 6 min read"), ("Ida Moll",)),
        (("• Ida", "• March 4, 2024", "• 6 min read"), ("Ida",)),
        (("· Ida Moll", "· Mar 4", "· 6 min"), ("Ida Moll",)),
    ],
)
def test_bulleted_meta_run(run: tuple[str, ...], authors: tuple[str, ...]) -> None:
    """A post's meta run of bulleted lines (names, a date, a reading time) gives the byline,
    under the headline and over it."""
    assert read_meta_bullets(list(run)) == authors
    assert _article(_page(_HEADLINE, "", *run, "", _DEK)).authors == authors
    assert _article(_page(*run, "", _HEADLINE, "", _DEK)).authors == authors


@pytest.mark.parametrize(
    "run",
    [
        ("• Garden", "• Tools", "• 6 min read"),
        ("• Ida Moll", "• Mar 4", "• Share"),
        ("• Ida Moll", "• 6 min read", "• Mar 4"),
        ("Ida Moll", "• Mar 4", "• 6 min read"),
        ("• Newsletter", "• Mar 4", "• 6 min read"),
    ],
)
def test_bulleted_meta_run_near_misses(run: tuple[str, ...]) -> None:
    assert read_meta_bullets(list(run)) is None


def test_bulleted_meta_run_gives_its_date() -> None:
    run = ("• Ida Moll", "• Mar 4, 2024", "• 6 min read")
    article = _article(_page(_HEADLINE, "", *run, "", _DEK))
    assert article.authors == ("Ida Moll",)
    assert article.published is not None and article.published.value == dt.date(2024, 3, 4)


def test_bulleted_meta_run_with_a_label_keeps_the_label_reading() -> None:
    run = ("• Von Ida Moll", "• 4.3.2024, 12:01 Uhr", "• Lesedauer: 6 Min.")
    article = _article(_page(_HEADLINE, "", _DEK, "", *run))
    assert article.authors == ("Ida Moll",)
    assert article.published is not None
    assert article.published.value == dt.datetime(2024, 3, 4, 12, 1)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("wow! | By Ida Moll | March 4, 2024", ("Ida Moll",)),
        ("Posted in Garden by idamoll on March 4, 2024", ("idamoll",)),
        ("March 4, 2024 byIda moll Post a Comment", ("Ida moll",)),
    ],
)
def test_names_after_a_by_word_in_a_time_line(line: str, authors: tuple[str, ...]) -> None:
    """A date line right under the headline with the names after a by-word among its
    other parts gives the byline and the date."""
    assert read_names_in_time_line(line) == authors
    article = _article(_page(_HEADLINE, "", line, "", _DEK))
    assert article.authors == authors
    assert article.published is not None and article.published.value == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "line",
    [
        "Stand by Me | March 4, 2024",
        "March 4, 2024 by the river",
        "Updated March 4, 2024 by 5 pm",
        "March 4, 2024 | Garden",
        "Standby Ida Moll | March 4, 2024",
    ],
)
def test_names_after_a_by_word_in_a_time_line_near_misses(line: str) -> None:
    assert read_names_in_time_line(line) is None


def test_a_created_and_a_changed_time_joined_by_a_comma() -> None:
    # German, then Spanish: the created time is published, the changed one updated.
    read = read_byline_line(
        "von Ann Lee Erstellt am 05.03.24 um 08:35, geändert am 06.03.24 um 09:10"
    )
    assert read is not None
    assert read.authors == ("Ann Lee",)
    assert read.published is not None and read.published[1] == dt.datetime(2024, 3, 5, 8, 35)
    assert read.updated is not None and read.updated[1] == dt.datetime(2024, 3, 6, 9, 10)
    read = read_byline_line("Por Ana Ruiz, actualizado el 06/03/2024")
    assert read is not None
    assert read.published is None
    assert read.updated is not None and read.updated[1] == dt.date(2024, 3, 6)


def test_a_written_and_an_updated_time_on_one_line() -> None:
    read = read_byline_line("Written: 2024-03-05 09:12:40 / Updated: 2024-03-05 10:01:02")
    assert read is not None
    assert read.published is not None and read.published[1] == dt.datetime(2024, 3, 5, 9, 12, 40)
    assert read.updated is not None and read.updated[1] == dt.datetime(2024, 3, 5, 10, 1, 2)


def test_a_byline_and_its_times_joined_by_slashes_without_spaces() -> None:
    line = "By Ann Lee/March 5, 2024 9:49 am EST/Updated: March 6, 2024 4:17 pm EST"
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == ("Ann Lee",)
    assert read.published is not None and read.published[1].date() == dt.date(2024, 3, 5)
    assert read.updated is not None and read.updated[1].date() == dt.date(2024, 3, 6)
    # Near misses: only an update after the slash is no published time; a slash inside a
    # word or a web address splits nothing.
    read = read_byline_line("By Ann Lee/Updated: March 6, 2024")
    assert read is not None and read.published is None
    assert read_byline_line("Ann Lee/Bo Chan") is None
    assert read_byline_line("see https://example.org/March 5, 2024") is None
