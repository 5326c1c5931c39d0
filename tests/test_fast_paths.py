"""Each shortcut of the hot path gives exactly what the general code gives."""

from __future__ import annotations

import datetime as dt
import gc
import warnings

import pytest
from dateutil import parser as date_parser
from dateutil.parser import UnknownTimezoneWarning
from hypothesis import given
from hypothesis import strategies as st

import corpusparse
from corpusparse.parsing import date_readings
from corpusparse.parsing import rules as blocks
from corpusparse.parsing.dates import read_datetime
from corpusparse.parsing.lines import Line, numbered_lines, split_lines, split_lines_keepends
from corpusparse.parsing.patterns import WHITESPACE_RUN
from corpusparse.parsing.readers import comparison_key, read_caption, read_credit_line

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
    """dateutil's own reading; it warns about the "M" of "P.M." as a zone it does not know."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
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
def test_cached_readings_equal_a_fresh_dateutil_reading(text: str) -> None:
    fresh = _dateutil(text)
    assert read_datetime(text) == fresh
    assert read_datetime(text) == fresh  # now from the cache
    date_readings._cached_dateutil_parse.cache_clear()
    assert read_datetime(text) == fresh


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
        "Updated: March 4, 2024 10:32 a.m. ET",
        "Reporting by Ann Lee in Lima; Editing by Bo Chan",
        "12 Comments",
        "Photo: Ann Lee/AFP",
        "Related Articles",
        "Ann Lee says:",
        "Tags: storm, coast",
        "We use cookies to improve your experience. " + "Accept all cookies. " * 3,
        "We use cookies to improve your experience. " + "Accept all cookies. " * 30,
        "Power was cut " + "and restored " * 25 + "by Tuesday (Photo: Ann Lee/AFP)",
        "Updated " + "and restored " * 24,
        "(Reporting by Ann Lee; Editing by " + "Bo Chan and " * 45 + "Cy Dorn)",
    ]
)
PAGES = st.lists(PAGE_LINES, max_size=40).map("\n".join)


def _classify_trying_every_rule(lines: list[Line]) -> list[blocks.Block]:
    cursor = blocks.Cursor(lines)
    state, out = blocks.initial_state(cursor.texts), []
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
def test_rules_skipped_by_their_declarations_would_have_declined(text: str) -> None:
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
                # A caption claimed with its credit line takes the credit from that line.
                start, end = block.span.start, block.span.end
                claimed = [line.text.strip() for line in lines[start - 1 : end]]
                others = [text for text in claimed if text != element.text]
                credit = read_credit_line(others[0]) if others else None
                assert element == read_caption(element.text, element.spans[0], credit)
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
    assert blocks.head_rules._ends(stripped) == (key[:1], key[-1:])


# ---------------------------------------------------------------- pre-checks
# Each cheap test in front of a pattern must pass on every text the pattern
# matches: texts are built from the pattern's own words in any case, the three
# characters case-insensitive matching takes for ASCII letters, and filler.

FOLD_ALIKES = ["\u0130", "\u212a", "\u017f", "\u1e99"]


def _any_case(words: list[str]) -> st.SearchStrategy[str]:
    def flip(word: str, flips: list[bool]) -> str:
        return "".join(c.upper() if f else c for c, f in zip(word, flips, strict=True))

    return st.sampled_from(words).flatmap(
        lambda word: st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
            lambda flips: flip(word, flips)
        )
    )


def _soup(words: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(
        _any_case(words),
        st.sampled_from([" ", " ", "\t", "\u00a0", ".", ":", "|", "/", "-", "(", ")", "—"]),
        st.sampled_from(FOLD_ALIKES),
        st.sampled_from(["Ann Lee", "AFP", "2024", "x", "é", "“"]),
    )
    return st.lists(piece, max_size=14).map("".join)


def _alike(word: str) -> st.SearchStrategy[str]:
    """``word`` in any case, some letters swapped for a character regex takes for them."""
    swaps = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}

    def swap(text: str, picks: list[bool]) -> str:
        pairs = zip(text, picks, strict=True)
        return "".join(swaps.get(c.lower(), c) if pick else c for c, pick in pairs)

    return _any_case([word]).flatmap(
        lambda text: st.lists(st.booleans(), min_size=len(text), max_size=len(text)).map(
            lambda picks: swap(text, picks)
        )
    )


SPACE = st.sampled_from([" ", "\t", "\u00a0", "  "])
FILLER = _soup(["crowds", "in", "paris", "by"])

LABELLED_CREDITS = st.tuples(
    FILLER,
    st.sampled_from([". ", "! ", " | ", " - ", " — ", "” "]),
    st.sampled_from(
        [
            *("photo:", "photo by", "photograph:", "photo credit:", "foto:", "bild:", "image:"),
            *("credit:", "picture:"),
        ]
    ).flatmap(_alike),
    SPACE,
    st.sampled_from(["Ann Lee/AFP", "Reuters", "KCNA via KNS"]),
).map("".join)


@given(st.one_of(LABELLED_CREDITS, _soup(["photo", "foto", "bild", "image", "credit", "by"])))
def test_credit_label_pre_check_passes_whenever_the_pattern_finds_a_credit(text: str) -> None:
    from corpusparse.parsing.patterns import TRAILING_LABELLED_CREDIT
    from corpusparse.parsing.readers import may_contain
    from corpusparse.parsing.readers.credits import _CREDIT_LABEL_WORDS

    if TRAILING_LABELLED_CREDIT.search(text):
        assert may_contain(text, _CREDIT_LABEL_WORDS)


def test_labelled_credit_texts_are_found_by_the_pattern() -> None:
    from corpusparse.parsing.patterns import TRAILING_LABELLED_CREDIT

    assert TRAILING_LABELLED_CREDIT.search("Crowds. Pho\u017fto: Ann Lee/AFP") is None
    assert TRAILING_LABELLED_CREDIT.search("Crowds. PHOTO: Ann Lee/AFP")
    # İ is i to the pattern
    assert TRAILING_LABELLED_CREDIT.search("Crowds. \u0130mage: Ann Lee/AFP")


@given(_soup(["by", "y", "b"]))
def test_has_by_equals_the_folded_search(text: str) -> None:
    from corpusparse.parsing.readers.credits import _has_by

    assert _has_by(text) == (" by " in text.casefold())


SLASH_CREDITS = st.tuples(
    FILLER,
    st.sampled_from([". ", "” "]),
    st.sampled_from(["REUTERS", "Reuters", "AFP", "EPA", "AP", "Reuters Photo"]),
    st.sampled_from(["/Ann Lee", "/Ann Lee/File Photo", "/x"]),
).map("".join)


@given(st.one_of(SLASH_CREDITS, _soup(["reuters", "afp", "epa", "ap", "photo"])))
def test_slash_credit_pre_check_passes_whenever_the_pattern_finds_a_credit(text: str) -> None:
    from corpusparse.parsing.patterns import TRAILING_SLASH_CREDIT
    from corpusparse.parsing.readers.credits import _SLASH_AGENCIES

    if TRAILING_SLASH_CREDIT.search(text):
        assert any(agency in text for agency in _SLASH_AGENCIES)


@given(_soup(["and", "y", "und", "et", "&", ","]))
def test_author_separator_pre_check_passes_whenever_the_pattern_splits(text: str) -> None:
    from corpusparse.parsing.patterns import AUTHOR_SEPARATOR
    from corpusparse.parsing.readers.names import _may_separate_authors

    if AUTHOR_SEPARATOR.search(text):
        assert _may_separate_authors(text)


NAMES_IN_PLACES = st.tuples(
    st.sampled_from(["Ann Lee", "Bo", "Jae-won Kim"]),
    SPACE,
    st.sampled_from(["in", "en", "aus", "from", "In", "inn"]),
    SPACE,
    st.sampled_from(["Lima", "São Paulo", "New York", "lima"]),
).map("".join)


@given(st.one_of(NAMES_IN_PLACES, _soup(["in", "en", "aus", "from", "lima", "ann"])))
def test_place_pre_check_passes_whenever_a_name_has_a_place(text: str) -> None:
    from corpusparse.parsing.patterns import NAME_IN_PLACE
    from corpusparse.parsing.readers.names import _PLACE_WORDS

    if NAME_IN_PLACE.fullmatch(text.strip()):
        assert not _PLACE_WORDS.isdisjoint(text.split())


@given(st.text(st.sampled_from(["*", "-", "—", "•", "⁂", " ", "=", "a", "~", "#", "_", "+", "·"])))
def test_separator_pre_check_equals_the_pattern(text: str) -> None:
    from corpusparse.parsing.patterns import SEPARATOR_LINE
    from corpusparse.parsing.readers import is_separator

    assert is_separator(text) == (len(text) <= 120 and SEPARATOR_LINE.fullmatch(text) is not None)


@given(_soup(["image source", "image caption", "photo"]))
def test_image_source_pre_check_equals_the_pattern(text: str) -> None:
    from corpusparse.parsing.patterns import IMAGE_SOURCE
    from corpusparse.parsing.readers import is_image_source

    assert is_image_source(text) == (IMAGE_SOURCE.match(text) is not None)


def _case_alikes(letters: str) -> set[str]:
    """Every character the regex module's case-insensitive matching takes for one of ``letters``."""
    import regex

    pattern = regex.compile(f"(?i:[{letters}])")
    return {
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and pattern.fullmatch(chr(code))
    }


