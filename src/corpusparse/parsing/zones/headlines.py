"""The headline of a page: its candidates, and the one settled on."""

from __future__ import annotations

from collections.abc import Sequence

from corpusparse.parsing.readers import is_reading_time, read_credit_line, read_residue
from corpusparse.parsing.vocabulary import TABLE_OF_CONTENTS_HEADERS, residue_key
from corpusparse.parsing.zones.head_shapes import (
    _HEAD_WINDOW,
    _HEADLINE_WINDOW,
    _first_running_pair,
    _has_full_date,
    _is_caption_like,
    _is_label_list,
    _is_name_over_date,
    _is_title_shaped,
    _reads_as_head_line,
    _word_count,
)
from corpusparse.parsing.zones.headline_scores import _MIN_HEADLINE_WORDS, _SITE_SEPARATORS
from corpusparse.parsing.zones.line_classes import _NEAR, _RUNNING, LineClass

__all__ = []


def _above_its_dek(classes: Sequence[tuple[int, str, str]], headline: int) -> int:
    """The line above when the chosen line is running text under a shorter title: its dek.

    A long standfirst right above the byline has the byline's evidence; the
    headline is the title-like line over it.
    """
    if headline == 0 or classes[headline][2] not in _RUNNING:
        return headline
    above = classes[headline - 1][1]
    words = _word_count(above)
    if (
        classes[headline - 1][2] == LineClass.SHORT
        and words >= _MIN_HEADLINE_WORDS
        and len(above) < len(classes[headline][1])
        and _is_title_shaped(above)
        and not above[:1].islower()
        and not _is_label_list(above)
        and read_residue(above) is None
        and not _is_caption_like(classes, headline - 1)
        and not _reads_as_head_line(above)
    ):
        return headline - 1
    return headline


def _without_site_printing(
    classes: Sequence[tuple[int, str, str]], headline: int, first: int
) -> int:
    """The headline's plain printing when the chosen line is it with more after it.

    Pages print ``Title - Site`` (the document title) above ``Title``, and
    inline elements run together print ``Title Posted by A on DATE``.
    """
    text = classes[headline][1]
    for position in range(max(0, headline - _NEAR + 1), headline):
        plain = classes[position][1]
        if (
            len(plain) < len(text)
            and len(plain.split()) >= _MIN_HEADLINE_WORDS - 1
            and text.casefold().endswith(" " + plain.casefold())
        ):
            return position  # the headline, then it again after a word or two
    for position in range(headline + 1, min(headline + _HEAD_WINDOW, first + 1, len(classes))):
        plain = classes[position][1]
        if len(plain) >= len(text):
            continue
        if len(plain.split()) >= _MIN_HEADLINE_WORDS - 1 and text.casefold().endswith(
            " " + plain.casefold()
        ):
            return position  # a kicker or a number run together with the headline
        if text[: len(plain)].casefold() != plain.casefold():
            continue
        rest = text[len(plain) :]
        if rest.startswith(_SITE_SEPARATORS) or _reads_as_head_line(rest.strip()):
            return position
    return headline


def headline_candidates(
    classes: Sequence[tuple[int, str, str]],
    first: int,
    last: int | None = None,
    *,
    dense: bool = False,
) -> tuple[range, list[int], int | None]:
    """The window of positions a headline is looked for in, the lines in it that may be one,
    and the title over its date to fall back on when no line may.

    The headline stands above the first running text, not only above the
    densest run (which starts at ``first`` and ends at ``last``). A notice
    or promo may open the main text above the head, but only when the main
    text goes on below the head. The first running pair may also be a one-off
    line over the head and its dek (`_past_one_off_line`); an extractor's text
    (``dense``) opens with its head, and its pairs are its article's.
    """
    opening, second = _first_running_pair(classes, first)
    stop = min(opening + 1, first)
    if opening == first:  # a notice or promo opening the main text, then the head
        below = min(first + _NEAR + 1, len(classes) - 1, len(classes) if last is None else last)
        stop = next(
            (
                position + 1
                for position in range(first + 1, below)
                if classes[position][2] == LineClass.SHORT
                and _is_title_shaped(classes[position][1])
                and _reads_as_head_line(classes[position + 1][1])
            ),
            stop,
        )
    elif opening < first and not dense:
        stop = min(_past_one_off_line(classes, opening, second), first)
    window = range(max(0, opening - _HEADLINE_WINDOW), stop)
    candidates: list[int] = []
    fallback: int | None = None
    contents = _table_of_contents(classes, window)
    for position in (0, *window) if window.start else window:
        text = classes[position][1]
        if not _is_title_shaped(text) or read_residue(text) is not None:
            continue
        if position in contents:
            continue  # an item of a table of contents (printed again as a subheading)
        if is_reading_time(text):
            continue  # "Lesezeit: 2 Minuten" over the text is no title
        if read_credit_line(text) is not None:
            continue  # "Photo: Ann Lee/Agency" under a picture is no title
        if _reads_as_head_line(text) or _is_caption_like(classes, position):
            continue
        if _is_name_over_date(classes, position) or _has_full_date(text):
            if fallback is None:  # a title over its date, when no other line is one
                fallback = position
            continue
        candidates.append(position)
    return window, candidates, fallback


def _past_one_off_line(classes: Sequence[tuple[int, str, str]], opening: int, second: int) -> int:
    """Where the headline window stops when the first running pair is ``opening`` and
    ``second``: past ``opening``, or further when the pair is a one-off line over a head.

    An article opens with paragraphs: when the pair's second line is of middle
    length, not a paragraph, the pair may be a caption, a tagline or a notice
    over the head, then the headline or its dek. The lines between the two are
    then in the window, and so is the second line itself unless the first may be
    the headline (a title over its dek) or the second is sentences (a paragraph).
    """
    if classes[second][2] != LineClass.NEAR_GOOD:
        return opening + 1  # two paragraphs: the article's opening
    text = classes[opening][1]
    if _is_title_shaped(text) and not _is_caption_like(classes, opening):
        return second  # the headline and its dek, or a tagline over the head
    if _is_sentences(classes[second][1]):
        return second  # a tagline over the head, then the dek or a short paragraph
    return second + 1


def _is_sentences(text: str) -> bool:
    """Whether a line holds a sentence's end before its own end, or trails off: running
    text, not a headline printed at middle length."""
    return text.endswith(("…", "...")) or any(
        text[index + 2 : index + 3].isupper() for index in _sentence_breaks(text)
    )


def _sentence_breaks(text: str) -> list[int]:
    """The indexes of ``. ``, ``! `` and ``? `` inside ``text`` (found with `str.find`,
    not a loop over its characters)."""
    breaks: list[int] = []
    for mark in (". ", "! ", "? "):
        index = text.find(mark, 0, len(text) - 1)
        while index >= 0:
            breaks.append(index)
            index = text.find(mark, index + 1, len(text) - 1)
    return sorted(breaks)


def _table_of_contents(classes: Sequence[tuple[int, str, str]], window: range) -> frozenset[int]:
    """The positions of the items of each table of contents in ``window``: the lines right
    under a header such as ``Contents`` or ``Inhalt``, up to the first blank line."""
    items: set[int] = set()
    for position in window:
        if residue_key(classes[position][1]) not in TABLE_OF_CONTENTS_HEADERS:
            continue
        item = position + 1
        while item < len(classes) and classes[item][0] == classes[item - 1][0] + 1:
            items.add(item)
            item += 1
    return frozenset(items)
