"""Fit the weights the zone stage gives a headline candidate's features.

    python benchmarks/train_headline.py --corpus /tmp/realtext-dev

The corpus is one built by ``../shared/realtext/build_dev.py`` (its
``gold.jsonl`` and the texts it names). For every document whose gold names a
headline, the script parses the text as the parser does, takes the first
segment the zone stage plans (when it has blank lines: an extractor's text with
none is scored by its evidence alone), and lists the headline candidates with
`corpusparse.parsing.zones.headline_scores.headline_features`. A candidate is
right when the headline it settles on
(`corpusparse.parsing.zones.main_text.settle_headline`) prints the gold headline.
A conditional logit (one softmax over each page's candidates) is fitted by
gradient descent with an L2 penalty.

It prints, per source, how often the highest-scoring candidate is right with
the weights in the code and with weights fitted on the pages of the *other*
benchmarks (a held-out figure), then the weights fitted on all of them, as the
Python tuple to paste into `HEADLINE_WEIGHTS` (`parsing/zones/headline_scores.py`).
Only shapes are learnt: the features are numbers about a line's length, words
and neighbours, never its words.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
import numpy.typing as npt

import corpusparse
from corpusparse.parsing.readers import read_site_suffix
from corpusparse.parsing.zones import PagePlan, plan_page
from corpusparse.parsing.zones.headline_scores import (
    EVIDENCE_ONLY,
    HEADLINE_FEATURES,
    HEADLINE_WEIGHTS,
    headline_features,
)
from corpusparse.parsing.zones.headlines import headline_candidates
from corpusparse.parsing.zones.main_text import page_context, settle_headline

# The rule table's module, which calls plan_page (the package's `classify` is its function).
blocks = importlib.import_module("corpusparse.parsing.rules.classify")

Features = npt.NDArray[np.float64]
Page = tuple[str, str, Features, npt.NDArray[np.bool_]]  # source, page source, features, right


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().casefold()


def _first_plan_texts(text: str) -> Sequence[str] | None:
    """The stripped lines of the first segment the parser plans as a page."""
    seen: list[Sequence[str]] = []

    def spy(texts: Sequence[str]) -> PagePlan | None:
        plan = plan_page(texts)
        if plan is not None and not seen:
            seen.append(list(texts))
        return plan

    with mock.patch.object(blocks, "plan_page", spy):
        corpusparse.parse(text)
    return seen[0] if seen else None


def _page(texts: Sequence[str], forms: set[str]) -> tuple[Features, npt.NDArray[np.bool_]] | None:
    context = page_context(texts)
    if context is None:
        return None
    classes, first, last, _, keys, dense = context
    window, candidates, _ = headline_candidates(classes, first, last)
    rows: list[tuple[float, ...]] = []
    right: list[bool] = []
    for position in candidates:
        rows.append(headline_features(classes, position, first, keys, dense))
        settled = classes[settle_headline(classes, window, position, first)][1]
        split = read_site_suffix(settled)
        printed = {_norm(settled), _norm(split[0]) if split else ""}
        right.append(bool(printed & forms))
    if not any(right):
        return None
    return np.array(rows, dtype=np.float64), np.array(right, dtype=np.bool_)


def load(corpus: Path) -> list[Page]:
    """The candidate features of every page whose gold headline is among its candidates."""
    pages: list[Page] = []
    for line in (corpus / "gold.jsonl").open(encoding="utf-8"):
        gold: dict[str, Any] = json.loads(line)
        if not gold.get("headline"):
            continue
        text = (corpus / gold["file"]).read_text(encoding="utf-8")
        texts = _first_plan_texts(text)
        if texts is None:
            continue
        forms = {_norm(gold["headline"])} | {_norm(alt) for alt in gold.get("headline_alts", [])}
        page = _page(texts, forms)
        context = page_context(texts)
        if page is not None and context is not None and not context[-1]:
            pages.append((gold["source"], gold["page_source"], *page))
    return pages


def fit(pages: Sequence[Page], l2: float = 0.02, steps: int = 600, rate: float = 0.3) -> Features:
    """Weights maximising the mean log-probability of each page's right candidates."""
    weights = np.array(EVIDENCE_ONLY, dtype=np.float64)
    for _ in range(steps):
        gradient = -l2 * weights
        for _, _, features, right in pages:
            scores = features @ weights
            chances = np.exp(scores - scores.max())
            chances /= chances.sum()
            target = right / right.sum()
            gradient += features.T @ (target - chances) / len(pages)
        weights += rate * gradient
    return np.asarray(weights)


def accuracy(pages: Sequence[Page], weights: Features) -> float:
    """The share of pages whose highest-scoring candidate is right."""
    if not pages:
        return float("nan")
    return sum(
        bool(right[int(np.argmax(features @ weights))]) for _, _, features, right in pages
    ) / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a built dev corpus")
    arguments = parser.parse_args()
    pages = load(arguments.corpus)
    current = np.array(HEADLINE_WEIGHTS, dtype=np.float64)
    print(f"{len(pages)} pages with the gold headline among their candidates")
    print(f"{'source':18} {'pages':>6} {'weights in code':>16} {'held out':>9}")
    fitted = {
        origin: fit([page for page in pages if page[1] != origin])
        for origin in sorted({page[1] for page in pages})
    }
    for source in sorted({page[0] for page in pages}):
        inside = [page for page in pages if page[0] == source]
        held_out = fitted[inside[0][1]]  # fitted on the pages of the other benchmarks
        print(
            f"{source:18} {len(inside):6} {accuracy(inside, current):16.3f}"
            f" {accuracy(inside, held_out):9.3f}"
        )
    weights = fit(pages)
    before, after = accuracy(pages, current), accuracy(pages, weights)
    print(f"all: weights in code {before:.3f}, fitted {after:.3f}")
    print("HEADLINE_WEIGHTS: tuple[float, ...] = (")
    for name, weight in zip(HEADLINE_FEATURES, weights, strict=True):
        print(f"    {weight:.3f},  # {name}")
    print(")")


if __name__ == "__main__":
    main()
