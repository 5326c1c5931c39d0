"""Parsing a corpus on a Dask cluster (``pip install 'corpusparse[dask]'``).

The same job as ``corpusparse parse``, cut into tasks that Dask runs anywhere:

* `plan` cuts the inputs into `Partition` s: consecutive whole files up to
  ``blocksize`` bytes together, and every uncompressed JSON Lines file larger
  than that into blocks of ``blocksize`` bytes that split at line boundaries
  (`corpusparse.corpus.input_blocks`); each record lies in exactly one block.
* Each task reads its partition with `corpusparse.corpus.read_unit` and turns
  it into rows through `corpusparse.corpus.parse_stream` and
  `corpusparse.corpus.output.render_result`: the readers, the parsing loop and the
  row builders of the single-machine command, so the rows are the same, error
  rows included. A task depends only on its inputs and writes
  nothing, so a task that is run again (its worker died, or it failed and is
  retried) gives the same rows, and none is lost or doubled.
* `to_bag` gives a `dask.bag.Bag` of the rows, `to_dataframe` a
  `dask.dataframe.DataFrame` with the Parquet schema of
  `corpusparse.corpus.output.parquet_schema`; `write_parquet` and `write_jsonl` write
  one file per partition from the workers; `iter_rendered` streams the rows
  back in input order for ``corpusparse parse --scheduler``.

Every worker needs corpusparse installed, and must see the input files at the
paths the client sees them (a shared file system).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import dask.bag
from dask.delayed import delayed

from corpusparse.corpus import Exclude, InputError, InputFormat, ReadProgress
from corpusparse.corpus.dask_plan import (
    DEFAULT_BLOCKSIZE,
    RETRIES,
    ClusterError,
    Partition,
    _as_is,
    _tasks,
    partition_rows,
    plan,
    render_partition,
)
from corpusparse.corpus.output import (
    Encoder,
    Per,
    Rendered,
    encode_row,
    parquet_row,
    parquet_schema,
)
from corpusparse.corpus.parallel import default_jobs

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe
    import pandas
    from distributed import Client


__all__ = [
    "DEFAULT_BLOCKSIZE",
    "RETRIES",
    "ClusterError",
    "Partition",
    "cluster_client",
    "iter_rendered",
    "partition_rows",
    "plan",
    "render_partition",
    "to_bag",
    "to_dataframe",
    "write_jsonl",
    "write_parquet",
]


def to_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    blocksize: int = DEFAULT_BLOCKSIZE,
) -> dask.bag.Bag:
    """A Dask bag of the rows ``corpusparse parse`` writes for ``paths``, one partition per task.

    The rows are the JSON-ready dicts of `corpusparse.corpus.output`: article rows
    (or document rows with ``per="document"``) and an error row in the place
    of each input that produced no document; computed, they come in input
    order, exactly as the single-machine command writes them.

    Examples:
        ```python
        from distributed import Client
        import corpusparse.corpus.dask

        client = Client("tcp://scheduler:8786")
        rows = corpusparse.corpus.dask.to_bag(["/data/fineweb/*.jsonl.zst"])
        errors = rows.filter(lambda row: "error" in row).count().compute()
        ```
    """
    partitions = plan(paths, blocksize=blocksize, input_format=input_format)
    options = {"text_field": text_field, "input_format": input_format, "per": per}
    tasks = _tasks(partitions, partition_rows, strict=strict, **options)
    return dask.bag.from_delayed(tasks)


def _frame(rows: list[dict[str, Any]], per: Per) -> pandas.DataFrame:
    import pandas
    import pyarrow

    schema = parquet_schema(per)
    table = pyarrow.Table.from_pylist([parquet_row(row) for row in rows], schema=schema)
    return table.to_pandas(types_mapper=pandas.ArrowDtype)


def to_dataframe(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    blocksize: int = DEFAULT_BLOCKSIZE,
) -> dask.dataframe.DataFrame:
    """The rows of `to_bag` as a Dask dataframe with the columns of `parquet_schema`.

    Every column has a pyarrow-backed dtype (`pandas.ArrowDtype`) of that
    schema, so list and struct columns stay typed; ``meta`` is a JSON string.
    """
    import dask.dataframe

    bag = to_bag(
        paths,
        text_field=text_field,
        input_format=input_format,
        per=per,
        strict=strict,
        blocksize=blocksize,
    )
    frames = [delayed(_frame)(part, per) for part in bag.to_delayed()]
    return dask.dataframe.from_delayed(frames, meta=_frame([], per), verify_meta=False)


def write_parquet(
    paths: Iterable[str | os.PathLike[str]],
    directory: str | os.PathLike[str],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    blocksize: int = DEFAULT_BLOCKSIZE,
) -> None:
    """Parse ``paths`` on the current Dask scheduler into a Parquet dataset in ``directory``.

    Each worker writes its partitions (``part.N.parquet``, in input order by
    ``N``) with the schema of `parquet_schema`; read the dataset back with
    ``pyarrow.parquet.read_table(directory)`` or ``dask.dataframe.read_parquet``.
    """
    frame = to_dataframe(
        paths,
        text_field=text_field,
        input_format=input_format,
        per=per,
        strict=strict,
        blocksize=blocksize,
    )
    frame.to_parquet(
        os.fspath(directory), engine="pyarrow", schema=parquet_schema(per), write_index=False
    )


def _json_line(row: dict[str, Any]) -> str:
    return encode_row(row).decode("utf-8")[:-1]


def write_jsonl(
    paths: Iterable[str | os.PathLike[str]],
    directory: str | os.PathLike[str],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    blocksize: int = DEFAULT_BLOCKSIZE,
) -> list[str]:
    """Parse ``paths`` on the current Dask scheduler into JSON Lines files in ``directory``.

    One file per partition, ``part-00000.jsonl`` on, holding the lines the
    single-machine command writes for that partition's inputs; their
    concatenation in name order is its output. Returns the files' names.
    """
    bag = to_bag(
        paths,
        text_field=text_field,
        input_format=input_format,
        per=per,
        strict=strict,
        blocksize=blocksize,
    )
    os.makedirs(directory, exist_ok=True)
    pattern = os.path.join(os.fspath(directory), "part-*.jsonl")
    names = [pattern.replace("*", f"{n:05d}") for n in range(bag.npartitions)]
    bag.map(_json_line).to_textfiles(names, encoding="utf-8", last_endline=True)
    return names


def iter_rendered(
    client: Client,
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    encode: Encoder = _as_is,
    encode_error: Encoder = _as_is,
    blocksize: int = DEFAULT_BLOCKSIZE,
    exclude: Exclude = (),
    on_skip: Callable[[str], object] | None = None,
    progress: ReadProgress | None = None,
    in_flight: int | None = None,
) -> Iterator[Rendered]:
    """Run the partitions on ``client``'s cluster; yield what they render, in input order.

    At most ``in_flight`` partitions (default: twice the cluster's threads, at
    least 4) are submitted or held at once, so neither the cluster nor this
    process holds more than that however large the corpus. A task that raised
    is retried `RETRIES` times; one whose worker died is rerun by the scheduler.
    ``encode`` and ``encode_error`` are as for `render_partition`, run on the
    workers.

    Raises:
        ClusterError: A task failed for good (for example, it killed its
            worker on every try).
        ValueError: ``-`` is among the paths.
    """
    progress = progress if progress is not None else ReadProgress()
    partitions = plan(
        paths, blocksize=blocksize, input_format=input_format, exclude=exclude, on_skip=on_skip
    )
    progress.total_bytes = sum(partition.size for partition in partitions)
    options: dict[str, Any] = {"text_field": text_field, "input_format": input_format}
    options.update(per=per, strict=strict, encode=encode, encode_error=encode_error)
    calls = _tasks(partitions, render_partition, **options)
    tasks = iter(zip(partitions, calls, strict=True))
    limit = in_flight or max(4, 2 * sum(client.nthreads().values()))
    pending: deque[tuple[Partition, Any]] = deque()

    def submit() -> None:
        for partition, task in tasks:
            pending.append((partition, client.compute(task, retries=RETRIES)))
            if len(pending) >= limit:
                return

    submit()
    while pending:
        partition, future = pending.popleft()
        try:
            rendered, text_bytes = future.result()
        except Exception as error:
            first = partition.units[0]
            where = first.describe() if isinstance(first, InputError) else str(first)
            raise ClusterError(f"a task failed on the cluster ({where}): {error}") from error
        finally:
            future.release()
        submit()
        progress.files += len(partition.units)
        progress.bytes_read += partition.size
        progress.text_bytes += text_bytes
        yield from rendered


@contextlib.contextmanager
def cluster_client(address: str | None, *, workers: int = 0) -> Iterator[Client]:
    """A `distributed.Client` of the scheduler at ``address``, or of a new `LocalCluster`.

    Without an address, a `distributed.LocalCluster` of ``workers`` processes
    (``0``: one per CPU) with one thread each is started, and stopped on exit.

    Raises:
        OSError: The scheduler cannot be reached (after
            ``distributed.comm.timeouts.connect``, 30 s by default).
    """
    from distributed import Client, LocalCluster

    if address is not None:
        with Client(address, set_as_default=False) as client:
            yield client
        return
    count = workers if workers > 0 else default_jobs()
    with (
        LocalCluster(
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client
