"""Reading a section into comments, pingbacks and UI lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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
    """`read_comments`, sharing ``memo`` (the marks read) with the section's search."""
    lines = [text if isinstance(text, str) else "" for text in texts]
    start = max(0, start)
    if start >= len(lines):
        return []
    section = _open_section(lines, start, memo)
    if section.style == "signature":
        _read_signed(section)
    else:
        _read_headed(section)
    _read_after(section)
    section.items.sort(key=_item_first)
    return section.items


_Open = tuple[_Reading | None, list[int], list[int]]
"""A comment being read: its mark's reading, its mark lines and its text lines."""


@dataclass
class _Section:
    """A comment section being read: its lines, their scan and the items read so far."""

    texts: list[str]
    scan: _Scan
    first: int  # the first line under the section's header
    end: int  # the section's end (`_section_end`)
    style: str  # `_style`: "signature", "ui" or a heads' style
    last_mark: int  # the last mark's line, or -1
    last_delimiter: int  # the last UI delimiter's line (`comment_ui`), or -1
    last_text: int  # the first line of the spoken tail (`_spoken_tail`), or ``len(texts)``
    items: list[SectionItem] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)

    def comment(self, marker: _Reading | None, marks: list[int], lines: list[int]) -> None:
        """Add the comment of ``marker`` over its ``marks`` and text ``lines``."""
        self.items.append(_comment(marker, marks, lines, self.texts, self.authors))

    def close(self, current: _Open | None) -> None:
        """Add the comment being read, if any."""
        if current is not None:
            self.comment(*current)

    def after(self, lines: Iterable[int]) -> None:
        """Add ``lines`` as chrome after the comments (no comment)."""
        self.items.extend(UiItem(j, "after") for j in lines)

    def chrome(self, k: int) -> None:
        """Add line ``k`` as its UI item, its pingback, or chrome after the comments."""
        cls = self.scan.classes[k]
        if cls == _UI:
            self.items.append(UiItem(k, self.scan.ui[k]))
        elif cls == _PING:
            self.items.append(PingbackItem(k, self.scan.pings[k]))
        else:
            self.items.append(UiItem(k, "after"))


def _open_section(texts: list[str], start: int, memo: _Memo) -> _Section:
    """Scan the section from ``start`` (its header, if any, read) and pick its style."""
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
    last_mark = max(scan.markers) if scan.markers else -1
    # The last UI-delimited line: after it, text is no comment (in the `ui` style).
    last_delimiter = max((k for k, kind in scan.ui.items() if kind == "comment_ui"), default=-1)
    # Text after the last mark and the last delimiter, running to the end of the
    # text as an extractor's paragraphs: the last comment, its mark dropped.
    last_text = _spoken_tail(
        texts,
        scan.classes,
        max(last_mark, last_delimiter) + 1,
        end,
        last_delimiter > last_mark and _delimiter(texts[last_delimiter]),
    )
    return _Section(texts, scan, first, end, style, last_mark, last_delimiter, last_text, items)


def _read_signed(section: _Section) -> None:
    """Read a section whose comments close on their signatures (`signature` style):
    the text lines above a mark are its comment."""
    scan = section.scan
    pending: list[int] = []
    k = section.first
    while k < section.end:
        cls = scan.classes[k]
        if cls == _TEXT:
            pending.append(k)
        elif cls == _MARK:
            marks = _mark_lines(scan, k)
            section.comment(scan.markers[k], marks, pending)
            pending = []
            k = marks[-1] + 1
            continue
        elif cls in (_UI, _PING, _END, _MARK2):
            _cut_signed(section, pending, k)
            pending = []
            section.chrome(k)
        k += 1
    if _spoken(section.texts, pending):  # prose to the end: comments whose signatures are gone
        section.comment(None, [], pending)
    else:
        section.after(pending)


