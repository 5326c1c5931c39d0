"""Each shortcut of the hot path gives exactly what the general code gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusparse.patterns import WHITESPACE_RUN
from corpusparse.recognize import comparison_key

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
