"""The cheap tests that readers ask before a regex (issue #16, speed): each must pass on
every text the regex matches, so that skipping the regex never changes a reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
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
    TIME_EXPRESSION,
    TIME_EXPRESSION_SEARCH,
)
from corpusparse.parsing.patterns.comments import _COMMENT_DATE_OPENING
from corpusparse.parsing.patterns.times import _TIME_TOKEN_OPENING
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
from corpusparse.parsing.vocabulary import FOREIGN_MONTHS

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


# The look-aheads that let a search skip a position where no match opens (issue #16,
# speed): with them, a search must find exactly what the pattern finds without them.

_TOKEN_TEXTS = st.text(
    alphabet="0123:./-+, |MmAaPpRrCcHhJjUuNnEeDdSsOoTtVvLlIiYyWwFfGgBbKkàéäüáñ'’\t\u00a0\u2009ſİK",
    max_size=30,
)

_WEEKDAYS = (
    *("monday", "tuesday", "tues", "wednesday", "thursday", "thurs", "friday", "saturday"),
    *("sunday", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS_MORE = ("september", "sept", "october", "november", "december")
_FILLERS = ("at", "de", "del", "à", "um", "uhr", "a las", "h", "hrs", "a.m.", "p.m.", "am", "pm")
_NAMES = (*_WEEKDAYS, *_MONTHS, *_MONTHS_MORE, *FOREIGN_MONTHS, *_FILLERS)
_CASES = (str.lower, str.title, str.upper)


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@given(_TOKEN_TEXTS)
def test_the_time_search_finds_what_time_expression_finds(text: str) -> None:
    assert _spans(TIME_EXPRESSION_SEARCH, text) == _spans(TIME_EXPRESSION, text)


@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize("name", _NAMES)
def test_every_month_weekday_and_filler_opens_a_time_token(
    name: str, case: Callable[[str], str]
) -> None:
    for before in ("", "x", "3 ", "de "):
        text = f"{before}{case(name)} 4, 2024 at 10h32 p.m."
        assert _spans(TIME_EXPRESSION_SEARCH, text) == _spans(TIME_EXPRESSION, text)
    assert regex.match(_TIME_TOKEN_OPENING, case(name)) is not None


def test_an_apostrophe_year_opens_a_time_token() -> None:
    for text in ("x \u201920", "\u201920 x", "Feb '20", "am 14 Feb \u201920 |"):
        assert _spans(TIME_EXPRESSION_SEARCH, text) == _spans(TIME_EXPRESSION, text), text


def test_a_word_no_token_opens_is_skipped() -> None:
    assert regex.match(_TIME_TOKEN_OPENING, "xylophone") is None
    assert regex.match(_TIME_TOKEN_OPENING, "kite") is None
    assert _spans(TIME_EXPRESSION_SEARCH, "kite 4 March 2024") == [(5, 17)]


_UNGUARDED_DATE_SPAN = regex.compile(
    COMMENT_DATE_SPAN.pattern.replace("(?=" + _COMMENT_DATE_OPENING + ")", "", 1),
    COMMENT_DATE_SPAN.flags,
)


@given(_TOKEN_TEXTS)
def test_the_comment_date_search_finds_what_it_finds_without_its_look_ahead(text: str) -> None:
    assert _UNGUARDED_DATE_SPAN.pattern != COMMENT_DATE_SPAN.pattern
    assert _spans(COMMENT_DATE_SPAN, text) == _spans(_UNGUARDED_DATE_SPAN, text)


@pytest.mark.parametrize("case", _CASES)
@pytest.mark.parametrize("name", _WEEKDAYS)
def test_a_weekday_opens_a_comment_date(name: str, case: Callable[[str], str]) -> None:
    text = f"Ann Lee | {case(name)}, March 3, 2012 10:15 am"
    assert _spans(COMMENT_DATE_SPAN, text) == _spans(_UNGUARDED_DATE_SPAN, text) != []
    assert regex.match(_COMMENT_DATE_OPENING, case(name)) is not None


def test_a_comment_date_opens_nowhere_else() -> None:
    assert regex.match(_COMMENT_DATE_OPENING, "keine") is None
    assert regex.match(_COMMENT_DATE_OPENING, "heute") is None
    assert regex.match(_COMMENT_DATE_OPENING, "October") is not None
    assert COMMENT_DATE_SPAN.search("Ann Lee wrote on 11/6/2012") is not None
