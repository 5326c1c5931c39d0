"""Block rules as objects: a rule's claim function and what it may claim, declared once."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs
from attrs import frozen

from corpusparse.parsing.rules.state import Block, Cursor, ParseState, Probe, Zone

__all__ = [
    "Claim",
    "Probe",
    "Rule",
    "as_rule",
    "at_most",
    "ending",
    "only_in",
    "opening_with",
    "placed",
]

Claim = Callable[[Cursor, ParseState], Block | None]
"""What a rule does at the cursor: claim lines (return their `Block`) or decline (``None``)."""


@frozen
class Rule:
    """A block rule, and what it may claim, declared once.

    `classify` offers a line only to the rules that may claim it: in one of
    their ``zones``, no longer than ``longest``, opening with one of
    ``openers``. Each declaration must be implied by the rule's own checks
    (`tests/test_fast_paths.py` compares `classify` with trying every rule).
    Like every rule, one that declines must leave the state as it found it.

    Attributes:
        claim: The function that claims lines or declines.
        zones: The zones it may claim lines in (every zone by default).
        longest: The longest stripped line it may claim, or ``None`` for any.
        openers: The first characters of the lines it may claim, or ``None`` for any.
        probe: Its silent look at a line ahead, for the rules whose runs it ends.
        ends: The names of the rules whose runs of lines (a comment's text, a
            related list) end at a line its ``probe`` accepts.
        before: For a rule outside the core order, the rule it goes before.
        after: For a rule outside the core order, the rule it goes after.
    """

    claim: Claim
    zones: frozenset[Zone] = frozenset(Zone)
    longest: int | None = None
    openers: frozenset[str] | None = None
    probe: Probe | None = None
    ends: frozenset[str] = frozenset()
    before: str | None = None
    after: str | None = None

    @property
    def name(self) -> str:
        """The rule's name: its function's."""
        return self.claim.__name__

    def __call__(self, cursor: Cursor, state: ParseState) -> Block | None:
        return self.claim(cursor, state)

    def may_claim(self, zone: Zone, length: int, first: str) -> bool:
        """Whether the rule may claim a stripped line of ``length`` opening with ``first``."""
        if zone not in self.zones:
            return False
        if self.longest is not None and length > self.longest:
            return False
        return self.openers is None or first in self.openers


def as_rule(rule: Rule | Claim) -> Rule:
    """``rule`` as a `Rule`: a bare function may claim any line in any zone."""
    return rule if isinstance(rule, Rule) else Rule(rule)


def only_in(*zones: Zone) -> Callable[[Rule | Claim], Rule]:
    """Declare that a rule can claim lines only in these zones.

    `classify` then does not call it elsewhere (the rule still checks the zone
    itself). A rule without this declaration is tried in every zone.
    """
    return lambda rule: attrs.evolve(as_rule(rule), zones=frozenset(zones))


def at_most(chars: int) -> Callable[[Rule | Claim], Rule]:
    """Declare that a rule claims no line whose stripped text is longer than ``chars``.

    `classify` then does not call it on longer lines; the rule's own checks
    must already decline them.
    """
    return lambda rule: attrs.evolve(as_rule(rule), longest=chars)


def opening_with(chars: Iterable[str]) -> Callable[[Rule | Claim], Rule]:
    """Declare that a rule claims only lines whose stripped text opens with one of ``chars``.

    `classify` then does not call it on other lines; the rule's own checks
    must already decline them.
    """
    return lambda rule: attrs.evolve(as_rule(rule), openers=frozenset(chars))


def ending(*names: str, probe: Probe) -> Callable[[Rule | Claim], Rule]:
    """Declare that a line ``probe`` accepts ends the runs of lines of the rules ``names``.

    This is how a rule that claims several lines knows where to stop without
    naming the rules that stop it (markdown-it's ``alt``): it asks
    `ParseState.run_ends`, which tries the probes of every rule that declared it.
    """
    return lambda rule: attrs.evolve(as_rule(rule), probe=probe, ends=frozenset(names))


def placed(
    *, before: str | None = None, after: str | None = None
) -> Callable[[Rule | Claim], Rule]:
    """Place a new rule in the table: right before or right after the rule of that name.

    A `Rule` defined in a module of the `rules` package and not in the core
    order takes its place from this declaration, so that adding a rule touches
    only the module it is written in.
    """
    if (before is None) == (after is None):
        raise ValueError("placed() takes exactly one of before= and after=")
    return lambda rule: attrs.evolve(as_rule(rule), before=before, after=after)
