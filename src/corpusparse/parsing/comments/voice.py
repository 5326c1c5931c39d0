"""Readers' voices: comments with no marker, found where the voice changes at the end of a text."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from corpusparse.parsing.comments.items import _CACHE_SIZE
from corpusparse.parsing.comments.marks import header_kind
from corpusparse.parsing.comments.names import (
    _author_addressed,
    _handle_replies,
    _ui_kind,
    _voice,
)
from corpusparse.parsing.patterns import COMMENT_INVITATION, READER_REFERENCE
from corpusparse.parsing.readers import is_related_block_header
from corpusparse.parsing.vocabulary import (
    FIRST_PERSON_OPENERS,
    READER_AGREEMENT,
    READER_IMPRESSIONS,
    READER_INTENSIFIERS,
    READER_LOOKS,
    READER_LOWER_I,
    READER_OUTCRIES,
    READER_PRAISE,
    READER_REACTIONS,
    READER_SMILEYS,
)

__all__ = []

_PUNCTUATION = ".,!?;:()[]\"“”‘'…-–—*"
"""What `_words` strips from the edges of a word."""

_CODE_SIGNS = ("{", "}", "<", ">", "=", ";", "$", "()")
"""What a line of program code holds and a reader's prose hardly does."""


def _words(text: str) -> list[str]:
    """The case-folded words of a line, without the punctuation at their edges."""
    words = (word.strip(_PUNCTUATION) for word in text.casefold().split())
    return [word for word in words if word]


def _listed(text: str) -> bool:
    """Whether a line is an item of a list (``- Salt``, ``• Salt``, ``2. Salt``, ``3)Salt``)."""
    if text[:1] in "-•*–—·":
        return True
    digits = len(text) - len(text.lstrip("0123456789"))
    return 0 < digits <= 3 and text[digits : digits + 1] in (".", ")")


def _no_prose(text: str) -> bool:
    """Whether a line is a list item or program code: the main text's, never a reader's."""
    return _listed(text) or any(sign in text for sign in _CODE_SIGNS)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _reader_voice(text: str) -> float:
    """How much a line reads as a reader's comment: 1 for a reader's voice at its start
    (`_voice`; a reaction, ``Oh those hats``, ``Agree that``; praise, ``Very useful``;
    a first impression, ``Looks like fun``; an emoticon; a doubled mark, ``!!``;
    agreement, ``I agree with``; a lower-case ``i``; the post spoken of,
    ``Thanks for sharing``, ``great article``, `READER_REFERENCE`),
    0.5 for a weaker sign (the first person, ``I think``; a first letter in lower case;
    an exclamation mark), 0 for none, a list item or a line of code."""
    if not text or _no_prose(text):
        return 0.0
    if _voice(text):
        return 1.0
    words = _words(text)
    if not words:
        return 0.0
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if (
        first in READER_REACTIONS
        or (first in READER_INTENSIFIERS and second in READER_PRAISE)
        or (first in READER_LOOKS and second in READER_IMPRESSIONS)
        or any(smiley in text for smiley in READER_SMILEYS)
        or any(outcry in text for outcry in READER_OUTCRIES)
        or _reader_words(text)
        or READER_REFERENCE.search(text) is not None
    ):
        return 1.0
    if first in FIRST_PERSON_OPENERS or text[0].islower() or "!" in text:
        return 0.5
    return 0.0


def _reader_words(text: str) -> bool:
    """Whether a line agrees or disagrees (`READER_AGREEMENT`) or says ``i`` in lower
    case (`READER_LOWER_I`) anywhere."""
    folded = text.casefold()
    if any(agreement in folded for agreement in READER_AGREEMENT):
        return True
    if "i" not in text:
        return False
    return any(word.strip(_PUNCTUATION) in READER_LOWER_I for word in text.split())


def _personal(text: str) -> bool:
    """Whether a line of prose opens in the first person singular or in lower case."""
    if not text or _no_prose(text):
        return False
    words = _words(text)
    return text[0].islower() or (bool(words) and words[0] in FIRST_PERSON_OPENERS)


def _ends_article(text: str) -> bool:
    """Whether a line can be the last of an article before its comments: a call to
    comment, a question to the readers, a short sign-off (``xo``, ``See ya.``), a
    comment header, chrome or residue (a share bar, a newsletter prompt)."""
    return (
        len(text) <= _SIGN_OFF
        or text.endswith("?")
        or (len(text) <= 400 and COMMENT_INVITATION.search(text) is not None)
        or header_kind(text) is not None
        or _ui_kind(text) is not None
    )


_SIGN_OFF = 14
"""Longest line that may be an article's sign-off."""

_PLAIN_TEXT = 4
"""A text is an extractor's (one paragraph a line) when it has fewer blank lines than
one for every this many non-blank ones."""

_TAIL_FROM = 3
"""The comments found by their voices start in the last (1 - 1/this) of the lines."""

_MAIN_VOICE = 0.12
"""Most mean `_reader_voice` of the main text above comments found by their voices."""

_TAIL_VOICE = 0.35
"""Least mean `_reader_voice` of the lines from the first such comment to the end ..."""

