"""The comment section of a page: where it starts, and its comments one by one.

Pure functions over the stripped lines of a whole document (blank lines are
``""``):

* `find_comment_section` finds the section header (``52 comments``,
  ``Leave a Reply``, ``3 thoughts on “Title”`` ...) or, when there is none, the
  first of the comment marks that recur near the end of the text;
* `read_comments` cuts the lines from there to the end into items: comments
  (`CommentItem`), pingbacks (`PingbackItem`) and chrome (`UiItem`). Every
  non-blank line from the start belongs to exactly one item;
* `read_comment_section` does both and reads each line once (the parser calls it).

A comment is delimited by a head before its text (``Ann Lee says:`` and a time
line, ``Ann Lee — March 3, 2012, 10:15 am``), by a signature after it
(``Posted by: Ann Lee | March 3, 2012 at 10:15 AM``), or only by chrome lines
between comments (``Reply``). Which of heads and signatures a section uses is
decided once, from the whole section. The functions run in linear time and
never raise.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex
from attrs import frozen

from corpusparse.model import Pingback, Span, Timestamp
from corpusparse.parsing.dates import has_digit, read_datetime
from corpusparse.parsing.patterns import (
    COMMENT_DATE_DIGIT,
    COMMENT_DATE_SPAN,
    COMMENT_INVITATION,
    COMMENT_LEAD,
    COMMENT_SECTION_COUNT,
    COMMENT_VOICE,
    READER_REFERENCE,
)
from corpusparse.parsing.readers import (
    is_related_block_header,
    read_comment_head,
    read_pingback,
    read_reply_to,
    read_residue,
    read_timestamp,
    resolve_mention,
)
from corpusparse.parsing.vocabulary import (
    COMMENT_DELIMITERS,
    COMMENT_FORM_HEADERS,
    COMMENT_LATEST_POST_CUES,
    COMMENT_SECTION_ENDERS,
    COMMENT_SECTION_TITLES,
    COMMENT_UI_LINES,
    COMMENT_UI_PARTICLES,
    COMMENT_UI_WORDS,
    COMMENT_VERBS,
    COMMENT_VOICE_OPENERS,
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
    residue_key,
)

__all__ = [
    "CommentItem",
    "Marker",
    "PingbackItem",
    "SectionItem",
    "SectionStart",
    "UiItem",
    "find_comment_section",
    "header_kind",
    "read_comment_section",
    "read_comments",
    "read_marker",
]


_CACHE_SIZE = 8192
"""Readings of single lines remembered per process: a section reads each line several times."""


@frozen
class SectionStart:
    """Where a comment section starts.

    Attributes:
        index: The line of the header, or of the first comment when there is no header.
        kind: ``count`` (``52 comments``), ``title`` (``Comments``), ``form``
            (``Leave a Reply``), ``cadence`` (no header: comment marks recur) or
            ``voice`` (no mark at all: the lines from there on read in readers'
            voices, the main text above them does not; `_reader_tail`) or
            ``after`` (past the end of the page's main text, a single comment's
            name and time or signature; `_after_main`).
    """

    index: int
    kind: str


class CommentItem(NamedTuple):
    """One comment of the section.

    Attributes:
        author: The commenter, or ``None`` when the section prints none.
        posted: When it was posted, or ``None``.
        text: The comment's text lines joined with ``\\n`` (head and signature left out).
        reply_to: The commenter it answers (``In reply to B.``, a leading ``@B``), or ``None``.
        first: The index of its first line (head, or first text line).
        last: The index of its last line (last text line, or signature).
        lines: The indices of every non-blank line it holds, head and signature included.
        marks: The indices of its head or signature lines.
        kind: Always ``comment``.
    """

    author: str | None
    posted: Timestamp | None
    text: str
    reply_to: str | None
    first: int
    last: int
    lines: tuple[int, ...]
    marks: tuple[int, ...]
    kind: str = "comment"


@frozen
class PingbackItem:
    """A ``Pingback:`` line of the section.

    Attributes:
        index: Its line.
        pingback: The pingback read (title and site).
        kind: Always ``pingback``.
    """

    index: int
    pingback: Pingback
    kind: str = "pingback"


@frozen
class UiItem:
    """A line of chrome between or after the comments.

    Attributes:
        index: Its line.
        kind: ``header`` (the section header), ``comment_ui`` (``Reply``, ``Permalink``,
            counters), ``comment_title`` (a thread title line with a score), ``form``
            (``Leave a Reply``, ``Name *``), ``separator``, another `BoilerplateKind`
            value for other residue (``share``, ``navigation`` ...), or ``after``:
            a line after the section ended (a sidebar or footer).
    """

    index: int
    kind: str


SectionItem = CommentItem | PingbackItem | UiItem
"""What `read_comments` returns: a comment, a pingback or a chrome line."""


class Marker(NamedTuple):
    """A comment head or signature read from one line or two.

    Attributes:
        author: The commenter, or ``None`` for a time alone.
        posted: The time, or ``None`` for a name alone (``— Ann Lee``, ``Ann Lee says:``).
        lines: How many lines it takes (1 or 2).
        cue: ``head`` when its shape says a text follows (``says:``), ``signature``
            when it says a text came before (``Posted by:``, ``— Ann Lee``), else ``any``.
        reply_to: The commenter answered, when the head names one (``A → B``).
    """

    author: str | None
    posted: Timestamp | None
    lines: int
    cue: str
    reply_to: str | None = None


class _Reading(NamedTuple):
    """A `Marker` whose time may still be the text printed: it is read (`_posted`) only
    for the marks of the comments returned, not for every mark a search looks at."""

    author: str | None
    posted: Timestamp | str | None
    lines: int
    cue: str
    reply_to: str | None = None


def _posted(posted: Timestamp | str | None) -> Timestamp | None:
    """The time of a `_Reading`, read now if it is still text."""
    return _timestamp(posted) if isinstance(posted, str) else posted


def _posted_text(posted: Timestamp | str) -> str:
    return posted if isinstance(posted, str) else posted.text


_MAX_MARK = 160
"""Longest line read as a head, signature or header."""

_MAX_NAME = 60

_LEAD_WORDS = frozenset(
    ("on", "by", "posted", "written", "submitted", "comment", "from", "at", "le", "am", "el")
)
"""Words stripped from the start of the name part of a head (``Posted by``, ``on``)."""

_TRAIL_WORDS = frozenset(
    (
        "on",
        "at",
        "by",
        "permalink",
        "reply",
        "link",
        "edit",
        "delete",
        "report",
        "quote",
        "said",
        "says",
        "wrote",
        "writes",
        "posted",
        "um",
        "le",
        "am",
        "el",
        "(not",
        "verified)",
        "(#)",
    )
)
"""Words stripped from the end of the name part of a head (``said``, ``| Permalink``)."""

_EDGE_PUNCTUATION = " \t\u00a0,|/-–—·•:;#()*@[]{}…."

_NOT_NAME_OPENERS = frozenset(
    (
        "i",
        "i'm",
        "i’m",
        "we",
        "he",
        "she",
        "it",
        "it's",
        "they",
        "you",
        "the",
        "a",
        "an",
        "this",
        "that",
        "there",
        "in",
        "my",
        "our",
        "if",
        "when",
        "and",
        "but",
        "so",
        "thanks",
        "thank",
        "great",
        "nice",
        "hi",
        "hello",
        "yes",
        "no",
        "ok",
        "is",
        "was",
        "what",
        "how",
        "why",
    )
)
"""First words that make a short line a sentence, not a commenter's name."""

