"""A corpus run from end to end: read, parse on N processes, write, report.

`run_corpus` is what ``corpusparse parse`` does once its command line is read:
it streams the inputs through `corpusparse.corpus.parse_stream`, the loop
`corpusparse.iter_documents` and the Dask tasks parse with too (so output
order equals input order whatever ``jobs`` is), turns each result into rows
in the workers (`corpusparse.corpus.output.render_result`), writes every row through
one `corpusparse.corpus.output.Writer`, shows a progress bar on a terminal, and ends
with the one-line summary of `RunStats.summary`. (`Encoder`, `Rendered` and
`render_items` live in `corpusparse.corpus.output` and are named here too.)
"""

from __future__ import annotations

import functools
import itertools
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from corpusparse.corpus import (
    EncodingErrors,
    InputFormat,
    Item,
    ReadProgress,
    parse_stream,
    read_items,
)
from corpusparse.corpus.output import Per, Rendered, Writer, render_result
from corpusparse.corpus.run_stats import RunStats

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client


__all__ = ["REFRESH_SECONDS", "RunStats", "run_corpus"]

REFRESH_SECONDS = 0.2
"""How often the progress bar's counts are redrawn, at most."""

_BAR = "{desc} {percentage:3.0f}%|{bar}| {rate_fmt}, {remaining} left{postfix}"
_NO_BAR = "{desc} {n_fmt}B, {rate_fmt}{postfix}"  # the size of the inputs is not known


class _Progress:
    """A tqdm bar on a terminal; nothing otherwise. Messages go around the bar.

    The bar counts the input bytes of the items whose rows are written (parsed,
    not merely read), so it reaches 100 % with the last document. Its line
    holds the percentage, the speed, the time left and the counts, and fits an
    80-column terminal with a bar of some 15 columns.
    """

    def __init__(self, stream: IO[str], enabled: bool, reading: ReadProgress) -> None:
        self.stream = stream
        self.reading = reading
        self.bar: Any = None
        self.shown = 0.0
        if enabled:
            import tqdm

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: the workers may fork
            self.bar = tqdm.tqdm(
                total=None,
                unit="B",
                unit_scale=True,
                file=stream,
                desc="parsing",
                dynamic_ncols=True,
                leave=False,
                bar_format=_NO_BAR,
            )

    def update(self, stats: RunStats, done: int) -> None:
        """Move the bar to ``done`` input bytes (those of the items written so far)."""
        bar = self.bar
        if bar is None:
            return
        if bar.total is None and self.reading.total_bytes:
            bar.total = self.reading.total_bytes
            bar.bar_format = _BAR
        if bar.total is not None:  # the end only once the last item is written (`finish`)
            done = min(done, bar.total - 1)
        if done > bar.n:
            bar.update(done - bar.n)
        now = time.monotonic()
        if now - self.shown >= REFRESH_SECONDS:  # the counts move even when the bytes do not
            self.shown = now
            self.show_counts(stats)

    def show_counts(self, stats: RunStats) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"{stats.documents:,} docs, {stats.articles:,} articles")

    def finish(self, stats: RunStats) -> None:
        """Every item is written: the bar at its end, the last counts shown."""
        bar = self.bar
        if bar is not None and bar.total is not None and bar.n < bar.total:
            bar.update(bar.total - bar.n)
        self.show_counts(stats)

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _marked(items: Iterable[Item], reading: ReadProgress, marks: deque[int]) -> Iterator[Item]:
    """``items``, noting for each the input bytes read once it was read."""
    for item in items:
        marks.append(reading.bytes_read)
        yield item


def _write_all(
    stream: Iterable[Rendered],
    writer: Writer,
    errors_to: Writer,
    *,
    stats: RunStats,
    bar: _Progress,
    marks: deque[int],
    item_done: Callable[[], None] | None,
) -> None:
    """Write the rows of every rendered item in order, counting them into ``stats``.

    SIGINT stops the loop after the item being written (in the main thread;
    elsewhere at a `KeyboardInterrupt`), and sets ``stats.interrupted``.
    """
    reading = bar.reading
    stop = threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        # SIGINT only asks the loop to stop after the item it is writing.
        previous = signal.signal(signal.SIGINT, lambda number, frame: stop.set())
    try:
        for rendered in stream:
            target = writer
            if rendered.error is not None:
                bar.message(f"corpusparse: {rendered.error.describe()}")
                target = errors_to
            for row in rendered.rows:
                target.write_encoded(row)
            if item_done is not None:
                item_done()
            stats.add(rendered)
            stats.text_bytes = reading.text_bytes
            bar.update(stats, marks.popleft() if marks else reading.bytes_read)
            if stop.is_set():
                stats.interrupted = True
                break
        else:
            bar.finish(stats)
    except KeyboardInterrupt:
        stats.interrupted = True
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        bar.close()


