"""CPU cost of reading dates: `corpusparse.parse` on the 1 MB seed corpus and on a
text of 50,000 comments, each with its own time.

    python benchmarks/dates_cost.py                 # best of 5
    python benchmarks/dates_cost.py --repeat 3 --comments 20000

It measures the source tree it sits in (``src/`` goes first on ``sys.path``).
Times are CPU seconds of this process (`time.process_time`), the best of
``--repeat`` passes: *warm* with the date cache of `corpusparse.parsing.dates` kept
from pass to pass, *cold* with it cleared before each pass. The seed corpus
must have been built by ``benchmarks/run.py`` (``benchmarks/out/corpora/seed-1MB-v1``);
``--corpus`` names another directory of ``.txt`` files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import corpusparse  # noqa: E402
import corpusparse.parsing.dates  # noqa: E402

SHAPES = (
    "{month} {day}, {year} at {hour12}:{minute:02d} {ampm}",
    "{mon} {day}, {year} {hour12}:{minute:02d} {ampm_lower}",
    "{month} {day}, {year} at {hour24}:{minute:02d}",
)
"""Comment time shapes, picked at random for each comment."""


def comments_text(count: int, seed: int = 1) -> str:
    """A page of ``count`` comments (author, time, text lines) with varied times."""
    rng = random.Random(seed)
    lines = ["Town votes to keep its library open", "The council voted on Monday.", ""]
    start = dt.datetime(2005, 1, 1)
    for n in range(count):
        when = start + dt.timedelta(minutes=rng.randrange(20 * 365 * 24 * 60))
        shape = rng.choice(SHAPES)
        stamp = shape.format(
            month=when.strftime("%B"),
            mon=when.strftime("%b"),
            day=when.day,
            year=when.year,
            hour12=(when.hour - 1) % 12 + 1,
            hour24=when.hour,
            minute=when.minute,
            ampm=when.strftime("%p"),
            ampm_lower=when.strftime("%p").lower(),
        )
        lines += [f"reader{n % 997}", stamp, f"Comment number {n} on the library."]
    return "\n".join(lines) + "\n"


def clear_cache() -> None:
    """Forget the cached date readings, if this tree has the cache."""
    reading = getattr(corpusparse.parsing.dates, "_dateutil_reading", None)
    if reading is not None:
        reading.cache_clear()


def best(repeat: int, one_pass: Callable[[], object], *, cold: bool = False) -> float:
    """The least CPU time of ``repeat`` calls of ``one_pass`` (caches cleared if ``cold``)."""
    times = []
    for _ in range(repeat):
        if cold:
            clear_cache()
        start = time.process_time()
        one_pass()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    """Print the CPU time of each case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--comments", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=HERE / "out/corpora/seed-1MB-v1")
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.rglob("*.txt"))]
    size = sum(len(t.encode()) for t in texts)
    for cold in (False, True):
        seconds = best(args.repeat, lambda: [corpusparse.parse(t) for t in texts], cold=cold)
        cache = "cold" if cold else "warm"
        name = args.corpus.name
        print(f"{name}: {len(texts)} files, {size / 1e6:.2f} MB, {cache}: {seconds:.3f} s CPU")

    text = comments_text(args.comments)
    doc = corpusparse.parse(text)
    comments = [c for a in doc.articles for c in a.comments]
    timed = sum(1 for c in comments if c.posted is not None and c.posted.value is not None)
    for cold in (False, True):
        seconds = best(args.repeat, lambda: corpusparse.parse(text), cold=cold)
        cache = "cold" if cold else "warm"
        print(f"{len(comments)} comments ({timed} with a read time), {cache}: {seconds:.3f} s CPU")


if __name__ == "__main__":
    main()
