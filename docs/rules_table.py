"""mkdocs hook: the table of block rules on the Format page, made from `RULES` itself.

A rule's row is its name, the zones it is declared `only_in` and the first
paragraph of its docstring, so a new rule appears in the docs, in its place,
without an edit here or on the page.
"""

from __future__ import annotations

import re
from typing import Any

from corpusparse.parsing.rules import RULES, Zone
from corpusparse.parsing.rules.declarations import Rule

MARKER = "<!-- the rules table -->"
"""Where on a page the table goes."""

_ZONE_PHRASES: dict[frozenset[Zone], str] = {
    frozenset(Zone): "anywhere",
    frozenset({Zone.PRE}): "before the headline",
    frozenset({Zone.HEAD}): "head",
    frozenset({Zone.BODY}): "body",
    frozenset({Zone.TAIL}): "tail",
    frozenset({Zone.HEAD, Zone.BODY, Zone.TAIL}): "head and after",
    frozenset({Zone.PRE, Zone.HEAD, Zone.BODY}): "before the tail",
    frozenset({Zone.PRE, Zone.HEAD}): "before the headline, head",
    frozenset({Zone.HEAD, Zone.BODY}): "head, body",
}
_ZONE_NAMES = {
    Zone.PRE: "before the headline",
    Zone.HEAD: "head",
    Zone.BODY: "body",
    Zone.TAIL: "tail",
}


def zone_phrase(zones: frozenset[Zone]) -> str:
    """Where a rule may claim lines, in words."""
    return _ZONE_PHRASES.get(zones) or ", ".join(_ZONE_NAMES[zone] for zone in sorted(zones))


def summary(rule: Rule) -> str:
    """The first paragraph of a rule's docstring, on one line, in Markdown."""
    first = (rule.claim.__doc__ or "").strip().split("\n\n")[0]
    text = " ".join(first.split())
    return re.sub(r"``(.+?)``", r"`\1`", text).replace("|", "\\|")


def rules_table() -> str:
    """The Markdown table of `RULES`, in the order they are tried."""
    rows = ["| rule | zone | claims |", "| --- | --- | --- |"]
    rows += [f"| `{rule.name}` | {zone_phrase(rule.zones)} | {summary(rule)} |" for rule in RULES]
    return "\n".join(rows)


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Put the rules table where a page holds `MARKER`."""
    return markdown.replace(MARKER, rules_table()) if MARKER in markdown else markdown