_TAIL_VOICE_AFTER_END = 0.3
"""... or when the line above it can end an article (`_ends_article`)."""

_VOICE_CHANGE = 0.3
"""Least difference of the two means."""

_PAIR_VOICE = 0.75
"""Least mean voice of two last lines taken for comments with no end of article above them."""

_ALONE = 0.05
"""Most mean voice of the main text over a single line taken for a comment."""

_WEAK_RUN = 4
_WEAK_TAIL = 0.45
_WEAK_MAIN = 0.1
"""Four or more last lines (more than a columnist's closing paragraphs), none of which
speaks as a reader (`_reader_voice` below 1: the first person, a lower-case opening, an
exclamation), still count as comments when their mean voice reaches the second figure
under a main text below the third, and half of them or more open in the first person
or in lower case (`_personal`)."""

_LONG_RUN = 10
_LONG_MAIN = 0.1
_LONG_TAIL = 0.2
_LONG_CHANGE = 0.12
_ODD_SHARE = 5
_LONG_STRONG = 2
"""A run of `_LONG_RUN` lines or more to the end, no fewer than the main text's above
it, in which `_LONG_STRONG` lines or more speak as readers, is a thread even with a few list items
or lines of code in it (one in `_ODD_SHARE` at most) and a weaker voice: a mean
`_reader_voice` of `_LONG_TAIL` or more, `_LONG_CHANGE` above the main text's,
which stays at `_LONG_MAIN` or below. Over so many lines a small difference of the
means is the readers' voice, not the chance of a few lines of the post."""

_EARLY_THREAD = 4
_EARLY_MAIN = 3
"""A long run (`_LONG_RUN`) may open in the first third of the text when it has this
many times the lines of the main text above it, or more, and that text has at least
the second figure of lines: a short post under which a long thread runs. It is the
last resort, taken only when no run opens further down."""

_SIGNED_MAIN = 0.25
_SIGNED_CHANGE = 0.1
"""Under an author's sign-off (`_signs_off`), three lines or more to the end, one of
them in a reader's voice, are comments when they read as readers' more than the
main text does by this much, though that text may speak in the first person (a
mean voice up to the first figure)."""


def _signs_off(text: str) -> bool:
    """Whether a line is an author's sign-off: a short closing line (`_SIGN_OFF`
    characters at most) ending in a full stop or an exclamation mark, or in lower
    case (``See you.``, ``Enjoy!``, ``xo``), not a heading."""
    return len(text) <= _SIGN_OFF and (text.endswith((".", "!")) or text.islower())


def _outweighs(main: float, tail: float) -> bool:
    """Whether the mean voices of a long run and of the main text above it differ as
    a thread's and a post's do (`_LONG_RUN`)."""
    return main <= _LONG_MAIN and tail >= _LONG_TAIL and tail - main >= _LONG_CHANGE


def _long_run(count: int, above: int, strong: int, main: float, tail: float) -> bool:
    """Whether ``count`` lines to the end under ``above`` lines of main text, ``strong``
    of them in a reader's voice, make a thread by their number (`_LONG_RUN`)."""
    return count >= max(_LONG_RUN, above) and strong >= _LONG_STRONG and _outweighs(main, tail)


def _odd(text: str) -> bool:
    """Whether a line is a list item or program code and no chrome."""
    return _no_prose(text) and _ui_kind(text) is None


class _LazyCounts:
    """A `_count_after` table of ``lines``, made the first time it is read."""

    __slots__ = ("_counts", "_lines", "_test")

    def __init__(self, lines: list[int], test: Callable[[int], bool]) -> None:
        self._lines, self._test = lines, test
        self._counts: list[int] | None = None

    def __getitem__(self, j: int) -> int:
        if self._counts is None:
            self._counts = _count_after(self._lines, self._test)
        return self._counts[j]


def _under_sign_off(above: str, count: int, strong: int, main: float, tail: float) -> bool:
    """Whether ``count`` lines, ``strong`` of them a reader's voice, are readers under the
    author's sign-off (the line ``above`` them), louder than the post above."""
    return bool(
        count >= 3
        and strong
        and _signs_off(above)
        and main <= _SIGNED_MAIN
        and tail >= _TAIL_VOICE_AFTER_END
        and tail - main >= _SIGNED_CHANGE
    )


