"""Throughput benchmark of corpusparse: one command, corpora built on the fly.

    python benchmarks/run.py                  # 1, 10 and 100 MB corpora + pathological inputs
    python benchmarks/run.py --sizes 1,10     # choose the corpus sizes (MB)
    python benchmarks/run.py --quick          # 1 MB and 1/10-size pathological inputs (CI)
    python benchmarks/run.py --only-integrations   # datatrove and datasets beside iter_documents
    python benchmarks/run.py --profile 25     # cProfile of parse on the 1 MB seed corpus
    python benchmarks/run.py --stream 1000    # peak RSS of the command streaming 1 GB to a file
    python benchmarks/run.py --quick --against HEAD~5 --real DIR   # old beside new, real pages too

It benchmarks the source tree it sits in (``src/`` goes first on ``PYTHONPATH``).
``--against REV`` also times ``parse_file`` of the tree at git revision REV
(``git archive`` into the workdir) on the same corpora, in the same run, so the
two columns share the machine's load; ``--real DIR`` adds a corpus of real
pages, every ``*.txt`` under DIR (for example the ``full`` texts of the
realtext development corpus), to the seed and synthetic corpora.
Every case runs in its own child process, so that peak RSS (``ru_maxrss``) is the
case's own. Corpora are written under ``--workdir`` (default ``benchmarks/out``)
and reused by later runs. Figures are wall-clock and depend on the machine and
on its load: compare them within one run, not across machines.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = ROOT / "src"
sys.path[:0] = [str(SRC), str(HERE)]

import corpora  # noqa: E402

CASE_TIMEOUT = 300.0
"""Seconds after which one case is stopped and reported as a timeout."""
MIN_SECONDS = 0.5
"""A case shorter than this is repeated, and its time per pass reported
(0.1 s with ``--quick``, passed to the child as ``BENCH_MIN_SECONDS``)."""


# ------------------------------------------------------------------ child side
def _floor_case(files: list[Path]) -> tuple[float, dict[str, Any]]:
    """The floor: read, decode and split every file into lines."""
    from corpusparse.parsing.lines import split_lines

    def one_pass() -> dict[str, int]:
        lines = 0
        for path in files:
            with path.open("rb") as handle:
                lines += len(split_lines(handle.read().decode("utf-8-sig")))
        return {"lines": lines}

    return _timed(one_pass)


def _skeleton_case(files: list[Path]) -> tuple[float, dict[str, Any]]:
    """What the models cost without any rule: per non-blank line one Span,
    one Paragraph and one Block, then one Article and Document per file."""
    from corpusparse.model import Article, Document, Paragraph, Span
    from corpusparse.parsing.lines import numbered_lines
    from corpusparse.parsing.rules import Block, Role

    def one_pass() -> dict[str, int]:
        articles = 0
        for path in files:
            with path.open("rb") as handle:
                text = handle.read().decode("utf-8-sig")
            body, blocks = [], []
            for number, line in numbered_lines(text):
                stripped = line.strip()
                if stripped:
                    span = Span(number, number)
                    paragraph = Paragraph(stripped, span=span)
                    blocks.append(Block(Role.BODY, span, (paragraph,)))
                    body.append(paragraph)
            document = Document(articles=(Article(body=tuple(body)),), source=text)
            articles += len(document.articles)
        return {"articles": articles}

    return _timed(one_pass)


def _parse_case(files: list[Path]) -> tuple[float, dict[str, Any]]:
    """`parse_file` over every file."""
    from corpusparse import parse_file

    def one_pass() -> dict[str, int]:
        return {"articles": sum(len(parse_file(path).articles) for path in files)}

    return _timed(one_pass)


def _pool_case(files: list[Path], spec: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    """`parse_file` over every file on a ``multiprocessing.Pool`` of ``jobs`` workers."""
    import multiprocessing

    import corpusparse  # noqa: F401  (imported once, before the workers fork)

    jobs = int(spec["jobs"])
    start = time.perf_counter()
    with multiprocessing.Pool(jobs) as pool:
        articles = sum(pool.imap(_count_articles, map(str, files), chunksize=4))
    seconds = time.perf_counter() - start
    return seconds, {"articles": articles}


def _dask_case(spec: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    """The command's job on a LocalCluster, timed apart from the cluster's start."""
    from distributed import Client, LocalCluster

    from corpusparse.corpus.output import JsonLinesWriter
    from corpusparse.corpus.run import run_corpus

    jobs = int(spec["jobs"])
    start = time.perf_counter()
    # distributed annotates only part of its API: its cluster and client are untyped calls.
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        client.wait_for_workers(jobs)
        client.run(_import_corpusparse)  # part of the start: once per worker
        startup = time.perf_counter() - start
        start = time.perf_counter()
        with open(spec["out"], "wb") as handle:
            stats = run_corpus(
                [spec["corpus"]],
                JsonLinesWriter(handle),
                quiet=True,
                client=client,
                blocksize=int(spec["blocksize"]),
            )
        seconds = time.perf_counter() - start
    Path(spec["out"]).unlink()
    return seconds, {"articles": stats.articles, "startup": startup}


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one case in this (child) process and report its figures."""
    case = spec["case"]
    files = [Path(p) for p in spec["files"]]
    if case == "floor":
        seconds, result = _floor_case(files)
    elif case == "skeleton":
        seconds, result = _skeleton_case(files)
    elif case == "parse":
        seconds, result = _parse_case(files)
    elif case == "mp-parse":
        seconds, result = _pool_case(files, spec)
    elif case == "dask":
        seconds, result = _dask_case(spec)
    elif case in INTEGRATION_CASES:
        seconds, result = _integration_case(case, spec)
    else:
        raise SystemExit(f"unknown case {case!r}")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": seconds, "maxrss": usage.ru_maxrss * 1024, **result}


