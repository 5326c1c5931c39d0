"""Stage 1 of the pipeline: split a text into numbered lines.

Only ``\\r\\n``, ``\\r`` and ``\\n`` end a line. `str.splitlines` would also
split on form feeds, ``\\x1c``-``\\x1e``, ``\\x85`` and the Unicode line and
paragraph separators, which crawled text carries inside ordinary lines.
"""

from __future__ import annotations

from itertools import count, repeat
from typing import NamedTuple

from corpusparse.parsing.patterns import LINE_BREAK

__all__ = [
    "Line",
    "is_blank",
    "numbered_lines",
    "split_lines",
    "split_lines_keepends",
]


class Line(NamedTuple):
    """One source line: its 1-based number and its text without the line break."""

    number: int
    text: str


def split_lines(text: str) -> list[str]:
    """Split ``text`` into lines without their breaks.

    A final line break does not start another line: ``"a\\n"`` is one line,
    and ``""`` is none.
    """
    if not text:
        return []
    parts = text.split("\n") if "\r" not in text else LINE_BREAK.split(text)
    if parts[-1] == "":
        parts.pop()
    return parts


def numbered_lines(text: str) -> list[Line]:
    """`split_lines`, each line numbered from 1 as a `Line`.

    Built with ``tuple.__new__`` mapped over the parts, which makes the same
    `Line` tuples as ``Line(number, text)`` without a Python call per line.
    """
    return list(map(tuple.__new__, repeat(Line), zip(count(1), split_lines(text))))


def split_lines_keepends(text: str) -> list[str]:
    """Split ``text`` into lines, each keeping its own line break.

    ``"".join(split_lines_keepends(text)) == text`` for every string.
    """
    pieces: list[str] = []
    start = 0
    for match in LINE_BREAK.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def is_blank(text: str) -> bool:
    """Whether a line holds nothing but white space."""
    return not text or text.isspace()
