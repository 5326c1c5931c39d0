"""Finding the comment section of an article: a header, a cadence of markers, a change of voice."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from corpusparse.parsing.comments.after_main import _after_main, _lone_delimiter
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
from corpusparse.parsing.comments.quiet import _earlier, _per_comment_counts, _quoted_reply
from corpusparse.parsing.comments.reading import _read_comments
from corpusparse.parsing.comments.scan import _marker_at, _Memo
from corpusparse.parsing.comments.voice import (
    _PLAIN_TEXT,
    _SIGN_OFF,
    _TAIL_FROM,
    _ends_article,
    _no_prose,
    _odd,
    _reader_tail,
)
from corpusparse.parsing.readers import read_byline_line
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
    """Where the comment section starts: each way a section can start, tried in turn."""
    texts = [text if isinstance(text, str) else "" for text in texts]
    n = len(texts)
    if n == 0:
        return None
    floor = max(0, body_end_hint or 0)
    weight, headers, elements = _scan(texts, floor, memo)
    for index in _per_comment_counts(texts, headers):
        weight[index] = 1  # a commenter's total under each comment: a mark too
    elements = _keep_names(texts, headers, elements, floor)
    elements = _past_head_byline(texts, elements, floor)
    prefix, prose = _running_sums(texts, weight, headers)
    supported = _supported_header(headers, prefix, n)
    if supported is not None:
        return supported
    cadence, voiced = _cadence(texts, elements, prose, n, memo, floor)
    return (
        _marked_cadence(texts, headers, cadence, voiced)
        or _header_over_prose(texts, headers, floor)
        or _earlier(texts, _voiced_cadence(cadence), _voice_tail(texts, floor))
        or _one_after_main(texts, weight, main_end)
        or _quoting_reader(texts, floor)
        or _between_pingbacks(texts, floor)
        or _under_lone_delimiter(texts, floor)
        or _last_header_at_end(headers, n)
    )


def _scan(
    texts: Sequence[str], floor: int, memo: _Memo
) -> tuple[list[int], list[tuple[int, str]], list[tuple[int, str]]]:
    """One pass from ``floor``: the strength of the mark on each line, the headers, the elements.

    Returns ``weight`` (per line, with one spare slot), the headers as
    ``(index, kind)`` and the recurring elements as ``(index, key)``.
    """
    n = len(texts)
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
            _note_ui(i, text, ui, weight, elements)
            continue
        consumed = max(consumed, _note_mark(texts, i, memo, weight, elements))
    return weight, headers, elements


def _note_ui(
    i: int, text: str, ui: str, weight: list[int], elements: list[tuple[int, str]]
) -> None:
    """Weigh a comment's chrome line (``Reply``, a thread title, a form label) at ``i``."""
    if ui not in ("comment_ui", "comment_title", "form"):
        return
    weight[i] = 1
    if ui == "comment_title":  # titles differ, their shape recurs
        elements.append((i, _TITLE_KEY))
    elif ui != "form":
        elements.append((i, residue_key(text.strip("[]() "))))


def _note_mark(
    texts: Sequence[str], i: int, memo: _Memo, weight: list[int], elements: list[tuple[int, str]]
) -> int:
    """Weigh the comment mark at ``i``, if any; the line its second half takes, or -1."""
    n = len(texts)
    marker = _marker_at(texts, i, n, memo)
    if marker is None:
        _note_plain(texts, i, elements)
        return -1
    consumed = -1
    weight[i] = 2 * _strength(marker)
    if marker.lines == 2:
        consumed = next((j for j in range(i + 1, min(n, i + 3)) if texts[j]), i)
        weight[consumed] = 1
    if _strength(marker) == 2:
        elements.append((i, ""))
    elif marker.posted is not None and _clocked(_posted_text(marker.posted)):
        elements.append((i, "\x00time"))
    return consumed


def _note_plain(texts: Sequence[str], i: int, elements: list[tuple[int, str]]) -> None:
    """Note a line with no mark that may still recur: a latest-post line, a voice, a name."""
    text = texts[i]
    if _latest_post(text):
        if not (i and texts[i - 1] == text):  # printed twice over: one mark
            elements.append((i, _LATEST_KEY))
    elif _voice(text):
        elements.append((i, _VOICE_KEY))
    elif len(text) <= _MAX_NAME + 8 and _name_opens(texts, i, len(texts)):
        elements.append((i, _NAME_KEY))


def _keep_names(
    texts: Sequence[str],
    headers: Sequence[tuple[int, str]],
    elements: list[tuple[int, str]],
    floor: int,
) -> list[tuple[int, str]]:
    """The elements, with the names over text kept only where they make a thread.

    Names alone over text make a section only under a count of comments, and
    only close together, one comment after another (subheads stand apart).
    """
    if not any(
        kind == "count" and _counts_comments(texts[index]) for index, kind in headers
    ) and not any(
        header_kind(text) == "count" and _counts_comments(text) for text in texts[:floor] if text
    ):
        return [element for element in elements if element[1] != _NAME_KEY]
    names = [index for index, key in elements if key == _NAME_KEY]
    near = {
        index for a, b in itertools.pairwise(names) if b - a <= _NAMES_APART for index in (a, b)
    }
    return [element for element in elements if element[1] != _NAME_KEY or element[0] in near]