INTEGRATION_CASES = (
    "iter_documents",
    "iter_documents-write",
    "datatrove",
    "datatrove-write",
    "datasets",
)
"""The cases of `run_integrations`: the same JSON Lines shards, parsed into article records."""


def _integration_case(case: str, spec: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    """Parse the shards into article records by one path, on ``jobs`` processes.

    * ``iter_documents``: `corpusparse.iter_documents` over the shards, and
      `corpusparse.article_record` for every article (what any glue must do);
    * ``iter_documents-write``: the baseline of ``datatrove-write``: the same,
      and each document written with orjson as a JSON line holding what
      JsonlWriter writes (``text``, ``id``, ``metadata`` with the records);
    * ``datatrove``: a `LocalPipelineExecutor` of ``jobs`` tasks on ``jobs``
      workers running JsonlReader -> ParseNews() (the executor drains the
      step), a fresh logging folder per pass, the executor's start included;
      ``datatrove-write`` adds a JsonlWriter (uncompressed): datatrove's own cost;
    * ``datasets``: ``parse_dataset`` (``Dataset.map`` with ``num_proc``) over
      an in-memory dataset of the shards' records, loaded before the clock starts.

    Each is timed over one pass, in a fresh process (cold caches, as on new
    texts), its imports done before the clock starts.
    """
    shards, jobs = [Path(p) for p in spec["shards"]], int(spec["jobs"])
    if case == "iter_documents":
        from corpusparse import article_record, iter_documents

        def one_pass() -> dict[str, int]:
            articles = 0
            for parsed in iter_documents(shards, jobs=jobs):
                for article in parsed.document.articles:
                    article_record(article)
                    articles += 1
            return {"articles": articles}

    elif case == "iter_documents-write":
        import orjson

        from corpusparse import iter_documents
        from corpusparse.formats.fields import DOCUMENT_FIELDS, make_record

        def one_pass() -> dict[str, int]:
            articles = 0
            with (
                tempfile.TemporaryDirectory() as scratch,
                open(f"{scratch}/out.jsonl", "wb") as out,
            ):
                for parsed in iter_documents(shards, jobs=jobs):
                    record = make_record(parsed.document, DOCUMENT_FIELDS)
                    row = {
                        "text": parsed.document.source,
                        "id": (parsed.meta or {}).get("id"),
                        "metadata": {"corpusparse": record},
                    }
                    out.write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))
                    articles += len(parsed.document.articles)
            return {"articles": articles}

    elif case in ("datatrove", "datatrove-write"):
        from datatrove.executor import LocalPipelineExecutor
        from datatrove.pipeline.readers import JsonlReader
        from datatrove.pipeline.writers import JsonlWriter

        from corpusparse.integrations.datatrove import ParseNews

        def writer(scratch: str) -> list[JsonlWriter]:
            return [JsonlWriter(f"{scratch}/out", compression=None)] if "write" in case else []

        def one_pass() -> dict[str, int]:
            with tempfile.TemporaryDirectory() as scratch:
                executor = LocalPipelineExecutor(
                    pipeline=[
                        JsonlReader(
                            str(shards[0].parent), compression=None, glob_pattern="*.jsonl"
                        ),
                        ParseNews(),
                        *writer(scratch),
                    ],
                    tasks=jobs,
                    workers=jobs,
                    logging_dir=f"{scratch}/logs",
                    skip_completed=False,
                )
                stats = executor.run()
            step = next(s for s in stats.stats if "corpusparse" in s.name)
            return {"articles": int(step.stats["articles"].total)}

    else:
        import datasets

        from corpusparse.integrations.datasets import parse_dataset

        datasets.disable_progress_bars()
        rows = [json.loads(line) for path in shards for line in path.open(encoding="utf-8")]
        dataset = datasets.Dataset.from_dict(
            {"id": [row["id"] for row in rows], "text": [row["text"] for row in rows]}
        )

        def one_pass() -> dict[str, int]:
            parsed = parse_dataset(
                dataset, num_proc=jobs if jobs > 1 else None, load_from_cache_file=False
            )
            return {"articles": len(parsed)}

    # One pass in a fresh process: the parser's caches start cold, as on a real corpus.
    start, cpu_start = time.perf_counter(), time.process_time()
    result = one_pass()
    seconds = time.perf_counter() - start
    return seconds, {**result, "passes": 1, "cpu_seconds": time.process_time() - cpu_start}


