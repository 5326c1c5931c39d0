"""benchmarks/accuracy.py: its figures, tables and set-up errors, on hand-made rows.

The rows are shaped like the per-document rows of the realtext scorer's
``--json`` output, with invented sources and numbers; no corpus is needed.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("accuracy", module)
    spec.loader.exec_module(module)
    return module


accuracy = _load()


def rows_of(*specs: tuple[str, str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Scorer rows: id, source folder, style, split flag, then the given figures."""
    return [
        {"id": f"doc{n}", "source": source, "style": style, "split": False, **figures}
        for n, (source, style, figures) in enumerate(specs)
    ]


# Two invented sources, each in two styles. "alpha" has headlines, bodies and
# comments; "beta" has headlines, authors, dates and must-not-have snippets.
ROWS = rows_of(
    ("alpha-full", "full", {"headline_exact": True, "body_f1": 0.5, "comments_f1": 0.25}),
    ("alpha-full", "full", {"headline_exact": False, "body_f1": 1.0, "comments_f1": 0.75}),
    ("beta-full", "full", {"headline_exact": False, "authors_match": True, "split": True}),
    ("beta-full", "full", {"published_match": False, "body_without": 0.5, "leak": 0.2}),
    ("alpha-traf", "traf", {"headline_exact": True, "body_f1": 0.9, "leak": 0.0}),
    ("beta-traf", "traf", {"headline_exact": True, "authors_match": False, "body_f1": None}),
)


def test_pooled_averages_only_the_rows_that_have_the_field() -> None:
    full = accuracy.pooled([r for r in ROWS if r["style"] == "full"])
    assert full["headline_exact"] == pytest.approx(1 / 3)
    assert full["body_f1"] == pytest.approx(0.75)
    assert full["comments_f1"] == pytest.approx(0.5)
    assert full["authors_match"] == 1.0
    assert full["published_match"] == 0.0
    assert full["body_without"] == 0.5
    assert full["split"] == pytest.approx(25.0)  # one document of four, in percent
    traf = accuracy.pooled([r for r in ROWS if r["style"] == "traf"])
    assert traf["body_f1"] == pytest.approx(0.9)  # the None is left out, as eval.py does
    assert traf["comments_f1"] is None
    assert traf["split"] == 0.0
    assert accuracy.pooled([])["body_f1"] is None


def test_reader_table_has_one_line_per_reader_in_column_order() -> None:
    other = [{**r, "body_f1": 0.0} if "body_f1" in r else r for r in ROWS]
    lines = accuracy.reader_table({"parser": ROWS, "floor": other}, "full")
    headers = [h for h, _, _ in accuracy.COLUMNS]
    assert [line[0] for line in lines] == ["parser", "floor"]
    parser = dict(zip(headers, lines[0][1:], strict=True))
    assert parser == {
        "head=": "0.333",
        "authors": "1.000",
        "date": "0.000",
        "body F1": "0.750",
        "without": "0.500",
        "comm F1": "0.500",
        "leak": "0.200",
        "split %": "25.0",
    }
    assert dict(zip(headers, lines[1][1:], strict=True))["body F1"] == "0.000"


def test_source_table_counts_documents_and_dashes_missing_fields() -> None:
    lines = accuracy.source_table(ROWS)
    assert [line[:2] for line in lines] == [
        ["alpha-full", "2"],
        ["alpha-traf", "1"],
        ["beta-full", "2"],
        ["beta-traf", "1"],
    ]
    beta_traf = dict(zip([h for h, _, _ in accuracy.COLUMNS], lines[3][2:], strict=True))
    assert beta_traf["body F1"] == "—"
    assert beta_traf["head="] == "1.000"


def test_markdown_table_aligns_the_first_column_left_and_the_others_right() -> None:
    text = accuracy.format_table(["reader", "F1"], [["long name", "0.5"]], markdown=True)
    assert text.split("\n") == [
        "| reader    |  F1 |",
        "|:----------|----:|",
        "| long name | 0.5 |",
    ]
    plain = accuracy.format_table(["reader", "F1"], [["x", "0.5"]], markdown=False)
    assert plain.split("\n") == ["reader   F1", "------  ---", "x       0.5"]


def test_report_has_a_table_per_style_then_the_main_reader_per_source() -> None:
    text = accuracy.report({"corpusparse": ROWS, "floor": ROWS[:4]}, markdown=True)
    headings = [line for line in text.split("\n") if line.startswith("### ")]
    assert headings == [
        "### Style `full`: 4 documents",
        "### Style `traf`: 0/2 documents",  # the floor has no traf rows here
        "### corpusparse per source",
    ]
    only_full = accuracy.report({"corpusparse": ROWS}, styles=["full"])
    assert "## Style `full`: 4 documents" in only_full
    assert "traf`" not in only_full


