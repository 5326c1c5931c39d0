"""Parsing a Hugging Face dataset with ``Dataset.map`` (``pip install 'corpusparse[datasets]'``).

`parse_batch` is a batched map function, module-level so that ``num_proc``
works; `features` gives the ``datasets.Features`` of what it returns, made
from the same field table (`corpusparse.formats.fields`) as the JSON Lines and Parquet
outputs of ``corpusparse parse``; `parse_dataset` calls ``map`` with both.

The columns of the result are the input's columns but the text column (their
values repeated for each article), then the record's fields, then ``error``
and ``message``:

* ``per="article"`` (the default): one row per article, its columns the
  fields of `corpusparse.article_record` (``headline``, ``dek``, ``authors``,
  ``published``, ``body``, ``comments``, ...; a field the JSON record leaves
  out is null, as in Parquet). A record with no article gives no row, as in
  the command's output. Since the number of rows changes, ``map`` needs
  ``remove_columns=dataset.column_names`` (`parse_dataset` passes it);
* ``per="document"``: one row per input row, its columns ``articles`` (a
  list of article records), ``boilerplate`` and ``defects``.

A row whose text is not a string (null, a number), or that fails in strict
mode, gives one row with ``error`` (``no_text``, ``defect``,
``parser_failure``) and ``message`` set and the record's columns null; on
every other row those two are null. Nothing raises during the map.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

try:
    import datasets
except ModuleNotFoundError as error:  # pragma: no cover
    raise ModuleNotFoundError(
        f"{error.msg}: corpusparse.integrations.datasets needs datasets "
        "(pip install 'corpusparse[datasets]')",
        name=error.name,
    ) from error

from corpusparse.corpus import InputError
from corpusparse.formats.fields import ListOf, RecordField, Scalar, Shape, make_record
from corpusparse.integrations import (
    RESULT_ERROR_FIELDS,
    article_fields,
    document_fields,
    parse_text,
)

if TYPE_CHECKING:  # pragma: no cover
    from datasets.features.features import FeatureType

__all__ = ["feature", "features", "parse_batch", "parse_dataset"]

Per = Literal["article", "document"]
"""What one output row stands for: an article, or an input row."""


def feature(shape: Shape) -> FeatureType:
    """The ``datasets`` feature of a field table shape.

    Examples:
        >>> feature(ListOf(Scalar("string")))
        List(Value('string'))
    """
    if isinstance(shape, Scalar):
        return datasets.Value(shape.name)
    if isinstance(shape, ListOf):
        return datasets.List(feature(shape.item))
    return {item.key: feature(item.shape) for item in shape.fields}


@functools.lru_cache(maxsize=32)
def _table(per: Per, fields: tuple[str, ...] | None) -> tuple[RecordField, ...]:
    if per not in ("article", "document"):
        raise ValueError(f"per must be 'article' or 'document', not {per!r}")
    chosen = article_fields(fields)
    return chosen if per == "article" else document_fields(chosen)


def _key(fields: Iterable[str] | None) -> tuple[str, ...] | None:
    if fields is None:
        return None
    return (fields,) if isinstance(fields, str) else tuple(fields)


def features(
    input_features: datasets.Features | None = None,
    *,
    text_column: str = "text",
    per: Per = "article",
    fields: Sequence[str] | None = None,
) -> datasets.Features:
    """The ``datasets.Features`` of what `parse_batch` returns.

    Args:
        input_features: The dataset's features (``dataset.features``): their
            columns but ``text_column`` come first. ``None``: none.
        text_column: The column that holds the text.
        per: ``article`` or ``document`` (see the module).
        fields: The article fields to keep; ``None`` keeps them all.

    Raises:
        ValueError: An input column has the name of an output column, a field
            is not an article field, or ``per`` is unknown.

    Examples:
        >>> list(features(per="document"))
        ['articles', 'boilerplate', 'defects', 'error', 'message']
    """
    table = _table(per, _key(fields))
    own = {item.key: feature(item.shape) for item in table + RESULT_ERROR_FIELDS}
    kept = {k: v for k, v in (input_features or {}).items() if k != text_column}
    clash = sorted(set(kept) & set(own))
    if clash:
        raise ValueError(
            f"input column {', '.join(map(repr, clash))} has the name of an output column; "
            "rename it first (dataset.rename_column)"
        )
    return datasets.Features({**kept, **own})


def parse_batch(
    batch: dict[str, list[Any]],
    *,
    text_column: str = "text",
    per: Per = "article",
    strict: bool = False,
    fields: Sequence[str] | None = None,
) -> dict[str, list[Any]]:
    """Parse a batch of ``Dataset.map(..., batched=True)``: columns in, columns out.

    Args:
        batch: The batch, column name to values.
        text_column: The column that holds the text.
        per: ``article``: a row per article; ``document``: a row per input row.
        strict: A text with a defect is an error row (``defect``).
        fields: The article fields to keep; ``None`` keeps them all.

    Returns:
        The columns of `features`, in its order: the input's other columns,
        the record's, ``error`` and ``message``.

    Examples:
        >>> out = parse_batch({"id": [1, 2], "text": ["Rain\\n\\nIt rained.", None]},
        ...                   fields=["headline", "body"])
        >>> out
        {'id': [1, 2], 'headline': ['Rain', None], 'body': [['It rained.'], None], \
'error': [None, 'no_text'], 'message': [None, "column 'text' is null"]}
    """
    table = _table(per, _key(fields))
    if text_column in batch:
        texts = batch[text_column]
    else:
        texts = [None] * (len(next(iter(batch.values()))) if batch else 0)
    what = f"column {text_column!r}"
    others = [name for name in batch if name != text_column]
    records: list[tuple[int, dict[str, Any] | None, InputError | None]] = []
    for row, text in enumerate(texts):
        parsed = parse_text(text, strict=strict, what=what)
        if isinstance(parsed, InputError):
            records.append((row, None, parsed))
        elif per == "document":
            records.append((row, make_record(parsed, table), None))
        else:
            records += [(row, make_record(item, table), None) for item in parsed.articles]
    out: dict[str, list[Any]] = {
        name: [batch[name][row] for row, _, _ in records] for name in others
    }
    for item in table:
        out[item.key] = [None if rec is None else rec.get(item.key) for _, rec, _ in records]
    for item in RESULT_ERROR_FIELDS:
        out[item.key] = [None if err is None else item.get(err) for _, _, err in records]
    return out


def _parse_table(batch: dict[str, list[Any]], *, schema: Any, **options: Any) -> Any:
    """`parse_batch` as a ``pyarrow.Table`` of ``schema``: ``map`` writes it as it is.

    Built once per batch, column by column, it spares ``map`` its own
    conversion of the columns (their types inferred, then cast to the features).
    """
    import pyarrow

    return pyarrow.Table.from_pydict(parse_batch(batch, **options), schema=schema)


def parse_dataset(
    dataset: datasets.Dataset,
    *,
    text_column: str = "text",
    per: Per = "article",
    strict: bool = False,
    fields: Sequence[str] | None = None,
    num_proc: int | None = None,
    batch_size: int = 64,
    **map_options: Any,
) -> datasets.Dataset:
    """``dataset.map(parse_batch, batched=True, ...)`` with the matching features.

    Args:
        dataset: The dataset to parse.
        text_column: The column that holds the text.
        per: ``article`` (a row per article) or ``document`` (a row per input row).
        strict: A text with a defect is an error row (``defect``).
        fields: The article fields to keep; ``None`` keeps them all.
        num_proc: Processes to map on (``None``: this one).
        batch_size: Rows per batch.
        map_options: Passed on to ``Dataset.map`` (``desc``, ``load_from_cache_file``, ...).

    Returns:
        The parsed dataset, with the columns of `features`.
    """
    output = features(dataset.features, text_column=text_column, per=per, fields=fields)
    options = {"text_column": text_column, "per": per, "strict": strict, "fields": fields}
    return dataset.map(
        _parse_table,
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        fn_kwargs={**options, "schema": output.arrow_schema},
        remove_columns=dataset.column_names,
        features=output,
        **map_options,
    )
