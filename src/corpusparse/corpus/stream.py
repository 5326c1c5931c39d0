"""Parsing what was read: the one batch -> parse -> ordered results loop."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from attrs import frozen

from corpusparse.corpus.decoding import Item, RawRecord, resolve
from corpusparse.corpus.items import (
    ErrorKind,
    InputError,
    InputFormat,
    ReadProgress,
    SourceDocument,
)
from corpusparse.corpus.parallel import batched, default_jobs, ordered_map
from corpusparse.corpus.units import read_items
from corpusparse.model import Document
from corpusparse.parsing.parser import ParseError, parse

__all__ = [
    "CorpusError",
    "Parsed",
    "ParsedDocument",
    "item_weight",
    "iter_documents",
    "parse_batch",
    "parse_item",
    "parse_items",
    "parse_source",
    "parse_stream",
]

R = TypeVar("R")


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
    (`corpusparse.corpus.run.run_corpus`) and each task of the Dask path
    (`corpusparse.corpus.dask.render_partition`) all parse through it. The items
    (from `read_items` or `read_unit`) are grouped into batches of about
    `corpusparse.corpus.parallel.BATCH_CHARS` characters of text (`item_weight`);
    each batch goes to `parse_batch` on one of ``jobs`` worker processes
    (``0``: one per CPU; ``1``: this process), where every item is decoded and
    parsed and a bad item, a defect under ``strict`` or a failure of the parser
    becomes an `InputError` in its place; ``then`` is applied there to each
    result. What ``then`` returns comes back in input order, with a bounded
    number of batches in flight (`corpusparse.corpus.parallel.ordered_map`). With
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
