"""A comment section found from the cadence of its markers, with no header."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from corpusparse.parsing.comments.items import SectionStart
from corpusparse.parsing.comments.marks import _ends_section, header_kind
from corpusparse.parsing.comments.names import (
    _PROSE,
    _bare_name,
    _clean_name,
    _plausible_name,
    _ui_kind,
)
from corpusparse.parsing.comments.scan import _TEXT, _marker_at, _Memo, _scan, _style
from corpusparse.parsing.patterns import COMMENT_INVITATION
from corpusparse.parsing.vocabulary import COMMENT_LATEST_POST_CUES

__all__ = []

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


def _walk_back(texts: Sequence[str], first: int, back: int, floor: int) -> int:
    """``back`` text lines above ``first`` (single blank lines crossed), where a comment
    begins: never above ``floor``, a UI or header line, or the article's call to comment."""
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
    return start


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
    start = _walk_back(texts, first, back, floor)
    # A reader's voice within the first comment, or right above it, opens it.
    above = start - 1
    while above > voice >= floor and not texts[above]:
        above -= 1
    return voice if voice >= start or above == voice >= 0 else start
