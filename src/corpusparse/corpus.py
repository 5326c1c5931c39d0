"""Reading corpora: find the inputs, decompress them, cut them into documents.

A corpus is any mix of

* plain text files, one document each;
* JSON Lines files, one document per record, the text in one field
  (``text`` by default, as FineWeb, C4 and Dolma ship it); the record's
  other fields travel with the document as `SourceDocument.meta`;
* directories (walked recursively, in sorted order, hidden entries skipped),
  glob patterns (``data/**/*.jsonl.zst``) and ``-`` for standard input.

Files may be gzip, bzip2, xz or Zstandard compressed; the compression is told
by the file's first bytes, not its name. Text is UTF-8 with or without a byte
order mark, and line ends (``\\r\\n``, ``\\r``, ``\\n``) are kept exactly.

Nothing here raises on bad input: an unreadable path, an undecodable file or
record, a line that is not JSON, a record without the text field each become an
`InputError` in the stream, in input order, naming the file, the line and
(where it helps) the byte offset. The reader holds one document at a time, so
memory stays bounded however large the corpus.
"""

from __future__ import annotations

import bz2
import codecs
import enum
import functools
import glob
import gzip
import io
import json
import lzma
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

import zstandard
from attrs import define, field, frozen

from corpusparse.models import Document
from corpusparse.parallel import batched, default_jobs, ordered_map
from corpusparse.parser import ParseError, parse

__all__ = [
    "STDIN",
    "CorpusError",
    "EncodingErrors",
    "ErrorKind",
    "Exclude",
    "InputBlock",
    "InputError",
    "InputFormat",
    "Item",
    "Parsed",
    "ParsedDocument",
    "RawRecord",
    "ReadProgress",
    "SourceDocument",
    "count_newlines",
    "discover",
    "input_blocks",
    "input_format_of",
    "item_weight",
    "iter_documents",
    "list_inputs",
    "parse_batch",
    "parse_item",
    "parse_items",
    "parse_source",
    "parse_stream",
    "read_block",
    "read_documents",
    "read_items",
    "read_unit",
    "resolve",
]

R = TypeVar("R")

STDIN = "-"
"""The path that stands for standard input."""

InputFormat = Literal["auto", "text", "jsonl"]
"""How to read an input: ``text`` (one document per file), ``jsonl`` (one per
record) or ``auto`` (JSON Lines for ``.jsonl``, ``.ndjson`` and ``.json`` names,
compression suffix aside; standard input when it starts with ``{``)."""

EncodingErrors = Literal["strict", "replace"]
"""What to do with bytes that are not UTF-8: ``strict`` makes the file (or
JSON Lines record) an ``undecodable`` error that names the byte offset;
``replace`` reads each bad sequence as U+FFFD and parses the text."""

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zstd")

# First bytes of each compressed format.
_GZIP_MAGIC = b"\x1f\x8b"
_BZIP2_MAGIC = b"BZh"
_XZ_MAGIC = b"\xfd7zXZ\x00"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

_COMPRESSED_MAGICS = (_GZIP_MAGIC, _BZIP2_MAGIC, _XZ_MAGIC, _ZSTD_MAGIC)

_READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zstandard.ZstdError)


class ErrorKind(str, enum.Enum):
    """Why an input, or one record of it, produced no document."""

    NOT_FOUND = "not_found"
    """The path does not exist, or the glob pattern matches nothing."""
    UNREADABLE = "unreadable"
    """The path could not be read: permissions, a broken compressed stream, ..."""
    UNDECODABLE = "undecodable"
    """The bytes are not UTF-8."""
    NOT_JSON = "not_json"
    """A line of a JSON Lines file is not a JSON object."""
    NO_TEXT = "no_text"
    """A JSON Lines record has no string in the text field."""
    DEFECT = "defect"
    """Strict mode only: the document parsed with a defect."""
    PARSER_FAILURE = "parser_failure"
    """The parser failed on the document (a bug: please report it)."""


