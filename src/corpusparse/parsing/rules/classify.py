"""The ordered table of rules, and `classify`: each line goes to the rules that may claim it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from types import ModuleType

from corpusparse.model import Defect, DefectKind
from corpusparse.parsing.lines import Line
from corpusparse.parsing.rules import (
    byline_rules,
    head_rules,
    late_bylines,
    page_bylines,
    page_rules,
    sections,
    tail_rules,
)
from corpusparse.parsing.rules.byline_rules import byline_rule, labelled_time_rule
from corpusparse.parsing.rules.declarations import Claim, Rule, as_rule
from corpusparse.parsing.rules.head_rules import (
    caption_rule,
    credit_rule,
    headline_repeat_rule,
    headline_rule,
    page_chrome_rule,
)
from corpusparse.parsing.rules.page_bylines import page_byline_rule
from corpusparse.parsing.rules.page_rules import (
    page_headline_rule,
    related_block_rule,
    related_rule,
    residue_rule,
    widget_rule,
)
from corpusparse.parsing.rules.sections import _read_section, page_top_rule, section_rule
from corpusparse.parsing.rules.state import Block, Cursor, ParseState, Probe, Zone
from corpusparse.parsing.rules.tail_rules import (
    comment_rule,
    continuation_rule,
    dateline_rule,
    dek_rule,
    fallback_rule,
    pingback_rule,
    trailer_rule,
)
from corpusparse.parsing.zones import plan_above_comments, plan_page

__all__ = ["RULES", "RuleTableError", "classify", "initial_state", "rules_for"]


class RuleTableError(Exception):
    """The rules do not make a table: a placement or an `ending` names no rule."""


_RULE_MODULES: tuple[ModuleType, ...] = (
    page_rules,
    sections,
    page_bylines,
    head_rules,
    byline_rules,
    tail_rules,
    late_bylines,
)
"""The modules whose module-level `Rule` objects make the table."""

_IN_ORDER: tuple[Rule | Claim, ...] = (
    section_rule,
    widget_rule,
    residue_rule,
    related_rule,
    related_block_rule,
    headline_repeat_rule,
    page_headline_rule,
    byline_rule,
    page_byline_rule,
    page_top_rule,
    labelled_time_rule,
    headline_rule,
    pingback_rule,
    caption_rule,
    credit_rule,
    comment_rule,
    trailer_rule,
    dateline_rule,
    dek_rule,
    continuation_rule,
    page_chrome_rule,
    fallback_rule,
)


def _defined_rules(modules: Iterable[ModuleType]) -> list[Rule]:
    """The `Rule` objects defined at module level in ``modules``, once each."""
    found: dict[str, Rule] = {}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, Rule):
                found.setdefault(value.name, value)
    return list(found.values())


def build_table(core: Iterable[Rule | Claim], added: Iterable[Rule]) -> tuple[Rule, ...]:
    """The rule table: the ``core`` rules in their order, then each ``added`` rule that is
    not among them inserted where it is `placed`, before or after the rule it names.

    Raises:
        RuleTableError: An added rule is not placed, or a placement or an
            `ending` names no rule of the table.
    """
    table = [as_rule(rule) for rule in core]
    pending = [rule for rule in added if rule.name not in {known.name for known in table}]
    while pending:  # a rule may be placed next to another added rule
        names = [rule.name for rule in table]
        rule = next((rule for rule in pending if _neighbour(rule) in names), pending[0])
        neighbour = _neighbour(rule)
        if neighbour not in names:
            raise RuleTableError(
                f"{rule.name} is placed next to {neighbour}, which is no rule"
                if neighbour
                else f"{rule.name} is not in the core order: declare @placed(before=...)"
            )
        index = names.index(neighbour)
        table.insert(index if rule.before else index + 1, rule)
        pending.remove(rule)
    names = [rule.name for rule in table]
    for rule in table:
        unknown = sorted(rule.ends.difference(names))
        if unknown:
            raise RuleTableError(f"{rule.name} declares it ends {unknown[0]}, which is no rule")
    return tuple(table)


def _neighbour(rule: Rule) -> str:
    """The name of the rule that ``rule`` is `placed` next to (``""`` if none)."""
    return rule.before or rule.after or ""


RULES: tuple[Rule, ...] = build_table(_IN_ORDER, _defined_rules(_RULE_MODULES))
"""The block rules, in the order they are tried: the core order, and the rules `placed`
next to one of it."""

_ENDERS: dict[str, tuple[Probe, ...]] = {
    rule.name: tuple(
        ender.probe for ender in RULES if rule.name in ender.ends and ender.probe is not None
    )
    for rule in RULES
}
"""By rule name, the probes of the rules declared `ending` its runs, in table order."""

_LIMITS: list[int] = sorted({rule.longest for rule in RULES if rule.longest is not None})
"""The distinct `at_most` lengths: a line's length falls into one of the gaps between them."""

