"""The one table of record fields that every output derives from.

An article record (`corpusparse.article_record`), a ``--per document`` row,
the Parquet schema (`corpusparse.corpus.output.parquet_schema`) and the field list of
the docs are all made from the tables here, and the tables are made from the
models (`corpusparse.model`):

* every attrs field of a model that no override names becomes a record field
  by itself: its key is the field's name (``span`` becomes ``lines``, as
  ``[first, last]``), its value the field's value made JSON-ready (enums as
  their value, dates and times as ISO 8601 strings, tuples as lists, a nested
  model as an object of its own fields), its Arrow type read off the
  annotation and its meaning off the class's ``Attributes:`` docstring. A
  field added to `Article` thus reaches the JSON rows, the Parquet columns and
  the docs with no change here; at the top of an article a field whose value
  is ``None`` is left out of the JSON record (as ``site``, ``published``,
  ``updated`` and ``trailer`` are), and is a null in Parquet;
* an override (`RecordField`) names the model fields it reads, so the gold
  shape of a record (``headline`` as its text, ``authors`` from the byline,
  ``posted`` as the reading of the comment's time) is stated once;
* `LEFT_OUT` names, with the reason, the few model fields no record holds:
  line positions other than ``lines`` and the printed forms that a record
  holds read (the model form, `corpusparse.to_json`, keeps every field).

``tests/test_fields.py`` walks the models and fails on a field that is in
none of these, and compares the JSON rows of a document that fills every
field with its Parquet rows, key by key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from corpusparse.formats.records import (
    _TABLES,
    INT,
    LEFT_OUT,
    STRING,
    ListOf,
    RecordField,
    Scalar,
    Shape,
    Struct,
    make_record,
    table,
)
from corpusparse.model import Article, Caption, Comment, Dateline, Document

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__all__ = [
    "ARTICLE_FIELDS",
    "ARTICLE_OVERRIDES",
    "DOCUMENT_FIELDS",
    "ERROR_FIELDS",
    "LEFT_OUT",
    "ORIGIN_FIELDS",
    "ListOf",
    "RecordField",
    "Scalar",
    "Shape",
    "Struct",
    "accounted_fields",
    "arrow_type",
    "field_list",
    "make_record",
    "table",
]


def _text(attribute: str) -> Callable[[Any], Any]:
    def read(obj: Any) -> Any:
        element = getattr(obj, attribute)
        return element.text if element is not None else None

    return read


def _texts(attribute: str) -> Callable[[Any], Any]:
    return lambda obj: [item.text for item in getattr(obj, attribute)]


def _time(attribute: str) -> Callable[[Any], Any]:
    def read(obj: Any) -> Any:
        time = getattr(obj, attribute)
        return time.value.isoformat() if time is not None and time.value is not None else None

    return read


def _site(article: Article) -> str | None:
    return article.headline.site if article.headline is not None else None


def _dateline(article: Article) -> dict[str, Any] | None:
    dateline = article.dateline
    return make_record(dateline, DATELINE_FIELDS) if dateline is not None else None


DATELINE_FIELDS = table(Dateline)
CAPTION_FIELDS = table(
    Caption,
    RecordField(
        "lines",
        ListOf(INT),
        lambda caption: [span.start for span in caption.spans],
        reads=("Caption.spans",),
        meaning="where each printing starts",
    ),
)
COMMENT_FIELDS = table(
    Comment,
    RecordField(
        "posted",
        STRING,
        _time("posted"),
        reads=("Comment.posted", "Timestamp.value"),
        meaning="`YYYY-MM-DDTHH:MM:SS` or `null`",
    ),
)

ARTICLE_OVERRIDES: tuple[RecordField, ...] = (
    RecordField(
        "headline",
        STRING,
        _text("headline"),
        reads=("Article.headline", "Headline.text"),
        meaning="the headline text, or `null`",
    ),
    RecordField(
        "site",
        STRING,
        _site,
        reads=("Headline.site",),
        meaning="only on a page that prints one: the site name printed after the headline "
        "(`Title \\| Site`)",
        optional=True,
    ),
    RecordField(
        "section",
        STRING,
        _text("section"),
        reads=("Article.section", "Section.text"),
        meaning="only on a page that prints one: the section label or kicker printed above "
        "the headline",
        optional=True,
    ),
    RecordField(
        "dek",
        STRING,
        _text("dek"),
        reads=("Article.dek", "Dek.text"),
        meaning="the standfirst, or `null`",
    ),
    RecordField(
        "authors",
        ListOf(STRING),
        lambda article: list(article.authors),
        reads=("Article.byline", "Byline.authors"),
        meaning="the byline's names, in order",
    ),
    RecordField(
        "dateline",
        Struct(DATELINE_FIELDS),
        _dateline,
        reads=("Article.dateline",),
        meaning="the dateline's parts, or `null`",
    ),
    RecordField(
        "published",
        STRING,
        _time("published"),
        reads=("Article.published", "PublicationTime.value"),
        meaning="only where the text prints one: the publication time, ISO 8601 (a date, or "
        "a date and time, with a UTC offset when the text names a zone), `null` for a "
        "relative time",
        optional=True,
        guard="published",
    ),
    RecordField(
        "updated",
        STRING,
        _time("updated"),
        reads=("Article.updated",),
        meaning="only where the text prints one: the last update time, as `published`",
        optional=True,
        guard="updated",
    ),
    RecordField(
        "captions",
        ListOf(Struct(CAPTION_FIELDS)),
        lambda article: [make_record(item, CAPTION_FIELDS) for item in article.captions],
        reads=("Article.captions",),
        meaning="one object per distinct caption",
    ),
    RecordField(
        "body",
        ListOf(STRING),
        _texts("body"),
        reads=("Article.body", "Paragraph.text"),
        meaning="the body paragraphs, in order",
    ),
    RecordField(
        "comments",
        ListOf(Struct(COMMENT_FIELDS)),
        lambda article: [make_record(item, COMMENT_FIELDS) for item in article.comments],
        reads=("Article.comments",),
        meaning="the reader comments, in order",
    ),
    RecordField(
        "related",
        ListOf(STRING),
        _texts("related"),
        reads=("Article.related", "Related.text"),
        meaning="the related headlines listed before the article",
    ),
    RecordField(
        "boilerplate",
        ListOf(STRING),
        _texts("boilerplate"),
        reads=("Article.boilerplate", "Boilerplate.text"),
        meaning="residue lines, in order, once per occurrence",
    ),
)
"""The article fields whose record form is not the one `table` derives."""

ARTICLE_FIELDS = table(Article, *ARTICLE_OVERRIDES, omit_none=True)
"""The fields of an article record, in order."""

ORIGIN_FIELDS: tuple[RecordField, ...] = (
    RecordField(
        "source",
        STRING,
        lambda parsed: parsed.source,
        reads=(),
        meaning="the file the document came from, as given or found (`-` for standard input)",
    ),
    RecordField(
        "line",
        INT,
        lambda parsed: parsed.line,
        reads=(),
        meaning="JSON Lines only: the record's line in the file",
        optional=True,
    ),
    RecordField(
        "meta",
        STRING,
        lambda parsed: parsed.meta,
        reads=(),
        meaning="JSON Lines only: the record's fields other than the text field (in Parquet "
        "a JSON string)",
        optional=True,
    ),
)
"""Where a row's document came from (not model fields): first in every row."""

