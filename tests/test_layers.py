"""How the modules sit on one another, and what a parse leaves behind.

* The corpus run and the Dask path share one parsing loop
  (`corpusparse.corpus.parse_stream`) and the row rendering of
  `corpusparse.output`, and do not import each other.
* The models import no module of the parser.
* A parse holds no text once its document is gone.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import corpusparse
from corpusparse import models


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


def test_the_models_import_no_other_module_of_the_package() -> None:
    tree = ast.parse(Path(models.__file__).read_text("utf-8"))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not {name for name in imported if name.startswith("corpusparse")}


def test_a_document_gone_leaves_its_text_unreferenced() -> None:
    text = "".join(["Rain at last\r\n", "\r\n", "It rained.\r\n"])  # a string of its own
    before = sys.getrefcount(text)
    document = corpusparse.parse(text)
    assert document.source_of(document.articles[0].body[0]) == "It rained.\r\n"
    del document
    assert sys.getrefcount(text) == before  # no cache of line offsets keeps it
