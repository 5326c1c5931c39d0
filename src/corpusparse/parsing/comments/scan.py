"""The scan of a section: each line's kind, and whether heads, signatures or UI lines mark it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from corpusparse.model import Pingback, Span
from corpusparse.parsing.comments.items import CommentItem, _Reading
from corpusparse.parsing.comments.marks import _ends_section, _posted, _read_marker, header_kind
from corpusparse.parsing.comments.names import _ui_kind
from corpusparse.parsing.readers import read_pingback, read_reply_to, resolve_mention

__all__ = []

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


def _pingback_of(text: str, index: int) -> Pingback:
    """The pingback a ``Pingback:`` or ``Trackback:`` line holds (its title alone if unread)."""
    span = Span(index + 1, index + 1)
    ping = read_pingback(text, span)
    if ping is None:
        ping = Pingback(title=text.split(":", 1)[1].strip(), site=None, span=span)
    return ping


def _next_text(texts: Sequence[str], index: int) -> int:
    """The first non-blank line after ``index`` (``len(texts)`` when there is none)."""
    j = index + 1
    while j < len(texts) and not texts[j]:
        j += 1
    return j


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
            classes[i] = _PING
            pings[i] = _pingback_of(text, i)
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
                j = _next_text(texts, i)
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
