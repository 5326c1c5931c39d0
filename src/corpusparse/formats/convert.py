"""Stage 5 of the pipeline: models to JSON and back, and the flat article record.

Two JSON forms:

* the *model* form, made by one module-level cattrs `converter`: every field,
  spans included, dates as ISO strings; ``from_json(to_json(x), type(x)) == x``;
* the *record* form of an article (`article_record`): the flat object with the
  field names of the gold files, which the command line prints.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

from corpusparse.formats.fields import ARTICLE_FIELDS, make_record
from corpusparse.model import Article, Span

__all__ = ["article_record", "converter", "from_json", "to_json"]

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=True)
"""The one converter between models and JSON-ready Python data."""

converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
converter.register_structure_hook(dt.datetime, lambda value, _: dt.datetime.fromisoformat(value))
converter.register_unstructure_hook(dt.date, dt.date.isoformat)
converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])


def _structure_time_value(value: Any, _: object) -> dt.datetime | dt.date | None:
    if value is None:
        return None
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


converter.register_structure_hook_func(
    lambda cls: cls == (dt.datetime | dt.date | None), _structure_time_value
)
converter.register_structure_hook(Span, lambda value, _: Span(*value))


def to_json(obj: object) -> str:
    """The model form of any model object (or tuple of them) as a JSON string.

    Every field is written, spans included; dates and times as ISO 8601 strings.

    Examples:
        >>> from corpusparse import Span, Paragraph
        >>> to_json(Paragraph("It rained.", span=Span(3, 3)))
        '{"text": "It rained.", "span": [3, 3]}'
    """
    return json.dumps(converter.unstructure(obj), ensure_ascii=False)


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Rebuild a model object of type ``cls`` from `to_json` output.

    Args:
        data: The JSON text.
        cls: The model class to build, such as `Article` or `Document`.

    Returns:
        An object equal to the one that was written.

    Raises:
        json.JSONDecodeError: ``data`` is not JSON.
        cattrs.errors.ClassValidationError: ``data`` does not describe a ``cls``.

    Examples:
        >>> from corpusparse import Paragraph
        >>> from_json('{"text": "It rained.", "span": [3, 3]}', Paragraph)
        Paragraph(text='It rained.', span=Span(start=3, end=3))
    """
    return converter.structure(json.loads(data), cls)


def article_record(article: Article) -> dict[str, Any]:
    """The flat JSON-ready record of one article, with the gold field names.

    The fields and their order come from `corpusparse.formats.fields.ARTICLE_FIELDS`,
    which derives them from `Article`. ``site`` is present only when a page
    prints a site name with the headline; ``published`` and ``updated`` only
    when the article prints such a time: ISO 8601 (a date, or a date and time
    with a UTC offset when the text names a zone), or ``None`` for a relative
    time; ``trailer`` only when the article ends with a wire trailer.

    Examples:
        >>> from corpusparse import parse
        >>> record = article_record(parse("Rain\\n\\nIt rained.").articles[0])
        >>> record["headline"], record["body"], record["lines"]
        ('Rain', ['It rained.'], [1, 3])
    """
    return make_record(article, ARTICLE_FIELDS)