@frozen
class InputError:
    """An input, or one record of it, that produced no document.

    Attributes:
        kind: What went wrong.
        source: The path as given or found (``-`` for standard input).
        message: A sentence for people.
        line: The 1-based line of the file where it went wrong (for JSON Lines,
            the record's line), or ``None`` when the whole path failed.
        offset: The byte offset in the (decompressed) file, where known.
        meta: For a JSON Lines record that was valid JSON, its fields other
            than the text field (``id``, ``url``, ...), so that the error row
            keeps the record's identity; ``None`` otherwise.
    """

    kind: ErrorKind
    source: str
    message: str
    line: int | None = None
    offset: int | None = None
    meta: dict[str, Any] | None = None

    def describe(self) -> str:
        """One line for people: ``SOURCE:LINE: kind: message``."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.kind.value}: {self.message}"


@frozen
class SourceDocument:
    """One document of the corpus, not yet parsed.

    Attributes:
        text: The document's text, line ends as in the input.
        source: The path it came from (``-`` for standard input).
        line: For a JSON Lines record, its 1-based line in the file; ``None``
            for a plain text file.
        meta: For a JSON Lines record, its fields other than the text field
            (``id``, ``url``, ``date``, ...); ``None`` for a plain text file.
    """

    text: str
    source: str
    line: int | None = None
    meta: dict[str, Any] | None = None


@frozen
class RawRecord:
    """A line of a JSON Lines file, not yet decoded.

    `read_items` hands these on undecoded so that a parallel run decodes them
    in its worker processes; `decode` makes the `SourceDocument` (or the
    `InputError`) that `read_documents` would have given.

    Attributes:
        source: The path it came from.
        line: Its 1-based line in the file.
        offset: The byte offset of the line in the (decompressed) file.
        data: The line's bytes.
        text_field: The field that holds the text.
        errors: What to do with bytes that are not UTF-8 (`EncodingErrors`).
    """

    source: str
    line: int
    offset: int
    data: bytes
    text_field: str
    errors: EncodingErrors = "strict"

    def decode(self) -> SourceDocument | InputError:
        """The record as a `SourceDocument`, or the `InputError` in its place."""
        return _record_document(
            self.source, self.line, self.offset, self.data, self.text_field, self.errors
        )


Item = SourceDocument | InputError | RawRecord
"""What `read_items` yields."""


def resolve(item: Item) -> SourceDocument | InputError:
    """Decode a `RawRecord`; pass anything else through."""
    return item.decode() if isinstance(item, RawRecord) else item


@define
class ReadProgress:
    """How far the reader has come, for progress bars.

    Attributes:
        total_bytes: The size on disk of all inputs, or ``None`` when unknown
            (standard input, or a path that could not be sized).
        bytes_read: Bytes read from disk so far (compressed bytes for
            compressed files).
        text_bytes: Bytes read after decompression (the size of the corpus
            as text); for throughput figures.
        files: Inputs opened so far.
    """

    total_bytes: int | None = None
    bytes_read: int = 0
    text_bytes: int = 0
    files: int = 0
    _done: int = field(default=0, init=False, repr=False)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    found: list[Path] = []
    for directory, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [name for name in dirnames if not _hidden(name)]
        found.extend(Path(directory, name) for name in filenames if not _hidden(name))
    for error in errors:
        name = error.filename if error.filename is not None else root
        yield InputError(ErrorKind.UNREADABLE, os.fspath(name), _reason(error))
    yield from sorted(found)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | str | InputError]:
    """Expand command-line paths into the inputs to read, in order.

    A directory gives every non-hidden file under it (recursively, sorted); a
    glob pattern its matches (sorted, ``**`` recursive); ``-`` stays ``-``
    (standard input). A pattern that matches nothing and a directory that cannot
    be listed give an `InputError`; any other path is passed on as it is (a
    missing file is reported when it is opened).

    Examples:
        >>> list(discover(["-"]))
        ['-']
    """
    for item in paths:
        name = os.fspath(item)
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink() or not glob.has_magic(name):
            yield path
        else:
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield InputError(ErrorKind.NOT_FOUND, name, "no file matches this pattern")
            for match in matches:
                match_path = Path(match)
                if match_path.is_dir():
                    yield from _walk(match_path)
                else:
                    yield match_path


def input_format_of(name: str) -> Literal["text", "jsonl"]:
    """The format ``auto`` gives a file name: ``jsonl`` or ``text``.

    Examples:
        >>> input_format_of("CC-MAIN-2024-10/000_00000.jsonl.zst"), input_format_of("a.txt")
        ('jsonl', 'text')
    """
    lower = name.lower()
    for suffix in _COMPRESSION_SUFFIXES:
        if lower.endswith(suffix):
            lower = lower[: -len(suffix)]
            break
    return "jsonl" if lower.endswith(_JSONL_SUFFIXES) else "text"


_COMPRESSION_NAMES = {
    ".gz": ("gzip", _GZIP_MAGIC),
    ".bz2": ("bzip2", _BZIP2_MAGIC),
    ".xz": ("xz", _XZ_MAGIC),
    ".zst": ("Zstandard", _ZSTD_MAGIC),
    ".zstd": ("Zstandard", _ZSTD_MAGIC),
}


def _decompressed(raw: io.BufferedReader, name: str = "") -> io.BufferedReader:
    """``raw`` itself, or a buffered decompressing reader over it, by its first bytes.

    Raises:
        OSError: ``name`` ends in a compression suffix (``.zst``) and the bytes
            are of no compressed format at all: "not Zstandard data".
    """
    head = raw.peek(6)[:6]
    suffix = os.path.splitext(name)[1].lower()
    if suffix in _COMPRESSION_NAMES and not head.startswith(_COMPRESSED_MAGICS):
        label = _COMPRESSION_NAMES[suffix][0]
        raise OSError(f"not {label} data (the name ends in {suffix}, the bytes are not {label})")
    stream: io.BufferedIOBase
    if head.startswith(_GZIP_MAGIC):
        stream = gzip.GzipFile(fileobj=raw, mode="rb")
    elif head.startswith(_BZIP2_MAGIC):
        stream = bz2.BZ2File(raw, mode="rb")
    elif head.startswith(_XZ_MAGIC):
        stream = lzma.LZMAFile(raw, mode="rb")  # noqa: SIM115 - closed with raw
    elif head.startswith(_ZSTD_MAGIC):
        decompressor = zstandard.ZstdDecompressor()
        stream = decompressor.stream_reader(raw, read_across_frames=True)  # type: ignore[assignment]
    else:
        return raw
    return io.BufferedReader(stream)


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line (``\\r\\n``, ``\\r`` or ``\\n`` ends) holding byte ``offset``."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def _undecodable(source: str, error: UnicodeDecodeError, line: int, base: int) -> InputError:
    offset = base + error.start
    bad = error.object[error.start : error.end]
    return InputError(
        ErrorKind.UNDECODABLE,
        source,
        f"not UTF-8: byte {bytes(bad[:4])!r} at byte offset {offset}",
        line=line,
        offset=offset,
    )


def _text_document(
    source: str, data: bytes, errors: EncodingErrors = "strict"
) -> SourceDocument | InputError:
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8", errors)
    except UnicodeDecodeError as error:
        line = _line_of(data, bom + error.start)
        return _undecodable(source, error, line, bom)
    return SourceDocument(text=text, source=source)


def _record_document(
    source: str,
    number: int,
    start: int,
    raw_line: bytes,
    text_field: str,
    errors: EncodingErrors = "strict",
) -> SourceDocument | InputError:
    try:
        line_text = raw_line.decode("utf-8", errors)
    except UnicodeDecodeError as error:
        return _undecodable(source, error, number, start)
    try:
        record = json.loads(line_text)
    except json.JSONDecodeError as error:
        offset = start + len(line_text[: error.pos].encode("utf-8"))
        return InputError(
            ErrorKind.NOT_JSON,
            source,
            f"not JSON: {error.msg} (column {error.colno})",
            line=number,
            offset=offset,
        )
    except (ValueError, RecursionError) as error:  # 5000-digit numbers, [[[[...]]]]
        message = f"not JSON that can be read: {type(error).__name__}: {error}"
        return InputError(ErrorKind.NOT_JSON, source, message, line=number, offset=start)
    if not isinstance(record, dict):
        return InputError(
            ErrorKind.NOT_JSON,
            source,
            f"a JSON {type(record).__name__}, not an object",
            line=number,
            offset=start,
        )
    missing = text_field not in record
    text = record.pop(text_field, None)
    if not isinstance(text, str):
        if missing:
            message = f"record has no field {text_field!r} (use --text-field to name another)"
        elif text is None:
            message = f"field {text_field!r} is null"
        else:
            message = f"field {text_field!r} is a JSON {_json_kind(text)}, not a string"
        return InputError(
            ErrorKind.NO_TEXT, source, message, line=number, offset=start, meta=record
        )
    return SourceDocument(text=text, source=source, line=number, meta=record)


def _json_kind(value: object) -> str:
    """The JSON name of a decoded value's type: ``number``, ``boolean``, ``array``, ``object``."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "array" if isinstance(value, list) else "object"


