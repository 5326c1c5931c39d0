"""benchmarks/stages.py runs, and its clocks account for the parse without counting twice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from corpusparse.parsing.rules import RULES


def test_the_stage_figures_cover_every_stage_and_rule_once(tmp_path: Path) -> None:
    out = tmp_path / "stages.json"
    # A child process: the script puts clocks into the parser's modules.
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--json", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    figures = json.loads(out.read_text("utf-8"))["seeds"]
    stages = figures["stages"]
    assert {"lines", "segments", "zones: the page plan", "assemble"} <= stages.keys()
    assert all(seconds >= 0 for seconds in stages.values())  # "the rest" is what is left
    assert set(figures["rules"]) <= {rule.name for rule in RULES}
    assert "fallback_rule" in figures["rules"]
    # Each rule's clock runs inside the rule loop's: their sum cannot exceed it.
    assert sum(figures["rules"].values()) <= stages["rules: the rule loop"] * 1.05