def _past_head_byline(
    texts: Sequence[str], elements: list[tuple[int, str]], floor: int
) -> list[tuple[int, str]]:
    """The elements without a byline (names and a date, `read_byline_line`) on the main
    text's first line: under the headline or dek it opens no thread."""
    if floor <= 0 or not elements or elements[0][1]:
        return elements
    n = len(texts)
    first = next((i for i in range(floor, n) if texts[i]), None)
    if elements[0][0] != first:
        return elements
    read = read_byline_line(texts[first])
    if read is None or not read.authors or read.published is None:
        return elements
    return elements[1:]


def _running_sums(
    texts: Sequence[str], weight: Sequence[int], headers: Sequence[tuple[int, str]]
) -> tuple[list[int], list[int]]:
    """Running sums over the lines: of the marks' weight, and of the lines of plain prose."""
    n = len(texts)
    prefix = [0] * (n + 1)
    prose = [0] * (n + 1)
    header_lines = {index for index, _ in headers}
    for i in range(n):
        prefix[i + 1] = prefix[i] + weight[i]
        plain = bool(texts[i]) and not weight[i] and i not in header_lines
        prose[i + 1] = prose[i] + plain
    return prefix, prose


def _supported_header(
    headers: Sequence[tuple[int, str]], prefix: Sequence[int], n: int
) -> SectionStart | None:
    """The first header with enough comment marks in the `_WINDOW` lines under it."""
    for index, kind in headers:
        support = prefix[min(n, index + 1 + _WINDOW)] - prefix[index + 1]
        need = {"count": 2, "title": 3, "form": 3}[kind]
        if support >= need:
            return SectionStart(index, kind)
    return None


def _marked_cadence(
    texts: Sequence[str], headers: list[tuple[int, str]], cadence: int | None, voiced: bool
) -> SectionStart | None:
    """A cadence of comment marks, or the thread's own count right over its first comments."""
    if cadence is None or voiced:
        return None
    over = _header_over(texts, headers, cadence)
    if over is not None:  # the thread's own count over its first comments
        return over
    return SectionStart(cadence, "cadence")


def _header_over_prose(
    texts: Sequence[str], headers: Sequence[tuple[int, str]], floor: int
) -> SectionStart | None:
    """A count or title header over plain text, when the caller knows where the main text starts.

    A count under the headline is no section; an extractor's main text keeps
    the comments and drops their heads. The last such header wins.
    """
    if floor <= 0:
        return None
    n = len(texts)
    for index, kind in reversed(headers):
        if kind == "form" or (kind == "count" and not _counts_comments(texts[index])):
            continue
        if _prose_follows(texts, index, n):
            return SectionStart(index, kind)
    return None


def _voiced_cadence(cadence: int | None) -> SectionStart | None:
    """A cadence of readers' voices only: weaker than any header."""
    return SectionStart(cadence, "cadence") if cadence is not None else None


def _voice_tail(texts: Sequence[str], floor: int) -> SectionStart | None:
    """No mark at all: the voice changes where the comments begin (`_reader_tail`)."""
    tail = _reader_tail(texts, floor) if floor > 0 else None
    return SectionStart(tail, "voice") if tail is not None else None


def _quoting_reader(texts: Sequence[str], floor: int) -> SectionStart | None:
    """A reader quoting the post back (`_quoted_reply`)."""
    quoted = _quoted_reply(texts, floor) if floor > 0 else None
    return SectionStart(quoted, "voice") if quoted is not None else None


def _one_after_main(
    texts: Sequence[str], weight: Sequence[int], main_end: int | None
) -> SectionStart | None:
    """One comment under the page's main text (`_after_main`)."""
    after = _after_main(texts, weight, main_end) if main_end is not None else None
    return SectionStart(after, "after") if after is not None else None


def _between_pingbacks(texts: Sequence[str], floor: int) -> SectionStart | None:
    """Comments between pingbacks (`_pingback_thread`)."""
    pinged = _pingback_thread(texts, floor) if floor > 0 else None
    return SectionStart(pinged, "voice") if pinged is not None else None


def _under_lone_delimiter(texts: Sequence[str], floor: int) -> SectionStart | None:
    """A comment's Reply line under the text (`_lone_delimiter`)."""
    lone = _lone_delimiter(texts, floor) if floor > 0 else None
    return SectionStart(lone, "voice") if lone is not None else None


def _last_header_at_end(headers: Sequence[tuple[int, str]], n: int) -> SectionStart | None:
    """A last header followed by little but chrome (a form alone at the end)."""
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
