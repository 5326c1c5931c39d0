"""A griffe extension: the constructor signature of each attrs class, for the reference.

griffe writes no ``__init__`` for classes made by ``attrs`` (``@frozen``,
``@define``), so mkdocstrings would show ``Article`` with no signature at all.
This extension imports each class griffe visits; when ``attrs.has`` says it
is an attrs class, it adds the ``__init__`` that attrs generated: one
parameter per field that ``init`` takes, with the field's annotation as
written in the source, its default, and keyword-only fields after a ``*``.
With ``merge_init_into_class`` the signature then shows on the class heading.

mkdocs.yml loads it with ``extensions: [docs/griffe_attrs.py:AttrsInit]``
(a path from the repository root, where ``mkdocs build`` runs).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import attrs
from griffe import (
    Class,
    Extension,
    Function,
    Parameter,
    ParameterKind,
    Parameters,
    get_logger,
)

logger = get_logger("griffe_attrs")

# The parameter kinds, looked up by value: mypy reads this file as Python 3.10 (pyproject),
# where griffe's base class, enum.StrEnum (3.11), is unknown and its members read as str.
POSITIONAL_OR_KEYWORD = ParameterKind("positional or keyword")
KEYWORD_ONLY = ParameterKind("keyword-only")


def _runtime_class(cls: Class) -> Any:
    """The class object of ``cls``, or None when its module cannot be imported."""
    try:
        module = sys.modules.get(cls.module.path) or importlib.import_module(cls.module.path)
    except ImportError:
        return None
    obj: Any = module
    for name in cls.path[len(cls.module.path) + 1 :].split("."):
        obj = getattr(obj, name, None)
    return obj


def _default(value: Any, module: Any) -> str:
    """How a default reads in a signature: a constant of the module (or of its
    package) by its name, else its repr."""
    # attrs types Factory as a function (what it returns is the field's value), not a class.
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        factory = value.factory
        return f"{getattr(factory, '__name__', repr(factory))}()"
    package = sys.modules.get(module.__name__.rpartition(".")[0])
    for namespace in (module, package):
        for name, constant in vars(namespace or module).items():
            if name.isupper() and constant is value and not isinstance(value, (int, str)):
                return name
    return repr(value)


class AttrsInit(Extension):
    """Add the attrs-generated ``__init__`` to every attrs class griffe visits."""

    def on_class_members(self, *, cls: Class, **kwargs: Any) -> None:
        if "__init__" in cls.members:
            return
        runtime = _runtime_class(cls)
        if runtime is None or not isinstance(runtime, type) or not attrs.has(runtime):
            return
        module = sys.modules[runtime.__module__]
        parameters = [Parameter("self", kind=POSITIONAL_OR_KEYWORD)]
        for field in attrs.fields(runtime):
            if not field.init:
                continue
            member = cls.members.get(field.name)
            annotation = getattr(member, "annotation", None) or field.type
            kind = KEYWORD_ONLY if field.kw_only else POSITIONAL_OR_KEYWORD
            default = None if field.default is attrs.NOTHING else _default(field.default, module)
            parameters.append(
                Parameter(
                    field.alias or field.name, annotation=annotation, kind=kind, default=default
                )
            )
        init = Function("__init__", parameters=Parameters(*parameters), returns="None")
        init.parent = cls
        cls.set_member("__init__", init)
        logger.debug("attrs __init__ for %s", cls.path)
