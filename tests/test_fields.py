"""One field table drives every output: the models, the JSON rows, Parquet and the docs agree."""

from __future__ import annotations

import datetime as dt
import json
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

from corpusparse import model as models
from corpusparse.corpus import ParsedDocument
from corpusparse.corpus.output import ParquetWriter, article_rows, document_row, encode_row
from corpusparse.formats import fields
from corpusparse.formats.fields import ARTICLE_FIELDS, DOCUMENT_FIELDS, ListOf, RecordField, Struct
from corpusparse.model import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Defect,
    DefectKind,
    Dek,
    Document,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Span,
    Timestamp,
    Trailer,
)

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _model_classes() -> set[type]:
    """Every attrs class reachable from `Document` through field annotations.

    `Span` is a position, written as ``[first, last]`` wherever it is kept.
    """
    found: set[type] = set()
    todo: list[Any] = [Document]
    while todo:
        hint = todo.pop()
        if isinstance(hint, type) and attrs.has(hint):
            if hint in found or hint is Span:
                continue
            found.add(hint)
            todo += typing.get_type_hints(hint).values()
        else:
            todo += typing.get_args(hint)
    return found


def test_every_model_field_reaches_the_rows_or_is_left_out_with_a_reason() -> None:
    accounted = fields.accounted_fields()
    classes = _model_classes()
    assert {Article, Comment, Trailer, Headline, Timestamp, Defect} <= classes
    for cls in classes:
        for attribute in attrs.fields(cls):
            name = f"{cls.__name__}.{attribute.name}"
            assert name in accounted, (
                f"{name} reaches no output: add it to corpusparse.formats.fields"
            )
    real = {f"{cls.__name__}.{a.name}" for cls in classes for a in attrs.fields(cls)}
    assert set(accounted) <= real, set(accounted) - real
    assert all(reason for reason in fields.LEFT_OUT.values())


def test_a_new_article_field_is_picked_up_without_a_change() -> None:
    @attrs.frozen
    class Article(models.Article):  # the name the overrides read
        region: str | None = attrs.field(default=None, kw_only=True)

    table = fields.table(Article, *fields.ARTICLE_OVERRIDES, omit_none=True)
    keys = [item.key for item in table]
    assert keys == [item.key for item in ARTICLE_FIELDS] + ["region"]
    added = table[-1]
    assert (added.shape, added.optional) == (fields.STRING, True)
    assert fields.make_record(Article(region="North"), table)["region"] == "North"
    assert "region" not in fields.make_record(Article(), table)


