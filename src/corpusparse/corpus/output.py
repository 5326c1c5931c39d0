"""What a corpus run writes: the rows, and the writers that put them in files.

Rows are JSON-ready dicts of three shapes:

* an *article row* (``--per article``, the default): ``source``, then for JSON
  Lines inputs ``line`` and ``meta`` (the record's other fields), then the
  fields of `corpusparse.article_record`;
* a *document row* (``--per document``): ``source``, ``line`` and ``meta`` as
  above, ``articles`` (a list of article records), ``boilerplate`` and
  ``defects`` (``kind``, ``line``, ``message``);
* an *error row*: ``source``, ``line``, ``meta`` (for a JSON Lines record
  that was valid JSON), ``offset``, ``error`` (the `ErrorKind` value) and
  ``message``.

A writer takes rows in order and is closed once. `JsonLinesWriter` writes one
UTF-8 JSON object per line; `ParquetWriter` writes row groups with the
documented schema (`parquet_schema`). `open_writer` makes either from a path.

In a corpus run the rows are made where the document is parsed, in the
worker processes: `render_result` turns one result of
`corpusparse.corpus.parse_stream` into a `Rendered` (its rows, already
encoded by the writer's `Writer.encoder`, and what the summary counts).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

from attrs import frozen

from corpusparse.corpus import InputError, Item, Parsed, ParsedDocument, parse_batch
from corpusparse.formats.convert import article_record
from corpusparse.formats.fields import (
    ARTICLE_FIELDS,
    DOCUMENT_FIELDS,
    ERROR_FIELDS,
    ORIGIN_FIELDS,
    RecordField,
    arrow_type,
    make_record,
)

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__all__ = [
    "Encoder",
    "JsonLinesWriter",
    "OutputFormat",
    "ParquetWriter",
    "Per",
    "Rendered",
    "Writer",
    "article_rows",
    "document_row",
    "encode_row",
    "error_row",
    "open_writer",
    "parquet_row",
    "parquet_schema",
    "render_items",
    "render_result",
]

OutputFormat = Literal["jsonl", "parquet"]
"""The output formats: JSON Lines or Apache Parquet."""
Per = Literal["article", "document"]
"""What one output row stands for."""


def _origin(parsed: ParsedDocument) -> dict[str, Any]:
    origin: dict[str, Any] = {"source": parsed.source}
    if parsed.line is not None:
        origin["line"] = parsed.line
        origin["meta"] = parsed.meta if parsed.meta is not None else {}
    return origin


def article_rows(parsed: ParsedDocument) -> list[dict[str, Any]]:
    """One row per article of a parsed document (none for a document without any).

    Examples:
        >>> from corpusparse import parse
        >>> parsed = ParsedDocument(parse("Rain\\n\\nIt rained."), "a.jsonl", 3, {"id": "x"})
        >>> row = article_rows(parsed)[0]
        >>> row["source"], row["line"], row["meta"], row["headline"]
        ('a.jsonl', 3, {'id': 'x'}, 'Rain')
    """
    origin = _origin(parsed)
    return [{**origin, **article_record(article)} for article in parsed.document.articles]


def document_row(parsed: ParsedDocument) -> dict[str, Any]:
    """One row for a whole parsed document, its articles nested (`DOCUMENT_FIELDS`)."""
    return {**_origin(parsed), **make_record(parsed.document, DOCUMENT_FIELDS)}


def error_row(error: InputError) -> dict[str, Any]:
    """The row that stands for an input that produced no document.

    A JSON Lines record that was valid JSON keeps its identity: its ``meta``
    (the fields other than the text field) is in the row, as in a document's.

    Examples:
        >>> from corpusparse.corpus import ErrorKind
        >>> error_row(InputError(ErrorKind.NOT_JSON, "a.jsonl", "not JSON", line=4, offset=80))
        {'source': 'a.jsonl', 'line': 4, 'offset': 80, 'error': 'not_json', 'message': 'not JSON'}
        >>> error_row(InputError(ErrorKind.NO_TEXT, "a.jsonl", "field 'text' is null", 5,
        ...                      meta={"id": 7}))["meta"]
        {'id': 7}
    """
    row: dict[str, Any] = {"source": error.source, "line": error.line}
    if error.meta is not None:
        row["meta"] = error.meta
    row.update({"offset": error.offset, "error": error.kind.value, "message": error.message})
    return row


Encoder = Callable[[dict[str, Any]], Any]
"""A writer's `Writer.encoder`: a row to what the writer takes."""


