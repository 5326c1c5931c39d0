"""Where parse spends its time: each stage of the pipeline, and each block rule.

    python benchmarks/stages.py                       # the seed documents, 100 times over
    python benchmarks/stages.py --real DIR [--limit N] # every *.txt under DIR (real pages)
    python benchmarks/stages.py --json docs/data/stages.json --name seeds   # keep the figures

It times one pass of `corpusparse.parse` over the corpus with a clock around
each stage (lines, segments, the page plan of the zone stage, the comment
section read as a whole, the rule loop, assembling the models) and around
each rule's claim, and prints Markdown tables of seconds and shares. The
clocks cost a little themselves (a few per cent, most of it on the rules
table); the shares are what to read. Figures depend on the machine's load.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import attrs  # noqa: E402

import corpusparse  # noqa: E402
from corpusparse.parsing import parser  # noqa: E402

table = importlib.import_module("corpusparse.parsing.rules.classify")

SPENT: defaultdict[str, float] = defaultdict(float)
"""Seconds by stage or rule name, summed over the pass."""


def _clocked(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def clocked(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - start

    clocked.__name__ = getattr(function, "__name__", name)
    return clocked


STAGES: tuple[tuple[ModuleType, str, str], ...] = (
    (parser, "numbered_lines", "lines"),
    (parser, "cut", "segments"),
    (parser, "classify", "rules (with the two below)"),
    (parser, "build_article", "assemble"),
    (table, "plan_page", "zones: the page plan"),
    (table, "plan_above_comments", "zones: the page plan"),
    (table, "_read_section", "comments: the section as a whole"),
)
"""Each stage's function, by the module that calls it and its name there, and its clock."""


def _clock_the_pipeline() -> None:
    """Put a clock around each stage and each rule (for this process only)."""
    for module, name, clock in STAGES:  # the names the callers look up, so patched there
        setattr(module, name, _clocked(clock, getattr(module, name)))
    clocked = {
        rule.name: attrs.evolve(rule, claim=_clocked("rule " + rule.name, rule.claim))
        for rule in table.RULES
    }
    for key, rules in table._RULES_FOR.items():
        table._RULES_FOR[key] = tuple(clocked[rule.name] for rule in rules)


def _texts(real: Path | None, limit: int) -> list[str]:
    if real is None:
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        return [path.read_text("utf-8") for path in seeds] * 100
    paths = sorted(real.rglob("*.txt"))[:limit]
    return [path.read_text("utf-8", errors="replace") for path in paths]


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--real", type=Path, help="a directory of real page texts")
    options.add_argument("--limit", type=int, default=300, help="at most this many files")
    options.add_argument("--json", type=Path, help="add the figures to this JSON file")
    options.add_argument("--name", default=None, help="their key there (seeds, or real)")
    args = options.parse_args(argv)
    texts = _texts(args.real, args.limit)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for text in texts[:5]:  # warm the caches of compiled patterns and imports
        corpusparse.parse(text)
    _clock_the_pipeline()
    start = time.perf_counter()
    for text in texts:
        corpusparse.parse(text)
    total = time.perf_counter() - start
    rules_total = SPENT.pop("rules (with the two below)")
    plan = SPENT["zones: the page plan"]
    section = SPENT["comments: the section as a whole"]
    stages = {
        "lines": SPENT["lines"],
        "segments": SPENT["segments"],
        "zones: the page plan": plan,
        "comments: the section as a whole": section,
        "rules: the rule loop": rules_total - plan - section,
        "assemble": SPENT["assemble"],
    }
    stages["the rest (documents, defects)"] = total - sum(stages.values())
    loop = stages["rules: the rule loop"]
    ranked = sorted(
        ((name[5:], seconds) for name, seconds in SPENT.items() if name.startswith("rule ")),
        key=lambda item: -item[1],
    )
    rows = [
        f"{len(texts)} texts, {megabytes:.2f} MB, {total:.2f} s ({megabytes / total:.2f} MB/s)",
        "",
        "| stage | seconds | share |",
        "| --- | ---: | ---: |",
        *(
            f"| {name} | {seconds:.3f} | {seconds / total:.0%} |"
            for name, seconds in stages.items()
        ),
        "",
        "| rule (its claim, with what it calls) | seconds | share of the rule loop |",
        "| --- | ---: | ---: |",
        *(f"| `{name}` | {seconds:.3f} | {seconds / loop:.0%} |" for name, seconds in ranked[:8]),
    ]
    print("\n".join(rows))
    if args.json is not None:
        figures = json.loads(args.json.read_text("utf-8")) if args.json.is_file() else {}
        figures[args.name or ("seeds" if args.real is None else "real")] = {
            "texts": len(texts),
            "megabytes": round(megabytes, 3),
            "seconds": round(total, 4),
            "stages": {name: round(seconds, 4) for name, seconds in stages.items()},
            "rules": {name: round(seconds, 4) for name, seconds in ranked},
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
