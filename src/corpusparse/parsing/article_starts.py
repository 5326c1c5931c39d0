"""Where a new article starts: the evidence `corpusparse.parsing.segments.cut` reads.

A masthead, a headline with its own byline, dek or body, a byline that opens a
second article.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import itemgetter

from corpusparse.model import NOWHERE
from corpusparse.parsing.lines import Line, is_blank
from corpusparse.parsing.readers import (
    BYLINE_OPENERS,
    comparison_key,
    is_legal_line,
    is_separator,
    is_time_line,
    is_widget,
    read_byline,
    read_byline_line,
    read_credit_line,
    read_dateline,
    read_related,
    read_residue,
)

__all__ = [
    "MIN_SEPARATING_BLANKS",
    "confirms_article",
    "could_open_article",
    "find_mastheads",
    "is_sentence",
]

MIN_SEPARATING_BLANKS = 2
"""How many blank lines in a row separate two bundled articles."""

_MAX_HEADLINE_LENGTH = 300


def could_open_article(text: str) -> bool:
    """Whether a stripped line could be the first line of an article."""
    return len(text) <= _MAX_HEADLINE_LENGTH and not text.endswith((".", ",", ";", ":"))


_MAX_MASTHEAD_LENGTH = 60
_MIN_MASTHEAD_GAP = 3


def next_nonblank(lines: Sequence[Line], index: int, limit: int | None = None) -> int | None:
    for blanks, position in enumerate(range(index + 1, len(lines))):
        if limit is not None and blanks > limit:
            return None
        if not is_blank(lines[position].text):
            return position
    return None


def find_mastheads(lines: Sequence[Line]) -> set[int]:
    """Positions (indexes into ``lines``) of a site name printed above every article.

    The first non-blank line is a site name when it is short, printed again
    later, each printing followed by a different line that could open an
    article, with at least three lines after each printing that are printed
    only once there and are no residue (so a headline printed again after its
    captions is no site name).
    """
    # The first line whose stripped text is not empty, found without a Python
    # call per line: a text of a million blank lines is a pathological input.
    first = next(compress(count(), map(str.strip, map(itemgetter(1), lines))), None)
    if first is None:
        return set()
    name = lines[first].text.strip()
    if len(name) > _MAX_MASTHEAD_LENGTH or is_widget(name) or not could_open_article(name):
        return set()
    texts = map(str.strip, map(itemgetter(1), lines))
    positions = list(compress(count(), map(name.__eq__, texts)))
    if len(positions) < 2:
        return set()
    following: set[str] = set()
    for number, position in enumerate(positions):
        after = next_nonblank(lines, position)
        if after is None:
            return set()
        text = lines[after].text.strip()
        if text == name or text in following or not could_open_article(text):
            return set()
        if not (_sentence_follows(lines, after) or confirms_article(lines, after)):
            return set()
        following.add(text)
        end = positions[number + 1] if number + 1 < len(positions) else len(lines)
        if _content_lines(lines[position + 1 : end]) < _MIN_MASTHEAD_GAP:
            return set()
    return set(positions)


def _content_lines(lines: Sequence[Line]) -> int:
    """How many lines are printed once and are no residue (captions print twice)."""
    counts: dict[str, int] = {}
    for line in lines:
        text = line.text.strip()
        if text and not is_widget(text) and read_residue(text) is None:
            counts[text] = counts.get(text, 0) + 1
    return sum(1 for count in counts.values() if count == 1)


def known_byline(text: str, known: dict[str, bool]) -> bool:
    """Whether ``text`` is a byline; ``known`` remembers the answers for repeated lines."""
    text = text.strip()
    if not text.startswith(BYLINE_OPENERS):
        return False
    if text not in known:
        try:
            known[text] = read_byline(text) is not None
        except TimeoutError:  # a run-away pattern: the block rules record the defect
            known[text] = False
    return known[text]


_REPEAT_WINDOW = 12
"""How many lines after a new headline its second printing may come (bundles print it twice)."""

_HEAD_WINDOW = 4
"""How many lines after a new headline its byline, dateline or caption may come."""


def _opens_head(text: str) -> bool:
    """Whether a stripped line is one that only an article's head prints.

    A byline or time line, a dateline opening, or a credit line.
    """
    try:
        return (
            read_byline_line(text) is not None
            or read_dateline(text, NOWHERE) is not None
            or read_credit_line(text) is not None
        )
    except TimeoutError:
        return False


def confirms_article(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at ``index`` opens an article on strong evidence.

    A short line after a blank run is no evidence on a real page (a poster's
    name, a list heading, a share widget); a headline is confirmed by its own
    second printing soon after, by a byline, time, dateline or credit line in
    the next few lines, or by a line printed twice in a row there (a caption).
    """
    while _is_related(lines[index].text):  # related bullets move with the article after them
        after = next_nonblank(lines, index)
        if after is None:
            return False
        index = after
    opening = lines[index].text.strip()
    if is_separator(opening) or is_legal_line(opening) or is_time_line(opening):
        return False  # a rule, a footer's legal line or a date opens no article
    key = comparison_key(opening)
    texts: list[str] = []
    position = index
    head = _REPEAT_WINDOW  # the head ends at the next blank run that could cut
    while len(texts) < _REPEAT_WINDOW:
        after = next_nonblank(lines, position)
        if after is None:
            break
        if after - position > MIN_SEPARATING_BLANKS:
            head = min(head, len(texts))
        texts.append(lines[after].text.strip())
        position = after
    initial = key[:1]  # a stripped line's key opens with its own first character, folded
    for number, text in enumerate(texts):
        if (
            len(text) <= _MAX_HEADLINE_LENGTH
            and text[:1].casefold()[:1] == initial
            and comparison_key(text) == key
        ):
            return True
        if number >= min(_HEAD_WINDOW, head):
            continue
        if number and text == texts[number - 1]:
            return True
        if _opens_head(text):
            return True
    return False