def _rich_document() -> Document:
    """A document that fills every field of every model."""
    when = dt.datetime(2024, 3, 4, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    article = Article(
        headline=Headline("Storm hits", span=Span(2, 2), repeats=(Span(5, 5),), site="Daily"),
        dek=Dek("Power is out.", span=Span(3, 3)),
        byline=Byline(("Ann Lee", "Bo Chan"), "By Ann Lee and Bo Chan", span=Span(4, 4)),
        dateline=Dateline("MIAMI", "AP", "MIAMI (AP) — ", span=Span(8, 8)),
        published=PublicationTime("March 4, 2024 10:32 AM EST", when, span=Span(6, 6)),
        updated=PublicationTime("March 5, 2024", dt.date(2024, 3, 5), span=Span(7, 7)),
        captions=(
            Caption("Waves (AP)", "AP", dt.date(2024, 3, 3), 2, spans=(Span(9, 9), Span(10, 10))),
        ),
        body=(Paragraph("A storm hit.", span=Span(8, 8)),),
        comments=(
            Comment("pepper", Timestamp("March 4, 2024", when), "Great.", span=Span(13, 15)),
            Comment("salt", None, "@pepper No.", reply_to="pepper", span=Span(16, 17)),
        ),
        pingbacks=(Pingback("Storm roundup", "Weather Blog", span=Span(18, 18)),),
        related=(Related("Rain returns", span=Span(1, 1)),),
        boilerplate=(Boilerplate("TT", BoilerplateKind.WIDGET, span=Span(12, 12)),),
        trailer=Trailer("(Reporting by Cy Dorn)", ("Cy Dorn",), span=Span(11, 11)),
        section=Section("Weather", span=Span(1, 1)),
        span=Span(1, 18),
    )
    return Document(
        articles=(article, Article(headline=Headline("Next"), span=Span(21, 21))),
        boilerplate=(Boilerplate("* * *", BoilerplateKind.SEPARATOR, span=Span(20, 20)),),
        defects=(Defect(DefectKind.MISSING_HEADLINE, 21, "none"),),
    )


def _filled(record: Any, table: tuple[RecordField, ...], path: str = "") -> dict[str, bool]:
    """Every key path of ``table``, and whether some item of ``record`` fills it."""
    found: dict[str, bool] = {}
    for item in table:
        value = record.get(item.key)
        found[path + item.key] = found.get(path + item.key, False) or value not in (None, [])
        shape = item.shape.item if isinstance(item.shape, ListOf) else item.shape
        if isinstance(shape, Struct):
            for sub in value if isinstance(value, list) else [value or {}]:
                for key, filled in _filled(sub, shape.fields, f"{path}{item.key}.").items():
                    found[key] = found.get(key, False) or filled
    return found


def _parquet_rows(tmp_path: Path, rows: list[dict[str, Any]], per: Any) -> list[dict[str, Any]]:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / f"{per}.parquet"
    writer = ParquetWriter(path, per=per)
    for row in rows:
        writer.write(row)
    writer.close()
    out: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return out


def test_the_rich_document_fills_every_record_field() -> None:
    record = fields.make_record(_rich_document().articles[0], ARTICLE_FIELDS)
    filled = _filled(record, ARTICLE_FIELDS)
    assert len(filled) > 30
    assert [key for key, value in filled.items() if not value] == []


@pytest.mark.parametrize("per", ["article", "document"])
def test_json_rows_equal_parquet_rows_key_by_key(tmp_path: Path, per: str) -> None:
    parsed = ParsedDocument(_rich_document(), "a.jsonl", 3, {"id": "x", "url": "https://e.x/1"})
    rows = article_rows(parsed) if per == "article" else [document_row(parsed)]
    json_rows = [json.loads(encode_row(row)) for row in rows]
    parquet_rows = _parquet_rows(tmp_path, rows, per)
    assert len(parquet_rows) == len(json_rows)
    errors = {"error", "message", "offset"}
    for json_row, parquet_row in zip(json_rows, parquet_rows, strict=True):
        optional = (
            {item.key for item in ARTICLE_FIELDS if item.optional} if per == "article" else set()
        )
        assert set(parquet_row) == set(json_row) | errors | optional
        for key, value in parquet_row.items():
            got = json.loads(value) if key == "meta" else value
            assert got == _with_nulls(json_row.get(key), key, per), key
    if per == "article":
        first = json_rows[0]
        assert first["published"] == "2024-03-04T10:32:00-05:00"
        assert first["updated"] == "2024-03-05"
        assert first["site"] == "Daily"
        assert first["trailer"] == {
            "text": "(Reporting by Cy Dorn)",
            "names": ["Cy Dorn"],
            "lines": [11, 11],
        }
        assert first["comments"][1]["reply_to"] == "pepper"
        assert "trailer" not in json_rows[1]
        assert parquet_rows[1]["trailer"] is None


def _with_nulls(value: Any, key: str, per: str) -> Any:
    """A JSON value as Parquet gives it back: absent optional keys as nulls."""
    optional = [item.key for item in ARTICLE_FIELDS if item.optional]
    if per == "document" and key == "articles":
        return [{**dict.fromkeys(optional), **article} for article in value]
    return value


def test_document_rows_are_made_from_the_table() -> None:
    row = document_row(ParsedDocument(_rich_document(), "a.txt"))
    assert list(row) == ["source"] + [item.key for item in DOCUMENT_FIELDS]
    assert row["boilerplate"] == ["* * *"]
    assert row["defects"] == [{"kind": "missing_headline", "line": 21, "message": "none"}]


def test_the_cli_page_lists_the_fields_of_the_table() -> None:
    page = (DOCS / "cli.md").read_text("utf-8")
    assert fields.field_list() in page, (
        "docs/cli.md: paste the output of python -m corpusparse.formats.fields under Rows"
    )
