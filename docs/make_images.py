"""Regenerate every image of the documentation, from data and from real command output.

    python docs/make_images.py              # docs/images/*.svg from docs/data/*.json
    python docs/make_images.py --measure    # first rerun the benchmark (quick) and accuracy.py

Images written to ``docs/images/``:

* ``show-page.svg``, ``show-wire.svg``: what ``corpusparse show`` prints for
  two hand-written fixtures of ``tests/fixtures/pages/`` (invented pages), each
  line coloured by the role the parser gave it. The command is run on the
  source tree this script sits in, so the pictures follow the parser;
  ``tests/test_site.py`` fails when they no longer match its output;
* ``accuracy.svg``: the figures of ``benchmarks/accuracy.py --json``
  (``docs/data/accuracy.json``), per style and reader;
* ``throughput.svg``, ``jobs.svg``, ``pathological.svg``: the figures of
  ``benchmarks/run.py --json`` (``docs/data/benchmark.json``): MB/s per corpus,
  MB/s per ``--jobs``, and time growth on the pathological inputs;
* ``logo.svg``: the site's logo and favicon.

It also writes the short Markdown tables of the same figures that the
Accuracy and Performance pages include (``docs/data/*.md``, through
``--8<--`` snippets), so that the pages and their charts always agree.

The charts need matplotlib (in the ``dev`` extra). They are written as SVG
with text kept as text and no date in them, so that regenerating unchanged
data changes no byte.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
IMAGES = HERE / "images"

# (image name, fixture): the pages `corpusparse show` is run on, hand-written, invented.
SHOW_PAGES = {
    "show-page.svg": ROOT
    / "tests"
    / "fixtures"
    / "pages"
    / "full_page_share_tags_comments_footer.txt",
    "show-wire.svg": ROOT
    / "tests"
    / "fixtures"
    / "pages"
    / "dateline_reuters_after_caption_and_time.txt",
}
SHOW_WIDTH = 100  # `show --width`: long lines wrap under the text column

# Role -> (text colour, band colour): the hues of `corpusparse show` on a terminal
# (corpusparse.cli.show.ROLE_COLORS), made readable on a light background.
ROLE_PALETTE = {
    "related": ("#0a6e75", "#e0f5f5"),
    "section": ("#0a6e75", "#e0f5f5"),
    "headline": ("#7a4d00", "#fff1c2"),
    "headline_repeat": ("#7a5a00", "#fff8dc"),
    "dek": ("#7a5a00", "#fffbe8"),
    "caption": ("#8a2f9e", "#f7e8fb"),
    "byline": ("#1a7f37", "#e3f7e7"),
    "time": ("#1a7f37", "#eef9f0"),
    "dateline": ("#0550ae", "#dfeeff"),
    "body": ("#1f2328", "#ffffff"),
    "trailer": ("#57606a", "#f2f4f6"),
    "comment_author": ("#0a6e75", "#dcf3f3"),
    "comment_time": ("#0a6e75", "#ebf8f8"),
    "comment": ("#0b4fb3", "#eaf1fd"),
    "comment_continuation": ("#0b4fb3", "#eaf1fd"),
    "pingback": ("#3b5bdb", "#eef1fd"),
    "boilerplate": ("#8c959f", "#f6f8fa"),
    "outside": ("#8c959f", "#f6f8fa"),
}
DEFAULT_COLORS = ("#1f2328", "#ffffff")

# The accuracy figures under the names the Accuracy page gives them.
LABELS = {
    "headline_exact": "headline",
    "authors_match": "authors",
    "published_match": "date",
    "body_f1": "body F1",
    "comments_f1": "comments F1",
    "body_without": "residue kept",
    "leak": "comment leak",
    "split": "split %",
}

# Chart colours, one per reader / case, steady from chart to chart.
READER_COLORS = {"corpusparse": "#3f51b5", "baseline": "#b0b7c3", "trafilatura (HTML)": "#f09a36"}


# ------------------------------------------------------------------ show
def show_output(path: Path, width: int = SHOW_WIDTH) -> str:
    """What ``corpusparse show --color never --width N PATH`` prints, from this source tree."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    env["NO_COLOR"] = "1"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "corpusparse",
            "show",
            "--color",
            "never",
            "--width",
            str(width),
            str(path),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
    )
    return result.stdout


