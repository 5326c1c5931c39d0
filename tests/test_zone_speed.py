"""The shortcuts of the zone stage (issue #16, speed) change no plan."""

from __future__ import annotations

import operator

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusparse.parsing.readers import (
    comparison_key,
    is_legal_line,
    is_related_block_header,
    read_residue,
)
from corpusparse.parsing.zones import headline_scores, line_classes, main_text
from corpusparse.parsing.zones.headlines import headline_candidates
from corpusparse.parsing.zones.line_classes import LineClass, classify_line

# Invented lines in the shapes of a flattened page: menus, titles, head lines, residue,
# running text of several lengths, list items and table rows.
PAGE_LINES = st.sampled_from(
    [
        "",
        "Home",
        "World News",
        "Sign up for our newsletter",
        "Share this article",
        "Related Articles",
        "© 2024 The Example Ledger. All rights reserved.",
        "Comments",
        "Storm hits the northern coast overnight",
        "Storm hits the northern coast overnight",
        "Council votes to rebuild the old harbour wall",
        "Council votes to rebuild the old harbour wall - The Example Ledger",
        "By Ann Lee",
        "Ann Lee",
        "March 3, 2024",
        "Posted on March 3, 2024 by Bo Chan",
        "Updated: 2024-03-04 10:32",
        "5 min read",
        "- A list item that names a few of the things the council will do",
        "• Another list item",
        "| one | two | three |",
        "Photo: Ann Lee / Example Agency",
        "The storm hit the coast on Monday, and the town was not ready for it at all.",
        "It was the worst that the people of the town had seen in many years, they said. " * 3,
        "The council met again on Tuesday to talk about what it would do with the wall. " * 2,
        "A short sentence of some words in it.",
        "Wind Rain Coast Harbour Council Town Storm Wall Night Morning Tide Boat Road",
    ]
)
PAGES = st.lists(PAGE_LINES, min_size=1, max_size=40)
ODD_PAGES = st.lists(
    st.one_of(PAGE_LINES, st.text(alphabet=st.sampled_from("aB ß\u00a0\t\u2009.-|\n"))),
    min_size=1,
    max_size=20,
)


@settings(max_examples=200, deadline=None)
@given(PAGES, st.booleans())
def test_the_evidence_score_is_the_evidence_only_weighted_sum(
    texts: list[str], dense: bool
) -> None:
    """An extractor's text scores its candidates by `evidence_score` alone: the weighted
    sum of the features by `EVIDENCE_ONLY` equals it (no ordering of candidates changes)."""
    context = main_text.page_context(texts)
    if context is None:
        return
    classes, first, last, _, keys, _ = context
    _, candidates, _ = headline_candidates(classes, first, last)
    for position in {*candidates, *range(min(first + 1, len(classes)))}:
        features = headline_scores.headline_features(classes, position, first, keys, dense)
        weighted = sum(map(operator.mul, headline_scores.EVIDENCE_ONLY, features))
        slow = sum(
            weight * value
            for weight, value in zip(headline_scores.EVIDENCE_ONLY, features, strict=True)
        )
        fast = headline_scores.evidence_score(classes, position, first, keys, dense)
        assert fast == weighted == slow == features[0]


@settings(max_examples=200, deadline=None)
@given(st.one_of(PAGES, ODD_PAGES))
def test_the_page_context_classes_and_counts_as_before(texts: list[str]) -> None:
    """`page_context` classes every line as `classify_line` does and counts its printings
    by `comparison_key`."""
    context = main_text.page_context(texts)
    if context is None:
        return
    classes, _, _, _, keys, _ = context
    assert classes == [
        (index, text, classify_line(text)) for index, text in enumerate(texts) if text
    ]
    counted: dict[str, int] = {}
    for text in texts:
        if text and len(text) <= main_text._MAX_HEADLINE:
            counted[comparison_key(text)] = counted.get(comparison_key(text), 0) + 1
    assert dict(keys) == counted


@given(st.one_of(PAGE_LINES, st.text(max_size=80)))
def test_a_remembered_article_end_equals_a_fresh_reading(text: str) -> None:
    fresh = len(text) < line_classes._LENGTH_LOW and (
        read_residue(text) is not None or is_legal_line(text) or is_related_block_header(text)
    )
    assert main_text._ends_article(text) == fresh


@given(st.one_of(PAGE_LINES, st.text(max_size=80)), st.sampled_from(line_classes._RUNNING))
def test_running_text_is_never_chrome_shaped(text: str, kind: str) -> None:
    """`_inner_chrome` skips good and near-good lines without asking `_is_chrome_shaped`."""
    assert not main_text._is_chrome_shaped(text, kind)
    assert kind in (LineClass.GOOD, LineClass.NEAR_GOOD)


def _class_by_density(text: str) -> str:
    """`classify_line` as jusText classes a block, by `stopword_density`."""
    size, density = len(text), line_classes.stopword_density(text)
    if size < line_classes._LENGTH_LOW:
        return LineClass.SHORT
    if density >= line_classes._STOPWORDS_HIGH and size >= line_classes._LENGTH_HIGH:
        return LineClass.GOOD
    if density >= line_classes._STOPWORDS_LOW:
        return LineClass.NEAR_GOOD if size < line_classes._LENGTH_HIGH else LineClass.GOOD
    return LineClass.BAD


@given(st.one_of(PAGE_LINES, st.text(min_size=60, max_size=400)))
def test_a_line_class_is_read_by_its_stopword_density(text: str) -> None:
    assert line_classes._classify_long_line(text) == classify_line(text) or len(text) < 70
    assert classify_line(text) == _class_by_density(text)