def _read_jsonl(
    source: str,
    stream: io.BufferedIOBase,
    text_field: str,
    tick: Callable[[int], None],
    *,
    number: int = 0,
    offset: int = 0,
    end: int | None = None,
    errors: EncodingErrors = "strict",
) -> Iterator[RawRecord | InputError]:
    """The records of ``stream``, whose next line is line ``number + 1`` at byte ``offset``.

    With ``end``, reading stops before the first line that starts at or after
    byte ``end``: the lines of one `InputBlock`.
    """
    try:
        for raw_line in stream:
            if end is not None and offset >= end:
                break
            number += 1
            start = offset
            offset += len(raw_line)
            tick(len(raw_line))
            if number == 1 and raw_line.startswith(codecs.BOM_UTF8):
                raw_line = raw_line[len(codecs.BOM_UTF8) :]
                start += len(codecs.BOM_UTF8)
            if raw_line.isspace() or not raw_line:
                continue
            yield RawRecord(source, number, start, raw_line, text_field, errors)
    except _READ_ERRORS as error:
        yield InputError(
            ErrorKind.UNREADABLE,
            source,
            f"reading stopped after {number} lines: {_reason(error)}",
            line=number + 1,
            offset=offset,
        )


def _open(path: Path | str) -> tuple[io.BufferedReader, bool]:
    if path == STDIN:
        stdin = sys.stdin.buffer
        if not isinstance(stdin, io.BufferedReader):  # pragma: no cover - unusual hosts
            stdin = io.BufferedReader(stdin)
        return stdin, False
    return open(path, "rb"), True  # closed by the caller


