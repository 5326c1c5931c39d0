"""datatrove and Hugging Face datasets run corpusparse: the records equal the command's.

The real libraries run here, with no mocks: datatrove's `LocalPipelineExecutor`
(JSON Lines reader, the corpusparse step, JSON Lines writer) on two tasks in
two worker processes over a temporary folder, and ``Dataset.map`` with
``num_proc=2`` on an in-memory dataset. What they produce is compared, record
by record, with what ``corpusparse parse`` writes for the same JSON Lines
files. The texts are the seeds and a few written here by hand.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")  # the datatrove and datasets extras are part of the dev install
pytest.importorskip("datasets")

import datasets
from datatrove.data import Document as TroveDocument
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from conftest import ROOT
from corpusparse import article_record, parse
from corpusparse.formats.fields import ARTICLE_FIELDS, DOCUMENT_FIELDS
from corpusparse.integrations import article_fields
from corpusparse.integrations.datasets import features, parse_batch, parse_dataset
from corpusparse.integrations.datatrove import ParseNews

HAND_WRITTEN = [
    "Bridge reopens after repairs\n\nBy Ada Quill and Tomas Brede\n"
    "PORTVALE (Wirewire) - The old bridge opened again on Monday.\n"
    "Drivers queued from dawn.\n\nComments\n\nMira Fenn says:\nAbout time.\n",
    "Orchard fair draws a crowd\n\nThe fair ran all weekend.\n\n\n"
    "Library adds late hours\n\nBy Jon Pell\nThe library now closes at ten.\n",
    "",
    "Head\nBody.\nPingback: a post without a site\n",  # a defect: an error in strict mode
    "   \n\n",
]
SEEDS = [path.read_text("utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
TEXTS = SEEDS + HAND_WRITTEN


def _write_inputs(folder: Path) -> list[Path]:
    """The texts as two JSON Lines files (so that two datatrove tasks each read one)."""
    folder.mkdir()
    paths = [folder / "part-a.jsonl", folder / "part-b.jsonl"]
    for number, path in enumerate(paths):
        with path.open("w", encoding="utf-8") as handle:
            for index, text in enumerate(TEXTS):
                if index % 2 == number:
                    record = {"id": f"doc-{index}", "text": text, "lang": "en"}
                    handle.write(json.dumps(record) + "\n")
    return paths


def _command(paths: list[Path], out: Path, *options: str) -> list[dict[str, Any]]:
    command = [sys.executable, "-m", "corpusparse", "parse", *map(str, paths), "-o", str(out)]
    subprocess.run(
        [*command, "-q", *options],
        check=False,  # exit code 1 in strict mode: some documents are error rows
    )
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _write_inputs(tmp_path_factory.mktemp("integrations") / "in")


@pytest.fixture(scope="module")
def command_articles(inputs: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """The command's article rows, by record id, in order."""
    out = inputs[0].parent.parent / "command-articles.jsonl"
    found: dict[str, list[dict[str, Any]]] = {}
    for row in _command(inputs, out):
        found.setdefault(row["meta"]["id"], []).append(row)
    return found


@pytest.fixture(scope="module")
def command_documents(inputs: list[Path]) -> dict[str, dict[str, Any]]:
    """The command's document rows, by record id."""
    out = inputs[0].parent.parent / "command-documents.jsonl"
    return {row["meta"]["id"]: row for row in _command(inputs, out, "--per", "document")}


def _read_by_datatrove(record_ids: Any) -> list[str]:
    """The ids datatrove's reader passes on: it skips a record whose text is empty."""
    return sorted(i for i in record_ids if TEXTS[int(i.split("-")[1].split("/")[0])])