_OPENERS: frozenset[str] = frozenset().union(*(rule.openers or () for rule in RULES))
"""Every first character some rule is declared `opening_with`."""


def _may_claim(rule: Rule, zone: Zone, gap: int, first: str) -> bool:
    """Whether ``rule`` may claim a line in ``zone``, its length in ``gap``, opening with ``first``.

    ``first`` is ``""`` for a character no rule is declared `opening_with`.
    """
    if zone not in rule.zones:
        return False
    if rule.longest is not None and gap > _LIMITS.index(rule.longest):
        return False
    return rule.openers is None or first in rule.openers


_RULES_FOR: dict[tuple[Zone, int, str], tuple[Rule, ...]] = {
    (zone, gap, first): tuple(rule for rule in RULES if _may_claim(rule, zone, gap, first))
    for zone in Zone
    for gap in range(len(_LIMITS) + 1)
    for first in (*_OPENERS, "")
}
"""The rules to try on a line, by zone, length gap (``bisect_left(_LIMITS, length)``) and
first character: `RULES` less those declared `only_in` other zones, `at_most` fewer
characters or `opening_with` other characters."""


def rules_for(zone: Zone, text: str) -> tuple[Rule, ...]:
    """The rules, in order, that may claim the stripped line ``text`` in ``zone``."""
    first = text[:1]
    gap = bisect_left(_LIMITS, len(text))
    return _RULES_FOR[zone, gap, first if first in _OPENERS else ""]


def _timed_out(cursor: Cursor, state: ParseState, rule: Rule) -> Block:
    """The line a rule's pattern ran away on: body text (or residue), with a defect."""
    block = fallback_rule(cursor, state)
    defect = Defect(
        DefectKind.PATTERN_TIMEOUT,
        cursor.number,
        f"{rule.name} ran over its time limit on a line of {len(cursor.text)} characters",
    )
    return block._replace(defects=(defect,))


def initial_state(texts: Sequence[str]) -> ParseState:
    """The state the rules start a segment in: its page plan and comment section read."""
    plan = plan_page(texts)
    section = _read_section(texts, plan)
    if plan is not None and section is not None:
        start = min(section)
        above = plan_above_comments(texts, plan, start)
        if above is not None:  # the post above comments that outweigh it
            section_above = _read_section(texts, above)
            if section_above is not None:
                return ParseState(plan=above, section=section_above, enders=_ENDERS)
    return ParseState(plan=plan, section=section, enders=_ENDERS)


def classify(lines: Sequence[Line]) -> list[Block]:
    """Give every non-blank line of one article segment a role."""
    cursor = Cursor(lines)
    texts = cursor.texts
    state = initial_state(texts)
    blocks: list[Block] = []
    pos = 0
    while pos < len(texts):
        text = texts[pos]
        if not text:
            pos += 1
            continue
        cursor.pos, cursor.text = pos, text  # cursor.move_to(pos), without the call
        first = text[:1]  # rules_for(state.zone, text), without the call
        rules = _RULES_FOR[
            state.zone, bisect_left(_LIMITS, len(text)), first if first in _OPENERS else ""
        ]
        for rule in rules:
            try:
                block = rule.claim(cursor, state)
            except TimeoutError:
                block = _timed_out(cursor, state, rule)
            if block is not None:
                break
        else:  # pragma: no cover - fallback_rule always claims
            raise AssertionError("no rule claimed the line")
        blocks.append(block)
        state.last_role = block.role
        span = block.span
        pos += span.end - span.start + 1
    return blocks
