"""Typed, immutable records for what a flattened news page holds.

Every element carries ``span``, the 1-based inclusive range of source lines it
came from. Spans take no part in equality, so a document rebuilt from its
rendering compares equal to the original however the lines moved.

The records are split by what they are: `spans` (`Span`, `line_offsets`),
`elements` (what an article prints), `document` (`Article`, `Document`) and
`defects`. Everything is importable from here.
"""

from __future__ import annotations

from corpusparse.model.defects import Defect, DefectKind
from corpusparse.model.document import Article, Document
from corpusparse.model.elements import (
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Dek,
    Element,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Timestamp,
    Trailer,
)
from corpusparse.model.spans import NOWHERE, HasSpan, Span, line_offsets

__all__ = [
    "NOWHERE",
    "Article",
    "Boilerplate",
    "BoilerplateKind",
    "Byline",
    "Caption",
    "Comment",
    "Dateline",
    "Defect",
    "DefectKind",
    "Dek",
    "Document",
    "Element",
    "HasSpan",
    "Headline",
    "Paragraph",
    "Pingback",
    "PublicationTime",
    "Related",
    "Section",
    "Span",
    "Timestamp",
    "Trailer",
    "line_offsets",
]
