"""The corpus functions of the library: reading, lazy parsing, ordered parallel map, roles."""

from __future__ import annotations

import gzip
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import corpusparse
from corpusparse.corpus import (
    ErrorKind,
    InputError,
    Item,
    RawRecord,
    SourceDocument,
    parse_stream,
    read_documents,
)
from corpusparse.corpus.parallel import BATCHES_IN_FLIGHT_PER_JOB, batched, ordered_map
from corpusparse.parsing.roles import LINE_ROLES, line_roles


def _square_all(batch: list[int]) -> list[int]:
    return [x * x for x in batch]


def test_read_documents_keeps_text_exactly(tmp_path: Path) -> None:
    text = "Head\r\n\r\nBody one.\rBody two.\nTail\u2028same line\x0c\r\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "b.jsonl.gz").write_bytes(
        gzip.compress(json.dumps({"text": text, "id": 7}).encode() + b"\r\n")
    )
    items = list(read_documents([tmp_path]))
    assert items == [
        SourceDocument(text=text, source=str(tmp_path / "a.txt")),
        SourceDocument(text=text, source=str(tmp_path / "b.jsonl.gz"), line=1, meta={"id": 7}),
    ]


def test_undecodable_text_names_line_and_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"ok\r\nfine\rstill\n\xff bad\n")
    [error] = read_documents([path])
    assert isinstance(error, InputError)
    assert (error.kind, error.line, error.offset) == (ErrorKind.UNDECODABLE, 4, 15)
    assert error.describe().startswith(f"{path}:4: undecodable: not UTF-8")


def test_iter_documents_reports_errors_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"text": "One\\n\\nFirst."}\n{"id": 2}\n{"text": "Two\\n\\nSecond."}\n', "utf-8"
    )
    seen: list[object] = []
    for parsed in corpusparse.iter_documents([tmp_path], on_error=seen.append):
        seen.append(parsed)
    assert [type(item).__name__ for item in seen] == [
        "ParsedDocument",
        "InputError",
        "ParsedDocument",
    ]
    first = seen[0]
    assert isinstance(first, corpusparse.ParsedDocument)
    assert first.document.articles[0].headline is not None
    assert first.document.articles[0].headline.text == "One"
    documents = corpusparse.iter_documents([tmp_path])
    assert next(documents).line == 1
    with pytest.raises(corpusparse.CorpusError, match=r"a\.jsonl:2: no_text"):
        next(documents)


def test_iter_documents_is_the_same_on_two_processes(tmp_path: Path) -> None:
    records = [{"text": f"Story {i}\n\nBy Ann Lee\nBody {i}.", "n": i} for i in range(150)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    one = list(corpusparse.iter_documents([tmp_path], jobs=1))
    two = list(corpusparse.iter_documents([tmp_path], jobs=2))
    assert one == two
    assert [parsed.meta for parsed in two] == [{"n": i} for i in range(150)]


def test_ordered_map_keeps_order_and_reads_ahead_boundedly() -> None:
    consumed = 0

    def numbers() -> Iterator[int]:
        nonlocal consumed
        for number in itertools.count():
            consumed = number + 1
            yield number

    results = ordered_map(_square_all, batched(numbers(), lambda _: 1, size=10), jobs=2)
    first = list(itertools.islice(results, 25))
    assert first == [x * x for x in range(25)]
    # An endless input: only a bounded number of batches was read ahead.
    assert consumed <= 10 * (2 * BATCHES_IN_FLIGHT_PER_JOB + 3)
    results.close()  # type: ignore[attr-defined]


def test_batched_closes_batches_by_count_and_weight() -> None:
    assert list(batched(range(7), lambda _: 1, size=3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched(["aaaa", "b", "c"], len, size=10, max_weight=4)) == [["aaaa"], ["b", "c"]]


def test_line_roles_cover_every_line() -> None:
    text = (
        "- Related story\nStorm hits\nStorm hits\n\nBy Ann Lee\nIt rained.\nTT\n"
        "pepper\nNovember 21, 2014 at 10:08 PM\nGreat.\n\n\nNext one\n\nBy Bo Chan\nMore.\n"
    )
    roles = line_roles(text)
    assert [(r.number, r.role, r.article) for r in roles] == [
        (1, "related", 0),
        (2, "headline", 0),
        (3, "headline_repeat", 0),
        (4, "blank", 0),
        (5, "byline", 0),
        (6, "body", 0),
        (7, "boilerplate", 0),
        (8, "comment_author", 0),
        (9, "comment_time", 0),
        (10, "comment", 0),
        (11, "blank", None),
        (12, "blank", None),
        (13, "headline", 1),
        (14, "blank", 1),
        (15, "byline", 1),
        (16, "body", 1),
    ]
    assert roles[6].detail == "widget"
    assert {r.role for r in roles} <= set(LINE_ROLES)
    assert line_roles("") == []


def test_json_that_cannot_be_read_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + '\n{"text": 1' + "1" * 5000 + "}\n", "utf-8")
    errors = list(read_documents([path]))
    assert [(e.kind, e.line) for e in errors if isinstance(e, InputError)] == [
        (ErrorKind.NOT_JSON, 1),
        (ErrorKind.NOT_JSON, 2),
    ]


def _kind_and_pid(result: corpusparse.ParsedDocument | InputError) -> tuple[str, int]:
    kind = result.kind.value if isinstance(result, InputError) else "parsed"
    return kind, os.getpid()


def test_parse_stream_applies_then_in_the_workers_in_input_order() -> None:
    items: list[Item] = []
    for number in range(120):
        items.append(SourceDocument(f"Story {number}\n\nBody {number}.", f"{number}.txt"))
        if number % 40 == 0:
            items.append(InputError(ErrorKind.NOT_FOUND, f"gone{number}.txt", "no such file"))
    items.append(RawRecord("a.jsonl", 1, 0, b'{"id": 1}', "text"))
    items.append(SourceDocument("H\nBody\nann\nFebruary 30, 2014 at 10:08 PM\ntext\n", "bad.txt"))
    expected = ["not_found" if isinstance(item, InputError) else "parsed" for item in items]
    expected[-2:] = ["no_text", "parsed"]
    one = list(parse_stream(items, _kind_and_pid))
    assert [kind for kind, _ in one] == expected
    assert {pid for _, pid in one} == {os.getpid()}
    two = list(parse_stream(items, _kind_and_pid, strict=True, jobs=2))
    assert [kind for kind, _ in two] == [*expected[:-1], "defect"]
    assert os.getpid() not in {pid for _, pid in two}  # parsed and mapped in the workers
