"""The corpus job on Dask: the same rows as the single-process command, whatever fails.

One module-scoped `distributed.LocalCluster` of two worker processes serves
every test here. The corpus holds several hundred documents of every input
kind (plain text with each line end and a BOM, gzip text, a large uncompressed
JSON Lines file that is cut into many blocks, a Zstandard shard) and every kind
of bad input, so that the comparison covers error rows too.
"""

from __future__ import annotations

import gc
import io
import itertools
import json
import os
import signal
import socket
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import zstandard

pytest.importorskip("distributed")  # the dask extra is part of the dev install

import pyarrow.parquet as pq
from distributed import Client, LocalCluster, wait

import corpusparse.corpus.dask as cdask
from corpusparse import cli
from corpusparse.corpus import (
    InputBlock,
    count_newlines,
    input_blocks,
    read_block,
    read_documents,
    resolve,
)
from corpusparse.corpus.output import JsonLinesWriter, ParquetWriter, encode_row
from corpusparse.corpus.run import run_corpus

BLOCKSIZE = 16 * 1024
"""Small enough that the large JSON Lines file is cut into a dozen blocks."""

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _story(number: int) -> str:
    return (
        f"Headline number {number}\n\nBy Ann Lee and Bo Chan\n"
        f"MIAMI (AP) — Story {number} begins here.\nMore text of story {number}.\n"
        "pepper\nNovember 21, 2014 at 10:08 PM\nGreat report.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 650 documents, and one of each kind of bad input."""
    root = tmp_path_factory.mktemp("corpus")
    seeds = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts = root / "texts"
    texts.mkdir()
    for number in range(60):
        text = seeds[number % len(seeds)] if number % 10 == 0 else _story(number)
        data = text.replace("\n", "\r\n" if number % 3 == 0 else "\n").encode()
        (texts / f"{number:03d}.txt").write_bytes((b"\xef\xbb\xbf" if number == 7 else b"") + data)
    (texts / "bad.txt").write_bytes(b"Headline\n\n\xff not UTF-8\n")
    lines = []
    for number in range(450):
        record = {"id": f"big-{number}", "url": f"https://news.example.com/{number}"}
        record["text"] = _story(1000 + number) if number % 50 else seeds[number // 50 % len(seeds)]
        lines.append(json.dumps(record, ensure_ascii=number % 2 == 0).encode())
    lines[10] = b'{"id": "no-text"}'
    lines[20] = b"not json at all"
    lines[30] = b'{"text": "Bad \xff byte"}'
    lines[40] = b"[1, 2]"
    lines.insert(50, b"")
    big = b"\xef\xbb\xbf" + b"\n".join(
        line + (b"\r" if i % 7 == 0 else b"") for i, line in enumerate(lines)
    )
    (root / "big.jsonl").write_bytes(big)  # no newline at the end
    shard = b"".join(
        json.dumps({"text": _story(5000 + n), "id": n}).encode() + b"\n" for n in range(120)
    )
    (root / "shard.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(shard))
    return root


def _paths(corpus: Path) -> list[str]:
    return [
        str(corpus / "texts"),
        str(corpus / "big.jsonl"),
        str(corpus / "shard.jsonl.zst"),
        str(corpus / "missing.txt"),
        str(corpus / "nothing-*.jsonl"),
    ]


def _expected_rows(paths: list[str], per: str = "article") -> list[dict[str, Any]]:
    """What the single-process command writes, as rows."""
    out = io.BytesIO()
    run_corpus(paths, JsonLinesWriter(out), per=per, quiet=True, stderr=io.StringIO())  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


@pytest.fixture(scope="module")
def expected(corpus: Path) -> list[dict[str, Any]]:
    """The article and error rows of the single-process command for the corpus."""
    return _expected_rows(_paths(corpus))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


# ------------------------------------------------------------------ blocks, no cluster
def test_blocks_of_any_size_read_every_record_once(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + b"".join(
        [
            b'{"text": "One\\n\\nFirst.", "id": 1}\r\n',
            b"\n",
            b'{"text": "Two"}\n',
            b"not json\n",
            b'{"id": 3}\n',
            b'{"text": "Caf\xc3\xa9 \xe2\x80\x94 dash", "id": 4}\n',
            b"\n\n",
            b'{"text": "Last, no newline"}',
        ]
    )
    path = tmp_path / "small.jsonl"
    path.write_bytes(data)
    whole = list(read_documents([path]))
    assert len(whole) == 6
    for blocksize in range(1, len(data) + 2):
        blocks = input_blocks(path, blocksize=blocksize)
        if blocksize >= len(data):
            assert blocks == []
            continue
        assert blocks[0].start == 0 and blocks[-1].end == len(data)
        assert all(a.end == b.start for a, b in itertools.pairwise(blocks))
        counts = [count_newlines(block) for block in blocks]
        assert sum(counts) == data.count(b"\n")
        items = [
            item
            for k, block in enumerate(blocks)
            for item in map(resolve, read_block(block, newlines_before=sum(counts[:k])))
        ]
        assert items == whole, blocksize


def test_compressed_and_text_files_are_not_cut(corpus: Path) -> None:
    assert input_blocks(corpus / "shard.jsonl.zst", blocksize=100) == []
    assert input_blocks(corpus / "texts" / "000.txt", blocksize=10) == []
    assert input_blocks(corpus / "missing.jsonl", blocksize=10) == []
    assert len(input_blocks(corpus / "big.jsonl", blocksize=BLOCKSIZE)) > 5


def test_plan_groups_small_files_and_cuts_large_ones(corpus: Path) -> None:
    partitions = cdask.plan(_paths(corpus), blocksize=BLOCKSIZE)
    units = [unit for partition in partitions for unit in partition.units]
    blocks = [unit for unit in units if isinstance(unit, InputBlock)]
    assert {block.path for block in blocks} == {str(corpus / "big.jsonl")}
    assert blocks[-1].end == (corpus / "big.jsonl").stat().st_size
    text_partitions = [p for p in partitions if str(p.units[0]).endswith(".txt")]
    assert 1 < len(text_partitions) < 61, "text files are grouped, not one task each"
    assert all(p.size <= BLOCKSIZE or len(p.units) == 1 for p in partitions)
    with pytest.raises(ValueError, match="standard input"):
        cdask.plan(["-"])


# ------------------------------------------------------------------ on the cluster
def test_bag_gives_exactly_the_rows_of_the_command(
    corpus: Path, client: Client, expected: list[dict[str, Any]]
) -> None:
    paths = _paths(corpus)
    assert len({(row["source"], row.get("line")) for row in expected}) > 600
    errors = {row["error"] for row in expected if "error" in row}
    assert errors == {"undecodable", "not_json", "no_text", "not_found"}
    bag = cdask.to_bag(paths, blocksize=BLOCKSIZE)
    assert bag.npartitions > 10
    assert bag.compute() == expected


def test_document_rows_and_jsonl_parts(corpus: Path, client: Client, tmp_path: Path) -> None:
    paths = _paths(corpus)
    expected = _expected_rows(paths, per="document")
    names = cdask.write_jsonl(paths, tmp_path / "out", per="document", blocksize=BLOCKSIZE)
    data = b"".join(Path(name).read_bytes() for name in sorted(names))
    assert data == b"".join(map(encode_row, expected))


def test_parquet_dataset_equals_the_command_parquet(
    corpus: Path, client: Client, tmp_path: Path
) -> None:
    paths = _paths(corpus)
    out = tmp_path / "single.parquet"
    writer = ParquetWriter(out)
    run_corpus(paths, writer, quiet=True, stderr=io.StringIO())
    writer.close()
    single = pq.read_table(out)
    cdask.write_parquet(paths, tmp_path / "dataset", blocksize=BLOCKSIZE)
    files = sorted(
        (tmp_path / "dataset").glob("*.parquet"), key=lambda p: int(p.stem.split(".")[-1])
    )
    assert len(files) > 10
    tables = [pq.read_table(f) for f in files]
    assert all(table.schema.equals(single.schema) for table in tables)
    rows = [row for table in tables for row in table.to_pylist()]
    assert rows == single.to_pylist()


def test_command_with_scheduler_writes_the_same_file(
    corpus: Path, client: Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _paths(corpus)
    single, distributed = tmp_path / "single.jsonl", tmp_path / "dask.jsonl"
    assert cli.main(["parse", *paths, "-o", str(single), "--quiet"]) == cli.EXIT_INPUT_ERRORS
    first = capsys.readouterr().err
    address = client.scheduler.address
    args = ["parse", *paths, "-o", str(distributed), "--scheduler", address, "--blocksize", "16KiB"]
    assert cli.main(args) == cli.EXIT_INPUT_ERRORS
    summary = capsys.readouterr().err
    assert distributed.read_bytes() == single.read_bytes()
    named = first.splitlines()
    assert summary.splitlines()[: len(named)] == named  # errors named alike, in order
    assert "documents" in summary.splitlines()[-1]


def test_a_killed_worker_loses_nothing(
    corpus: Path, client: Client, expected: list[dict[str, Any]]
) -> None:
    paths = _paths(corpus)
    parts = cdask.to_bag(paths, blocksize=BLOCKSIZE).to_delayed()
    futures = client.compute(parts)
    wait(futures[: len(futures) // 2])  # results now sit in the workers' memory
    holders = client.who_has(futures)
    victim = next(
        worker for keys in holders.values() for worker in keys if worker in client.nthreads()
    )
    lost = [key for key, workers in holders.items() if tuple(workers) == (victim,)]
    assert lost, "the worker to kill holds results that only it has"
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while victim in client.nthreads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert victim not in client.nthreads(), "the scheduler saw the worker die"
    rows = [row for part in client.gather(futures) for row in part]
    assert rows == expected
    client.wait_for_workers(2, timeout=30)  # the nanny restarted it, for the tests after


def test_cli_usage_errors(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", "-", "--dask"]) == cli.EXIT_USAGE
    assert "standard input" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["parse", str(corpus), "--dask", "--scheduler", "tcp://x:1"])
    with pytest.raises(SystemExit):
        cli.main(["parse", str(corpus), "--dask", "--blocksize", "lots"])


def test_command_with_a_local_cluster(tmp_path: Path, seed_paths: list[Path]) -> None:
    single, distributed = tmp_path / "single.jsonl", tmp_path / "dask.jsonl"
    paths = [str(path) for path in seed_paths]
    assert cli.main(["parse", *paths, "-o", str(single), "--quiet"]) == cli.EXIT_OK
    args = ["parse", *paths, "-o", str(distributed), "--quiet", "--dask", "--jobs", "1"]
    assert cli.main(args) == cli.EXIT_OK
    assert distributed.read_bytes() == single.read_bytes()
    assert single.read_bytes().count(b"\n") > 3


def test_unreachable_scheduler_is_exit_code_4(
    tmp_path: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    import dask.config

    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    args = ["parse", str(seed_paths[0]), "-o", str(tmp_path / "out.jsonl")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):
            assert cli.main([*args, "--scheduler", f"tcp://127.0.0.1:{port}"]) == cli.EXIT_CLUSTER
        gc.collect()
    assert f"tcp://127.0.0.1:{port}" in capsys.readouterr().err
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert not [message for message in unclosed if "out.jsonl" in message]  # the output is closed


def test_a_task_that_fails_once_is_retried(
    corpus: Path, client: Client, expected: list[dict[str, Any]], tmp_path: Path
) -> None:
    paths = _paths(corpus)
    flag = tmp_path / "failed-once"

    def flaky(row: dict[str, Any]) -> bytes:  # runs on the workers (pickled by value)
        if not flag.exists():
            flag.write_text("the first call fails")
            raise RuntimeError("a passing fault")
        return encode_row(row)

    out = b"".join(
        row
        for item in cdask.iter_rendered(
            client, paths, encode=flaky, encode_error=encode_row, blocksize=BLOCKSIZE
        )
        for row in item.rows
    )
    assert flag.exists(), "a task failed"
    assert out == b"".join(map(encode_row, expected))


def test_a_task_that_always_fails_stops_the_run(corpus: Path, client: Client) -> None:
    def broken(row: dict[str, Any]) -> bytes:
        raise RuntimeError("a lasting fault")

    rendered = cdask.iter_rendered(client, _paths(corpus), encode=broken, blocksize=BLOCKSIZE)
    with pytest.raises(cdask.ClusterError, match="a lasting fault"):
        list(rendered)
