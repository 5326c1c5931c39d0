"""Finding inputs, decompressing them and decoding them into documents (or `InputError`)."""

from __future__ import annotations

import bz2
import codecs
import glob
import gzip
import io
import json
import lzma
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

import zstandard
from attrs import frozen

from corpusparse.corpus.items import (
    STDIN,
    EncodingErrors,
    ErrorKind,
    InputError,
    InputFormat,
    ReadProgress,
    SourceDocument,
)

__all__ = ["Item", "RawRecord", "discover", "input_format_of", "resolve"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zstd")

# First bytes of each compressed format.
_GZIP_MAGIC = b"\x1f\x8b"
_BZIP2_MAGIC = b"BZh"
_XZ_MAGIC = b"\xfd7zXZ\x00"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
COMPRESSED_MAGICS = (_GZIP_MAGIC, _BZIP2_MAGIC, _XZ_MAGIC, _ZSTD_MAGIC)

_READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zstandard.ZstdError)


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
        yield InputError(ErrorKind.UNREADABLE, os.fspath(name), error_reason(error))
    yield from sorted(found)


def error_reason(error: BaseException) -> str:
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
    if suffix in _COMPRESSION_NAMES and not head.startswith(COMPRESSED_MAGICS):
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


def read_jsonl(
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
            f"reading stopped after {number} lines: {error_reason(error)}",
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


def open_failed(source: str, error: BaseException) -> InputError:
    kind = ErrorKind.NOT_FOUND if isinstance(error, FileNotFoundError) else ErrorKind.UNREADABLE
    return InputError(kind, source, error_reason(error))


def read_input(
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
        yield open_failed(source, error)
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
            yield InputError(ErrorKind.UNREADABLE, source, error_reason(error))
            return
        if fmt == "jsonl":
            yield from read_jsonl(source, stream, text_field, tick, errors=errors)
        else:
            try:
                data = stream.read()
            except _READ_ERRORS as error:
                yield InputError(ErrorKind.UNREADABLE, source, error_reason(error))
                return
            tick(len(data))
            yield _text_document(source, data, errors)
    finally:
        if owned:
            size = _size(raw)
            progress._done = base + (size or 0)
            progress.bytes_read = progress._done
            raw.close()


def _size(handle: IO[bytes]) -> int | None:
    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):  # pragma: no cover - closed or unusual handle
        return None


def _peek_nonblank(stream: io.BufferedReader) -> bytes:
    """The first non-blank byte of a buffered stream, without consuming it."""
    head = stream.peek(4096).removeprefix(codecs.BOM_UTF8).lstrip()
    return head[:1]
