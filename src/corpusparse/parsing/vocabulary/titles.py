"""Words of titles, roles and credentials: what a part of a byline after a name may be.

A part after a comma holding a title word (``Staff Writer``), a role or
organisation word (``Senior Director``) or a credential (``PhD``) is no name;
a name ending in a group word (``Example Travel Team``) is an organisation; a
German compound ending in a role suffix (``Projektleiterin``) is a title word.
"""

from __future__ import annotations

__all__ = ["CREDENTIALS", "GROUP_TITLE_WORDS", "ROLE_SUFFIXES", "ROLE_WORDS", "TITLE_WORDS"]

TITLE_WORDS: frozenset[str] = frozenset(
    (
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "columnist",
        "contributor",
        "staff",
        "chief",
        "producer",
        "analyst",
        "bureau",
        "desk",
        "redacción",
        "redaccion",
        "corresponsal",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "envoyé",
        "envoyée",
        "spécial",
        "rédaction",
        "journalist",
        "journaliste",
        "periodista",
        "photographer",
        "special",
    )
)
"""Words that make a comma part of a byline a title (``Staff Writer``), not a name."""

ROLE_WORDS: frozenset[str] = frozenset(
    (
        "expert",
        "former",  # what a title opens with after a name: "Ann Lee Former Deputy Editor"
        "deputy",
        "senior",
        "director",
        "manager",
        "founder",
        "co-founder",
        "cofounder",
        "ceo",
        "president",
        "professor",
        "attorney",
        "consultant",
        "specialist",
        "officer",
        "strategist",
        "scientist",
        "researcher",
        "fellow",
        "intern",
        "team",
        "newsroom",
        "editors",
        "editorial",
        "news",
        "online",
        "agency",
        "agencies",
        "agenturen",
        "wire",
        "redaktion",
        "redakteurin",
        "chefredakteur",
        "chefredakteurin",
        "autor",
        "autorin",
        "geschäftsführer",
        "geschäftsführerin",
        "leiterin",
        "leiter",
        "reportera",
        "directora",
        "director",
        "rédacteur",
        "rédactrice",
        "ministre",
        "executive",
        "lawyer",
        "rechtsanwalt",
        "rechtsanwältin",
        "blogger",
    )
)
"""Further title and organisation words (case-folded): a part of a byline after a comma
holding one is a title or an affiliation (``Ann Lee, Senior Director``), not a name."""

GROUP_TITLE_WORDS: frozenset[str] = frozenset(
    (
        "staff",
        "desk",
        "bureau",
        "team",
        "newsroom",
        "news",
        "online",
        "wire",
        "agency",
        "agencies",
        "agenturen",
        "editorial",
        "editors",
        "redaktion",
        "redacción",
        "redaccion",
        "rédaction",
    )
)
"""The title and role words (case-folded) that name a group, not a person's role: a name
ending in one (``Example Travel Team``) is an organisation, not a person with a title."""

CREDENTIALS: frozenset[str] = frozenset(
    (
        "phd",
        "md",
        "mba",
        "dds",
        "dvm",
        "cfp",
        "cpa",
        "rn",
        "ms",
        "msc",
        "ma",
        "bsc",
        "rd",
        "rdn",
        "ld",
        "lpc",
        "lcsw",
        "np",
        "do",
        "jd",
        "esq",
    )
)
"""Credentials printed after a name (``Ann Lee, PhD``), case-folded, without dots."""

ROLE_SUFFIXES: tuple[str, ...] = (
    "leiter",
    "leiterin",
    "redakteur",
    "redakteurin",
    "sprecher",
    "sprecherin",
    "referent",
    "referentin",
)
"""Endings (case-folded) of German compound role words (``Projektleiterin``,
``Pressesprecher``): a word ending in one is a title word."""
