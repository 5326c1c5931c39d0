"""Shared fixtures: where the seeds and the gold records live."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategies import load_profile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"no seeds found in {SEEDS}"
    return paths


# Hypothesis profile: dev by default, ci under CI, or as CORPUSPARSE_HYPOTHESIS_PROFILE says.
HYPOTHESIS_PROFILE = load_profile()


def pytest_report_header() -> str:
    return f"hypothesis profile: {HYPOTHESIS_PROFILE}"
