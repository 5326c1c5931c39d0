"""Photo credits and captions."""

from __future__ import annotations

from corpusparse.model import Caption, Span
from corpusparse.parsing.dates import find_full_date
from corpusparse.parsing.patterns import (
    BRACKETED_CREDIT,
    CAPTION_OPENING,
    CREDIT_LABEL,
    CREDIT_LINE,
    IMAGE_SOURCE,
    TRAILING_LABELLED_CREDIT,
    TRAILING_PIPE_CREDIT,
    TRAILING_SLASH_CREDIT,
    time_limit,
)
from corpusparse.parsing.readers.common import _has_fold_alike, may_contain
from corpusparse.parsing.vocabulary import AGENCIES

__all__ = [
    "is_caption_shaped",
    "is_photo_credit",
    "read_caption",
    "read_credit",
    "read_credit_line",
]

_PHOTO_WORDS = ("photo", "foto", "bild", "image", "getty", "shutterstock", "istock", "credit")


def is_photo_credit(credit: str) -> bool:
    """Whether a credit names a photo: a photo word (``Getty``...) or an agency after ``/``."""
    folded = credit.casefold()
    if any(word in folded for word in _PHOTO_WORDS):
        return True
    if "/" in folded:
        return any(part.strip() in AGENCIES for part in folded.split("/"))
    return False


def _strip_label(credit: str) -> str:
    label = CREDIT_LABEL.match(credit)
    if label is not None:
        credit = credit[label.end() :]
    return credit.strip()


_CREDIT_TAIL = 200
"""Credits at the end of a caption are short: only this many last characters are searched."""


def _has_by(text: str) -> bool:
    """``" by " in text.casefold()``, without folding: only ``b``, ``B``, ``y`` and ``Y``
    fold to ``b`` or ``y`` followed by a space."""
    return " by " in text or " By " in text or " BY " in text or " bY " in text


_CREDIT_LABEL_WORDS = ("photo", "foto:", "bild:", "image:", "credit:", "picture:")
"""One of these opens every credit `TRAILING_LABELLED_CREDIT` finds."""

_SLASH_AGENCIES = ("AP", "AFP", "EPA", "REUTERS", "Reuters")
"""One of these opens every credit `TRAILING_SLASH_CREDIT` finds."""


def _inline_credit(text: str, *, any_bracket: bool) -> str | None:
    text = text[-_CREDIT_TAIL:]
    if text.endswith((")", "]")):
        # The credit holds no bracket: a match can only open at the last one.
        opening = max(text.rfind("("), text.rfind("["))
        match = BRACKETED_CREDIT.match(text, opening) if opening >= 0 else None
        if match is not None:
            credit = match["credit"].strip()
            if any_bracket or is_photo_credit(credit):
                return _strip_label(credit) or None
    if (":" in text or _has_by(text)) and may_contain(text, _CREDIT_LABEL_WORDS):
        match = TRAILING_LABELLED_CREDIT.search(text, timeout=time_limit(text))
        if match is not None:
            return _strip_label(match["credit"]) or None
    if "|" in text:
        match = TRAILING_PIPE_CREDIT.search(text, timeout=time_limit(text))
        if match is not None and is_photo_credit(match["credit"]):
            return _strip_label(match["credit"]) or None
    if "/" in text and any(agency in text for agency in _SLASH_AGENCIES):
        match = TRAILING_SLASH_CREDIT.search(text, timeout=time_limit(text))
        if match is not None:
            return match["credit"].strip()
    return None


def read_credit(text: str) -> str | None:
    """The photo credit at the end of a caption, without its label or brackets.

    Reads ``(Photo by A / AFP)``, ``[Photo: A]``, ``... | Getty Images``,
    ``... Photo: A/AFP`` and ``... REUTERS/A``.
    """
    return _inline_credit(text, any_bracket=True)


_CAPTION_OPENERS = (
    "Image",
    "Caption",
    "Pictured",
    "Bildunterschrift",
    "Légende",
    "Pie",
    "FILE",
    "TOPSHOT",
    "PHOTO",
)
"""The words a `CAPTION_OPENING` starts with."""


def is_caption_shaped(text: str) -> bool:
    """Whether a line printed once is a caption: a caption opening or a photo credit."""
    if len(text) < 12:
        return False
    if text.startswith(_CAPTION_OPENERS) and CAPTION_OPENING.match(text, timeout=time_limit(text)):
        return True
    return _inline_credit(text, any_bracket=False) is not None


_CREDIT_LINE_LABELS = ("photo", "foto:", "bild:", "image", "credit", "picture", "crédit")
"""What a labelled `CREDIT_LINE` opens with, lower-cased."""

_CREDIT_LINE_AGENCIES = ("AP", "AFP", "EPA", "REUTERS", "Reuters")
"""What an agency `CREDIT_LINE` (``AP Photo/A``) opens with."""


def _may_be_credit_line(text: str) -> bool:
    """A cheap test that `CREDIT_LINE` may match: how the credit opens, or a stock agency in it
    (``Getty``, ``Shutterstock``, ``iStock``).

    The opening bracket is optional; an opening holding ``İ`` (``i`` to the
    pattern) or another of `_FOLD_ALIKES` is left to the pattern.
    """
    body = text[1:] if text.startswith("(") else text
    opening = body[:12]
    return (
        opening.lower().startswith(_CREDIT_LINE_LABELS)
        or body.startswith(_CREDIT_LINE_AGENCIES)
        or "Getty" in text
        or "Shutterstock" in text
        or "iStock" in text
        or _has_fold_alike(opening)
    )


def read_credit_line(text: str) -> str | None:
    """The credit of a line that holds a photo credit alone, without its label.

    Example: ``Photo: Ann Lee/AFP`` -> ``Ann Lee/AFP``; ``(Getty Images)`` -> ``Getty Images``.
    """
    if len(text) > 100 or (text.endswith(".") and not text.endswith("Inc.")):
        return None
    if not _may_be_credit_line(text):
        return None
    match = CREDIT_LINE.fullmatch(text)
    if match is None:
        return None
    if text.startswith("(") != text.endswith(")"):
        return None
    return _strip_label(match["credit"]) or None


def is_image_source(text: str) -> bool:
    """Whether a credit line is the BBC's ``Image source, X`` (its caption follows)."""
    return text[:1] in "iI\u0130" and IMAGE_SOURCE.match(text) is not None


def read_caption(text: str, span: Span, credit: str | None = None) -> Caption:
    """A caption with its credit and the date the photo was taken.

    ``credit`` is the credit printed on a line of its own next to the caption;
    without it the credit is read from the caption line itself.
    """
    return Caption(
        text=text,
        credit=credit if credit is not None else read_credit(text),
        date=find_full_date(text),
        spans=(span,),
    )
