"""``corpusparse show``: a document's lines, each marked with its role."""

from __future__ import annotations

import itertools
import os
import textwrap
from collections.abc import Sequence
from typing import IO

from corpusparse.corpus import InputError, InputFormat, read_documents
from corpusparse.parsing.parser import parse
from corpusparse.parsing.roles import LineRole, document_roles

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
_TEXT_COLUMN = 5 + 2 + _WIDTH + 3  # number, gap, label, " │ "
_NARROWEST = 20  # fewer text columns than this: no wrapping


def _wrapped(text: str, width: int | None) -> list[str]:
    """``text`` in pieces that fit ``width`` columns after the text column."""
    room = (width or 0) - _TEXT_COLUMN
    if room < _NARROWEST or len(text) <= room:
        return [text]
    return textwrap.wrap(text, room, replace_whitespace=False, drop_whitespace=True) or [text]


def format_roles(
    roles: Sequence[LineRole], *, color: bool = False, width: int | None = None
) -> list[str]:
    """One display line per source line: number, role label, text.

    A rule line marks the start of each article. With ``width``, a line too
    long for it goes on in more display lines, each under the text column
    (the number and the label stay on the first).

    Examples:
        >>> from corpusparse.parsing.roles import line_roles
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
        pieces = _wrapped(role.text, width)
        if color and role.role in ("boilerplate", "outside"):
            pieces = [f"\x1b[2m{piece}\x1b[0m" for piece in pieces]
        out.append(f"{role.number:>5}  {padded} │ {pieces[0]}".rstrip())
        out += [f"{'':>5}  {'':<{_WIDTH}} │ {piece}".rstrip() for piece in pieces[1:]]
    return out


def show(
    paths: Sequence[str | os.PathLike[str]],
    stream: IO[str],
    *,
    color: bool = False,
    text_field: str = "text",
    input_format: InputFormat = "auto",
    limit: int | None = None,
    width: int | None = None,
) -> int:
    """Write each document of ``paths`` with its line roles and defects; return the exit code.

    Each document is parsed once: its roles (`corpusparse.parsing.roles.document_roles`)
    and its defects come from the same `Document`. With ``width``, long lines
    wrap under the text column (`format_roles`). Bad inputs are named on
    ``stream`` as they come; the exit code is 1 if there were any, 0 otherwise.
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
        if width is not None and len(header) > width:  # the path's end names the file
            header = f"══ …{title[len(title) - max(1, width - 4) :]}"
        stream.write((f"\x1b[1m{header}\x1b[0m" if color else header) + "\n")
        document = parse(item.text)
        for line in format_roles(document_roles(document), color=color, width=width):
            stream.write(line + "\n")
        for defect in document.defects:
            message = f"defect: line {defect.line}: {defect.kind.value}: {defect.message}"
            lines = (
                [message]
                if width is None
                else textwrap.wrap(message, width, subsequent_indent="  ")
            )
            stream.write("".join(f"{line}\n" for line in lines))
    stream.flush()
    return status
