"""The public functions refuse wrong types; the summary tells true, short times and rates."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest

import corpusparse
from corpusparse.corpus.run import RunStats
from corpusparse.corpus.run_stats import SUMMARY_WIDTH


@pytest.mark.parametrize(
    ("value", "hint"),
    [(None, "NoneType"), (b"Rain", "decode it first"), (3, "int"), (Path("a.txt"), "parse_file")],
)
def test_parse_takes_a_str_only(value: object, hint: str) -> None:
    with pytest.raises(TypeError, match="parse\\(\\) takes the text as a str") as raised:
        corpusparse.parse(value)  # type: ignore[arg-type]
    assert hint in str(raised.value)


@pytest.mark.parametrize("value", [None, 3, io.StringIO("Rain"), b"a.txt"])
def test_parse_file_takes_a_path_only(value: object) -> None:
    with pytest.raises(TypeError, match="parse_file\\(\\) takes a path"):
        corpusparse.parse_file(value)  # type: ignore[arg-type]


def test_parse_file_takes_str_and_path_like(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rain\n\nIt rained.\n", encoding="utf-8")
    assert corpusparse.parse_file(path) == corpusparse.parse_file(str(path))


def test_a_short_run_prints_no_rate() -> None:
    stats = RunStats(documents=5, articles=5, text_bytes=1000)
    assert stats.summary(elapsed=0.2).endswith(" in 0.2 s")
    assert "docs/s" in stats.summary(elapsed=2.0)
    failed = RunStats(errors=Counter(not_found=1))
    assert "/s" not in failed.summary(elapsed=5.0)  # no document parsed: no rate


def test_the_summary_line_fits_100_columns_and_breaks_between_phrases() -> None:
    stats = RunStats(documents=123_456, articles=234_567, empty=17, text_bytes=10**9)
    stats.defects.update({kind.value: 1234 for kind in corpusparse.DefectKind})
    stats.errors.update({kind.value: 12 for kind in corpusparse.ErrorKind})
    *before, summary = stats.summary(elapsed=321.0).splitlines()
    assert len(summary) <= SUMMARY_WIDTH
    assert summary.startswith("corpusparse: 123,456 documents, 234,567 articles")
    assert before and all(len(line) <= SUMMARY_WIDTH for line in before)
    joined = " ".join(line.strip() for line in before)
    assert "17 documents without articles" in joined
    for kind in corpusparse.ErrorKind:
        assert f"{kind.value} 12" in joined  # never cut inside a phrase


def test_the_summary_time_is_the_wall_clock_since_the_given_start() -> None:
    stats = RunStats(documents=1)
    stats.started -= 2.5  # as if the command began 2.5 s ago (a cluster was started)
    assert " in 2.5 s" in stats.summary()


def test_run_corpus_times_the_run_from_the_command_start(tmp_path: Path) -> None:
    import time

    from corpusparse.corpus.output import JsonLinesWriter
    from corpusparse.corpus.run import run_corpus

    (tmp_path / "a.txt").write_text("Rain\n\nIt rained.\n", encoding="utf-8")
    err = io.StringIO()
    started = time.perf_counter() - 3.0  # a Dask cluster took 3 s to start, say
    run_corpus([str(tmp_path)], JsonLinesWriter(io.BytesIO()), stderr=err, started=started)
    assert " in 3." in err.getvalue()
    assert "docs/s" in err.getvalue()
