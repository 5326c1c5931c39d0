"""How a model becomes a record: value shapes, record fields, tables derived from models."""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import re
import types
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs
from attrs import frozen

from corpusparse.model import Span

__all__ = ["LEFT_OUT", "ListOf", "RecordField", "Scalar", "Shape", "Struct", "make_record", "table"]


@frozen
class Scalar:
    """A single value: ``string``, ``int64``, ``bool`` or ``float64``.

    Attributes:
        name: The Arrow type's name.
    """

    name: str


@frozen
class ListOf:
    """A list (a JSON array, an Arrow list) of one shape.

    Attributes:
        item: The shape of each item.
    """

    item: Shape


@frozen
class Struct:
    """An object (an Arrow struct) with the fields of a table.

    Attributes:
        fields: Its fields, in order.
    """

    fields: tuple[RecordField, ...]


Shape = Scalar | ListOf | Struct
"""What a record field holds, for the Arrow schema and the docs."""

STRING, INT = Scalar("string"), Scalar("int64")


@frozen
class RecordField:
    """One field of a record: its key, its shape, how it is read, what it means.

    Attributes:
        key: The key in the JSON record and the column (or struct field) in Parquet.
        shape: What it holds.
        get: Reads the field's JSON-ready value off the model object.
        reads: The model fields it stands for, as ``Class.field``.
        meaning: A phrase for the docs' field list.
        optional: Left out of the JSON record when its value is ``None`` (or,
            with ``guard``, when that attribute of the model object is).
        guard: The attribute whose ``None`` leaves an optional field out.
    """

    key: str
    shape: Shape
    get: Callable[[Any], Any] = attrs.field(eq=False, repr=False)
    reads: tuple[str, ...]
    meaning: str
    optional: bool = False
    guard: str = ""


def make_record(obj: object, fields: tuple[RecordField, ...]) -> dict[str, Any]:
    """The JSON-ready record of ``obj`` by a table of fields."""
    record: dict[str, Any] = {}
    for item in fields:
        if item.optional and item.guard and getattr(obj, item.guard) is None:
            continue
        value = item.get(obj)
        if value is not None or not item.optional or item.guard:
            record[item.key] = value
    return record


def _plain(value: Any) -> Any:
    """A model value made JSON-ready, by the rules of derived fields."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, dt.date):  # dt.datetime too
        return value.isoformat()
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return make_record(value, _derived_table(type(value)))
    raise TypeError(f"no record form for {type(value).__name__}")  # pragma: no cover


def _meanings(cls: type) -> dict[str, str]:
    """The ``Attributes:`` section of a class docstring, by attribute name."""
    doc = inspect.getdoc(cls) or ""
    found: dict[str, str] = {}
    section = doc.partition("Attributes:\n")[2]
    name = None
    for line in section.splitlines():
        match = re.match(r"    (\w+): (.*)", line)
        if match:
            name = match.group(1)
            found[name] = match.group(2).strip()
        elif name is not None and line.startswith("        "):
            found[name] += " " + line.strip()
        elif line.strip():
            break
    return {
        key: value.replace("``None``", "`null`").replace("``", "`").removesuffix(".")
        for key, value in found.items()
    }


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _shape_of(hint: Any) -> tuple[Shape, bool]:
    """The shape of a type annotation, and whether it allows ``None``."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        members = [member for member in typing.get_args(hint) if member is not type(None)]
        nullable = len(members) < len(typing.get_args(hint))
        if all(isinstance(m, type) and issubclass(m, dt.date) for m in members):
            return STRING, nullable
        shape, _ = _shape_of(members[0])
        return shape, nullable
    if origin is tuple:
        return ListOf(_shape_of(typing.get_args(hint)[0])[0]), False
    if hint is Span:
        return ListOf(INT), False
    if isinstance(hint, type) and issubclass(hint, enum.Enum | str | dt.date):
        return STRING, False
    if hint is bool:
        return Scalar("bool"), False
    if hint is int:
        return INT, False
    if hint is float:
        return Scalar("float64"), False
    if isinstance(hint, type) and attrs.has(hint):
        return Struct(_derived_table(hint)), False
    raise TypeError(f"no record shape for {hint!r}")  # pragma: no cover


def _derived(cls: type, name: str, *, omit_none: bool = False) -> RecordField:
    """The record field a model field makes by itself."""
    shape, nullable = _shape_of(_hints(cls)[name])
    key = "lines" if name == "span" else name
    meaning = _meanings(cls).get(name, name)
    meaning = meaning[:1].lower() + meaning[1:] if meaning[1:2].islower() else meaning
    optional = omit_none and nullable
    if optional:
        meaning = "only where set: " + meaning.removesuffix(", or `null`")
    return RecordField(
        key,
        shape,
        lambda obj: _plain(getattr(obj, name)),
        reads=(f"{cls.__name__}.{name}",),
        meaning=meaning,
        optional=optional,
        guard=name if optional else "",
    )


def table(cls: type, *overrides: RecordField, omit_none: bool = False) -> tuple[RecordField, ...]:
    """The fields of ``cls``: every field of the model, in model order, made by
    `_derived` unless an override reads it or `LEFT_OUT` names it; the overrides
    in their own order, each where the first model field it reads stands."""
    prefix = f"{cls.__name__}."
    pending = list(overrides)
    out: list[RecordField] = []
    for attribute in attrs.fields(cls):
        name = prefix + attribute.name
        owner = next((i for i, item in enumerate(pending) if name in item.reads), None)
        if owner is not None:
            out += pending[: owner + 1]
            del pending[: owner + 1]
        elif name not in LEFT_OUT and not any(name in item.reads for item in out):
            out.append(_derived(cls, attribute.name, omit_none=omit_none))
    return (*out, *pending)


_TABLES: dict[type, tuple[RecordField, ...]] = {}
"""The tables with overrides, by model class (filled below)."""


def _derived_table(cls: type) -> tuple[RecordField, ...]:
    """The table of ``cls``: its own with overrides, or one derived (and remembered)."""
    found = _TABLES.get(cls)
    if found is None:
        found = _TABLES[cls] = table(cls)
    return found


LEFT_OUT: dict[str, str] = {
    "Headline.span": "a position: the model form (`to_json`) has it",
    "Headline.repeats": "positions: the model form (`to_json`) has them",
    "Dek.span": "a position",
    "Section.span": "a position",
    "Byline.text": "the line as printed: the record has its names (`authors`)",
    "Byline.span": "a position",
    "Dateline.text": "the opening as printed: the record has `place` and `agency`",
    "Dateline.span": "a position: the line of the first body paragraph",
    "PublicationTime.text": "the time as printed: the record has its reading",
    "PublicationTime.span": "a position",
    "Timestamp.text": "the time as printed: the record has its reading (`posted`)",
    "Paragraph.span": "a position",
    "Pingback.span": "a position",
    "Related.span": "a position",
    "Boilerplate.kind": "`corpusparse show` and the model form have it",
    "Boilerplate.span": "a position",
    "Document.source": "the input text itself, not copied into the rows",
}
"""The model fields no record holds, each with the reason."""
