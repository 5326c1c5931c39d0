"""``corpusparse show``: a document's lines, each marked with its role."""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from typing import IO

from corpusparse.corpus import InputError, InputFormat, read_documents
from corpusparse.parser import parse
from corpusparse.roles import LineRole, line_roles

__all__ = ["ROLE_COLORS", "format_roles", "show"]

ROLE_COLORS = {
    "related": "36",  # cyan
    "headline": "1;33",  # bold yellow
    "headline_repeat": "33",  # yellow
    "caption": "35",  # magenta
    "dek": "93",  # bright yellow
    "byline": "32",  # green
    "dateline": "1;34",  # bold blue
    "body": "0",
    "comment_author": "1;36",  # bold cyan
    "comment_time": "36",  # cyan
    "comment": "34",  # blue
    "comment_continuation": "34",  # blue
    "pingback": "94",  # bright blue
    "boilerplate": "2",  # dim
    "outside": "2",  # dim
}
"""The ANSI SGR colour of each role's label."""

_WIDTH = max(len("boilerplate:comment_ui"), len("comment_continuation"))


def format_roles(roles: Sequence[LineRole], *, color: bool = False) -> list[str]:
    """One display line per source line: number, role label, text.

    A rule line marks the start of each article.

    Example:
        >>> from corpusparse.roles import line_roles
        >>> print("\\n".join(format_roles(line_roles("Rain\\n\\nIt rained."))))
        ── article 1
            1  headline               │ Rain
            2                         │
            3  body                   │ It rained.
    """
    out: list[str] = []
    article: int | None = None
    for role in roles:
        if role.article is not None and role.article != article:
            article = role.article
            rule = f"── article {article + 1}"
            out.append(f"\x1b[2m{rule}\x1b[0m" if color else rule)
        label = "" if role.role == "blank" else role.role
        if role.detail:
            label = f"{label}:{role.detail}"
        padded = f"{label:<{_WIDTH}}"
        if color and label:
            padded = f"\x1b[{ROLE_COLORS.get(role.role, '0')}m{padded}\x1b[0m"
        text = role.text
        if color and role.role in ("boilerplate", "outside"):
            text = f"\x1b[2m{text}\x1b[0m"
        out.append(f"{role.number:>5}  {padded} │ {text}".rstrip())
    return out


def show(
    paths: Sequence[str | os.PathLike[str]],
    stream: IO[str],
    *,
    color: bool = False,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    limit: int | None = None,
) -> int:
    """Write each document of ``paths`` with its line roles and defects; return the exit code.

    Bad inputs are named on ``stream`` as they come; the exit code is 1 if
    there were any, 0 otherwise.
    """
    status = 0
    items = read_documents(paths, text_field=text_field, input_format=input_format)
    for count, item in enumerate(itertools.islice(items, limit)):
        if count:
            stream.write("\n")
        if isinstance(item, InputError):
            stream.write(f"corpusparse: {item.describe()}\n")
            status = 1
            continue
        title = item.source if item.line is None else f"{item.source}:{item.line}"
        header = f"══ {title}"
        stream.write((f"\x1b[1m{header}\x1b[0m" if color else header) + "\n")
        for line in format_roles(line_roles(item.text), color=color):
            stream.write(line + "\n")
        for defect in parse(item.text).defects:
            stream.write(f"defect: line {defect.line}: {defect.kind.value}: {defect.message}\n")
    stream.flush()
    return status
