"""Readers for single lines: each returns the element a line holds, or ``None``.

The block rules decide *where* an element may stand; these functions decide
*whether* a line has its shape and pull out its parts. All take stripped text.

Every match on a long line carries a time limit (`corpusparse.patterns.time_limit`);
a reader that runs over it raises `TimeoutError`, which `corpusparse.blocks.classify`
turns into a ``pattern_timeout`` defect.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from corpusparse.dates import (
    TimeReading,
    find_full_date,
    read_datetime,
    read_labelled_time,
    read_printed_time,
)
from corpusparse.models import BoilerplateKind, Caption, Dateline, Pingback, Span, Timestamp
from corpusparse.patterns import (
    AT_MENTION,
    AUTHOR_NAME,
    AUTHOR_SEPARATOR,
    BRACKETED_CREDIT,
    BYLINE,
    BYLINE_PART_SEPARATOR,
    BYLINE_TIME_COMMA,
    CAPTION_OPENING,
    CLICK_TO_SHARE,
    COMMENT_BULLET_HEAD,
    COMMENT_COUNT,
    COMMENT_COUNTER,
    COMMENT_NUMBER,
    COMMENT_ON_SAID,
    COMMENT_SAYS,
    COMMENT_TIMESTAMP,
    COMMENTS_SEPARATOR,
    CONSENT_NOTICE,
    CONSENT_OPENING,
    CREDIT_LABEL,
    CREDIT_LINE,
    DATELINE,
    DATELINE_NO_AGENCY,
    DATELINE_TITLE_CASE,
    IMAGE_SOURCE,
    IN_REPLY_TO,
    NAME_IN_PLACE,
    PINGBACK,
    PINGBACK_SEPARATOR,
    POSTED_ON_BY,
    PROMO_LINE,
    RELATED_BULLET,
    RESIDUE_PREFIX,
    SEPARATOR_LINE,
    TRAILER,
    TRAILER_PART,
    TRAILING_LABELLED_CREDIT,
    TRAILING_PIPE_CREDIT,
    TRAILING_SLASH_CREDIT,
    WHITESPACE_RUN,
    WIDGET,
    time_limit,
)
from corpusparse.vocabulary import (
    AGENCIES,
    RESIDUE_LINES,
    TAIL_RESIDUE_LINES,
    TITLE_WORDS,
    TRAILING_RESIDUE_BLOCK_HEADERS,
    residue_key,
)

__all__ = [
    "BYLINE_OPENERS",
    "CommentHead",
    "HeadLine",
    "comparison_key",
    "is_caption_shaped",
    "is_related_block_header",
    "is_separator",
    "is_timestamp",
    "is_widget",
    "read_byline",
    "read_byline_line",
    "read_caption",
    "read_comment_head",
    "read_credit",
    "read_credit_line",
    "read_dateline",
    "read_pingback",
    "read_related",
    "read_reply_to",
    "read_residue",
    "read_timestamp",
    "read_trailer",
    "resolve_mention",
]


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


BYLINE_OPENERS = (
    "By",
    "BY",
    "Written",
    "Words",
    "Story",
    "Posted",
    "Author",
    "Autor",
    "Auteur",
    "Por",
    "POR",
    "Von",
    "VON",
    "Par",
    "PAR",
)
"""What a ``By ...`` line (`read_byline`) opens with: a line that does not is no byline."""

_NOT_NAMES = frozenset(
    [
        "by",
        "the",
        "a",
        "an",
        "this",
        "that",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
    ]
)


def _is_title(piece: str) -> bool:
    if not piece[:1].isupper() or len(piece.split()) > 6 or piece.endswith("."):
        return False
    folded = piece.casefold()
    if folded in AGENCIES or folded.startswith(("the ", "special to ", "for ")):
        return True
    return any(word.strip(".") in TITLE_WORDS for word in folded.split())


_PLACE_WORDS = frozenset(("in", "en", "aus", "from"))
"""The words between a name and a place in `NAME_IN_PLACE`, white space on both sides."""


def _read_name(piece: str) -> str | None:
    piece = piece.strip()
    placed = (
        NAME_IN_PLACE.fullmatch(piece)
        if " " in piece and not _PLACE_WORDS.isdisjoint(piece.split())
        else None
    )
    if placed is not None and AUTHOR_NAME.fullmatch(placed["name"]):
        piece = placed["name"]
    if not AUTHOR_NAME.fullmatch(piece):
        return None
    if piece.split()[0].casefold().strip(".") in _NOT_NAMES:
        return None
    return piece


_AUTHOR_JOINING_WORDS = frozenset(("and", "y", "und", "et"))
"""The words `AUTHOR_SEPARATOR` matches between white space."""


def _may_separate_authors(text: str) -> bool:
    """Whether `AUTHOR_SEPARATOR` can match in ``text``: a comma, ``&`` or a joining word."""
    return "," in text or "&" in text or not _AUTHOR_JOINING_WORDS.isdisjoint(text.split())


def read_names(text: str, *, need_title: bool = False) -> tuple[str, ...] | None:
    """The names of a byline's name part, without agencies, titles or places.

    Agencies (``Associated Press``) and titles after a comma (``Staff Writer``)
    are dropped; ``A in Lima`` gives ``A``. With ``need_title``, the text must
    hold at least one such title or agency (``Ann Lee, Staff Writer``).
    """
    text = text.strip()
    if text.endswith(")") and "(" in text:
        inner = text[text.rindex("(") + 1 : -1].strip()
        if inner.casefold() in AGENCIES:
            text = text[: text.rindex("(")].strip()
    names: list[str] = []
    titles = 0
    pieces = AUTHOR_SEPARATOR.split(text) if _may_separate_authors(text) else [text]
    for piece in pieces:
        if not piece.strip():
            return None
        if names and _is_title(piece.strip()):
            titles += 1
            continue
        if not names and piece.strip().casefold() in AGENCIES:
            return None
        name = _read_name(piece)
        if name is None:
            return None
        names.append(name)
    if not names or (need_title and not titles):
        return None
    return tuple(names)


def read_byline(text: str) -> tuple[str, ...] | None:
    """The author names of a ``By ...`` line, or ``None`` if it is no byline.

    Only the names part is read: see `read_byline_line` for lines that also
    carry an agency or a time.
    """
    if not text.startswith(BYLINE_OPENERS):
        return None
    match = BYLINE.fullmatch(text, timeout=time_limit(text))
    if match is None:
        return None
    return read_names(match["names"])


class HeadLine(NamedTuple):
    """What a byline or time line of the head holds.

    Attributes:
        authors: The byline's names, or ``None`` when the line has no byline.
        published: The publication time printed on the line, or ``None``.
        updated: The update time printed on the line, or ``None``.
    """

    authors: tuple[str, ...] | None
    published: TimeReading | None
    updated: TimeReading | None


def _may_be_titled(part: str) -> bool:
    """Whether a part could be names with a title (``Ann Lee, Staff Writer``): short, no stop."""
    return "," in part and len(part) <= 120 and not part.endswith((".", "?", "!", ":", ";"))


_PART_SEPARATOR_MARKS = ("|", "•", "·", "/")
"""One of these stands in every `BYLINE_PART_SEPARATOR` (and in the ``" | "`` that
`BYLINE_TIME_COMMA` is replaced with)."""


_TIME_COMMA_LABELS = ("updated", "published", "posted")
"""One of these follows the comma of every `BYLINE_TIME_COMMA`."""


def _split_parts(text: str) -> list[str]:
    if "," in text and may_contain(text, _TIME_COMMA_LABELS):
        text = BYLINE_TIME_COMMA.sub(" | ", text)
    if not any(mark in text for mark in _PART_SEPARATOR_MARKS):
        text = text.strip()
        return [text] if text else []
    return [part.strip() for part in BYLINE_PART_SEPARATOR.split(text) if part.strip()]


def read_byline_line(text: str) -> HeadLine | None:
    """Read a byline, a publication time, or both on one line.

    Handles ``By A | Reuters``, ``By A, Updated March 4, 2024``,
    ``Posted on March 4, 2024 by A``, ``A, Staff Writer``, ``Published: ...``,
    ``Updated 2 hours ago`` and bare times.

    Example:
        >>> read_byline_line("By Ann Lee | Reuters").authors
        ('Ann Lee',)
    """
    if len(text) > 300 or not text:
        return None
    authors: tuple[str, ...] | None = None
    published: TimeReading | None = None
    updated: TimeReading | None = None
    for part in _split_parts(text):
        names: tuple[str, ...] | None = None
        time: tuple[bool, TimeReading] | None = None
        posted = POSTED_ON_BY.fullmatch(part) if " by " in part else None
        if posted is not None:
            time = read_labelled_time(posted["time"])
            names = read_names(posted["names"]) if time is not None else None
            if names is None:
                time = None
        if names is None and time is None:
            names = read_byline(part)
        if names is None and time is None and authors is None and _may_be_titled(part):
            names = read_names(part, need_title=True)
        if names is None and time is None:
            time = read_labelled_time(part)
        if names is None and time is None and authors is not None and _is_title(part):
            continue
        if names is None and time is None:
            return None
        if names is not None:
            if authors is not None:
                return None
            authors = names
        if time is not None:
            if time[0]:
                updated = updated or time[1]
            else:
                published = published or time[1]
    if authors is None and published is None and updated is None:
        return None
    return HeadLine(authors, published, updated)


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


def read_dateline(text: str, span: Span) -> tuple[Dateline, str] | None:
    """Split a dateline opening (``PLACE (Agency) — text``) into the dateline and the text.

    Also reads ``LONDON, Jan 5 (Reuters) - ``, ``Berlin (dpa) - `` (known
    agencies only), ``PORTSMOUTH, Ohio — `` and ``NEW DELHI: `` (no agency).
    """
    first = text[:1]
    if not first.isupper():
        return None
    match = DATELINE.match(text, timeout=time_limit(text))
    agency: str | None = None
    if match is not None:
        agency = match["agency"].strip()
    else:
        match = DATELINE_TITLE_CASE.match(text, timeout=time_limit(text))
        if match is not None and match["agency"].strip().casefold() in AGENCIES:
            agency = match["agency"].strip()
        else:
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
    if "•" in text or "·" in text:
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
    """The earlier commenter a reply's leading ``@Name`` names, longest name first."""
    if not text.startswith("@"):
        return None
    match = AT_MENTION.match(text)
    if match is None:
        return None
    mention = match["name"].casefold()
    for author in sorted(set(authors), key=len, reverse=True):
        folded = author.casefold()
        if mention.startswith(folded):
            after = mention[len(folded) : len(folded) + 1]
            if not after or not after.isalnum():
                return author
    return None