def run_corpus(
    paths: list[str],
    writer: Writer,
    *,
    error_writer: Writer | None = None,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    per: Per = "article",
    strict: bool = False,
    jobs: int = 1,
    progress: bool = False,
    quiet: bool = False,
    stderr: IO[str] | None = None,
    exclude: list[str | int] | None = None,
    client: Client | None = None,
    blocksize: int | None = None,
    skip: int = 0,
    item_done: Callable[[], None] | None = None,
    encoding_errors: EncodingErrors = "strict",
    started: float | None = None,
) -> RunStats:
    """Parse a corpus into ``writer``; return what was done.

    Every input item gives rows in input order: its article rows (or one
    document row), or one error row, which goes to ``error_writer`` when one is
    given. Each error is also named on ``stderr`` (``SOURCE:LINE: kind:
    message``). The summary line goes to ``stderr`` unless ``quiet``.

    Args:
        paths: Files, directories, glob patterns and ``-``.
        writer: Where the rows go.
        error_writer: Where error rows go instead, if given.
        text_field: The field of a JSON Lines record that holds the text.
        input_format: ``auto``, ``text`` or ``jsonl``.
        per: ``article`` or ``document`` rows.
        strict: Turn a document with a defect into an error.
        jobs: Processes to parse on (``0``: one per CPU).
        progress: Show a progress bar on ``stderr``.
        quiet: Print no summary line.
        stderr: Where messages go (default `sys.stderr`).
        exclude: Files never to read: the files the run writes to (paths, or
            file descriptors such as a redirected standard output's). Each one
            an input names is named on ``stderr`` and passed over.
        client: Parse on this Dask cluster instead of ``jobs`` local processes
            (`corpusparse.corpus.dask.iter_rendered`); the rows are the same.
        blocksize: With ``client``, the input bytes per task
            (default `corpusparse.corpus.dask.DEFAULT_BLOCKSIZE`).
        skip: Input items to pass over unparsed: those a resumed run has done.
        item_done: Called after the rows of each input item are written
            (`corpusparse.corpus.checkpoint.Checkpoint.item_done`).
        encoding_errors: What to do with bytes that are not UTF-8
            (`corpusparse.corpus.EncodingErrors`; local runs only).
        started: When the run began (`time.perf_counter`), for the summary's
            wall-clock time: the command passes its own start, so that the
            time of starting a Dask cluster counts too. Default: now.

    SIGINT stops the run cleanly after the item being written (in the main
    thread; elsewhere at a `KeyboardInterrupt`): the rows of every finished item
    are written, the summary says ``interrupted`` and the returned stats have
    ``interrupted`` set.

    Raises:
        ValueError: With ``client``, ``-`` is among the paths.
        corpusparse.corpus.dask.ClusterError: With ``client``, a task failed for good.
    """
    err = stderr if stderr is not None else sys.stderr
    reading = ReadProgress()
    stats = RunStats(skipped=skip)
    if started is not None:
        stats.started = started
    errors_to = error_writer if error_writer is not None else writer
    stream: Iterable[Rendered]
    bar = _Progress(err, progress and not quiet, reading)
    marks: deque[int] = deque()  # local runs: the bytes read up to each item in flight

    def skipped(name: str) -> None:
        bar.message(f"corpusparse: {name}: not read: the run writes its output to this file")

    if client is None:
        items = read_items(
            paths,
            text_field=text_field,
            input_format=input_format,
            progress=reading,
            exclude=exclude or (),
            encoding_errors=encoding_errors,
            on_skip=skipped,
        )
        render = functools.partial(
            render_result, per=per, encode=writer.encoder, encode_error=errors_to.encoder
        )
        items = _marked(itertools.islice(items, skip, None), reading, marks)
        stream = parse_stream(items, render, strict=strict, jobs=jobs)
    else:
        if skip or encoding_errors != "strict":
            raise ValueError("a resumed run or --encoding-errors cannot use a Dask cluster")
        from corpusparse.corpus.dask import DEFAULT_BLOCKSIZE, iter_rendered

        stream = iter_rendered(
            client,
            paths,
            text_field=text_field,
            input_format=input_format,
            per=per,
            strict=strict,
            encode=writer.encoder,
            encode_error=errors_to.encoder,
            blocksize=blocksize or DEFAULT_BLOCKSIZE,
            exclude=exclude or (),
            progress=reading,
            on_skip=skipped,
        )
    _write_all(stream, writer, errors_to, stats=stats, bar=bar, marks=marks, item_done=item_done)
    if not quiet:
        print(stats.summary(), file=err, flush=True)
    return stats
