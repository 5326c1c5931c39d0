"""benchmarks/stages.py runs and accounts for the whole parse in its stage table."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_the_stage_table_covers_every_stage_and_adds_up(tmp_path: Path) -> None:
    out = tmp_path / "stages.md"
    # A child process: the script puts clocks into the parser's modules.
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    table = out.read_text("utf-8")
    shares = dict(re.findall(r"^\| ([a-z][^|]*?) \| [\d.]+ \| (\d+)% \|$", table, re.MULTILINE))
    assert {"lines", "segments", "zones: the page plan", "assemble"} <= shares.keys()
    assert 95 <= sum(map(int, shares.values())) <= 105  # rounded shares of the whole pass
    assert re.search(r"^\| `\w+_rule` \| [\d.]+ \| \d+% \|$", table, re.MULTILINE)
