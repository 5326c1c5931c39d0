"""Where the headline window stops: page chrome in running text above the article's head.

The window of headline candidates stops at the first two running-text lines
close together. Every page here is written by hand in the shapes flattened
pages show: a caption, a tagline, a notice or a promo over the head is such a
pair too, and the head stands below it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusparse.parsing.zones import plan_page
from corpusparse.parsing.zones.headlines import _sentence_breaks
from page_text import PARAGRAPH, SECOND

CAPTION = (
    "The old ferry at the quay of Lindholm on a grey morning in the autumn of last year"
    " (Photo: Ann Lee/Agency)"
)
DEK = "The town had run the boat for sixty years, and no one has said what will come after it."
TAGLINE = "Notes and thoughts on the slow life of small harbour towns, written every week."
LONG_HEADLINE = "What the harbour master of Lindholm learned in forty years on the same old quay"


def _headline(lines: list[str]) -> str | None:
    """The headline line of a page written as blank-separated lines."""
    texts: list[str] = []
    for line in lines:
        texts += [line, ""]
    plan = plan_page(texts)
    return None if plan is None else texts[plan.headline]


def test_a_caption_over_the_head_leaves_the_headline_under_it_in_the_window() -> None:
    lines = ["Valley Herald", "Menu", CAPTION, "Ferry to stop for the winter", DEK, "By Ann Lee"]
    assert _headline([*lines, PARAGRAPH, SECOND]) == "Ferry to stop for the winter"


def test_a_headline_of_middle_length_under_a_tagline_is_the_headline() -> None:
    lines = ["Harbour Notes", TAGLINE, LONG_HEADLINE, "Posted on 3 May 2021 by Ann Lee"]
    assert _headline([*lines, PARAGRAPH, SECOND]) == LONG_HEADLINE


def test_a_title_shaped_tagline_leaves_the_title_under_it_not_the_dek() -> None:
    tagline = "Notes and thoughts on the slow life of the small harbour towns of the north"
    lines = ["Harbour Notes", tagline, "Ferry to stop for the winter", DEK, "By Ann Lee"]
    assert _headline([*lines, PARAGRAPH, SECOND]) == "Ferry to stop for the winter"


def test_a_headline_over_read_later_and_its_dek_stays_the_headline() -> None:
    # near miss: the pair is the headline of middle length and its dek, with no stop
    dek = "Our last round-up of the year, the best of the autumn as the staff of the paper chose it"
    lines = ["Harbour Notes", "Menu", LONG_HEADLINE, "Read later", dek, "By Ann Lee"]
    assert _headline([*lines, PARAGRAPH, SECOND]) == LONG_HEADLINE


def test_a_subheading_between_the_first_paragraphs_is_no_headline() -> None:
    # near miss: the pair is the article's first two paragraphs, a subheading between
    opening = (
        "The ferry has crossed the river every hour since the war, and the people of the"
        " villages have known its bell for as long as anyone can remember."
    )
    lines = ["Ferry to stop for the winter", "By Ann Lee", opening, "What comes next", PARAGRAPH]
    assert _headline([*lines, SECOND, PARAGRAPH]) == "Ferry to stop for the winter"


def test_the_text_right_under_its_byline_keeps_the_window_above() -> None:
    # near miss: two medium paragraphs right under the byline, the second trailing off
    opening = "Do not tell me that one vote makes no difference. It is the right we all share."
    trailing = "I have voted in four elections now and this is the one I care about most of all…"
    lines = ["Ferry to stop for the winter", "by Ann Lee on 6 May 2021", opening, trailing]
    assert _headline([*lines, "A short third line", PARAGRAPH]) == "Ferry to stop for the winter"


def test_a_paragraph_of_sentences_under_a_one_off_line_is_no_headline() -> None:
    # near miss: no byline above the pair, but its second line is sentences
    promo = "Read my new book on the harbours of the north, out now in every good bookshop."
    second = "I wrote it over ten years at sea. It is the book I have wanted to write all my life"
    lines = ["Ferry to stop for the winter", "Menu", promo, second, "6 May 2021", PARAGRAPH]
    assert _headline([*lines, SECOND]) == "Ferry to stop for the winter"


def test_a_line_of_middle_length_under_the_bylined_opening_is_no_headline() -> None:
    # near miss: the pair opens right under the byline; its second line is bylined too
    opening = "Do not tell me that one vote makes no difference. It is the right we all share."
    second = "Why I have voted in four elections now and why this one is the one I care about"
    lines = ["Ferry to stop for the winter", "by Ann Lee on 6 May 2021", opening, second]
    assert _headline([*lines, "By Ben Hale", PARAGRAPH, SECOND]) == "Ferry to stop for the winter"


@pytest.mark.parametrize(
    "notice",
    [
        "The https:// ensures that you are connecting to the official website and that what"
        " you send is sent securely.",
        "Wenn Sie diesen Knopf drücken, werden persönliche Daten an den Dienst übertragen."
        " Sind Sie damit einverstanden?",
        "Thank you for your registration. We have sent you a link to open your new account"
        " by email.",
    ],
)
def test_a_banner_or_a_consent_notice_does_not_open_the_main_text(notice: str) -> None:
    lines = ["Valley Herald", notice, notice, "• News", "Ferry to stop for the winter"]
    assert _headline([*lines, "By Ann Lee", PARAGRAPH, SECOND]) == "Ferry to stop for the winter"


def test_share_buttons_and_a_log_in_prompt_in_running_text_do_not_open_the_main_text() -> None:
    share = "Share on Facebook Share on Messenger Share on WhatsApp Share on Telegram Share on X"
    prompt = (
        "Need to create a login? Want to change your email address or password? Forgot your"
        " password?"
    )
    for line in (share, prompt):
        lines = ["Valley Herald", line, line, "• News", "Ferry to stop for the winter"]
        page = [*lines, "By Ann Lee", PARAGRAPH, SECOND]
        assert _headline(page) == "Ferry to stop for the winter", line[:20]


def test_an_article_about_personal_data_opens_its_main_text_as_ever() -> None:
    # near miss: the topic alone, with none of a notice's words, is running text
    text = (
        "The council keeps the personal data of every resident of the town in one old"
        " cabinet in the basement of the hall, and the key has been lost for a year."
    )
    assert _headline(["Files lost", text, text, "Archive found", PARAGRAPH]) == "Files lost"


@given(st.text(alphabet="ab. !?C\u2026", max_size=20))
def test_sentence_breaks_are_every_mark_before_a_space(text: str) -> None:
    expected = [
        index for index, char in enumerate(text[:-2]) if char in ".!?" and text[index + 1] == " "
    ]
    assert _sentence_breaks(text) == expected