def _open_failed(source: str, error: BaseException) -> InputError:
    kind = ErrorKind.NOT_FOUND if isinstance(error, FileNotFoundError) else ErrorKind.UNREADABLE
    return InputError(kind, source, _reason(error))


def _read_input(
    path: Path | str,
    text_field: str,
    input_format: InputFormat,
    progress: ReadProgress,
    errors: EncodingErrors = "strict",
) -> Iterator[Item]:
    source = os.fspath(path)
    try:
        raw, owned = _open(path)
    except _READ_ERRORS as error:
        yield _open_failed(source, error)
        return
    progress.files += 1
    base = progress._done

    def tick(size: int) -> None:
        progress.text_bytes += size
        if owned:
            progress.bytes_read = base + raw.tell()

    try:
        try:
            stream = _decompressed(raw, source if owned else "")
            fmt = input_format
            if fmt == "auto":
                if owned:
                    fmt = input_format_of(source)
                else:
                    fmt = "jsonl" if _peek_nonblank(stream) == b"{" else "text"
        except _READ_ERRORS as error:
            yield InputError(ErrorKind.UNREADABLE, source, _reason(error))
            return
        if fmt == "jsonl":
            yield from _read_jsonl(source, stream, text_field, tick, errors=errors)
        else:
            try:
                data = stream.read()
            except _READ_ERRORS as error:
                yield InputError(ErrorKind.UNREADABLE, source, _reason(error))
                return
            tick(len(data))
            yield _text_document(source, data, errors)
    finally:
        if owned:
            size = _size(raw)
            progress._done = base + (size or 0)
            progress.bytes_read = progress._done
            raw.close()