_NOT_AUTHORS = frozenset(
    (
        *("posted", "updated", "published", "originally published", "first published"),
        *("originally posted", "last updated", "last modified", "edited"),
    )
)
"""What stands before a date in a line that dates the article, not a comment."""

_SIGNATURE_OPENERS = ("posted by", "written by", "submitted by", "comment by", "by ")


def _strip_edges(text: str) -> str:
    return text.strip(_EDGE_PUNCTUATION)


def _clean_name(part: str) -> str:
    """The name part of a head without its connecting words, numbering and punctuation."""
    words = _strip_edges(part).split()
    changed = True
    while words and changed:
        changed = False
        first = _strip_edges(words[0]).casefold()
        if first in _LEAD_WORDS or not first or first.lstrip("+-#").isdigit():
            words.pop(0)
            changed = True
            continue
        last = words[-1].casefold().rstrip(":,.…;")
        if last in _TRAIL_WORDS or not _strip_edges(last) or last.strip("()").isdigit():
            words.pop()
            changed = True
    return _strip_edges(" ".join(words))


def _plausible_name(text: str) -> bool:
    """Whether a cleaned name part can be a commenter's name: short, no sentence."""
    if not text or len(text) > _MAX_NAME:
        return False
    words = text.split()
    if len(words) > 6 or text.endswith(("?", "!", ".", ";")) or text.count(",") > 1:
        return False
    if not any(character.isalpha() for character in text) or "://" in text:
        return False
    return words[0].casefold() not in _NOT_NAME_OPENERS


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


def _verb_head(text: str) -> str | None:
    """The name of ``Ann Lee says:``, ``Bo said...``, ``Cy wrote:``, or ``None``."""
    words = text.split()
    if len(words) < 2 or len(words) > 8:
        return None
    verb = words[-1].casefold().rstrip(":;,.…-")
    if verb not in COMMENT_VERBS:
        return None
    name = _clean_name(" ".join(words[:-1]))
    return name if _plausible_name(name) else None


def _voice(text: str) -> bool:
    """Whether a line opens in a reader's voice (`COMMENT_VOICE`: ``Great post, Dana!``,
    ``Hi Bo,``, ``Thanks Cy!``, ``@Dee:``). The regex runs only when the line opens
    with ``@``, ends with a comma, or its first word (its leading letters and
    apostrophes, case-folded) is one of `COMMENT_VOICE_OPENERS` or not ASCII."""
    if not text:
        return False
    if not (text[0] == "@" or text[-1] == ","):
        head = text[:24]
        word = head.split(" ", 1)[0]
        if word.isalpha():  # the usual case: the letters run to a space or the end
            j = len(word)
        else:
            j = 0
            while j < len(head) and (head[j].isalpha() or head[j] in "'’"):
                j += 1
        first = head[:j].casefold()
        if first.isascii() and first not in COMMENT_VOICE_OPENERS:
            return False
    return COMMENT_VOICE.match(text) is not None


def _strip_lead(text: str) -> str:
    if text[:1].isdigit() or text[:1] in "#+-•*":
        lead = COMMENT_LEAD.match(text)
        if lead is not None:
            return text[lead.end() :]
    if text.startswith(("• ", "* ")):
        return text[2:]
    return text


_MONTH_OPENERS = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
    *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)
"""How every month name of `COMMENT_DATE_SPAN` opens (it reads them case-sensitively)."""


def _may_hold_date(text: str) -> bool:
    """Whether `COMMENT_DATE_SPAN` can find a date in ``text``: each match is a
    relative time (its ``ago`` shows in ``text.lower()``) or holds a digit and
    either a month name or one of the separators ``/``, ``.`` and ``-`` of its
    numeric dates. In ASCII text ``\\d`` is ``[0-9]`` (`has_digit`); elsewhere
    `COMMENT_DATE_DIGIT` asks the regex module, which knows newer digits."""
    if "ago" in text.lower():
        return True
    if not (has_digit(text) if text.isascii() else COMMENT_DATE_DIGIT.search(text) is not None):
        return False
    return (
        "/" in text or "." in text or "-" in text or any(month in text for month in _MONTH_OPENERS)
    )


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


def _ends_with_initial(text: str) -> bool:
    """Whether a line ends with an initial after a name (``Ann L.``)."""
    words = text.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and len(last) == 2 and last[0].isupper() and last[1] == "."


