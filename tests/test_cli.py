"""The installed command, run in a subprocess as a user would."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import GOLD, SEEDS


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corpusparse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_parse_directory_prints_one_record_per_article() -> None:
    result = _run("parse", str(SEEDS))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = sum(len(json.loads(p.read_text("utf-8"))) for p in GOLD.glob("*.json"))
    assert len(records) == expected
    assert {Path(r["source"]).name for r in records} == {p.name for p in SEEDS.glob("*.txt")}
    assert records[0]["headline"].startswith("North Korea Cites Rare Dissent")


def test_missing_file_is_reported_and_others_still_parsed(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = _run("parse", str(missing), str(SEEDS / "002_d04a779a60ac2279.txt"))
    assert result.returncode == 1
    assert str(missing) in result.stderr
    error, article = (json.loads(line) for line in result.stdout.splitlines())
    assert (error["source"], error["error"]) == (str(missing), "not_found")
    assert article["headline"].startswith("North Korea seeks to forge alliance")


def test_help_shows_an_example() -> None:
    result = _run("parse", "--help")
    assert result.returncode == 0
    assert "example" in result.stdout


def _codes(text: str, start: str) -> list[str]:
    """The exit codes listed after ``start``: table rows or ``  N  meaning`` lines."""
    section = text[text.index(start) :]
    codes = []
    for line in section.splitlines()[1:]:
        match = re.match(r"\|\s*`?(\d+)`?\s*\||\s+(\d+)\s{2}\S", line)
        if match:
            codes.append(match.group(1) or match.group(2))
        elif codes and not line.startswith((" ", "|")):
            break
    return codes


def test_exit_codes_are_the_same_in_readme_help_and_cli_page() -> None:
    root = Path(__file__).resolve().parent.parent
    readme = _codes((root / "README.md").read_text("utf-8"), "Exit codes (")
    page = _codes((root / "docs" / "cli.md").read_text("utf-8"), "## Exit codes")
    main_help = _codes(_run("--help").stdout, "exit codes:")
    parse_help = _codes(_run("parse", "--help").stdout, "exit codes:")
    assert readme == page == main_help == parse_help == ["0", "1", "2", "3", "4", "130"]


def test_version_is_the_package_version() -> None:
    import corpusparse

    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"corpusparse {corpusparse.__version__}"
