"""The corpus command end to end: the installed ``corpusparse`` run in a subprocess.

Each test builds a small corpus in ``tmp_path`` holding every input kind the
command reads (plain text with each line end and with a BOM, JSON Lines, each
compression, nested directories, globs, standard input) and every kind of bad
input, and checks that each input record is accounted for, in order.
"""

from __future__ import annotations

import bz2
import fcntl
import gzip
import json
import lzma
import os
import pty
import shutil
import struct
import subprocess
import termios
from pathlib import Path
from typing import Any

import pytest
import zstandard

from corpusparse import article_record, parse

COMMAND = shutil.which("corpusparse")

STORY = "Storm hits the coast\n\nBy Ann Lee\nMIAMI (AP) — A storm hit the coast on Monday.\n"
DEFECTIVE = (
    "Rain returns\n\nIt rained.\npepper\nNovember 21, 2014 at 10:08 PM\nGreat.\nPingback: Nowhere\n"
)


def _run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    assert COMMAND is not None, "the corpusparse command is not installed"
    return subprocess.run(
        [COMMAND, *args], input=stdin, capture_output=True, check=False, cwd=cwd, timeout=120
    )


def _rows(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def _story(number: int, newline: str = "\n") -> str:
    text = f"Headline number {number}\n\nBy Ann Lee\nBody of story {number}.\nMore text.\n"
    return text.replace("\n", newline)


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def _records(prefix: str, count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"{prefix}-{i}", "url": f"https://example.com/{prefix}/{i}", "text": _story(i)}
        for i in range(count)
    ]


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, list[tuple[str, int | None]]]:
    """A corpus with every good input kind; returns its root and the expected
    ``(source, line)`` of each document, in the order the command reads them."""
    root = tmp_path / "corpus"
    (root / "nested" / "deeper").mkdir(parents=True)
    expected: list[tuple[str, int | None]] = []

    def text_file(relative: str, data: bytes) -> None:
        path = root / relative
        path.write_bytes(data)

    text_file("a_lf.txt", _story(1).encode())
    text_file("b_crlf.txt", _story(2, "\r\n").encode())
    text_file("c_cr.txt", _story(3, "\r").encode())
    text_file("d_bom.txt", b"\xef\xbb\xbf" + _story(4).encode())
    text_file("e.txt.gz", gzip.compress(_story(5).encode()))
    text_file("f.txt.bz2", bz2.compress(_story(6).encode()))
    text_file("g.txt.xz", lzma.compress(_story(7).encode()))
    text_file("h.txt.zst", zstandard.ZstdCompressor().compress(_story(8).encode()))
    text_file("nested/deeper/i.txt", _story(9).encode())
    text_file(".hidden.txt", b"never read")
    lines = _jsonl(_records("plain", 3))
    text_file("j.jsonl", lines)
    text_file("k.jsonl.gz", gzip.compress(lines))
    text_file("l.jsonl.bz2", bz2.compress(lines))
    text_file("m.jsonl.xz", lzma.compress(lines))
    text_file("n.jsonl.zst", zstandard.ZstdCompressor().compress(lines))
    text_file("nested/o.ndjson", b"\xef\xbb\xbf" + lines)
    for name in sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file()):
        if name.name.startswith("."):
            continue
        source = os.fspath(root / name)
        if "json" in name.name:
            expected.extend((source, line) for line in (1, 2, 3))
        else:
            expected.append((source, None))
    return root, expected


def test_every_input_kind_gives_its_documents_in_order(
    corpus: tuple[Path, list[tuple[str, int | None]]],
) -> None:
    root, expected = corpus
    result = _run("parse", str(root), "--per", "document")
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    assert [(row["source"], row.get("line")) for row in rows] == expected
    for row in rows:
        assert "error" not in row
        assert len(row["articles"]) == 1
        article = row["articles"][0]
        assert article["authors"] == ["Ann Lee"]
        assert article["body"][-1] == "More text."
        assert article["lines"] == [1, 5]
        if "line" in row:
            assert row["meta"]["id"].startswith("plain-")
            assert "text" not in row["meta"]
    assert b"27 documents" in result.stderr.replace(b",", b"")


