"""Every compiled pattern of the ``patterns`` package runs in linear time on hostile input.

The patterns are found automatically (every ``regex.Pattern`` in every submodule
of the package), so patterns added later are audited too. Each pattern is fed adversarial strings
built from its own documented examples and from a fixed alphabet:

* long runs of every character (or pair of characters) the pattern can repeat,
  alone and spliced into its example at every place the pattern would accept them;
* nearly-matching lines: the example with such a run inside, broken by a NUL;
* the example repeated, whole and with its last character cut.

Each string is timed with ``fullmatch``, ``search`` and ``findall`` (where
nothing matches, ``findall`` would repeat the failed search step for step: that
search's time is counted twice instead). A first pass ranks all of a pattern's
strings by how their time grows from 2,000 to 8,000 characters; the worst few
are then timed at three sizes, 1x, 2x and 4x (4x is 100 KB). Linear work
quadruples from 1x to 4x, quadratic work grows sixteenfold; the test fails
above ten, and only when that holds on three measurements in a row. Times are
CPU times of this process, so other work on a shared machine (or the other
pytest-xdist worker) does not make the test flake. No absolute time is
asserted; a per-call time-out only keeps a catastrophic pattern from hanging
the suite.
"""

from __future__ import annotations

import ast
import gc
import importlib
import inspect
import pkgutil
import sys
import time
import unicodedata
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
import regex

from corpusparse.parsing import patterns

BASE = 25_000
"""The 1x size in characters; 4x is 100 KB."""
SIZES = (1, 2, 4)
LIMIT = 10.0
"""Largest accepted growth of time from 1x to 4x (linear is 4, quadratic 16)."""
HANG_GUARD = 2.0
"""Seconds after which one call on a short text counts as catastrophic."""
HANG_GUARD_PER_CHARACTER = 250e-6
"""Seconds per character after which one call on a long text counts as catastrophic (25 s
on 100 KB). The time-out is wall-clock time (the only kind ``regex`` has), so it stays
far above what the costliest linear pattern takes, CREDIT_LINE with about 5 µs of CPU
per character on a run of ``"o."`` (COMMENT_BULLET_HEAD took 35 to 45 µs on runs of
blanks until it was made possessive), even when a busy machine (or the other
pytest-xdist worker) gives this process a third of a core."""
MIN_BATCH = 0.001
"""Seconds a timed batch at 1x lasts at least, so that ratios are not noise."""
SCREEN_BASE = 2_000
"""The 1x size of the first pass, which ranks every adversarial string of a pattern."""
CONFIRM = 3
"""How many of the worst-ranked strings are then timed at full size."""
ATTEMPTS = 3
"""A pattern fails only if a string grows too fast this many times in a row."""

ALPHABET = " \t\u00a0aA1.,-–—()'’:|/&_@#\x00김\u0301😀"
"""Characters tried in runs besides those of the examples."""

PatternType = type(regex.compile(""))


def _pattern_modules() -> list[ModuleType]:
    """The package and every one of its submodules, where the patterns are defined."""
    return [
        patterns,
        *(
            importlib.import_module(info.name)
            for info in pkgutil.walk_packages(patterns.__path__, f"{patterns.__name__}.")
        ),
    ]


def _compiled_patterns() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for module in _pattern_modules():
        for name, value in vars(module).items():
            if isinstance(value, PatternType) and not name.startswith("__"):
                assert found.get(name, value) is value, f"two patterns named {name}"
                found[name] = value
    assert found, "no compiled patterns found in corpusparse.parsing.patterns"
    return found


def _examples() -> dict[str, list[str]]:
    """The quoted strings of each pattern's ``Example:`` comment, in every module."""
    examples: dict[str, list[str]] = {}
    for module in _pattern_modules():
        examples.update(_module_examples(inspect.getsource(module)))
    return examples


