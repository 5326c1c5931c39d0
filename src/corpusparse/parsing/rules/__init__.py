"""Stage 3 of the pipeline: give every line of an article segment a role.

An ordered table of block rules, in the manner of markdown-it: at each
non-blank line the rules are tried in turn; a rule looks ahead as it likes
without moving the cursor, then either claims one or more lines (returning a
`Block`) or declines (returning ``None``). The last rule always claims.

Rules read and update a small `ParseState`: which zone of the article the
cursor is in (before the headline, the head, the body, the comment tail),
the headline and the captions seen so far.

The modules: `state` (blocks, roles, zones, the cursor, the parse state),
`declarations` (a `Rule`, what it may claim, where it is `placed` and whose
runs it is `ending`), the rules by where they claim lines (`page_rules`,
`sections`, `page_bylines`, `head_rules`, `byline_rules`, `late_bylines`,
`tail_rules`; `byline_blocks` holds what the byline rules share), and
`classify` (the ordered table `RULES` and the loop). Everything is importable
from here.
"""

from __future__ import annotations

from corpusparse.parsing.rules.classify import RULES, classify, initial_state, rules_for
from corpusparse.parsing.rules.declarations import at_most, only_in, opening_with
from corpusparse.parsing.rules.state import Block, Cursor, ParseState, Role, Stamp, Zone

__all__ = [
    "RULES",
    "Block",
    "Cursor",
    "ParseState",
    "Role",
    "Stamp",
    "Zone",
    "at_most",
    "classify",
    "initial_state",
    "only_in",
    "opening_with",
    "rules_for",
]