def _timed(one_pass: Callable[[], dict[str, int]]) -> tuple[float, dict[str, Any]]:
    """Wall seconds per pass, repeating passes until at least MIN_SECONDS have passed.

    The result also holds ``cpu_seconds`` per pass (this process's CPU time),
    which other processes on a shared machine disturb much less than wall time.
    """
    passes, start, cpu_start = 0, time.perf_counter(), time.process_time()
    while True:
        result = one_pass()
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= float(os.environ.get("BENCH_MIN_SECONDS", MIN_SECONDS)):
            cpu = (time.process_time() - cpu_start) / passes
            return elapsed / passes, {**result, "passes": passes, "cpu_seconds": cpu}


def _import_corpusparse() -> None:
    import corpusparse.corpus.dask  # noqa: F401


def _count_articles(path: str) -> int:
    from corpusparse import parse_file

    return len(parse_file(path).articles)


# ----------------------------------------------------------------- parent side
def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * resource.getpagesize()
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack += [int(child) for child in handle.read().split()]
        except (OSError, ValueError):
            continue
    return total


@dataclasses.dataclass
class Ran:
    """What running one command cost.

    Attributes:
        seconds: Wall seconds, or infinity after a timeout.
        peak_rss: The larger of the process's own ``ru_maxrss`` and the largest
            sum over its process tree seen by a 20 ms sampler, so that a command
            running worker processes is charged for all of them.
        cpu: CPU seconds of the process and every child it waited for.
        main_cpu: CPU seconds of the process alone (last sample before it ended).
        out: Its standard output.
    """

    seconds: float
    peak_rss: int
    cpu: float
    main_cpu: float
    out: str | None