def _show_rows(output: str) -> list[tuple[str, str, str, str]]:
    """(number, label, role, text) per display line of ``show``; a rule line has no role.

    A wrapped line's continuations have an empty number and label and the role
    of the line they continue.
    """
    rows: list[tuple[str, str, str, str]] = []
    role = ""
    for line in output.splitlines():
        if line.startswith("══"):
            continue  # the file name
        if line.startswith("──"):
            rows.append(("", "", "", line))
            continue
        left, _, text = line.partition(" │")
        number, _, label = left.strip().partition("  ")
        label = label.strip()
        if number:
            role = label.split(":")[0] if label else "blank"
        rows.append((number, label, role, text[1:] if text.startswith(" ") else text))
    return rows


def show_svg(output: str, title: str) -> str:
    """An SVG picture of ``show`` output: number, role label and text, a band per role."""
    rows = _show_rows(output)
    size, step, char = 13, 19, 7.8  # font size, line step, width of a character (px)
    label_x, text_x = 52, 52 + 25 * char
    longest = max((len(text) for *_, text in rows), default=0)
    width = int(text_x + longest * char + 24)
    height = step * len(rows) + 24
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}">',
        f"<title>{html.escape(title)}</title>",
        "<style>text{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"
        f"'DejaVu Sans Mono',monospace;font-size:{size}px;white-space:pre}}</style>",
        f'<rect width="{width}" height="{height}" rx="8" fill="#ffffff" stroke="#d0d7de"/>',
    ]
    for i, (number, label, role, text) in enumerate(rows):
        y = 12 + i * step
        base = y + step - 5
        if not role:  # an article's rule line
            out.append(f'<text x="12" y="{base}" fill="#8c959f">{html.escape(text)}</text>')
            continue
        ink, band = ROLE_PALETTE.get(role, DEFAULT_COLORS)
        if role != "blank" and band != "#ffffff":
            out.append(f'<rect x="6" y="{y}" width="{width - 12}" height="{step}" fill="{band}"/>')
        if number:
            out.append(f'<text x="44" y="{base}" fill="#8c959f" text-anchor="end">{number}</text>')
        if label:
            weight = ' font-weight="bold"' if role in {"headline", "byline", "dateline"} else ""
            out.append(
                f'<text x="{label_x}" y="{base}" fill="{ink}"{weight}>{html.escape(label)}</text>'
            )
        rule_x = text_x - 10
        out.append(f'<line x1="{rule_x}" y1="{y}" x2="{rule_x}" y2="{y + step}" stroke="#d0d7de"/>')
        if text:
            fill = "#8c959f" if role in {"boilerplate", "outside"} else "#1f2328"
            out.append(f'<text x="{text_x}" y="{base}" fill="{fill}">{html.escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def show_picture(fixture: Path) -> str:
    """The SVG of ``corpusparse show`` on ``fixture``, as committed in ``docs/images/``."""
    shown = fixture.relative_to(ROOT)
    title = f"corpusparse show {shown}: each line with the role the parser gave it"
    return show_svg(show_output(fixture), title)


def make_show_images(out: Path) -> list[Path]:
    return [_write(out / name, show_picture(fixture)) for name, fixture in SHOW_PAGES.items()]


# ------------------------------------------------------------------ charts
def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text
            "svg.hashsalt": "corpusparse",  # the same ids on every run
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": "#e5e7eb",
            "figure.facecolor": "white",
        }
    )
    return plt


