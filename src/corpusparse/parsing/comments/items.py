"""What the section reader yields: its start, comments, pingbacks, UI lines and line markers."""

from __future__ import annotations

from typing import NamedTuple

from attrs import frozen

from corpusparse.model import Pingback, Timestamp

__all__ = ["CommentItem", "Marker", "PingbackItem", "SectionItem", "SectionStart", "UiItem"]

_CACHE_SIZE = 8192
"""Readings of single lines remembered per process: a section reads each line several times."""


@frozen
class SectionStart:
    """Where a comment section starts.

    Attributes:
        index: The line of the header, or of the first comment when there is no header.
        kind: ``count`` (``52 comments``), ``title`` (``Comments``), ``form``
            (``Leave a Reply``), ``cadence`` (no header: comment marks recur) or
            ``voice`` (no mark at all: the lines from there on read in readers'
            voices, the main text above them does not; `_reader_tail`) or
            ``after`` (past the end of the page's main text, a single comment's
            name and time or signature; `_after_main`).
    """

    index: int
    kind: str


class CommentItem(NamedTuple):
    """One comment of the section.

    Attributes:
        author: The commenter, or ``None`` when the section prints none.
        posted: When it was posted, or ``None``.
        text: The comment's text lines joined with ``\\n`` (head and signature left out).
        reply_to: The commenter it answers (``In reply to B.``, a leading ``@B``), or ``None``.
        first: The index of its first line (head, or first text line).
        last: The index of its last line (last text line, or signature).
        lines: The indices of every non-blank line it holds, head and signature included.
        marks: The indices of its head or signature lines.
        kind: Always ``comment``.
    """

    author: str | None
    posted: Timestamp | None
    text: str
    reply_to: str | None
    first: int
    last: int
    lines: tuple[int, ...]
    marks: tuple[int, ...]
    kind: str = "comment"


@frozen
class PingbackItem:
    """A ``Pingback:`` line of the section.

    Attributes:
        index: Its line.
        pingback: The pingback read (title and site).
        kind: Always ``pingback``.
    """

    index: int
    pingback: Pingback
    kind: str = "pingback"


@frozen
class UiItem:
    """A line of chrome between or after the comments.

    Attributes:
        index: Its line.
        kind: ``header`` (the section header), ``comment_ui`` (``Reply``, ``Permalink``,
            counters), ``comment_title`` (a thread title line with a score), ``form``
            (``Leave a Reply``, ``Name *``), ``separator``, another `BoilerplateKind`
            value for other residue (``share``, ``navigation`` ...), or ``after``:
            a line after the section ended (a sidebar or footer).
    """

    index: int
    kind: str


SectionItem = CommentItem | PingbackItem | UiItem
"""What `read_comments` returns: a comment, a pingback or a chrome line."""


class Marker(NamedTuple):
    """A comment head or signature read from one line or two.

    Attributes:
        author: The commenter, or ``None`` for a time alone.
        posted: The time, or ``None`` for a name alone (``— Ann Lee``, ``Ann Lee says:``).
        lines: How many lines it takes (1 or 2).
        cue: ``head`` when its shape says a text follows (``says:``), ``signature``
            when it says a text came before (``Posted by:``, ``— Ann Lee``), else ``any``.
        reply_to: The commenter answered, when the head names one (``A → B``).
    """

    author: str | None
    posted: Timestamp | None
    lines: int
    cue: str
    reply_to: str | None = None


class _Reading(NamedTuple):
    """A `Marker` whose time may still be the text printed: it is read (`_posted`) only
    for the marks of the comments returned, not for every mark a search looks at."""

    author: str | None
    posted: Timestamp | str | None
    lines: int
    cue: str
    reply_to: str | None = None
