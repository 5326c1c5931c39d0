"""Every defect kind: a text that triggers it, and strict parsing raising at its line."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

import corpusparse
from corpusparse import DefectKind, ParseError

# kind -> (a text with exactly one anomaly, the line it is on)
TRIGGERS: dict[DefectKind, tuple[str, int]] = {
    DefectKind.CAPTION_VARIANT: (
        "Storm hits\n\nCap one (AP)\nCap one (AP)\n\nStorm hits\n\nCAP  one (AP)\n\nBody.\n",
        8,
    ),
    DefectKind.HEADLINE_VARIANT: ("Storm hits\n\nSTORM  HITS\n\nBody.\n", 3),
    DefectKind.UNREADABLE_TIMESTAMP: (
        "Head\nBody.\nann\nFebruary 30, 2014 at 10:08 PM\nGreat.\n",
        4,
    ),
    DefectKind.PINGBACK_WITHOUT_SITE: ("Head\nBody.\nPingback: a post without a site\n", 3),
    DefectKind.UNPLACED_LINE: ("Head\nBody.\nPingback: A post - Site\n\nstray line\n", 5),
    DefectKind.MISSING_HEADLINE: ("\n\nTT\n20\n", 3),
}


# Kinds no text triggers with the shipped (linear) patterns: tests/test_pattern_guard.py
# triggers them with a deliberately faulty pattern, strict parsing included.
NEEDS_A_FAULTY_PATTERN = {DefectKind.PATTERN_TIMEOUT}


def test_every_kind_has_a_trigger() -> None:
    assert set(TRIGGERS) | NEEDS_A_FAULTY_PATTERN == set(DefectKind)


def _member_docstrings(cls: type) -> dict[str, str]:
    """The attribute docstrings (the string after each assignment) that the docs render."""
    (tree,) = ast.parse(textwrap.dedent(inspect.getsource(cls))).body
    assert isinstance(tree, ast.ClassDef)
    docs: dict[str, str] = {}
    for statement, following in zip(tree.body, tree.body[1:], strict=False):
        if (
            isinstance(statement, ast.Assign)
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.targets[0].id] = following.value.value
    return docs


@pytest.mark.parametrize("kind", list(DefectKind), ids=lambda kind: kind.value)
def test_kind_is_documented_with_an_example(kind: DefectKind) -> None:
    doc = _member_docstrings(DefectKind).get(kind.name, "")
    assert len(doc) > 40, f"{kind.name} needs a docstring"
    assert "Example:" in doc, f"{kind.name}'s docstring needs an example"


@pytest.mark.parametrize("kind", list(TRIGGERS), ids=lambda kind: kind.value)
def test_defect_is_recorded(kind: DefectKind) -> None:
    text, line = TRIGGERS[kind]
    doc = corpusparse.parse(text)
    assert [(defect.kind, defect.line) for defect in doc.defects] == [(kind, line)]
    assert doc.defects[0].message
    assert isinstance(doc, corpusparse.Document)


@pytest.mark.parametrize("kind", list(TRIGGERS), ids=lambda kind: kind.value)
def test_strict_raises_at_the_line(kind: DefectKind) -> None:
    text, line = TRIGGERS[kind]
    with pytest.raises(ParseError, match=rf"^line {line}: {kind.value}: ") as caught:
        corpusparse.parse(text, strict=True)
    assert caught.value.defect.kind is kind
    assert caught.value.defect.line == line


def test_strict_names_the_first_defect_and_the_source() -> None:
    text = "Head\nBody.\nPingback: no site\nPingback: a - b\n\nstray\n"
    doc = corpusparse.parse(text)
    assert [(d.kind, d.line) for d in doc.defects] == [
        (DefectKind.PINGBACK_WITHOUT_SITE, 3),
        (DefectKind.UNPLACED_LINE, 6),
    ]
    with pytest.raises(ParseError, match=r"^page\.txt:3: pingback_without_site: ") as caught:
        corpusparse.parse(text, strict=True, source="page.txt")
    assert caught.value.source == "page.txt"


def test_clean_text_has_no_defects_and_strict_returns() -> None:
    text = "Head\n\nCap (AP)\nCap (AP)\n\nHead\n\nBody.\n"
    assert corpusparse.parse(text, strict=True) == corpusparse.parse(text)
    assert corpusparse.parse(text).defects == ()
