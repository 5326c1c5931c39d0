"""The shapes of a page's head: title-shaped lines, breadcrumbs, head lines, captions."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from corpusparse.model import NOWHERE
from corpusparse.parsing.dates import find_full_date, has_digit
from corpusparse.parsing.readers import (
    is_caption_shaped,
    is_photo_credit,
    read_byline_line,
    read_credit,
    read_dateline,
    read_head_date,
    read_loose_byline,
    read_user_byline,
)
from corpusparse.parsing.vocabulary import (
    ACCOUNT_PROMPTS,
    CREDIT_LINE_OPENERS,
    PAGE_NOTICE_TOPICS,
    SERVER_MESSAGE_OPENERS,
    SHARE_BAR_FILLERS,
    SOCIAL_WORDS,
    STOPWORDS,
)
from corpusparse.parsing.zones.line_classes import _LIST_MARKS, _READINGS_CACHE, LineClass

__all__ = []

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

_BULLETS = ("•", "·", "*", "|", "›", ">", "»", "→", "←", "■", "▪", "-", "–", "©")


@functools.lru_cache(maxsize=_READINGS_CACHE)
def _is_title_shaped(text: str) -> bool:
    """Whether a line has a title's shape (remembered: the candidates' neighbours are
    candidates too)."""
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
        and "©" not in text  # a caption's or a footer's credit
        and not _is_share_bar(text)
        and not _is_server_message(text)
        and not _is_account_prompt(text)
    )


def _is_account_prompt(text: str) -> bool:
    """Whether a line asks the reader to log in, sign up or search (`ACCOUNT_PROMPTS`):
    ``Noch kein Account?``, ``Sign in to read on``."""
    folded = text.casefold()
    return any(phrase in folded for phrase in ACCOUNT_PROMPTS)


def _is_share_bar(text: str) -> bool:
    """Whether a line holds share and follow buttons only: social words (`SOCIAL_WORDS`),
    and the words that join them (``Auf Facebook teilen Auf WhatsApp teilen``)."""
    words = [word.strip(":|·•") for word in text.casefold().split()]
    social = sum(word in SOCIAL_WORDS for word in words)
    return social > 0 and social + sum(word in SHARE_BAR_FILLERS for word in words) == len(words)


def _is_server_message(text: str) -> bool:
    """Whether a line is a script's error printed into the page (``Warning: f() ... in
    /path/file.php on line 12``)."""
    return text.startswith(SERVER_MESSAGE_OPENERS) and " on line " in text


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
    a few other words (`read_loose_byline`, `read_head_date`); a post's meta line
    (``Published: DATE | Author: A | Filed under: X``) reads as its first part does."""
    try:
        if read_byline_line(text) is not None or read_dateline(text, NOWHERE) is not None:
            return True
        if len(text) > _MAX_LOOSE_HEAD:
            first, pipe, _ = text.partition(" | ")
            return bool(pipe) and len(first) <= _MAX_LOOSE_HEAD and _reads_as_head_line(first)
        return (
            (has_digit(text) and read_head_date(text) is not None)
            or read_loose_byline(text) is not None
            or read_user_byline(text) is not None
        )
    except TimeoutError:
        return False


_MAX_LOOSE_HEAD = 100


def _first_running_pair(classes: Sequence[tuple[int, str, str]], limit: int) -> tuple[int, int]:
    """The positions of the first two running-text lines close together (both ``limit``
    when none stands before ``limit``)."""
    previous = -10
    for position in range(limit):
        kind = classes[position][2]
        text = classes[position][1]
        if (
            (kind == LineClass.GOOD or kind == LineClass.NEAR_GOOD)
            and not text.startswith(_LIST_MARKS)  # teasers of other articles are list items
            and not _is_page_notice(text)
            and not (
                len(text) <= _MAX_UI_LINE and (_is_share_bar(text) or _is_account_prompt(text))
            )
        ):
            if position - previous <= 2:
                return previous, position
            previous = position
    return limit, limit


_MAX_UI_LINE = 300
"""The longest running line that may be a share bar or a log-in prompt (a paragraph is
neither, and is not split into words to find out)."""


def _is_page_notice(text: str) -> bool:
    """Whether running text is a notice of the page, not of its article: a cookie or
    consent notice, a browser or script notice (`PAGE_NOTICE_TOPICS`), or a script's error."""
    if _is_server_message(text):
        return True
    folded = text.casefold()
    return any(
        topic in folded and any(word in folded for word in words)
        for topic, words in PAGE_NOTICE_TOPICS.items()
    )


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
    text = classes[position][1]
    if ":" in text or has_digit(text):
        return False  # "Topic: Title", "Title 2024": no name
    words = [word for word in text.split() if word != "&"]
    if len(words) > _MAX_NAME_WORDS or not all(word[:1].isupper() for word in words):
        return False
    if any(word.casefold() in STOPWORDS for word in words):
        return False
    return position + 1 < len(classes) and _reads_as_head_line(classes[position + 1][1])


def _word_count(text: str) -> int:
    """How many words of ``text`` hold a letter or a digit."""
    return sum(1 for word in text.split() if word.isalnum() or any(map(str.isalnum, word)))
