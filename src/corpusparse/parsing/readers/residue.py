"""Separators, related-list headers, page residue, site names and legal lines."""

from __future__ import annotations

import functools

from corpusparse.model import BoilerplateKind
from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.patterns import (
    CLICK_TO_SHARE,
    COMMENT_COUNT,
    COMMENT_COUNTER,
    COMMENTS_SEPARATOR,
    CONSENT_NOTICE,
    CONSENT_OPENING,
    POST_FOOTER,
    PROMO_LINE,
    READING_TIME,
    READING_TIME_INITIALS,
    RESIDUE_PREFIX,
    SEPARATOR_LINE,
)
from corpusparse.parsing.readers.common import (
    _LINE_READINGS,
    READING_TIME_WORDS,
    _has_fold_alike,
    may_contain,
)
from corpusparse.parsing.vocabulary import (
    LEGAL_MARKS,
    RESIDUE_LINES,
    STOPWORDS,
    TAIL_RESIDUE_LINES,
    TRAILING_RESIDUE_BLOCK_HEADERS,
    residue_key,
)

__all__ = [
    "is_legal_line",
    "is_related_block_header",
    "is_separator",
    "read_residue",
    "read_site_suffix",
]

_SEPARATOR_OPENERS = frozenset("⁂*_=~#•·+-–—")
"""The characters a `SEPARATOR_LINE` can open with."""

_SEPARATOR_ENDS = _SEPARATOR_OPENERS | frozenset(" \t\u00a0")
"""The characters a `SEPARATOR_LINE` can end with: a rule character or a blank (a list
item opening with a bullet ends with a letter)."""


def is_separator(text: str) -> bool:
    """Whether a line is a rule between articles or sections (``* * *``, ``---``)."""
    return (
        len(text) <= 120
        and text[:1] in _SEPARATOR_OPENERS
        and text[-1] in _SEPARATOR_ENDS
        and SEPARATOR_LINE.fullmatch(text) is not None
    )


_HEADER_INITIALS = frozenset(key[:1] for key in TRAILING_RESIDUE_BLOCK_HEADERS)
"""The first characters of the related-list headers, as `residue_key` folds them."""


def is_related_block_header(text: str) -> bool:
    """Whether a line heads a related-posts or trending list (``Related Articles``)."""
    return (
        len(text) <= 60
        and text[:1].casefold()[:1] in _HEADER_INITIALS
        and residue_key(text) in TRAILING_RESIDUE_BLOCK_HEADERS
    )


_COUNT_STARTS = ("One", "No", "Two", "Three", "Comment", "comment", "Coment", "Kommentar")

_COUNT_INITIALS = frozenset(start[0] for start in _COUNT_STARTS)

_RESIDUE_PREFIX_INITIALS = frozenset("tTfFcCpPrRaAsSeEmMlL\u017f")
"""The characters a `RESIDUE_PREFIX` can open with (``Tags:``, ``Filed under:`` ...)."""

_POST_FOOTER_INITIALS = frozenset("tTyYbBpPcC")
"""The characters a `POST_FOOTER` can open with (``This entry was posted``, ``You can``...)."""

_POST_FOOTER_OPENERS = ("this", "you", "bookmark", "post", "both", "comments")
"""The first word of every `POST_FOOTER` match, lower-cased."""

_MAX_POST_FOOTER = 400

_PROMO_OPENERS = frozenset("sSgG\u017f")
"""The characters a `PROMO_LINE` can open with (``sign up``, ``subscribe``, ``get``)."""


def read_residue(text: str, *, tail: bool = False) -> BoilerplateKind | None:
    """The kind of a page-residue line, or ``None`` for a content line.

    ``tail`` allows the comment-form labels (``Name *``, ``Website``) that
    count as residue only in the comment section.
    """
    both = _read_residues(text) if len(text) > _MAX_CACHED_RESIDUE else _cached_residues(text)
    return both[1] if tail else both[0]


_MAX_CACHED_RESIDUE = 500
"""The longest line whose `read_residue` readings are remembered (longer ones are read again)."""


def _read_residues(text: str) -> tuple[BoilerplateKind | None, BoilerplateKind | None]:
    """`read_residue` of ``text`` without and with ``tail``, read at once: the two differ
    only for a line of `TAIL_RESIDUE_LINES`, which is read before the rest."""
    if len(text) <= 100:
        key = residue_key(text)
        kind = RESIDUE_LINES.get(key)
        if kind is not None:
            line = BoilerplateKind(kind)
            return line, line
        tail_kind = TAIL_RESIDUE_LINES.get(key)
        if tail_kind is not None:
            return _read_residue(text), BoilerplateKind(tail_kind)
        rest = _read_residue(text)
        return rest, rest
    rest = _read_residue(text)
    return rest, rest