def _bare_name(text: str) -> str | None:
    """A line that may be a commenter's name alone (the first line of a two-line head)."""
    if not text or len(text) > _MAX_NAME + 8 or text.endswith(("!", "?", ";", ",")):
        return None
    if text.endswith(".") and not _ends_with_initial(text):
        return None
    if _ui_kind(text) is not None:
        return None
    name = _clean_name(_strip_lead(text))
    if not _plausible_name(name) or len(name.split()) > 5:
        return None
    if _ends_with_initial(text) and not name.endswith("."):
        name += "."  # the initial keeps its point
    return name


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
    nxt = (
        _one_line_marker(following)
        if following and len(following) <= _MAX_MARK and _ui_kind(following) is None
        else None
    )
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
    key = residue_key(text.strip("{}[]()« "))
    if key in COMMENT_FORM_HEADERS:
        return "form"
    if key in COMMENT_SECTION_TITLES:
        return "title"
    if not has_digit(text[:40]) and not key.startswith(
        ("one", "no ", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    ):
        return None
    match = COMMENT_SECTION_COUNT.fullmatch(text)
    if match is None:
        return None
    tail = (match["tail"] if match["tail"] is not None else match["after"] or "").strip()
    if _acceptable_tail(tail):
        return "count"
    return None


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
def _ui_kind(text: str) -> str | None:
    """The kind of a chrome line of a comment section, or ``None``."""
    if not text:
        return None
    if len(text) <= 100:
        key = residue_key(text.strip("[]() "))
        if key in COMMENT_UI_LINES:
            return "comment_ui"
        if key in COMMENT_FORM_HEADERS:
            return "form"
    if text.endswith(")") and "(Score:" in text and len(text) <= 200:
        return "comment_title"
    if len(text) <= 60:
        words = [
            word
            for word in text.replace("|", " ").replace("·", " ").replace("•", " ").split()
            if word
        ]
        folded = [word.casefold().strip("[]():") for word in words]
        lone_particle = len(folded) == 1 and folded[0] in COMMENT_UI_PARTICLES
        if folded and not lone_particle and all(word in COMMENT_UI_WORDS for word in folded):
            return "comment_ui"
    residue = read_residue(text, tail=True)
    if residue is not None:
        return str(residue.value)
    return None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _ends_section(text: str) -> bool:
    """Whether a line is a sidebar or footer header that ends the section."""
    if not text or len(text) > 80:
        return False
    if text.startswith(("©", "Copyright", "(c) ", "Powered by")):
        return True
    key = residue_key(text.lstrip("•*- "))
    return key in COMMENT_SECTION_ENDERS or is_related_block_header(text)


# Line classes of the section scan.
_BLANK, _TEXT, _UI, _PING, _MARK, _MARK2, _END = range(7)


class _Scan(NamedTuple):
    classes: list[int]
    markers: dict[int, _Reading]
    ui: dict[int, str]
    pings: dict[int, Pingback]


_Memo = dict[int, _Reading | None]
"""The marks read at the lines of one document (`_read_marker` of the line and the
next non-blank one within two), so that the search and the reading of a section
read each line once."""


def _following(texts: Sequence[str], i: int, n: int) -> str | None:
    """The next non-blank line within two lines after ``i``, or ``None``."""
    if i + 1 < n and texts[i + 1]:
        return texts[i + 1]
    if i + 2 < n and texts[i + 2]:
        return texts[i + 2]
    return None


def _marker_at(texts: Sequence[str], i: int, n: int, memo: _Memo) -> _Reading | None:
    """`_read_marker` at line ``i`` (with the line after it), remembered in ``memo``."""
    if i in memo:
        return memo[i]
    marker = _read_marker(texts[i], _following(texts, i, n))
    memo[i] = marker
    return marker


def _scan(texts: Sequence[str], start: int, memo: _Memo) -> _Scan:
    """Classify every line from ``start``: one look at each line and the one after it."""
    n = len(texts)
    classes = [_BLANK] * n
    markers: dict[int, _Reading] = {}
    ui: dict[int, str] = {}
    pings: dict[int, Pingback] = {}
    i = start
    while i < n:
        text = texts[i]
        if not text:
            i += 1
            continue
        if text.startswith(("Pingback:", "Trackback:")):
            ping = read_pingback(text, Span(i + 1, i + 1))
            if ping is None:
                title = text.split(":", 1)[1].strip()
                ping = Pingback(title=title, site=None, span=Span(i + 1, i + 1))
            classes[i] = _PING
            pings[i] = ping
            i += 1
            continue
        kind = _ui_kind(text)
        if kind is not None:
            classes[i] = _UI
            ui[i] = kind
            i += 1
            continue
        if i > start and header_kind(text) == "count":
            classes[i] = _UI
            ui[i] = "comment_ui"
            i += 1
            continue
        if _ends_section(text):
            classes[i] = _END
            i += 1
            continue
        marker = _marker_at(texts, i, n, memo)
        if marker is not None:
            classes[i] = _MARK
            markers[i] = marker
            if marker.lines == 2:
                j = i + 1
                while j < n and not texts[j]:
                    j += 1
                if j < n:
                    classes[j] = _MARK2
                i = j + 1
                continue
            i += 1
            continue
        classes[i] = _TEXT
        i += 1
    return _Scan(classes, markers, ui, pings)


def _under_title(scan: _Scan, index: int) -> bool:
    """Whether a mark stands right under a thread title line (``Re: Nice (Score:3)``):
    then it is a head, whatever its shape (``by Ann Lee (1234)``)."""
    k = index - 1
    while k >= 0 and scan.classes[k] == _BLANK:
        k -= 1
    return k >= 0 and scan.classes[k] == _UI and scan.ui.get(k) == "comment_title"


def _named(marker: _Reading) -> bool:
    return marker.author is not None


def _style(scan: _Scan, texts: Sequence[str], start: int) -> str:
    """``head`` or ``signature``: from the cues of the marks and what stands around them."""
    classes = scan.classes
    votes = 0
    ordered = sorted(scan.markers)
    for index in ordered:
        marker = scan.markers[index]
        if marker.cue == "head" or _under_title(scan, index):
            votes += 2
        elif marker.cue == "signature":
            votes -= 2
    if not ordered:
        return "head"
    first, last = ordered[0], ordered[-1]
    before = [k for k in range(start, first) if classes[k] == _TEXT]
    if before and not (len(before) == 1 and before[0] == start):
        votes -= 3
    else:
        votes += 3
    end = last + scan.markers[last].lines
    after = 0
    for k in range(end, len(classes)):
        if classes[k] == _TEXT:
            after += 1
            break
        if classes[k] in (_UI, _END, _PING, _MARK):
            if classes[k] == _UI and scan.ui.get(k) == "comment_ui":
                continue
            break
    votes += 3 if after else -3
    # A mark followed at once by another element, or at the end: a signature.
    closers = 0
    for index in ordered:
        marker = scan.markers[index]
        k = index + 1
        while k < len(classes) and classes[k] in (_BLANK, _MARK2):
            k += 1
        if k >= len(classes) or classes[k] != _TEXT:
            closers += 1
    if closers * 2 > len(ordered):
        votes -= 2
    _ = texts
    return "head" if votes >= 0 else "signature"


def _comment(
    marker: _Reading | None,
    mark_lines: list[int],
    text_lines: list[int],
    texts: Sequence[str],
    authors: list[str],
) -> CommentItem:
    lines = sorted(mark_lines + text_lines)
    body = [texts[k] for k in text_lines]
    reply_to = marker.reply_to if marker is not None else None
    if body and reply_to is None:
        reply_to = read_reply_to(body[0])
        if reply_to is not None:
            body = body[1:]
        else:
            reply_to = resolve_mention(body[0], authors)
    author = marker.author if marker is not None else None
    if author is not None:
        authors.append(author)
    return CommentItem(
        author=author,
        posted=_posted(marker.posted) if marker is not None else None,
        text="\n".join(body),
        reply_to=reply_to,
        first=lines[0],
        last=lines[-1],
        lines=tuple(lines),
        marks=tuple(sorted(mark_lines)),
    )


def _mark_lines(scan: _Scan, index: int) -> list[int]:
    lines = [index]
    marker = scan.markers[index]
    if marker.lines == 2:
        k = index + 1
        while k < len(scan.classes) and scan.classes[k] != _MARK2:
            k += 1
        if k < len(scan.classes):
            lines.append(k)
    return lines


def _section_end(scan: _Scan, texts: Sequence[str], start: int) -> int:
    """The first line after the comments: a footer header or a comment form after a
    comment, when no named mark follows within a few lines."""
    classes = scan.classes
    n = len(classes)
    seen = False
    k = start
    while k < n:
        cls = classes[k]
        if cls == _MARK:
            seen = True
        elif seen and (cls == _END or (cls == _UI and scan.ui[k] == "form")):
            ahead = 0
            j = k + 1
            resumed = False
            while j < n and ahead < _RESUME:
                if classes[j] == _MARK and scan.markers[j].author is not None:
                    resumed = True
                    break
                if texts[j]:
                    ahead += 1
                j += 1
            if not resumed:
                return k
            k = j
            continue
        k += 1
    return n


_RESUME = 12
"""Non-blank lines after a form or footer header in which a further comment keeps the
section open."""


def read_comments(texts: Sequence[str], start: int) -> list[SectionItem]:
    """Cut the lines from ``start`` to the end into comments, pingbacks and chrome.

    ``texts`` are the stripped lines of the whole document and ``start`` the
    section's first line (`find_comment_section`). Every non-blank line from
    ``start`` belongs to exactly one item, in line order, and no item has another's
    line between its first and last lines.

    Examples:
        >>> items = read_comments(["12 Comments", "Ann Lee says:", "Nice piece."], 0)
        >>> kinds = [item.kind for item in items]
        >>> kinds, getattr(items[1], "author", None)
        (['header', 'comment'], 'Ann Lee')
    """
    try:
        return _read_comments(texts, start, {})
    except (RecursionError, MemoryError):  # pragma: no cover - keep the promise never to raise
        raise
    except Exception:  # never raise: fall back to chrome for every line
        begin = max(0, start)
        return [UiItem(k, "after") for k in range(begin, len(texts)) if texts[k]]


def _read_comments(texts: Sequence[str], start: int, memo: _Memo) -> list[SectionItem]:
    texts = [text if isinstance(text, str) else "" for text in texts]
    n = len(texts)
    start = max(0, start)
    if start >= n:
        return []
    items: list[SectionItem] = []
    first = start
    if header_kind(texts[start]) is not None:
        items.append(UiItem(start, "header"))
        first = start + 1
    scan = _scan(texts, first, memo)
    end = _section_end(scan, texts, first)
    style = _style(scan, texts, first) if scan.markers else "ui"
    titles = sum(1 for kind in scan.ui.values() if kind == "comment_title")
    if titles >= 3 and titles > 2 * len(scan.markers):  # thread titles delimit the comments
        style = "ui"
    classes = scan.classes
    authors: list[str] = []
    last_mark = max(scan.markers) if scan.markers else -1
    # The last UI-delimited line: after it, text is no comment (in the `ui` style).
    last_delimiter = max((k for k, kind in scan.ui.items() if kind == "comment_ui"), default=-1)
    # Text after the last mark and the last delimiter, running to the end of the
    # text as an extractor's paragraphs: the last comment, its mark dropped.
    last_text = _spoken_tail(texts, classes, max(last_mark, last_delimiter) + 1, end)

    def chrome(k: int) -> None:
        if classes[k] == _UI:
            items.append(UiItem(k, scan.ui[k]))
        elif classes[k] == _PING:
            items.append(PingbackItem(k, scan.pings[k]))
        else:
            items.append(UiItem(k, "after"))

    if style == "signature":
        pending: list[int] = []
        k = first
        while k < end:
            cls = classes[k]
            if cls == _TEXT:
                pending.append(k)
            elif cls == _MARK:
                marks = _mark_lines(scan, k)
                items.append(_comment(scan.markers[k], marks, pending, texts, authors))
                pending = []
                k = marks[-1] + 1
                continue
            elif cls in (_UI, _PING, _END, _MARK2):
                # A comment's lines run unbroken: text cut off by chrome is a comment
                # of its own, or, before a form, a header or a footer, no comment.
                if pending and (cls == _PING or (cls == _UI and scan.ui[k] != "form")):
                    items.append(_comment(None, [], pending, texts, authors))
                elif pending:
                    items.extend(UiItem(j, "after") for j in pending)
                pending = []
                chrome(k)
            k += 1
        if _spoken(texts, pending):  # prose to the end: comments whose signatures are gone
            items.append(_comment(None, [], pending, texts, authors))
        else:
            items.extend(UiItem(j, "after") for j in pending)
    else:
        current: tuple[_Reading | None, list[int], list[int]] | None = None
        titled = False  # after a thread title line, text is a comment
        voiced = style == "ui" and last_delimiter < 0 and not scan.markers
        k = first
        while k < end:
            cls = classes[k]
            if cls == _MARK:
                marker = scan.markers[k]
                if (
                    current is not None
                    and current[0] is not None
                    and current[0].posted is None
                    and current[2]
                    and marker.author is None
                    and marker.lines == 1
                ):
                    current[1].append(k)
                    attached = current[0]._replace(posted=marker.posted)
                    items.append(_comment(attached, current[1], current[2], texts, authors))
                    current = None
                    k += 1
                    continue
                if current is not None:
                    items.append(_comment(current[0], current[1], current[2], texts, authors))
                marks = _mark_lines(scan, k)
                current = (scan.markers[k], marks, [])
                k = marks[-1] + 1
                continue
            if cls == _TEXT:
                if voiced and _name_opens(texts, k, n):  # a name alone over its text
                    if current is not None:
                        items.append(_comment(current[0], current[1], current[2], texts, authors))
                    name = _bare_name(texts[k])
                    current = (_Reading(name, None, 1, "head"), [k], [])
                elif (
                    current is not None
                    and voiced
                    and current[0] is None
                    and not texts[current[2][-1]].endswith(",")  # a salutation
                    and _voice(texts[k])
                ):  # nothing but readers' voices delimits the comments
                    items.append(_comment(None, [], current[2], texts, authors))
                    current = (None, [], [k])
                elif current is not None:
                    current[2].append(k)
                elif (
                    titled
                    or (style == "ui" and k < last_delimiter)
                    or (style != "ui" and (k < last_mark or _delimited(scan, texts, k)))
                    or k >= last_text
                    or (style == "ui" and last_delimiter < 0 and end == n)
                ):
                    current = (None, [], [k])
                else:
                    items.append(UiItem(k, "after"))
            elif cls in (_UI, _PING, _END, _MARK2):
                if current is not None:  # a comment's lines run unbroken
                    items.append(_comment(current[0], current[1], current[2], texts, authors))
                    current = None
                if cls == _UI and scan.ui[k] == "comment_title":
                    titled = True
                elif cls == _END:
                    titled = False
                chrome(k)
            k += 1
        if current is not None:
            items.append(_comment(current[0], current[1], current[2], texts, authors))
    for k in range(end, n):
        if texts[k]:
            if classes[k] in (_UI, _PING):
                chrome(k)
            else:
                items.append(UiItem(k, "after"))
    items.sort(key=_item_first)
    return items


def _delimited(scan: _Scan, texts: Sequence[str], k: int) -> bool:
    """Whether a run of text opens at line ``k`` and runs, within a few lines, to a
    comment's delimiter (`COMMENT_DELIMITERS`): a comment, its mark dropped."""
    classes = scan.classes
    above = k - 1
    while above >= 0 and classes[above] == _BLANK:
        above -= 1
    if above >= 0 and classes[above] == _TEXT:  # the run starts above ``k``
        return False
    seen = 0
    for j in range(k, len(classes)):
        cls = classes[j]
        if cls == _BLANK:
            continue
        if cls != _TEXT:
            return cls == _UI and residue_key(texts[j].strip("[]() ")) in COMMENT_DELIMITERS
        seen += 1
        if seen > _DELIMITED:
            return False
    return False


_DELIMITED = 8
"""Most lines of text over a ``Reply`` line read as one comment with no mark."""


def _spaced(texts: Sequence[str]) -> bool:
    """Whether a text has blank lines between its paragraphs (a flattened page), not an
    extractor's text with hardly one (one blank for `_PLAIN_TEXT` lines at most)."""
    filled = sum(1 for text in texts if text)
    return (len(texts) - filled) * _PLAIN_TEXT > filled


def _spoken_tail(texts: Sequence[str], classes: Sequence[int], begin: int, end: int) -> int:
    """The first line of the plain text that runs from ``begin`` to the end of an
    extractor's text (hardly a blank line in it) when it reads as comments
    (`_spoken`), or ``len(texts)`` (no such text)."""
    n = len(texts)
    if end < n or begin <= 0 or _spaced(texts):
        return n
    lines = [k for k in range(begin, n) if texts[k]]
    if not lines or any(classes[k] != _TEXT for k in lines) or not _spoken(texts, lines):
        return n
    return lines[0]


def _spoken(texts: Sequence[str], lines: list[int]) -> bool:
    """Whether the text lines left after the last signature read as comments: three
    or more with no blank line between them (an extractor's text, one paragraph a
    line), most of them prose (a footer prints short lines)."""
    if len(lines) < 3 or lines[-1] - lines[0] != len(lines) - 1:
        return False
    return sum(1 for k in lines if len(texts[k]) >= _PROSE) * 3 >= len(lines) * 2


def _item_first(item: SectionItem) -> int:
    if isinstance(item, CommentItem):
        return item.first
    return item.index


def _strength(marker: _Reading) -> int:
    """How much a mark says a comment is here: a name and a time, or a verb, count most."""
    if marker.author is not None and (marker.posted is not None or marker.cue != "any"):
        return 2
    return 1


_WINDOW = 40
"""Lines after a header in which the comments it announces must show."""


def find_comment_section(
    texts: Sequence[str], body_end_hint: int | None = None
) -> SectionStart | None:
    """Find where the comment section of a document starts.

    A header (``52 comments``, ``Comments (3)``, ``3 thoughts on “Title”``,
    ``Leave a Reply`` ...) counts only when comment marks (heads, signatures,
    ``Reply`` lines, form labels) or thread titles follow it; without one, the
    section starts at the first of at least three marks that recur at short
    intervals near the end. ``body_end_hint``, when given, is a line the section
    cannot start before; then a count or title header over plain text also starts
    a section (an extractor's text keeps the comments but not their heads).

    Examples:
        >>> find_comment_section(["Body text.", "", "2 Comments", "Ann Lee says:", "Hi."])
        SectionStart(index=2, kind='count')
    """
    try:
        return _find(texts, body_end_hint, {})
    except (RecursionError, MemoryError):  # pragma: no cover
        raise
    except Exception:  # never raise
        return None


def read_comment_section(
    texts: Sequence[str], body_end_hint: int | None = None, main_end: int | None = None
) -> tuple[SectionStart, list[SectionItem]] | None:
    """`find_comment_section` and `read_comments` in one, each line read once.

    Returns where the section starts and its items, or ``None`` when there is
    no section or it would start before ``body_end_hint``. ``main_end``, when
    given, is the last line of the page's main text: past it, a single comment
    mark (a name and a time, a signature) is enough to open a section.

    Examples:
        >>> start, items = read_comment_section(["Body.", "", "2 Comments", "Ann Lee says:", "Hi."])
        >>> start.kind, [item.kind for item in items]
        ('count', ['header', 'comment'])
    """
    texts = [text if isinstance(text, str) else "" for text in texts]
    memo: _Memo = {}
    try:
        start = _find(texts, body_end_hint, memo, main_end)
    except (RecursionError, MemoryError):  # pragma: no cover
        raise
    except Exception:  # never raise
        return None
    if start is None or start.index < max(0, body_end_hint or 0):
        return None
    try:
        return start, _read_comments(texts, start.index, memo)
    except (RecursionError, MemoryError):  # pragma: no cover
        raise
    except Exception:  # never raise: fall back to chrome for every line
        return start, [UiItem(k, "after") for k in range(start.index, len(texts)) if texts[k]]


def _find(
    texts: Sequence[str], body_end_hint: int | None, memo: _Memo, main_end: int | None = None
) -> SectionStart | None:
    texts = [text if isinstance(text, str) else "" for text in texts]
    n = len(texts)
    if n == 0:
        return None
    floor = max(0, body_end_hint or 0)
    # One pass: the strength of the mark on each line and the headers.
    weight = [0] * (n + 1)
    headers: list[tuple[int, str]] = []
    elements: list[tuple[int, str]] = []
    consumed = -1
    for i in range(floor, n):
        text = texts[i]
        if not text or i <= consumed:
            continue
        if len(text) > _MAX_MARK:  # too long for a mark, not for a reader's voice
            if _voice(text):
                elements.append((i, _VOICE_KEY))
            continue
        kind = header_kind(text)
        if kind is not None:
            headers.append((i, kind))
            if kind == "form":
                weight[i] = 1
            continue
        ui = _ui_kind(text)
        if ui is not None:
            if ui in ("comment_ui", "comment_title", "form"):
                weight[i] = 1
                if ui == "comment_title":  # titles differ, their shape recurs
                    elements.append((i, _TITLE_KEY))
                elif ui != "form":
                    elements.append((i, residue_key(text.strip("[]() "))))
            continue
        marker = _marker_at(texts, i, n, memo)
        if marker is not None:
            weight[i] = 2 * _strength(marker)
            if marker.lines == 2:
                consumed = next((j for j in range(i + 1, min(n, i + 3)) if texts[j]), i)
                weight[consumed] = 1
            if _strength(marker) == 2:
                elements.append((i, ""))
            elif marker.posted is not None and _clocked(_posted_text(marker.posted)):
                elements.append((i, "\x00time"))
        elif _latest_post(text):
            if not (i and texts[i - 1] == text):  # printed twice over: one mark
                elements.append((i, _LATEST_KEY))
        elif _voice(text):
            elements.append((i, _VOICE_KEY))
        elif len(text) <= _MAX_NAME + 8 and _name_opens(texts, i, n):
            elements.append((i, _NAME_KEY))
    if not any(
        kind == "count" and _counts_comments(texts[index]) for index, kind in headers
    ) and not any(
        header_kind(text) == "count" and _counts_comments(text) for text in texts[:floor] if text
    ):  # names alone over text make a section only under a count of comments
        elements = [element for element in elements if element[1] != _NAME_KEY]
    else:  # and only close together, one comment after another (subheads stand apart)
        names = [index for index, key in elements if key == _NAME_KEY]
        near = {
            index for a, b in itertools.pairwise(names) if b - a <= _NAMES_APART for index in (a, b)
        }
        elements = [
            element for element in elements if element[1] != _NAME_KEY or element[0] in near
        ]
    prefix = [0] * (n + 1)
    prose = [0] * (n + 1)
    header_lines = {index for index, _ in headers}
    for i in range(n):
        prefix[i + 1] = prefix[i] + weight[i]
        plain = bool(texts[i]) and not weight[i] and i not in header_lines
        prose[i + 1] = prose[i] + plain
    for index, kind in headers:
        support = prefix[min(n, index + 1 + _WINDOW)] - prefix[index + 1]
        need = {"count": 2, "title": 3, "form": 3}[kind]
        if support >= need:
            return SectionStart(index, kind)
    cadence, voiced = _cadence(texts, elements, prose, n, memo, floor)
    if cadence is not None and not voiced:
        over = _header_over(texts, headers, cadence)
        if over is not None:  # the thread's own count over its first comments
            return over
        return SectionStart(cadence, "cadence")
    # A count or title header over plain text, when the caller knows where the main
    # text starts (a count under the headline is no section): an extractor's main
    # text keeps the comments and drops their heads. The last such header wins.
    for index, kind in reversed(headers if floor > 0 else ()):
        if kind == "form" or (kind == "count" and not _counts_comments(texts[index])):
            continue
        if _prose_follows(texts, index, n):
            return SectionStart(index, kind)
    if cadence is not None:  # only readers' voices recur: weaker than any header
        return SectionStart(cadence, "cadence")
    tail = _reader_tail(texts, floor) if floor > 0 else None
    if tail is not None:  # no mark at all: the voice changes where the comments begin
        return SectionStart(tail, "voice")
    after = _after_main(texts, weight, main_end) if main_end is not None else None
    if after is not None:  # one comment under the page's main text
        return SectionStart(after, "after")
    lone = _lone_delimiter(texts, floor) if floor > 0 else None
    if lone is not None:  # a comment's Reply line under the text
        return SectionStart(lone, "voice")
    # A last header followed by little but chrome (a form alone at the end).
    for index, kind in reversed(headers):
        if kind in ("form", "count") and index >= n * 0.7:
            return SectionStart(index, kind)
    return None


_LATEST_KEY = "\x00latest"
"""The key of `_latest_post` lines among the recurring elements of `_cadence`."""


def _latest_post(text: str) -> bool:
    """Whether a line is a commenter's name and latest post (``Ann Lee recently
    posted..My Garden``, `COMMENT_LATEST_POST_CUES`): a line printed under each
    comment of a thread, which `_cadence` counts as a recurring mark."""
    if "post" not in text:
        return False
    folded = text.casefold()
    for cue in COMMENT_LATEST_POST_CUES:
        at = folded.find(cue)
        if at > 0 and len(folded) > at + len(cue):
            return _plausible_name(_clean_name(text[:at].split(" @ ", 1)[0]))
    return False


_HEADER_REACH = 6
"""Most non-blank lines between a count header and the thread found under it."""


def _header_over(
    texts: Sequence[str], headers: list[tuple[int, str]], cadence: int
) -> SectionStart | None:
    """The count header (``21 comments``) a few lines over the start of a thread found
    by its cadence, with text under it: the first comments of the thread, whose
    marks an extractor dropped, stand between them. ``None`` when there is none."""
    for index, kind in reversed(headers):
        if index >= cadence or kind != "count":
            continue
        between = sum(1 for k in range(index + 1, cadence) if texts[k])
        if between <= _HEADER_REACH and _counts_comments(texts[index]):
            return SectionStart(index, kind)
        break
    return None


_COUNT_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))
_COUNT_ADJECTIVES = frozenset(("appreciated", "reader", "user"))
"""Words `COMMENT_SECTION_COUNT` allows between a count and its noun."""


