"""Accuracy of corpusparse on real pages: the realtext scorer, three readers, one table per style.

    python benchmarks/accuracy.py                        # corpus /tmp/realtext-dev, all readers
    python benchmarks/accuracy.py --markdown             # the same tables as Markdown (docs page)
    python benchmarks/accuracy.py --styles full --sources wcxb-full,dragnet-full
    python benchmarks/accuracy.py --no-peer              # corpusparse and the baseline only
    python benchmarks/accuracy.py --out /tmp/acc         # keep eval.py's tables and rows
    python benchmarks/accuracy.py --json docs/data/accuracy.json  # also the figures as JSON

It runs the realtext scorer (``eval.py``, found with ``--realtext DIR``, else
``$CORPUSPARSE_REALTEXT``, else a ``shared/realtext`` folder above the
repository) on a corpus built by the realtext README (``--corpus``, default
``/tmp/realtext-dev``) for three readers:

* ``corpusparse``: ``corpusparse parse`` of the source tree this script sits in
  (``src/`` goes first on ``PYTHONPATH``), run by the interpreter running the script;
* ``baseline``: the realtext folder's naive reader (line 1 headline, the rest body);
* ``trafilatura``: the peer, trafilatura on each page's HTML (``peer_trafilatura.py``),
  run by ``--peer-python`` (the realtext venv). It takes minutes, so its
  predictions are kept in ``CORPUS/peer-pred.jsonl`` after a run over the whole
  corpus and reused while that file is newer than ``gold.jsonl`` and the peer
  script; ``--peer-pred FILE`` scores saved predictions, ``--rerun-peer``
  ignores the kept ones.

The figures are pooled over the documents of each style from eval.py's
per-document rows (``--json``), averaged as eval.py averages them, and checked
against the ``all-<style>`` rows that eval.py prints. No page text is printed:
only rates.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = ROOT / "src"

DEFAULT_CORPUS = Path("/tmp/realtext-dev")
DEFAULT_PEER_PYTHON = Path("/tmp/realtext-venv/bin/python")
PEER_CACHE = "peer-pred.jsonl"
"""File name of the kept peer predictions, in the corpus folder."""
REALTEXT_ENV = "CORPUSPARSE_REALTEXT"
STYLES = ("full", "traf")

Row = dict[str, Any]

# (header, eval.py row key, kind): "rate" = mean over the rows that have the key,
# "share" = share of all rows where the key is true, shown as a percentage.
COLUMNS: list[tuple[str, str, str]] = [
    ("head=", "headline_exact", "rate"),
    ("authors", "authors_match", "rate"),
    ("date", "published_match", "rate"),
    ("body F1", "body_f1", "rate"),
    ("without", "body_without", "rate"),
    ("comm F1", "comments_f1", "rate"),
    ("leak", "leak", "rate"),
    ("split %", "split", "share"),
]
# The same figures as eval.py prints them in its main table (header there).
PRINTED = {
    "headline_exact": "head=",
    "authors_match": "authors",
    "published_match": "date",
    "body_f1": "body_F1",
    "comments_f1": "comm_F1",
    "leak": "leak",
}


class SetupError(Exception):
    """Something the benchmark needs is missing: the message says what and how to get it."""


# ------------------------------------------------------------------ finding things
def find_realtext(option: Path | None, environ: Mapping[str, str], root: Path = ROOT) -> Path:
    """The realtext folder: ``--realtext``, else ``$CORPUSPARSE_REALTEXT``, else the
    first ``shared/realtext`` in a folder above ``root``. It must hold ``eval.py``."""
    if option is not None:
        where, tried = option, f"{option} (from --realtext)"
    elif environ.get(REALTEXT_ENV):
        where = Path(environ[REALTEXT_ENV])
        tried = f"{where} (from ${REALTEXT_ENV})"
    else:
        for folder in root.resolve().parents:
            if (folder / "shared" / "realtext" / "eval.py").is_file():
                return folder / "shared" / "realtext"
        raise SetupError(
            f"realtext scorer not found: no shared/realtext/eval.py in any folder above {root};"
            f" pass --realtext DIR or set ${REALTEXT_ENV} to the folder holding eval.py"
        )
    if not (where / "eval.py").is_file():
        raise SetupError(f"realtext scorer not found: {tried} has no eval.py")
    return where


def check_corpus(corpus: Path, realtext: Path | None = None) -> Path:
    """``corpus`` if it holds ``gold.jsonl``, else a SetupError saying how to build it."""
    if (corpus / "gold.jsonl").is_file():
        return corpus
    folder = realtext if realtext is not None else Path("REALTEXT")
    what = "does not exist" if not corpus.exists() else "has no gold.jsonl"
    raise SetupError(
        f"corpus not found: {corpus} {what}. Build it as {folder / 'README.md'} says"
        f" ('Set up, build, score'): create the venv {DEFAULT_PEER_PYTHON.parent.parent}"
        f" with the libraries listed there, then run"
        f" `cd {folder} && {DEFAULT_PEER_PYTHON} build_dev.py --out {corpus}`"
        f" (about 90 s on 2 cores), or pass --corpus DIR"
    )


def peer_cache_fresh(cache: Path, corpus: Path, peer_script: Path) -> bool:
    """Whether kept peer predictions are newer than the gold and the peer script."""
    if not cache.is_file():
        return False
    stamp = cache.stat().st_mtime
    inputs = [corpus / "gold.jsonl", peer_script]
    return all(stamp > path.stat().st_mtime for path in inputs if path.exists())


# ------------------------------------------------------------------ running eval.py
def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def run_eval(
    realtext: Path,
    corpus: Path,
    source: list[str],
    workdir: Path,
    name: str,
    subset: list[str],
) -> tuple[list[Row], str]:
    """Run eval.py with ``source`` (``--cmd "..."`` or ``--pred FILE``) and return its
    per-document rows and its printed report (kept as ``workdir/NAME.txt``)."""
    rows_file = workdir / f"rows-{name}.json"
    cmd = [sys.executable, str(realtext / "eval.py"), "--corpus", str(corpus), *source]
    cmd += ["--json", str(rows_file), *subset]
    started = time.perf_counter()
    print(f"  {name}: eval.py {shlex.join(cmd[3:])}", file=sys.stderr)
    result = subprocess.run(
        cmd, cwd=realtext, env=_env(), stdout=subprocess.PIPE, text=True, check=False
    )
    (workdir / f"eval-{name}.txt").write_text(result.stdout, encoding="utf-8")
    if result.returncode != 0:
        raise SetupError(f"eval.py failed ({result.returncode}) for {name}: {shlex.join(cmd)}")
    rows: list[Row] = json.loads(rows_file.read_text(encoding="utf-8"))
    print(
        f"  {name}: {len(rows)} documents in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )
    return rows, result.stdout


# ------------------------------------------------------------------ figures
def pooled(rows: Sequence[Row]) -> dict[str, float | None]:
    """The figures of COLUMNS over ``rows``, computed as eval.py computes them.

    A rate is the mean of the values of the rows that have the key (not None),
    as eval.py's ``mean``; None when no row has it. ``split`` is the share of
    all rows that have more articles than the gold, as a percentage.
    """
    figures: dict[str, float | None] = {}
    for _, key, kind in COLUMNS:
        if kind == "share":
            figures[key] = 100 * sum(1 for r in rows if r.get(key)) / len(rows) if rows else None
        else:
            values = [float(r[key]) for r in rows if r.get(key) is not None]
            figures[key] = statistics.mean(values) if values else None
    return figures


def printed_groups(report: str) -> dict[str, dict[str, str]]:
    """The cells of eval.py's main table, by group name (``all-full``...) and header."""
    lines = report.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("source "))
    except StopIteration:
        return {}
    header = lines[start].split()
    groups: dict[str, dict[str, str]] = {}
    for line in lines[start + 2 :]:
        cells = line.split()
        if len(cells) != len(header):
            break
        groups[cells[0]] = dict(zip(header[1:], cells[1:], strict=True))
    return groups