def _save(fig: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    fig.clf()
    return path


def accuracy_chart(data: Mapping[str, Any], path: Path) -> Path:
    """Per style, grouped bars per reader: the rates where higher is better, then the two where
    lower is better (residue kept, comment leak)."""
    plt = _pyplot()
    headers = {c["key"]: c["header"] for c in data["columns"]}
    higher = ["headline_exact", "authors_match", "published_match", "body_f1", "comments_f1"]
    lower = ["body_without", "leak"]
    styles = list(data["styles"])
    fig, axes = plt.subplots(
        len(styles),
        2,
        figsize=(9, 2.9 * len(styles)),
        gridspec_kw={"width_ratios": [5, 2]},
        squeeze=False,
    )
    for row, style in enumerate(styles):
        figures = data["styles"][style]["readers"]
        readers = list(figures)
        for col, keys in enumerate((higher, lower)):
            ax = axes[row][col]
            bar = 0.8 / len(readers)
            for r, reader in enumerate(readers):
                values = [figures[reader].get(k) for k in keys]
                xs = [i + (r - (len(readers) - 1) / 2) * bar for i in range(len(keys))]
                heights = [v or 0 for v in values]
                color = READER_COLORS.get(reader, "#6b7280")
                ax.bar(xs, heights, bar * 0.95, label=reader, color=color)
            ax.set_xticks(range(len(keys)), [LABELS.get(k, headers[k]) for k in keys])
            ax.set_ylim(0, 1)
            ax.grid(axis="x", visible=False)
            docs = f"{data['styles'][style]['documents']:,} documents"
            ax.set_title(
                f"style '{style}' ({docs}): higher is better" if col == 0 else "lower is better",
                loc="left",
                fontsize=10,
            )
    axes[0][0].legend(loc="upper center", bbox_to_anchor=(0.7, 1.32), ncol=3, frameon=False)
    fig.tight_layout()
    return _save(fig, path)


def _corpus_label(entry: Mapping[str, Any]) -> str:
    return f"{entry['kind']} {entry['mb']:.0f} MB"


def throughput_chart(data: Mapping[str, Any], path: Path) -> Path:
    """MB/s of parse_file per corpus, one process: wall-clock and CPU, with the floor of the
    pure-Python object model (the skeleton) for scale."""
    plt = _pyplot()
    corpora = data["corpora"]
    labels = [_corpus_label(e) for e in corpora]
    wall = [e["mb"] / e["parse"]["seconds"] for e in corpora]
    cpu = [e["mb"] / e["parse"].get("cpu_seconds", e["parse"]["seconds"]) for e in corpora]
    fig, ax = plt.subplots(figsize=(7, 0.55 * len(corpora) + 1.2))
    ys = range(len(corpora))
    ax.barh([y - 0.2 for y in ys], wall, 0.38, color="#3f51b5", label="MB/s (wall clock)")
    ax.barh([y + 0.2 for y in ys], cpu, 0.38, color="#9fa8da", label="MB/s (CPU time)")
    for y, value in zip(ys, wall, strict=True):
        ax.text(value, y - 0.2, f" {value:.1f}", va="center", fontsize=9)
    ax.set_yticks(list(ys), labels)
    ax.invert_yaxis()
    ax.set_xlabel("MB of text parsed per second, one process (parse_file)")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.3), ncol=2, frameon=False)
    fig.tight_layout()
    return _save(fig, path)


def _jobs_rate(entry: Mapping[str, Any], key: str) -> float:
    """MB/s of one case of the command (0 when it did not run)."""
    case = entry.get(key)
    return float(entry["mb"] / case["seconds"]) if case else 0.0


def jobs_chart(data: Mapping[str, Any], path: Path) -> Path:
    """MB/s of the command with --jobs 1 and --jobs 2 (and a 2-worker LocalCluster when run)."""
    plt = _pyplot()
    entries = [e for e in data["corpora"] if e.get("jobs1") and e.get("jobs2")]
    cases = [("jobs1", "--jobs 1", "#9fa8da"), ("jobs2", "--jobs 2", "#3f51b5")]
    if any(e.get("dask2") for e in entries):
        cases.append(("dask2", "LocalCluster, 2 workers", "#f09a36"))
    fig, ax = plt.subplots(figsize=(7, 0.9 * len(cases) * max(len(entries), 1) / 2 + 1.3))
    bar = 0.8 / len(cases)
    for c, (key, label, color) in enumerate(cases):
        ys = [i + (c - (len(cases) - 1) / 2) * bar for i in range(len(entries))]
        rates = [_jobs_rate(e, key) for e in entries]
        ax.barh(ys, rates, bar * 0.95, color=color, label=label)
        for y, rate in zip(ys, rates, strict=True):
            if rate:
                ax.text(rate, y, f" {rate:.1f}", va="center", fontsize=9)
    ax.set_yticks(range(len(entries)), [_corpus_label(e) for e in entries])
    ax.invert_yaxis()
    ax.set_xlabel("MB/s of 'corpusparse parse CORPUS --output FILE' (wall clock)")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.3), ncol=len(cases), frameon=False)
    fig.tight_layout()
    return _save(fig, path)