def _body(row: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """A command row without its origin (``source``, ``line``, ``meta``)."""
    return {key: row[key] for key in keys if key in row}


ARTICLE_KEYS = [item.key for item in ARTICLE_FIELDS]
DOCUMENT_KEYS = [item.key for item in DOCUMENT_FIELDS]


# ------------------------------------------------------------------------ datatrove


def _pipeline(inputs: list[Path], tmp_path: Path, step: ParseNews) -> list[dict[str, Any]]:
    """Run reader -> step -> writer on 2 tasks in 2 processes; the written records."""
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(inputs[0].parent), compression=None),
            step,
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    rows = []
    for path in sorted((tmp_path / "out").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return rows


def _step_stats(tmp_path: Path) -> dict[str, Any]:
    """The corpusparse step's stats in datatrove's merged ``stats.json``."""
    merged = json.loads((tmp_path / "logs" / "stats.json").read_text("utf-8"))
    (found,) = [entry for entry in merged if "corpusparse" in entry["name"]]
    # a metric is a number (its total) when it is 0 or was only ever counted by ones
    return {
        key: value["total"] if isinstance(value, dict) else value
        for key, value in found["stats"].items()
    }


def test_datatrove_per_document_equals_the_command(
    inputs: list[Path], command_documents: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    rows = _pipeline(inputs, tmp_path, ParseNews())
    assert sorted(row["id"] for row in rows) == _read_by_datatrove(command_documents)
    for row in rows:
        expected = _body(command_documents[row["id"]], DOCUMENT_KEYS)
        assert row["metadata"]["corpusparse"] == expected, row["id"]
        assert row["metadata"]["lang"] == "en"
    stats = _step_stats(tmp_path)
    assert stats["documents"] == len(rows)
    assert stats["articles"] == sum(len(r["articles"]) for r in command_documents.values())
    assert stats["defects"] == sum(len(r["defects"]) for r in command_documents.values())
    assert stats["defects"] > 0


def test_datatrove_per_article_equals_the_command(
    inputs: list[Path], command_articles: dict[str, list[dict[str, Any]]], tmp_path: Path
) -> None:
    step = ParseNews(per="article", replace_text=True, drop_empty=True)
    rows = _pipeline(inputs, tmp_path, step)
    expected = {
        f"{record_id}/{index}": row
        for record_id, found in command_articles.items()
        for index, row in enumerate(found)
    }
    assert sorted(row["id"] for row in rows) == _read_by_datatrove(expected)
    for row in rows:
        command_row = expected[row["id"]]
        assert row["metadata"]["corpusparse"] == _body(command_row, ARTICLE_KEYS), row["id"]
        assert row["text"] == "\n".join(command_row["body"])
    stats = _step_stats(tmp_path)
    assert stats["articles"] == len(rows) == stats["forwarded"]
    assert stats["dropped"] == stats["no_article"] > 0


def test_datatrove_strict_keeps_and_counts_bad_documents(
    inputs: list[Path], command_documents: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    strict_rows = _command(inputs, tmp_path / "strict.jsonl", "--per", "document", "--strict")
    command_errors = {row["meta"]["id"]: row for row in strict_rows if "error" in row}
    assert command_errors
    rows = _pipeline(inputs, tmp_path, ParseNews(strict=True, fields=["headline", "body"]))
    assert sorted(row["id"] for row in rows) == _read_by_datatrove(command_documents)
    for row in rows:
        record = row["metadata"]["corpusparse"]
        if row["id"] in command_errors:
            error = command_errors[row["id"]]
            assert record == {"error": error["error"], "message": error["message"]}
        else:
            assert [set(article) for article in record["articles"]] == [
                {"headline", "body"} for _ in record["articles"]
            ]
    stats = _step_stats(tmp_path)
    assert stats["errors"] == stats["error_defect"] == len(command_errors)


def test_datatrove_step_keeps_a_document_without_text() -> None:
    step = ParseNews(per="article")
    docs = [TroveDocument(text=None, id="x", metadata={"k": 1}), TroveDocument(text="", id="y")]  # type: ignore[arg-type]
    out = list(step.run(iter(docs)))
    assert [doc.id for doc in out] == ["x", "y"]
    assert out[0].metadata == {
        "k": 1,
        "corpusparse": {"error": "no_text", "message": "the document's text is null"},
    }
    assert out[1].metadata == {"corpusparse": None}
    assert step.stats["errors"].total == step.stats["error_no_text"].total == 1


def test_datatrove_step_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="no article field 'title'"):
        ParseNews(fields=["headline", "title"])
    with pytest.raises(ValueError, match="per must be"):
        ParseNews(per="page")  # type: ignore[arg-type]


# ------------------------------------------------------------------------- datasets


@pytest.fixture(scope="module")
def dataset() -> datasets.Dataset:
    rows = [{"id": f"doc-{i}", "text": text, "lang": "en"} for i, text in enumerate(TEXTS)]
    return datasets.Dataset.from_list(rows)


def test_datasets_per_article_equals_the_command(
    dataset: datasets.Dataset, command_articles: dict[str, list[dict[str, Any]]]
) -> None:
    parsed = parse_dataset(dataset, num_proc=2, batch_size=3)
    assert parsed.features == features(dataset.features)
    assert list(parsed.features) == ["id", "lang", *ARTICLE_KEYS, "error", "message"]
    expected = [
        {"id": record_id, "lang": "en", **{key: row.get(key) for key in ARTICLE_KEYS}}
        for record_id in dataset["id"]
        for row in command_articles.get(record_id, [])
    ]
    got = [{k: v for k, v in row.items() if k not in ("error", "message")} for row in parsed]
    assert got == expected
    assert set(parsed["error"]) == {None}


def test_datasets_per_document_equals_the_command(
    dataset: datasets.Dataset, command_documents: dict[str, dict[str, Any]]
) -> None:
    parsed = parse_dataset(dataset, per="document", num_proc=2, batch_size=3)
    assert len(parsed) == len(dataset)
    for row in parsed:
        command_row = command_documents[row["id"]]
        # Arrow structs hold every key: a field the JSON record leaves out is null
        articles = [{key: a.get(key) for key in ARTICLE_KEYS} for a in command_row["articles"]]
        assert row["articles"] == articles
        assert row["boilerplate"] == command_row["boilerplate"]
        assert row["defects"] == command_row["defects"]


def test_datasets_map_with_the_function_and_features(dataset: datasets.Dataset) -> None:
    """The documented call: map(parse_batch, batched=True, ...), a null text an error row."""
    with_null = datasets.Dataset.from_list(
        [{"id": "n", "text": None, "lang": "en"}, *dataset.to_list()[:3]],
        features=dataset.features,
    )
    keep = ["headline", "authors", "body"]
    parsed = with_null.map(
        parse_batch,
        batched=True,
        num_proc=2,
        fn_kwargs={"fields": keep},
        remove_columns=with_null.column_names,
        features=features(with_null.features, fields=keep),
    )
    assert list(parsed.features) == ["id", "lang", *keep, "error", "message"]
    first = parsed[0]
    assert first == {
        "id": "n",
        "lang": "en",
        "headline": None,
        "authors": None,
        "body": None,
        "error": "no_text",
        "message": "column 'text' is null",
    }
    expected = [
        {key: article_record(article)[key] for key in keep}
        for text in with_null["text"][1:]
        for article in parse(text).articles
    ]
    assert [{key: row[key] for key in keep} for row in parsed][1:] == expected


def test_datasets_strict_rows_are_errors(dataset: datasets.Dataset) -> None:
    parsed = parse_dataset(dataset, per="document", strict=True)
    errors = [row for row in parsed if row["error"] is not None]
    assert errors and {row["error"] for row in errors} == {"defect"}
    assert all(row["articles"] is None for row in errors)


def test_datasets_clashing_column_is_refused() -> None:
    clashing = datasets.Dataset.from_dict({"text": ["a"], "headline": ["b"]})
    with pytest.raises(ValueError, match="'headline'"):
        parse_dataset(clashing)


def test_outputs_follow_the_field_table() -> None:
    """Every article field reaches both integrations with no list kept here."""
    assert list(features(per="article"))[: len(ARTICLE_FIELDS)] == ARTICLE_KEYS
    assert [item.key for item in article_fields()] == ARTICLE_KEYS
    step = ParseNews()
    (doc,) = step.run(iter([TroveDocument(text="Rain\n\nIt rained.", id="1")]))
    assert list(doc.metadata["corpusparse"]) == DOCUMENT_KEYS


def test_import_corpusparse_needs_neither_library() -> None:
    code = (
        "import sys, corpusparse, corpusparse.integrations\n"
        "assert not {'datatrove', 'datasets'} & set(sys.modules), sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
