"""Which printed date a page's publication time comes from (issue #14).

Every page here is written by hand in the shapes flattened pages show; no
text is taken from a real page.
"""

from __future__ import annotations

import corpusparse

PARAGRAPH = (
    "The council said on Monday that the old ferry would stop running at the end of the"
    " month, and that the people who use it every day would have to find another way"
    " across the river until a new boat is ready in the spring."
)
SECOND = (
    "Many of those who spoke at the meeting said that they had not been told about the"
    " plan, and that it would be hard for them to get to work on time when the bus is"
    " the only way to reach the town from the villages on the far side."
)
DEK = (
    "The mayor speaks at a meeting in the town hall where the council voted on the"
    " future of the crossing and the boats that serve the villages."
)
MENU = ["Local", "• Crime", "• Sport", "• Business", "• Weather", "• Columnists"]


def _published(lines: list[str]) -> str | None:
    article = corpusparse.parse("\n".join(lines)).articles[0]
    return None if article.published is None else article.published.value.isoformat()[:10]


def test_todays_date_in_the_masthead_yields_to_the_date_under_the_byline() -> None:
    # The page's own date far above the headline, the article's under the dek and byline.
    page = [
        "Skip to content",
        "Subscribe",
        "Thursday, March 7th 2024",
        *MENU,
        "Ferry to stop for the winter",
        DEK,
        "By Ann Lee | ann@example.org",
        "PUBLISHED: March 4, 2024 at 4:56 p.m. | UPDATED: March 4, 2024 at 6:00 p.m.",
        PARAGRAPH,
        SECOND,
    ]
    assert _published(page) == "2024-03-04"


def test_a_masthead_date_stays_when_the_head_prints_none() -> None:
    page = [
        "Skip to content",
        "Subscribe",
        "Thursday, March 7th 2024",
        *MENU,
        "Ferry to stop for the winter",
        DEK,
        "By Ann Lee",
        PARAGRAPH,
        SECOND,
    ]
    assert _published(page) == "2024-03-07"