def test_opening_letter_sets_hold_every_case_alike_of_their_words() -> None:
    from corpusparse.parsing.patterns import (
        PROMO_LINE,
        RESIDUE_PREFIX,
        TIME_LABEL,
        TIME_LABEL_INITIALS,
    )
    from corpusparse.parsing.readers.residue import _PROMO_OPENERS, _RESIDUE_PREFIX_INITIALS

    cases = [
        (
            TIME_LABEL,
            TIME_LABEL_INITIALS,
            "first published|last updated|last modified|published|updated|posted|modified"
            "|publicado|actualizado|actualización|veröffentlicht|zuletzt aktualisiert"
            "|aktualisiert|stand|publié|mis à jour|mise à jour|modifié",
            "{}: 2024",
        ),
        (
            RESIDUE_PREFIX,
            _RESIDUE_PREFIX_INITIALS,
            "tags|tagged|filed under|categories|category|topics|posted in|read more|also read"
            "|see also|read also|related|etiquetas|temas|schlagwörter|themen|mots-clés|sujets"
            "|lire aussi|leer más",
            "{}: x",
        ),
        (PROMO_LINE, _PROMO_OPENERS, "sign up|subscribe|get", "{} for the newsletter"),
    ]
    for pattern, initials, words, shape in cases:
        for word in words.split("|"):
            assert pattern.match(shape.format(word)), word  # the words are the pattern's
        assert _case_alikes("".join({word[0] for word in words.split("|")})) <= initials


