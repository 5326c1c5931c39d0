"""Byline shapes of real pages (issue #14): a section between the date and the name, a
name and its role without a comma, a label before the name, an account name beside a
date, a name beside its outlet; headings under a headline and an author box that speaks
of no person are no byline.

Every line is written by hand in a shape seen on real pages, with invented names
and words; none is copied from a page.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpusparse
from corpusparse.parsing.patterns import OUTLET_GAP
from corpusparse.parsing.readers import read_bare_byline, read_byline_line, read_name_over_bio

_PARAGRAPH = (
    "The council met on a wet evening to argue about the new bridge, and the "
    "meeting ran late as one speaker after another rose to give a view on its cost."
)
_HEADLINE = "Bridge vote delayed again after long debate"


def _page(*head: str) -> str:
    """A page: a menu, the headline, the head lines given and a main text."""
    body = [f"{_PARAGRAPH} Part {number}." for number in range(6)]
    return "\n".join(["Home", "", "Local", "", _HEADLINE, "", *head, "", "\n\n".join(body), ""])


def _authors(*head: str) -> tuple[str, ...] | None:
    article = corpusparse.parse(_page(*head)).articles[0]
    return None if article.byline is None else article.byline.authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("12/19/2025 • Weekly Notes • Ann Lee", ("Ann Lee",)),
        ("12/19/2025 • Friday Musings • Ann Lee", ("Ann Lee",)),
        ("Guide by Ann Lee Former Deputy Garden Editor", ("Ann Lee",)),
        ("By Ann Lee Senior Staff Writer", ("Ann Lee",)),
        ("Harald Berg Autor", ("Harald Berg",)),
        ("Ann Lee Science editor", ("Ann Lee",)),
        ("Ann Lee Chief political correspondent", ("Ann Lee",)),
        ("Blog Beitrag von Ann Lee", ("Ann Lee",)),
        ("Escribe Ana Ruiz en Deportes", ("Ana Ruiz",)),
        ("• Post author By Ann Lee", ("Ann Lee",)),
        ("Gespeichert von annlee am 24. Juli 2017 - 18:55", ("annlee",)),
        ("von Otto_Weg Veröffentlicht am 11. Juni 2019", ("Otto_Weg",)),
    ],
)
def test_head_lines_that_print_a_byline(line: str, names: tuple[str, ...]) -> None:
    read = read_byline_line(line)
    assert read is not None
    assert read.authors == names
    assert _authors(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Marketing Operations Analyst",  # a job title: no name and role
        "Ann Lee Senior Project Manager",  # a job title in capitals after a name
        "Example Travel Team",  # a group
        "VERWANDTE ARTIKEL VOM AUTOR",  # a heading in capitals
        "Ann Lee Lead Writer",  # a third capitalised word is no part of the role
        "von heute am 3. März 2024",  # a day, no account name
        "by annlee 3 days ago",  # an account name beside a relative time: a comment head
    ],
)
def test_near_misses_read_no_names(line: str) -> None:
    read = read_byline_line(line)
    assert read is None or not read.authors


def test_a_date_list_at_dashes_is_not_read_as_section_and_name() -> None:
    read = read_byline_line("02.11.2022 - Band Name - Concert Hall")
    assert read is None or read.authors != ("Concert Hall",)


def test_the_section_between_date_and_name_is_not_the_author() -> None:
    read = read_byline_line("March 3, 2024 • Garden Notes • Ann Lee")
    assert read is not None
    assert read.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee \u00a0 DAILY EXAMPLE", ("Ann Lee",)),
        ("Ann Lee  DAILY EXAMPLE", ("Ann Lee",)),
        ("Peter Berg/AB-C", ("Peter Berg",)),
        ("Ann Lee/dpa", ("Ann Lee",)),
        ("• Ann\u00a0Lee", ("Ann\u00a0Lee",)),  # one no-break space is a space
    ],
)
def test_names_beside_their_outlet(line: str, names: tuple[str, ...]) -> None:
    assert read_bare_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee  more words here",  # no outlet in capitals
        "Motor Size  350W",  # a table row
        "Ann Lee  | 11/8/2012 10:23 AM",  # a comment head
        "NOCH MEHR  KOMMENTARE",  # capitals on both sides
        "Ann Lee / Bo Chan",  # two names
        "Final  Thoughts Here",
        "Kontakt \u00a0 Impressum",
    ],
)
def test_gaps_and_slashes_without_an_outlet_read_no_names(line: str) -> None:
    assert read_bare_byline(line) is None


def test_a_name_and_its_outlet_under_the_headline() -> None:
    assert _authors("Ann Lee \u00a0 DAILY EXAMPLE") == ("Ann Lee",)


@given(st.text(alphabet=" \t\u00a0aB/", max_size=20))
def test_the_gap_test_passes_whatever_outlet_gap_finds(text: str) -> None:
    if OUTLET_GAP.search(text) is not None:
        assert "\u00a0" in text or "  " in text


@pytest.mark.parametrize("heading", ["Key Takeaways", "Quick Summary", "Apply Now", "Show Sidebar"])
def test_a_heading_under_the_headline_is_no_byline(heading: str) -> None:
    text = "\n".join(["Ferry to stop for the winter", "", heading, "", "• " + _PARAGRAPH])
    article = corpusparse.parse(text + "\n\n" + _PARAGRAPH).articles[0]
    assert article.authors == ()
    assert read_bare_byline(heading) is None
    # near miss: a name of the same shape is one
    assert read_bare_byline("Kay Tamsin") == ("Kay Tamsin",)


def test_an_author_box_speaks_of_a_person() -> None:
    bio = "Ann Lee is a reporter who covers the courts, the council and the harbour."
    assert read_name_over_bio("Ann Lee", bio) == ("Ann Lee",)
    assert read_name_over_bio("Ann Lee", "Ann Lee lives by the harbour with two dogs.") == (
        "Ann Lee",
    )
    assert read_name_over_bio("Ann Lee", "Ann Lee ist seit 2020 Redakteurin im Lokalteil.") == (
        "Ann Lee",
    )
    # a subheading over a paragraph that opens with its words is no author box
    tool = "Harbour Desk is a tool that keeps your notes next to the code you write."
    assert read_name_over_bio("Harbour Desk", tool) is None