def pathological_chart(data: Mapping[str, Any], path: Path) -> Path:
    """CPU time against input size, both relative to the smallest size: linear growth lies on
    the diagonal."""
    plt = _pyplot()
    by_name: dict[str, list[Mapping[str, Any]]] = {}
    for entry in data["pathological"]:
        by_name.setdefault(entry["name"], []).append(entry)
    fig, (ax, per) = plt.subplots(1, 2, figsize=(8, 3.6), gridspec_kw={"width_ratios": [3, 2]})
    top = 1.0
    for name, entries in by_name.items():
        entries = sorted(entries, key=lambda e: e["bytes"])
        first = entries[0]
        xs = [e["bytes"] / first["bytes"] for e in entries]
        ys = [
            e.get("cpu_seconds", e["seconds"]) / first.get("cpu_seconds", first["seconds"])
            for e in entries
        ]
        top = max(top, *xs, *ys)
        ax.plot(xs, ys, marker="o", label=name)
    ax.plot([1, top], [1, top], color="#9ca3af", linestyle="--", label="linear")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log", base=2)
    ax.set_xlabel("input size (relative to the smallest)")
    ax.set_ylabel("CPU time (relative)")
    ax.set_title("time grows linearly with the input", loc="left", fontsize=10)
    ax.legend(fontsize=8, frameon=False, loc="upper left")
    names = list(by_name)
    largest = [max(by_name[n], key=lambda e: e["bytes"]) for n in names]
    per10 = [e.get("cpu_seconds", e["seconds"]) / (e["bytes"] / (10 * 1_000_000)) for e in largest]
    per.barh(range(len(names)), per10, color="#3f51b5")
    per.set_yticks(range(len(names)), names)
    per.invert_yaxis()
    per.set_xlabel("CPU seconds per 10 MB (largest size)")
    per.grid(axis="y", visible=False)
    per.set_title("cost per 10 MB", loc="left", fontsize=10)
    fig.tight_layout()
    return _save(fig, path)


