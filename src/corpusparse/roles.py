"""Which role the parser gave each source line, for people to look at.

`line_roles` runs the first stages of the pipeline (lines, segments, block
rules) and reports, for every line of a text, the role of the block that
claimed it. ``corpusparse show`` prints it.
"""

from __future__ import annotations

from attrs import frozen

from corpusparse.blocks import Role, classify
from corpusparse.lines import Line, is_blank, split_lines
from corpusparse.models import Boilerplate
from corpusparse.segments import segment

__all__ = ["LINE_ROLES", "LineRole", "line_roles"]

LINE_ROLES = (
    *(role.value for role in Role),
    "comment_author",
    "comment_time",
    "blank",
    "outside",
)
"""Every value `LineRole.role` takes: the block roles of the parser, with a
comment's author and time lines told apart from its text, ``blank`` for a blank
line and ``outside`` for a line that belongs to no article."""


@frozen
class LineRole:
    """One source line and the role the parser gave it.

    Attributes:
        number: The 1-based line number.
        text: The line, without its line break.
        role: One of `LINE_ROLES`: ``headline``, ``caption``, ``body``,
            ``comment_author``, ``boilerplate``, ``blank``, ...
        article: The 0-based index of the article the line belongs to, or
            ``None`` for a line between articles.
        detail: For boilerplate, why it counts as residue (a
            `corpusparse.BoilerplateKind` value); otherwise ``None``.
    """

    number: int
    text: str
    role: str
    article: int | None = None
    detail: str | None = None


def line_roles(text: str) -> list[LineRole]:
    """The role of every line of ``text``, in order, as `corpusparse.parse` reads it.

    Examples:
        >>> [(r.number, r.role) for r in line_roles("Rain at last\\n\\nBy Ann Lee\\nIt rained.")]
        [(1, 'headline'), (2, 'blank'), (3, 'byline'), (4, 'body')]
    """
    lines = [Line(number, line) for number, line in enumerate(split_lines(text), start=1)]
    found: dict[int, LineRole] = {}
    for index, segment_lines in enumerate(segment(lines)):
        for line in segment_lines:
            found[line.number] = LineRole(line.number, line.text, "blank", index)
        for block in classify(segment_lines):
            element = block.elements[0]
            detail = element.kind.value if isinstance(element, Boilerplate) else None
            for number in block.span.numbers:
                role = block.role.value
                if block.role is Role.COMMENT:
                    offset = number - block.span.start
                    role = ("comment_author", "comment_time")[offset] if offset < 2 else role
                found[number] = LineRole(number, lines[number - 1].text, role, index, detail)
    return [
        found.get(line.number)
        or LineRole(line.number, line.text, "blank" if is_blank(line.text) else "outside")
        for line in lines
    ]