@frozen
class InputBlock:
    """A byte range of an uncompressed JSON Lines file, to be read on its own.

    A block holds every line that *starts* at a byte offset in ``[start,
    end)``: a line that crosses ``start`` belongs to the block before it, one
    that crosses ``end`` to this one. Blocks that tile a file (`input_blocks`)
    therefore hold each of its lines exactly once, wherever the boundaries fall.

    Attributes:
        path: The file, as found by `discover`.
        start: The first byte offset of the range.
        end: The byte offset just past the range.
    """

    path: str
    start: int
    end: int


def input_blocks(
    path: Path | str, *, blocksize: int, input_format: InputFormat = "auto"
) -> list[InputBlock]:
    """Cut a large uncompressed JSON Lines file into blocks of ``blocksize`` bytes.

    Gives ``[]`` for an input that cannot be cut: standard input, a plain
    text file (one document), a compressed file (its stream must be read from
    the start), a file no larger than ``blocksize``, and a file that cannot be
    read (reading it whole reports the error).
    """
    name = os.fspath(path)
    fmt = input_format_of(name) if input_format == "auto" else input_format
    if name == STDIN or fmt != "jsonl" or blocksize <= 0:
        return []
    try:
        with open(name, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size <= blocksize or not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return []
            head = handle.read(6)
    except OSError:
        return []
    if head.startswith(_COMPRESSED_MAGICS):
        return []
    return [
        InputBlock(name, start, min(start + blocksize, size)) for start in range(0, size, blocksize)
    ]


def count_newlines(block: InputBlock, *, chunk: int = 1 << 20) -> int:
    """How many ``\\n`` bytes lie in the block's byte range (its file's line count there).

    The line of a record in block *k* is one more than the newlines of
    blocks *0* to *k-1*: this is what lets each block be read on its own.
    An unreadable file counts as ``0`` (reading its blocks reports the error).
    """
    count = 0
    try:
        with open(block.path, "rb") as handle:
            handle.seek(block.start)
            remaining = block.end - block.start
            while remaining > 0:
                data = handle.read(min(chunk, remaining))
                if not data:
                    break
                remaining -= len(data)
                count += data.count(b"\n")
    except OSError:
        return 0
    return count


def read_block(
    block: InputBlock,
    *,
    newlines_before: int,
    text_field: str = "text",
    progress: ReadProgress | None = None,
) -> Iterator[Item]:
    """Read the records of one block: exactly what `read_items` gives for its lines.

    Args:
        block: The byte range to read.
        newlines_before: The ``\\n`` bytes of the file before ``block.start``
            (the sum of `count_newlines` over the blocks before it), so that
            each record gets its line number in the whole file.
        text_field: The field of a JSON Lines record that holds the text.
        progress: Updated as the reader goes.
    """
    progress = progress if progress is not None else ReadProgress()
    try:
        raw = open(block.path, "rb")  # noqa: SIM115 - closed below
    except OSError as error:
        if block.start == 0:  # the first block alone speaks for the whole file
            yield _open_failed(block.path, error)
        return
    progress.files += 1

    def tick(size: int) -> None:
        progress.text_bytes += size
        progress.bytes_read = raw.tell() - block.start

    with raw:
        number, offset = newlines_before, block.start
        if block.start > 0:
            try:
                raw.seek(block.start - 1)
                partial = raw.readline()  # the end of a line that started in the block before
            except OSError as error:
                yield InputError(
                    ErrorKind.UNREADABLE, block.path, _reason(error), offset=block.start
                )
                return
            offset = block.start - 1 + len(partial)
            number += partial.endswith(b"\n") and len(partial) > 1
        yield from _read_jsonl(
            block.path, raw, text_field, tick, number=number, offset=offset, end=block.end
        )


def read_unit(
    unit: Path | str | InputBlock | InputError,
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    newlines_before: int = 0,
    progress: ReadProgress | None = None,
) -> Iterator[Item]:
    """Read one input as `read_items` would: a whole file, one block, or an error.

    An `InputError` (one `discover` found) is passed through; a block is read
    with `read_block` (``newlines_before`` as there); a file whole.
    """
    progress = progress if progress is not None else ReadProgress()
    if isinstance(unit, InputError):
        yield unit
    elif isinstance(unit, InputBlock):
        yield from read_block(
            unit, newlines_before=newlines_before, text_field=text_field, progress=progress
        )
    else:
        yield from _read_input(unit, text_field, input_format, progress)


def _size(handle: IO[bytes]) -> int | None:
    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):  # pragma: no cover - closed or unusual handle
        return None