def _reader_tail(texts: Sequence[str], floor: int) -> int | None:
    """Where the comments of an extractor's text begin when no mark shows them, or ``None``.

    An extractor's main text (one paragraph a line, hardly a blank line) may run
    into its comments with no header, name, time or chrome between: then only the
    voice changes. The first line of the comments is the first line, past the
    first third of the text, from which every line to the end is prose (no list
    item, no code; chrome may stand between) and the lines read as readers' much
    more than the main text above reads so (`_reader_voice`, means over the
    lines); the line itself speaks so, as a reader's voice, or opens a run of
    three or more lines, or follows a line that can end an article
    (`_ends_article`); without such an end, one of the lines from it speaks as a
    reader (not only in the first person). Two last lines count when both speak so (or after such
    an end), a single last line only in a reader's voice under a main text
    with hardly any. When no line does, a long thread (`_LONG_RUN`) may still
    follow a quieter post: of the lines that open such a run, the one under
    which the voices differ most; a run from the first third only when it is many
    times longer than the post above it (`_EARLY_THREAD`), no other run is found
    and its readers speak to the post's author by name (`_author_addressed`) or
    to each other by handle (`_handle_replies`).
    The main text starts at ``floor``.
    """
    n = len(texts)
    lines = [k for k in range(floor, n) if texts[k]]
    if len(lines) < 3 or (n - floor - len(lines)) * _PLAIN_TEXT > len(lines):
        return None
    voice = [_reader_voice(texts[k]) for k in lines]
    # prose_to_end[j]: every line from lines[j] to the end is prose or chrome.
    prose_to_end = [True] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        text = texts[lines[j]]
        prose_to_end[j] = prose_to_end[j + 1] and (
            not _no_prose(text) or _ui_kind(text) is not None
        )
    total = sum(voice)
    # strong_after[j]: how many lines from lines[j] to the end speak in a reader's voice.
    strong_after = _count_after(lines, lambda k: _reader_voice(texts[k]) == 1.0)
    # personal_after[j]: the lines from lines[j] on that open in the first person or
    # in lower case (a reader's, where an advertiser's copy exclaims); counted when
    # first needed.
    personal_after = _LazyCounts(lines, lambda k: _personal(texts[k]))
    odd_after = _LazyCounts(lines, lambda k: _odd(texts[k]))
    thread: tuple[tuple[float, float], int] | None = None
    above = 0.0
    lowest = max(floor + 1, n // _TAIL_FROM)
    for j, k in enumerate(lines):
        if j:
            above += voice[j - 1]
        count = len(lines) - j
        early = k < lowest  # only a thread many times longer than its post
        if (
            j == 0
            or voice[j] == 0.0
            or len(texts[k]) < 6
            or (early and (count < _EARLY_THREAD * j or j < _EARLY_MAIN))
        ):
            continue
        main = above / j
        tail = (total - above) / count
        # The clearest change of voice wins; one in the first third only when none
        # other is found (the first of them).
        key = (0.0, float(-j)) if early else (1.0, tail - main)
        if (
            _long_run(count, j, strong_after[j], main, tail)
            and odd_after[j] * _ODD_SHARE <= count
            and (thread is None or key > thread[0])
        ):
            thread = (key, k)
        if early or not prose_to_end[j]:
            continue
        ends = _ends_article(texts[lines[j - 1]])
        if voice[j] == 1.0 and main <= _MAIN_VOICE and _under_chrome(texts, lines, j):
            return k  # a reader speaks at once under the page's chrome
        if _under_sign_off(texts[lines[j - 1]], count, strong_after[j], main, tail):
            return k  # readers under the author's sign-off
        if not (
            (voice[j] == 1.0 or ends or count >= 3)
            and main <= _MAIN_VOICE
            and tail >= (_TAIL_VOICE_AFTER_END if ends else _TAIL_VOICE)
            and tail - main >= _VOICE_CHANGE
            and (count >= 3 or ends or tail >= _PAIR_VOICE or count == 1)
            and (count >= 2 or (voice[j] == 1.0 and main <= _ALONE))
        ):
            continue
        if strong_after[j] or ends:
            return k
        if (
            count >= _WEAK_RUN
            and tail >= _WEAK_TAIL
            and main <= _WEAK_MAIN
            and personal_after[j] * 2 >= count
        ):
            return k
    if thread is None:
        return None
    run = [k for k in lines if k >= thread[1]]
    if thread[0][0] == 0.0 and not (_author_addressed(texts, run) or _handle_replies(texts, run)):
        return None  # a run from the first third must speak to the author or to readers
    return thread[1]  # a thread longer than the post above it


_PROMO_ITEMS = 3
"""Most list items of a promotion (a newsletter's offer) between its chrome line and
the comments under it."""


def _under_chrome(texts: Sequence[str], lines: Sequence[int], j: int) -> bool:
    """Whether the line ``lines[j]`` stands under chrome that ends a page's main text:
    a residue line (a related list's header, a newsletter prompt) right above it, or
    above up to `_PROMO_ITEMS` list items or headings of a promotion."""
    for i in range(j - 1, max(-1, j - 2 - _PROMO_ITEMS), -1):
        text = texts[lines[i]]
        if _ui_kind(text) is not None or is_related_block_header(text):
            return True
        if not (_listed(text) or _promo_heading(text)):
            return False
    return False


def _promo_heading(text: str) -> bool:
    """A heading of a promotion under chrome: a short line that is no sentence
    (``Get the Free Guide``)."""
    return len(text) <= _PROMO_HEADING and not text.endswith((".", "!", "?", ":", '"', "”"))


_PROMO_HEADING = 80


def _count_after(lines: Sequence[int], holds: Callable[[int], bool]) -> list[int]:
    """For each position ``j`` of ``lines``, how many of ``lines[j:]`` hold."""
    after = [0] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        after[j] = after[j + 1] + holds(lines[j])
    return after
