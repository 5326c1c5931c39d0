"""Each line's class, from its length and its stopword density (as jusText classifies blocks)."""

from __future__ import annotations

import functools

from corpusparse.parsing.vocabulary import STOPWORDS

__all__ = ["LineClass", "classify_line", "stopword_density"]


class LineClass:
    """The classes of `classify_line`, after jusText's."""

    GOOD = "good"
    """Long running text with many stopwords: main-text evidence."""
    NEAR_GOOD = "near_good"
    """Medium length and many stopwords: main text when good lines are near."""
    SHORT = "short"
    """Too short to judge: a heading, a menu item, a caption."""
    BAD = "bad"
    """Long enough but few stopwords: a link list or a legal line."""


_LENGTH_LOW = 70
_LENGTH_HIGH = 200
_STOPWORDS_LOW = 0.25
_STOPWORDS_HIGH = 0.30

_READINGS_CACHE = 8192
"""Readings of single lines (is it a byline, a time?) remembered per process: candidates
share the lines after them."""

_PUNCTUATION_CHARS = ".,;:!?\"'()[]«»“”‘’—–-"
_PUNCTUATION = str.maketrans(dict.fromkeys(_PUNCTUATION_CHARS))
"""Punctuation deleted before words are looked up among the stopwords."""

_ASCII_PUNCTUATION = bytes(char for char in map(ord, _PUNCTUATION_CHARS) if char < 128)
"""The ASCII characters of `_PUNCTUATION`."""

_WIDE_PUNCTUATION = tuple(char for char in _PUNCTUATION_CHARS if ord(char) >= 128)
"""The other characters of `_PUNCTUATION`."""


def stopword_density(text: str) -> float:
    """The share of the words of ``text`` that are stopwords of a language we read.

    Examples:
        >>> stopword_density("The storm hit the coast")
        0.4
    """
    words = _folded_words(text, _WIDE_PUNCTUATION, "", None, _ASCII_PUNCTUATION)
    if not words:
        return 0.0
    return sum(map(STOPWORDS.__contains__, words)) / len(words)


def _folded_words(
    text: str, wide: tuple[str, ...], into: str, table: bytes | None, delete: bytes
) -> list[str]:
    """The case-folded words of ``text``, its punctuation replaced: each of the
    ``wide`` characters by ``into``, then the ASCII ones by ``table`` and ``delete``
    in its UTF-8 bytes (where no other character's encoding holds an ASCII byte):
    `str.translate` is far slower."""
    folded = text.casefold()
    if not folded.isascii():
        for char in wide:
            folded = folded.replace(char, into)
    encoded = folded.encode("utf-8", "surrogatepass").translate(table, delete)
    return encoded.decode("utf-8", "surrogatepass").split()


def classify_line(text: str) -> str:
    """Class a stripped line by its length and stopword density (a `LineClass` value)."""
    size = len(text)
    if size < _LENGTH_LOW:
        return LineClass.SHORT
    if size <= _MAX_REMEMBERED_CLASS:
        return _remembered_class(text)
    return _classify_long_line(text)


_MAX_REMEMBERED_CLASS = 1000
"""The longest line whose class is remembered (pages print the same notices, footers and
author boxes again and again; longer lines are classed afresh)."""


def _classify_long_line(text: str) -> str:
    """`classify_line` of a line of `_LENGTH_LOW` characters or more."""
    size = len(text)
    words = _folded_words(text, _WIDE_PUNCTUATION, "", None, _ASCII_PUNCTUATION)
    density = sum(map(STOPWORDS.__contains__, words)) / len(words) if words else 0.0
    # `stopword_density`, without the call: every line of a page is classed
    if density >= _STOPWORDS_HIGH and size >= _LENGTH_HIGH:
        return LineClass.GOOD
    if density >= _STOPWORDS_LOW:
        return LineClass.NEAR_GOOD if size < _LENGTH_HIGH else LineClass.GOOD
    return LineClass.BAD


_remembered_class = functools.lru_cache(maxsize=_READINGS_CACHE)(_classify_long_line)

_RUNNING = (LineClass.GOOD, LineClass.NEAR_GOOD)
_NEAR = 3

_LIST_MARKS = ("- ", "• ", "* ", "· ")
