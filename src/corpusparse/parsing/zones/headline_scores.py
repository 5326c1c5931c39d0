"""The features of a headline candidate and their weights: the evidence around a line."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.readers import comparison_key, is_time_line, read_byline_pair
from corpusparse.parsing.zones.head_shapes import (
    _FIRST_LINE_PRIOR,
    _HEAD_WINDOW,
    _MAX_LOOSE_HEAD,
    _has_full_date,
    _is_title_shaped,
    _reads_as_head_line,
    _word_count,
)
from corpusparse.parsing.zones.line_classes import (
    _NEAR,
    _READINGS_CACHE,
    _RUNNING,
    LineClass,
    _folded_words,
    stopword_density,
)

__all__ = []


def _headline_score(
    classes: Sequence[tuple[int, str, str]],
    position: int,
    main: int,
    keys: dict[str, int],
    *,
    evidence: float | None = None,
    printed: bool | None = None,
) -> float:
    """The evidence that the line at ``position`` is the headline (higher is stronger).

    A byline, time or dateline after it counts most, and less the farther it
    stands (a time line right above it counts half); running text right after
    it, a second printing and a headline's length count too; menu-like lines
    and lines far above the main text count less. ``evidence`` and ``printed`` are
    `_evidence_after` and whether the line is printed again, when the caller has them.
    """
    text = classes[position][1]
    score = _evidence_after(classes, position) if evidence is None else evidence
    if score < _HEAD_EVIDENCE / 2:
        for before in range(max(0, position - _NEAR + 1), position):
            if is_time_line(classes[before][1]):
                score += _HEAD_EVIDENCE / 2
                break
    if printed is None:
        printed = keys.get(comparison_key(text), 0) > 1
    if printed:
        score += 2.0
    words = _word_count(text)
    if _MIN_HEADLINE_WORDS <= words <= _MAX_HEADLINE_WORDS:
        score += 1.0
    elif words < _MIN_HEADLINE_WORDS - 1:
        score -= 1.0
    if " • " in text or " · " in text:  # items of a menu or a ticker run together
        score -= 1.0
    if _has_full_date(text):  # a date line with a place or a section, not a headline
        score -= 2.0
    return score - 0.03 * (main - position)


def _all_capitals(text: str) -> bool:
    """Whether ``text`` has letters and every one is a capital.

    In ASCII text every letter is cased, so `str.isupper` says the same.
    """
    if text.isascii():
        return text.isupper()
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def headline_features(
    classes: Sequence[tuple[int, str, str]],
    position: int,
    first: int,
    keys: dict[str, int],
    dense: bool,
    echoed: frozenset[str] | None = None,
    evidences: dict[int, float] | None = None,
) -> tuple[float, ...]:
    """The shape of a headline candidate, as numbers `HEADLINE_WEIGHTS` weighs.

    The first is the hand-made evidence score of `_headline_score`; the rest
    describe the line and its neighbours (see `HEADLINE_FEATURES`), and the
    last how many of its words the main text repeats (``echoed``: the words
    of `main_words`, worked out once per page when given). ``evidences``
    remembers `_evidence_after` by position over the candidates of a page.
    """
    text = classes[position][1]
    if evidences is None:
        evidences = {}
    evidence = _evidence_at(classes, position, evidences)
    printed = keys.get(comparison_key(text), 0) > 1
    score = _headline_score(classes, position, first, keys, evidence=evidence, printed=printed)
    opens = position == 0 and (dense or _opens_running_text(classes, 0))
    if opens:  # an extractor's text opens with its headline, then the article
        score += _FIRST_LINE_PRIOR + 0.03 * first
    evidence_features = (score, evidence, opens, printed)
    return _shape_features(classes, position, first, dense, echoed, evidence_features, evidences)


def evidence_score(
    classes: Sequence[tuple[int, str, str]],
    position: int,
    first: int,
    keys: dict[str, int],
    dense: bool,
) -> float:
    """The first of `headline_features` alone: all that `EVIDENCE_ONLY` weighs."""
    score = _headline_score(classes, position, first, keys)
    if position == 0 and (dense or _opens_running_text(classes, 0)):
        score += _FIRST_LINE_PRIOR + 0.03 * first
    return score


def _shape_features(
    classes: Sequence[tuple[int, str, str]],
    position: int,
    first: int,
    dense: bool,
    echoed: frozenset[str] | None,
    evidence_features: tuple[float, float, bool, bool],
    evidences: dict[int, float],
) -> tuple[float, ...]:
    """`headline_features`, given the evidence score, the evidence after the line, whether
    the line opens the text and whether it is printed again."""
    score, evidence, opens, printed = evidence_features
    text = classes[position][1]
    words = text.split()
    capitals = sum(1 for word in words if word[:1].isupper())
    after = classes[position + 1] if position + 1 < len(classes) else (0, "", "")
    before = classes[position - 1] if position else (0, "", "")
    distance = first - position
    return (
        score,
        evidence,
        float(opens),
        float(position == 0),
        min(len(text), 200) / 100,
        stopword_density(text),
        capitals / len(words),
        float(_all_capitals(text)),
        float(has_digit(text)),
        float(any(mark in text for mark in _SITE_SEPARATORS)),
        float(":" in text),
        float(text.endswith(("?", "!"))),
        float(classes[position][2] != LineClass.SHORT),
        min(distance, 40) / 10,
        float(distance <= 2),
        float(after[2] == LineClass.SHORT and _is_title_shaped(after[1])),
        float(before[2] == LineClass.SHORT and _is_title_shaped(before[1])),
        float(after[2] in _RUNNING),
        float(before[2] in _RUNNING),
        float(bool(before[1]) and _reads_as_head_line(before[1])),
        float(len(words) < _MIN_HEADLINE_WORDS),
        float(printed),
        float(dense),
        min(len(words), 30) / 10,
        float(text[:1].isdigit()),
        float(bool(after[1]) and _head_line_follows(classes, position + 1)),
        _evidence_at(classes, position + 1, evidences) if after[2] == LineClass.SHORT else 0.0,
        _evidence_at(classes, position - 1, evidences) if before[2] == LineClass.SHORT else 0.0,
        float(text[:1].islower() or not text[:1].isalnum()),
        _echo(text, main_words(classes, first) if echoed is None else echoed),
    )


_ECHO_LINES = 8
_ECHO_MIN_LENGTH = 4
_ECHO_BEFORE = 3
_BREAK_CHARS = ".,;:!?\"'()[]{}«»“”‘’„–—-…|/"
_ASCII_BREAKS = bytes.maketrans(
    bytes(char for char in map(ord, _BREAK_CHARS) if char < 128),
    b" " * sum(1 for char in _BREAK_CHARS if ord(char) < 128),
)
_WIDE_BREAKS = tuple(char for char in _BREAK_CHARS if ord(char) >= 128)
"""Punctuation read as a space between words (`main_words`), as a table for the UTF-8
bytes of its ASCII characters and a list of the others (as in `stopword_density`)."""


def _words_of(text: str) -> list[str]:
    return _folded_words(text, _WIDE_BREAKS, " ", _ASCII_BREAKS, b"")


def main_words(classes: Sequence[tuple[int, str, str]], first: int) -> frozenset[str]:
    """The words of the main text's first running lines (what a headline echoes)."""
    texts = [
        text
        for _, text, kind in classes[max(0, first - _ECHO_BEFORE) : first + 3 * _ECHO_LINES]
        if kind in _RUNNING
    ]
    return frozenset(_words_of(" ".join(texts[:_ECHO_LINES])))