def _counts_comments(text: str) -> bool:
    """Whether a count header announces comments: a count of one or more, and a
    plural noun for more than one (``1 Comment``, ``Comments (7)``, ``4 appreciated
    comments``; not ``No comments``, ``0 Comments``, ``Threads 4 Thought``)."""
    words = [word.strip("{}[]()«»:;….,!|") for word in text.casefold().split()]
    for i, word in enumerate(words):
        if not (word.isdigit() or word in _COUNT_WORDS):
            continue
        after = [later for later in words[i + 1 : i + 3] if later not in _COUNT_ADJECTIVES]
        noun = after[0] if after else words[i - 1] if i else ""
        if word.isdigit() and int(word[:6]) == 0:
            return False
        return word in ("1", "one") or noun.endswith(("s", "e"))
    return False


_PROSE = 30
"""Shortest line that counts as prose after a count header."""


def _prose_follows(texts: Sequence[str], index: int, n: int) -> bool:
    """Whether the lines after a count header start with text: a prose line among the
    first three non-blank ones, with only chrome or a form header before it."""
    seen = 0
    k = index + 1
    while k < n and seen < 3:
        text = texts[k]
        k += 1
        if not text:
            continue
        seen += 1
        kind = header_kind(text)
        if kind == "form" or _ui_kind(text) is not None:  # a form or chrome first
            continue
        if kind is not None or _ends_section(text):
            return False
        if len(text) >= _PROSE:
            return True
    return False


