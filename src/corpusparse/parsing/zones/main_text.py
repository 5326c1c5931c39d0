"""The main text of a page: its densest run of running text, where it ends, its inner chrome."""

from __future__ import annotations

import collections
import functools
from collections.abc import Sequence

from corpusparse.parsing.dates import find_full_date
from corpusparse.parsing.readers import (
    comparison_key,
    is_legal_line,
    is_related_block_header,
    read_residue,
)
from corpusparse.parsing.zones.head_shapes import _MAX_HEADLINE, _reads_as_head_line
from corpusparse.parsing.zones.headlines import _above_its_dek, _without_site_printing
from corpusparse.parsing.zones.line_classes import (
    _LENGTH_HIGH,
    _LENGTH_LOW,
    _LIST_MARKS,
    _MAX_REMEMBERED_CLASS,
    _READINGS_CACHE,
    _RUNNING,
    LineClass,
    _classify_long_line,
    _remembered_class,
)

__all__ = []

_MAX_GAP = 6
"""How many non-blank lines that are not good may stand between two good lines of one run."""

_MIN_CHROME_RUN = 5


def _main_run(
    classes: Sequence[tuple[int, str, str]], kinds: tuple[str, ...], least: int = 0
) -> tuple[int, int] | None:
    """The positions (into ``classes``) of the first and last line of the densest run.

    The run is of lines of ``kinds``, with few other lines between them, and
    must weigh (in characters) more than ``least``.
    """
    best: tuple[int, int] | None = None
    best_weight = least
    start = -1
    last = -1
    weight = 0
    for position, (_, text, kind) in enumerate(classes):
        if kind not in kinds:
            continue
        if start < 0 or position - last > _MAX_GAP + 1:
            start, weight = position, 0
        weight += len(text)
        last = position
        if weight > best_weight:
            best, best_weight = (start, last), weight
    return best


_GOOD = (LineClass.GOOD,)
_MIN_NEAR_GOOD_RUN = 2 * _LENGTH_HIGH
"""Characters a run of near-good lines needs to be a page's main text when no line is good."""

_Classes = list[tuple[int, str, str]]


def page_context(
    texts: Sequence[str],
) -> tuple[_Classes, int, int, tuple[str, ...], dict[str, int], bool] | None:
    """What `plan_page` reads a segment by, or ``None`` when it is not page-like.

    The non-blank lines as ``(index, text, class)``, the first and last
    position of the main text, the line classes it is made of, how often each
    line is printed (by `comparison_key`), and whether the text has no blank
    line at all (an extractor's output, which opens with its headline).
    """
    short = LineClass.SHORT  # classify_line of each line, without the call
    remembered, longest = _remembered_class, _MAX_REMEMBERED_CLASS
    classes = [
        (
            index,
            text,
            short
            if (size := len(text)) < _LENGTH_LOW
            else remembered(text)
            if size <= longest
            else _classify_long_line(text),
        )
        for index, text in enumerate(texts)
        if text
    ]
    kinds: tuple[str, ...] = _GOOD
    main = _main_run(classes, kinds)
    if main is None:  # a page of medium-length paragraphs only
        kinds = _RUNNING
        main = _main_run(classes, kinds, _MIN_NEAR_GOOD_RUN)
    if main is None:
        return None
    keys: dict[str, int] = collections.Counter(
        [
            # comparison_key's own shortcut (a line with single spaces only), without the call
            text.strip().casefold()
            if "  " not in text and text.isprintable()
            else comparison_key(text)
            for _, text, _ in classes
            if len(text) <= _MAX_HEADLINE
        ]
    )
    return classes, main[0], main[1], kinds, keys, all(texts[: classes[-1][0]])


def settle_headline(
    classes: Sequence[tuple[int, str, str]], window: range, best: int | None, first: int
) -> int:
    """Where the headline stands when ``best`` is the line chosen (line 0 when none is).

    A headline printed twice stands at its first printing; ``Title - Site``
    above ``Title`` gives way to the plain printing, and a standfirst chosen
    for its byline to the title above it.
    """
    headline = best if best is not None else 0
    if best is not None:
        key = comparison_key(classes[best][1])
        headline = next(
            position
            for position in (0, *range(window.start, best + 1))
            if comparison_key(classes[position][1]) == key
        )
    return _above_its_dek(classes, _without_site_printing(classes, headline, first))


def _extracted_opening(classes: Sequence[tuple[int, str, str]], headline: int, first: int) -> int:
    """Where an extractor's main text starts: at its first good line ``first``, or higher up.

    The first line that opens running text (`_opens_extracted_text`) below the
    headline and below the last byline, time or dateline above ``first`` starts
    it (the head lines stay the head's).
    """
    top = headline + 1
    for position in range(first - 1, headline, -1):
        if _reads_as_head_line(classes[position][1]):
            top = position + 1
            break
    for position in range(top, first):
        _, text, kind = classes[position]
        if _opens_extracted_text(text, kind):
            return position
    return first


def _opens_extracted_text(text: str, kind: str) -> bool:
    """In an extractor's text, a line under the headline that opens the main text.

    An extractor keeps the article's first paragraphs, which may be too short or
    hold too few stopwords to be good lines: any line of some length, or a
    sentence, opens the main text. Not a list item or a table row (a list of
    related links over the article) and not residue.
    """
    if text.startswith((*_LIST_MARKS, "|")) or read_residue(text) is not None:
        return False
    return kind != LineClass.SHORT or _is_running_text(text, kind)