def _own_cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run(cmd: list[str], stdout: Any = None, timeout: float = CASE_TIMEOUT) -> Ran:
    """Run ``cmd`` to its end (or ``timeout``) and say what it cost."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout or out, stderr=err, env=_env(), text=True)
        peak, main_cpu = 0, 0.0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, main_cpu
            while not done.wait(0.02):
                peak = max(peak, _tree_rss(proc.pid))
                main_cpu = _own_cpu(proc.pid) or main_cpu

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
            done.set()
        seconds = time.perf_counter() - start
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = max(peak, usage.ru_maxrss * 1024)
        cpu = usage.ru_utime + usage.ru_stime
        if proc.returncode == -signal.SIGKILL:
            return Ran(float("inf"), peak, cpu, main_cpu, None)
        err.seek(0)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read()}")
        out.seek(0)
        return Ran(seconds, peak, cpu, max(main_cpu, 0.0), out.read())


def measure(case: str, files: list[Path], **extra: Any) -> dict[str, Any]:
    """Run one case in a child process and return its figures.

    ``src=PATH`` in ``extra`` runs it on the corpusparse under PATH instead.
    """
    spec = {"case": case, "files": [str(p) for p in files], **extra}
    spec_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"corpusparse-bench-{os.getpid()}.json"
    spec_path.write_text(json.dumps(spec))
    try:
        ran = _run([sys.executable, __file__, "--child", str(spec_path)])
    finally:
        spec_path.unlink(missing_ok=True)
    peak, out = ran.peak_rss, ran.out
    if out is None:
        return {"seconds": float("inf"), "maxrss": peak, "timeout": True}
    result: dict[str, Any] = json.loads(out)
    result["maxrss"] = max(result["maxrss"], peak)
    return result


def command_options() -> set[str]:
    """Which of ``--jobs``, ``--quiet`` and ``--output`` ``corpusparse parse`` has."""
    help_text = subprocess.run(
        [sys.executable, "-m", "corpusparse", "parse", "--help"],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    ).stdout
    return {option for option in ("--jobs", "--quiet", "--output") if option in help_text}


def run_command(
    corpus: Path, jobs: int, options: set[str], out_file: Path, timeout: float = CASE_TIMEOUT
) -> Ran:
    """Run ``corpusparse parse [--jobs N] [--quiet] CORPUS`` into ``out_file``.

    The output goes through ``--output`` when the command has it, else through a
    redirect of standard output.
    """
    cmd = [sys.executable, "-m", "corpusparse", "parse", str(corpus)]
    cmd += ["--jobs", str(jobs)] if "--jobs" in options else []
    cmd += ["--quiet"] if "--quiet" in options else []
    if "--output" in options:
        return _run([*cmd, "--output", str(out_file)], timeout=timeout)
    with out_file.open("w") as handle:
        return _run(cmd, stdout=handle, timeout=timeout)


def measure_command(corpus: Path, jobs: int, options: set[str], out_file: Path) -> dict[str, Any]:
    """Time the command on a corpus (or, without ``--jobs``, a Pool over parse)."""
    if "--jobs" not in options:
        result = measure("mp-parse", corpora.corpus_files(corpus), jobs=jobs)
        result["mode"] = "multiprocessing.Pool over parse_file (no --jobs yet)"
        return result
    ran = run_command(corpus, jobs, options, out_file)
    records = sum(1 for _ in out_file.open(encoding="utf-8")) if out_file.exists() else 0
    out_file.unlink(missing_ok=True)
    return {
        "seconds": ran.seconds,
        "maxrss": ran.peak_rss,
        "articles": records,
        "cpu": ran.cpu,
        "main_cpu": ran.main_cpu,
        "mode": "command",
    }


def idle_speedup(one: dict[str, Any], two: dict[str, Any]) -> str:
    """What ``--jobs 2`` should gain on an idle 2-core machine, from CPU times.

    With two cores, the two-process run can end no sooner than half its total
    CPU time, nor before its main process's own CPU time; the one-process run
    takes its CPU time. Other processes on a shared machine lengthen wall times
    but barely CPU times, so this is the steadier figure there.
    """
    if "cpu" not in one or "cpu" not in two:
        return ""
    bound = max(two["main_cpu"], two["cpu"] / 2)
    return f"{one['cpu'] / bound:.2f}x" if bound > 0 else ""


def has_dask() -> bool:
    """Whether dask.distributed is installed (the ``dask`` extra)."""
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def measure_dask(corpus: Path, jobs: int, nbytes: int, out_file: Path) -> dict[str, Any]:
    """Time the command's job on a LocalCluster of ``jobs`` workers, its start apart.

    The block size gives each worker about eight tasks, as a large corpus would
    with the default block size.
    """
    blocksize = max(64 * 1024, nbytes // (jobs * 8))
    spec = {"corpus": str(corpus), "out": str(out_file), "blocksize": blocksize}
    return measure("dask", [], jobs=jobs, **spec)


# ---------------------------------------------------------------------- tables
def _mb(n: float) -> str:
    return f"{n / corpora.MB:,.1f}"


def _rate(amount: float, seconds: float) -> str:
    return "timeout" if seconds == float("inf") else f"{amount / seconds:,.1f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = [
        "| "
        + " | ".join(
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        + " |"
        for row in rows
    ]
    return "\n".join([line, rule, *body])


def _corpus_bytes(files: list[Path]) -> int:
    return sum(p.stat().st_size for p in files)


def _warm(files: list[Path]) -> None:
    for path in files:
        path.read_bytes()


def export_tree(rev: str, workdir: Path) -> Path:
    """The ``src`` folder of git revision ``rev``, exported under ``workdir`` (once)."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", rev],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = workdir / f"against-{sha}"
    if not (target / "src" / "corpusparse").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", sha, "src"], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "src"


def _real_files(directories: list[Path]) -> list[Path]:
    return sorted(path for directory in directories for path in directory.rglob("*.txt"))


def _corpus_case(
    kind: str, size: float, args: argparse.Namespace, workdir: Path
) -> tuple[Path, list[Path]]:
    """A case's corpus folder and its files: built (seed, synthetic, render) or given (real)."""
    if kind == "real":
        return args.real[0], _real_files(args.real)
    corpus = corpora.build_corpus(kind, size, workdir / "corpora")
    return corpus, corpora.corpus_files(corpus)


def _cpu_ratio(parsed: dict[str, Any], floor: dict[str, Any]) -> float:
    return float(parsed.get("cpu_seconds", 0) / floor.get("cpu_seconds", 1))


def _throughput_row(
    kind: str,
    nbytes: int,
    files: list[Path],
    figures: dict[str, dict[str, Any]],
) -> list[str]:
    """A row of the corpus throughput table, from the floor, skeleton and parse figures."""
    floor, skeleton, parsed = figures["floor"], figures["skeleton"], figures["parse"]
    megabytes = nbytes / corpora.MB
    return [
        kind,
        _mb(nbytes),
        f"{len(files):,}",
        f"{parsed.get('articles', 0):,}",
        _rate(megabytes, floor["seconds"]),
        _rate(megabytes, skeleton.get("cpu_seconds", float("inf"))),
        _rate(megabytes, parsed["seconds"]),
        _rate(megabytes, parsed.get("cpu_seconds", float("inf"))),
        _rate(parsed.get("articles", 0), parsed["seconds"]),
        f"{parsed['seconds'] / floor['seconds']:.1f}",
        f"{_cpu_ratio(parsed, floor):.1f}",
        _mb(parsed["maxrss"]),
    ]