def _peek_nonblank(stream: io.BufferedReader) -> bytes:
    """The first non-blank byte of a buffered stream, without consuming it."""
    head = stream.peek(4096).removeprefix(codecs.BOM_UTF8).lstrip()
    return head[:1]


def _file_key(path: str | os.PathLike[str] | int) -> tuple[int, int] | None:
    """What tells one file from another however it is named: device and inode.

    An ``int`` is an open file descriptor (standard output, say): its file's key
    if it is a regular file, ``None`` for a pipe or a terminal.
    """
    try:
        if isinstance(path, int):
            status = os.fstat(path)
            if not stat.S_ISREG(status.st_mode):
                return None
        elif os.fspath(path) == STDIN:
            return None
        else:
            status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _total_size(inputs: list[Path | str | InputError]) -> int | None:
    total = 0
    for item in inputs:
        if isinstance(item, InputError):
            continue
        if item == STDIN:
            return None
        try:
            total += os.stat(item).st_size
        except OSError:
            continue
    return total


Exclude = Iterable[str | os.PathLike[str] | int]
"""Files never to read: paths, or open file descriptors (a run's standard output)."""


def list_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    exclude: Exclude = (),
    on_skip: Callable[[str], object] | None = None,
) -> list[Path | str | InputError]:
    """The inputs `discover` finds, less the files in ``exclude``.

    A file is told by its device and inode, however it is named; an ``int`` in
    ``exclude`` is a file descriptor, so that a run whose standard output is
    redirected into an input directory does not read what it writes. Each
    input passed over is named to ``on_skip``.

    Examples:
        >>> list_inputs(["-"])
        ['-']
    """
    skip = {key for key in map(_file_key, exclude) if key is not None}
    found: list[Path | str | InputError] = []
    for item in discover(paths):
        if skip and not isinstance(item, InputError) and _file_key(item) in skip:
            if on_skip is not None:
                on_skip(os.fspath(item))
            continue
        found.append(item)
    return found