# ------------------------------------------------------------------ tables
def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table, the first column left-aligned and the others right-aligned."""
    widths = [max(len(c) for c in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = [f":{'-' * (w + 1)}" if i == 0 else f"{'-' * (w + 1)}:" for i, w in enumerate(widths)]
    return "\n".join([line(header), "|" + "|".join(rule) + "|", *map(line, rows)]) + "\n"


def _rate(value: float | None, kind: str = "rate") -> str:
    if value is None:
        return "—"
    return f"{value:.1f}" if kind == "share" else f"{value:.3f}"


def accuracy_tables(data: Mapping[str, Any]) -> dict[str, str]:
    """Markdown tables of the accuracy figures, a row per figure so that they fit a page:
    per style, a column per reader; then corpusparse per source, a table per style."""
    columns = data["columns"]
    tables = {}
    for style, figures in data["styles"].items():
        readers = list(figures["readers"])
        rows = [
            [LABELS.get(c["key"], c["header"])]
            + [_rate(figures["readers"][r].get(c["key"]), c["kind"]) for r in readers]
            for c in columns
        ]
        tables[f"accuracy-{style}.md"] = markdown_table(["figure", *readers], rows)
        sources = {
            name.removesuffix(f"-{style}"): v
            for name, v in data["sources"].items()
            if name.endswith(f"-{style}")
        }
        if sources:
            rows = [["documents", *(f"{v['documents']:,}" for v in sources.values())]]
            rows += [
                [LABELS.get(c["key"], c["header"])]
                + [_rate(v.get(c["key"]), c["kind"]) for v in sources.values()]
                for c in columns
            ]
            name = f"accuracy-{style}-sources.md"
            tables[name] = markdown_table(["corpusparse", *sources], rows)
    changed = " with uncommitted changes" if data.get("changed") else ""
    tables["accuracy-measured.md"] = (
        f"Measured by `python benchmarks/accuracy.py --json docs/data/accuracy.json` at commit"
        f" `{data.get('commit', '?')}`{changed}, {data.get('date', '?')}.\n"
    )
    return tables


def _measured(data: Mapping[str, Any]) -> str:
    load = "–".join(f"{x:.1f}" for x in data.get("load", []))
    return (
        f"Measured by `{data.get('command', 'python benchmarks/run.py')}` at commit"
        f" `{data.get('commit', '?')}`, Python {data.get('python', '?')},"
        f" {data.get('cpus', '?')} CPUs, {data.get('date', '?')}, load {load or '?'}.\n"
    )


def benchmark_tables(data: Mapping[str, Any]) -> dict[str, str]:
    """Short Markdown tables of the benchmark: corpora, the command, pathological inputs."""
    mb = 1_000_000
    rows = []
    for e in data["corpora"]:
        parse = e["parse"]
        rows.append(
            [
                e["kind"],
                f"{e['mb']:.0f}",
                f"{e['mb'] / parse['seconds']:.1f}",
                f"{e['mb'] / parse.get('cpu_seconds', parse['seconds']):.1f}",
                f"{parse.get('articles', 0) / parse['seconds']:,.0f}",
                f"{parse['maxrss'] / mb:.0f}",
            ]
        )
    header = ["corpus", "MB", "MB/s", "CPU MB/s", "articles/s", "peak RSS MB"]
    tables = {"benchmark-corpora.md": markdown_table(header, rows)}
    rows = [
        [
            e["kind"],
            f"{e['mb']:.0f}",
            f"{_jobs_rate(e, 'jobs1'):.1f}",
            f"{_jobs_rate(e, 'jobs2'):.1f}",
            f"{e['jobs1']['maxrss'] / mb:.0f}",
            f"{e['jobs2']['maxrss'] / mb:.0f}",
        ]
        for e in data["corpora"]
        if e.get("jobs1") and e.get("jobs2")
    ]
    header = ["corpus", "MB", "--jobs 1 MB/s", "--jobs 2 MB/s", "RSS 1 MB", "RSS 2 MB"]
    tables["benchmark-jobs.md"] = markdown_table(header, rows)
    by_name: dict[str, list[Mapping[str, Any]]] = {}
    for entry in data["pathological"]:
        by_name.setdefault(entry["name"], []).append(entry)
    rows = []
    for name, entries in by_name.items():
        small, large = (
            min(entries, key=lambda e: e["bytes"]),
            max(entries, key=lambda e: e["bytes"]),
        )
        cpu = large.get("cpu_seconds", large["seconds"])
        growth = cpu / small.get("cpu_seconds", small["seconds"])
        rows.append(
            [
                f"`{name}`",
                f"{large['bytes'] / mb:.2f}",
                f"{cpu:.2f}",
                f"{growth:.1f}x for {large['bytes'] / small['bytes']:.0f}x",
                f"{cpu / (large['bytes'] / (10 * mb)):.1f}",
                f"{large['maxrss'] / mb:.0f}",
            ]
        )
    header = ["input", "MB", "CPU s", "time growth", "CPU s per 10 MB", "peak RSS MB"]
    tables["benchmark-pathological.md"] = markdown_table(header, rows)
    tables["benchmark-measured.md"] = _measured(data)
    return tables


# ------------------------------------------------------------------ logo
LOGO = """\
<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"
 role="img" aria-label="corpusparse">