_GAP = 30
"""Most lines between two marks of one run of comments."""

_TITLE_KEY = "\x00title"
"""The key of every thread title line (``Re: Nice (Score:3)``) in a run of elements."""

_VOICE_KEY = "\x00voice"
"""The key of every line that opens in a reader's voice (`_voice`) in a run of elements."""

_NAME_KEY = "\x00name"
"""The key of every commenter's name printed alone over its text (`_name_opens`)."""


_NAMES_APART = 6
"""Most lines between two names alone of one run of comments (`_name_opens`)."""


def _name_opens(texts: Sequence[str], i: int, n: int) -> bool:
    """Whether line ``i`` is a name alone (``Ann Lee``, ``old reader``, no digit) with
    prose right under it and text right above it: how an extractor's text (one
    paragraph a line) prints a comment whose time it dropped."""
    text = texts[i]
    if text.endswith(":") or has_digit(text) or _voice(text):
        return False
    if i + 1 >= n or not i or not texts[i - 1]:  # one paragraph a line, no blank between
        return False
    return len(texts[i + 1]) >= _PROSE and _bare_name(text) is not None


def _clocked(text: str) -> bool:
    """Whether a printed time holds a clock time or is relative (``3 days ago``)."""
    return ":" in text or text.casefold().endswith("ago")


