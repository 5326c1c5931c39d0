"""Invalid UTF-8 in input files: reported with its byte offset, or read with ``replace``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from corpusparse.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE

TEXT = b"Storm hits the coast\n\nIt rained \xff\xfe on Monday.\nMore rain.\n"
BAD_AT = TEXT.index(b"\xff")


def _parse(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corpusparse", "parse", *args, "--quiet"],
        capture_output=True,
        text=True,
    )


def _rows(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_strict_names_the_byte_offset_and_line_of_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT)  # the BOM counts in the offset
    done = _parse(str(path))
    assert done.returncode == EXIT_INPUT_ERRORS
    (row,) = _rows(done.stdout)
    assert row["error"] == "undecodable"
    assert row["offset"] == BAD_AT + 3
    assert row["line"] == 3
    assert f"byte offset {BAD_AT + 3}" in done.stderr
    assert f"{path}:3: undecodable" in done.stderr


def test_strict_names_the_byte_offset_in_a_json_lines_file(tmp_path: Path) -> None:
    good = json.dumps({"text": "Head\n\nBody."}).encode()
    bad = b'{"text": "Head\\n\\nBad \xc3 byte."}'
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(good + b"\n" + bad + b"\n")
    done = _parse(str(path))
    assert done.returncode == EXIT_INPUT_ERRORS
    rows = _rows(done.stdout)
    assert rows[0]["headline"] == "Head"
    assert rows[1]["error"] == "undecodable"
    assert rows[1]["line"] == 2
    assert rows[1]["offset"] == len(good) + 1 + bad.index(b"\xc3")


def test_replace_reads_bad_bytes_as_replacement_characters(tmp_path: Path) -> None:
    text_file = tmp_path / "page.txt"
    text_file.write_bytes(TEXT)
    jsonl = tmp_path / "crawl.jsonl"
    jsonl.write_bytes(b'{"text": "Head\\n\\nBad \xc3 byte."}\n')
    done = _parse(str(text_file), str(jsonl), "--encoding-errors", "replace")
    assert done.returncode == EXIT_OK, done.stderr
    rows = _rows(done.stdout)
    assert [row["body"] for row in rows] == [
        ["It rained \ufffd\ufffd on Monday.", "More rain."],
        ["Bad \ufffd byte."],
    ]
    assert "error" not in rows[0]


def test_encoding_errors_choices_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(TEXT)
    assert _parse(str(path), "--encoding-errors", "ignore").returncode == EXIT_USAGE
