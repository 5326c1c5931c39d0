"""Datelines, timestamps, pingbacks, and the heads of reader comments."""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from corpusparse.model import Dateline, Pingback, Span, Timestamp
from corpusparse.parsing.dates import read_datetime, read_printed_time
from corpusparse.parsing.patterns import (
    AT_MENTION,
    COMMENT_BULLET_HEAD,
    COMMENT_NUMBER,
    COMMENT_ON_SAID,
    COMMENT_SAYS,
    COMMENT_TIMESTAMP,
    DATELINE,
    DATELINE_NO_AGENCY,
    DATELINE_TITLE_CASE,
    IN_REPLY_TO,
    PINGBACK,
    PINGBACK_SEPARATOR,
    TRAILER,
    TRAILER_PART,
    time_limit,
)
from corpusparse.parsing.readers.names import read_names
from corpusparse.parsing.vocabulary import AGENCIES

__all__ = [
    "CommentHead",
    "is_timestamp",
    "read_comment_head",
    "read_dateline",
    "read_pingback",
    "read_reply_to",
    "read_timestamp",
    "read_trailer",
    "resolve_mention",
]

_NOT_PLACES = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "WATCH",
        "NOTE",
        "CORRECTION",
        "FILE",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "OPINION",
        "ANALYSIS",
        "LIVE",
        "WARNING",
        "TOPSHOT",
        "READ",
        "ALSO",
        "RELATED",
        "Q",
        "A",
        "EDITOR'S",
        "EDITORS",
        "URGENT",
        "ALERT",
        "SPOILER",
    ]
)


def _opens_sentence(rest: str) -> bool:
    first = rest[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "\"“‘'«¿¡")


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
"""The lower-case ASCII letters (a cheap test before the dateline patterns)."""


def read_dateline(text: str, span: Span) -> tuple[Dateline, str] | None:
    """Split a dateline opening (``PLACE (Agency) — text``) into the dateline and the text.

    Also reads ``LONDON, Jan 5 (Reuters) - ``, ``Berlin (dpa) - `` (known
    agencies only), ``PORTSMOUTH, Ohio — `` and ``NEW DELHI: `` (no agency).
    """
    first = text[:1]
    if not first.isupper():
        return None
    # An upper-case place (`DATELINE`, `DATELINE_NO_AGENCY`) never has a lower-case
    # ASCII letter second, and `DATELINE_TITLE_CASE` needs the agency's bracket:
    # most paragraphs (``The ...``) are declined without a regex.
    upper_place = text[1:2] not in _ASCII_LOWER
    if not upper_place and "(" not in text:
        return None
    match = DATELINE.match(text, timeout=time_limit(text)) if upper_place else None
    agency: str | None = None
    if match is not None:
        agency = match["agency"].strip()
    else:
        match = DATELINE_TITLE_CASE.match(text, timeout=time_limit(text)) if "(" in text else None
        if match is not None and match["agency"].strip().casefold() in AGENCIES:
            agency = match["agency"].strip()
        else:
            if not upper_place:
                return None
            match = DATELINE_NO_AGENCY.match(text, timeout=time_limit(text))
            if match is None or match["place"].split()[0].rstrip(",:") in _NOT_PLACES:
                return None
            if not _opens_sentence(text[match.end() :]):
                return None
            if match.group().rstrip().endswith(":") and len(match["place"]) < 3:
                return None
    if match.end() == len(text):
        return None
    if (
        agency is not None
        and not DATELINE.match(text, timeout=time_limit(text))
        and not _opens_sentence(text[match.end() :])
    ):
        return None
    dateline = Dateline(place=match["place"], agency=agency, text=match.group(), span=span)
    return dateline, text[match.end() :]


_MONTH_INITIALS = frozenset("JFMASOND")
"""The letters an English month name, and so a `COMMENT_TIMESTAMP`, opens with."""


def is_timestamp(text: str) -> bool:
    """Whether a line has the shape of a comment time (`read_timestamp` reads it)."""
    return (
        len(text) <= 64
        and text[:1] in _MONTH_INITIALS
        and COMMENT_TIMESTAMP.fullmatch(text) is not None
    )


def read_timestamp(text: str) -> Timestamp | None:
    """A comment time line: a date with a clock time, or a relative time.

    Example: ``November 21, 2014 at 10:08 PM``, ``3 years ago``.
    """
    if len(text) > 90:
        return None
    return _read_short_timestamp(text)


@functools.lru_cache(maxsize=4096)
def _read_short_timestamp(text: str) -> Timestamp | None:
    """`read_timestamp` of a line of at most 90 characters, remembered: the comment
    rule asks it of every short line after the head (names, ``Reply``, times)."""
    if text[:1] in _MONTH_INITIALS and COMMENT_TIMESTAMP.fullmatch(text) is not None:
        return Timestamp(text=text, value=read_datetime(text))
    read = read_printed_time(text)
    if read is None:
        return None
    value = read[1]
    if isinstance(value, dt.datetime) or value is None:
        return Timestamp(text=text, value=value)
    return Timestamp(text=text, value=dt.datetime(value.year, value.month, value.day))


