"""Each shortcut of the hot path gives exactly what the general code gives."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from dateutil import parser as date_parser
from hypothesis import given
from hypothesis import strategies as st

import corpusparse
from corpusparse import blocks
from corpusparse.dates import _read_simple, read_datetime
from corpusparse.lines import Line, numbered_lines, split_lines, split_lines_keepends
from corpusparse.patterns import WHITESPACE_RUN
from corpusparse.recognize import comparison_key, read_caption

# Text with every kind of white space, controls and letters whose case folds.
SPACEY = st.text(
    st.sampled_from(["a", "B", "ß", "İ", " ", "\t", "\u00a0", "\u2028", "\x1c", "\x85", "é"])
)


def _slow_key(text: str) -> str:
    return WHITESPACE_RUN.sub(" ", text).strip().casefold()


@given(st.one_of(SPACEY, st.text()))
def test_comparison_key_equals_the_regex_fold(text: str) -> None:
    assert comparison_key(text) == _slow_key(text)


def test_comparison_key_folds_spacing_and_case() -> None:
    assert comparison_key(" Rain\u00a0 AT  last ") == "rain at last"
    assert comparison_key("Rain at last") == "rain at last"


def _dateutil(text: str) -> dt.datetime | None:
    try:
        return date_parser.parse(text, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None


MONTH_NAMES = st.sampled_from(
    ["Jan", "January", "Feb.", "Mar", "May", "May.", "June", "Jun", "Sept", "Sep.", "December"]
)
NUMBER = st.integers(0, 99).map(str) | st.integers(0, 9).map("0{}".format)
YEAR = st.integers(0, 9999).map("{:04d}".format)
CLOCK = st.tuples(NUMBER, NUMBER, st.sampled_from(["", ":07", ":61"])).map(
    lambda t: f"{t[0]}:{t[1]:0>2}{t[2]}"
)
TIME = st.tuples(
    st.sampled_from([" ", " at ", "\t"]),
    CLOCK,
    st.sampled_from(["", " PM", " AM", "pm", " a.m.", " P.M."]),
).map("".join)
DATE = st.one_of(
    st.tuples(
        MONTH_NAMES, NUMBER, st.sampled_from(["", "th", "st"]), st.sampled_from([",", ""]), YEAR
    ).map(lambda t: f"{t[0]} {t[1]}{t[2]}{t[3]} {t[4]}"),
    st.tuples(NUMBER, MONTH_NAMES, YEAR).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
    st.tuples(YEAR, NUMBER, NUMBER).map(lambda t: f"{t[0]}-{t[1]:0>2}-{t[2]:0>2}"),
)
DATETIME = st.tuples(DATE, st.one_of(st.just(""), TIME)).map("".join)


@given(DATETIME)
def test_dates_read_without_dateutil_read_as_dateutil_reads_them(text: str) -> None:
    assert read_datetime(text) == _dateutil(text)


def test_common_dates_take_the_direct_path() -> None:
    assert _read_simple("November 21, 2014 at 10:08 PM") == dt.datetime(2014, 11, 21, 22, 8)
    assert _read_simple("12 February 2025") == dt.datetime(2025, 2, 12)
    assert _read_simple("2024-03-04") == dt.datetime(2024, 3, 4)
    # Impossible or unusual values are left to dateutil.
    assert _read_simple("February 30, 2014 at 10:08 PM") is None
    assert _read_simple("Nov 3, 2014 0:08 AM") is None
    assert read_datetime("Nov 3, 2014 0:08 AM") == dt.datetime(2014, 11, 3, 0, 8)


# Page-like texts: lines of every shape the rules look for, in any order.
PAGE_LINES = st.sampled_from(
    [
        "",
        "",
        "Storm hits the coast",
        "storm  hits the COAST",
        "By Ann Lee and Bo Chan",
        "MIAMI (AP) — A storm hit the coast.",
        "- A related story",
        "Pingback: A post – Some Site",
        "pepper",
        "November 21, 2014 at 10:08 PM",
        "A caption on 12 February 2025. (Photo by KCNA / AFP)",
        "TT",
        "20",
        "Thousands were left without power, officials said.",
        "Power was back by Tuesday night.",
    ]
)
PAGES = st.lists(PAGE_LINES, max_size=40).map("\n".join)


def _classify_trying_every_rule(lines: list[Line]) -> list[blocks.Block]:
    cursor, state, out = blocks.Cursor(lines), blocks.ParseState(), []
    while cursor.pos < len(lines):
        if not lines[cursor.pos].text.strip():
            cursor.move_to(cursor.pos + 1)
            continue
        block = next(b for rule in blocks.RULES if (b := rule(cursor, state)) is not None)
        out.append(block)
        state.last_role = block.role
        cursor.move_to(cursor.pos + len(block.span))
    return out


@given(PAGES)
def test_rules_skipped_by_zone_would_have_declined(text: str) -> None:
    lines = [Line(n, t) for n, t in enumerate(split_lines(text), 1)]
    assert blocks.classify(lines) == _classify_trying_every_rule(lines)


@given(
    st.lists(st.sampled_from(["a", "é", "\n", "\r", "\r\n", " ", "\x85", "\u2028"])).map("".join),
    st.integers(-3, 30),
    st.integers(-3, 30),
)
def test_source_of_equals_slicing_the_split_source(text: str, start: int, end: int) -> None:
    doc = corpusparse.Document(source=text)
    expected = "".join(split_lines_keepends(text)[start - 1 : end]) if start else ""
    assert doc.source_of(corpusparse.Span(start, end)) == expected


@given(st.lists(st.sampled_from(["a", "é", "\n", "\r", "\r\n", " ", "\x0c"])).map("".join))
def test_numbered_lines_are_lines(text: str) -> None:
    lines = numbered_lines(text)
    assert lines == [Line(n, t) for n, t in enumerate(split_lines(text), 1)]
    assert all(type(line) is Line for line in lines)
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))


def test_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    corpusparse.parse("Headline\n\nBody.")
    assert gc.isenabled()
    with pytest.raises(corpusparse.ParseError):
        corpusparse.parse("H\nBody\nann\nFebruary 30, 2014 at 10:08 PM\ntext\n", strict=True)
    assert gc.isenabled()
    gc.disable()
    try:
        assert corpusparse.parse("Headline\n\nBody.").articles[0].body[0].text == "Body."
        assert not gc.isenabled()
    finally:
        gc.enable()


@given(PAGES)
def test_caption_printings_read_once_equal_a_fresh_reading(text: str) -> None:
    lines = [Line(n, t) for n, t in enumerate(split_lines(text), 1)]
    for block in blocks.classify(lines):
        for element in block.elements:
            if isinstance(element, corpusparse.Caption):
                assert element == read_caption(element.text, element.spans[0])
                assert element.spans == (block.span,)


def test_every_printing_of_a_caption_is_classified_as_one() -> None:
    caption = "A caption on 12 February 2025. (Photo by KCNA / AFP)"
    text = f"Headline\n{caption}\n{caption}\nBody.\n{caption}\n"
    lines = [Line(n, t) for n, t in enumerate(split_lines(text), 1)]
    found = [b for b in blocks.classify(lines) if b.role is blocks.Role.CAPTION]
    assert [b.span.start for b in found] == [2, 3, 5]
    assert all(b.elements[0] == read_caption(caption, b.span) for b in found)


@given(st.one_of(SPACEY, st.text()))
def test_the_ends_of_a_key_come_from_the_ends_of_the_line(text: str) -> None:
    stripped = text.strip()
    key = comparison_key(stripped)
    assert blocks._ends(stripped) == (key[:1], key[-1:])
