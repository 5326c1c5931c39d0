"""What a corpus run counts, and the one-line summary it ends with."""

from __future__ import annotations

import re
import time
from collections import Counter

from attrs import Factory, define

from corpusparse.corpus.output import Rendered

__all__ = ["RunStats"]


def _number(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{kind} {count:,}" for kind, count in sorted(counter.items()))


@define
class RunStats:
    """What a corpus run has done so far.

    Attributes:
        documents: Documents parsed.
        empty: Documents parsed into no article (blank or residue-only text).
        articles: Articles found.
        defects: Defects by kind.
        errors: Inputs that produced no document, by kind.
        text_bytes: Bytes of input read, after decompression.
        started: When the run started (`time.perf_counter`).
        skipped: Input items skipped because an earlier run did them (``--resume``).
        interrupted: Whether the run was stopped by SIGINT before its end.
    """

    documents: int = 0
    empty: int = 0
    articles: int = 0
    defects: Counter[str] = Factory(Counter)
    errors: Counter[str] = Factory(Counter)
    text_bytes: int = 0
    started: float = Factory(time.perf_counter)
    skipped: int = 0
    interrupted: bool = False

    def add(self, rendered: Rendered) -> None:
        """Count one rendered item."""
        if rendered.error is not None:
            self.errors[rendered.error.kind.value] += 1
            return
        self.documents += 1
        self.articles += rendered.articles
        self.empty += rendered.articles == 0
        self.defects.update(rendered.defects)

    def summary(self, elapsed: float | None = None) -> str:
        """What is printed at the end of a run: one summary line of at most `SUMMARY_WIDTH`
        columns, after the breakdowns that do not fit on it, if any.

        The time is wall-clock, from ``started`` (the start of the command) to
        now; a rate is given only for a run of a second or more that parsed
        documents. The number of documents without articles and the defects and
        errors by kind are on the summary line when they fit, on a line of
        their own before it otherwise.

        Examples:
            >>> stats = RunStats(documents=1200, articles=1530, text_bytes=9_400_000)
            >>> stats.defects.update({"caption_variant": 7})
            >>> print(stats.summary(elapsed=2.0))
            corpusparse: defects: caption_variant 7
            corpusparse: 1,200 documents, 1,530 articles, 7 defects, 0 errors in 2.0 s: 600 docs/s, 4.7 MB/s
            >>> print(RunStats(errors=Counter(not_found=1)).summary(elapsed=0.01))
            corpusparse: 0 documents, 0 articles, 0 defects, 1 error (not_found 1) in 0.0 s
        """  # noqa: E501
        seconds = time.perf_counter() - self.started if elapsed is None else elapsed
        defects = sum(self.defects.values())
        errors = sum(self.errors.values())
        rates = [""]  # the longest that fits is shown
        if seconds >= 1 and self.documents:
            rates.insert(0, f": {self.documents / seconds:,.0f} docs/s")
            if self.text_bytes:
                rates.insert(0, f"{rates[0]}, {self.text_bytes / seconds / 1e6:,.1f} MB/s")
        resumed = f" after {_number(self.skipped, 'item')} done before" if self.skipped else ""
        stopped = "; interrupted" if self.interrupted else ""
        extras = {
            "empty": f" ({self.empty:,} without articles)" if self.empty else "",
            "defects": f" ({_counts(self.defects)})" if defects else "",
            "errors": f" ({_counts(self.errors)})" if errors else "",
        }

        def line(shown: dict[str, str], rate: str = "") -> str:
            parts = [
                _number(self.documents, "document") + shown.get("empty", ""),
                _number(self.articles, "article"),
                _number(defects, "defect") + shown.get("defects", ""),
                _number(errors, "error") + shown.get("errors", ""),
            ]
            timing = f" in {seconds:,.1f} s{rate}"
            return "corpusparse: " + ", ".join(parts) + timing + resumed + stopped

        rate = next((r for r in rates if len(line({}, r)) <= SUMMARY_WIDTH), "")
        shown: dict[str, str] = {}
        for key, extra in extras.items():  # each breakdown that still fits
            if extra and len(line({**shown, key: extra}, rate)) <= SUMMARY_WIDTH:
                shown[key] = extra
        left = [
            f"{self.empty:,} documents without articles" if key == "empty" else f"{key}: {text}"
            for key, extra in extras.items()
            if extra and key not in shown
            for text in [extra.strip(" ()")]
        ]
        before = _wrap("corpusparse: " + "; ".join(left), SUMMARY_WIDTH) if left else []
        return "\n".join([*before, line(shown, rate)])


SUMMARY_WIDTH = 100
"""The most columns the summary line takes (it wraps at 100 no more)."""


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken after commas and semicolons."""
    lines: list[str] = []
    current = ""
    for piece in re.split(r"(?<=[,;]) ", text):
        candidate = f"{current} {piece}" if current else piece
        if current and len(candidate) > width:
            lines.append(current)
            candidate = "  " + piece
        current = candidate
    return [*lines, current]