@frozen
class Rendered:
    """The output rows for one input item, encoded, and what to count for the summary.

    Attributes:
        rows: The rows to write (article rows or one document row), each made
            by the writer's `Writer.encoder`.
        articles: How many articles the document held.
        defects: The kinds of the document's defects, one entry per defect.
        error: The error in the document's place, if it produced none; then
            ``rows`` holds its one error row.
    """

    rows: list[Any]
    articles: int = 0
    defects: tuple[str, ...] = ()
    error: InputError | None = None


def render_result(result: Parsed, *, per: Per, encode: Encoder, encode_error: Encoder) -> Rendered:
    """The encoded rows of one parsed item, or of the error in its place.

    ``encode`` makes the rows of a parsed document, ``encode_error`` the error
    row (they may go to another writer).
    """
    if isinstance(result, InputError):
        return Rendered(rows=[encode_error(error_row(result))], error=result)
    document = result.document
    rows = article_rows(result) if per == "article" else [document_row(result)]
    return Rendered(
        rows=[encode(row) for row in rows],
        articles=len(document.articles),
        defects=tuple(defect.kind.value for defect in document.defects),
    )


def render_items(
    batch: list[Item],
    *,
    per: Per,
    strict: bool,
    encode: Encoder,
    encode_error: Encoder,
) -> list[Rendered]:
    """Parse a batch and turn each item into its encoded rows (`render_result`).

    What the workers of a corpus run do with each batch of
    `corpusparse.corpus.parse_stream`.
    """
    render = functools.partial(render_result, per=per, encode=encode, encode_error=encode_error)
    return parse_batch(batch, render, strict=strict)


class Writer(Protocol):
    """Anything that takes output rows in order and is closed once.

    Turning a row into what the file holds is split off as `encoder`, a
    module-level function, so that a parallel run does it in the worker
    processes and hands the writer only `write_encoded` work.

    """

    @property
    def encoder(self) -> Callable[[dict[str, Any]], Any]:
        """Turns a row into what `write_encoded` takes (bytes for JSON Lines).

        A module-level function: picklable, free of the writer's state.
        """

    def write(self, row: dict[str, Any]) -> None:
        """Write one row (``write_encoded(encoder(row))``)."""

    def write_encoded(self, encoded: Any) -> None:
        """Write one row that `encoder` has turned into the writer's form."""

    def close(self) -> None:
        """Flush everything and release the file."""


def encode_row(row: dict[str, Any]) -> bytes:
    """One row as a line of JSON Lines: UTF-8, no ASCII escapes, ``\\n`` at the end."""
    return json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n"


class JsonLinesWriter:
    """Writes rows as JSON Lines to a binary stream.

    Args:
        stream: Where to write; closed by `close` only if ``owned``.
        owned: Whether the writer closes the stream.
    """

    encoder = staticmethod(encode_row)

    def __init__(self, stream: IO[bytes], *, owned: bool = False) -> None:
        self.stream = stream
        self.owned = owned

    def write(self, row: dict[str, Any]) -> None:
        """Write one row as one line."""
        self.stream.write(encode_row(row))

    def write_encoded(self, encoded: bytes) -> None:
        """Write one line made by `encode_row`."""
        self.stream.write(encoded)

    def close(self) -> None:
        """Flush, and close the stream if the writer owns it."""
        self.stream.flush()
        if self.owned:
            self.stream.close()


