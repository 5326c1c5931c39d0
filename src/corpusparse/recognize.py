"""Readers for single lines: each returns the element a line holds, or ``None``.

The block rules decide *where* an element may stand; these functions decide
*whether* a line has its shape and pull out its parts. All take stripped text.

Every match on a long line carries a time limit (`corpusparse.patterns.time_limit`);
a reader that runs over it raises `TimeoutError`, which `corpusparse.blocks.classify`
turns into a ``pattern_timeout`` defect.
"""

from __future__ import annotations

from corpusparse.dates import find_full_date, read_datetime
from corpusparse.models import Caption, Dateline, Pingback, Span, Timestamp
from corpusparse.patterns import (
    AUTHOR_NAME,
    AUTHOR_SEPARATOR,
    BYLINE,
    CAPTION_CREDIT,
    COMMENT_TIMESTAMP,
    CREDIT_LABEL,
    DATELINE,
    PINGBACK,
    PINGBACK_SEPARATOR,
    RELATED_BULLET,
    WHITESPACE_RUN,
    WIDGET,
    time_limit,
)

__all__ = [
    "comparison_key",
    "is_timestamp",
    "is_widget",
    "read_byline",
    "read_caption",
    "read_credit",
    "read_dateline",
    "read_pingback",
    "read_related",
    "read_timestamp",
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


def read_byline(text: str) -> tuple[str, ...] | None:
    """The author names of a ``By ...`` line, or ``None`` if it is no byline."""
    if not text.startswith(("By", "BY")):
        return None
    match = BYLINE.fullmatch(text, timeout=time_limit(text))
    if match is None:
        return None
    names = AUTHOR_SEPARATOR.split(match["names"].strip())
    if not all(AUTHOR_NAME.fullmatch(name) for name in names):
        return None
    return tuple(names)


def read_dateline(text: str, span: Span) -> tuple[Dateline, str] | None:
    """Split a ``PLACE (Agency) — text`` line into its dateline and the text."""
    match = DATELINE.match(text, timeout=time_limit(text))
    if match is None or match.end() == len(text):
        return None
    dateline = Dateline(
        place=match["place"], agency=match["agency"].strip(), text=match.group(), span=span
    )
    return dateline, text[match.end() :]


def is_timestamp(text: str) -> bool:
    """Whether a line has the shape of a comment time (`read_timestamp` reads it)."""
    return len(text) <= 64 and COMMENT_TIMESTAMP.fullmatch(text) is not None


def read_timestamp(text: str) -> Timestamp | None:
    """A comment time line such as ``November 21, 2014 at 10:08 PM``."""
    if not is_timestamp(text):
        return None
    return Timestamp(text=text, value=read_datetime(text))


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


def read_credit(text: str) -> str | None:
    """The photo credit at the end of a caption, without its label or brackets."""
    match = CAPTION_CREDIT.search(text, timeout=time_limit(text))
    if match is None:
        return None
    credit = match["credit"].strip()
    label = CREDIT_LABEL.match(credit)
    if label is not None:
        credit = credit[label.end() :].strip()
    return credit or None


def read_caption(text: str, span: Span) -> Caption:
    """A caption with its credit and the date the photo was taken."""
    return Caption(text=text, credit=read_credit(text), date=find_full_date(text), spans=(span,))