def _echo(text: str, words: frozenset[str]) -> float:
    """The share of a candidate's longer words that the main text's first lines repeat."""
    own = {word for word in _words_of(text) if len(word) >= _ECHO_MIN_LENGTH}
    return len(own & words) / len(own) if own else 0.0


HEADLINE_FEATURES = (
    "evidence score",
    "evidence after",
    "first line opening the text",
    "first line",
    "length / 100",
    "stopword share",
    "capitalised share",
    "all capitals",
    "has a digit",
    "has a site separator",
    "has a colon",
    "ends in ? or !",
    "long line",
    "lines to the main text / 10",
    "main text within two lines",
    "a title-like line follows",
    "a title-like line precedes",
    "running text follows",
    "running text precedes",
    "a byline or time precedes",
    "few words",
    "printed again",
    "no blank line in the text",
    "words / 10",
    "opens with a digit",
    "a byline or time follows the next line",
    "evidence after the next line",
    "evidence after the line before",
    "opens with no capital",
    "words the main text repeats",
)
"""What each number of `headline_features` describes."""

EVIDENCE_ONLY: tuple[float, ...] = (1.0, *(0.0,) * (len(HEADLINE_FEATURES) - 1))
"""The weights that score a candidate by its evidence alone: an extractor's text."""

HEADLINE_WEIGHTS: tuple[float, ...] = (  # benchmarks/train_headline.py
    0.249,  # evidence score
    0.300,  # evidence after
    0.075,  # first line opening the text
    0.151,  # first line
    0.306,  # length / 100
    0.128,  # stopword share
    0.364,  # capitalised share
    -0.150,  # all capitals
    0.266,  # has a digit
    -0.189,  # has a site separator
    0.482,  # has a colon
    -0.077,  # ends in ? or !
    -0.285,  # long line
    0.021,  # lines to the main text / 10
    -0.153,  # main text within two lines
    -0.176,  # a title-like line follows
    0.027,  # a title-like line precedes
    0.064,  # running text follows
    -0.263,  # running text precedes
    0.293,  # a byline or time precedes
    -1.012,  # few words
    -0.316,  # printed again
    0.000,  # no blank line in the text
    0.297,  # words / 10
    0.045,  # opens with a digit
    0.223,  # a byline or time follows the next line
    -0.010,  # evidence after the next line
    0.157,  # evidence after the line before
    -0.192,  # opens with no capital
    1.777,  # words the main text repeats
)
"""The weight of each feature on a page: the score of a candidate is their weighted sum.

Fitted on the development corpus by ``benchmarks/train_headline.py``.
"""