def parquet_schema(per: Per = "article") -> pyarrow.Schema:
    """The Parquet schema of ``--format parquet`` output.

    Made from the field table (`corpusparse.formats.fields`), as the JSON rows are, so
    the columns are the keys of the JSON rows. Per article, the columns are
    ``source`` (string), ``line`` (int64, null for plain text inputs), ``meta``
    (string: the record's other fields as a JSON object, null for plain text
    inputs), every field of `corpusparse.formats.fields.ARTICLE_FIELDS` with its
    natural Arrow type (lists of strings, lists of structs; dates and times as
    ISO 8601 strings, as in JSON; a field the JSON record leaves out is null),
    and for rows that stand for a bad input ``error``, ``message`` and
    ``offset`` (null on article rows). Per document, the article fields are
    replaced by those of `corpusparse.formats.fields.DOCUMENT_FIELDS`: ``articles`` (a
    list of article structs), ``boilerplate`` (list of strings) and ``defects``
    (list of ``kind``/``line``/``message`` structs).

    Raises:
        ModuleNotFoundError: pyarrow is not installed
            (``pip install 'corpusparse[parquet]'``).
    """
    import pyarrow as pa

    def columns(fields: tuple[RecordField, ...]) -> list[pyarrow.Field]:
        return [pa.field(item.key, arrow_type(item.shape)) for item in fields]

    body = ARTICLE_FIELDS if per == "article" else DOCUMENT_FIELDS
    return pa.schema(columns(ORIGIN_FIELDS) + columns(body) + columns(ERROR_FIELDS))


def parquet_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row as `parquet_schema` holds it: ``meta`` as a JSON string.

    Examples:
        >>> parquet_row({"source": "a.jsonl", "line": 1, "meta": {"id": "é"}})
        {'source': 'a.jsonl', 'line': 1, 'meta': '{"id": "é"}'}
    """
    if row.get("meta") is not None:
        return {**row, "meta": json.dumps(row["meta"], ensure_ascii=False)}
    return row


class ParquetWriter:
    """Writes rows to a Parquet file in row groups of ``rows_per_group`` rows.

    Args:
        path: The file to write.
        per: Whether rows are article rows or document rows.
        rows_per_group: Rows buffered before a row group is written.

    Raises:
        ModuleNotFoundError: pyarrow is not installed
            (``pip install 'corpusparse[parquet]'``).
    """

    def __init__(self, path: str | Path, *, per: Per = "article", rows_per_group: int = 4096):
        import pyarrow.parquet as pq

        self.schema = parquet_schema(per)
        self.rows_per_group = rows_per_group
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(str(path), self.schema)

    encoder = staticmethod(parquet_row)

    def write(self, row: dict[str, Any]) -> None:
        """Buffer one row; write a row group when the buffer is full."""
        self.write_encoded(parquet_row(row))

    def write_encoded(self, encoded: dict[str, Any]) -> None:
        """Buffer one row made by `parquet_row`."""
        self._rows.append(encoded)
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            table = pa.Table.from_pylist(self._rows, schema=self.schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        """Write the last row group and the file footer."""
        self._flush()
        self._writer.close()


def open_writer(
    path: str | Path | None, *, output_format: OutputFormat = "jsonl", per: Per = "article"
) -> Writer:
    """A writer for ``path`` (``None`` or ``-``: standard output, JSON Lines only)."""
    to_stdout = path is None or str(path) == "-"
    if output_format == "parquet":
        if to_stdout:
            raise ValueError("--format parquet needs an output file (-o FILE)")
        assert path is not None
        return ParquetWriter(path, per=per)
    if path is None or to_stdout:
        return JsonLinesWriter(sys.stdout.buffer)
    return JsonLinesWriter(open(path, "wb"), owned=True)  # closed by close()
