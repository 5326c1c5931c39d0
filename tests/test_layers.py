"""How the modules sit on one another, and what a parse leaves behind.

* The corpus run and the Dask path share one parsing loop
  (`corpusparse.corpus.parse_stream`) and the row rendering of
  `corpusparse.output`, and do not import each other.
* The models import no module of the parser.
* A parse leaves the garbage collector alone, changes no module-level
  container (the spans documents share are an immutable table made at
  import), and holds no text once its document is gone.
"""

from __future__ import annotations

import ast
import gc
import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

import corpusparse
from corpusparse import models, parser
from corpusparse.lines import Line
from corpusparse.segments import Cut


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


def _module_containers() -> dict[tuple[str, str], str]:
    """Every dict, list, set and bytearray at module level in the package, printed."""
    found = {}
    for info in pkgutil.iter_modules(corpusparse.__path__, "corpusparse."):
        if info.name in {"corpusparse.__main__", "corpusparse.dask"}:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, dict | list | set | bytearray) and not name.startswith("__"):
                found[info.name, name] = repr(value)
    return found


def test_a_parse_changes_no_module_level_container() -> None:
    before = _module_containers()
    lines = [f"Story number {n}" if n % 7 == 0 else f"Line {n} of the story." for n in range(1, 30)]
    document = corpusparse.parse("\n".join(lines) + "\n\n" + "Body.\n" * 5000)
    assert document.source_of(document.articles[0].body[-1]) == "Body.\n"
    assert _module_containers() == before


def test_a_document_gone_leaves_its_text_unreferenced() -> None:
    text = "".join(["Rain at last\r\n", "\r\n", "It rained.\r\n"])  # a string of its own
    before = sys.getrefcount(text)
    document = corpusparse.parse(text)
    assert document.source_of(document.articles[0].body[0]) == "It rained.\r\n"
    del document
    assert sys.getrefcount(text) == before  # no cache of line offsets keeps it


def test_parse_leaves_the_garbage_collector_running(monkeypatch: pytest.MonkeyPatch) -> None:
    running: list[bool] = []
    cut = parser.cut

    def watched_cut(lines: Sequence[Line]) -> Cut:
        running.append(gc.isenabled())
        return cut(lines)

    monkeypatch.setattr(parser, "cut", watched_cut)
    assert gc.isenabled()
    assert corpusparse.parse("Rain at last\n\nIt rained.").articles
    assert running == [True]
