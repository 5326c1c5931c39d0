"""Stage 2 of the pipeline: cut the lines of a text into article segments.

Articles bundled in one text are separated by runs of two or more blank lines,
by separator lines (``* * *``, ``---``), by a site name printed above each
article, or by a new headline whose next line is a byline while the article
before already had one. Real pages are one article with many short lines, so
a cut needs strong evidence: after a blank run, a headline printed again soon
after or a byline, time, dateline or caption in its head (`confirms_article`);
after a separator, the same evidence (a rule alone is none: pages draw rules
inside articles); after a site name, a sentence of body; after a byline cut,
a sentence on both sides. Runs of thin segments (teaser lists: a headline, a
byline and one line of summary, again and again) are put back together.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from corpusparse.model import NOWHERE, BoilerplateKind
from corpusparse.parsing.lines import Line, is_blank
from corpusparse.parsing.recognize import (
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
    "Cut",
    "confirms_article",
    "could_open_article",
    "cut",
    "find_mastheads",
    "is_sentence",
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
        after = _next_nonblank(lines, index)
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
        after = _next_nonblank(lines, position)
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
    after = _next_nonblank(lines, index)
    return after is not None and is_sentence(lines[after].text.strip())


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
            if after is None or (
                could_open_article(lines[after].text.strip()) and confirms_article(lines, after)
            ):
                close()
                between.append((line, BoilerplateKind.SEPARATOR))
                continue
        if (
            current
            and blanks >= MIN_SEPARATING_BLANKS
            and could_open_article(text)
            and confirms_article(lines, index)
        ):
            close()
        elif (
            current
            and has_byline
            and not (text.startswith(BYLINE_OPENERS) and _is_byline(text, bylines))
        ):
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
        if not has_byline and text.startswith(BYLINE_OPENERS) and _is_byline(text, bylines):
            has_byline = True  # (the opener test is `_is_byline`'s first, without the call)
    close()
    return Cut(_merge_teaser_runs(segments, lines), between)


_TEASER_LINES = 8
"""How many lines of a segment's opening `_is_thin` reads."""


def _is_thin(segment: Sequence[Line]) -> bool:
    """Whether a segment opens with at most one sentence: a teaser, not an article.

    Only its first lines count: the last teaser of a list runs on to the page's end.
    """
    sentences = 0
    nonblank = 0
    for line in segment:
        text = line.text.strip()
        if not text:
            continue
        nonblank += 1
        if nonblank > _TEASER_LINES:
            break
        if is_sentence(text):
            sentences += 1
            if sentences > 1:
                return False
    return True


def _merge_teaser_runs(segments: list[list[Line]], lines: Sequence[Line]) -> list[list[Line]]:
    """Put runs of thin segments back into the segment before them.

    A list of teasers (headline, byline, one line of summary, again and again)
    cuts like a bundle, but no article of it has a body: two thin segments in a
    row, with only blank lines between them and the one before, are one list.
    """
    if len(segments) < 3:
        return segments
    thin = [_is_thin(segment) for segment in segments]
    merged = [segments[0]]
    for index in range(1, len(segments)):
        segment = segments[index]
        in_run = thin[index] and (thin[index - 1] or (index + 1 < len(thin) and thin[index + 1]))
        previous = merged[-1]
        gap = lines[previous[-1].number : segment[0].number - 1]  # numbers are 1-based
        if in_run and all(is_blank(line.text) for line in gap):
            merged[-1] = [*previous, *gap, *segment]
        else:
            merged.append(segment)
    return merged


def segment(lines: Sequence[Line]) -> list[list[Line]]:
    """Group ``lines`` into article segments (see `cut`)."""
    return cut(lines).segments
