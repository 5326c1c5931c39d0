"""Commenters' names: cleaning a name off a head or a signature, and whether a line reads as one."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from corpusparse.parsing.comments.items import _CACHE_SIZE
from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.patterns import COMMENT_LEAD, COMMENT_VOICE
from corpusparse.parsing.readers import read_byline_line, read_residue
from corpusparse.parsing.vocabulary import (
    COMMENT_FORM_HEADERS,
    COMMENT_UI_LINES,
    COMMENT_UI_PARTICLES,
    COMMENT_UI_WORDS,
    COMMENT_VERBS,
    COMMENT_VOICE_OPENERS,
    residue_key,
)

__all__ = []

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


def _verb_head(text: str) -> str | None:
    """The name of ``Ann Lee says:``, ``Bo said...``, ``Cy wrote:``, or ``None``."""
    last = text.rsplit(None, 1)  # the verb first: most lines end with none
    if len(last) < 2 or last[1].casefold().rstrip(":;,.…-") not in COMMENT_VERBS:
        return None
    words = text.split()
    if len(words) > 8:
        return None
    name = _clean_name(" ".join(words[:-1]))
    return name if _plausible_name(name) else None


@functools.lru_cache(maxsize=_CACHE_SIZE)
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


_LEAD_SIGNS = frozenset("+-#")
"""The characters besides a digit a `COMMENT_LEAD` opens with after its bullet and blanks."""


def _strip_lead(text: str) -> str:
    if text[:1].isdigit() or text[:1] in "#+-•*":
        # Past its bullet and blanks, every `COMMENT_LEAD` opens with a sign, ``#`` or
        # a digit: a list item (``• Ann Lee``, ``- 3 cups``) asks no regex.
        after = text.lstrip("•*").lstrip(" \t\u00a0")[:1]
        lead = COMMENT_LEAD.match(text) if after in _LEAD_SIGNS or after.isdigit() else None
        if lead is not None:
            return text[lead.end() :]
    if text.startswith(("• ", "* ")):
        return text[2:]
    return text


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
        words = text.replace("|", " ").replace("·", " ").replace("•", " ").split()
        lone_particle = (
            len(words) == 1 and words[0].casefold().strip("[]():") in COMMENT_UI_PARTICLES
        )
        if (
            words
            and not lone_particle
            and all(word.casefold().strip("[]():") in COMMENT_UI_WORDS for word in words)
        ):
            return "comment_ui"
    residue = read_residue(text, tail=True)
    if residue is not None:
        return str(residue.value)
    return None


_PROSE = 30
"""Shortest line that counts as prose after a count header."""


def _name_opens(texts: Sequence[str], i: int, n: int) -> bool:
    """Whether line ``i`` is a name alone (``Ann Lee``, ``old reader``, no digit) with
    prose right under it and text right above it: how an extractor's text (one
    paragraph a line) prints a comment whose time it dropped."""
    if i + 1 >= n or not i or not texts[i - 1]:  # one paragraph a line, no blank between
        return False
    text = texts[i]
    if len(texts[i + 1]) < _PROSE or text.endswith(":") or has_digit(text) or _voice(text):
        return False
    return _bare_name(text) is not None


_AUTHOR_SLOTS = 6
"""Non-blank lines at the top of a text in which `_author_addressed` looks for a byline."""

_ADDRESSED = 2
"""Fewest lines of a run that name the post's author for readers to be speaking to them."""


def _author_addressed(texts: Sequence[str], run: Sequence[int]) -> bool:
    """Whether the lines ``run`` speak to the post's author by first name.

    The first of the names of a byline among the first `_AUTHOR_SLOTS` lines of
    the text (``October 5, 2012 by Dana Reeve``) that `_ADDRESSED` lines of the run
    or more print as a word (``Dana: the median``, ``Thanks for that Dana!``):
    readers answer the author; a post hardly names its own author again.
    """
    top = [k for k in range(min(len(texts), 3 * _AUTHOR_SLOTS)) if texts[k]]
    first: str | None = None
    for k in top[:_AUTHOR_SLOTS]:
        line = texts[k] if len(texts[k]) <= _MAX_MARK else ""
        head = read_byline_line(line) if line else None
        if head is not None and head.authors:
            first = head.authors[0].split()[0]
            break
    if first is None or len(first) < 2 or not first[0].isupper():
        return False
    named = 0
    for k in run:
        words = texts[k].replace("/", " ").split()
        if any(word.strip(_EDGE_PUNCTUATION + "!?'’") == first for word in words):
            named += 1
            if named >= _ADDRESSED:
                return True
    return False


def _handle_replies(texts: Sequence[str], run: Sequence[int]) -> bool:
    """Whether `_ADDRESSED` lines of ``run`` or more answer another reader by handle:
    a sentence opening with ``@`` and a name (``@Vince – agreed``, ``@ Dana and
    all: thanks``), not a program's decorator (``@property``, one word)."""
    replies = 0
    for k in run:
        text = texts[k]
        if not text.startswith("@") or " " not in text.strip():
            continue
        handle = text[1:].lstrip()
        if handle[:1].isalpha() and len(text.split()) >= _REPLY_WORDS:
            replies += 1
            if replies >= _ADDRESSED:
                return True
    return False


_REPLY_WORDS = 4
"""Fewest words of a reply by handle (the handle and a sentence)."""
