"""corpusparse inside the tools corpus builders already run.

* `corpusparse.integrations.datatrove` (``pip install 'corpusparse[datatrove]'``):
  `~corpusparse.integrations.datatrove.ParseNews`, a datatrove pipeline step
  that parses each ``Document.text`` and puts the records in its metadata;
* `corpusparse.integrations.datasets` (``pip install 'corpusparse[datasets]'``):
  `~corpusparse.integrations.datasets.parse_batch`, a batched function for
  ``datasets.Dataset.map`` that turns a text column into flat columns, with the
  matching ``datasets.Features``.

Both make their records with the field table (`corpusparse.formats.fields`), as
``corpusparse parse`` does, so that what they hold equals what the command
writes; a field added to a model reaches them with no change. This package
imports neither library: each module imports its own when it is imported.

The helpers here are shared by both modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from corpusparse.corpus import ErrorKind, InputError, SourceDocument, parse_source
from corpusparse.formats.fields import (
    ARTICLE_FIELDS,
    DOCUMENT_FIELDS,
    ERROR_FIELDS,
    RecordField,
    make_record,
)
from corpusparse.model import Document

__all__ = [
    "RESULT_ERROR_FIELDS",
    "article_fields",
    "body_text",
    "document_fields",
    "parse_text",
]

RESULT_ERROR_FIELDS: tuple[RecordField, ...] = tuple(
    item for item in ERROR_FIELDS if item.key in {"error", "message"}
)
"""The fields of an error record here: ``error`` (the `ErrorKind` value) and
``message``, as in the command's error rows (which also have a byte offset,
meaningless for a document that is already in memory)."""


def article_fields(keys: Iterable[str] | None = None) -> tuple[RecordField, ...]:
    """The fields of `corpusparse.formats.fields.ARTICLE_FIELDS` named by ``keys``, in table order.

    ``None`` keeps them all.

    Raises:
        ValueError: A key names no article field.

    Examples:
        >>> [item.key for item in article_fields(["body", "headline"])]
        ['headline', 'body']
    """
    if keys is None:
        return ARTICLE_FIELDS
    wanted = [keys] if isinstance(keys, str) else list(keys)
    known = {item.key for item in ARTICLE_FIELDS}
    unknown = [key for key in wanted if key not in known]
    if unknown:
        raise ValueError(
            f"no article field {', '.join(map(repr, unknown))}; the fields are "
            + ", ".join(item.key for item in ARTICLE_FIELDS)
        )
    return tuple(item for item in ARTICLE_FIELDS if item.key in wanted)


def document_fields(articles: tuple[RecordField, ...] = ARTICLE_FIELDS) -> tuple[RecordField, ...]:
    """`corpusparse.formats.fields.DOCUMENT_FIELDS`, its ``articles`` made of ``articles``."""
    if articles == ARTICLE_FIELDS:
        return DOCUMENT_FIELDS

    def read(document: Document) -> list[dict[str, Any]]:
        return [make_record(article, articles) for article in document.articles]

    return tuple(
        attrs.evolve(item, get=read) if item.key == "articles" else item for item in DOCUMENT_FIELDS
    )


def parse_text(text: object, *, strict: bool = False, what: str = "text") -> Document | InputError:
    """Parse one text; never raises.

    What `corpusparse.corpus.parse_source` gives for a text: the document, or
    an `InputError` of kind ``defect`` (strict mode), ``parser_failure``, or
    ``no_text`` when ``text`` is not a string (``what`` names it in the message).

    Examples:
        >>> parse_text(None, what="column 'text'").message
        "column 'text' is null"
        >>> len(parse_text("Rain\\n\\nIt rained.").articles)
        1
    """
    if not isinstance(text, str):
        message = f"{what} is null" if text is None else f"{what} is {type(text).__name__}"
        if text is not None:
            message += ", not a string"
        return InputError(ErrorKind.NO_TEXT, "", message)
    result = parse_source(SourceDocument(text=text, source=""), strict=strict)
    return result if isinstance(result, InputError) else result.document


def body_text(document: Document, index: int | None = None) -> str:
    """The body paragraphs of one article (``index``), or of every article, as text.

    Paragraphs are joined with ``\\n``, articles with a blank line.

    Examples:
        >>> from corpusparse import parse
        >>> body_text(parse("Rain\\n\\nIt rained.\\nA lot."))
        'It rained.\\nA lot.'
    """
    articles = document.articles if index is None else (document.articles[index],)
    return "\n\n".join(
        "\n".join(paragraph.text for paragraph in article.body) for article in articles
    )
