"""Stage 2 of the pipeline: cut the lines of a text into article segments.

Articles bundled in one text are separated by runs of two or more blank lines.
A run that is followed by something that cannot open an article (a long
sentence ending in a full stop, say) does not separate: the text after it is
kept with the article before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpusparse.lines import Line, is_blank

__all__ = ["MIN_SEPARATING_BLANKS", "could_open_article", "segment"]

MIN_SEPARATING_BLANKS = 2
"""How many blank lines in a row separate two bundled articles."""

_MAX_HEADLINE_LENGTH = 300


def could_open_article(text: str) -> bool:
    """Whether a stripped line could be the first line of an article."""
    return len(text) <= _MAX_HEADLINE_LENGTH and not text.endswith((".", ",", ";", ":"))


def segment(lines: Sequence[Line]) -> list[list[Line]]:
    """Group ``lines`` into article segments.

    Each segment runs from a non-blank line to a non-blank line; blank runs
    between segments belong to none.
    """
    segments: list[list[Line]] = []
    current: list[Line] = []
    blanks = 0
    for line in lines:
        if is_blank(line.text):
            blanks += 1
            if current:
                current.append(line)
            continue
        if current and blanks >= MIN_SEPARATING_BLANKS and could_open_article(line.text.strip()):
            del current[len(current) - blanks :]
            segments.append(current)
            current = []
        blanks = 0
        current.append(line)
    if current:
        if blanks:
            del current[len(current) - blanks :]
        segments.append(current)
    return segments
