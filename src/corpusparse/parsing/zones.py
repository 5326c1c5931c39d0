"""Stage 3 of the pipeline: find the zones of a segment from whole-page evidence.

A flattened web page is one article wrapped in page chrome: menus and banners
above the headline, share buttons and author boxes between the headline and
the body, link lists inside the body, and related lists, footers and legal
lines after it. Line rules cannot see that: a menu item looks like a headline
and a footer line like a short paragraph. In the manner of jusText, this
stage first classes every line by its length and its share of stopwords,
then reads the page as a whole:

1. the *main text* is the densest run of good lines (long, many stopwords);
2. the *headline* is the title-like line before it with the strongest evidence
   (a byline, time or dateline right after it, a second printing, the main
   text close behind), weighed with other numbers about its shape and its
   neighbours (`headline_features`, `HEADLINE_WEIGHTS`);
3. the *head* runs from the headline to the first line of the main text;
4. the *body* ends at the last good line of the main text; short lines after
   it are page chrome;
5. inside the body of a flattened page, runs of short lines that are no
   sentences (link lists, share bars) are page chrome too; an extractor's
   text (no blank line) keeps them, as its lists and code are the article's.

The block rules then give roles inside the zones (`corpusparse.parsing.rules`). A
segment with no good line at all is not a page: it gets no plan, and the
rules read it on their own, as they read hand-written bundles.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from attrs import frozen

from corpusparse.model import NOWHERE
from corpusparse.parsing.dates import find_full_date, has_digit
from corpusparse.parsing.readers import (
    comparison_key,
    is_caption_shaped,
    is_legal_line,
    is_photo_credit,
    is_related_block_header,
    is_time_line,
    read_byline_line,
    read_byline_pair,
    read_credit,
    read_dateline,
    read_head_date,
    read_loose_byline,
    read_residue,
    read_user_byline,
)
from corpusparse.parsing.vocabulary import (
    CREDIT_LINE_OPENERS,
    PAGE_UI_LABELS,
    SOCIAL_WORDS,
    STOPWORDS,
)

__all__ = [
    "LineClass",
    "PagePlan",
    "classify_line",
    "plan_above_comments",
    "plan_page",
    "stopword_density",
]


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
    density = stopword_density(text)
    if density >= _STOPWORDS_HIGH and size >= _LENGTH_HIGH:
        return LineClass.GOOD
    if density >= _STOPWORDS_LOW:
        return LineClass.NEAR_GOOD if size < _LENGTH_HIGH else LineClass.GOOD
    return LineClass.BAD


_remembered_class = functools.lru_cache(maxsize=_READINGS_CACHE)(_classify_long_line)


@frozen
class PagePlan:
    """The zones of a page-like segment, as indexes into its lines.

    Attributes:
        headline: The line chosen as headline.
        head_start: The first of the lines right above the headline that read
            as a byline or time (a date printed over the headline), or the
            headline itself; the lines before it are page chrome.
        body_start: The first line of the main text; lines between the headline
            and it that no head rule claims are page chrome.
        body_end: The last line of the main text; lines after it that would be
            body are page chrome.
        chrome: Lines inside the body judged page chrome (runs of short lines).
        section: The section label or kicker right above the head, or ``None``.
    """

    headline: int
    head_start: int
    body_start: int
    body_end: int
    chrome: frozenset[int]
    section: int | None = None


_MAX_GAP = 6
"""How many non-blank lines that are not good may stand between two good lines of one run."""

_HEAD_WINDOW = 6
"""How many lines after a headline its byline, time or dateline may stand."""

_HEADLINE_WINDOW = 80
"""How many non-blank lines before the main text a headline is looked for."""

_MAX_NAME_WORDS = 4
_MAX_DOUBLED_HEADLINE = 120
"""The longest line printed twice in a row that may still be a headline, not a caption."""

_TIE = 0.1
_FIRST_LINE_PRIOR = 2.0
"""How much evidence another line needs beyond the first line's to be the headline."""

_MAX_HEADLINE = 250
_MIN_CHROME_RUN = 5
_BULLETS = ("•", "·", "*", "|", "›", ">", "»", "→", "←", "■", "▪", "-", "–", "©")


def _main_run(
    classes: Sequence[tuple[int, str, str]], kinds: tuple[str, ...], least: int = 0
) -> tuple[int, int] | None:
    """The positions (into ``classes``) of the first and last line of the densest run.

    The run is of lines of ``kinds``, with few other lines between them, and
    must weigh (in characters) more than ``least``.
    """
    best: tuple[int, int] | None = None
    best_weight = least
    start = -1
    last = -1
    weight = 0
    for position, (_, text, kind) in enumerate(classes):
        if kind not in kinds:
            continue
        if start < 0 or position - last > _MAX_GAP + 1:
            start, weight = position, 0
        weight += len(text)
        last = position
        if weight > best_weight:
            best, best_weight = (start, last), weight
    return best


