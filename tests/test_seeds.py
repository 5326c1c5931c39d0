"""Every article of every seed equals its gold record, field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import corpusparse
from conftest import GOLD, SEEDS

SEED_NAMES = sorted(path.stem for path in SEEDS.glob("*.txt"))


def _gold(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((GOLD / f"{name}.json").read_text("utf-8"))
    return data


def _project(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Keep only the gold fields (records may add fields of their own)."""
    out: dict[str, Any] = {}
    for key, value in gold.items():
        got = record[key]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            got = [{k: item[k] for k in value[0]} for item in got]
        out[key] = got
    return out


def test_there_are_three_seeds_with_gold() -> None:
    assert len(SEED_NAMES) == 3
    for name in SEED_NAMES:
        assert (GOLD / f"{name}.json").is_file()


@pytest.mark.parametrize("name", SEED_NAMES)
def test_article_count_matches_gold(name: str) -> None:
    doc = corpusparse.parse_file(SEEDS / f"{name}.txt")
    assert len(doc.articles) == len(_gold(name))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_field_matches_gold(name: str) -> None:
    doc = corpusparse.parse_file(SEEDS / f"{name}.txt")
    for article, gold in zip(doc.articles, _gold(name), strict=True):
        record = corpusparse.article_record(article)
        projected = _project(record, gold)
        for key in gold:
            assert projected[key] == gold[key], f"{name}: field {key!r}"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seeds_parse_without_defects(name: str) -> None:
    doc = corpusparse.parse_file(SEEDS / f"{name}.txt", strict=True)
    assert doc.defects == ()


@pytest.mark.parametrize("name", SEED_NAMES)
def test_model_json_round_trip(name: str) -> None:
    doc = corpusparse.parse_file(SEEDS / f"{name}.txt")
    again = corpusparse.from_json(corpusparse.to_json(doc), corpusparse.Document)
    assert again == doc
    assert again.articles[0].span == doc.articles[0].span
    assert again.source == doc.source


def test_caption_printings_are_located(seed_paths: list[Path]) -> None:
    doc = corpusparse.parse_file(seed_paths[0])
    caption = doc.articles[0].captions[0]
    assert [span.start for span in caption.spans] == [3, 4, 10, 11]
    assert doc.articles[0].headline is not None
    assert [span.start for span in doc.articles[0].headline.repeats] == [8]