def _read_residue(text: str) -> BoilerplateKind | None:
    """`read_residue` of a line not in the residue vocabularies."""
    if len(text) <= 100 and is_separator(text):
        return BoilerplateKind.SEPARATOR
    first = text[:1]
    counted = len(text) <= 400 and (
        first.isdigit() or (first in _COUNT_INITIALS and text.startswith(_COUNT_STARTS))
    )
    if counted and (COMMENT_COUNT.fullmatch(text) or COMMENT_COUNTER.fullmatch(text)):
        return BoilerplateKind.COMMENT_UI
    if len(text) <= 80 and "OMMENT" in text.upper() and COMMENTS_SEPARATOR.fullmatch(text):
        return BoilerplateKind.SEPARATOR
    if (
        ":" in text[:30]
        and len(text) <= 300
        and first in _RESIDUE_PREFIX_INITIALS
        and RESIDUE_PREFIX.match(text)
    ):
        return BoilerplateKind.NAVIGATION
    if (
        len(text) <= _MAX_POST_FOOTER
        and first in _POST_FOOTER_INITIALS
        and (text[:8].lower().startswith(_POST_FOOTER_OPENERS) or _has_fold_alike(text))
        and POST_FOOTER.match(text)
    ):
        return BoilerplateKind.NAVIGATION
    if len(text) <= 160:
        if text[:5].casefold() == "click" and CLICK_TO_SHARE.fullmatch(text):
            return BoilerplateKind.SHARE
        if text[:1] in _PROMO_OPENERS and PROMO_LINE.fullmatch(text):
            return BoilerplateKind.PROMO
    if "ookie" in text and len(text) <= 500:
        opening = CONSENT_OPENING.search(text)
        if opening is not None and CONSENT_NOTICE.search(text, opening.end()):
            return BoilerplateKind.CONSENT
    return None


_cached_residues = functools.lru_cache(maxsize=_LINE_READINGS)(_read_residues)

_SITE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ", " // ")
"""What stands between a page title's headline and the site name after it."""

_SITE_ARTICLES = frozenset(("the", "der", "die", "das", "le", "la", "les", "el", "los"))
_MAX_SITE_WORDS = 4
_MAX_SITE_LENGTH = 40


def _is_site_name(text: str) -> bool:
    """Whether a short tail reads as a site name: capitalised words, no sentence."""
    words = text.split()
    if not words or len(words) > _MAX_SITE_WORDS or len(text) > _MAX_SITE_LENGTH:
        return False
    domain = "." in words[-1] and words[-1].rsplit(".", 1)[1].isalpha()
    if text.endswith(("!", "?", ".", ":", ",")) and not domain:
        return False
    for word in words:
        folded = word.casefold()
        if folded in STOPWORDS and folded not in _SITE_ARTICLES:
            return False
        if not (word[:1].isupper() or word[:1].isdigit() or (domain and word is words[-1])):
            return False
    if not any(char.isalpha() for char in text) or any(word.isdigit() for word in words):
        return False  # "Part 49" numbers a series
    return not (len(words) == 1 and has_digit(text) and not domain)


def read_site_suffix(text: str) -> tuple[str, str] | None:
    """Split a page title into its headline and the site name printed after it.

    ``Title | Site``, ``Title - Site``, ``Title — Site`` and ``Title_Section_Site``;
    ``None`` when the part after the last separator reads as no site name.

    Examples:
        >>> read_site_suffix("Storm hits the coast | The Valley Herald")
        ('Storm hits the coast', 'The Valley Herald')
        >>> read_site_suffix("Dortmund - Gladbach live sehen!") is None
        True
    """
    at = max(text.rfind(separator) for separator in _SITE_SEPARATORS)
    if at > 0:
        end = text.index(" ", at + 1) + 1
        head, site = text[:at].strip(), text[end:].strip()
    elif "_" in text and " " in text.split("_", 1)[0]:
        head, site = (part.strip() for part in text.split("_", 1))
        site = site.replace("_", " ")
    else:
        return None
    if len(head.split()) < 2 or not _is_site_name(site):
        return None
    return head, site


def is_legal_line(text: str) -> bool:
    """A copyright, licence or rights line of a page footer (``© 2024 Site. All rights reserved.``).

    Examples:
        >>> is_legal_line("Copyright 2024 The Valley Herald. All rights reserved.")
        True
    """
    if text.startswith("©"):
        return True
    folded = text.casefold()
    return any(mark in folded for mark in LEGAL_MARKS)


MAX_READING_TIME = 40
"""The longest line that may be a reading time alone (`is_reading_time`)."""


def is_reading_time(text: str) -> bool:
    """Whether the stripped line ``text`` is a reading time alone (``5 min read``,
    ``Lesezeit: 4 Minuten``): page residue, and never a headline."""
    return (
        len(text) <= MAX_READING_TIME
        and text[:1] in READING_TIME_INITIALS
        and may_contain(text, READING_TIME_WORDS)
        and READING_TIME.fullmatch(text) is not None
    )