_GOOD = (LineClass.GOOD,)
_MIN_NEAR_GOOD_RUN = 2 * _LENGTH_HIGH
"""Characters a run of near-good lines needs to be a page's main text when no line is good."""


def _is_title_shaped(text: str) -> bool:
    if not 10 <= len(text) <= _MAX_HEADLINE:
        return False
    words = len(text.split())
    return (
        1 <= words <= 30
        and not text.endswith((".", ",", ";", ":"))
        and (not text.startswith(_BULLETS) or (text[0] == "»" and "«" in text))  # a quote
        and " › " not in text
        and " > " not in text
        and not _is_breadcrumb(text)
        and ("@" not in text or " @ " in text)  # an address, not ``A @ B``
        and "http" not in text
        and not text.casefold().startswith(CREDIT_LINE_OPENERS)
        and not (text.endswith(")") and "(Score:" in text)  # a comment thread's title
        and not all(word.strip(":|·•") in SOCIAL_WORDS for word in text.casefold().split())
    )


def _has_full_date(text: str) -> bool:
    try:
        return has_digit(text) and find_full_date(text) is not None
    except TimeoutError:
        return False


def _is_breadcrumb(text: str) -> bool:
    """Section names joined by `` / ``: a breadcrumb or a section label (``News / World``)."""
    return _is_joined_labels(text, " / ")


def _is_label_list(text: str) -> bool:
    """Labels joined by commas (``News, Politics, World``): categories or tags, no title."""
    return _is_joined_labels(text, ", ")


def _is_joined_labels(text: str, separator: str) -> bool:
    """Two or more labels of a few words each, joined by ``separator``."""
    parts = text.split(separator)
    return len(parts) > 1 and all(len(part.split()) <= _MAX_CRUMB_WORDS for part in parts)


_MAX_CRUMB_WORDS = 3


@functools.lru_cache(maxsize=_READINGS_CACHE)
def _reads_as_head_line(text: str) -> bool:
    """Whether a line reads as a byline, a time or a dateline, or as names or a date among
    a few other words (`read_loose_byline`, `read_head_date`)."""
    try:
        if read_byline_line(text) is not None or read_dateline(text, NOWHERE) is not None:
            return True
        if len(text) > _MAX_LOOSE_HEAD:
            return False
        return (
            (has_digit(text) and read_head_date(text) is not None)
            or read_loose_byline(text) is not None
            or read_user_byline(text) is not None
        )
    except TimeoutError:
        return False


_MAX_LOOSE_HEAD = 100


def _first_running_pair(classes: Sequence[tuple[int, str, str]], limit: int) -> int:
    """The first position (at most ``limit``) of two running-text lines close together."""
    previous = -10
    for position in range(limit):
        kind = classes[position][2]
        if (kind == LineClass.GOOD or kind == LineClass.NEAR_GOOD) and not classes[position][
            1
        ].startswith(_LIST_MARKS):  # teasers of other articles are list items
            if position - previous <= 2:
                return previous
            previous = position
    return limit


