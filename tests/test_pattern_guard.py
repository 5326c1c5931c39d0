"""The last guard: a pattern that runs away on a line becomes a defect, not a hang.

The patterns of the ``patterns`` package are linear (``test_redos.py``); these tests put a
deliberately exponential pattern in the place of a real one to show what happens
if one ever slips through.
"""

from __future__ import annotations

import pytest
import regex

import corpusparse
from corpusparse.model import BoilerplateKind, DefectKind
from corpusparse.parsing import patterns, readers
from corpusparse.parsing.readers import line_shapes, names

# Exponential on a run of word characters without the final "!".
RUNAWAY_BYLINE = regex.compile(r"(?:By|BY)[ ]+(?P<names>(?:\w|\w\w)+!)")
RUNAWAY_PINGBACK = regex.compile(r"Pingback:[ ]*(?P<rest>(?:\w|\w\w)+!)")
RUNAWAY_DATELINE = regex.compile(r"(?P<place>A(?:\w|\w\w)+!)(?P<agency>)")
LONG = "a" * (patterns.GUARD_FROM + 200)


def test_time_limit_grows_with_the_line_and_skips_short_lines() -> None:
    assert patterns.time_limit("x" * (patterns.GUARD_FROM - 1)) is None
    short = patterns.time_limit("x" * patterns.GUARD_FROM)
    long = patterns.time_limit("x" * 10 * patterns.GUARD_FROM)
    assert short is not None and long is not None
    assert patterns.TIMEOUT_BASE < short < long


def test_runaway_pattern_in_the_head_keeps_the_line_as_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The byline reader skips lines too long for a byline; the dateline reader
    # reads every line of the head that starts with a capital.
    monkeypatch.setattr(line_shapes, "DATELINE", RUNAWAY_DATELINE)
    opening = LONG.upper()
    text = f"Headline\n{opening}\nFirst paragraph.\n"
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.dateline is None
    assert [p.text for p in article.body] == [opening, "First paragraph."]
    assert [(d.kind, d.line) for d in doc.defects] == [(DefectKind.PATTERN_TIMEOUT, 2)]
    assert "dateline_rule" in doc.defects[0].message
    with pytest.raises(corpusparse.ParseError, match="pattern_timeout"):
        corpusparse.parse(text, strict=True)


def test_runaway_pattern_in_the_comments_keeps_the_line_as_unplaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(line_shapes, "PINGBACK", RUNAWAY_PINGBACK)
    text = (
        f"Headline\nBody.\npepper\nNovember 21, 2014 at 10:08 PM\nGreat report.\nPingback: {LONG}\n"
    )
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.pingbacks == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        (f"Pingback: {LONG}", BoilerplateKind.UNPLACED)
    ]
    kinds = {(d.kind, d.line) for d in doc.defects}
    assert (DefectKind.PATTERN_TIMEOUT, 6) in kinds


def test_short_lines_are_matched_without_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float | None] = []

    class Spy:
        def fullmatch(self, text: str, timeout: float | None = None) -> None:
            calls.append(timeout)

    monkeypatch.setattr(names, "BYLINE", Spy())
    readers.read_byline("By Ann Lee")
    readers.read_byline(f"By {LONG}")
    assert calls[0] is None
    assert calls[1] == patterns.time_limit(f"By {LONG}")