def _paired_heads(run: list[tuple[int, str]], texts: Sequence[str], memo: _Memo) -> bool:
    """Whether a run is two heads of two lines each, a time over a name (``3 hours
    ago``, ``Ann L.``), each with text under it: two comments, though a run needs three."""
    if len(run) != 2 or any(key for _, key in run):
        return False
    for index, _ in run:
        marker = memo.get(index)
        if marker is None or marker.lines != 2 or marker.cue != "head":
            return False
        if not _prose_follows(texts, index + 1, len(texts)):
            return False
    return True


def _cadence(
    texts: Sequence[str],
    elements: list[tuple[int, str]],
    prose: list[int],
    n: int,
    memo: _Memo,
    floor: int = 0,
) -> tuple[int | None, bool]:
    """The first line of the last run of recurring comment marks near the end, or ``None``,
    and whether only the readers' voices (`_voice`) make the run recur.

    ``elements`` are the lines with a named mark (key ``""``) or a chrome line
    (key: the folded line), in order. A run qualifies with two named marks and a
    third element, or a chrome line printed three times; it must reach the last
    40 % of the text (the longest such run wins), and text must stand between most
    of its elements (``prose`` counts the lines of plain text before each line),
    which lists of dated links lack.
    """
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    for element in elements:
        if run and element[0] - run[-1][0] > _GAP:
            runs.append(run)
            run = []
        run.append(element)
    if run:
        runs.append(run)
    best: list[tuple[int, str]] = []
    best_voiced = False
    for run in runs:
        if run[-1][0] < 0.6 * n or (len(run) < 3 and not _paired_heads(run, texts, memo)):
            continue
        named = sum(1 for _, key in run if not key)
        counts: dict[str, int] = {}
        for _, key in run:
            counts[key] = counts.get(key, 0) + 1
        voices = counts.pop(_VOICE_KEY, 0)
        chrome = max((count for key, count in counts.items() if key), default=0)
        voiced = named < 2 and chrome < 3
        if voiced and voices < 3:
            continue
        # Between the elements that open comments (named marks, thread titles; a
        # title and the head under it open one), chrome lines aside.
        # A reader's voice counts only in a run that the other elements do not carry.
        marks = [element for element in run if element[1] != _VOICE_KEY]
        openers = [
            index
            for j, (index, key) in enumerate(marks)
            if key == _TITLE_KEY or (not key and not (j and marks[j - 1][1] == _TITLE_KEY))
        ]
        if len(openers) < 3:
            openers = [index for index, _ in (marks if len(marks) >= 3 else run)]
        gaps = len(openers) - 1
        spoken = sum(1 for a, b in itertools.pairwise(openers) if prose[b] - prose[a + 1] > 0)
        if spoken * 3 < gaps * 2 and not voiced:  # voices are text themselves
            continue
        if (best_voiced and not voiced) or (
            len(run) > len(best) and (voiced == best_voiced or not best)
        ):
            best, best_voiced = run, voiced
    start = _cadence_start(texts, best, memo, floor, voiced=best_voiced) if best else None
    return start, best_voiced