def _cut_signed(section: _Section, pending: list[int], k: int) -> None:
    """Read the ``pending`` text cut off by the chrome of line ``k`` (signature style)."""
    # A comment's lines run unbroken: text cut off by chrome is a comment
    # of its own, or, before a form, a header or a footer, no comment.
    cls = section.scan.classes[k]
    if pending and (cls == _PING or (cls == _UI and section.scan.ui[k] != "form")):
        section.comment(None, [], pending)
    elif pending:
        section.after(pending)


@dataclass
class _Headed:
    """The state of a section read under its heads (marks over their text)."""

    voiced: bool  # nothing but readers' voices (or bare names) delimits the comments
    current: _Open | None = None
    titled: bool = False  # after a thread title line, text is a comment


def _read_headed(section: _Section) -> None:
    """Read a section whose comments open on their heads, their UI delimiters or
    their voices: the text lines under a mark are its comment."""
    scan = section.scan
    state = _Headed(section.style == "ui" and section.last_delimiter < 0 and not scan.markers)
    k = section.first
    while k < section.end:
        cls = scan.classes[k]
        if cls == _MARK:
            k = _headed_mark(section, state, k)
            continue
        if cls == _TEXT:
            _headed_text(section, state, k)
        elif cls in (_UI, _PING, _END, _MARK2):
            section.close(state.current)  # a comment's lines run unbroken
            state.current = None
            if cls == _UI and scan.ui[k] == "comment_title":
                state.titled = True
            elif cls == _END:
                state.titled = False
            section.chrome(k)
        k += 1
    section.close(state.current)


def _headed_mark(section: _Section, state: _Headed, k: int) -> int:
    """Read the mark at line ``k``; return the line after it."""
    scan = section.scan
    marker = scan.markers[k]
    current = state.current
    if (
        current is not None
        and current[0] is not None
        and current[0].posted is None
        and current[2]
        and marker.author is None
        and marker.lines == 1
    ):  # a time alone under a head's text: the head's time
        current[1].append(k)
        section.comment(current[0]._replace(posted=marker.posted), current[1], current[2])
        state.current = None
        return k + 1
    section.close(current)
    marks = _mark_lines(scan, k)
    state.current = (scan.markers[k], marks, [])
    return marks[-1] + 1


def _headed_text(section: _Section, state: _Headed, k: int) -> None:
    """Read the text line ``k``: a comment's line, the first of a new one, or chrome."""
    texts = section.texts
    current = state.current
    if state.voiced and _name_opens(texts, k, len(texts)):  # a name alone over its text
        section.close(current)
        state.current = (_Reading(_bare_name(texts[k]), None, 1, "head"), [k], [])
    elif current is not None and _new_voice(section, state, current, k):
        section.comment(None, [], current[2])
        state.current = (None, [], [k])
    elif current is not None:
        current[2].append(k)
    elif _opens_unmarked(section, state, k):
        state.current = (None, [], [k])
    else:
        section.items.append(UiItem(k, "after"))


def _new_voice(section: _Section, state: _Headed, current: _Open, k: int) -> bool:
    """Whether line ``k`` opens a comment of its own under an unmarked one, when
    nothing but readers' voices delimits the comments."""
    texts = section.texts
    return (
        state.voiced
        and current[0] is None
        and not texts[current[2][-1]].endswith(",")  # a salutation
        and _voice(texts[k])
    )


def _opens_unmarked(section: _Section, state: _Headed, k: int) -> bool:
    """Whether the text line ``k``, under no comment, opens a comment with no mark."""
    ui = section.style == "ui"
    return (
        state.titled
        or (ui and k < section.last_delimiter)
        or (not ui and (k < section.last_mark or _delimited(section.scan, section.texts, k)))
        or k >= section.last_text
        or (ui and section.last_delimiter < 0 and section.end == len(section.texts))
    )


def _read_after(section: _Section) -> None:
    """Read the lines after the section's end: chrome or pingbacks, no comment."""
    for k in range(section.end, len(section.texts)):
        if section.texts[k]:
            if section.scan.classes[k] in (_UI, _PING):
                section.chrome(k)
            else:
                section.items.append(UiItem(k, "after"))


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
