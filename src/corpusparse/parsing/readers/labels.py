"""Byline labels (`By`, `Von`, `Written by:`) and what bylines carry beside names.

Places, agencies and e-mail addresses.
"""

from __future__ import annotations

from corpusparse.parsing.patterns import NAME_IN_PLACE
from corpusparse.parsing.readers.common import _BLANKS
from corpusparse.parsing.readers.names import _PLACE_WORDS
from corpusparse.parsing.vocabulary import (
    AGENCIES,
    BYLINE_COLON_LABELS,
    BYLINE_GLUED_LABELS,
    BYLINE_LABELS,
)

__all__ = []


def _labels_by_initial() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for label in sorted(set(BYLINE_LABELS) | BYLINE_COLON_LABELS, key=len, reverse=True):
        table.setdefault(label[:1], []).append(label)
    return {initial: tuple(labels) for initial, labels in table.items()}


_LABELS_BY_INITIAL = _labels_by_initial()
"""`BYLINE_LABELS` by first letter, longest first (``written by`` before ``written``)."""

_BARE_LABELS = frozenset(BYLINE_LABELS)


def is_byline_label(text: str) -> bool:
    """Whether ``text`` is a byline label printed alone (``By``, ``Written by:``, ``Autor``).

    Examples:
        >>> is_byline_label("Written by:")
        True
        >>> is_byline_label("Bylines")
        False
    """
    return text.strip(_BLANKS + "•·|").rstrip(_BLANKS + ":").lower() in _BARE_LABELS


def _byline_label_end(text: str) -> int | None:
    """Where the names start after the byline label ``text`` opens with, if any.

    The label is followed by white space, a colon, or (``ByAnn Lee``) directly by
    a capital when it ends in ``by``, ``von``, ``por`` or ``par`` and is not
    printed in capitals.
    """
    labels = _LABELS_BY_INITIAL.get(text[:1].lower())
    if labels is None:
        return None
    for label in labels:
        size = len(label)
        printed = text[:size]
        if printed.lower() != label:
            continue
        rest = text[size:]
        after = rest.lstrip(_BLANKS)
        if after.startswith(":"):
            names = after[1:].lstrip(_BLANKS)
            return len(text) - len(names) if names else None
        if label in BYLINE_COLON_LABELS:
            continue
        if len(after) < len(rest):
            return len(text) - len(after) if after else None
        if after[:1].isupper() and label.endswith(BYLINE_GLUED_LABELS) and not printed.isupper():
            return size
    return None


def _strip_place(text: str) -> str:
    """``Associated Press in Lima`` -> ``Associated Press``; brackets dropped."""
    text = text.strip().strip("()").strip()
    if " " in text and not _PLACE_WORDS.isdisjoint(text.split()):
        placed = NAME_IN_PLACE.fullmatch(text)
        if placed is not None:
            return placed["name"].strip()
    return text


def _is_agency(text: str) -> bool:
    """Whether ``text`` names a news agency alone (``Reuters``, ``AP in Lima``, ``(AFP)``)."""
    return len(text) <= 60 and _strip_place(text).casefold() in AGENCIES


def _drop_email(text: str) -> str:
    """A byline without the e-mail address or handle printed after the names
    (``Ann Lee ann@example.org``, ``Ann Lee@annlee``)."""
    if "@" not in text:
        return text
    words = text.split()
    while words and "@" in words[-1]:
        before = words.pop().split("@", 1)[0]
        if before[:1].isupper():
            words.append(before)
            break
    return " ".join(words)
