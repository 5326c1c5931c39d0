"""Finding the comment section of an article: a header, a cadence of markers, a change of voice."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from corpusparse.parsing.comments.cadence import (
    _LATEST_KEY,
    _NAME_KEY,
    _NAMES_APART,
    _TITLE_KEY,
    _VOICE_KEY,
    _cadence,
    _counts_comments,
    _header_over,
    _latest_post,
    _prose_follows,
)
from corpusparse.parsing.comments.items import SectionItem, SectionStart, UiItem, _Reading
from corpusparse.parsing.comments.marks import _clocked, _posted_text, header_kind
from corpusparse.parsing.comments.names import _MAX_MARK, _MAX_NAME, _name_opens, _ui_kind, _voice
from corpusparse.parsing.comments.reading import _read_comments
from corpusparse.parsing.comments.scan import _marker_at, _Memo
from corpusparse.parsing.comments.voice import (
    _PLAIN_TEXT,
    _SIGN_OFF,
    _TAIL_FROM,
    _after_main,
    _ends_article,
    _lone_delimiter,
    _no_prose,
    _odd,
    _reader_tail,
)
from corpusparse.parsing.vocabulary import residue_key

__all__ = ["find_comment_section", "read_comment_section"]


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
    pinged = _pingback_thread(texts, floor) if floor > 0 else None
    if pinged is not None:  # comments between pingbacks
        return SectionStart(pinged, "voice")
    lone = _lone_delimiter(texts, floor) if floor > 0 else None
    if lone is not None:  # a comment's Reply line under the text
        return SectionStart(lone, "voice")
    # A last header followed by little but chrome (a form alone at the end).
    for index, kind in reversed(headers):
        if kind in ("form", "count") and index >= n * 0.7:
            return SectionStart(index, kind)
    return None


_PINGBACK_CUES = ("Pingback:", "Trackback:")
"""How a pingback line opens (``Pingback: Title | Site``)."""


def _pingback_thread(texts: Sequence[str], floor: int) -> int | None:
    """Where the comments of an extractor's text begin at their pingbacks, or ``None``.

    A thread whose heads the extractor dropped may keep its pingbacks
    (``Pingback: Title | Site``) between the comments. When the first one stands
    past the first third of the main text and every line under it is prose,
    chrome or another pingback, the section opens there, or at the line of
    prose right above it when the line above that can end an article
    (`_ends_article`: a question to the readers, a sign-off): the first
    comment, printed before the first pingback.
    """
    n = len(texts)
    lines = [k for k in range(floor, n) if texts[k]]
    if len(lines) < 3 or (n - floor - len(lines)) * _PLAIN_TEXT > len(lines):
        return None
    first = next((j for j, k in enumerate(lines) if texts[k].startswith(_PINGBACK_CUES)), None)
    if first is None or first < 2 or lines[first] < max(floor + 1, n // _TAIL_FROM):
        return None
    if any(_odd(texts[k]) for k in lines[first:] if any(ch.isalpha() for ch in texts[k])):
        return None
    above = texts[lines[first - 1]]
    if (
        len(above) >= _SIGN_OFF
        and not _no_prose(above)
        and _ui_kind(above) is None
        and _ends_article(texts[lines[first - 2]])
    ):
        return lines[first - 1]
    return lines[first]