_PHOTO_WORDS = ("photo", "foto", "bild", "image", "getty", "shutterstock", "istock", "credit")


def _is_photo_credit(credit: str) -> bool:
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
    return any(word in lowered for word in words) or _has_fold_alike(text)


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
            if any_bracket or _is_photo_credit(credit):
                return _strip_label(credit) or None
    if (":" in text or _has_by(text)) and may_contain(text, _CREDIT_LABEL_WORDS):
        match = TRAILING_LABELLED_CREDIT.search(text, timeout=time_limit(text))
        if match is not None:
            return _strip_label(match["credit"]) or None
    if "|" in text:
        match = TRAILING_PIPE_CREDIT.search(text, timeout=time_limit(text))
        if match is not None and _is_photo_credit(match["credit"]):
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


_SEPARATOR_OPENERS = frozenset("⁂*_=~#•·+-–—")
"""The characters a `SEPARATOR_LINE` can open with."""


def is_separator(text: str) -> bool:
    """Whether a line is a rule between articles or sections (``* * *``, ``---``)."""
    return (
        len(text) <= 120
        and text[:1] in _SEPARATOR_OPENERS
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

_PROMO_OPENERS = frozenset("sSgG\u017f")
"""The characters a `PROMO_LINE` can open with (``sign up``, ``subscribe``, ``get``)."""


def read_residue(text: str, *, tail: bool = False) -> BoilerplateKind | None:
    """The kind of a page-residue line, or ``None`` for a content line.

    ``tail`` allows the comment-form labels (``Name *``, ``Website``) that
    count as residue only in the comment section.
    """
    if len(text) <= 100:
        key = residue_key(text)
        kind = RESIDUE_LINES.get(key)
        if kind is None and tail:
            kind = TAIL_RESIDUE_LINES.get(key)
        if kind is not None:
            return BoilerplateKind(kind)
        if is_separator(text):
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