def test_caption_openers_are_the_pattern_alternatives() -> None:
    from corpusparse.parsing.patterns import CAPTION_OPENING
    from corpusparse.parsing.readers.credits import _CAPTION_OPENERS

    for opener in _CAPTION_OPENERS:
        joints = (" -", ":", " caption,", " de foto:", "")
        assert any(CAPTION_OPENING.match(f"{opener}{joint} A crowd") for joint in joints), opener
    # A line the pattern matches opens with one of them.
    lines = ["Image caption, X", "FILE PHOTO: X", "TOPSHOT - X", "Pie de foto: X", "Légende : X"]
    for line in lines:
        assert CAPTION_OPENING.match(line) and line.startswith(_CAPTION_OPENERS)


HEADER_PIECES = ["a", " ", "Ne", "ws", "ß", "İ", "À", "Tr", "en", "d", "ing"]


@given(st.lists(st.sampled_from(HEADER_PIECES)).map("".join))
def test_related_header_initials_pre_check_keeps_every_header(text: str) -> None:
    from corpusparse.parsing.readers import is_related_block_header
    from corpusparse.parsing.vocabulary import TRAILING_RESIDUE_BLOCK_HEADERS, residue_key

    stripped = text.strip()
    expected = len(stripped) <= 60 and residue_key(stripped) in TRAILING_RESIDUE_BLOCK_HEADERS
    assert is_related_block_header(stripped) == expected


