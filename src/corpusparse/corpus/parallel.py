"""An ordered, memory-bounded parallel map over a stream of batches.

`multiprocessing.Pool.imap` would keep the order, but its feeder thread drains
the whole input iterator ahead of the workers, so a corpus larger than memory
would be read into memory. `ordered_map` instead keeps at most
``jobs * BATCHES_IN_FLIGHT_PER_JOB`` batches in flight and yields results in
input order as the oldest batch completes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TypeVar

__all__ = [
    "BATCHES_IN_FLIGHT_PER_JOB",
    "BATCH_CHARS",
    "BATCH_SIZE",
    "batched",
    "default_jobs",
    "ordered_map",
]

T = TypeVar("T")
R = TypeVar("R")

BATCH_SIZE = 64
"""At most this many items go to a worker at once."""
BATCH_CHARS = 1 << 20
"""A batch is closed early once its items weigh this much (characters of text)."""
BATCHES_IN_FLIGHT_PER_JOB = 4
"""Batches handed out per worker before the oldest one must come back."""


def default_jobs() -> int:
    """The number of processes ``jobs=0`` stands for: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def batched(
    items: Iterable[T],
    weight: Callable[[T], int],
    *,
    size: int = BATCH_SIZE,
    max_weight: int = BATCH_CHARS,
) -> Iterator[list[T]]:
    """Group ``items`` into lists of at most ``size`` items and about ``max_weight``.

    Examples:
        >>> list(batched(["ab", "c", "defg", "h"], len, size=3, max_weight=3))
        [['ab', 'c'], ['defg'], ['h']]
    """
    batch: list[T] = []
    total = 0
    for item in items:
        batch.append(item)
        total += weight(item)
        if len(batch) >= size or total >= max_weight:
            yield batch
            batch = []
            total = 0
    if batch:
        yield batch


def ordered_map(
    function: Callable[[list[T]], list[R]],
    batches: Iterable[list[T]],
    *,
    jobs: int = 1,
) -> Iterator[R]:
    """Apply ``function`` to each batch on ``jobs`` processes; yield results in order.

    With ``jobs <= 1`` everything runs in this process. Otherwise ``function``
    must be picklable (a module-level function or a `functools.partial` of
    one), and at most ``jobs * BATCHES_IN_FLIGHT_PER_JOB`` batches are held at
    once, so memory stays bounded whatever the length of ``batches``.

    Examples:
        >>> def double(batch):
        ...     return [2 * x for x in batch]
        >>> list(ordered_map(double, [[1, 2], [3]]))
        [2, 4, 6]
    """
    if jobs <= 1:
        for batch in batches:
            yield from function(batch)
        return
    limit = jobs * BATCHES_IN_FLIGHT_PER_JOB
    # The workers ignore SIGINT: the main process stops the run and ends the pool.
    with multiprocessing.get_context().Pool(
        jobs, initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN)
    ) as pool:
        pending: deque[AsyncResult[list[R]]] = deque()
        for batch in batches:
            pending.append(pool.apply_async(function, (batch,)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