def _is_caption_like(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """A photo caption: printed twice in a row, shaped like one, or ending in a photo credit."""
    text = classes[position][1]
    doubled = (position + 1 < len(classes) and classes[position + 1][1] == text) or (
        position and classes[position - 1][1] == text
    )
    if doubled and (len(text) > _MAX_DOUBLED_HEADLINE or text.endswith(".")):
        return True  # a caption printed twice in a row (a headline is shorter, with no stop)
    try:
        if is_caption_shaped(text):
            return True
        credit = read_credit(text)
    except TimeoutError:
        return True
    return credit is not None and ("©" in credit or is_photo_credit(credit))


def _is_name_over_date(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """A short line of capitalised words right above a time line: a byline's name."""
    words = [word for word in classes[position][1].split() if word != "&"]
    if len(words) > _MAX_NAME_WORDS or not all(word[:1].isupper() for word in words):
        return False
    if any(word.casefold() in STOPWORDS for word in words):
        return False
    return position + 1 < len(classes) and _reads_as_head_line(classes[position + 1][1])


def _headline_score(
    classes: Sequence[tuple[int, str, str]],
    position: int,
    main: int,
    keys: dict[str, int],
    *,
    evidence: float | None = None,
    printed: bool | None = None,
) -> float:
    """The evidence that the line at ``position`` is the headline (higher is stronger).

    A byline, time or dateline after it counts most, and less the farther it
    stands (a time line right above it counts half); running text right after
    it, a second printing and a headline's length count too; menu-like lines
    and lines far above the main text count less. ``evidence`` and ``printed`` are
    `_evidence_after` and whether the line is printed again, when the caller has them.
    """
    text = classes[position][1]
    score = _evidence_after(classes, position) if evidence is None else evidence
    if score < _HEAD_EVIDENCE / 2:
        for before in range(max(0, position - _NEAR + 1), position):
            if is_time_line(classes[before][1]):
                score += _HEAD_EVIDENCE / 2
                break
    if printed is None:
        printed = keys.get(comparison_key(text), 0) > 1
    if printed:
        score += 2.0
    words = _word_count(text)
    if _MIN_HEADLINE_WORDS <= words <= _MAX_HEADLINE_WORDS:
        score += 1.0
    elif words < _MIN_HEADLINE_WORDS - 1:
        score -= 1.0
    if " • " in text or " · " in text:  # items of a menu or a ticker run together
        score -= 1.0
    if _has_full_date(text):  # a date line with a place or a section, not a headline
        score -= 2.0
    return score - 0.03 * (main - position)


def _word_count(text: str) -> int:
    """How many words of ``text`` hold a letter or a digit."""
    return sum(1 for word in text.split() if word.isalnum() or any(map(str.isalnum, word)))


def _all_capitals(text: str) -> bool:
    """Whether ``text`` has letters and every one is a capital.

    In ASCII text every letter is cased, so `str.isupper` says the same.
    """
    if text.isascii():
        return text.isupper()
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def headline_features(
    classes: Sequence[tuple[int, str, str]],
    position: int,
    first: int,
    keys: dict[str, int],
    dense: bool,
    echoed: frozenset[str] | None = None,
) -> tuple[float, ...]:
    """The shape of a headline candidate, as numbers `HEADLINE_WEIGHTS` weighs.

    The first is the hand-made evidence score of `_headline_score`; the rest
    describe the line and its neighbours (see `HEADLINE_FEATURES`), and the
    last how many of its words the main text repeats (``echoed``: the words
    of `main_words`, worked out once per page when given).
    """
    text = classes[position][1]
    evidence = _evidence_after(classes, position)
    printed = keys.get(comparison_key(text), 0) > 1
    score = _headline_score(classes, position, first, keys, evidence=evidence, printed=printed)
    opens = position == 0 and (dense or _opens_running_text(classes, 0))
    if opens:  # an extractor's text opens with its headline, then the article
        score += _FIRST_LINE_PRIOR + 0.03 * first
    words = text.split()
    capitals = sum(1 for word in words if word[:1].isupper())
    after = classes[position + 1] if position + 1 < len(classes) else (0, "", "")
    before = classes[position - 1] if position else (0, "", "")
    distance = first - position
    return (
        score,
        evidence,
        float(opens),
        float(position == 0),
        min(len(text), 200) / 100,
        stopword_density(text),
        capitals / len(words),
        float(_all_capitals(text)),
        float(has_digit(text)),
        float(any(mark in text for mark in _SITE_SEPARATORS)),
        float(":" in text),
        float(text.endswith(("?", "!"))),
        float(classes[position][2] != LineClass.SHORT),
        min(distance, 40) / 10,
        float(distance <= 2),
        float(after[2] == LineClass.SHORT and _is_title_shaped(after[1])),
        float(before[2] == LineClass.SHORT and _is_title_shaped(before[1])),
        float(after[2] in _RUNNING),
        float(before[2] in _RUNNING),
        float(bool(before[1]) and _reads_as_head_line(before[1])),
        float(len(words) < _MIN_HEADLINE_WORDS),
        float(printed),
        float(dense),
        min(len(words), 30) / 10,
        float(text[:1].isdigit()),
        float(bool(after[1]) and _head_line_follows(classes, position + 1)),
        _evidence_after(classes, position + 1) if after[2] == LineClass.SHORT else 0.0,
        _evidence_after(classes, position - 1) if before[2] == LineClass.SHORT else 0.0,
        float(text[:1].islower() or not text[:1].isalnum()),
        _echo(text, main_words(classes, first) if echoed is None else echoed),
    )


_ECHO_LINES = 8
_ECHO_MIN_LENGTH = 4
_ECHO_BEFORE = 3
_BREAK_CHARS = ".,;:!?\"'()[]{}«»“”‘’„–—-…|/"
_ASCII_BREAKS = bytes.maketrans(
    bytes(char for char in map(ord, _BREAK_CHARS) if char < 128),
    b" " * sum(1 for char in _BREAK_CHARS if ord(char) < 128),
)
_WIDE_BREAKS = tuple(char for char in _BREAK_CHARS if ord(char) >= 128)
"""Punctuation read as a space between words (`main_words`), as a table for the UTF-8
bytes of its ASCII characters and a list of the others (as in `stopword_density`)."""


def _words_of(text: str) -> list[str]:
    return _folded_words(text, _WIDE_BREAKS, " ", _ASCII_BREAKS, b"")


def main_words(classes: Sequence[tuple[int, str, str]], first: int) -> frozenset[str]:
    """The words of the main text's first running lines (what a headline echoes)."""
    texts = [
        text
        for _, text, kind in classes[max(0, first - _ECHO_BEFORE) : first + 3 * _ECHO_LINES]
        if kind in _RUNNING
    ]
    return frozenset(_words_of(" ".join(texts[:_ECHO_LINES])))


def _echo(text: str, words: frozenset[str]) -> float:
    """The share of a candidate's longer words that the main text's first lines repeat."""
    own = {word for word in _words_of(text) if len(word) >= _ECHO_MIN_LENGTH}
    return len(own & words) / len(own) if own else 0.0


HEADLINE_FEATURES = (
    "evidence score",
    "evidence after",
    "first line opening the text",
    "first line",
    "length / 100",
    "stopword share",
    "capitalised share",
    "all capitals",
    "has a digit",
    "has a site separator",
    "has a colon",
    "ends in ? or !",
    "long line",
    "lines to the main text / 10",
    "main text within two lines",
    "a title-like line follows",
    "a title-like line precedes",
    "running text follows",
    "running text precedes",
    "a byline or time precedes",
    "few words",
    "printed again",
    "no blank line in the text",
    "words / 10",
    "opens with a digit",
    "a byline or time follows the next line",
    "evidence after the next line",
    "evidence after the line before",
    "opens with no capital",
    "words the main text repeats",
)
"""What each number of `headline_features` describes."""

EVIDENCE_ONLY: tuple[float, ...] = (1.0, *(0.0,) * (len(HEADLINE_FEATURES) - 1))
"""The weights that score a candidate by its evidence alone: an extractor's text."""

HEADLINE_WEIGHTS: tuple[float, ...] = (  # benchmarks/train_headline.py
    0.249,  # evidence score
    0.300,  # evidence after
    0.075,  # first line opening the text
    0.151,  # first line
    0.306,  # length / 100
    0.128,  # stopword share
    0.364,  # capitalised share
    -0.150,  # all capitals
    0.266,  # has a digit
    -0.189,  # has a site separator
    0.482,  # has a colon
    -0.077,  # ends in ? or !
    -0.285,  # long line
    0.021,  # lines to the main text / 10
    -0.153,  # main text within two lines
    -0.176,  # a title-like line follows
    0.027,  # a title-like line precedes
    0.064,  # running text follows
    -0.263,  # running text precedes
    0.293,  # a byline or time precedes
    -1.012,  # few words
    -0.316,  # printed again
    0.000,  # no blank line in the text
    0.297,  # words / 10
    0.045,  # opens with a digit
    0.223,  # a byline or time follows the next line
    -0.010,  # evidence after the next line
    0.157,  # evidence after the line before
    -0.192,  # opens with no capital
    1.777,  # words the main text repeats
)
"""The weight of each feature on a page: the score of a candidate is their weighted sum.

Fitted on the development corpus by ``benchmarks/train_headline.py``.
"""


def _evidence_after(classes: Sequence[tuple[int, str, str]], position: int) -> float:
    """What the lines after a headline candidate say: a head line, or running text, or nothing."""
    for offset in range(1, _HEAD_WINDOW + 1):
        if position + offset >= len(classes):
            break
        following = classes[position + offset][1]
        if classes[position + offset][2] in _RUNNING and not (
            len(following) <= _MAX_LOOSE_HEAD and _reads_as_head_line(following)
        ):  # a long byline (``Published on DATE by A B, Site``) is no running text
            if offset == 1 and _head_line_follows(classes, position + 1):  # a dek, then a byline
                return _HEAD_EVIDENCE - 1
            return 1.0 if offset <= _NEAR else 0.0
        after = classes[position + offset + 1][1] if position + offset + 1 < len(classes) else ""
        if _reads_as_head_line(following) or _reads_as_byline_pair(following, after):
            return _HEAD_EVIDENCE - (offset - 1)
    return 0.0


_RUNNING = (LineClass.GOOD, LineClass.NEAR_GOOD)
_NEAR = 3
_HEAD_EVIDENCE = 4.0
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20


def _head_line_follows(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """Whether the line after ``position`` reads as a byline, time or dateline."""
    if position + 1 >= len(classes):
        return False
    after = classes[position + 2][1] if position + 2 < len(classes) else ""
    following = classes[position + 1][1]
    return _reads_as_head_line(following) or _reads_as_byline_pair(following, after)


@functools.lru_cache(maxsize=_READINGS_CACHE)
def _reads_as_byline_pair(first: str, second: str) -> bool:
    try:
        return bool(second) and read_byline_pair(first, second) is not None
    except TimeoutError:
        return False


_SITE_SEPARATORS = (" - ", " | ", " — ", " – ", " :: ", " · ", " // ", "_")


def _above_its_dek(classes: Sequence[tuple[int, str, str]], headline: int) -> int:
    """The line above when the chosen line is running text under a shorter title: its dek.

    A long standfirst right above the byline has the byline's evidence; the
    headline is the title-like line over it.
    """
    if headline == 0 or classes[headline][2] not in _RUNNING:
        return headline
    above = classes[headline - 1][1]
    words = _word_count(above)
    if (
        classes[headline - 1][2] == LineClass.SHORT
        and words >= _MIN_HEADLINE_WORDS
        and len(above) < len(classes[headline][1])
        and _is_title_shaped(above)
        and not above[:1].islower()
        and not _is_label_list(above)
        and read_residue(above) is None
        and not _is_caption_like(classes, headline - 1)
        and not _reads_as_head_line(above)
    ):
        return headline - 1
    return headline


def _without_site_printing(
    classes: Sequence[tuple[int, str, str]], headline: int, first: int
) -> int:
    """The headline's plain printing when the chosen line is it with more after it.

    Pages print ``Title - Site`` (the document title) above ``Title``, and
    inline elements run together print ``Title Posted by A on DATE``.
    """
    text = classes[headline][1]
    for position in range(max(0, headline - _NEAR + 1), headline):
        plain = classes[position][1]
        if (
            len(plain) < len(text)
            and len(plain.split()) >= _MIN_HEADLINE_WORDS - 1
            and text.casefold().endswith(" " + plain.casefold())
        ):
            return position  # the headline, then it again after a word or two
    for position in range(headline + 1, min(headline + _HEAD_WINDOW, first + 1, len(classes))):
        plain = classes[position][1]
        if len(plain) >= len(text):
            continue
        if len(plain.split()) >= _MIN_HEADLINE_WORDS - 1 and text.casefold().endswith(
            " " + plain.casefold()
        ):
            return position  # a kicker or a number run together with the headline
        if text[: len(plain)].casefold() != plain.casefold():
            continue
        rest = text[len(plain) :]
        if rest.startswith(_SITE_SEPARATORS) or _reads_as_head_line(rest.strip()):
            return position
    return headline


def _opens_running_text(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """Whether running text starts within a few lines after ``position``."""
    return any(
        classes[after][2] in _RUNNING
        for after in range(position + 1, min(position + 1 + _NEAR - 1, len(classes)))
    )


def headline_candidates(
    classes: Sequence[tuple[int, str, str]], first: int, last: int | None = None
) -> tuple[range, list[int], int | None]:
    """The window of positions a headline is looked for in, the lines in it that may be one,
    and the title over its date to fall back on when no line may.

    The headline stands above the first running text, not only above the
    densest run (which starts at ``first`` and ends at ``last``). A notice
    or promo may open the main text above the head, but only when the main
    text goes on below the head.
    """
    opening = _first_running_pair(classes, first)
    stop = min(opening + 1, first)
    if opening == first:  # a notice or promo opening the main text, then the head
        below = min(first + _NEAR + 1, len(classes) - 1, len(classes) if last is None else last)
        stop = next(
            (
                position + 1
                for position in range(first + 1, below)
                if classes[position][2] == LineClass.SHORT
                and _is_title_shaped(classes[position][1])
                and _reads_as_head_line(classes[position + 1][1])
            ),
            stop,
        )
    window = range(max(0, opening - _HEADLINE_WINDOW), stop)
    candidates: list[int] = []
    fallback: int | None = None
    for position in (0, *window) if window.start else window:
        text = classes[position][1]
        if not _is_title_shaped(text) or read_residue(text) is not None:
            continue
        if _reads_as_head_line(text) or _is_caption_like(classes, position):
            continue
        if _is_name_over_date(classes, position) or _has_full_date(text):
            if fallback is None:  # a title over its date, when no other line is one
                fallback = position
            continue
        candidates.append(position)
    return window, candidates, fallback


_Classes = list[tuple[int, str, str]]


def page_context(
    texts: Sequence[str],
) -> tuple[_Classes, int, int, tuple[str, ...], dict[str, int], bool] | None:
    """What `plan_page` reads a segment by, or ``None`` when it is not page-like.

    The non-blank lines as ``(index, text, class)``, the first and last
    position of the main text, the line classes it is made of, how often each
    line is printed (by `comparison_key`), and whether the text has no blank
    line at all (an extractor's output, which opens with its headline).
    """
    short = LineClass.SHORT  # classify_line of a short line, without the call
    classes = [
        (index, text, short if len(text) < _LENGTH_LOW else classify_line(text))
        for index, text in enumerate(texts)
        if text
    ]
    kinds: tuple[str, ...] = _GOOD
    main = _main_run(classes, kinds)
    if main is None:  # a page of medium-length paragraphs only
        kinds = _RUNNING
        main = _main_run(classes, kinds, _MIN_NEAR_GOOD_RUN)
    if main is None:
        return None
    keys: dict[str, int] = {}
    for _, text, _ in classes:
        if len(text) <= _MAX_HEADLINE:
            key = comparison_key(text)
            keys[key] = keys.get(key, 0) + 1
    return classes, main[0], main[1], kinds, keys, all(texts[: classes[-1][0]])


def settle_headline(
    classes: Sequence[tuple[int, str, str]], window: range, best: int | None, first: int
) -> int:
    """Where the headline stands when ``best`` is the line chosen (line 0 when none is).

    A headline printed twice stands at its first printing; ``Title - Site``
    above ``Title`` gives way to the plain printing, and a standfirst chosen
    for its byline to the title above it.
    """
    headline = best if best is not None else 0
    if best is not None:
        key = comparison_key(classes[best][1])
        headline = next(
            position
            for position in (0, *range(window.start, best + 1))
            if comparison_key(classes[position][1]) == key
        )
    return _above_its_dek(classes, _without_site_printing(classes, headline, first))


def plan_page(texts: Sequence[str]) -> PagePlan | None:
    """The zones of a segment's stripped lines, or ``None`` when it is not page-like.

    Examples:
        >>> text = "The storm hit the coast on Monday, the worst the town had seen in years. " * 3
        >>> plan = plan_page(["Menu", "Storm hits the coast", "By Ann Lee", text, text])
        >>> plan.headline, plan.body_start, plan.body_end
        (1, 3, 4)
    """
    context = page_context(texts)
    if context is None:
        return None
    classes, first, last, kinds, keys, dense = context
    window, candidates, fallback = headline_candidates(classes, first, last)
    weights = EVIDENCE_ONLY if dense else HEADLINE_WEIGHTS
    best: int | None = None
    best_score = 0.0
    echoed = main_words(classes, first)
    for position in candidates:
        features = headline_features(classes, position, first, keys, dense, echoed)
        score = sum(weight * value for weight, value in zip(weights, features, strict=True))
        if best is None or score > best_score + _TIE:
            best, best_score = position, score
    if best is None:
        best = fallback
    headline = settle_headline(classes, window, best, first)
    if headline < first:  # the main text starts at the first good line after the headline
        first = next(
            position
            for position in range(headline + 1, first + 1)
            if classes[position][2] in (LineClass.GOOD, LineClass.NEAR_GOOD)
        )
        if dense:
            first = _extracted_opening(classes, headline, first)
    end = _extend_body(classes, _last_of_main_text(classes, kinds, last, dense), dense)
    chrome = [] if dense else _inner_chrome(classes, first, end)
    head_start = headline
    while head_start > max(0, headline - _NEAR + 1) and _reads_as_head_line(
        classes[head_start - 1][1]
    ):
        head_start -= 1
    return PagePlan(
        headline=classes[headline][0],
        head_start=classes[head_start][0],
        body_start=classes[first][0] if first > headline else classes[headline][0] + 1,
        body_end=classes[end][0],
        chrome=frozenset(classes[position][0] for position in chrome),
        section=_section_label(classes, head_start),
    )


def plan_above_comments(
    texts: Sequence[str], plan: PagePlan, section_start: int
) -> PagePlan | None:
    """The plan of the page above a comment section that its main text runs into at once.

    On a blog page whose comments outweigh the post, the densest run of good
    lines is the comment section: its first comments are read as the head
    and the post above them is lost. When the section opens a few lines into
    the main text, the page above the section is planned on its own, and its
    main text is taken when it outweighs what the first plan's main text
    holds before the section.

    Examples:
        >>> post = "The storm hit the coast on Monday, the worst the town had seen. " * 4
        >>> note = "I was there that night and the wind was louder than anything. " * 6
        >>> texts = ["Storm hits the coast", post, "Comments", "Ann says:", note, "Ben says:", note]
        >>> plan = PagePlan(headline=2, head_start=2, body_start=3, body_end=6, chrome=frozenset())
        >>> plan_above_comments(texts, plan, 4).body_start
        1
    """
    if not plan.body_start < section_start < plan.body_end:
        return None
    opening = _long_lines_weight(texts, plan.body_start, section_start)
    if opening > _MAX_OPENING:
        return None
    above = plan_page(texts[:section_start])
    if above is None or not above.headline < above.body_start <= above.body_end:
        return None
    if _long_lines_weight(texts, above.body_start, above.body_end + 1) <= _OUTWEIGH * opening:
        return None
    return above


_MAX_OPENING = 1000
"""The most characters (of long lines) a main text may hold before a comment section that
opens in it and still be a misread comment section."""

_OUTWEIGH = 2


def _long_lines_weight(texts: Sequence[str], start: int, end: int) -> int:
    """The characters of the lines ``start`` to ``end - 1`` that are too long to be short."""
    return sum(len(text) for text in texts[start:end] if len(text) >= _LENGTH_LOW)


_MAX_SECTION_WORDS = 4
_MAX_SECTION = 40


def _is_label(text: str) -> bool:
    """A few words, no digit, no sentence: the shape of a section label or a menu item."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_SECTION_WORDS
        and len(text) <= _MAX_SECTION
        and not has_digit(text)
        and not text.startswith(_BULLETS)
        and not text.endswith((".", ",", ";", ":", "!", "?", "|"))
        and any(char.isalpha() for char in text)
    )


def _is_section_shaped(text: str) -> bool:
    """A label that names a section: one word, or words a person's name would not have.

    Two or three capitalised words alone read as a name (a byline above the
    headline), a dot as a domain, a ``›`` as a breadcrumb.
    """
    if not _is_label(text) or text.casefold() in PAGE_UI_LABELS:
        return False
    if text.startswith("#") or any(mark in text for mark in (".", "›", ">", "»", "@", "/")):
        return False
    words = text.split()
    return len(words) == 1 or any(
        not word[:1].isupper() or word in ("&", ",") or word.endswith(",") for word in words
    )


def _section_label(classes: Sequence[tuple[int, str, str]], head_start: int) -> int | None:
    """The line index of the kicker or section label printed right above the head, if any.

    A label of a few words that is not residue, not a time and not a byline,
    standing alone: the line above it is no label too, since the last item of
    a menu looks the same.
    """
    if head_start == 0:
        return None
    text = classes[head_start - 1][1]
    if not _is_section_shaped(text) or read_residue(text) is not None:
        return None
    if _reads_as_head_line(text):
        return None
    if all(word.strip(":|·•") in SOCIAL_WORDS for word in text.casefold().split()):
        return None
    above = classes[head_start - 2][1] if head_start > 1 else ""
    if len(above) <= _MAX_SECTION and len(above.split()) <= _MAX_SECTION_WORDS:
        return None  # a menu's last item (or the first line of the text)
    return classes[head_start - 1][0]


def _extracted_opening(classes: Sequence[tuple[int, str, str]], headline: int, first: int) -> int:
    """Where an extractor's main text starts: at its first good line ``first``, or higher up.

    The first line that opens running text (`_opens_extracted_text`) below the
    headline and below the last byline, time or dateline above ``first`` starts
    it (the head lines stay the head's).
    """
    top = headline + 1
    for position in range(first - 1, headline, -1):
        if _reads_as_head_line(classes[position][1]):
            top = position + 1
            break
    for position in range(top, first):
        _, text, kind = classes[position]
        if _opens_extracted_text(text, kind):
            return position
    return first


def _opens_extracted_text(text: str, kind: str) -> bool:
    """In an extractor's text, a line under the headline that opens the main text.

    An extractor keeps the article's first paragraphs, which may be too short or
    hold too few stopwords to be good lines: any line of some length, or a
    sentence, opens the main text. Not a list item or a table row (a list of
    related links over the article) and not residue.
    """
    if text.startswith((*_LIST_MARKS, "|")) or read_residue(text) is not None:
        return False
    return kind != LineClass.SHORT or _is_running_text(text, kind)


def _is_running_text(text: str, kind: str) -> bool:
    """Near-good or good, a sentence or a list item of some words: what a body holds."""
    if kind == LineClass.GOOD or kind == LineClass.NEAR_GOOD:
        return True
    words = len(text.split())
    if text.startswith(_LIST_MARKS) and words > _MIN_ITEM_WORDS and not _is_title_cased(text):
        return True
    if text.startswith("|") and text.count("|") >= _MIN_TABLE_BARS:  # a table row
        return True
    return words >= _MIN_SENTENCE_WORDS and text.endswith(_SENTENCE_ENDS)


_LIST_MARKS = ("- ", "• ", "* ", "· ")
_MIN_ITEM_WORDS = 4
_MIN_TABLE_BARS = 3


_MIN_SENTENCE_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u00bb")


def _is_title_cased(text: str) -> bool:
    """Whether most words open with a capital: a linked headline, not a sentence."""
    words = [word for word in text.split() if word[:1].isalpha()]
    capitals = sum(1 for word in words if word[:1].isupper())
    return len(words) > 1 and capitals >= _TITLE_CASE_SHARE * len(words)


_TITLE_CASE_SHARE = 0.7


def _last_of_main_text(
    classes: Sequence[tuple[int, str, str]], kinds: tuple[str, ...], last: int, dense: bool
) -> int:
    """The last good line of the main text: the densest run's, or a later good line's.

    On a flattened page the main text goes on past images, subheadings and
    lists, but not past a line that ends an article: residue (a share bar, a
    newsletter prompt, comment UI, a related list's header) or a footer's
    legal line. An extractor's text (``dense``) holds little chrome, and runs
    to its last good line.
    """
    end = last
    for position in range(last + 1, len(classes)):
        _, text, kind = classes[position]
        if kind in kinds:
            end = position
        elif not dense and _ends_article(text) and not _label_amid_text(classes, kinds, position):
            break
    return end


def _ends_article(text: str) -> bool:
    """Residue, a related list's header or a legal line: what ends a flattened article."""
    return len(text) < _LENGTH_LOW and (
        read_residue(text) is not None or is_legal_line(text) or is_related_block_header(text)
    )


_AMID = 3
_GOOD_AFTER = 4
_LOOK_AFTER = 12
"""A label with no other residue within ``_AMID`` lines, and ``_GOOD_AFTER`` good
lines among the ``_LOOK_AFTER`` after it, stands amid the text (an ad's label)."""


def _label_amid_text(
    classes: Sequence[tuple[int, str, str]], kinds: tuple[str, ...], position: int
) -> bool:
    """Whether the residue line at ``position`` is a lone label with running text under it."""
    near = range(max(0, position - _AMID), min(len(classes), position + _AMID + 1))
    if any(k != position and _ends_article(classes[k][1]) for k in near):
        return False
    after = classes[position + 1 : position + 1 + _LOOK_AFTER]
    return sum(1 for _, _, kind in after if kind in kinds) >= _GOOD_AFTER


def _extend_body(classes: Sequence[tuple[int, str, str]], last: int, dense: bool = False) -> int:
    """The body's last position: the last good line, then running text after it.

    One short line between running text (a subheading) does not end it; a
    footer's legal line does, and so does a line that ends an article (residue,
    a related list's header) unless running text follows it at once. In an
    extractor's text (``dense``), whose lists and tables are the article's own,
    the body also runs on through list items and table rows of any length, up
    to `_DENSE_GAP` short lines (headings) above them; a list item that ends
    with a full date is a related post's, not the body's.
    """
    end = last
    gap = _DENSE_GAP if dense else _GAP
    position = last + 1
    while position < len(classes):
        _, text, kind = classes[position]
        if is_legal_line(text):
            break
        running = _is_running_text(text, kind)
        if (dense and _is_list_or_row(text)) or (running and position - end <= _GAP + 1):
            end = position
        elif (
            running
            or position - end > gap
            or (_ends_article(text) and not _runs_on(classes, position + 1))
        ):
            break
        position += 1
    return end


def _runs_on(classes: Sequence[tuple[int, str, str]], position: int) -> bool:
    """Whether the line at ``position`` is running text (past the end: no)."""
    if position >= len(classes):
        return False
    _, text, kind = classes[position]
    return _is_running_text(text, kind)


_GAP = 1
"""How many short lines in a row may stand between running text of a body (a subheading)."""

_DENSE_GAP = 3
"""How many short lines in a row may stand above a list or table of an extractor's text."""


def _is_list_or_row(text: str) -> bool:
    """A list item or a table row, whatever its length: what a body's lists and tables hold."""
    if text.startswith(_LIST_MARKS):
        return len(text) > 2 and not (text[-1:].isdigit() and find_full_date(text) is not None)
    return text.startswith("|") and text.endswith("|") and text.count("|") >= _MIN_ROW_BARS


_MIN_ROW_BARS = 2


def _is_chrome_shaped(text: str, kind: str) -> bool:
    """A line of a link list or share bar: short or bad, and no sentence."""
    if _is_running_text(text, kind):
        return False
    return not text.endswith((".", "!", "?", '"', "\u201d", ":"))


def _inner_chrome(classes: Sequence[tuple[int, str, str]], first: int, last: int) -> list[int]:
    """Positions inside the main text that are runs of chrome-shaped lines."""
    chrome: list[int] = []
    run: list[int] = []
    for position in range(first, last + 1):
        _, text, kind = classes[position]
        if _is_chrome_shaped(text, kind):
            run.append(position)
            continue
        if len(run) >= _MIN_CHROME_RUN:
            chrome += run
        run = []
    if len(run) >= _MIN_CHROME_RUN:
        chrome += run
    return chrome