<title>corpusparse</title>
<rect width="64" height="64" rx="12" fill="#ffffff"/>
<rect x="8" y="9" width="40" height="8" rx="2" fill="#f2b705"/>
<rect x="8" y="21" width="26" height="6" rx="2" fill="#2ea44f"/>
<rect x="8" y="31" width="48" height="5" rx="2" fill="#3f51b5"/>
<rect x="8" y="40" width="44" height="5" rx="2" fill="#3f51b5"/>
<rect x="8" y="49" width="30" height="5" rx="2" fill="#9ca3af"/>
</svg>
"""
"""Lines of a page, coloured by role as in the pictures: headline, byline, body, residue."""


def stages_tables(data: Mapping[str, Any]) -> dict[str, str]:
    """The tables of `benchmarks/stages.py --json`: ``stages-<name>.md`` per corpus."""
    tables = {}
    for name, entry in data.items():
        total = entry["seconds"]
        stages = entry["stages"]
        loop = stages["rules: the rule loop"]
        rules = sorted(entry["rules"].items(), key=lambda item: -item[1])[:8]
        stage_rows = [(stage, f"{s:.3f}", f"{s / total:.0%}") for stage, s in stages.items()]
        rule_rows = [(f"`{rule}`", f"{s:.3f}", f"{s / loop:.0%}") for rule, s in rules]
        tables[f"stages-{name}.md"] = (
            f"{entry['texts']} texts, {entry['megabytes']:.2f} MB, {total:.2f} s\n\n"
            + markdown_table(["stage", "seconds", "share"], stage_rows)
            + "\n"
            + markdown_table(
                ["rule (its claim, with what it calls)", "seconds", "share of the rule loop"],
                rule_rows,
            )
        )
    return tables


# ------------------------------------------------------------------ main
def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _load(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        print(f"make_images.py: no {path}: its charts are left as they are", file=sys.stderr)
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def measure(benchmark: Path, accuracy: Path, stages: Path) -> None:
    """Rerun the benchmark (quick mode), the accuracy script and the stage timing of the
    seeds, writing their JSON (the stages of real pages need ``--real DIR`` by hand)."""
    run = [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(benchmark)]
    subprocess.run(run, check=True, stdout=subprocess.DEVNULL)
    score = [sys.executable, str(ROOT / "benchmarks" / "accuracy.py"), "--json", str(accuracy)]
    subprocess.run(score, check=True, stdout=subprocess.DEVNULL)
    timing = [sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--json", str(stages)]
    subprocess.run(timing, check=True, stdout=subprocess.DEVNULL)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", type=Path, default=DATA / "benchmark.json")
    parser.add_argument("--accuracy", type=Path, default=DATA / "accuracy.json")
    parser.add_argument("--stages", type=Path, default=DATA / "stages.json")
    parser.add_argument("--out", type=Path, default=IMAGES, help="where the images go")
    parser.add_argument(
        "--tables", type=Path, default=DATA, help="where the Markdown tables the pages include go"
    )
    parser.add_argument(
        "--measure",
        action="store_true",
        help="first rerun benchmarks/run.py --quick and accuracy.py",
    )
    args = parser.parse_args(argv)
    if args.measure:
        measure(args.benchmark, args.accuracy, args.stages)
    written = [_write(args.out / "logo.svg", LOGO), *make_show_images(args.out)]
    accuracy = _load(args.accuracy)
    if accuracy is not None:
        written.append(accuracy_chart(accuracy, args.out / "accuracy.svg"))
        for name, table in accuracy_tables(accuracy).items():
            written.append(_write(args.tables / name, table))
    benchmark = _load(args.benchmark)
    if benchmark is not None:
        written.append(throughput_chart(benchmark, args.out / "throughput.svg"))
        written.append(jobs_chart(benchmark, args.out / "jobs.svg"))
        written.append(pathological_chart(benchmark, args.out / "pathological.svg"))
        for name, table in benchmark_tables(benchmark).items():
            written.append(_write(args.tables / name, table))
    stages = _load(args.stages)
    if stages is not None:
        for name, table in stages_tables(stages).items():
            written.append(_write(args.tables / name, table))
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
