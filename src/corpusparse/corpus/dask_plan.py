"""The Dask job planned: its partitions, and the task that renders one partition's rows."""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen
from dask.delayed import Delayed, delayed

from corpusparse.corpus import (
    STDIN,
    Exclude,
    InputBlock,
    InputError,
    InputFormat,
    ReadProgress,
    count_newlines,
    input_blocks,
    list_inputs,
    parse_stream,
    read_unit,
)
from corpusparse.corpus.output import Encoder, Per, Rendered, render_result

__all__ = [
    "DEFAULT_BLOCKSIZE",
    "RETRIES",
    "ClusterError",
    "Partition",
    "partition_rows",
    "plan",
    "render_partition",
]

DEFAULT_BLOCKSIZE = 32 * 2**20
"""Input bytes per task (32 MiB): about two seconds of parsing for one core."""
RETRIES = 2
"""How often `iter_rendered` lets Dask rerun a task that raised, beyond the first run.
(A task whose worker died is rerun by the scheduler in any case.)"""

Unit = Path | str | InputBlock | InputError


@frozen
class Partition:
    """One task's share of a corpus.

    Attributes:
        units: What the task reads, in input order: whole files (paths as
            found), or one `corpusparse.corpus.InputBlock`, and the errors
            `corpusparse.corpus.discover` met between them.
        size: The bytes on disk of its files or block.
    """

    units: tuple[Unit, ...]
    size: int = 0


class ClusterError(Exception):
    """A task failed on the cluster even after its retries (not bad input: that gives rows)."""


def _file_size(path: Path | str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def plan(
    paths: Iterable[str | os.PathLike[str]],
    *,
    blocksize: int = DEFAULT_BLOCKSIZE,
    input_format: InputFormat = "auto",
    exclude: Exclude = (),
    on_skip: Callable[[str], object] | None = None,
) -> list[Partition]:
    """Cut the inputs into partitions of about ``blocksize`` bytes, in input order.

    Consecutive files go into one partition until it would pass ``blocksize``;
    an uncompressed JSON Lines file larger than ``blocksize`` becomes one
    partition per block. A compressed file is one partition whatever its size
    (its stream must be read from the start): keep compressed shards at a few
    hundred MB, as FineWeb's are.

    Args:
        paths: Files, directories and glob patterns (not ``-``: workers
            cannot read this process's standard input).
        blocksize: Bytes on disk per partition.
        input_format: ``auto``, ``text`` or ``jsonl``.
        exclude: Files never to read (a run's own output).
        on_skip: Called with the name of each input ``exclude`` passes over.

    Raises:
        ValueError: ``-`` is among the paths.
    """
    partitions: list[Partition] = []
    pending: list[Unit] = []
    pending_size = 0
    for item in list_inputs(paths, exclude=exclude, on_skip=on_skip):
        if isinstance(item, InputError):
            pending.append(item)
            continue
        if os.fspath(item) == STDIN:
            raise ValueError("standard input cannot be read on a Dask cluster: name the files")
        blocks = input_blocks(item, blocksize=blocksize, input_format=input_format)
        size = _file_size(item) if not blocks else 0
        if pending and (blocks or pending_size + size > blocksize):
            partitions.append(Partition(tuple(pending), pending_size))
            pending, pending_size = [], 0
        if blocks:
            partitions.extend(Partition((block,), block.end - block.start) for block in blocks)
            continue
        pending.append(item)
        pending_size += size
    if pending:
        partitions.append(Partition(tuple(pending), pending_size))
    return partitions


def _as_is(row: dict[str, Any]) -> dict[str, Any]:
    return row


def render_partition(
    partition: Partition,
    newline_counts: Sequence[int] = (),
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    encode: Encoder = _as_is,
    encode_error: Encoder = _as_is,
) -> tuple[list[Rendered], int]:
    """Read and parse one partition (runs on a worker); never raises on bad input.

    Args:
        partition: What to read.
        newline_counts: For a block, the `corpusparse.corpus.count_newlines`
            of the blocks of its file before it.
        text_field: The field of a JSON Lines record that holds the text.
        input_format: ``auto``, ``text`` or ``jsonl``.
        per: ``article`` or ``document`` rows.
        strict: Turn a document with a defect into an error.
        encode: Applied to each row of a document (a writer's
            `corpusparse.corpus.output.Writer.encoder`); rows stay dicts by default.
        encode_error: Applied to each error row.

    Returns:
        Each item rendered as `corpusparse.corpus.output.render_result` renders it,
        in input order, and the bytes of text read (after decompression).
    """
    progress = ReadProgress()
    before = sum(newline_counts)
    items = (
        item
        for unit in partition.units
        for item in read_unit(
            unit,
            text_field=text_field,
            input_format=input_format,
            newlines_before=before,
            progress=progress,
        )
    )
    render = functools.partial(render_result, per=per, encode=encode, encode_error=encode_error)
    rendered = list(parse_stream(items, render, strict=strict))
    return rendered, progress.text_bytes


def partition_rows(
    partition: Partition,
    newline_counts: Sequence[int] = (),
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
) -> list[dict[str, Any]]:
    """The output rows of one partition, error rows in place (runs on a worker)."""
    rendered, _ = render_partition(
        partition,
        newline_counts,
        text_field=text_field,
        input_format=input_format,
        per=per,
        strict=strict,
    )
    return [row for item in rendered for row in item.rows]


def _tasks(partitions: list[Partition], function: Any, **options: Any) -> list[Delayed]:
    """One delayed call of ``function`` per partition, after the newline counts it needs."""
    token = uuid.uuid4().hex[:12]
    counts: list[Delayed] = []
    current = None
    tasks: list[Delayed] = []
    for index, partition in enumerate(partitions):
        block = partition.units[0] if len(partition.units) == 1 else None
        before: list[Delayed] = []
        if isinstance(block, InputBlock):
            if block.path != current or block.start == 0:
                current, counts = block.path, []
            before = list(counts)
            counts.append(
                delayed(count_newlines, pure=True)(
                    block, dask_key_name=f"corpusparse-count-{token}-{index}"
                )
            )
        name = f"corpusparse-{function.__name__.replace('_', '-')}-{token}-{index}"
        tasks.append(delayed(function, pure=True)(partition, before, dask_key_name=name, **options))
    return tasks
