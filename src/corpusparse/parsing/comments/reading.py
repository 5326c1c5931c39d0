"""Reading a section into comments, pingbacks and UI lines."""

from __future__ import annotations

from collections.abc import Sequence

from corpusparse.parsing.comments.items import (
    CommentItem,
    PingbackItem,
    SectionItem,
    UiItem,
    _Reading,
)
from corpusparse.parsing.comments.marks import header_kind
from corpusparse.parsing.comments.names import _PROSE, _bare_name, _name_opens, _voice
from corpusparse.parsing.comments.scan import (
    _BLANK,
    _END,
    _MARK,
    _MARK2,
    _PING,
    _TEXT,
    _UI,
    _comment,
    _mark_lines,
    _Memo,
    _Scan,
    _scan,
    _section_end,
    _style,
)
from corpusparse.parsing.comments.voice import _PLAIN_TEXT, _no_prose
from corpusparse.parsing.vocabulary import COMMENT_DELIMITERS, residue_key

__all__ = ["read_comments"]


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
    last_text = _spoken_tail(
        texts,
        classes,
        max(last_mark, last_delimiter) + 1,
        end,
        last_delimiter > last_mark and _delimiter(texts[last_delimiter]),
    )

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


def _spoken_tail(
    texts: Sequence[str], classes: Sequence[int], begin: int, end: int, delimited: bool = False
) -> int:
    """The first line of the plain text that runs from ``begin`` to the end of an
    extractor's text (hardly a blank line in it) when it reads as comments
    (`_spoken`), or ``len(texts)`` (no such text).

    Under a comment's delimiter (``delimited``: ``begin`` follows a ``Reply``
    line of `COMMENT_DELIMITERS`), one or two lines of prose (`_PROSE`
    characters or more each, no list item or code) are enough: the last
    comments of the thread, printed without their own ``Reply`` line."""
    n = len(texts)
    if end < n or begin <= 0 or _spaced(texts):
        return n
    lines = [k for k in range(begin, n) if texts[k]]
    if not lines or any(classes[k] != _TEXT for k in lines):
        return n
    if not (_spoken(texts, lines) or (delimited and _last_replies(texts, lines))):
        return n
    return lines[0]


_LAST_REPLIES = 2
"""Most lines of prose under the last ``Reply`` line read as comments without a
``Reply`` line of their own."""


def _delimiter(text: str) -> bool:
    """Whether a line is a comment's delimiter (`COMMENT_DELIMITERS`: ``Reply``)."""
    return residue_key(text.strip("[]() ")) in COMMENT_DELIMITERS


def _last_replies(texts: Sequence[str], lines: list[int]) -> bool:
    """Whether the lines under a thread's last delimiter are its last comments: one
    or two lines with no blank between them, each of them prose."""
    if len(lines) > _LAST_REPLIES or lines[-1] - lines[0] != len(lines) - 1:
        return False
    return all(len(texts[k]) >= _PROSE and not _no_prose(texts[k]) for k in lines)


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
