"""The items a corpus read yields: documents, input errors, and the reader's progress."""

from __future__ import annotations

import enum
from typing import Any, Literal

from attrs import define, field, frozen

__all__ = [
    "STDIN",
    "EncodingErrors",
    "ErrorKind",
    "InputError",
    "InputFormat",
    "ReadProgress",
    "SourceDocument",
]

STDIN = "-"
"""The path that stands for standard input."""

InputFormat = Literal["auto", "text", "jsonl"]
"""How to read an input: ``text`` (one document per file), ``jsonl`` (one per
record) or ``auto`` (JSON Lines for ``.jsonl``, ``.ndjson`` and ``.json`` names,
compression suffix aside; standard input when it starts with ``{``)."""

EncodingErrors = Literal["strict", "replace"]
"""What to do with bytes that are not UTF-8: ``strict`` makes the file (or
JSON Lines record) an ``undecodable`` error that names the byte offset;
``replace`` reads each bad sequence as U+FFFD and parses the text."""


class ErrorKind(str, enum.Enum):
    """Why an input, or one record of it, produced no document."""

    NOT_FOUND = "not_found"
    """The path does not exist, or the glob pattern matches nothing."""
    UNREADABLE = "unreadable"
    """The path could not be read: permissions, a broken compressed stream, ..."""
    UNDECODABLE = "undecodable"
    """The bytes are not UTF-8."""
    NOT_JSON = "not_json"
    """A line of a JSON Lines file is not a JSON object."""
    NO_TEXT = "no_text"
    """A JSON Lines record has no string in the text field."""
    DEFECT = "defect"
    """Strict mode only: the document parsed with a defect."""
    PARSER_FAILURE = "parser_failure"
    """The parser failed on the document (a bug: please report it)."""


@frozen
class InputError:
    """An input, or one record of it, that produced no document.

    Attributes:
        kind: What went wrong.
        source: The path as given or found (``-`` for standard input).
        message: A sentence for people.
        line: The 1-based line of the file where it went wrong (for JSON Lines,
            the record's line), or ``None`` when the whole path failed.
        offset: The byte offset in the (decompressed) file, where known.
        meta: For a JSON Lines record that was valid JSON, its fields other
            than the text field (``id``, ``url``, ...), so that the error row
            keeps the record's identity; ``None`` otherwise.
    """

    kind: ErrorKind
    source: str
    message: str
    line: int | None = None
    offset: int | None = None
    meta: dict[str, Any] | None = None

    def describe(self) -> str:
        """One line for people: ``SOURCE:LINE: kind: message``."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.kind.value}: {self.message}"


@frozen
class SourceDocument:
    """One document of the corpus, not yet parsed.

    Attributes:
        text: The document's text, line ends as in the input.
        source: The path it came from (``-`` for standard input).
        line: For a JSON Lines record, its 1-based line in the file; ``None``
            for a plain text file.
        meta: For a JSON Lines record, its fields other than the text field
            (``id``, ``url``, ``date``, ...); ``None`` for a plain text file.
    """

    text: str
    source: str
    line: int | None = None
    meta: dict[str, Any] | None = None


@define
class ReadProgress:
    """How far the reader has come, for progress bars.

    Attributes:
        total_bytes: The size on disk of all inputs, or ``None`` when unknown
            (standard input, or a path that could not be sized).
        bytes_read: Bytes read from disk so far (compressed bytes for
            compressed files).
        text_bytes: Bytes read after decompression (the size of the corpus
            as text); for throughput figures.
        files: Inputs opened so far.
    """

    total_bytes: int | None = None
    bytes_read: int = 0
    text_bytes: int = 0
    files: int = 0
    _done: int = field(default=0, init=False, repr=False)
