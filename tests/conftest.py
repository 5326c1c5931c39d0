"""Shared fixtures (where the seeds and the gold records live) and the test order."""

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


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """``--update-examples`` runs in one process: workers would each rewrite the same pages."""
    if config.getoption("update_examples", False) and config.pluginmanager.hasplugin("xdist"):
        config.option.numprocesses = 0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``run_first`` start first (each worker of pytest-xdist takes the
    front of its queue first; the other workers share out the rest meanwhile)."""
    items.sort(key=lambda item: item.get_closest_marker("run_first") is None)