def _module_examples(source: str) -> dict[str, list[str]]:
    """The quoted strings of each ``Example:`` comment above an assignment in ``source``."""
    lines = source.splitlines()
    examples: dict[str, list[str]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        comment: list[str] = []
        index = node.lineno - 2
        while index >= 0 and lines[index].lstrip().startswith("#"):
            comment.insert(0, lines[index].lstrip()[1:].strip())
            index -= 1
        text = " ".join(comment)
        if "Example:" not in text:
            continue
        quoted = regex.findall(r'"(?:[^"\\]|\\.)*+"', text.split("Example:", 1)[1])
        examples[node.targets[0].id] = [ast.literal_eval(item) for item in quoted]
    return examples


PATTERNS = _compiled_patterns()
EXAMPLES = _examples()


def _repeatable(pattern: Any, unit: str, prefix: str = "") -> bool:
    """Whether the pattern can consume a run of ``unit`` after ``prefix``."""
    probe = prefix + unit * 20
    for match in pattern.finditer(probe, partial=True):
        if match.end() - max(match.start(), len(prefix)) >= 2 * len(unit):
            return True
    return False


Family = Callable[[int], str]


def _run_ends(example: str) -> list[int]:
    """Where a run of one kind of character ends in ``example``: there a longer run fits."""
    kinds = [unicodedata.category(char) for char in example]
    return [i for i in range(1, len(example) + 1) if i == len(example) or kinds[i - 1] != kinds[i]]


def _families(name: str) -> dict[str, Family]:
    """The adversarial string makers for one pattern, keyed by a description."""
    pattern = PATTERNS[name]
    examples = [e for e in EXAMPLES.get(name, []) if e]
    alphabet = sorted(set(ALPHABET).union(*examples))
    families: dict[str, Family] = {}

    def run(unit: str, n: int) -> str:
        return unit * (n // len(unit))

    for char in alphabet:
        units = [char, *(char + other for other in " a1." if other != char)]
        for unit in units:
            if _repeatable(pattern, unit):
                families[f"run {unit!r}"] = lambda n, u=unit: run(u, n)
                families[f"run {unit!r} + NUL"] = lambda n, u=unit: run(u, n) + "\x00"
    for example in examples:
        families[f"{example!r} repeated"] = lambda n, e=example: run(e, n)
        if len(example) > 1:
            families[f"{example[:-1]!r} repeated"] = lambda n, e=example[:-1]: run(e, n)
        for i in _run_ends(example):
            head, tail = example[:i], example[i:]
            for unit in {example[i - 1], example[max(0, i - 2) : i]}:
                if not _repeatable(pattern, unit, head[: -len(unit)] or ""):
                    continue
                key = f"{head!r} + run {unit!r}"
                families[key + " + rest"] = lambda n, h=head, u=unit, t=tail: h + run(u, n) + t
                families[key + " + NUL"] = lambda n, h=head, u=unit, t=tail: (
                    h + run(u, n) + "\x00" + t
                )
    return families


def _batch(pattern: Any, text: str, calls: int) -> float:
    """CPU seconds of ``calls`` runs each of ``fullmatch``, ``search`` and ``findall``.

    On a text without a match, ``findall`` is the failed ``search`` over again,
    step for step (both scan every start and find nothing); its time is then
    that of the search, counted twice, rather than measured by a second scan.
    """
    guard = _guard(text)
    start = time.process_time()
    for _ in range(calls):
        pattern.fullmatch(text, timeout=guard)
    searching = time.process_time()
    for _ in range(calls):
        found = pattern.search(text, timeout=guard)
    searched = time.process_time()
    if found is None:
        return searched - start + (searched - searching)
    for _ in range(calls):
        pattern.findall(text, timeout=guard)
    return time.process_time() - start


def _guard(text: str) -> float:
    """The time-out of one call on ``text``: it only stops a catastrophic pattern."""
    return max(HANG_GUARD, len(text) * HANG_GUARD_PER_CHARACTER)


def _growth(
    pattern: Any, family: Family, base: int, sizes: tuple[int, ...], repeats: int
) -> tuple[float, ...]:
    """Time at each size over time at 1x.

    Each timing is a batch of calls long enough to measure; sizes are timed in
    turn ``repeats`` times and the least time of each is kept, so that a burst
    of load on the machine hits every size alike.
    """
    texts = [family(base * size) for size in sizes]
    once = _batch(pattern, texts[0], 1)
    calls = max(1, min(1000, int(MIN_BATCH / max(once, 1e-7)) + 1))
    best = [float("inf")] * len(texts)
    for _ in range(repeats):
        for index, text in enumerate(texts):
            best[index] = min(best[index], _batch(pattern, text, calls))
    return tuple(cost / best[0] for cost in best)


def _audit(name: str) -> list[str]:
    """Screen every family at small sizes, then time the worst ones at full size."""
    pattern = PATTERNS[name]
    families = _families(name)
    assert families, f"no adversarial input could be built for {name}"
    slow: list[str] = []
    screened: list[tuple[float, str]] = []
    gc.disable()
    try:
        for description, family in families.items():
            try:
                growth = _growth(pattern, family, SCREEN_BASE, (1, 4), repeats=2)
            except TimeoutError:
                slow.append(f"{description}: a call ran over its time-out")
                continue
            screened.append((growth[-1], description))
        for _, description in sorted(screened, reverse=True)[:CONFIRM]:
            for attempt in range(ATTEMPTS):
                try:
                    growth = _growth(
                        pattern, families[description], BASE, SIZES, repeats=3 + 2 * attempt
                    )
                except TimeoutError:
                    slow.append(f"{description}: a call ran over its time-out")
                    break
                if growth[-1] <= LIMIT:
                    break
            else:
                ratios = " : ".join(f"{g:.1f}" for g in growth)
                sizes = " : ".join(str(size) for size in SIZES)
                slow.append(f"{description}: time grows {ratios} for sizes {sizes}")
    finally:
        gc.enable()
    return slow


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_has_an_example_it_matches(name: str) -> None:
    examples = EXAMPLES.get(name)
    assert examples, f"{name} has no `Example:` comment with a quoted string"
    assert any(PATTERNS[name].search(example) for example in examples), (
        f"{name} matches none of its examples {examples!r}"
    )


SLOWEST = "CREDIT_LINE"
"""The pattern whose audit takes longest (about a minute of CPU: many families).
It runs first, so that under pytest-xdist the other workers run the rest meanwhile."""


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.run_first) if name == SLOWEST else name
        for name in sorted(PATTERNS)
    ],
)
def test_pattern_time_grows_linearly(name: str) -> None:
    slow = _audit(name)
    assert not slow, f"{name} is not linear on:\n" + "\n".join(slow)


def test_the_audit_catches_a_quadratic_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit itself can fail: a classic quadratic pattern is reported."""
    name = "QUADRATIC_PROBE"
    monkeypatch.setitem(PATTERNS, name, regex.compile(r"\s*,"))
    monkeypatch.setitem(EXAMPLES, name, [" ,"])
    module = sys.modules[__name__]
    for setting, value in (("SCREEN_BASE", 500), ("BASE", 2_000), ("CONFIRM", 1), ("ATTEMPTS", 1)):
        monkeypatch.setattr(module, setting, value)
    slow = _audit(name)
    assert any("run ' '" in line for line in slow), slow
