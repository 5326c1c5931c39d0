"""Markers of one line: a comment's head, signature or UI line, and a section's header."""

from __future__ import annotations

import functools

import regex

from corpusparse.model import Timestamp
from corpusparse.parsing.comments.items import _CACHE_SIZE, Marker, _Reading
from corpusparse.parsing.comments.names import (
    _MAX_MARK,
    _NOT_AUTHORS,
    _SIGNATURE_OPENERS,
    _bare_name,
    _clean_name,
    _plausible_name,
    _strip_edges,
    _strip_lead,
    _ui_kind,
    _verb_head,
)
from corpusparse.parsing.dates import has_digit, read_datetime
from corpusparse.parsing.patterns import (
    COMMENT_DATE_DIGIT,
    COMMENT_DATE_SPAN,
    COMMENT_SECTION_COUNT,
)
from corpusparse.parsing.readers import (
    is_related_block_header,
    may_contain,
    read_comment_head,
    read_timestamp,
)
from corpusparse.parsing.vocabulary import (
    COMMENT_FORM_HEADERS,
    COMMENT_SECTION_ENDERS,
    COMMENT_SECTION_TITLES,
    residue_key,
)

__all__ = ["header_kind", "read_marker"]


def _posted(posted: Timestamp | str | None) -> Timestamp | None:
    """The time of a `_Reading`, read now if it is still text."""
    return _timestamp(posted) if isinstance(posted, str) else posted


def _posted_text(posted: Timestamp | str) -> str:
    return posted if isinstance(posted, str) else posted.text


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _timestamp(text: str) -> Timestamp:
    read = read_timestamp(text)
    if read is not None:
        return read
    try:
        value = read_datetime(text)
    except (ValueError, OverflowError, TypeError):  # pragma: no cover - dateutil guards
        value = None
    return Timestamp(text=text, value=value)


_MONTH_OPENERS = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
    *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)
"""How every month name of `COMMENT_DATE_SPAN` opens (it reads them case-sensitively)."""


def _may_hold_date(text: str) -> bool:
    """Whether `COMMENT_DATE_SPAN` can find a date in ``text``: each match is a
    relative time (its ``ago`` shows in ``text.lower()``) or holds a digit and
    either a month name or one of the separators ``/``, ``.`` and ``-`` of its
    numeric dates. In ASCII text ``\\d`` is ``[0-9]`` (`has_digit`), and a numeric date
    prints a separator between two digits (`_digits_joined`); elsewhere
    `COMMENT_DATE_DIGIT` asks the regex module, which knows newer digits."""
    if "ago" in text.lower():
        return True
    if text.isascii():
        if not has_digit(text):
            return False
        return any(month in text for month in _MONTH_OPENERS) or _digits_joined(text)
    if COMMENT_DATE_DIGIT.search(text) is None:
        return False
    return (
        "/" in text or "." in text or "-" in text or any(month in text for month in _MONTH_OPENERS)
    )


def _digits_joined(text: str) -> bool:
    """Whether the ASCII ``text`` prints a digit, then ``/``, ``.`` or ``-``, then a digit:
    where each numeric date of `COMMENT_DATE_SPAN` joins its numbers (a stop does not)."""
    for separator in "/.-":
        at = text.find(separator, 1)
        while at != -1:
            if text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
                return True
            at = text.find(separator, at + 1)
    return False


def _date_span(text: str) -> regex.Match[str] | None:
    """`COMMENT_DATE_SPAN` searched in ``text``, after the cheap `_may_hold_date`."""
    return COMMENT_DATE_SPAN.search(text) if _may_hold_date(text) else None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _one_line_marker(text: str) -> _Reading | None:
    """A head or signature held by one line, or ``None``."""
    if not text or len(text) > _MAX_MARK:
        return None
    folded = text.casefold()
    cue = "signature" if folded.startswith(_SIGNATURE_OPENERS) else "any"
    body = _strip_lead(text)
    if body.startswith("—") or (body[:1] in "–-" and body.lstrip("–-")[:1].isalpha()):
        name = _strip_edges(body.lstrip("—–- "))
        if _plausible_name(name) and len(name.split()) <= 4 and _date_span(name) is None:
            return _Reading(name, None, 1, "signature")
    span = _date_span(body)
    if span is not None:
        before = body[: span.start()]
        after = body[span.end() :]
        name_before = _clean_name(before)
        name_after = _clean_name(after)
        if name_before and not _plausible_name(name_before):
            return None
        if name_after and not _plausible_name(name_after):
            if name_before or len(name_after.split()) > 3:
                return None
            name_after = ""
        author = name_before or name_after or None
        if author is not None and author.casefold() in _NOT_AUTHORS:
            author = None
        if _verb_head(before.strip()) is not None:
            cue = "head"
        return _Reading(author, span.group().strip(" ,"), 1, cue)
    verb_name = _verb_head(body)
    if verb_name is not None:
        return _Reading(verb_name, None, 1, "head")
    if folded.startswith("by "):
        name = _clean_name(body[3:])
        if _plausible_name(name) and len(name.split()) <= 4:
            return _Reading(name, None, 1, cue)
    return None


