"""The plan of a page: its headline, where its main text starts and ends, its section label."""

from __future__ import annotations

import operator
from collections.abc import Sequence

from attrs import frozen

from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.readers import read_residue
from corpusparse.parsing.vocabulary import PAGE_UI_LABELS, SOCIAL_WORDS
from corpusparse.parsing.zones.head_shapes import _BULLETS, _TIE, _reads_as_head_line
from corpusparse.parsing.zones.headline_scores import (
    HEADLINE_WEIGHTS,
    evidence_score,
    headline_features,
    main_words,
)
from corpusparse.parsing.zones.headlines import headline_candidates
from corpusparse.parsing.zones.line_classes import _LENGTH_LOW, _NEAR, LineClass
from corpusparse.parsing.zones.main_text import (
    _extend_body,
    _extracted_opening,
    _inner_chrome,
    _last_of_main_text,
    page_context,
    settle_headline,
)

__all__ = ["PagePlan", "plan_above_comments", "plan_page"]


@frozen
class PagePlan:
    """The zones of a page-like segment, as indexes into its lines.

    Attributes:
        headline: The line chosen as headline.
        head_start: The first of the lines right above the headline that read
            as a byline or time (a date printed over the headline), or the
            headline itself; the lines before it are page chrome.
        body_start: The first line of the main text; lines between the headline
            and it that no head rule claims are page chrome.
        body_end: The last line of the main text; lines after it that would be
            body are page chrome.
        chrome: Lines inside the body judged page chrome (runs of short lines).
        section: The section label or kicker right above the head, or ``None``.
    """

    headline: int
    head_start: int
    body_start: int
    body_end: int
    chrome: frozenset[int]
    section: int | None = None


def plan_page(texts: Sequence[str]) -> PagePlan | None:
    """The zones of a segment's stripped lines, or ``None`` when it is not page-like.

    Examples:
        >>> text = "The storm hit the coast on Monday, the worst the town had seen in years. " * 3
        >>> plan = plan_page(["Menu", "Storm hits the coast", "By Ann Lee", text, text])
        >>> plan.headline, plan.body_start, plan.body_end
        (1, 3, 4)
    """
    context = page_context(texts)
    if context is None:
        return None
    classes, first, last, kinds, keys, dense = context
    window, candidates, fallback = headline_candidates(classes, first, last, dense=dense)
    best: int | None = None
    best_score = 0.0
    echoed = frozenset() if dense else main_words(classes, first)
    evidences: dict[int, float] = {}
    for position in candidates:
        if dense:  # the weights are `EVIDENCE_ONLY`: the weighted sum is the first feature's
            score = evidence_score(classes, position, first, keys, dense)
        else:
            features = headline_features(classes, position, first, keys, dense, echoed, evidences)
            score = sum(map(operator.mul, HEADLINE_WEIGHTS, features))
        if best is None or score > best_score + _TIE:
            best, best_score = position, score
    if best is None:
        best = fallback
    headline = settle_headline(classes, window, best, first)
    if headline < first:  # the main text starts at the first good line after the headline
        first = next(
            position
            for position in range(headline + 1, first + 1)
            if classes[position][2] in (LineClass.GOOD, LineClass.NEAR_GOOD)
        )
        if dense:
            first = _extracted_opening(classes, headline, first)
    end = _extend_body(classes, _last_of_main_text(classes, kinds, last, dense), dense)
    chrome = [] if dense else _inner_chrome(classes, first, end)
    head_start = headline
    while head_start > max(0, headline - _NEAR + 1) and _reads_as_head_line(
        classes[head_start - 1][1]
    ):
        head_start -= 1
    return PagePlan(
        headline=classes[headline][0],
        head_start=classes[head_start][0],
        body_start=classes[first][0] if first > headline else classes[headline][0] + 1,
        body_end=classes[end][0],
        chrome=frozenset(classes[position][0] for position in chrome),
        section=_section_label(classes, head_start),
    )


def plan_above_comments(
    texts: Sequence[str], plan: PagePlan, section_start: int
) -> PagePlan | None:
    """The plan of the page above a comment section that its main text runs into at once.

    On a blog page whose comments outweigh the post, the densest run of good
    lines is the comment section: its first comments are read as the head
    and the post above them is lost. When the section opens a few lines into
    the main text, the page above the section is planned on its own, and its
    main text is taken when it outweighs what the first plan's main text
    holds before the section.

    Examples:
        >>> post = "The storm hit the coast on Monday, the worst the town had seen. " * 4
        >>> note = "I was there that night and the wind was louder than anything. " * 6
        >>> texts = ["Storm hits the coast", post, "Comments", "Ann says:", note, "Ben says:", note]
        >>> plan = PagePlan(headline=2, head_start=2, body_start=3, body_end=6, chrome=frozenset())
        >>> plan_above_comments(texts, plan, 4).body_start
        1
    """
    if not plan.body_start < section_start < plan.body_end:
        return None
    opening = _long_lines_weight(texts, plan.body_start, section_start)
    if opening > _MAX_OPENING:
        return None
    above = plan_page(texts[:section_start])
    if above is None or not above.headline < above.body_start <= above.body_end:
        return None
    if _long_lines_weight(texts, above.body_start, above.body_end + 1) <= _OUTWEIGH * opening:
        return None
    return above


_MAX_OPENING = 1000
"""The most characters (of long lines) a main text may hold before a comment section that
opens in it and still be a misread comment section."""

_OUTWEIGH = 2


def _long_lines_weight(texts: Sequence[str], start: int, end: int) -> int:
    """The characters of the lines ``start`` to ``end - 1`` that are too long to be short."""
    return sum(len(text) for text in texts[start:end] if len(text) >= _LENGTH_LOW)


_MAX_SECTION_WORDS = 4
_MAX_SECTION = 40


def _is_label(text: str) -> bool:
    """A few words, no digit, no sentence: the shape of a section label or a menu item."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_SECTION_WORDS
        and len(text) <= _MAX_SECTION
        and not has_digit(text)
        and not text.startswith(_BULLETS)
        and not text.endswith((".", ",", ";", ":", "!", "?", "|"))
        and any(char.isalpha() for char in text)
    )


def _is_section_shaped(text: str) -> bool:
    """A label that names a section: one word, or words a person's name would not have.

    Two or three capitalised words alone read as a name (a byline above the
    headline), a dot as a domain, a ``›`` as a breadcrumb.
    """
    if not _is_label(text) or text.casefold() in PAGE_UI_LABELS:
        return False
    if text.startswith("#") or any(mark in text for mark in (".", "›", ">", "»", "@", "/")):
        return False
    words = text.split()
    return len(words) == 1 or any(
        not word[:1].isupper() or word in ("&", ",") or word.endswith(",") for word in words
    )


def _section_label(classes: Sequence[tuple[int, str, str]], head_start: int) -> int | None:
    """The line index of the kicker or section label printed right above the head, if any.

    A label of a few words that is not residue, not a time and not a byline,
    standing alone: the line above it is no label too, since the last item of
    a menu looks the same.
    """
    if head_start == 0:
        return None
    text = classes[head_start - 1][1]
    if not _is_section_shaped(text) or read_residue(text) is not None:
        return None
    if _reads_as_head_line(text):
        return None
    if all(word.strip(":|·•") in SOCIAL_WORDS for word in text.casefold().split()):
        return None
    above = classes[head_start - 2][1] if head_start > 1 else ""
    if len(above) <= _MAX_SECTION and len(above.split()) <= _MAX_SECTION_WORDS:
        return None  # a menu's last item (or the first line of the text)
    return classes[head_start - 1][0]
