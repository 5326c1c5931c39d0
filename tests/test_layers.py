"""How the modules sit on one another, and what a parse leaves behind.

* The packages form layers, `cli` -> `corpus` -> `parsing` / `formats` ->
  `model`, and no module imports a layer above its own (nor `parsing` and
  `formats` each other).
* The corpus run and the Dask path share one parsing loop
  (`corpusparse.corpus.parse_stream`) and the row rendering of
  `corpusparse.corpus.output`, and do not import each other.
* The models import no module of the parser.
* No module is longer than 400 lines (issue #16), and every pattern of the
  submodules of `corpusparse.parsing.patterns` is importable from the package.
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
from corpusparse import model as models
from corpusparse.parsing import parser
from corpusparse.parsing.lines import Line
from corpusparse.parsing.segments import Cut


def _loaded_after(statement: str) -> set[str]:
    """The corpusparse modules a fresh interpreter holds after ``statement``."""
    script = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return {name for name in output.split() if name.startswith("corpusparse")}


def test_the_dask_path_does_not_import_the_command_run() -> None:
    pytest.importorskip("distributed")
    assert "corpusparse.corpus.run" not in _loaded_after("import corpusparse.corpus.dask")


def test_the_command_run_does_not_import_the_dask_path() -> None:
    loaded = _loaded_after("import corpusparse.corpus.run, corpusparse.cli")
    assert "corpusparse.corpus.dask" not in loaded
    assert "corpusparse.corpus.output" in loaded


def test_the_models_import_no_other_module_of_the_package() -> None:
    imported = {
        name
        for path in Path(models.__file__).parent.glob("*.py")
        for name in _imports(path, "corpusparse.model")
    }
    assert imported and all(name.startswith("corpusparse.model.") for name in imported)


LAYERS = {"model": 0, "parsing": 1, "formats": 1, "corpus": 2, "cli": 3, "integrations": 3}
"""The layer of each package below ``corpusparse``; the package itself (its
``__init__``, the public API) and ``__main__`` sit on top."""


def _package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: Path, module: str) -> set[str]:
    """The corpusparse modules a module imports, at the top or inside functions."""
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            found.add(node.module)
            if node.module == "corpusparse":  # from corpusparse import model (not __version__)
                found |= {
                    f"corpusparse.{alias.name}"
                    for alias in node.names
                    if not alias.name.startswith("__")
                }
    return {name for name in found if name.startswith("corpusparse.")}


def _modules() -> list[tuple[str, Path]]:
    root = Path(corpusparse.__file__).parent
    return [
        (".".join(("corpusparse", *path.relative_to(root).with_suffix("").parts)), path)
        for path in sorted(root.rglob("*.py"))
    ]


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = []
    for module, path in _modules():
        package = _package_of(module)
        if package not in LAYERS:
            continue  # corpusparse/__init__.py and __main__.py sit on top of everything
        for imported in _imports(path, module):
            theirs = _package_of(imported)
            if theirs not in LAYERS or LAYERS[theirs] > LAYERS[package]:
                upward.append(f"{module} imports {imported}")
            elif theirs != package and LAYERS[theirs] == LAYERS[package]:
                upward.append(f"{module} imports its sibling layer {imported}")
    assert upward == []


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("def f():\n    from corpusparse.cli import main\n", "utf-8")
    assert _imports(module, "corpusparse.model.probe") == {"corpusparse.cli"}
    assert {_package_of(name) for name, _ in _modules()} >= set(LAYERS)


MAX_MODULE_LINES = 400
"""Issue #16: no module of the package is longer than this."""


def _long_modules(root: Path, paths: Sequence[Path]) -> list[str]:
    """The modules among ``paths`` over `MAX_MODULE_LINES` lines, named from ``root``."""
    long = []
    for path in paths:
        count = len(path.read_text("utf-8").splitlines())
        if count > MAX_MODULE_LINES:
            long.append(f"{path.relative_to(root).as_posix()}: {count} lines")
    return long


def test_no_module_is_over_400_lines() -> None:
    root = Path(corpusparse.__file__).parent
    long = _long_modules(root.parent, sorted(root.rglob("*.py")))
    assert long == [], f"split the modules over {MAX_MODULE_LINES} lines: {', '.join(long)}"


def test_the_length_check_names_a_long_module(tmp_path: Path) -> None:
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_MODULE_LINES, "utf-8")
    (tmp_path / "long.py").write_text("x = 1\n" * (MAX_MODULE_LINES + 1), "utf-8")
    paths = sorted(tmp_path.glob("*.py"))
    assert _long_modules(tmp_path, paths) == [f"long.py: {MAX_MODULE_LINES + 1} lines"]


def test_every_pattern_is_importable_from_the_patterns_package() -> None:
    # The patterns live in the submodules of `corpusparse.parsing.patterns`, by
    # family; the readers import them from the package.
    from corpusparse.parsing import patterns

    missing = []
    for info in pkgutil.iter_modules(patterns.__path__, f"{patterns.__name__}."):
        module = importlib.import_module(info.name)
        tree = ast.parse(Path(str(module.__file__)).read_text("utf-8"))
        defined = [
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        ] + [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
        missing += [
            f"{info.name}.{name}"
            for name in defined
            if not name.startswith("_")
            and (
                name not in patterns.__all__ or getattr(patterns, name) is not getattr(module, name)
            )
        ]
    assert missing == []


def _module_containers() -> dict[tuple[str, str], str]:
    """Every dict, list, set and bytearray at module level in the package, printed."""
    found = {}
    for info in pkgutil.walk_packages(corpusparse.__path__, "corpusparse."):
        if info.name in {"corpusparse.__main__", "corpusparse.corpus.dask"} or (
            info.name.startswith("corpusparse.integrations.")
        ):
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