def read_marker(text: str, following: str | None = None) -> Marker | None:
    """Read a comment head or signature at a line (and the line after it).

    One line: ``Ann Lee — March 3, 2012, 10:15 am``, ``Ann Lee | 11/6/2012 3:07 AM``,
    ``On March 3, 2012, Ann Lee said...``, ``Posted by: Ann Lee | March 3, 2012 at
    10:15 AM``, ``— Ann Lee``, ``Ann Lee says:``, a time alone. Two lines: a name
    (or ``Ann Lee says:``) and a time line, or a time line and ``Ann Lee said:``.

    Examples:
        >>> read_marker("Ann Lee | 11/6/2012 3:07 AM").author
        'Ann Lee'
    """
    reading = _read_marker(text, following)
    if reading is None:
        return None
    return Marker(
        reading.author, _posted(reading.posted), reading.lines, reading.cue, reading.reply_to
    )


def _read_marker(text: str, following: str | None) -> _Reading | None:
    """`read_marker`, its time left as text."""
    if not text or len(text) > _MAX_MARK:
        return None
    one = _one_line_marker(text)
    nxt = _one_line_marker(following) if following else None
    if nxt is not None and _ui_kind(following) is not None:
        nxt = None
    if one is not None:
        if one.posted is None and nxt is not None and nxt.author is None and nxt.posted:
            return _Reading(one.author, nxt.posted, 2, "head")
        if (
            one.author is None
            and nxt is not None
            and nxt.author is not None
            and nxt.posted is None
            and nxt.cue == "head"
            and following is not None
            and following.endswith((":", ","))
        ):
            return _Reading(nxt.author, one.posted, 2, "head")
        if (
            one.author is None
            and one.posted is not None
            and nxt is None
            and following
            and _clocked(_posted_text(one.posted))
        ):  # a clock or relative time over a name alone: ``3 hours ago``, ``Ann L.``
            name = _bare_name(following)
            if name is not None:
                return _Reading(name, one.posted, 2, "head")
        return one
    if nxt is not None and nxt.author is None and nxt.posted is not None:
        name = _bare_name(text)
        if name is not None:
            return _Reading(name, nxt.posted, 2, "head")
    if "•" in text or "·" in text:
        return _bullet_head(text)
    return None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _bullet_head(text: str) -> _Reading | None:
    """A one-line head with a time (``Ann Lee • 3 years ago``), read by `read_comment_head`.

    It is asked without the following line: that line only ever makes a
    two-line head or a head without a time, which are not taken here.
    """
    head = read_comment_head(text, None, date_only=True)
    if head is not None and head.lines == 1 and head.posted is not None:
        return _Reading(head.author, head.posted, 1, "head", head.reply_to)
    return None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def header_kind(text: str) -> str | None:
    """The kind of a comment-section header line: ``count``, ``title``, ``form`` or ``None``.

    Examples:
        >>> header_kind("{ 20 comments… read them below or add one }")
        'count'
    """
    if not text or len(text) > _MAX_MARK:
        return None
    text = _lone_cell(text)
    key = residue_key(text.strip("{}[]()« "))
    if key in COMMENT_FORM_HEADERS:
        return "form"
    if key in COMMENT_SECTION_TITLES:
        return "title"
    if not has_digit(text[:40]) and not key.startswith(
        ("one", "no ", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    ):
        return None
    if not may_contain(text, _SECTION_NOUN_STEMS):
        return None
    match = COMMENT_SECTION_COUNT.fullmatch(text)
    if match is None:
        return None
    tail = (match["tail"] if match["tail"] is not None else match["after"] or "").strip()
    if _acceptable_tail(tail):
        return "count"
    return None


_SECTION_NOUN_STEMS = (
    *("comment", "coment", "kommentar", "respon", "respuesta", "r\u00e9ponse", "repl"),
    *("thought", "reaction", "trackback", "pingback", "gossip"),
)
"""One of these stands in the noun of every `COMMENT_SECTION_COUNT` match, lower-cased."""


def _lone_cell(text: str) -> str:
    """The one filled cell of a table row flattened to a line (``| 3 comments |  |  |``),
    or the line itself."""
    if not (text.startswith("|") and text.endswith("|")):
        return text
    cells = [cell.strip() for cell in text.split("|") if cell.strip()]
    return cells[0] if len(cells) == 1 else text


_TAIL_OPENERS = (":", "…", "...", "»", "}", ")", "]", "|", "-", "–", "—", ".", ",", "(", "!")
_TAIL_WORDS = frozenset(
    ("on", "to", "about", "so", "and", "add", "leave", "post", "read", "for", "in", "no")
)
_QUOTES = "“”\"'‘’«»"


def _acceptable_tail(tail: str) -> bool:
    """Whether what follows the count of a header is a title or a call to action."""
    if not tail:
        return True
    if len(tail) > 140:
        return False
    if tail.startswith(_TAIL_OPENERS):
        return len(tail.split()) <= 10
    first = tail.split()[0].casefold()
    if first not in _TAIL_WORDS:
        return False
    if first in ("on", "to", "about", "in"):
        return any(quote in tail for quote in _QUOTES) or not tail.endswith((".", "!", "?"))
    return True


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _ends_section(text: str) -> bool:
    """Whether a line is a sidebar or footer header that ends the section."""
    if not text or len(text) > 80:
        return False
    if text.startswith(("©", "Copyright", "(c) ", "Powered by")):
        return True
    key = residue_key(text.lstrip("•*- "))
    return key in COMMENT_SECTION_ENDERS or is_related_block_header(text)


def _clocked(text: str) -> bool:
    """Whether a printed time holds a clock time or is relative (``3 days ago``)."""
    return ":" in text or text.casefold().endswith("ago")