def read_items(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    progress: ReadProgress | None = None,
    exclude: Exclude = (),
    encoding_errors: EncodingErrors = "strict",
    on_skip: Callable[[str], object] | None = None,
) -> Iterator[Item]:
    """`read_documents`, with JSON Lines records left undecoded as `RawRecord`.

    Decoding a record (UTF-8, JSON, the text field) is left to whoever takes
    the item, with `resolve`: in a parallel run, the worker processes. Each
    input that ``exclude`` passes over is named to ``on_skip``.
    """
    progress = progress if progress is not None else ReadProgress()
    inputs = list_inputs(paths, exclude=exclude, on_skip=on_skip)
    progress.total_bytes = _total_size(inputs)
    for item in inputs:
        if isinstance(item, InputError):
            yield item
        else:
            yield from _read_input(item, text_field, input_format, progress, encoding_errors)


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    progress: ReadProgress | None = None,
    exclude: Exclude = (),
    encoding_errors: EncodingErrors = "strict",
) -> Iterator[SourceDocument | InputError]:
    """Read a corpus lazily: each document, or the error in its place, in input order.

    Args:
        paths: Files, directories, glob patterns and ``-`` (standard input).
        text_field: The field of a JSON Lines record that holds the text.
        input_format: ``auto``, ``text`` or ``jsonl`` (see `InputFormat`).
        progress: Updated as the reader goes, for progress bars.
        exclude: Files never to read, even where ``paths`` would find them:
            the files a run writes to, which may lie in the input directory
            (paths, or file descriptors such as standard output's).
        encoding_errors: What to do with bytes that are not UTF-8 (`EncodingErrors`).

    Examples:
        ```python
        for item in read_documents(["crawl/", "extra.jsonl.zst"], text_field="content"):
            if isinstance(item, InputError):
                print(item.describe())
            else:
                print(item.source, item.line, len(item.text))
        ```
    """
    items = read_items(
        paths,
        text_field=text_field,
        input_format=input_format,
        progress=progress,
        exclude=exclude,
        encoding_errors=encoding_errors,
    )
    for item in items:
        yield resolve(item)


@frozen
class ParsedDocument:
    """One document of the corpus, parsed.

    Attributes:
        document: What the parser made of the text.
        source: The path it came from (``-`` for standard input).
        line: For a JSON Lines record, its 1-based line in the file; ``None``
            for a plain text file.
        meta: For a JSON Lines record, its other fields; ``None`` for a plain
            text file.
    """

    document: Document
    source: str
    line: int | None = None
    meta: dict[str, Any] | None = None


class CorpusError(Exception):
    """Raised by `iter_documents` at a bad input when no ``on_error`` is given.

    Attributes:
        error: What went wrong, and where.
    """

    def __init__(self, error: InputError) -> None:
        super().__init__(error.describe())
        self.error = error


def parse_source(item: SourceDocument, *, strict: bool = False) -> ParsedDocument | InputError:
    """Parse one `SourceDocument`; never raises.

    With ``strict`` a document with a defect becomes an `InputError` of kind
    ``defect``; a failure of the parser itself becomes one of kind
    ``parser_failure``.
    """
    try:
        document = parse(item.text, strict=strict)
    except ParseError as error:
        message = (
            f"text line {error.defect.line}: {error.defect.kind.value}: {error.defect.message}"
        )
        return InputError(ErrorKind.DEFECT, item.source, message, line=item.line, meta=item.meta)
    except Exception as error:  # a parser bug must not end a corpus run
        message = f"{type(error).__name__}: {error}"
        return InputError(
            ErrorKind.PARSER_FAILURE, item.source, message, line=item.line, meta=item.meta
        )
    return ParsedDocument(document=document, source=item.source, line=item.line, meta=item.meta)


def item_weight(item: Item) -> int:
    """How much an item weighs when batching: the size of its text."""
    if isinstance(item, SourceDocument):
        return len(item.text)
    return len(item.data) if isinstance(item, RawRecord) else 0


def parse_item(item: Item, *, strict: bool = False) -> ParsedDocument | InputError:
    """Decode and parse one item (`parse_source`); pass an error through."""
    source = resolve(item)
    return parse_source(source, strict=strict) if isinstance(source, SourceDocument) else source


Parsed = ParsedDocument | InputError
"""What an input item becomes: its parsed document, or the error in its place."""