def _evidence_at(
    classes: Sequence[tuple[int, str, str]], position: int, evidences: dict[int, float]
) -> float:
    """`_evidence_after`, remembered in ``evidences`` (a candidate's neighbours are
    candidates too)."""
    evidence = evidences.get(position)
    if evidence is None:
        evidence = evidences[position] = _evidence_after(classes, position)
    return evidence


def _evidence_after(classes: Sequence[tuple[int, str, str]], position: int) -> float:
    """What the lines after a headline candidate say: a head line, or running text, or nothing."""
    for offset in range(1, _HEAD_WINDOW + 1):
        if position + offset >= len(classes):
            break
        following = classes[position + offset][1]
        if classes[position + offset][2] in _RUNNING and not (
            len(following) <= _MAX_LOOSE_HEAD and _reads_as_head_line(following)
        ):  # a long byline (``Published on DATE by A B, Site``) is no running text
            if offset == 1 and _head_line_follows(classes, position + 1):  # a dek, then a byline
                return _HEAD_EVIDENCE - 1
            return 1.0 if offset <= _NEAR else 0.0
        after = classes[position + offset + 1][1] if position + offset + 1 < len(classes) else ""
        if _reads_as_head_line(following) or _reads_as_byline_pair(following, after):
            return _HEAD_EVIDENCE - (offset - 1)
    return 0.0


_HEAD_EVIDENCE = 4.0
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20


def _head_line_follows(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """Whether the line after ``position`` reads as a byline, time or dateline."""
    if position + 1 >= len(classes):
        return False
    after = classes[position + 2][1] if position + 2 < len(classes) else ""
    following = classes[position + 1][1]
    return _reads_as_head_line(following) or _reads_as_byline_pair(following, after)


@functools.lru_cache(maxsize=_READINGS_CACHE)
def _reads_as_byline_pair(first: str, second: str) -> bool:
    try:
        return bool(second) and read_byline_pair(first, second) is not None
    except TimeoutError:
        return False


_SITE_SEPARATORS = (" - ", " | ", " — ", " – ", " :: ", " · ", " // ", "_")


def _opens_running_text(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """Whether running text starts within a few lines after ``position``."""
    return any(
        classes[after][2] in _RUNNING
        for after in range(position + 1, min(position + 1 + _NEAR - 1, len(classes)))
    )