def test_related_headers_pass_their_initials_pre_check() -> None:
    from corpusparse.parsing.readers import is_related_block_header
    from corpusparse.parsing.vocabulary import TRAILING_RESIDUE_BLOCK_HEADERS

    for header in TRAILING_RESIDUE_BLOCK_HEADERS:
        assert is_related_block_header(header)
        assert is_related_block_header(header.upper() + ":") == (len(header) < 60)


def test_month_initials_open_every_comment_timestamp() -> None:
    from corpusparse.parsing.patterns import COMMENT_TIMESTAMP
    from corpusparse.parsing.readers import is_timestamp, read_timestamp
    from corpusparse.parsing.readers.line_shapes import _MONTH_INITIALS

    months = "Jan January Feb February Mar March Apr April May Jun June Jul July Aug August"
    months += " Sep Sept September Oct October Nov November Dec December"
    for month in months.split():
        text = f"{month} 21, 2014 at 10:08 PM"
        assert COMMENT_TIMESTAMP.fullmatch(text), text
        assert month[0] in _MONTH_INITIALS
        assert is_timestamp(text)
        assert read_timestamp(text) is not None
    assert not is_timestamp("november 21, 2014 at 10:08 PM")  # the pattern is case-sensitive


CREDIT_LINES = st.tuples(
    st.sampled_from(["", "("]),
    st.one_of(
        st.sampled_from(
            [
                *("photo:", "photo by", "photograph credit:", "foto:", "bild:", "image:"),
                *("credit:", "picture:", "image source,", "crédit photo :"),
            ]
        ).flatmap(_alike),
        st.sampled_from(["AP Photo/", "AFP/", "EPA/", "REUTERS/", "Reuters Photo/", "Ap/"]),
        st.sampled_from(["", "Ann Lee/", "Photo: "]).map(lambda s: s + "Getty Images"),
        st.sampled_from(["Shutterstock", "iStock", "getty images"]),
    ),
    SPACE,
    st.sampled_from(["Ann Lee/AFP", "Reuters", "x", ""]),
    st.sampled_from(["", ")", "."]),
).map("".join)


@given(st.one_of(CREDIT_LINES, _soup(["photo", "getty", "ap/", "by", "ann"])))
def test_credit_line_pre_check_passes_whenever_the_pattern_matches(text: str) -> None:
    from corpusparse.parsing.patterns import CREDIT_LINE
    from corpusparse.parsing.readers.credits import _may_be_credit_line

    if CREDIT_LINE.fullmatch(text):
        assert _may_be_credit_line(text)


TIME_COMMAS = st.tuples(
    st.sampled_from(["By Ann Lee", "Ann Lee", ""]),
    st.sampled_from([",", ", ", ",\t"]),
    st.sampled_from(["updated", "published", "posted", "last updated", "last  updated"]).flatmap(
        _alike
    ),
    st.sampled_from([" March 4, 2024", "", ":"]),
).map("".join)


@given(st.one_of(TIME_COMMAS, _soup(["updated", "posted", ",", "by"])))
def test_time_comma_pre_check_passes_whenever_the_pattern_finds_one(text: str) -> None:
    from corpusparse.parsing.patterns import BYLINE_TIME_COMMA
    from corpusparse.parsing.readers import may_contain
    from corpusparse.parsing.readers.byline_parts import _TIME_COMMA_LABELS

    if BYLINE_TIME_COMMA.search(text):
        assert "," in text and may_contain(text, _TIME_COMMA_LABELS)


@given(st.text(st.sampled_from(["a", "1", "²", "٣", " ", "é", "x", "9", "\x00"])) | st.text())
def test_has_digit_equals_any_isdigit(text: str) -> None:
    from corpusparse.parsing.dates import has_digit

    assert has_digit(text) == any(c.isdigit() for c in text)


def test_the_fold_alikes_are_every_non_ascii_case_alike_of_an_ascii_letter() -> None:
    import string

    from corpusparse.parsing.readers.common import _FOLD_ALIKES, _has_fold_alike

    alikes = _case_alikes(string.ascii_lowercase) - set(string.ascii_letters)
    assert alikes == set(_FOLD_ALIKES)
    assert all(_has_fold_alike(f"x{c}y") for c in _FOLD_ALIKES)
    assert not _has_fold_alike("Photo: Ann Lee/AFP")