def _old_row(
    kind: str, nbytes: int, files: list[Path], old: dict[str, Any], figures: dict[str, Any]
) -> list[str]:
    """A row of the old-beside-new table: ``parse_file`` of ``--against`` and of this tree."""
    floor, parsed = figures["floor"], figures["parse"]
    return [
        kind,
        _mb(nbytes),
        _rate(nbytes / corpora.MB, old.get("cpu_seconds", float("inf"))),
        _rate(nbytes / corpora.MB, parsed.get("cpu_seconds", float("inf"))),
        _rate(len(files), old.get("cpu_seconds", float("inf"))),
        _rate(len(files), parsed.get("cpu_seconds", float("inf"))),
        f"{_cpu_ratio(old, floor):.1f}",
        f"{_cpu_ratio(parsed, floor):.1f}",
    ]


def _command_row(
    kind: str,
    nbytes: int,
    one: dict[str, Any],
    two: dict[str, Any],
    cluster: dict[str, Any] | None,
) -> list[str]:
    """A row of the command table: ``--jobs 1``, ``--jobs 2`` and the LocalCluster."""
    return [
        kind,
        _mb(nbytes),
        _rate(nbytes / corpora.MB, one["seconds"]),
        _rate(nbytes / corpora.MB, two["seconds"]),
        f"{one['seconds'] / two['seconds']:.2f}x",
        idle_speedup(one, two),
        "-" if cluster is None else _rate(nbytes / corpora.MB, cluster["seconds"]),
        "-" if cluster is None else f"{cluster['startup']:.1f}",
        _mb(one["maxrss"]),
        _mb(two["maxrss"]),
        "-" if cluster is None else _mb(cluster["maxrss"]),
        one["mode"],
    ]


def _measure_commands(
    args: argparse.Namespace,
    kind: str,
    corpus: Path,
    nbytes: int,
    options: set[str],
    workdir: Path,
    entry: dict[str, Any],
) -> list[str]:
    """Time the command with ``--jobs 1`` and ``2`` (and on a LocalCluster) into ``entry``;
    its row of the command table."""
    out_file = workdir / "command-out.jsonl"
    one = measure_command(corpus, 1, options, out_file)
    two = measure_command(corpus, 2, options, out_file)
    entry.update(jobs1=one, jobs2=two)
    # A cluster takes seconds to start: not in the --quick smoke run.
    with_dask = has_dask() and not args.quick
    cluster = measure_dask(corpus, 2, nbytes, out_file) if with_dask else None
    entry.update(dask2=cluster)
    return _command_row(kind, nbytes, one, two, cluster)


def _print_corpus_tables(
    rows: list[list[str]],
    command_rows: list[list[str]],
    old_rows: list[list[str]],
    against: str | None,
) -> None:
    print("\n## Corpus throughput: `parse_file` over every document, one process\n")
    header = ["corpus", "MB", "documents", "articles", "floor MB/s", "skeleton CPU MB/s"]
    header += ["parse MB/s"]
    header += ["parse CPU MB/s", "articles/s", "parse/floor", "same, CPU", "peak RSS MB"]
    print(_table(header, rows))
    if command_rows:
        print(
            "\n## The command: `--jobs 2` against `--jobs 1`, and the same job on a"
            " 2-worker Dask LocalCluster (output to a file)\n"
        )
        header = ["corpus", "MB", "jobs 1 MB/s", "jobs 2 MB/s", "speedup", "idle estimate"]
        header += ["LocalCluster 2 MB/s", "cluster start s"]
        header += ["RSS jobs 1 MB", "RSS jobs 2 MB", "RSS cluster MB", "what ran"]
        print(_table(header, command_rows))
    if old_rows:
        print(f"\n## Old beside new: `parse_file` at {against} and here, CPU, one process\n")
        header = ["corpus", "MB", "old MB/s", "new MB/s", "old docs/s", "new docs/s"]
        header += ["old parse/floor", "new parse/floor"]
        print(_table(header, old_rows))


