"""Every fixture text parses into exactly its hand-written expected records.

``tests/fixtures/<family>/<name>.txt`` holds a text as real sites print it and
``<name>.json`` beside it the list of `corpusparse.article_record` records
expected for it, every field included. Files named ``near_miss_*`` hold text
that looks like a variant but must stay body text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import corpusparse

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEXTS = sorted(FIXTURES.glob("*/*.txt"))
FAMILIES = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())


def _expected(path: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(path.with_suffix(".json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("path", TEXTS, ids=[f"{p.parent.name}/{p.stem}" for p in TEXTS])
def test_fixture_records(path: Path) -> None:
    doc = corpusparse.parse_file(path)
    records = [corpusparse.article_record(article) for article in doc.articles]
    assert records == _expected(path)


@pytest.mark.parametrize("path", TEXTS, ids=[f"{p.parent.name}/{p.stem}" for p in TEXTS])
def test_fixture_model_json_round_trip(path: Path) -> None:
    doc = corpusparse.parse_file(path)
    assert corpusparse.from_json(corpusparse.to_json(doc), corpusparse.Document) == doc


def test_enough_fixtures_with_a_near_miss_per_family() -> None:
    assert len(TEXTS) >= 60
    assert len(FAMILIES) >= 8
    for family in FAMILIES:
        names = [path.stem for path in TEXTS if path.parent.name == family]
        assert any(name.startswith("near_miss") for name in names), family
        assert all(path.with_suffix(".json").is_file() for path in TEXTS)
