"""Units of work (whole files or byte ranges of one) and reading the corpus through them."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from attrs import frozen

from corpusparse.corpus.decoding import (
    COMPRESSED_MAGICS,
    Item,
    discover,
    error_reason,
    input_format_of,
    open_failed,
    read_input,
    read_jsonl,
    resolve,
)
from corpusparse.corpus.items import (
    STDIN,
    EncodingErrors,
    ErrorKind,
    InputError,
    InputFormat,
    ReadProgress,
    SourceDocument,
)

__all__ = [
    "Exclude",
    "InputBlock",
    "count_newlines",
    "input_blocks",
    "list_inputs",
    "read_block",
    "read_documents",
    "read_items",
    "read_unit",
]


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
    if head.startswith(COMPRESSED_MAGICS):
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
            yield open_failed(block.path, error)
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
                    ErrorKind.UNREADABLE, block.path, error_reason(error), offset=block.start
                )
                return
            offset = block.start - 1 + len(partial)
            number += partial.endswith(b"\n") and len(partial) > 1
        yield from read_jsonl(
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
        yield from read_input(unit, text_field, input_format, progress)


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
            yield from read_input(item, text_field, input_format, progress, encoding_errors)


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