def run_corpora(args: argparse.Namespace, workdir: Path, report: dict[str, Any]) -> None:
    kinds = ["seed", "synthetic"] + (["render"] if corpora.render_available() else [])
    old_src = export_tree(args.against, workdir) if args.against else None
    if old_src is not None:
        report["against"] = args.against
    old_rows: list[list[str]] = []
    options = command_options()
    rows: list[list[str]] = []
    command_rows: list[list[str]] = []
    cases = [(kind, size) for kind in kinds for size in args.sizes]
    cases += [("real", 0.0)] if args.real else []
    for kind, size in cases:
        corpus, files = _corpus_case(kind, size, args, workdir)
        nbytes = _corpus_bytes(files)
        _warm(files)
        figures = {case: measure(case, files) for case in ("floor", "skeleton", "parse")}
        floor, parsed = figures["floor"], figures["parse"]
        ratio = parsed["seconds"] / floor["seconds"]
        entry = {"kind": kind, "mb": nbytes / corpora.MB, "documents": len(files)}
        entry.update(figures, ratio=ratio)
        if old_src is not None:
            old = measure("parse", files, src=str(old_src))
            entry.update(old_parse=old, old_ratio=old["seconds"] / floor["seconds"])
            old_rows.append(_old_row(kind, nbytes, files, old, figures))
        rows.append(_throughput_row(kind, nbytes, files, figures))
        rate = _rate(nbytes / corpora.MB, parsed["seconds"])
        print(f"  {kind} {_mb(nbytes)} MB: parse {rate} MB/s", file=sys.stderr)
        if kind == "seed" and not args.no_command:
            row = _measure_commands(args, kind, corpus, nbytes, options, workdir, entry)
            command_rows.append(row)
        report["corpora"].append(entry)
    _print_corpus_tables(rows, command_rows, old_rows, args.against)


INTEGRATION_MAX_MB = 10.0
"""The largest seed corpus the integrations run on (each path costs a parse of it)."""
ONE_PROCESS_ONLY = ("iter_documents-write", "datatrove-write")
"""Integration cases run on one process only."""
INTEGRATION_ROUNDS = 3
"""Runs of each integration case (1 with ``--quick``); the best is reported."""
OVERHEAD_LIMIT = 0.15
"""Issue #18: each integration within 15 % of `iter_documents` on one process."""
BASELINES = {"datatrove-write": "iter_documents-write"}
"""The baseline of a case that writes its output: the same writes after `iter_documents`
(like with like); every other case is held against `iter_documents`, which writes nothing."""


def has_integrations() -> bool:
    """Whether datatrove, orjson and datasets are installed (the two extras)."""
    import importlib.util

    return all(importlib.util.find_spec(name) for name in ("datatrove", "orjson", "datasets"))


def jsonl_shards(corpus: Path, directory: Path, shards: int = 4) -> list[Path]:
    """The corpus's documents as JSON Lines records (``id``, ``text``) in ``shards`` files."""
    target = directory / corpus.name
    paths = [target / f"part-{n:02d}.jsonl" for n in range(shards)]
    if (target / "DONE").exists():
        return paths
    target.mkdir(parents=True, exist_ok=True)
    files = corpora.corpus_files(corpus)
    for n, path in enumerate(paths):
        with path.open("w", encoding="utf-8") as handle:
            for doc in files[n::shards]:
                record = {"id": doc.stem, "text": doc.read_text("utf-8")}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    (target / "DONE").write_text(f"{len(files)}\n")
    return paths


def _overhead(case: dict[str, Any], base: dict[str, Any], key: str) -> str:
    if key not in case or key not in base or base[key] <= 0:
        return "-"
    return f"{case[key] / base[key] - 1:+.1%}"


