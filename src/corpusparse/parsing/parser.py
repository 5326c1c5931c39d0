"""The pipeline end to end: text -> lines -> segments -> blocks -> `Document`."""

from __future__ import annotations

import os
from pathlib import Path

from corpusparse.model import Article, Boilerplate, Defect, Document, Span
from corpusparse.parsing.assemble import build_article
from corpusparse.parsing.lines import numbered_lines
from corpusparse.parsing.rules import classify
from corpusparse.parsing.segments import cut

__all__ = ["ParseError", "parse", "parse_file"]


class ParseError(ValueError):
    """Raised by strict parsing at the first defect.

    Attributes:
        defect: The defect that stopped the parse.
        source: The file name, or ``None`` for a string.
    """

    defect: Defect
    source: str | None

    def __init__(self, defect: Defect, source: str | None = None) -> None:
        where = f"{source}:{defect.line}" if source else f"line {defect.line}"
        super().__init__(f"{where}: {defect.kind.value}: {defect.message}")
        self.defect = defect
        self.source = source


def parse(text: str, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse one text into a `Document`.

    Never raises on any string unless ``strict`` is set: anomalies become
    `Defect` objects on the document.

    Args:
        text: The text, lines ended by ``\\n``, ``\\r\\n`` or ``\\r``.
        strict: Raise `ParseError` at the first defect instead of recording it.
        source: A name for the text (a file name) in the `ParseError` message.

    Returns:
        The articles, the residue between them and the defects.

    Raises:
        ParseError: With ``strict=True``, when the text has a defect.
        TypeError: ``text`` is not a ``str`` (``bytes`` must be decoded first).

    Examples:
        >>> doc = parse("Rain at last\\n\\nIt rained on Tuesday.")
        >>> doc.articles[0].headline.text
        'Rain at last'
    """
    if not isinstance(text, str):
        raise TypeError(_not_text(text))
    lines = numbered_lines(text)
    articles: list[Article] = []
    defects: list[Defect] = []
    segments, between = cut(lines)
    for segment_lines in segments:
        article, article_defects = build_article(segment_lines, classify(segment_lines))
        articles.append(article)
        defects.extend(article_defects)
    defects.sort(key=lambda defect: defect.line)
    if strict and defects:
        raise ParseError(defects[0], source)
    boilerplate = tuple(
        Boilerplate(line.text.strip(), kind=kind, span=Span(line.number, line.number))
        for line, kind in between
    )
    return Document(
        articles=tuple(articles), boilerplate=boilerplate, defects=tuple(defects), source=text
    )


def _not_text(text: object) -> str:
    message = f"parse() takes the text as a str, not {type(text).__name__}"
    if isinstance(text, bytes | bytearray | memoryview):
        message += " (decode it first: data.decode('utf-8'))"
    elif isinstance(text, os.PathLike):
        message += " (to read a file, call parse_file(path))"
    return message


def parse_file(
    path: str | os.PathLike[str], *, strict: bool = False, encoding: str = "utf-8-sig"
) -> Document:
    """Read a text file and `parse` it.

    Args:
        path: The file to read.
        strict: Raise `ParseError` at the first defect instead of recording it.
        encoding: The file's encoding; the default reads UTF-8 with or without
            a byte-order mark.

    Returns:
        The parsed document; its `source` is the file's text.

    Raises:
        TypeError: ``path`` is not a ``str`` or an ``os.PathLike`` (a file
            object or the text itself, say: use `parse` for a text).
        OSError: The file cannot be read.
        UnicodeDecodeError: The file is not in ``encoding``.
        ParseError: With ``strict=True``, when the text has a defect; the
            message names the file.
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(
            f"parse_file() takes a path (str or os.PathLike), not {type(path).__name__}"
            + (" (to parse bytes, decode them and call parse)" if isinstance(path, bytes) else "")
        )
    with Path(path).open(encoding=encoding, newline="") as handle:
        text = handle.read()
    return parse(text, strict=strict, source=os.fspath(path))