_INVITED = 8
"""Most text lines between a call to comment and the first reader's voice after it."""


def _after_invitation(texts: Sequence[str], first: int, floor: int) -> int:
    """Where the comments open before the first reader's voice at ``first``: after a
    call to comment (`COMMENT_INVITATION`) among the few text lines above it, else at
    ``first``. The lines between are comments that open without a voice."""
    seen = 0
    k = first - 1
    while k > floor and seen < _INVITED:
        text = texts[k]
        if text:
            if _ui_kind(text) is not None or header_kind(text) is not None:
                return first
            if len(text) <= 400 and COMMENT_INVITATION.search(text) is not None:
                return next((j for j in range(k + 1, first) if texts[j]), first)
            seen += 1
        k -= 1
    return first


def _signs(texts: Sequence[str], index: int, memo: _Memo) -> bool:
    """Whether the mark read at ``index`` is a signature by its shape (``— Ann Lee``)."""
    marker = _marker_at(texts, index, len(texts), memo)
    return marker is not None and marker.cue == "signature"


def _name_above(texts: Sequence[str], first: int, floor: int) -> int:
    """The line of a commenter's name printed alone (`_bare_name`) as the non-blank
    line right above ``first`` (and below ``floor``), else ``first``."""
    k = first - 1
    while k > floor and not texts[k]:
        k -= 1
    if k > floor and header_kind(texts[k]) is None and _bare_name(texts[k]) is not None:
        return k
    return first


