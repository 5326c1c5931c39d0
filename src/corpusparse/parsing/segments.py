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
from typing import NamedTuple

from corpusparse.model import BoilerplateKind
from corpusparse.parsing.article_starts import (
    MIN_SEPARATING_BLANKS,
    confirms_article,
    could_open_article,
    find_mastheads,
    is_sentence,
    known_byline,
    new_article_start,
    next_nonblank,
)
from corpusparse.parsing.lines import Line, is_blank
from corpusparse.parsing.readers import BYLINE_OPENERS, is_separator

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


class Cut(NamedTuple):
    """The segments of a text and the lines between them that belong to no article.

    Attributes:
        segments: The article segments, in order.
        between: Separator and site-name lines between articles, with their kind.
    """

    segments: list[list[Line]]
    between: list[tuple[Line, BoilerplateKind]]


def _separates_articles(lines: Sequence[Line], index: int) -> bool:
    """Whether the separator line at ``index`` ends the text or opens an article."""
    after = next_nonblank(lines, index)
    if after is None:
        return True
    return could_open_article(lines[after].text.strip()) and confirms_article(lines, after)


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
        if is_separator(text) and _separates_articles(lines, index):
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
            and not (text.startswith(BYLINE_OPENERS) and known_byline(text, bylines))
        ):
            start = new_article_start(current, lines, index, bylines)
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
        if not has_byline and text.startswith(BYLINE_OPENERS) and known_byline(text, bylines):
            has_byline = True  # (the opener test is `known_byline`'s first, without the call)
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
