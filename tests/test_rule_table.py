"""The rule table: rules placed next to others, and rules that end other rules' runs."""

from __future__ import annotations

import types

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpusparse
from corpusparse.parsing.lines import numbered_lines
from corpusparse.parsing.rules import RULES, Cursor, ParseState, Zone, classify, initial_state
from corpusparse.parsing.rules.classify import RuleTableError, _defined_rules, build_table
from corpusparse.parsing.rules.declarations import Rule, as_rule, ending, placed
from corpusparse.parsing.rules.state import Block


def _declines(cursor: Cursor, state: ParseState) -> Block | None:
    return None


def _rule(name: str) -> Rule:
    claim = types.FunctionType(_declines.__code__, globals(), name)
    return as_rule(claim)


def _names(table: tuple[Rule, ...]) -> list[str]:
    return [rule.name for rule in table]


def test_a_placed_rule_goes_right_before_or_after_its_neighbour() -> None:
    core = (_rule("a_rule"), _rule("b_rule"))
    after_a = placed(after="a_rule")(_rule("c_rule"))
    before_a = placed(before="a_rule")(_rule("d_rule"))
    assert _names(build_table(core, [after_a, before_a])) == [
        "d_rule",
        "a_rule",
        "c_rule",
        "b_rule",
    ]


def test_a_rule_may_be_placed_next_to_another_added_rule() -> None:
    core = (_rule("a_rule"),)
    first = placed(after="a_rule")(_rule("b_rule"))
    second = placed(after="b_rule")(_rule("c_rule"))
    assert _names(build_table(core, [second, first])) == ["a_rule", "b_rule", "c_rule"]


def test_a_rule_of_the_core_order_keeps_its_place() -> None:
    core = (_rule("a_rule"), _rule("b_rule"))
    assert _names(build_table(core, [core[1], core[0]])) == ["a_rule", "b_rule"]


def test_an_added_rule_without_a_place_is_an_error() -> None:
    with pytest.raises(RuleTableError, match="c_rule is not in the core order"):
        build_table((_rule("a_rule"),), [_rule("c_rule")])


def test_a_place_next_to_no_rule_is_an_error() -> None:
    stray = placed(before="no_such_rule")(_rule("c_rule"))
    with pytest.raises(RuleTableError, match="next to no_such_rule, which is no rule"):
        build_table((_rule("a_rule"),), [stray])


def test_ending_a_rule_that_is_not_in_the_table_is_an_error() -> None:
    ender = ending("no_such_rule", probe=lambda cursor, offset, state: True)(_rule("a_rule"))
    with pytest.raises(RuleTableError, match="ends no_such_rule"):
        build_table((ender,), [])


@pytest.mark.parametrize("where", [{}, {"before": "a_rule", "after": "b_rule"}])
def test_placed_takes_exactly_one_neighbour(where: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        placed(**where)


def test_the_rules_defined_in_a_module_are_found_once() -> None:
    rule = placed(after="a_rule")(_rule("c_rule"))
    module = types.ModuleType("some_rules")
    module.c_rule = rule  # type: ignore[attr-defined]
    module.alias = rule  # type: ignore[attr-defined]
    module.helper = _declines  # type: ignore[attr-defined]
    assert _defined_rules([module, module]) == [rule]


def test_the_table_holds_every_rule_once_and_ends_with_the_fallback() -> None:
    names = _names(RULES)
    assert len(set(names)) == len(names)
    assert names[-1] == "fallback_rule"


def test_run_ends_asks_only_the_probes_declared_for_that_rule() -> None:
    asked: list[tuple[str, int]] = []

    def probe(cursor: Cursor, offset: int, state: ParseState) -> bool:
        asked.append((cursor.texts[cursor.pos + offset], offset))
        return cursor.texts[cursor.pos + offset] == "stop"

    cursor = Cursor(numbered_lines("go\nstop\n"))
    state = ParseState(enders={"a_rule": (probe,)})
    assert state.run_ends("a_rule", cursor, 1)
    assert not state.run_ends("a_rule", cursor, 0)
    assert not state.run_ends("b_rule", cursor, 1)
    assert asked == [("stop", 1), ("go", 0)]


def test_a_comment_ends_where_a_rule_that_ends_comments_would_claim() -> None:
    text = (
        "Rain at last for the valley\n\nBy Ann Lee\n\nThe storm came in the night.\n\n"
        "Bo Tran\nMarch 3, 2024 at 9:15 pm\nWe waited all year.\nReply\n"
        "Pingback: Storm week - Valley Notes\n"
    )
    article = corpusparse.parse(text).articles[0]
    assert [comment.text for comment in article.comments] == ["We waited all year."]
    assert [pingback.title for pingback in article.pingbacks] == ["Storm week"]
    assert "Reply" in [line.text for line in article.boilerplate]


def _probes() -> list[tuple[str, Rule]]:
    return [(rule.name, rule) for rule in RULES if rule.probe is not None]


@pytest.mark.parametrize(("name", "rule"), _probes())
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "",
                "Reply",
                "Pingback: A post - A blog",
                "Pingback:",
                "Bo Tran says:",
                "March 3, 2024 at 9:15 pm",
                "Bo Tran",
                "The storm came in the night.",
                "12 Comments",
            ]
        ),
        min_size=1,
        max_size=8,
    ),
    offset=st.integers(0, 8),
    zone=st.sampled_from(list(Zone)),
)
def test_a_probe_is_silent(
    name: str, rule: Rule, lines: list[str], offset: int, zone: Zone
) -> None:
    """A probe moves no cursor and changes no state, wherever it looks."""
    cursor = Cursor(numbered_lines("\n".join(["Top line", *lines])))
    state = initial_state(cursor.texts)
    state.zone = zone
    before = {key: repr(value) for key, value in attrs.asdict(state, recurse=False).items()}
    assert rule.probe is not None
    rule.probe(cursor, offset, state)
    assert (cursor.pos, cursor.text) == (0, "Top line")
    assert {key: repr(value) for key, value in attrs.asdict(state, recurse=False).items()} == before


def test_classify_uses_the_table_it_was_built_with() -> None:
    blocks = classify(numbered_lines("Rain at last\n\nThe storm came in the night.\n"))
    assert [block.role.value for block in blocks] == ["headline", "body"]
