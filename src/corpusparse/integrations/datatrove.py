"""A datatrove pipeline step that parses news pages (``pip install 'corpusparse[datatrove]'``).

`ParseNews` parses each ``Document.text`` and writes the records into
``Document.metadata[key]`` (``corpusparse`` by default):

* ``per="document"`` (the default): one output document per input document;
  the metadata holds the ``--per document`` row of ``corpusparse parse``
  without its origin: ``articles`` (the article records), ``boilerplate`` and
  ``defects``;
* ``per="article"``: one output document per article, its id the input's id
  followed by ``/`` and the article's index (``doc-7/0``, ``doc-7/1``), its
  metadata the input's metadata plus the article record (what the command
  writes per article, without ``source``, ``line`` and ``meta``).

A document the parser cannot take (no text, a defect in strict mode, a failure
of the parser) is never dropped: it goes on unchanged, with
``metadata[key] = {"error": KIND, "message": ...}``, and is counted in the
step's stats (``errors``, ``error_KIND``). The stats also count
``documents``, ``articles``, ``defects`` and the documents with no article
(``no_article``); datatrove's executors write them with their own (the
``stats.json`` of the logging folder).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Literal

try:
    from datatrove.data import Document as TroveDocument
    from datatrove.pipeline.base import PipelineStep
except ModuleNotFoundError as error:  # pragma: no cover
    raise ModuleNotFoundError(
        f"{error.msg}: corpusparse.integrations.datatrove needs datatrove "
        "(pip install 'corpusparse[datatrove]')",
        name=error.name,
    ) from error

from corpusparse.corpus import InputError
from corpusparse.formats.fields import RecordField, make_record
from corpusparse.integrations import (
    RESULT_ERROR_FIELDS,
    article_fields,
    body_text,
    document_fields,
    parse_text,
)

__all__ = ["ParseNews"]

Per = Literal["document", "article"]
"""What one output document stands for: an input document, or one of its articles."""


class ParseNews(PipelineStep):
    """Parse each document's text into news records, kept in its metadata.

    Args:
        fields: The article record fields to keep (keys of
            `corpusparse.formats.fields.ARTICLE_FIELDS`, such as ``headline``,
            ``authors``, ``body``); ``None`` keeps them all.
        per: ``document``: one output document per input document, the
            records under ``metadata[key]`` (``articles``, ``boilerplate``,
            ``defects``); ``article``: one output document per article, id
            ``INPUT_ID/INDEX``, the article record under ``metadata[key]``.
        strict: A document that parses with a defect is an error (kind
            ``defect``) rather than a document with ``defects``.
        key: The metadata key of the records.
        replace_text: Replace ``text`` with the body paragraphs (joined with
            ``\\n``): the article's, or per document every article's (a blank
            line between articles). A document with no article then has an
            empty text: see ``drop_empty``.
        drop_empty: Drop a document with no article (counted as ``dropped``
            and ``no_article``). Without it such a document goes on: per
            document with no ``articles``, per article unchanged with
            ``metadata[key] = None``. A document with an error is never dropped.

    Raises:
        ValueError: A field that is not an article field, or an unknown ``per``.
    """

    name = "📰 corpusparse"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        fields: Iterable[str] | None = None,
        *,
        per: Per = "document",
        strict: bool = False,
        key: str = "corpusparse",
        replace_text: bool = False,
        drop_empty: bool = False,
    ) -> None:
        super().__init__()
        if per not in ("document", "article"):
            raise ValueError(f"per must be 'document' or 'article', not {per!r}")
        chosen = article_fields(fields)
        # Only plain values on the step: datatrove writes them to executor.json.
        self.fields = None if fields is None else [item.key for item in chosen]
        self.per = per
        self.strict = strict
        self.key = key
        self.replace_text = replace_text
        self.drop_empty = drop_empty

    def _table(self) -> tuple[RecordField, ...]:
        chosen = article_fields(self.fields)
        return document_fields(chosen) if self.per == "document" else chosen

    def run(
        self, data: Iterable[TroveDocument] | None = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[TroveDocument]:
        """Parse every document of ``data`` and yield the results (see the class)."""
        table = self._table()
        for doc in data or ():
            self.stat_update("documents")
            with self.track_time():
                parsed = parse_text(doc.text, strict=self.strict, what="the document's text")
            if isinstance(parsed, InputError):
                self.stat_update("errors", f"error_{parsed.kind.value}")
                doc.metadata[self.key] = make_record(parsed, RESULT_ERROR_FIELDS)
                self.stat_update("forwarded")
                yield doc
                continue
            count = len(parsed.articles)
            self.stat_update("articles", value=count)
            self.stat_update("defects", value=len(parsed.defects))
            if count == 0:
                self.stat_update("no_article")
                if self.drop_empty:
                    self.stat_update("dropped")
                    continue
            if self.per == "document":
                doc.metadata[self.key] = make_record(parsed, table)
                if self.replace_text:
                    doc.text = body_text(parsed)
                self.stat_update("forwarded")
                yield doc
            elif count == 0:
                doc.metadata[self.key] = None
                if self.replace_text:
                    doc.text = ""
                self.stat_update("forwarded")
                yield doc
            else:
                for index, article in enumerate(parsed.articles):
                    text = body_text(parsed, index) if self.replace_text else doc.text
                    out = dataclasses.replace(
                        doc,
                        text=text,
                        id=f"{doc.id}/{index}",
                        media=list(doc.media),
                        metadata={**doc.metadata, self.key: make_record(article, table)},
                    )
                    self.stat_update("forwarded")
                    yield out