def test_per_article_rows_carry_the_record_fields(tmp_path: Path) -> None:
    records = [
        {"id": "a", "date": "2024-01-02", "text": _story(1) + "\n\n\n" + _story(2)},
        {"id": "b", "text": STORY, "score": 0.5},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(_jsonl(records))
    result = _run("parse", str(path))
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    assert [(row["line"], row["meta"]["id"], row["headline"]) for row in rows] == [
        (1, "a", "Headline number 1"),
        (1, "a", "Headline number 2"),
        (2, "b", "Storm hits the coast"),
    ]
    assert rows[0]["meta"] == {"id": "a", "date": "2024-01-02"}
    assert rows[2]["meta"] == {"id": "b", "score": 0.5}
    expected = article_record(parse(STORY).articles[0])
    assert {key: rows[2][key] for key in expected} == expected


def test_line_ends_are_kept_exactly(tmp_path: Path) -> None:
    # A lone \r must end a line, and \r\n must not count as two: the line
    # numbers of every element are those of the \n version.
    text = "Headline\n\nBy Ann Lee\nFirst.\nSecond.\n\n\nNext story\n\nBy Bo Chan\nIts body.\n"
    for name, newline in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        (tmp_path / f"{name}.txt").write_bytes(text.replace("\n", newline).encode())
        record = {"text": text.replace("\n", newline)}
        (tmp_path / f"{name}.jsonl").write_bytes(_jsonl([record]))
    result = _run("parse", str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    assert len(rows) == 12
    shapes = [(row["headline"], row["body"], row["lines"]) for row in rows]
    assert shapes == shapes[:2] * 6
    assert shapes[:2] == [
        ("Headline", ["First.", "Second."], [1, 5]),
        ("Next story", ["Its body."], [8, 11]),
    ]


def test_globs_and_stdin(corpus: tuple[Path, list[tuple[str, int | None]]]) -> None:
    root, expected = corpus
    result = _run("parse", str(root / "**" / "*.jsonl*"), "--per", "document")
    assert result.returncode == 0, result.stderr
    wanted = [item for item in expected if ".jsonl" in item[0]]
    assert [(row["source"], row["line"]) for row in _rows(result.stdout)] == wanted
    lines = (root / "j.jsonl").read_bytes()
    for data in (lines, gzip.compress(lines), zstandard.ZstdCompressor().compress(lines)):
        piped = _run("parse", "-", "--per", "document", stdin=data)
        assert piped.returncode == 0, piped.stderr
        assert [(row["source"], row["line"]) for row in _rows(piped.stdout)] == [
            ("-", 1),
            ("-", 2),
            ("-", 3),
        ]
    text = _run("parse", "-", stdin=_story(1, "\r\n").encode())
    assert text.returncode == 0, text.stderr
    assert [(row["source"], row["headline"]) for row in _rows(text.stdout)] == [
        ("-", "Headline number 1")
    ]


def _bad_corpus(tmp_path: Path) -> tuple[list[str], list[tuple[str, int | None, str | None]]]:
    """Paths to give the command, and for each expected row ``(source, line, error)``."""
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\u00e9 closes\n\nIt closed.\n".encode("latin-1"))
    truncated = tmp_path / "truncated.txt.gz"
    truncated.write_bytes(gzip.compress(STORY.encode() * 50)[:40])
    broken_link = tmp_path / "link.txt"
    broken_link.symlink_to(tmp_path / "gone.txt")
    records = tmp_path / "records.jsonl"
    records.write_bytes(
        b'{"id": 1, "text": "Rain\\n\\nIt rained."}\n'
        b"this is not json\n"
        b'{"id": 3, "body": "no text field"}\n'
        b"\n"
        b'{"id": 5, "text": "Caf\xe9"}\n'
        b"[1, 2]\n"
        b'{"id": 7, "text": null}\n'
        b'{"id": 8, "text": "Sun\\r\\n\\r\\nIt shone."}\n'
    )
    missing = tmp_path / "missing.txt"
    paths = [str(p) for p in (good, latin, truncated, broken_link, records, missing)]
    paths.append(str(tmp_path / "nothing-*.jsonl"))
    rows: list[tuple[str, int | None, str | None]] = [
        (str(good), None, None),
        (str(latin), 1, "undecodable"),
        (str(truncated), None, "unreadable"),
        (str(broken_link), None, "not_found"),
        (str(records), 1, None),
        (str(records), 2, "not_json"),
        (str(records), 3, "no_text"),
        (str(records), 5, "undecodable"),
        (str(records), 6, "not_json"),
        (str(records), 7, "no_text"),
        (str(records), 8, None),
        (str(missing), None, "not_found"),
        (str(tmp_path / "nothing-*.jsonl"), None, "not_found"),
    ]
    return paths, rows


def test_bad_input_never_aborts_and_never_disappears(tmp_path: Path) -> None:
    paths, expected = _bad_corpus(tmp_path)
    result = _run("parse", *paths, "--per", "document")
    assert result.returncode == 1
    rows = _rows(result.stdout)
    assert [(row["source"], row.get("line"), row.get("error")) for row in rows] == expected
    stderr = result.stderr.decode("utf-8")
    for source, line, error in expected:
        if error is not None:
            where = source if line is None else f"{source}:{line}"
            assert f"corpusparse: {where}: {error}: " in stderr
    latin = next(row for row in rows if row.get("error") == "undecodable")
    assert latin["offset"] == 3
    assert "0xe9" in latin["message"] or "\\xe9" in latin["message"]
    assert rows[-3]["articles"][0]["body"] == ["It shone."]
    *before, summary = stderr.strip().splitlines()
    assert summary.startswith("corpusparse: 3 documents")
    assert "10 errors" in summary
    assert len(summary) <= 100
    # the breakdown that does not fit on the summary line is on the line before it
    assert before[-1] == (
        "corpusparse: errors: no_text 2, not_found 3, not_json 2, undecodable 2, unreadable 1"
    )
    assert "documents/s" not in summary and "docs/s" not in summary  # under a second: no rate


def test_errors_file_takes_the_error_rows(tmp_path: Path) -> None:
    paths, expected = _bad_corpus(tmp_path)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = _run("parse", *paths, "-o", str(out), "--errors", str(errors), "--quiet")
    assert result.returncode == 1
    assert result.stdout == b""
    error_rows = _rows(errors.read_bytes())
    assert [(r["source"], r["line"], r["error"]) for r in error_rows] == [
        item for item in expected if item[2] is not None
    ]
    good = [(row["source"], row.get("line")) for row in _rows(out.read_bytes())]
    assert good == [item[:2] for item in expected if item[2] is None]
    # --quiet drops the summary but still names every bad input.
    assert b"documents" not in result.stderr
    assert len(result.stderr.decode().splitlines()) == len(error_rows)


def test_jobs_two_equals_jobs_one_byte_for_byte(tmp_path: Path) -> None:
    (tmp_path / "big.jsonl").write_bytes(_jsonl(_records("big", 300)))
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": 1}\nnot json\n' + _jsonl(_records("b", 5)))
    for number in range(5):
        (tmp_path / f"story{number}.txt").write_text(_story(number), encoding="utf-8")
    one = _run("parse", str(tmp_path), "--jobs", "1", "--quiet")
    two = _run("parse", str(tmp_path), "--jobs", "2", "--quiet")
    assert one.returncode == two.returncode == 1
    assert len(one.stdout.splitlines()) == 300 + 2 + 5 + 5
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_strict_turns_defects_into_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DEFECTIVE, encoding="utf-8")
    lenient = _run("parse", str(tmp_path))
    assert lenient.returncode == 0
    assert len(_rows(lenient.stdout)) == 2
    assert b"1 defect (pingback_without_site 1)" in lenient.stderr
    strict = _run("parse", str(tmp_path), "--strict")
    assert strict.returncode == 1
    rows = _rows(strict.stdout)
    assert rows[0]["headline"] == "Storm hits the coast"
    assert rows[1]["error"] == "defect"
    assert "text line 7: pingback_without_site" in rows[1]["message"]
    assert f"{tmp_path / 'b.txt'}: defect: text line 7".encode() in strict.stderr


def test_parquet_output_matches_the_json_rows(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    paths, expected = _bad_corpus(tmp_path)
    json_rows = _rows(_run("parse", *paths, "--quiet").stdout)
    out = tmp_path / "out.parquet"
    result = _run("parse", *paths, "--format", "parquet", "-o", str(out), "--quiet")
    assert result.returncode == 1, result.stderr
    table = pq.read_table(out)
    assert set(article_record(parse(STORY).articles[0])) <= set(table.column_names)
    rows = table.to_pylist()
    assert len(rows) == len(json_rows)
    for row, json_row in zip(rows, json_rows, strict=True):
        for key, value in json_row.items():
            assert (json.loads(row[key]) if key == "meta" else row[key]) == value, key
    per_document = tmp_path / "docs.parquet"
    result = _run(
        "parse", *paths, "--format", "parquet", "--per", "document", "-o", str(per_document)
    )
    assert pq.read_table(per_document).num_rows == len(expected)


def test_exit_codes_for_usage_and_output_errors(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    assert _run("parse", str(story), "--jobs", "many").returncode == 2
    assert _run("parse", str(story), "--format", "parquet").returncode == 2
    unwritable = _run("parse", str(story), "-o", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert unwritable.returncode == 3
    assert b"cannot write" in unwritable.stderr


def test_help_has_examples_and_exit_codes() -> None:
    for command in ((), ("parse",), ("show",)):
        result = _run(*command, "--help")
        assert result.returncode == 0
        text = result.stdout.decode()
        assert "examples:" in text
        assert "exit codes:" in text


def test_show_marks_each_line_with_its_role(tmp_path: Path) -> None:
    path = tmp_path / "page.jsonl"
    path.write_bytes(
        _jsonl([{"text": "- Related story\nStorm hits\n\nBy Ann Lee\nIt rained.\nTT\n"}])
    )
    result = _run("show", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == f"══ {path}:1"
    roles = [line.split("│")[0].split() for line in lines[2:]]
    assert roles == [
        ["1", "related"],
        ["2", "headline"],
        ["3"],
        ["4", "byline"],
        ["5", "body"],
        ["6", "boilerplate:widget"],
    ]
    assert "\x1b[" not in result.stdout.decode()
    coloured = _run("show", str(path), "--color", "always")
    assert "\x1b[1;33mheadline" in coloured.stdout.decode()


def test_output_files_inside_the_input_directory_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    # Enough error rows to be flushed to errors.jsonl before the reader gets to
    # it: were it read, each of its rows would give another, without end.
    (tmp_path / "b.jsonl").write_bytes(b'{"text": 3}\n' * 200)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    for _ in range(2):  # the second run finds both files from the first in place
        result = _run("parse", str(tmp_path), "-o", str(out), "--errors", str(errors), "-q")
        assert result.returncode == 1
        assert [row["source"] for row in _rows(out.read_bytes())] == [str(tmp_path / "a.txt")]
        error_rows = _rows(errors.read_bytes())
        assert {row["source"] for row in error_rows} == {str(tmp_path / "b.jsonl")}
        assert len(error_rows) == 200


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    (tmp_path / "big.jsonl").write_bytes(_jsonl(_records("big", 200)))
    assert COMMAND is not None
    master, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    with subprocess.Popen(
        [COMMAND, "parse", str(tmp_path), "-o", str(tmp_path / "out.jsonl")], stderr=terminal
    ) as process:
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            shown += chunk
    os.close(master)
    assert process.returncode == 0
    screen = shown.decode("utf-8")
    assert "parsing " in screen
    assert "200 docs, 200 articles" in screen
    frames = [frame for frame in screen.replace("\n", "\r").split("\r") if frame.strip()]
    bars = [frame for frame in frames if frame.startswith("parsing")]
    assert bars
    assert all(len(frame) <= 80 for frame in frames), max(frames, key=len)
    assert all("|" not in frame or frame.index("|") < frame.rindex("|") - 8 for frame in bars)
    # 100 % only once every document is parsed, not when the reader is done
    assert all("200 docs" in frame for frame in bars if "100%" in frame)
    assert screen.rstrip().splitlines()[-1].split("\r")[-1].startswith("corpusparse: 200 documents")
    piped = _run("parse", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert "parsing" not in piped.stderr.decode()
    skipped, summary = piped.stderr.decode().splitlines()
    assert skipped.endswith("out.jsonl: not read: the run writes its output to this file")
    assert summary.startswith("corpusparse: 200 documents")


def test_text_field_and_input_format_options(tmp_path: Path) -> None:
    records = [{"content": _story(1), "text": "not this", "id": 1}, {"content": STORY, "id": 2}]
    path = tmp_path / "dump.data"  # a name that does not say JSON Lines
    path.write_bytes(lzma.compress(_jsonl(records)))
    result = _run("parse", str(path), "--input-format", "jsonl", "--text-field", "content")
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    assert [(row["meta"], row["headline"]) for row in rows] == [
        ({"text": "not this", "id": 1}, "Headline number 1"),
        ({"id": 2}, "Storm hits the coast"),
    ]
    as_text = _run("parse", str(path), "--per", "document")
    assert as_text.returncode == 0, as_text.stderr
    [document] = _rows(as_text.stdout)
    assert "line" not in document
    assert document["articles"][0]["headline"].startswith('{"content": "Headline number 1')


def test_a_stdout_redirect_into_the_input_directory_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    # 300 error rows: were the growing output read as an input, the run would not end.
    (tmp_path / "b.jsonl").write_bytes(b'{"id": 1, "text": 3}\n' * 300)
    out = tmp_path / "out.jsonl"
    assert COMMAND is not None
    with out.open("wb") as stdout:
        result = subprocess.run(
            [COMMAND, "parse", str(tmp_path), "-q"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            check=False,
            timeout=120,
        )
    assert result.returncode == 1
    rows = _rows(out.read_bytes())
    assert len(rows) == 301
    assert {row["source"] for row in rows} == {str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")}
    stderr = result.stderr.decode("utf-8")
    assert f"corpusparse: {out}: not read: the run writes its output to this file" in stderr


def test_error_rows_keep_the_record_identity_and_say_what_is_wrong(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_bytes(
        b'{"id": "a", "url": "https://e.x/a"}\n'
        b'{"id": "b", "url": "https://e.x/b", "text": null}\n'
        b'{"id": "c", "text": 12}\n'
        b'{"id": "d", "text": ["x"]}\n'
        b"not json\n"
    )
    fake = tmp_path / "fake.jsonl.zst"
    fake.write_bytes(b'{"text": "Rain\\n\\nIt rained."}\n')
    result = _run("parse", str(records), str(fake), "--quiet")
    assert result.returncode == 1
    rows = _rows(result.stdout)
    assert [(row.get("meta"), row["error"], row["message"]) for row in rows] == [
        (
            {"id": "a", "url": "https://e.x/a"},
            "no_text",
            "record has no field 'text' (use --text-field to name another)",
        ),
        ({"id": "b", "url": "https://e.x/b"}, "no_text", "field 'text' is null"),
        ({"id": "c"}, "no_text", "field 'text' is a JSON number, not a string"),
        ({"id": "d"}, "no_text", "field 'text' is a JSON array, not a string"),
        (None, "not_json", "not JSON: Expecting value (column 1)"),
        (
            None,
            "unreadable",
            "not Zstandard data (the name ends in .zst, the bytes are not Zstandard)",
        ),
    ]
    assert "meta" not in rows[4]


def test_strict_error_rows_keep_the_record_identity(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(_jsonl([{"id": "x", "text": DEFECTIVE}]))
    [row] = _rows(_run("parse", str(path), "--strict", "--quiet").stdout)
    assert (row["error"], row["meta"]) == ("defect", {"id": "x"})


def test_show_wraps_to_the_given_width(tmp_path: Path) -> None:
    folder = tmp_path / ("a-folder-with-a-long-name-" * 3)
    folder.mkdir()
    path = folder / "a.txt"  # the header's path is longer than the width
    path.write_text("Rain\n\n" + " ".join(["word"] * 40) + "\n", encoding="utf-8")
    lines = _run("show", str(path), "--width", "80").stdout.decode().splitlines()
    assert len(lines) > 5
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].startswith("══ …") and lines[0].endswith("a.txt")
    assert len(_run("show", str(path)).stdout.decode().splitlines()) == 5  # piped: no wrapping
