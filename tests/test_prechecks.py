"""The cheap tests that readers ask before a regex (issue #16, speed): each must pass on
every text the regex matches, so that skipping the regex never changes a reading."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusparse.parsing.comments.marks import _SECTION_NOUN_STEMS, _may_hold_date
from corpusparse.parsing.comments.names import _strip_lead
from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.patterns import (
    APOSTROPHE_YEAR,
    COMMENT_BULLET_HEAD,
    COMMENT_DATE_SPAN,
    COMMENT_LEAD,
    COMMENT_SECTION_COUNT,
    POST_FOOTER,
    READING_TIME,
    SEPARATOR_LINE,
)
from corpusparse.parsing.readers import may_contain
from corpusparse.parsing.readers.common import READING_TIME_WORDS, _has_fold_alike
from corpusparse.parsing.readers.date_shapes import read_labelled_pair
from corpusparse.parsing.readers.line_shapes import _may_be_bullet_head
from corpusparse.parsing.readers.names import _read_name
from corpusparse.parsing.readers.residue import (
    _POST_FOOTER_OPENERS,
    _SEPARATOR_ENDS,
    is_separator,
)

RULES = st.text(alphabet="*_=~#•·+-–— \t\u00a0⁂ax", max_size=12)


@given(RULES)
def test_a_separator_line_ends_with_a_rule_character_or_a_blank(text: str) -> None:
    if SEPARATOR_LINE.fullmatch(text) is not None:
        assert text[-1] in _SEPARATOR_ENDS


def test_a_list_item_is_no_separator() -> None:
    assert not is_separator("• Garden tools")
    assert is_separator("* * *")


LEADS = st.text(alphabet="•*+-#12. )\t\u00a0Ab", max_size=14)


@given(LEADS)
def test_the_lead_test_passes_whatever_comment_lead_matches(text: str) -> None:
    if COMMENT_LEAD.match(text) is not None and (text[:1].isdigit() or text[:1] in "#+-•*"):
        assert _strip_lead(text) != text or text.startswith(("• ", "* "))


def test_a_list_item_keeps_its_words_and_a_numbered_head_loses_its_number() -> None:
    assert _strip_lead("- 3 cups of flour") == "- 3 cups of flour"
    assert _strip_lead("• Ann Lee") == "Ann Lee"
    assert _strip_lead("12. Ann Lee says:") == "Ann Lee says:"
    assert _strip_lead("• #4 Bo Chan") == "Bo Chan"


BULLETS = st.text(alphabet="Ab •·→\t edit3 year", max_size=30)


@given(BULLETS)
def test_the_bullet_test_passes_whatever_comment_bullet_head_matches(text: str) -> None:
    if COMMENT_BULLET_HEAD.fullmatch(text) is not None:
        assert _may_be_bullet_head(text)


def test_a_menu_of_four_items_is_no_bullet_head() -> None:
    assert not _may_be_bullet_head("Home • World • Sport • Weather")
    assert not _may_be_bullet_head("• 3 years ago")
    assert _may_be_bullet_head("Ann Lee • 3 years ago • edited")


COUNTS = st.text(alphabet="3 CcOoMmEeNnTtSsRrPpHhUuGgé(){}[]:", max_size=24)


@given(COUNTS)
def test_a_comment_count_prints_one_of_its_nouns(text: str) -> None:
    if COMMENT_SECTION_COUNT.fullmatch(text) is not None:
        assert may_contain(text, _SECTION_NOUN_STEMS)


def test_the_nouns_of_comment_counts() -> None:
    for text in ("52 comments", "3 thoughts on “Storm”", "Reader Comments (3)", "4 RÉPONSES"):
        assert COMMENT_SECTION_COUNT.fullmatch(text) is not None
        assert may_contain(text, _SECTION_NOUN_STEMS)


FOOTERS = st.sampled_from(
    ("This entry was posted in Travel.", "You can leave a response", "Bookmark the permalink.")
)


@given(FOOTERS, st.sampled_from(("", "  ", "\t")))
def test_a_post_footer_opens_with_one_of_its_words(text: str, blanks: str) -> None:
    text = text.replace(" ", " " + blanks, 1)
    if POST_FOOTER.match(text) is not None:
        assert text[:8].lower().startswith(_POST_FOOTER_OPENERS) or _has_fold_alike(text)


TIMES = st.text(alphabet="0123 minMIN read lese Lectur.:\u017f\u0130", max_size=24)


@given(TIMES)
def test_a_reading_time_prints_one_of_its_words(text: str) -> None:
    if READING_TIME.fullmatch(text) is not None:
        assert may_contain(text, READING_TIME_WORDS)


DATES = st.text(alphabet="0123/.-: MarchJunMay ago stnd\t", max_size=24)


@given(DATES)
def test_the_date_test_passes_whatever_comment_date_span_finds(text: str) -> None:
    if COMMENT_DATE_SPAN.search(text) is not None:
        assert _may_hold_date(text)


def test_a_stop_after_a_number_is_no_numeric_date() -> None:
    assert not _may_hold_date("We bought 3. Then we left.")
    assert _may_hold_date("Ann Lee 11/6/2012")
    assert _may_hold_date("Ann Lee 6.11.12 at 3:07")


@given(st.text(alphabet="0123456789abc ٣²é", max_size=12))
def test_has_digit_is_any_digit(text: str) -> None:
    assert has_digit(text) == any(char.isdigit() for char in text)


def test_a_name_piece_opens_with_a_capital() -> None:
    assert _read_name("ann lee") is None
    assert _read_name("Ann Lee") == "Ann Lee"
    assert _read_name("김광태") == "김광태"


PAIRS = st.text(alphabet="0123, .Mayupdtdon2024Jaruvm", max_size=40)


@given(PAIRS)
def test_a_labelled_pair_prints_a_comma_and_a_digit(text: str) -> None:
    if read_labelled_pair(text) is not None:
        assert ", " in text and has_digit(text)


@given(st.text(alphabet="'\u2019\u2018`´0129 Feb", max_size=12))
def test_an_apostrophe_year_prints_an_apostrophe(text: str) -> None:
    if APOSTROPHE_YEAR.search(text) is not None:
        assert "'" in text or "\u2019" in text


def test_a_labelled_pair_is_read_past_the_precheck() -> None:
    assert read_labelled_pair("Posted May 3, 2024, updated May 5, 2024") is not None