def _same(result: Parsed) -> Parsed:
    return result


def parse_batch(batch: list[Item], then: Callable[[Parsed], R], *, strict: bool = False) -> list[R]:
    """Decode and parse each item of a batch (`parse_item`), then apply ``then`` to it.

    This is what a worker process runs in `parse_stream`: ``then`` turns each
    result into what the caller keeps (the encoded rows of a corpus run, say),
    so that the work is done in the worker and only that comes back.
    """
    return [then(parse_item(item, strict=strict)) for item in batch]


def parse_items(batch: list[Item], *, strict: bool = False) -> list[Parsed]:
    """Decode and parse the items of a batch; pass its errors through, in order."""
    return parse_batch(batch, _same, strict=strict)


def parse_stream(
    items: Iterable[Item],
    then: Callable[[Parsed], R],
    *,
    strict: bool = False,
    jobs: int = 1,
) -> Iterator[R]:
    """The one loop that parses a stream of input items: batch, parse, keep the order.

    `iter_documents`, the ``corpusparse parse`` command
    (`corpusparse.run.run_corpus`) and each task of the Dask path
    (`corpusparse.dask.render_partition`) all parse through it. The items
    (from `read_items` or `read_unit`) are grouped into batches of about
    `corpusparse.parallel.BATCH_CHARS` characters of text (`item_weight`);
    each batch goes to `parse_batch` on one of ``jobs`` worker processes
    (``0``: one per CPU; ``1``: this process), where every item is decoded and
    parsed and a bad item, a defect under ``strict`` or a failure of the parser
    becomes an `InputError` in its place; ``then`` is applied there to each
    result. What ``then`` returns comes back in input order, with a bounded
    number of batches in flight (`corpusparse.parallel.ordered_map`). With
    ``jobs`` above 1, ``then`` must be picklable (a module-level function or a
    `functools.partial` of one).

    Examples:
        >>> text = SourceDocument("Rain at last\\n\\nIt rained.", "a.txt")
        >>> missing = InputError(ErrorKind.NOT_FOUND, "b.txt", "no such file")
        >>> list(parse_stream([text, missing], lambda result: type(result).__name__))
        ['ParsedDocument', 'InputError']
    """
    function = functools.partial(parse_batch, then=then, strict=strict)
    count = jobs if jobs > 0 else default_jobs()
    return ordered_map(function, batched(items, item_weight), jobs=count)


def iter_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    strict: bool = False,
    jobs: int = 1,
    on_error: Callable[[InputError], object] | None = None,
    progress: ReadProgress | None = None,
) -> Iterator[ParsedDocument]:
    """Parse a corpus lazily, yielding each document in input order.

    Args:
        paths: Files, directories, glob patterns and ``-`` (standard input);
            see `read_documents`.
        text_field: The field of a JSON Lines record that holds the text.
        input_format: ``auto``, ``text`` or ``jsonl`` (see `InputFormat`).
        strict: Treat a document with a defect as an error of kind ``defect``.
        jobs: Processes to parse on (``0``: one per CPU). The order of the
            documents does not depend on it.
        on_error: Called with each `InputError`, in input order, between the
            documents around it. Without it the first error raises `CorpusError`.
        progress: Updated as the reader goes, for progress bars.

    Raises:
        CorpusError: At the first bad input, when ``on_error`` is not given.

    Examples:
        ```python
        import corpusparse

        errors = []
        for parsed in corpusparse.iter_documents(
            ["fineweb/"], text_field="text", jobs=4, on_error=errors.append
        ):
            for article in parsed.document.articles:
                print(parsed.meta["id"], article.headline)
        ```
    """
    items = read_items(paths, text_field=text_field, input_format=input_format, progress=progress)
    for result in parse_stream(items, _same, strict=strict, jobs=jobs):
        if isinstance(result, InputError):
            if on_error is None:
                raise CorpusError(result)
            on_error(result)
        else:
            yield result