def run_integrations(args: argparse.Namespace, workdir: Path, report: dict[str, Any]) -> None:
    """datatrove and ``Dataset.map`` beside `iter_documents`, on the same shards, in one run.

    Each case also runs once on a one-record shard: what it costs to start (an
    executor and its workers, a map's set-up) with next to nothing to parse.
    """
    rows, verdicts = [], []
    paths = [
        ("iter_documents", "`iter_documents` + `article_record`"),
        ("iter_documents-write", "`iter_documents` + records written with orjson"),
        ("datatrove", "datatrove: JsonlReader -> `ParseNews()`"),
        ("datatrove-write", "datatrove: the same -> JsonlWriter"),
        ("datasets", "datasets: `parse_dataset` (`Dataset.map`, batched)"),
    ]
    sizes = [size for size in args.sizes if size <= INTEGRATION_MAX_MB]
    if not sizes:
        return
    tiny = workdir / "jsonl" / "one-record" / "part-00.jsonl"
    tiny.parent.mkdir(parents=True, exist_ok=True)
    tiny.write_text(json.dumps({"id": "1", "text": "Rain\n\nIt rained."}) + "\n")
    start = {
        (case, jobs): measure(case, [], shards=[str(tiny)], jobs=jobs)["seconds"]
        for jobs in (1, 2)
        for case, _ in paths
        if jobs == 1 or case not in ONE_PROCESS_ONLY
    }
    for size in sizes:
        corpus = corpora.build_corpus("seed", size, workdir / "corpora")
        shards = jsonl_shards(corpus, workdir / "jsonl")
        nbytes = _corpus_bytes(shards)
        _warm(shards)
        results: dict[tuple[str, int], dict[str, Any]] = {}
        # Rounds interleave the cases, so that a busy spell of the machine hits all of
        # them; each figure is the best of its rounds.
        for _ in range(1 if args.quick else INTEGRATION_ROUNDS):
            for jobs in (1, 2):
                for case, _ in paths:
                    if case in ONE_PROCESS_ONLY and jobs > 1:
                        continue
                    result = measure(case, [], shards=[str(p) for p in shards], jobs=jobs)
                    best = results.setdefault((case, jobs), {**result, "start": start[case, jobs]})
                    for key in ("seconds", "cpu_seconds"):
                        best[key] = min(best[key], result[key])
                    print(
                        f"  {case} x{jobs} {size:g} MB: {result['seconds']:.2f} s", file=sys.stderr
                    )
        for case, label in paths:
            for jobs in (1,) if case in ONE_PROCESS_ONLY else (1, 2):
                baseline = BASELINES.get(case, "iter_documents")
                result, base = results[case, jobs], results[baseline, jobs]
                one, own = jobs == 1, case.startswith("iter_documents")
                rows.append(
                    [
                        label if one else "",
                        f"{size:g}",
                        str(jobs),
                        f"{result.get('articles', 0):,}",
                        _rate(nbytes / corpora.MB, result["seconds"]),
                        _rate(nbytes / corpora.MB, result["cpu_seconds"]) if one else "-",
                        "-" if own else _overhead(result, base, "seconds"),
                        "-" if own or not one else _overhead(result, base, "cpu_seconds"),
                        f"{result['start']:.2f}",
                        _rate(nbytes / corpora.MB, result["seconds"] - result["start"])
                        if result["seconds"] > result["start"]
                        else "-",
                        _mb(result["maxrss"]),
                    ]
                )
            if not case.startswith("iter_documents"):
                baseline = BASELINES.get(case, "iter_documents")
                single, base = results[case, 1], results[baseline, 1]
                for what, key in (("CPU", "cpu_seconds"), ("wall", "seconds")):
                    over = single[key] / base[key] - 1
                    verdict = "within" if over <= OVERHEAD_LIMIT else "OVER"
                    verdicts.append(
                        f"{case} against {baseline}, {size:g} MB, one process: {what}"
                        f" overhead {over:+.1%} ({verdict} {OVERHEAD_LIMIT:.0%})"
                    )
        report["integrations"].append(
            {"mb": nbytes / corpora.MB, **{f"{c}-{j}": r for (c, j), r in results.items()}}
        )
    print(
        "\n## Integrations beside `iter_documents`: the seed corpus as 4 JSON Lines shards,"
        " parsed into article records, one pass each in a fresh process\n"
    )
    header = ["path", "MB", "processes", "articles", "MB/s", "CPU MB/s (main process)"]
    header += ["overhead (wall)", "overhead (CPU)", "start s (one record)"]
    header += ["MB/s after start", "peak RSS MB"]
    print(_table(header, rows))
    print(
        "\nOverhead: the time against `iter_documents` on as many processes, in this run"
        " (start included; CPU: the main process alone, one process only); the best of"
        f" {1 if args.quick else INTEGRATION_ROUNDS} interleaved rounds. The JsonlWriter row"
        " writes its output, so it is held against `iter_documents` + the same records"
        " written with orjson, not against `iter_documents`, which writes nothing."
    )
    for verdict in verdicts:
        print(f"- {verdict}")


def run_pathological(args: argparse.Namespace, workdir: Path, report: dict[str, Any]) -> None:
    base = 0.1 if args.quick else 1.0
    rows = []
    for name, (what, _) in corpora.PATHOLOGICAL.items():
        previous = None
        for factor in (1, 2, 4):
            path = corpora.build_pathological(name, base * factor, workdir / "pathological")
            nbytes = path.stat().st_size
            result = measure("parse", [path])
            seconds, cpu = result["seconds"], result.get("cpu_seconds", float("inf"))
            growth = "" if previous is None else f"{cpu / previous:.2f}x"
            per_10mb = cpu / (nbytes / (10 * corpora.MB))
            rows.append(
                [
                    f"{name} ({what})" if factor == 1 else "",
                    f"{base * factor:g}x",
                    f"{nbytes / corpora.MB:,.2f}",
                    "timeout" if seconds == float("inf") else f"{seconds:.3f}",
                    f"{cpu:.3f}",
                    growth,
                    f"{per_10mb:.2f}",
                    _mb(result["maxrss"]),
                ]
            )
            report["pathological"].append(
                {"name": name, "scale": base * factor, "bytes": nbytes, **result}
            )
            print(f"  {name} x{base * factor:g}: {seconds:.3f} s", file=sys.stderr)
            previous = cpu
    print("\n## Pathological inputs: `parse_file` on one file, 1x/2x/4x\n")
    header = ["input", "size", "MB", "wall s", "CPU s", "growth (CPU)", "CPU s per 10 MB"]
    header += ["peak RSS MB"]
    print(_table(header, rows))