def _is_running_text(text: str, kind: str) -> bool:
    """Near-good or good, a sentence or a list item of some words: what a body holds."""
    if kind == LineClass.GOOD or kind == LineClass.NEAR_GOOD:
        return True
    words = len(text.split())
    if text.startswith(_LIST_MARKS) and words > _MIN_ITEM_WORDS and not _is_title_cased(text):
        return True
    if text.startswith("|") and text.count("|") >= _MIN_TABLE_BARS:  # a table row
        return True
    return words >= _MIN_SENTENCE_WORDS and text.endswith(_SENTENCE_ENDS)


_MIN_ITEM_WORDS = 4
_MIN_TABLE_BARS = 3

_MIN_SENTENCE_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u00bb")


def _is_title_cased(text: str) -> bool:
    """Whether most words open with a capital: a linked headline, not a sentence."""
    words = [word for word in text.split() if word[:1].isalpha()]
    capitals = sum(1 for word in words if word[:1].isupper())
    return len(words) > 1 and capitals >= _TITLE_CASE_SHARE * len(words)


_TITLE_CASE_SHARE = 0.7


def _last_of_main_text(
    classes: Sequence[tuple[int, str, str]], kinds: tuple[str, ...], last: int, dense: bool
) -> int:
    """The last good line of the main text: the densest run's, or a later good line's.

    On a flattened page the main text goes on past images, subheadings and
    lists, but not past a line that ends an article: residue (a share bar, a
    newsletter prompt, comment UI, a related list's header) or a footer's
    legal line. An extractor's text (``dense``) holds little chrome, and runs
    to its last good line.
    """
    end = last
    for position in range(last + 1, len(classes)):
        _, text, kind = classes[position]
        if kind in kinds:
            end = position
        elif not dense and _ends_article(text) and not _label_amid_text(classes, kinds, position):
            break
    return end


def _ends_article(text: str) -> bool:
    """Residue, a related list's header or a legal line: what ends a flattened article."""
    return len(text) < _LENGTH_LOW and _short_line_ends_article(text)


@functools.lru_cache(maxsize=_READINGS_CACHE)
def _short_line_ends_article(text: str) -> bool:
    """`_ends_article` of a short line, remembered: `_label_amid_text` asks about the
    lines around each one, and `_extend_body` about the lines `_last_of_main_text` read."""
    return read_residue(text) is not None or is_legal_line(text) or is_related_block_header(text)


_AMID = 3
_GOOD_AFTER = 4
_LOOK_AFTER = 12
"""A label with no other residue within ``_AMID`` lines, and ``_GOOD_AFTER`` good
lines among the ``_LOOK_AFTER`` after it, stands amid the text (an ad's label)."""


def _label_amid_text(
    classes: Sequence[tuple[int, str, str]], kinds: tuple[str, ...], position: int
) -> bool:
    """Whether the residue line at ``position`` is a lone label with running text under it."""
    near = range(max(0, position - _AMID), min(len(classes), position + _AMID + 1))
    if any(k != position and _ends_article(classes[k][1]) for k in near):
        return False
    after = classes[position + 1 : position + 1 + _LOOK_AFTER]
    return sum(1 for _, _, kind in after if kind in kinds) >= _GOOD_AFTER


def _extend_body(classes: Sequence[tuple[int, str, str]], last: int, dense: bool = False) -> int:
    """The body's last position: the last good line, then running text after it.

    One short line between running text (a subheading) does not end it; a
    footer's legal line does, and so does a line that ends an article (residue,
    a related list's header) unless running text follows it at once. In an
    extractor's text (``dense``), whose lists and tables are the article's own,
    the body also runs on through list items and table rows of any length, up
    to `_DENSE_GAP` short lines (headings) above them; a list item that ends
    with a full date is a related post's, not the body's.
    """
    end = last
    gap = _DENSE_GAP if dense else _GAP
    position = last + 1
    while position < len(classes):
        _, text, kind = classes[position]
        if is_legal_line(text):
            break
        running = _is_running_text(text, kind)
        if (dense and _is_list_or_row(text)) or (running and position - end <= _GAP + 1):
            end = position
        elif (
            running
            or position - end > gap
            or (_ends_article(text) and not _runs_on(classes, position + 1))
        ):
            break
        position += 1
    return end


def _runs_on(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """Whether the line at ``position`` is running text (past the end: no)."""
    if position >= len(classes):
        return False
    _, text, kind = classes[position]
    return _is_running_text(text, kind)


_GAP = 1
"""How many short lines in a row may stand between running text of a body (a subheading)."""

_DENSE_GAP = 3
"""How many short lines in a row may stand above a list or table of an extractor's text."""


def _is_list_or_row(text: str) -> bool:
    """A list item or a table row, whatever its length: what a body's lists and tables hold."""
    if text.startswith(_LIST_MARKS):
        return len(text) > 2 and not (text[-1:].isdigit() and find_full_date(text) is not None)
    return text.startswith("|") and text.endswith("|") and text.count("|") >= _MIN_ROW_BARS


_MIN_ROW_BARS = 2


def _is_chrome_shaped(text: str, kind: str) -> bool:
    """A line of a link list or share bar: short or bad, and no sentence."""
    if _is_running_text(text, kind):
        return False
    return not text.endswith((".", "!", "?", '"', "\u201d", ":"))


def _inner_chrome(classes: Sequence[tuple[int, str, str]], first: int, last: int) -> list[int]:
    """Positions inside the main text that are runs of chrome-shaped lines."""
    chrome: list[int] = []
    run: list[int] = []
    for position in range(first, last + 1):
        _, text, kind = classes[position]
        if kind not in _RUNNING and _is_chrome_shaped(text, kind):  # running text is no chrome
            run.append(position)
            continue
        if len(run) >= _MIN_CHROME_RUN:
            chrome += run
        run = []
    if len(run) >= _MIN_CHROME_RUN:
        chrome += run
    return chrome
