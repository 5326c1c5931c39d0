"""Source spans: the 1-based, inclusive line ranges every element carries."""

from __future__ import annotations

from array import array
from typing import Protocol

from attrs import field, frozen

__all__ = ["NOWHERE", "HasSpan", "Span", "line_offsets", "span_field"]


@frozen(order=True)
class Span:
    """A 1-based, inclusive range of source lines.

    Attributes:
        start: First line of the range.
        end: Last line of the range (``end >= start``).
    """

    start: int
    end: int

    def __contains__(self, line: object) -> bool:
        return isinstance(line, int) and self.start <= line <= self.end

    def __len__(self) -> int:
        return self.end - self.start + 1 if self.start else 0

    @property
    def numbers(self) -> range:
        """The line numbers in the range."""
        return range(self.start, self.end + 1) if self.start else range(0)


NOWHERE = Span(0, 0)
"""The span of an element that was built by hand rather than parsed."""


def span_field() -> Span:
    """The ``span`` field of an element: `NOWHERE` by default, never part of equality."""
    return field(default=NOWHERE, eq=False, kw_only=True)


def line_offsets(text: str) -> array[int]:
    """Where each line of ``text`` starts, and then ``len(text)``.

    Line ``n`` (1-based) is ``text[offsets[n - 1] : offsets[n]]``, its break
    included. Only ``\\r\\n``, ``\\r`` and ``\\n`` end a line, as in
    `corpusparse.parsing.lines.split_lines`: `str.splitlines` also ends one at a form
    feed, ``\\x85`` or a Unicode line separator, so a piece it cuts there is
    joined to the next.

    Examples:
        >>> list(line_offsets("a\\r\\nb\\x0cc\\rd"))
        [0, 3, 7, 8]
    """
    offsets = array("q", [0])
    end = 0
    for piece in text.splitlines(keepends=True):
        end += len(piece)
        if piece[-1] in "\r\n":
            offsets.append(end)
    if offsets[-1] != len(text):
        offsets.append(len(text))
    return offsets


class HasSpan(Protocol):
    """Anything with a source `Span`."""

    @property
    def span(self) -> Span: ...
