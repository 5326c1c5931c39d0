"""Long corpus runs: killed, interrupted or out of disk, ``--resume`` loses and repeats nothing.

Each test runs the real command in a subprocess over a corpus of 400 small
documents, with shards of 7 items so that a run commits many of them.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpusparse.cli import EXIT_INPUT_ERRORS, EXIT_INTERRUPTED, EXIT_OUTPUT_ERROR, EXIT_USAGE
from corpusparse.corpus.checkpoint import parts_dir

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
DOCUMENTS = 400
SHARD = "7"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    texts = [path.read_text("utf-8") for path in SEEDS]
    for number in range(DOCUMENTS):
        text = f"Story number {number}\n\n{texts[number % len(texts)]}"
        (folder / f"{number:04d}.txt").write_text(text, "utf-8")
    return folder


def _command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "corpusparse", "parse", str(corpus), "-o", str(out)]


def _args(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [*_command(corpus, out), "--shard-size", SHARD, *extra]


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, float]:
    """The output of an uninterrupted run, and how long the run took."""
    out = tmp_path_factory.mktemp("reference") / "ref.jsonl"
    start = time.monotonic()
    done = subprocess.run(_args(corpus, out), capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - start
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.count(b"\n") > DOCUMENTS
    assert not parts_dir(out).exists()
    return data, elapsed


def _check_no_half_written_line(out: Path, reference: bytes) -> None:
    """After a kill: OUT is absent or complete; every committed shard is whole JSON Lines."""
    if out.exists():
        assert out.read_bytes() == reference
    folder = parts_dir(out)
    if not folder.exists():
        return
    rows = reference.splitlines(keepends=True)
    for shard in folder.glob("*.jsonl"):
        data = shard.read_bytes()
        assert not data or data.endswith(b"\n"), shard.name
        for line in data.splitlines(keepends=True):
            json.loads(line)
            assert line in rows


def test_sigkill_at_random_points_then_resume_gives_the_uninterrupted_records(
    corpus: Path, reference: tuple[bytes, float], tmp_path: Path
) -> None:
    expected, _ = reference
    out = tmp_path / "out.jsonl"
    rng = random.Random(9)
    killed_mid_run = 0
    for attempt in range(4):
        extra = ("--resume",) if attempt else ()
        process = subprocess.Popen(
            _args(corpus, out, *extra, "--quiet"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # A random point: after a random number of shards more, plus a random pause.
        before = len(list(parts_dir(out).glob("*-*.jsonl")))
        target = before + rng.randint(1, 12)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if len(list(parts_dir(out).glob("*-*.jsonl"))) >= target:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        code = process.wait()
        killed_mid_run += code == -signal.SIGKILL and not out.exists()
        _check_no_half_written_line(out, expected)
    assert killed_mid_run >= 3, "the kills did not land during the runs"
    done = subprocess.run(_args(corpus, out, "--resume"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == expected
    assert not parts_dir(out).exists()


def test_sigint_stops_cleanly_with_the_summary_and_resume_finishes(
    corpus: Path, reference: tuple[bytes, float], tmp_path: Path
) -> None:
    expected, _ = reference
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [*_args(corpus, out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    folder = parts_dir(out)
    deadline = time.monotonic() + 60
    while not list(folder.glob("*-*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    summary = [line for line in stderr.splitlines() if " documents" in line]
    assert summary and summary[-1].endswith("; interrupted"), stderr
    assert "--resume" in stderr
    assert "Traceback" not in stderr
    assert not out.exists()
    _check_no_half_written_line(out, expected)
    done = subprocess.run(_args(corpus, out, "--resume"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "done before" in done.stderr
    assert out.read_bytes() == expected


def _file_size_limit(limit: int) -> None:
    """In the child: files may not grow past ``limit`` bytes (EFBIG, as on a full disk)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_stops_the_run_and_resume_finishes_it(
    corpus: Path, reference: tuple[bytes, float], tmp_path: Path
) -> None:
    expected, _ = reference
    out = tmp_path / "out.jsonl"
    limit = len(expected) // 3  # the shards fit, the joined output does not
    failed = subprocess.run(
        _args(corpus, out),
        capture_output=True,
        text=True,
        preexec_fn=lambda: _file_size_limit(limit),
    )
    assert failed.returncode == EXIT_OUTPUT_ERROR, failed.stderr
    assert "cannot write" in failed.stderr
    _check_no_half_written_line(out, expected)
    assert not out.exists()
    done = subprocess.run(_args(corpus, out, "--resume"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == expected


def test_resume_refuses_another_run_and_needs_an_output_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Head\n\nBody.\n", "utf-8")
    first = subprocess.Popen(_args(corpus, out, "--quiet"))
    deadline = time.monotonic() + 60
    while not list(parts_dir(out).glob("*-*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.02)
    first.kill()
    first.wait()
    mismatch = subprocess.run(_args(other, out, "--resume"), capture_output=True, text=True)
    assert mismatch.returncode == EXIT_USAGE
    assert "cannot resume" in mismatch.stderr
    no_file = subprocess.run(
        [sys.executable, "-m", "corpusparse", "parse", str(corpus), "--resume"],
        capture_output=True,
        text=True,
    )
    assert no_file.returncode == EXIT_USAGE
    assert "--resume needs -o FILE" in no_file.stderr


def test_broken_symlinks_and_symlink_loops_get_error_rows(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "good.txt").write_text("Head\n\nBody.\n", "utf-8")
    (folder / "broken.txt").symlink_to(folder / "missing.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "corpusparse", "parse", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == EXIT_INPUT_ERRORS
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    by_name = {Path(row["source"]).name: row for row in rows}
    assert by_name["good.txt"]["headline"] == "Head"
    assert by_name["broken.txt"]["error"] in {"not_found", "unreadable"}
    for name in ("broken.txt", "loop_a.txt", "loop_b.txt"):
        assert "error" in by_name[name], name
        assert name in done.stderr
    assert os.path.islink(folder / "broken.txt")