def read_pingback(text: str, span: Span) -> Pingback | None:
    """A ``Pingback: TITLE - SITE`` line, split at its last separator."""
    if not text.startswith("Pingback:"):
        return None
    match = PINGBACK.fullmatch(text, timeout=time_limit(text))
    if match is None:
        return None
    rest = match["rest"]
    split = PINGBACK_SEPARATOR.search(rest, timeout=time_limit(rest))
    if split is not None:
        title, site = rest[: split.start()].strip(), rest[split.end() :].strip()
        if title and site:
            return Pingback(title=title, site=site, span=span)
    return Pingback(title=rest.strip(), site=None, span=span)


class CommentHead(NamedTuple):
    """The head of a comment read from one line or two.

    Attributes:
        author: The commenter, without numbering, ``says:`` or ``• edited``.
        posted: When it was posted, or ``None`` when the head prints no time.
        reply_to: The author answered, when the head names one (``A → B``).
        lines: How many lines the head takes (1 or 2).
    """

    author: str
    posted: Timestamp | None
    reply_to: str | None
    lines: int


_MAX_AUTHOR = 80


def _strip_number(text: str) -> str:
    if text[:1].isdigit() or text.startswith("#"):
        number = COMMENT_NUMBER.match(text)
        if number is not None:
            return text[number.end() :]
    return text


def _plausible_shape(text: str) -> bool:
    """Whether ``text`` is short enough and unpunctuated enough to be a commenter's name."""
    return (
        0 < len(text) <= _MAX_AUTHOR
        and len(text.split()) <= 8
        and not text.endswith((".", ":", ",", ";", "?", "!"))
    )


def _plausible_author(text: str) -> bool:
    return _plausible_shape(text) and read_timestamp(text) is None


def _may_be_bullet_head(text: str) -> bool:
    """Whether ``text`` (with a bullet or middle dot) may be a `COMMENT_BULLET_HEAD`: it
    opens with the name, not a bullet, and prints one bullet, or two before ``edited``
    (a menu of three items or more asks no regex)."""
    return text[0] not in "•·" and text.count("•") + text.count("·") <= 2


def read_comment_head(
    first: str, second: str | None, *, date_only: bool = False
) -> CommentHead | None:
    """Read a comment head: ``A says:`` + time, ``A • 3 years ago``, ``A`` + time ...

    ``first`` is the line at the cursor and ``second`` the line after it (or
    ``None``). A plain name followed by a time needs a clock or relative time,
    unless ``date_only`` allows a date alone (inside the comment section).
    """
    if not first or len(first) > 200:
        return None
    text = _strip_number(first)
    if ("•" in text or "·" in text) and _may_be_bullet_head(text):
        bullet = COMMENT_BULLET_HEAD.fullmatch(text)
        if bullet is not None:
            posted = read_timestamp(bullet["time"].strip())
            author = bullet["author"].strip()
            if posted is not None and _plausible_author(author):
                to = bullet["to"].strip() if bullet["to"] else None
                return CommentHead(author, posted, to, 1)
    if text.endswith(":") or text.endswith("said"):
        said = COMMENT_ON_SAID.fullmatch(text)
        if said is not None:
            posted = read_timestamp(said["time"].strip())
            if posted is not None and _plausible_author(said["author"]):
                return CommentHead(said["author"], posted, None, 1)
        says = COMMENT_SAYS.fullmatch(text)
        if says is not None and _plausible_author(says["author"]):
            posted = read_timestamp(second) if second else None
            if posted is not None or date_only:
                return CommentHead(says["author"], posted, None, 2 if posted else 1)
    if second is None or not _plausible_shape(text):
        return None
    posted = read_timestamp(second)
    if posted is None or read_timestamp(text) is not None:
        return None
    clock = ":" in posted.text or any(word in posted.text.casefold() for word in ("am", "pm"))
    if not date_only and posted.value is not None and not clock:
        return None
    return CommentHead(text, posted, None, 2)


def read_reply_to(text: str) -> str | None:
    """The name in an ``In reply to B.`` line."""
    if len(text) > 120 or not text[:1].isalpha():
        return None
    match = IN_REPLY_TO.fullmatch(text)
    return match["name"].strip() if match else None


def resolve_mention(text: str, authors: list[str]) -> str | None:
    """The earlier commenter a reply's leading ``@Name`` names, longest name first.

    Examples:
        >>> resolve_mention("@ann yes", ["Ann", "ann"])
        'Ann'
    """
    if not text.startswith("@"):
        return None
    match = AT_MENTION.match(text)
    if match is None:
        return None
    mention = match["name"].casefold()
    # dict.fromkeys, not set: among names of one length the earliest commenter
    # wins, whatever the process's hash seed.
    for author in sorted(dict.fromkeys(authors), key=len, reverse=True):
        folded = author.casefold()
        if mention.startswith(folded):
            after = mention[len(folded) : len(folded) + 1]
            if not after or not after.isalnum():
                return author
    return None


def read_trailer(text: str) -> tuple[str, ...] | None:
    """The names of a wire trailer ``(Reporting by A in Lima; Editing by B)``."""
    if len(text) > 520 or "by" not in text:
        return None
    match = TRAILER.fullmatch(text)
    if match is None:
        return None
    names: list[str] = []
    for part in match["body"].split(";"):
        read = TRAILER_PART.fullmatch(part.strip())
        if read is None:
            return None
        part_names = read_names(read["names"].strip().rstrip("."))
        if part_names is None:
            return None
        names.extend(part_names)
    return tuple(names)