def _cadence_start(
    texts: Sequence[str],
    run: list[tuple[int, str]],
    memo: _Memo,
    floor: int = 0,
    *,
    voiced: bool = False,
) -> int:
    """Where the first comment of a run begins: at its first mark when that is a head,
    else that many text lines before it as a comment of the run has (the median).
    In a run that only readers' voices make recur (``voiced``), at its first voice,
    or at the name printed alone right above it (``• Ann Lee``)."""
    first = run[0][0]
    if run[0][1] in (_TITLE_KEY, _NAME_KEY):  # a thread title or a name opens its comment
        return first
    if voiced:
        first = next((index for index, key in run if key == _VOICE_KEY), first)
        signed = [
            index for index, key in run if index < first and not key and _signs(texts, index, memo)
        ]
        if signed:  # the article's signature (``— Ann Lee``): the comments follow it
            return next((k for k in range(signed[-1] + 1, first) if texts[k]), first)
        start = _after_invitation(texts, first, floor)
        return _name_above(texts, first, floor) if start == first else start
    scan = _scan(texts, first, memo)
    voice = first if run[0][1] == _VOICE_KEY else -1
    if run[0][1] == _VOICE_KEY:
        # A reader's voice opens a comment, unless heads print the comments: then
        # the section starts at the first head (the voice before it is the body's).
        lead = next((j for j, (_, key) in enumerate(run) if key != _VOICE_KEY), None)
        if lead is not None and run[lead][1] in ("", _LATEST_KEY):  # marks carry the run
            run = run[lead:]
            first = run[0][0]
            if _style(scan, texts, first) != "head":
                scan = _scan(texts, first, memo)
        else:
            return _after_invitation(texts, first, floor)
    if not run[0][1] and _style(scan, texts, first) == "head":
        return first
    gaps: list[int] = []
    marks = [element for element in run if element[1] != _VOICE_KEY]
    for (a, _), (b, _) in itertools.pairwise(marks):
        gaps.append(sum(1 for k in range(a + 1, b) if texts[k] and scan.classes[k] == _TEXT))
    gaps.sort()
    back = max(1, min(15, gaps[(len(gaps) - 1) // 2] if gaps else 1))
    start = first
    while back > 0 and start > floor:  # never above the line the section must start on
        previous = texts[start - 1]
        if not previous:
            if start - 2 >= 0 and texts[start - 2] and back > 0:
                start -= 1
                continue
            break
        if _ui_kind(previous) is not None or header_kind(previous) is not None:
            break
        if len(previous) <= 400 and COMMENT_INVITATION.search(previous) is not None:
            break  # the article's call to comment: the comments open under it
        start -= 1
        back -= 1
    while start < first and not texts[start]:
        start += 1
    # A reader's voice within the first comment, or right above it, opens it.
    above = start - 1
    while above > voice >= floor and not texts[above]:
        above -= 1
    return voice if voice >= start or above == voice >= 0 else start


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
    with hardly any. The main text starts at ``floor``.
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
    # strong_after[j]: a line from lines[j] to the end speaks in a reader's voice.
    strong_after = [False] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        strong_after[j] = strong_after[j + 1] or voice[j] == 1.0
    # personal_after[j]: the lines from lines[j] on that open in the first person or
    # in lower case (a reader's, where an advertiser's copy exclaims); counted when
    # first needed.
    personal_after: list[int] = []
    above = 0.0
    lowest = max(floor + 1, n // _TAIL_FROM)
    for j, k in enumerate(lines):
        if j:
            above += voice[j - 1]
        if k < lowest or voice[j] == 0.0 or not prose_to_end[j] or len(texts[k]) < 6:
            continue
        main = above / j
        count = len(lines) - j
        tail = (total - above) / count
        ends = _ends_article(texts[lines[j - 1]])
        if voice[j] == 1.0 and main <= _MAIN_VOICE and _under_chrome(texts, lines, j):
            return k  # a reader speaks at once under the page's chrome
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
        if count >= _WEAK_RUN and tail >= _WEAK_TAIL and main <= _WEAK_MAIN:
            if not personal_after:
                personal_after = _count_after(lines, lambda k: _personal(texts[k]))
            if personal_after[j] * 2 >= count:
                return k
    return None


_AFTER_WINDOW = 12
"""How many non-blank lines past the end of the main text `_after_main` looks at."""


def _extracted(texts: Sequence[str]) -> bool:
    """Whether a text is an extractor's: hardly a blank line between its lines (fewer
    than one for every `_PLAIN_TEXT` non-blank ones, and one more allowed)."""
    filled = [k for k, text in enumerate(texts) if text]
    if not filled:
        return False
    blanks = filled[-1] - filled[0] + 1 - len(filled)
    return (blanks - 1) * _PLAIN_TEXT <= len(filled)


def _after_main(texts: Sequence[str], weight: Sequence[int], main_end: int) -> int | None:
    """Where a lone comment starts past the end of a page's main text, or ``None``.

    The zone stage ends an extractor's main text (one paragraph a line) before
    the lines that no longer read as its own; when one strong comment mark (a
    name and a time, a ``Posted by`` signature: `_strength` 2) stands among the
    first of them, next to a line of prose (its text), and the other lines are
    prose (`_PROSE` characters or more) or chrome, they are a section of one
    comment, which no header or recurring mark announces. It starts at the
    first line past the main text that is no chrome. Two marks or more (a
    listing of dated posts), a mark with no prose beside it (a tag line over a
    date), short lines (a file's details), a list or code are no such comment.
    """
    n = len(texts)
    lines = [k for k in range(max(0, main_end + 1), n) if texts[k]]
    if not lines or not _extracted(texts):
        return None
    marks = [j for j, k in enumerate(lines) if weight[k] >= 4]
    if len(marks) != 1 or marks[0] >= _AFTER_WINDOW:
        return None
    j = marks[0]
    plain = [k for k in lines if weight[k] == 0 and _ui_kind(texts[k]) is None]
    if not set(lines[max(0, j - 1) : j + 3]).intersection(plain):
        return None  # no comment text next to the mark
    if any(len(texts[k]) < _PROSE or _no_prose(texts[k]) for k in plain):
        return None
    return next((k for k in lines if _ui_kind(texts[k]) is None), None)


def _lone_delimiter(texts: Sequence[str], floor: int) -> int | None:
    """Where the comments of an extractor's text begin above their first ``Reply`` line.

    A thread whose heads the extractor dropped keeps the line printed under
    every comment (`COMMENT_DELIMITERS`: ``Reply``, ``ReplyDelete``). When the
    first such line stands past the first third of the main text, under a
    line of prose and over prose or chrome only, the line above it is the
    first comment (the delimiter says so, even of the last paragraph) and
    the section starts there.
    """
    n = len(texts)
    lines = [k for k in range(floor, n) if texts[k]]
    if len(lines) < 3 or (n - floor - len(lines)) * _PLAIN_TEXT > len(lines):
        return None
    first = next(
        (
            j
            for j, k in enumerate(lines)
            if len(texts[k]) <= 100 and residue_key(texts[k].strip("[]() ")) in COMMENT_DELIMITERS
        ),
        None,
    )
    if first is None or first == 0 or lines[first] < max(floor + 1, n // _TAIL_FROM):
        return None
    above = texts[lines[first - 1]]
    if _no_prose(above) or _ui_kind(above) is not None or len(above) < _SIGN_OFF:
        return None
    if any(_no_prose(texts[k]) and _ui_kind(texts[k]) is None for k in lines[first:]):
        return None
    return lines[first - 1]


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