def mismatches(rows: Sequence[Row], report: str) -> list[str]:
    """Where the pooled figures differ from the ``all-<style>`` rows eval.py printed."""
    printed = printed_groups(report)
    found = []
    for style in sorted({str(r["style"]) for r in rows if r.get("style")}):
        cells = printed.get(f"all-{style}")
        if cells is None:
            found.append(f"eval.py printed no all-{style} row")
            continue
        mine = pooled([r for r in rows if r.get("style") == style])
        for key, header in PRINTED.items():
            value = mine[key]
            shown = "—" if value is None else f"{value:.3f}"
            if cells.get(header) != shown:
                found.append(f"all-{style} {header}: eval.py {cells.get(header)}, here {shown}")
    return found


# ------------------------------------------------------------------ tables
def _cell(value: float | None, kind: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}" if kind == "share" else f"{value:.3f}"


def reader_table(results: Mapping[str, Sequence[Row]], style: str) -> list[list[str]]:
    """One line per reader: its pooled figures over the documents of ``style``."""
    lines = []
    for reader, rows in results.items():
        figures = pooled([r for r in rows if r.get("style") == style])
        lines.append([reader, *(_cell(figures[key], kind) for _, key, kind in COLUMNS)])
    return lines


def source_table(rows: Sequence[Row]) -> list[list[str]]:
    """One line per source folder (``wcxb-full``...): documents and pooled figures."""
    lines = []
    for source in sorted({r["source"] for r in rows}):
        group = [r for r in rows if r["source"] == source]
        figures = pooled(group)
        cells = [_cell(figures[key], kind) for _, key, kind in COLUMNS]
        lines.append([source, f"{len(group):,}", *cells])
    return lines


