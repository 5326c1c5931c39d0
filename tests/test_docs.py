"""The documentation is executed: a page that drifts from the code fails here.

* every ``python`` block in ``docs/*.md`` and ``README.md`` runs, and what it
  prints must equal its ``#>`` comments (pytest-examples; after changing the
  code, ``pytest tests/test_docs.py --update-examples`` rewrites them);
* every ``console`` block runs its ``$ `` commands from the repository root and
  must print exactly the lines shown under them;
* the doctest examples in the docstrings run;
* every name of ``corpusparse.__all__`` has an API reference entry, every
  option of every command is on the command-line page, every defect kind on the
  defects page.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import os
import pkgutil
import re
import shlex
import subprocess
import sys
import types
from pathlib import Path

import griffe
import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

import corpusparse
from conftest import ROOT
from corpusparse import cli
from corpusparse.parsing.rules import RULES, Zone

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
MARKDOWN = [*PAGES, ROOT / "README.md"]

PYTHON_EXAMPLES = [
    example
    for example in find_examples(*map(str, MARKDOWN))
    if example.prefix.split()[0] in {"py", "python"}
]

# A fenced ```console block: its text up to the closing fence.
CONSOLE_BLOCK = re.compile(r"^```console\n(.*?)^```", re.DOTALL | re.MULTILINE)
# An API reference entry: "::: corpusparse.parse", or "::: corpusparse.render.render" for a
# function that a module of the same name shadows.
REFERENCE_ENTRY = re.compile(r"^::: corpusparse\.(?:(\w+)\.(?=\1\s))?(\w+)\s*$", re.MULTILINE)
# A long option in --help output, or a short one: "--jobs", "-o".
OPTION = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)")


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A private stand-in for the repository root: a link to each of its entries.

    Examples run here, so the files they write (``articles.jsonl``, ...) stay
    apart from the repository and from examples running at the same time.
    """
    for entry in ROOT.iterdir():
        if entry.name != ".git":
            (tmp_path / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return tmp_path


def test_pages_exist() -> None:
    assert {page.name for page in PAGES} >= {
        "index.md",
        "tutorial.md",
        "format.md",
        "api.md",
        "models.md",
        "cli.md",
        "defects.md",
        "changelog.md",
    }
    assert PYTHON_EXAMPLES, "no python examples found in the docs"


@pytest.mark.parametrize("example", PYTHON_EXAMPLES, ids=str)
def test_python_example(
    example: CodeExample, eval_example: EvalExample, monkeypatch: pytest.MonkeyPatch, workdir: Path
) -> None:
    monkeypatch.chdir(workdir)
    eval_example.set_config(line_length=100)
    if eval_example.update_examples:
        eval_example.run_print_update(example)
    else:
        eval_example.run_print_check(example)


Session = list[tuple[str, str]]


def _console_sessions() -> list[tuple[str, Session]]:
    """(page:line, [(command, expected output), ...]) for every console block."""
    sessions: list[tuple[str, Session]] = []
    for page in MARKDOWN:
        text = page.read_text("utf-8")
        for block in CONSOLE_BLOCK.finditer(text):
            session: Session = []
            for row in block[1].splitlines():
                if row.startswith("$ "):
                    session.append((row[2:], ""))
                elif session:
                    command, output = session[-1]
                    session[-1] = (command, f"{output}\n{row}" if output else row)
            where = f"{page.name}:{text.count(chr(10), 0, block.start()) + 1}"
            sessions.append((where, session))
    return sessions


CONSOLE_SESSIONS = _console_sessions()

# "corpusparse" or "python" where a command starts: at the start, after |, ; or &&.
COMMAND_WORD = re.compile(r"(^|[|;&]\s*)(corpusparse|python)\b")


def _as_tested(command: str) -> str:
    """Run "corpusparse" and "python" as the interpreter running the tests."""
    python = shlex.quote(sys.executable)
    return COMMAND_WORD.sub(
        lambda m: m[1] + (python if m[2] == "python" else f"{python} -m corpusparse"), command
    )


@pytest.mark.parametrize(
    ("where", "session"), CONSOLE_SESSIONS, ids=[w for w, _ in CONSOLE_SESSIONS]
)
def test_console_example(where: str, session: Session, workdir: Path) -> None:
    """The commands of one block run in order, from (a stand-in for) the repository root."""
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    for command, expected in session:
        result = subprocess.run(
            _as_tested(command),
            shell=True,
            cwd=workdir,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=False,
        )
        assert result.stdout.rstrip("\n") == expected, f"{where}: `{command}` printed otherwise"


def test_console_examples_found() -> None:
    assert any(where.startswith("cli.md") and session for where, session in CONSOLE_SESSIONS)


def test_every_public_name_has_a_reference_entry() -> None:
    documented = set()
    for page in PAGES:
        documented.update(name for _, name in REFERENCE_ENTRY.findall(page.read_text("utf-8")))
    assert set(corpusparse.__all__) - documented == set()
    assert documented - set(corpusparse.__all__) == set(), "reference entry for a private name"


@pytest.mark.parametrize(
    "module",
    sorted(
        module.name
        for module in pkgutil.walk_packages(corpusparse.__path__, "corpusparse.")
        if module.name != "corpusparse.__main__"
    ),
)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def _commands() -> list[str]:
    parser = cli.build_parser()
    subparsers = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    return sorted(subparsers.choices)  # type: ignore[arg-type]


def _help(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "corpusparse", *args, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize("command", [None, *_commands()])
def test_cli_page_covers_every_option(command: str | None) -> None:
    page = (DOCS / "cli.md").read_text("utf-8")
    args = () if command is None else (command,)
    options = set(OPTION.findall(_help(*args))) - {"-h", "--help"}
    missing = sorted(option for option in options if f"`{option}" not in page)
    assert missing == [], f"options of `corpusparse {command or ''}` missing from docs/cli.md"
    if command is not None:
        assert f"corpusparse {command}" in page


def test_cli_page_lists_every_exit_code() -> None:
    page = (DOCS / "cli.md").read_text("utf-8")
    codes = {value for name, value in vars(cli).items() if name.startswith("EXIT_")}
    assert codes
    for code in codes:
        assert re.search(rf"^\| `{code}` \|", page, re.MULTILINE), f"exit code {code}"


def test_defects_page_shows_every_kind() -> None:
    page = (DOCS / "defects.md").read_text("utf-8")
    for kind in corpusparse.DefectKind:
        assert f"## `{kind.value}`" in page, kind
        assert f"DefectKind.{kind.name}" in page, kind


def _rules_hook() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("rules_table", DOCS / "rules_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_format_page_lists_the_block_rules_in_order() -> None:
    hook = _rules_hook()
    page = (DOCS / "format.md").read_text("utf-8")
    assert hook.MARKER in page
    built = hook.on_page_markdown(page)
    listed = re.findall(r"^\| `(\w+_rule)` \| ([^|]+) \| (.+) \|$", built, re.MULTILINE)
    assert [name for name, _, _ in listed] == [rule.name for rule in RULES]
    assert all(zones.strip() and len(claims) > 10 for _, zones, claims in listed)
    assert "``" not in hook.rules_table()


def test_the_rules_table_names_each_rules_zones() -> None:
    hook = _rules_hook()
    assert hook.zone_phrase(frozenset(Zone)) == "anywhere"
    assert hook.zone_phrase(frozenset({Zone.PRE})) == "before the headline"
    assert hook.zone_phrase(frozenset({Zone.PRE, Zone.TAIL})) == "before the headline, tail"


def _undocumented() -> list[str]:
    """Public names, and their public members, that the API reference would show bare."""
    package = griffe.load("corpusparse", search_paths=[str(ROOT / "src")], resolve_aliases=True)
    missing = []
    for name in corpusparse.__all__:
        obj = package[name]
        if not obj.docstring:
            missing.append(name)
            continue
        if not obj.is_class:
            continue
        listed = {
            item.name
            for section in obj.docstring.parse("google")
            if section.kind.value == "attributes"
            for item in section.value
        }
        for member_name, member in obj.members.items():
            if member_name.startswith("_") or member.docstring or member_name in listed:
                continue
            if member.is_alias and member.target.parent is not obj.target:
                continue  # inherited from outside the package, such as str or Exception
            missing.append(f"{name}.{member_name}")
    return missing


def test_every_public_name_has_a_docstring() -> None:
    assert _undocumented() == []


def test_contributing_shows_the_rule_of_its_worked_example_as_it_is() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    shown = re.search(r"```python\n(@placed\(.*?)```", guide, re.DOTALL)
    assert shown is not None
    source = (ROOT / "src/corpusparse/parsing/rules/page_rules.py").read_text("utf-8")
    assert shown[1] in source
