"""Quiet comments: evidence of a thread that no head or header of its own shows.

Whole-page shapes that say the lines under them are readers' even when each
comment speaks as quietly as the post above: a count printed under every
comment (a commenter's own total), a thread far longer than its post.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from corpusparse.parsing.comments.items import SectionStart
from corpusparse.parsing.comments.marks import header_kind
from corpusparse.parsing.comments.names import _PROSE, _ui_kind
from corpusparse.parsing.comments.voice import _PLAIN_TEXT, _no_prose
from corpusparse.parsing.patterns import COMMENT_INVITATION

__all__ = []

_PER_COMMENT = 3
"""Fewest printings of one count line (its digits aside) that make it a line
printed under every comment rather than the header of a section."""


def _count_key(text: str) -> str:
    """A count line without its digits, case-folded (``Total Comments ()``)."""
    return "".join(ch for ch in text.casefold() if not ch.isdigit())


def _per_comment_counts(texts: Sequence[str], headers: Sequence[tuple[int, str]]) -> set[int]:
    """The count headers printed under every comment: a commenter's own total.

    A thread may print under each comment the number of comments its author
    has written (``Total Comments (12)``): the shape of a count header, over
    and over, with a comment's text between two printings. When one such line
    (its digits aside) stands `_PER_COMMENT` times or more and most gaps
    between its printings hold a line of prose (a comment, not the title of
    a related list's entry, which is short), the lines are marks of comments,
    not headers of a section.
    """
    counts = [(index, _count_key(texts[index])) for index, kind in headers if kind == "count"]
    tally = Counter(key for _, key in counts)
    found: set[int] = set()
    for key, times in tally.items():
        if times < _PER_COMMENT:
            continue
        printed = [index for index, other in counts if other == key]
        spoken = sum(
            1
            for a, b in itertools.pairwise(printed)
            if any(_prose_line(texts[k]) for k in range(a + 1, b))
        )
        if spoken * 2 >= len(printed) - 1:
            found.update(printed)
    return found


def _prose_line(text: str) -> bool:
    """Whether a line is a comment's prose: `_PROSE` characters or more, a sentence
    (ending in a full stop, a question or an exclamation mark, not an ellipsis that
    cuts a title short), in sentence case (a third of its words in lower case, where
    a title capitalises them), no list item, code or chrome."""
    end = text.rstrip("\"'”’)")
    words = text.split()
    return (
        len(text) >= _PROSE
        and end.endswith((".", "!", "?"))
        and not end.endswith(("..", "…"))
        and 3 * sum(word[:1].islower() for word in words) >= len(words)
        and not _no_prose(text)
        and _ui_kind(text) is None
    )


def _earlier(
    texts: Sequence[str], cadence: SectionStart | None, tail: SectionStart | None
) -> SectionStart | None:
    """A cadence of voices, or the change of voice (`_voice_tail`) above it: the readers
    who speak before their voices recur are the first comments of the thread, when
    their lines run into the cadence as plain prose (no chrome, no call to comment
    between, which would end the article or open the thread itself). A change of
    voice in the first third of the text is one only where its readers name the
    author or each other (`_reader_tail`)."""
    if cadence is None:
        return tail
    if (
        tail is not None
        and tail.index < cadence.index
        and all(_plain_prose(texts[k]) for k in range(tail.index, cadence.index) if texts[k])
    ):
        return tail
    return cadence


def _plain_prose(text: str) -> bool:
    """A line of prose that is no chrome, no header and no call to comment."""
    return (
        _ui_kind(text) is None
        and header_kind(text) is None
        and COMMENT_INVITATION.search(text[:400]) is None
    )


_QUOTE_OPENERS = "“\"„«‘'"
"""Marks that open a quotation."""

_ELLIPSIS = "…."
"""What may stand before a quotation's opening mark (``…“``)."""

_QUOTED_RUN = 6
"""Fewest words of the post that a reader's quotation repeats in a row."""

_QUOTE_TRIES = 4
"""Most cut quotations `_quoted_reply` compares with the lines above them."""

_QUOTED_FROM = 2
"""A reader's quotation of the post stands in the last (1 - 1/this) of the lines."""


def _run_words(text: str) -> list[str]:
    """The case-folded words of a line, letters and digits only."""
    return [word for word in "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()]


def _quoted_reply(texts: Sequence[str], floor: int) -> int | None:
    """Where a reader quotes the post back in an extractor's text, or ``None``.

    A reader answers a phrase of the post by quoting it (``“…a ride that will
    thrill every fan of the genre”``, then the reply): a line in the second half
    of the text that opens with a quotation cut out of a sentence (a quotation
    mark and an ellipsis, `_fragment_quote`; an article that repeats its own
    quotes repeats whole sentences) and repeats `_QUOTED_RUN` words or more in a
    row of a line of the main text above it, though it is no copy of that line.
    When every line from it to the end is prose, the comments start there.
    """
    n = len(texts)
    lines = [k for k in range(floor, n) if texts[k]]
    if len(lines) < 4 or (n - floor - len(lines)) * _PLAIN_TEXT > len(lines):
        return None
    lowest = max(floor + 2, n // _QUOTED_FROM)
    tries = 0
    for j, k in enumerate(lines):
        if k < lowest or not _fragment_quote(texts[k]):
            continue
        if _quotes_above(texts, lines, j):
            return None if any(_no_prose(texts[i]) for i in lines[j:]) else k
        tries += 1
        if tries >= _QUOTE_TRIES:
            break  # each try reads the lines above: a few only, in linear time
    return None


def _fragment_quote(text: str) -> bool:
    """Whether a line opens with a quotation cut out of a sentence: a quotation mark
    and an ellipsis, either way round (``“…a ride``, ``...“a ride``)."""
    if text[:1] in _QUOTE_OPENERS:
        return text[1:].lstrip()[:1] in _ELLIPSIS
    if text[:1] in _ELLIPSIS:
        return text.lstrip(_ELLIPSIS + " ")[:1] in _QUOTE_OPENERS
    return False


def _quotes_above(texts: Sequence[str], lines: Sequence[int], j: int) -> bool:
    """Whether ``lines[j]`` opens with a quotation of a line above it, anywhere in the
    text (`_quoted_reply`)."""
    text = texts[lines[j]]
    if len(text) > _PROSE * 20 or not _fragment_quote(text):
        return False
    words = _run_words(text)
    if len(words) < _QUOTED_RUN:
        return False
    runs = {tuple(words[i : i + _QUOTED_RUN]) for i in range(len(words) - _QUOTED_RUN + 1)}
    for above in texts[: lines[j]]:
        if above == texts[lines[j]]:
            return False  # a line printed twice, no quotation
        said = _run_words(above)
        if any(
            tuple(said[i : i + _QUOTED_RUN]) in runs for i in range(len(said) - _QUOTED_RUN + 1)
        ):
            return True
    return False
