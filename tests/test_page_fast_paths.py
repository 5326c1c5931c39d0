"""The shortcuts of the page stages (zones, byline readers) change no reading."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusparse.model import BoilerplateKind
from corpusparse.parsing import comments, dates, readers, zones
from corpusparse.parsing.dates import has_digit, may_hold_time, read_labelled_time
from corpusparse.parsing.patterns import HEAD_PART_SEPARATOR
from corpusparse.parsing.readers import read_byline_line, read_byline_pair, read_residue
from corpusparse.parsing.vocabulary import (
    COMMENT_UI_LINES,
    COMMENT_UI_PARTICLES,
    COMMENT_UI_WORDS,
    COMMENT_VERBS,
    RESIDUE_LINES,
    STOPWORDS,
    TAIL_RESIDUE_LINES,
    residue_key,
)
from corpusparse.parsing.zones import stopword_density

# Pieces of head lines: labels, names, dates, relative times, separators, and letters
# whose case folds to ASCII (the Kelvin sign, the long s and its ligatures, dotted I).
PIECES = st.sampled_from(
    [
        "By ",
        "Von ",
        "Posted on ",
        "Updated: ",
        "Stand: ",
        "am ",
        "Le ",
        "Ann Lee",
        "Bo Chan",
        " and ",
        " | ",
        " • ",
        " - ",
        ", ",
        "March 3, 2024",
        "4. März 2024",
        "2024-03-04 10:32",
        "19.10.2019",
        "10:32 a.m. EST",
        "3 hours ago",
        "just now",
        "Just Now",
        "JUST NOW",
        "juſt now",
        "ju\ufb06 now",
        "\u212aelvin",
        "İ",
        "Reuters",
        "Staff Writer",
        "5 min read",
        " ",
        "\u00a0",
        "٣",
    ]
)
HEAD_TEXTS = st.one_of(st.lists(PIECES, max_size=6).map("".join), st.text(max_size=40))


@given(HEAD_TEXTS)
def test_a_labelled_time_holds_a_digit_or_just_now(text: str) -> None:
    read = dates._read_labelled_time(text)
    assert read is None or may_hold_time(text)
    assert read_labelled_time(text) == (read if len(text) <= 120 else None)


@given(HEAD_TEXTS)
def test_a_printed_time_holds_a_digit_or_just_now(text: str) -> None:
    assert dates.read_printed_time(text) is None or may_hold_time(text)


@given(HEAD_TEXTS, st.booleans())
def test_a_remembered_printed_time_equals_a_fresh_reading(text: str, dayfirst: bool) -> None:
    fresh = dates._read_time.__wrapped__(text, dayfirst)
    assert dates._read_time(text, dayfirst) == fresh
    assert dates._read_time(text, dayfirst) == fresh


def test_a_printed_time_read_again_reads_the_same() -> None:
    first = dates.read_printed_time("March 3, 2024 10:15 am", dayfirst=False)
    assert first is not None
    assert first[1] == dates.read_printed_time(" March 3, 2024 10:15 am ,")[1]
    assert dates.read_printed_time("3/4/2024", dayfirst=True) != dates.read_printed_time("3/4/2024")


@given(HEAD_TEXTS)
def test_a_byline_line_read_again_reads_the_same(text: str) -> None:
    text = text.strip()
    fresh = (
        readers.byline_parts._read_byline_line.__wrapped__(text) if 0 < len(text) <= 300 else None
    )
    assert read_byline_line(text) == fresh
    assert read_byline_line(text) == fresh  # remembered


@given(HEAD_TEXTS)
def test_a_part_alone_that_no_reader_reads_makes_no_head_line(text: str) -> None:
    parts = readers.byline_parts
    part = text.strip()
    if not part or parts._may_hold_dash(part):
        return  # a part with a dash is split at it when read as nothing
    alone = parts._read_part(part, alone=True)
    read = parts._read_part(part)
    if alone != read:
        assert alone.kind == "long" and read.kind in ("skip", "unknown")
        tally = parts._Tally()
        tally.add(read)
        assert parts._head_line(tally, 1) is None


def test_a_part_alone_is_still_split_at_a_dash() -> None:
    read = read_byline_line("Ann Lee - March 3, 2024")
    assert read is not None and read.authors == ("Ann Lee",) and read.published is not None
    assert read_byline_line("Politics") is None
    assert read_byline_line("Reply") is None


@given(HEAD_TEXTS, HEAD_TEXTS)
def test_a_dated_second_line_of_a_pair_holds_a_digit(first: str, second: str) -> None:
    read = read_byline_line(second.strip())
    if read is not None and read.authors is None:
        time = read.published or read.updated
        if time is not None and time[1] is not None:
            assert has_digit(second)
    pair = read_byline_pair(first, second)
    label = first.strip(" \t\u00a0•·|").rstrip(" \t\u00a0:").lower()
    if pair is not None and label not in readers.labels._BARE_LABELS:
        assert has_digit(second)


@given(HEAD_TEXTS, st.booleans())
def test_residue_read_again_reads_the_same(text: str, tail: bool) -> None:
    read = readers.residue._read_residues(text)[1 if tail else 0]
    assert read_residue(text, tail=tail) is read
    assert read_residue(text, tail=tail) is read


@given(st.one_of(HEAD_TEXTS, st.sampled_from(sorted(TAIL_RESIDUE_LINES))))
def test_tail_residue_differs_only_by_the_tail_vocabulary(text: str) -> None:
    key = residue_key(text)
    if len(text) <= 100 and key not in RESIDUE_LINES and key in TAIL_RESIDUE_LINES:
        assert read_residue(text, tail=True) is BoilerplateKind(TAIL_RESIDUE_LINES[key])
    else:
        assert read_residue(text, tail=True) is read_residue(text)


def test_a_tail_label_is_residue_only_in_the_tail() -> None:
    label = next(iter(sorted(TAIL_RESIDUE_LINES)))
    assert read_residue(label) is not read_residue(label, tail=True)


def _slow_density(text: str) -> float:
    words = text.casefold().translate(zones.line_classes._PUNCTUATION).split()
    if not words:
        return 0.0
    return sum(map(STOPWORDS.__contains__, words)) / len(words)


DENSITY_TEXTS = st.text(
    st.sampled_from(list(".,;:!?\"'()[]«»“”‘’—–- abthe\u00e9\u00dfſ\x1c\u2028")) | st.characters()
)


@given(st.one_of(DENSITY_TEXTS, HEAD_TEXTS))
def test_stopword_density_equals_the_translated_reading(text: str) -> None:
    assert stopword_density(text) == _slow_density(text)


def test_stopword_density_deletes_punctuation_inside_words() -> None:
    assert stopword_density("“The” storm—and—the coast") == 1 / 3  # "stormandthe"
    assert stopword_density("a lone \ud800 surrogate, the end") == _slow_density(
        "a lone \ud800 surrogate, the end"
    )


def test_a_line_with_neither_digit_nor_just_now_holds_no_time() -> None:
    assert not may_hold_time("Updated yesterday")
    assert may_hold_time("Updated: juſt now")
    assert read_labelled_time("Updated: juſt now") is not None


LINE_TEXTS = st.lists(st.sampled_from(["the", "storm", "Coast", "—", ",", " ", "und", "é"])).map(
    "".join
)


@given(st.one_of(LINE_TEXTS, st.text()))
def test_a_remembered_line_class_equals_a_fresh_one(text: str) -> None:
    fresh = (
        zones.line_classes._classify_long_line(text) if len(text) >= 70 else zones.LineClass.SHORT
    )
    assert zones.classify_line(text) == fresh
    assert zones.classify_line(text) == fresh  # remembered
    long = (text or "a") * 1001  # past the longest remembered line
    assert zones.classify_line(long) == zones.line_classes._classify_long_line(long)


def _listed_ui_words(text: str) -> bool:
    words = [w for w in text.replace("|", " ").replace("·", " ").replace("•", " ").split() if w]
    folded = [word.casefold().strip("[]():") for word in words]
    lone = len(folded) == 1 and folded[0] in COMMENT_UI_PARTICLES
    return bool(folded) and not lone and all(word in COMMENT_UI_WORDS for word in folded)


UI_TEXTS = st.lists(
    st.sampled_from([*sorted(COMMENT_UI_WORDS)[:30], *sorted(COMMENT_UI_PARTICLES), "Zed", "(3)"])
    | st.sampled_from([" ", " | ", " • ", " · ", "[", "]"]),
    max_size=6,
).map("".join)


@given(st.one_of(UI_TEXTS, HEAD_TEXTS))
def test_a_chrome_line_of_ui_words_reads_as_the_word_lists_read_it(text: str) -> None:
    kind = comments.names._ui_kind.__wrapped__(text)
    if _listed_ui_words(text) and len(text) <= 60:
        assert kind is not None
    elif kind == "comment_ui" and len(text) <= 60:
        key = residue_key(text.strip("[]() "))
        assert key in COMMENT_UI_LINES or read_residue(text, tail=True) is not None


@given(st.one_of(UI_TEXTS, HEAD_TEXTS))
def test_a_remembered_voice_equals_a_fresh_one(text: str) -> None:
    assert comments.names._voice(text) is comments.names._voice.__wrapped__(text)


def _listed_verb_head(text: str) -> str | None:
    words = text.split()
    if len(words) < 2 or len(words) > 8:
        return None
    if words[-1].casefold().rstrip(":;,.…-") not in COMMENT_VERBS:
        return None
    name = comments.names._clean_name(" ".join(words[:-1]))
    return name if comments.names._plausible_name(name) else None


VERB_TEXTS = st.lists(
    st.sampled_from(["Ann", "Lee", "Bo", "a", "  ", " ", "\t", ":", "says:", "Says", "said..."])
    | st.sampled_from(sorted(COMMENT_VERBS)),
    max_size=11,
).map(" ".join)


@given(st.one_of(VERB_TEXTS, HEAD_TEXTS))
def test_a_verb_head_reads_as_the_word_list_reads_it(text: str) -> None:
    assert comments.names._verb_head(text) == _listed_verb_head(text)


def test_a_verb_head_names_the_speaker_of_a_short_line_only() -> None:
    assert comments.names._verb_head("Ann Lee says:") == "Ann Lee"
    assert comments.names._verb_head("a b c d e f g h says:") is None
    assert comments.names._verb_head("says:") is None


def _listed_split(text: str) -> list[str]:
    marks = readers.byline_parts._PART_SEPARATOR_MARKS
    if not any(mark in text for mark in marks) and not (
        "   " in text or "\u00a0" in text or "\t" in text
    ):
        text = text.strip()
        return [text] if text else []
    return [part.strip() for part in HEAD_PART_SEPARATOR.split(text) if part.strip()]


SPLIT_TEXTS = st.lists(
    st.sampled_from(["Ann Lee", "By", "  ", "   ", "\u00a0", "\t", "|", "•", "·", "/", "∙", "⋅"]),
    max_size=8,
).map("".join)


@given(st.one_of(SPLIT_TEXTS, HEAD_TEXTS))
def test_a_head_line_splits_as_the_mark_list_splits_it(text: str) -> None:
    if "," in text:
        return  # the comma labels are rewritten first, as before
    assert readers.byline_parts._split_parts(text) == _listed_split(text)
