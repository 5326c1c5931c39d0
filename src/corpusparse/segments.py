"""Stage 2 of the pipeline: cut the lines of a text into article segments.

Articles bundled in one text are separated by runs of two or more blank lines,
by separator lines (``* * *``, ``---``), by a site name printed above each
article, or by a new headline whose next line is a byline while the article
before already had one. A run or separator that is followed by something that
cannot open an article (a long sentence ending in a full stop, say) does not
separate: the text after it is kept with the article before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from corpusparse.lines import Line, is_blank
from corpusparse.models import BoilerplateKind
from corpusparse.recognize import (
    BYLINE_OPENERS,
    is_separator,
    is_widget,
    read_byline,
    read_related,
    read_residue,
)

__all__ = [
    "MIN_SEPARATING_BLANKS",
    "Cut",
    "could_open_article",
    "cut",
    "find_mastheads",
    "segment",
]

MIN_SEPARATING_BLANKS = 2
"""How many blank lines in a row separate two bundled articles."""

_MAX_HEADLINE_LENGTH = 300


def could_open_article(text: str) -> bool:
    """Whether a stripped line could be the first line of an article."""
    return len(text) <= _MAX_HEADLINE_LENGTH and not text.endswith((".", ",", ";", ":"))


class Cut(NamedTuple):
    """The segments of a text and the lines between them that belong to no article.

    Attributes:
        segments: The article segments, in order.
        between: Separator and site-name lines between articles, with their kind.
    """

    segments: list[list[Line]]
    between: list[tuple[Line, BoilerplateKind]]


_MAX_MASTHEAD_LENGTH = 60
_MIN_MASTHEAD_GAP = 3


def _next_nonblank(lines: Sequence[Line], index: int, limit: int | None = None) -> int | None:
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
        after = _next_nonblank(lines, position)
        if after is None:
            return set()
        text = lines[after].text.strip()
        if text == name or text in following or not could_open_article(text):
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


def _is_byline(text: str, known: dict[str, bool]) -> bool:
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


def _is_related(text: str) -> bool:
    try:
        return read_related(text.strip()) is not None
    except TimeoutError:
        return False


def _new_article_start(
    current: list[Line], lines: Sequence[Line], index: int, known: dict[str, bool]
) -> int | None:
    """Where in ``current`` a new article starts, if ``lines[index]`` opens one.

    The line must be followed (after at most one blank line) by a byline;
    if it cannot open an article itself it may be the dek of a headline
    right before it. Related-headline bullets right before move along.
    """
    after = _next_nonblank(lines, index, limit=1)
    if after is None or not _is_byline(lines[after].text, known):
        return None
    text = lines[index].text.strip()
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


def cut(lines: Sequence[Line]) -> Cut:
    """Group ``lines`` into article segments and the lines between them.

    Each segment runs from a non-blank line to a non-blank line; blank runs
    between segments belong to none.
    """
    mastheads = find_mastheads(lines)
    segments: list[list[Line]] = []
    between: list[tuple[Line, BoilerplateKind]] = []
    current: list[Line] = []
    pending: list[Line] = []  # blank lines after `current`, kept if a line follows
    blanks = 0
    has_byline = False
    bylines: dict[str, bool] = {}  # byline answers by text: pages repeat lines

    def close() -> None:
        nonlocal current, blanks, has_byline
        while current and is_blank(current[-1].text):
            current.pop()
        if current:
            segments.append(current)
        current = []
        blanks = 0
        has_byline = False

    for index, line in enumerate(lines):
        if not line.text or line.text.isspace():  # is_blank, without the call
            blanks += 1
            if current:
                pending.append(line)
            continue
        text = line.text.strip()
        if index in mastheads:
            close()
            between.append((line, BoilerplateKind.MASTHEAD))
            continue
        if is_separator(text):
            after = _next_nonblank(lines, index)
            if after is None or could_open_article(lines[after].text.strip()):
                close()
                between.append((line, BoilerplateKind.SEPARATOR))
                continue
        if current and blanks >= MIN_SEPARATING_BLANKS and could_open_article(text):
            close()
        elif current and has_byline and not _is_byline(text, bylines):
            start = _new_article_start(current, lines, index, bylines)
            if start is not None:
                moved = current[start:]
                current = current[:start]
                close()
                current = moved
        blanks = 0
        if pending:
            if current:  # blank lines inside a segment; those before a cut are dropped
                current += pending
            pending.clear()
        current.append(line)
        if not has_byline and _is_byline(text, bylines):
            has_byline = True
    close()
    return Cut(segments, between)


def segment(lines: Sequence[Line]) -> list[list[Line]]:
    """Group ``lines`` into article segments (see `cut`)."""
    return cut(lines).segments