_MIN_SENTENCE_WORDS = 3
_LIST_MARKS = ("• ", "· ", "* ", "■ ", "▪ ", "→ ")
"""Bullets of a list: a bulleted headline with a byline is a teaser, not a new article."""


def is_sentence(text: str) -> bool:
    """Whether a stripped line reads as a sentence of running text (body evidence)."""
    return len(text.split()) >= _MIN_SENTENCE_WORDS and text.endswith(
        (".", "!", "?", '"', "\u201d", "\u00bb", ")")
    )


def _sentence_follows(lines: Sequence[Line], index: int) -> bool:
    """Whether the next non-blank line after ``index`` is a sentence."""
    after = next_nonblank(lines, index)
    return after is not None and is_sentence(lines[after].text.strip())


def _is_related(text: str) -> bool:
    try:
        return read_related(text.strip()) is not None
    except TimeoutError:
        return False


def new_article_start(
    current: list[Line], lines: Sequence[Line], index: int, known: dict[str, bool]
) -> int | None:
    """Where in ``current`` a new article starts, if ``lines[index]`` opens one.

    The line must be followed (after at most one blank line) by a byline;
    if it cannot open an article itself it may be the dek of a headline
    right before it. Related-headline bullets right before move along.
    """
    after = next_nonblank(lines, index, limit=1)
    if after is None or not known_byline(lines[after].text, known):
        return None
    if not _sentence_follows(lines, after) or not any(
        is_sentence(line.text.strip()) for line in current
    ):
        return None
    text = lines[index].text.strip()
    if text.startswith(_LIST_MARKS):  # an item of a list of teasers
        return None
    start = len(current)
    if not could_open_article(text):
        previous = _last_nonblank(current, start)
        if previous is None or not could_open_article(current[previous].text.strip()):
            return None
        start = previous
    while True:
        previous = _last_nonblank(current, start)
        if previous is None or not _is_related(current[previous].text):
            break
        start = previous
    return start


def _last_nonblank(current: list[Line], before: int) -> int | None:
    for position in range(before - 1, -1, -1):
        if not is_blank(current[position].text):
            return position
    return None