def format_table(header: Sequence[str], lines: Sequence[Sequence[str]], markdown: bool) -> str:
    """A table: Markdown (first column left, the others right-aligned) or aligned text."""
    widths = [max(len(c) for c in column) for column in zip(header, *lines, strict=True)]

    def row(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |" if markdown else "  ".join(padded)

    if markdown:
        dashes = [
            f":{'-' * (w + 1)}" if i == 0 else f"{'-' * (w + 1)}:" for i, w in enumerate(widths)
        ]
        rule = "|" + "|".join(dashes) + "|"
    else:
        rule = "  ".join("-" * w for w in widths)
    return "\n".join([row(header), rule, *(row(line) for line in lines)])


def report(
    results: Mapping[str, Sequence[Row]],
    markdown: bool = False,
    styles: Sequence[str] = STYLES,
    main: str = "corpusparse",
) -> str:
    """Every table: one per style with a line per reader, then ``main`` per source."""
    heading = "### " if markdown else "## "
    readers = ["reader", *(h for h, _, _ in COLUMNS)]
    parts = []
    for style in styles:
        counts = {len([r for r in rows if r.get("style") == style]) for rows in results.values()}
        if counts == {0}:
            continue
        docs = "/".join(f"{n:,}" for n in sorted(counts))
        parts.append(f"{heading}Style `{style}`: {docs} documents")
        parts.append(format_table(readers, reader_table(results, style), markdown))
    if main in results:
        parts.append(f"{heading}{main} per source")
        header = ["source", "docs", *(h for h, _, _ in COLUMNS)]
        parts.append(format_table(header, source_table(results[main]), markdown))
    return "\n\n".join(parts)


def figures_json(
    results: Mapping[str, Sequence[Row]],
    styles: Sequence[str] = STYLES,
    main: str = "corpusparse",
    about: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The figures of the tables as data (what ``--json`` writes, the docs' charts read).

    ``columns`` names each figure (eval.py's row key) with its table header;
    ``styles`` holds, per style, its document count and each reader's pooled
    figures; ``sources`` the figures of ``main`` per source folder. A figure no
    document has is ``null``.
    """
    data: dict[str, Any] = {
        **(about or {}),
        "columns": [{"key": key, "header": header, "kind": kind} for header, key, kind in COLUMNS],
        "styles": {},
        "sources": {},
    }
    for style in styles:
        readers = {
            reader: pooled([r for r in rows if r.get("style") == style])
            for reader, rows in results.items()
        }
        counts = [len([r for r in rows if r.get("style") == style]) for rows in results.values()]
        if any(counts):
            data["styles"][style] = {"documents": max(counts), "readers": readers}
    for source in sorted({r["source"] for r in results.get(main, ())}):
        group = [r for r in results[main] if r["source"] == source]
        data["sources"][source] = {"documents": len(group), **pooled(group)}
    return data


# ------------------------------------------------------------------ main
def keep(fresh: Path, cache: Path) -> None:
    """Copy ``fresh`` to ``cache`` in one step (a reader never sees half a file)."""
    partial = cache.with_name(cache.name + ".partial")
    shutil.copyfile(fresh, partial)
    os.replace(partial, cache)


def _peer_source(args: argparse.Namespace, realtext: Path, workdir: Path) -> tuple[list[str], str]:
    """eval.py's source option for the peer, and a note on where it comes from
    (an empty source: the peer is skipped)."""
    script = realtext / "peer_trafilatura.py"
    if args.peer_pred is not None:
        if not args.peer_pred.is_file():
            raise SetupError(f"--peer-pred {args.peer_pred}: no such file")
        return ["--pred", str(args.peer_pred)], f"saved predictions {args.peer_pred}"
    cache = args.corpus / PEER_CACHE
    if not args.rerun_peer and peer_cache_fresh(cache, args.corpus, script):
        return ["--pred", str(cache)], f"kept predictions {cache} (--rerun-peer to run again)"
    if not args.peer_python.is_file():
        return [], f"skipped: no interpreter {args.peer_python} (--peer-python; realtext README)"
    command = f"{shlex.quote(str(args.peer_python))} {shlex.quote(str(script))}"
    if args.sources or args.styles:
        return ["--cmd", command], "run on the subset (not kept: a subset run)"
    fresh = workdir / PEER_CACHE
    return ["--cmd", command, "--save-pred", str(fresh)], f"run; predictions kept in {cache}"


def argument_parser() -> argparse.ArgumentParser:
    """The script's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"built corpus (default {DEFAULT_CORPUS})",
    )
    parser.add_argument(
        "--realtext", type=Path, help=f"folder of eval.py (default ${REALTEXT_ENV}, else found)"
    )
    parser.add_argument("--sources", help="comma-separated source folders (wcxb-full,...)")
    parser.add_argument("--styles", help="comma-separated text styles (full,traf)")
    parser.add_argument("--jobs", type=int, default=2, help="command calls at once (default 2)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument(
        "--peer-python",
        type=Path,
        default=DEFAULT_PEER_PYTHON,
        help=f"interpreter with trafilatura (default {DEFAULT_PEER_PYTHON}; missing: no peer)",
    )
    parser.add_argument("--peer-pred", type=Path, help="score these saved peer predictions")
    parser.add_argument("--rerun-peer", action="store_true", help="ignore kept peer predictions")
    parser.add_argument("--no-peer", action="store_true", help="leave the peer out")
    parser.add_argument("--out", type=Path, help="keep eval.py's reports and rows here")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    return parser


def subset_options(args: argparse.Namespace) -> list[str]:
    """eval.py's options for the sources and styles asked for (none: the whole corpus)."""
    subset: list[str] = []
    subset += ["--sources", args.sources] if args.sources else []
    subset += ["--styles", args.styles] if args.styles else []
    return subset


def own_readers(args: argparse.Namespace, realtext: Path) -> dict[str, list[str]]:
    """eval.py's source options for corpusparse and realtext's baseline parser."""
    python = shlex.quote(sys.executable)
    return {
        "corpusparse": ["--cmd", f"{python} -m corpusparse parse", "--jobs", str(args.jobs)],
        "baseline": [
            "--cmd",
            f"{python} {shlex.quote(str(realtext / 'baseline_parser.py'))}",
            "--jobs",
            str(args.jobs),
        ],
    }


def score_readers(
    args: argparse.Namespace,
    realtext: Path,
    readers: Mapping[str, list[str]],
    workdir: Path,
    subset: list[str],
) -> dict[str, list[Row]]:
    """Each reader's rows from eval.py (a peer run on the whole corpus is kept for next time)."""
    results: dict[str, list[Row]] = {}
    for name, source in readers.items():
        label = name.split()[0]
        rows, printed = run_eval(realtext, args.corpus, source, workdir, label, subset)
        for problem in mismatches(rows, printed):
            print(f"  warning: {label}: {problem}", file=sys.stderr)
        results[name] = rows
        if "--save-pred" in source:  # the whole corpus: keep for next time
            keep(workdir / PEER_CACHE, args.corpus / PEER_CACHE)
    return results


def _git(*command: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *command],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()


def git_state() -> tuple[str, bool]:
    """The short commit of the checkout ('' outside git), and whether tracked files changed."""
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    return commit, bool(dirty)


def print_heading(what: str, notes: Sequence[str], markdown: bool) -> None:
    """What was measured, and the notes on the peer, above the tables."""
    if markdown:
        print(f"<!-- python benchmarks/accuracy.py --markdown: {what} -->")
        for note in notes:
            print(f"<!-- {note} -->")
            print(f"  {note}", file=sys.stderr)  # also seen when the tables go to a file
        print()
    else:
        print(f"# corpusparse accuracy on real pages: {what}")
        for note in notes:
            print(f"# {note}")
        print()


def main(argv: list[str] | None = None) -> int:
    args = argument_parser().parse_args(argv)
    # eval.py runs in the realtext folder: paths given relative to here must stay valid.
    args.peer_pred = args.peer_pred and args.peer_pred.resolve()
    args.out = args.out and args.out.resolve()
    try:
        realtext = find_realtext(args.realtext, os.environ).resolve()
        args.corpus = check_corpus(args.corpus, realtext).resolve()
    except SetupError as error:
        print(f"accuracy.py: {error}", file=sys.stderr)
        return 2
    subset = subset_options(args)
    styles = [s for s in STYLES if not args.styles or s in args.styles.split(",")]
    with tempfile.TemporaryDirectory(prefix="corpusparse-accuracy-") as scratch:
        workdir = args.out or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        readers = own_readers(args, realtext)
        notes = []
        if not args.no_peer:
            try:
                source, note = _peer_source(args, realtext, workdir)
            except SetupError as error:
                print(f"accuracy.py: {error}", file=sys.stderr)
                return 2
            notes.append(f"trafilatura (HTML): {note}")
            if source:
                readers["trafilatura (HTML)"] = [*source, "--jobs", str(args.jobs)]
        try:
            results = score_readers(args, realtext, readers, workdir, subset)
        except SetupError as error:
            print(f"accuracy.py: {error}", file=sys.stderr)
            return 1
    commit, dirty = git_state()
    stamp = time.strftime("%Y-%m-%d", time.gmtime())
    what = f"commit {commit or '?'}{' + changes' if dirty else ''}, corpus {args.corpus}, {stamp}"
    print_heading(what, notes, args.markdown)
    print(report(results, markdown=args.markdown, styles=styles))
    if args.json:
        about = {"commit": commit, "changed": dirty, "date": stamp, "notes": notes}
        data = figures_json(results, styles=styles, about=about)
        args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