def run_stream(args: argparse.Namespace, workdir: Path, report: dict[str, Any]) -> None:
    corpus = corpora.build_corpus("seed", args.stream, workdir / "corpora")
    nbytes = _corpus_bytes(corpora.corpus_files(corpus))
    out_file = workdir / "stream-out.jsonl"
    options = command_options()
    rows = []
    for jobs in (1, 2) if "--jobs" in options else (1,):
        ran = run_command(corpus, jobs, options, out_file, timeout=3600)
        seconds, peak = ran.seconds, ran.peak_rss
        out_bytes = out_file.stat().st_size if out_file.exists() else 0
        out_file.unlink(missing_ok=True)
        rows.append(
            [
                f"--jobs {jobs}",
                _mb(nbytes),
                _mb(out_bytes),
                _rate(nbytes / corpora.MB, seconds),
                _mb(peak),
            ]
        )
        report["stream"].append({"jobs": jobs, "bytes": nbytes, "seconds": seconds, "maxrss": peak})
        print(f"  stream --jobs {jobs}: {seconds:.0f} s, {_mb(peak)} MB", file=sys.stderr)
    print(f"\n## Streaming {_mb(nbytes)} MB through the command to a file\n")
    header = ["command", "MB in", "MB out", "MB/s", "peak RSS MB (process tree)"]
    print(_table(header, rows))


def run_profile(args: argparse.Namespace, workdir: Path) -> None:
    import cProfile
    import pstats

    from corpusparse import parse

    corpus = corpora.build_corpus("seed", 1, workdir / "corpora")
    texts = [p.read_text("utf-8") for p in corpora.corpus_files(corpus)]
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        parse(text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(args.profile)


def argument_parser() -> argparse.ArgumentParser:
    """The script's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (default 1,10,100)")
    parser.add_argument("--quick", action="store_true", help="1 MB and 1/10-size pathological")
    parser.add_argument("--workdir", type=Path, default=HERE / "out", help="corpora and output")
    parser.add_argument("--no-command", action="store_true", help="skip the --jobs comparison")
    parser.add_argument(
        "--no-integrations", action="store_true", help="skip datatrove and datasets"
    )
    parser.add_argument("--only-integrations", action="store_true", help="only those")
    parser.add_argument("--no-pathological", action="store_true", help="skip pathological inputs")
    parser.add_argument("--only-pathological", action="store_true", help="only those")
    parser.add_argument(
        "--stream", type=float, metavar="MB", help="also stream MB through the command"
    )
    parser.add_argument("--profile", type=int, metavar="N", help="print the top N of a cProfile")
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    parser.add_argument(
        "--against", metavar="REV", help="also time parse_file of git revision REV (old beside new)"
    )
    parser.add_argument(
        "--real",
        type=Path,
        action="append",
        metavar="DIR",
        help="add a corpus of real pages: every *.txt under DIR (repeatable)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = argument_parser().parse_args(argv)
    if args.child:
        spec = json.loads(args.child.read_text())
        if "src" in spec:  # another tree's corpusparse (--against), in front of this one
            sys.path[:] = [spec["src"]] + [p for p in sys.path if p != str(SRC)]
        print(json.dumps(_child(spec)))
        return 0
    args.sizes = [1.0] if args.quick else [float(s) for s in args.sizes.split(",")]
    if args.quick:
        os.environ["BENCH_MIN_SECONDS"] = "0.1"
    workdir: Path = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        run_profile(args, workdir)
        return 0
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    load = os.getloadavg()
    print(
        f"# corpusparse benchmark: commit {commit or '?'}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load {load[0]:.2f} at start, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    print(f"# command: python benchmarks/run.py {' '.join(sys.argv[1:] if argv is None else argv)}")
    if load[0] > 0.5 * (os.cpu_count() or 1):
        print(
            "# warning: the machine is busy (load above half its CPUs): wall times and the"
            " measured --jobs speedup are unreliable; compare the CPU columns"
        )
    report: dict[str, Any] = {
        "commit": commit,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": " ".join(
            ["python", "benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)]
        ),
        "quick": args.quick,
        "load": [round(load[0], 2)],
        "corpora": [],
        "pathological": [],
        "stream": [],
        "integrations": [],
    }
    started = time.perf_counter()
    if args.only_integrations:
        run_integrations(args, workdir, report)
    elif not args.only_pathological:
        run_corpora(args, workdir, report)
        if has_integrations() and not args.no_integrations:
            run_integrations(args, workdir, report)
    if not args.no_pathological and not args.only_integrations:
        run_pathological(args, workdir, report)
    if args.stream:
        run_stream(args, workdir, report)
    print(f"\n# {time.perf_counter() - started:.0f} s in all; load {os.getloadavg()[0]:.2f} at end")
    report["load"].append(round(os.getloadavg()[0], 2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
