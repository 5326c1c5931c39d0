"""Comments past the end of an extractor's main text: one signed one, replies under a Reply."""

from __future__ import annotations

from collections.abc import Sequence

from corpusparse.parsing.comments.names import _PROSE, _ui_kind
from corpusparse.parsing.comments.voice import _PLAIN_TEXT, _SIGN_OFF, _TAIL_FROM, _no_prose
from corpusparse.parsing.vocabulary import COMMENT_DELIMITERS, residue_key

__all__ = []

_AFTER_WINDOW = 12
"""How many non-blank lines past the end of the main text `_after_main` looks at."""


def _extracted(texts: Sequence[str]) -> bool:
    """Whether a text is an extractor's: hardly a blank line between its lines (fewer
    than one for every `_PLAIN_TEXT` non-blank ones, and one more allowed)."""
    filled = [k for k, text in enumerate(texts) if text]
    if not filled:
        return False
    blanks = filled[-1] - filled[0] + 1 - len(filled)
    return (blanks - 1) * _PLAIN_TEXT <= len(filled)


def _after_main(texts: Sequence[str], weight: Sequence[int], main_end: int) -> int | None:
    """Where a lone comment starts past the end of a page's main text, or ``None``.

    The zone stage ends an extractor's main text (one paragraph a line) before
    the lines that no longer read as its own; when one strong comment mark (a
    name and a time, a ``Posted by`` signature: `_strength` 2) stands among the
    first of them, next to a line of prose (its text), and the other lines are
    prose (`_PROSE` characters or more) or chrome, they are a section of one
    comment, which no header or recurring mark announces. It starts at the
    first line past the main text that is no chrome. Two marks or more (a
    listing of dated posts), a mark with no prose beside it (a tag line over a
    date), short lines (a file's details), a list or code are no such comment.
    """
    n = len(texts)
    lines = [k for k in range(max(0, main_end + 1), n) if texts[k]]
    if not lines or not _extracted(texts):
        return None
    marks = [j for j, k in enumerate(lines) if weight[k] >= 4]
    if len(marks) != 1 or marks[0] >= _AFTER_WINDOW:
        return None
    j = marks[0]
    plain = [k for k in lines if weight[k] == 0 and _ui_kind(texts[k]) is None]
    if not set(lines[max(0, j - 1) : j + 3]).intersection(plain):
        return None  # no comment text next to the mark
    if any(len(texts[k]) < _PROSE or _no_prose(texts[k]) for k in plain):
        return None
    return next((k for k in lines if _ui_kind(texts[k]) is None), None)


def _lone_delimiter(texts: Sequence[str], floor: int) -> int | None:
    """Where the comments of an extractor's text begin above their first ``Reply`` line.

    A thread whose heads the extractor dropped keeps the line printed under
    every comment (`COMMENT_DELIMITERS`: ``Reply``, ``ReplyDelete``). When the
    first such line stands past the first third of the main text, under a
    line of prose and over prose or chrome only, the line above it is the
    first comment (the delimiter says so, even of the last paragraph) and
    the section starts there.
    """
    n = len(texts)
    lines = [k for k in range(floor, n) if texts[k]]
    if len(lines) < 3 or (n - floor - len(lines)) * _PLAIN_TEXT > len(lines):
        return None
    first = next(
        (
            j
            for j, k in enumerate(lines)
            if len(texts[k]) <= 100 and residue_key(texts[k].strip("[]() ")) in COMMENT_DELIMITERS
        ),
        None,
    )
    if first is None or first == 0 or lines[first] < max(floor + 1, n // _TAIL_FROM):
        return None
    above = texts[lines[first - 1]]
    if _no_prose(above) or _ui_kind(above) is not None or len(above) < _SIGN_OFF:
        return None
    if any(_no_prose(texts[k]) and _ui_kind(texts[k]) is None for k in lines[first:]):
        return None
    return lines[first - 1]
