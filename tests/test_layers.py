"""How the modules sit on one another, and what a parse leaves behind.

* The corpus run and the Dask path share one parsing loop
  (`corpusparse.corpus.parse_stream`) and the row rendering of
  `corpusparse.output`, and do not import each other.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded_after(statement: str) -> set[str]:
    """The corpusparse modules a fresh interpreter holds after ``statement``."""
    script = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return {name for name in output.split() if name.startswith("corpusparse")}


def test_the_dask_path_does_not_import_the_command_run() -> None:
    pytest.importorskip("distributed")
    assert "corpusparse.run" not in _loaded_after("import corpusparse.dask")


def test_the_command_run_does_not_import_the_dask_path() -> None:
    loaded = _loaded_after("import corpusparse.run, corpusparse.cli")
    assert "corpusparse.dask" not in loaded
    assert "corpusparse.output" in loaded