def test_json_figures_hold_every_reader_per_style_and_the_main_reader_per_source() -> None:
    data = accuracy.figures_json(
        {"corpusparse": ROWS, "floor": ROWS[:4]}, about={"commit": "abc1234"}
    )
    assert data["commit"] == "abc1234"
    assert [c["header"] for c in data["columns"]] == [h for h, _, _ in accuracy.COLUMNS]
    full = data["styles"]["full"]
    assert full["documents"] == 4
    assert set(full["readers"]) == {"corpusparse", "floor"}
    assert full["readers"]["corpusparse"]["body_f1"] == pytest.approx(0.75)
    assert data["styles"]["traf"]["readers"]["floor"]["body_f1"] is None
    assert set(data["sources"]) == {"alpha-full", "beta-full", "alpha-traf", "beta-traf"}
    assert data["sources"]["alpha-full"]["documents"] == 2
    assert "traf" not in accuracy.figures_json({"corpusparse": ROWS}, styles=["full"])["styles"]


def test_printed_figures_are_checked_against_eval_py_table() -> None:
    # The first table eval.py prints, reduced to the columns that are compared.
    printed = "\n".join(
        [
            "corpus x · 6 documents",
            "",
            "source        docs  split  head=  authors  date  body_F1  comm_F1   leak",
            "-" * 72,
            "all-full         4      1  0.333    1.000 0.000    0.750    0.500  0.200",
            "all-traf         2      0  1.000    0.000     —    0.900        —  0.000",
            "",
            "n (docs with gold): head=5",
        ]
    )
    groups = accuracy.printed_groups(printed)
    assert groups["all-full"]["body_F1"] == "0.750"
    assert accuracy.mismatches(ROWS, printed) == []
    changed = [{**r, "leak": 0.4} if r.get("leak") else r for r in ROWS]
    assert accuracy.mismatches(changed, printed) == ["all-full leak: eval.py 0.200, here 0.400"]


def test_missing_corpus_says_how_to_build_it(tmp_path: Path) -> None:
    realtext = tmp_path / "realtext"
    with pytest.raises(accuracy.SetupError) as caught:
        accuracy.check_corpus(tmp_path / "corpus", realtext)
    message = str(caught.value)
    assert f"{tmp_path / 'corpus'} does not exist" in message
    assert "build_dev.py --out" in message
    assert str(realtext / "README.md") in message
    (tmp_path / "corpus").mkdir()
    with pytest.raises(accuracy.SetupError, match=r"has no gold\.jsonl"):
        accuracy.check_corpus(tmp_path / "corpus", realtext)
    (tmp_path / "corpus" / "gold.jsonl").write_text("")
    assert accuracy.check_corpus(tmp_path / "corpus") == tmp_path / "corpus"


def test_realtext_is_found_by_option_environment_or_walking_up(tmp_path: Path) -> None:
    shared = tmp_path / "here" / "shared" / "realtext"
    shared.mkdir(parents=True)
    (shared / "eval.py").write_text("")
    repo = tmp_path / "here" / "work" / "repo"
    repo.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere" / "repo"
    elsewhere.mkdir(parents=True)
    assert accuracy.find_realtext(None, {}, repo) == shared
    assert accuracy.find_realtext(None, {accuracy.REALTEXT_ENV: str(shared)}, tmp_path) == shared
    assert accuracy.find_realtext(shared, {}, tmp_path) == shared
    with pytest.raises(accuracy.SetupError, match=r"from --realtext\) has no eval\.py"):
        accuracy.find_realtext(tmp_path, {}, repo)
    with pytest.raises(accuracy.SetupError, match=r"CORPUSPARSE_REALTEXT\) has no eval\.py"):
        accuracy.find_realtext(None, {accuracy.REALTEXT_ENV: str(repo)}, repo)
    with pytest.raises(accuracy.SetupError, match=r"no shared/realtext/eval\.py in any folder"):
        accuracy.find_realtext(None, {}, elsewhere)


def test_kept_peer_predictions_must_be_newer_than_gold_and_script(tmp_path: Path) -> None:
    gold, script, cache = tmp_path / "gold.jsonl", tmp_path / "peer.py", tmp_path / "kept.jsonl"
    assert not accuracy.peer_cache_fresh(cache, tmp_path, script)
    for path, stamp in ((gold, 100), (script, 100), (cache, 200)):
        path.write_text("")
        os.utime(path, (stamp, stamp))
    assert accuracy.peer_cache_fresh(cache, tmp_path, script)
    os.utime(gold, (300, 300))
    assert not accuracy.peer_cache_fresh(cache, tmp_path, script)


def test_the_command_stops_with_the_message_when_the_corpus_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eval.py").write_text("")
    missing = tmp_path / "no-corpus"
    assert accuracy.main(["--realtext", str(tmp_path), "--corpus", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"accuracy.py: corpus not found: {missing} does not exist")
    assert "build_dev.py --out" in err
