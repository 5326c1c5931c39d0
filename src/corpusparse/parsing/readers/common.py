"""Small tests the line readers share: blanks, name edges, fold-alike letters, the cache size."""

from __future__ import annotations

from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.patterns import (
    RELATED_BULLET,
    TIME_EXPRESSION,
    WHITESPACE_RUN,
    WIDGET,
    time_limit,
)
from corpusparse.parsing.vocabulary import NAME_STOP_WORDS, STOPWORDS, TITLE_WORDS

__all__ = ["comparison_key", "is_widget", "read_related"]


def comparison_key(text: str) -> str:
    """Fold case and white space so that two printings of a line compare equal."""
    if "  " not in text and text.isprintable():
        # No white space but single spaces (printable excludes every other kind):
        # the regex would change nothing, so skip it.
        return text.strip().casefold()
    return WHITESPACE_RUN.sub(" ", text).strip().casefold()


def is_widget(text: str) -> bool:
    """Whether a line is widget residue such as ``TT`` or ``20``."""
    return len(text) <= 4 and WIDGET.fullmatch(text) is not None


def read_related(text: str) -> str | None:
    """The headline of a ``- `` related-headline bullet."""
    if not text.startswith("-"):
        return None
    match = RELATED_BULLET.fullmatch(text, timeout=time_limit(text))
    return match["text"].strip() if match else None


_BLANKS = " \t\u00a0"

_NAME_EDGE = _BLANKS + ",;:-–—"


def _is_clock(part: str) -> bool:
    """Whether a part is a time of day or another time without a full date (``15:33 Uhr``)."""
    return len(part) <= 30 and has_digit(part) and TIME_EXPRESSION.fullmatch(part) is not None


def _is_sentence(part: str) -> bool:
    return part.count(" ") >= 8 and part.endswith((".", "?", "!", '"', "”", ":"))


_LINE_READINGS = 16384
"""How many readings of distinct lines a cached line reader remembers per process: the
page plan, the segment cuts and the block rules ask about the same lines."""


def _word_count(text: str) -> int:
    """How many words of ``text`` hold a letter (``Updated on 9 March`` counts 3)."""
    return sum(1 for word in text.split() if not word.isdigit() and any(map(str.isalpha, word)))


def _run_together(text: str) -> bool:
    """Whether words of ``text`` run together (``HomeDecorGarden``): a word not in
    capitals with two capitals after its first letter (``McKay`` has one)."""
    return any(not word.isupper() and sum(map(str.isupper, word[1:])) > 1 for word in text.split())


def _user_name(text: str) -> str | None:
    """A user name printed in lower case (``annlee``, ``ann_lee42``): one word of 3 to 30
    letters, digits, ``_``, ``.`` or ``-``, no function or menu word."""
    text = text.strip(_NAME_EDGE)
    if not 3 <= len(text) <= 30 or not text[:1].islower() or not text[-1:].isalnum():
        return None
    if not all(char.isalnum() or char in "_.-" for char in text):
        return None
    folded = text.casefold()
    if folded in STOPWORDS or folded in NAME_STOP_WORDS or folded in TITLE_WORDS:
        return None
    return text


def _plain_name(name: str) -> bool:
    """Whether a name holds no section, menu or function word (`NAME_STOP_WORDS`)."""
    return not any(
        word[:1].isupper() and word.casefold().strip(".") in NAME_STOP_WORDS
        for word in name.split()
    )


_FOLD_ALIKES = ("\u0130", "\u212a", "\u017f")
"""``İ``, the Kelvin sign and ``ſ``: the regex module's case-insensitive matching
takes them for ``i``, ``k`` and ``s``, but `str.casefold` does not fold them to those."""


def _has_fold_alike(text: str) -> bool:
    """Whether ``text`` holds one of `_FOLD_ALIKES` (three `in` tests, no loop)."""
    return "\u0130" in text or "\u212a" in text or "\u017f" in text


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern could find one of ``words`` in ``text``.

    A cheap pre-check before a costly search: ``words`` are lower-case ASCII, and
    a ``False`` here means that no ``(?i:...)`` alternation of them can match.
    """
    lowered = text.lower()
    for word in words:
        if word in lowered:
            return True
    return _has_fold_alike(text)


READING_TIME_WORDS = ("min", "lese", "read", "lectur")
"""One of these stands in every `READING_TIME` match, lower-cased (`may_contain`)."""