ERROR_FIELDS: tuple[RecordField, ...] = (
    RecordField("error", STRING, lambda e: e.kind.value, (), "error rows only: the error kind"),
    RecordField("message", STRING, lambda e: e.message, (), "error rows only: what went wrong"),
    RecordField(
        "offset",
        INT,
        lambda e: e.offset,
        (),
        "error rows only: the byte offset in the (decompressed) file, where known",
    ),
)
"""The fields of an error row besides its origin (null on other rows in Parquet)."""

DOCUMENT_FIELDS: tuple[RecordField, ...] = table(
    Document,
    RecordField(
        "articles",
        ListOf(Struct(ARTICLE_FIELDS)),
        lambda document: [make_record(item, ARTICLE_FIELDS) for item in document.articles],
        reads=("Document.articles",),
        meaning="the article records",
    ),
    RecordField(
        "boilerplate",
        ListOf(STRING),
        _texts("boilerplate"),
        reads=("Document.boilerplate",),
        meaning="residue between articles (separators, mastheads)",
    ),
)
"""The fields of a ``--per document`` row after its origin."""


def arrow_type(shape: Shape) -> pyarrow.DataType:
    """The Arrow type of a shape (needs pyarrow)."""
    import pyarrow as pa

    if isinstance(shape, Scalar):
        return getattr(pa, {"bool": "bool_"}.get(shape.name, shape.name))()
    if isinstance(shape, ListOf):
        return pa.list_(arrow_type(shape.item))
    return pa.struct([(item.key, arrow_type(item.shape)) for item in shape.fields])


def _describe(item: RecordField) -> str:
    shape = item.shape.item if isinstance(item.shape, ListOf) else item.shape
    if isinstance(shape, Struct):
        keys = ", ".join(f"`{sub.key}`" for sub in shape.fields)
        return f"{item.meaning}: {keys}"
    return item.meaning


def field_list(fields: tuple[RecordField, ...] = ORIGIN_FIELDS + ARTICLE_FIELDS) -> str:
    """The docs' table of record fields (a Markdown table), made from the field table.

    ``python -m corpusparse.formats.fields`` prints it; ``tests/test_fields.py`` checks
    that the command-line page holds it as it is.
    """
    rows = ["| field | meaning |", "| --- | --- |"]
    rows += [f"| `{item.key}` | {_describe(item)} |" for item in fields]
    return "\n".join(rows)


def _walk(table: tuple[RecordField, ...]) -> Iterator[RecordField]:
    for item in table:
        yield item
        shape = item.shape.item if isinstance(item.shape, ListOf) else item.shape
        if isinstance(shape, Struct):
            yield from _walk(shape.fields)


def accounted_fields() -> dict[str, str]:
    """Every model field some output holds or `LEFT_OUT` names: ``Class.field`` -> where."""
    found = dict.fromkeys(LEFT_OUT, "left out")
    for fields in (ARTICLE_FIELDS, DOCUMENT_FIELDS):
        for item in _walk(fields):
            found.update(dict.fromkeys(item.reads, item.key))
    return found


_TABLES.update({Article: ARTICLE_FIELDS, Caption: CAPTION_FIELDS, Comment: COMMENT_FIELDS})
_TABLES.update({Dateline: DATELINE_FIELDS, Document: DOCUMENT_FIELDS})

if __name__ == "__main__":  # pragma: no cover
    print(field_list())
