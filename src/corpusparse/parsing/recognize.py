"""Readers for single lines: each returns the element a line holds, or ``None``.

The block rules decide *where* an element may stand; these functions decide
*whether* a line has its shape and pull out its parts. All take stripped text.

Every match on a long line carries a time limit (`corpusparse.parsing.patterns.time_limit`);
a reader that runs over it raises `TimeoutError`, which `corpusparse.parsing.blocks.classify`
turns into a ``pattern_timeout`` defect.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from typing import NamedTuple

from corpusparse.model import (
    NOWHERE,
    BoilerplateKind,
    Caption,
    Dateline,
    Pingback,
    Span,
    Timestamp,
)
from corpusparse.parsing.dates import (
    TimeReading,
    find_full_date,
    has_digit,
    has_time_label,
    may_hold_time,
    read_datetime,
    read_labelled_time,
    read_printed_time,
)
from corpusparse.parsing.patterns import (
    AT_MENTION,
    AUTHOR_NAME,
    AUTHOR_SEPARATOR,
    BRACKETED_CREDIT,
    BYLINE,
    BYLINE_GLUE,
    BYLINE_TIME_COMMA,
    BYLINE_TIME_START,
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
    HEAD_DASH_SEPARATOR,
    HEAD_PART_SEPARATOR,
    IMAGE_SOURCE,
    IN_REPLY_TO,
    NAME_IN_PLACE,
    PINGBACK,
    PINGBACK_SEPARATOR,
    POST_FOOTER,
    POSTED_ON_BY,
    PROMO_LINE,
    READING_TIME,
    RELATED_BULLET,
    RESIDUE_PREFIX,
    SEPARATOR_LINE,
    TIME_EXPRESSION,
    TRAILER,
    TRAILER_PART,
    TRAILING_LABELLED_CREDIT,
    TRAILING_PIPE_CREDIT,
    TRAILING_SLASH_CREDIT,
    WHITESPACE_RUN,
    WIDGET,
    time_limit,
)
from corpusparse.parsing.vocabulary import (
    AGENCIES,
    BYLINE_COLON_LABELS,
    BYLINE_GLUED_LABELS,
    BYLINE_LABELS,
    CATCH_ALL_SECTIONS,
    COMMENT_FORM_HEADERS,
    CREDENTIALS,
    FOREIGN_MONTHS,
    GROUP_TITLE_WORDS,
    LEGAL_MARKS,
    NAME_STOP_WORDS,
    NOT_PUBLICATION_MARKS,
    POSTED_PHRASES,
    POSTED_VERBS,
    RESIDUE_LINES,
    ROLE_WORDS,
    STOPWORDS,
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
    "is_legal_line",
    "is_photo_credit",
    "is_related_block_header",
    "is_separator",
    "is_time_line",
    "is_timestamp",
    "is_widget",
    "read_bare_byline",
    "read_byline",
    "read_byline_line",
    "read_byline_pair",
    "read_caption",
    "read_comment_head",
    "read_credit",
    "read_credit_line",
    "read_dated_names",
    "read_dateline",
    "read_fallback_date",
    "read_head_date",
    "read_loose_byline",
    "read_name_over_bio",
    "read_name_pair",
    "read_names_by_date",
    "read_pingback",
    "read_related",
    "read_reply_to",
    "read_residue",
    "read_site_suffix",
    "read_timestamp",
    "read_trailer",
    "read_user_byline",
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


_TITLE_WORDS = TITLE_WORDS | ROLE_WORDS


def _is_credential(piece: str) -> bool:
    """``PhD``, ``Ph.D.``, ``M.D.`` or an upper-case abbreviation such as ``CFP`` or ``NDR``."""
    bare = piece.replace(".", "").replace(" ", "")
    return bare.casefold() in CREDENTIALS or (
        2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()
    )


def _is_domain(piece: str) -> bool:
    """Whether ``piece`` is a domain name (``Example.org``): one word, a lower-case last label."""
    if " " in piece or "." not in piece:
        return False
    labels = piece.split(".")
    last = labels[-1]
    return all(labels) and len(last) >= 2 and last.isalpha() and last.islower()


def _is_title(piece: str) -> bool:
    """Whether a part of a byline after a comma is a title, a credential, an agency or an
    organisation (``Staff Writer``, ``PhD``, ``Associated Press``, ``Example.org``)."""
    if not piece[:1].isupper() or len(piece.split()) > 6 or has_digit(piece):
        return False
    if _is_credential(piece) or _is_domain(piece):
        return True
    if piece.endswith("."):
        return False
    folded = piece.casefold()
    if folded in AGENCIES or folded.startswith(("the ", "special to ", "for ")):
        return True
    return any(_is_title_word(word.strip(".")) for word in folded.replace("-", " ").split())


def _is_title_word(word: str) -> bool:
    """Whether a case-folded word is a title or role word, or the plural of one
    (``columnists`` for the two names of ``Ann Lee and Bo Chan | Guest Columnists``)."""
    if word in _TITLE_WORDS:
        return True
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith("ss")
        and word[:-1] in _TITLE_WORDS
    )


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
    if BYLINE_GLUE.search(piece):
        return None  # "Ann LeePublished": a name run into a label is no name
    return piece


_AUTHOR_JOINING_WORDS = frozenset(("and", "y", "und", "et"))
"""The words `AUTHOR_SEPARATOR` matches between white space."""


def _may_separate_authors(text: str) -> bool:
    """Whether `AUTHOR_SEPARATOR` can match in ``text``: a comma, ``&`` or a joining word."""
    return "," in text or "&" in text or not _AUTHOR_JOINING_WORDS.isdisjoint(text.split())


def _is_comma(join: str) -> bool:
    """Whether an `AUTHOR_SEPARATOR` match is a comma alone (no ``and`` or ``&``)."""
    return "&" not in join and _AUTHOR_JOINING_WORDS.isdisjoint(join.split())


def _pieces(text: str) -> tuple[list[str], list[str]]:
    """``text`` split at `AUTHOR_SEPARATOR`, with the separator before each piece (``""``
    before the first)."""
    if not _may_separate_authors(text):
        return [text], [""]
    pieces: list[str] = []
    joins = [""]
    position = 0
    for match in AUTHOR_SEPARATOR.finditer(text):
        pieces.append(text[position : match.start()])
        joins.append(match.group())
        position = match.end()
    pieces.append(text[position:])
    return pieces, joins


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
    titles = strong = 0
    titled = False  # the last name was read with a title after it ("Ann Lee Staff Writer")
    pieces, joins = _pieces(text)
    for piece, join in zip(pieces, joins, strict=True):
        piece = piece.strip()
        if not piece:
            return None
        if names and (
            titled
            or _is_title(piece)
            or piece.casefold() in AGENCIES
            or (titles and "," in join and _is_comma(join))
            or not _plain_name(piece)
        ):
            # A title, or what follows a title after a comma: "A, Director, Example Group".
            titles += 1
            strong += _is_strong_title(piece)
            continue
        if not names and piece.casefold() in AGENCIES:
            return None
        name = _read_name(piece)
        if name is None:
            return None
        cut = _cut_name(name)
        name = _without_titles(cut)
        titled = titled or not cut.endswith(name)  # a title after the name: what follows too
        names.append(name)
    if not names or (need_title and not strong):
        return None
    return tuple(_without_stop(name) for name in names)


_NAME_CUT_WORDS = frozenset(
    (
        "updated",
        "published",
        "posted",
        "in",
        "ein",
        "lesezeit",
        "kommentar",
        "kommentare",
        "comments",
        "veröffentlicht",
        "aktualisiert",
        "twitter",
    )
)
"""Words (case-folded) that end a name of three words or more read up to a label or a count
that followed it (``Ann Lee Updated``, ``Ann Lee Lesezeit``, ``Ann Ein Kommentar``)."""


def _cut_name(name: str) -> str:
    """A name of three words or more without what was read after it: a word of
    `_NAME_CUT_WORDS` and what follows, or the name printed twice (``Ann Lee Ann Lee``)."""
    words = name.split()
    if len(words) < 3:
        return name
    for index in range(1, len(words)):
        if words[index].casefold().strip(".,:") in _NAME_CUT_WORDS:
            return " ".join(words[:index])
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _without_titles(name: str) -> str:
    """A name without the role printed before it (``Attorney Ann Lee`` -> ``Ann Lee``) or
    the title printed after it without a comma (``Ann Lee Senior Staff Writer`` -> ``Ann
    Lee``): two words of the name are kept at least. A title after the name must end it
    and name a person's role (not a group: ``Example Travel Team`` is kept), and a name
    with more after its title (``Example Political Reporter Ann Lee``) is kept whole."""
    words = name.split()
    if len(words) < 3:
        return name
    start = 0
    while len(words) - start > 2 and words[start].casefold() in ROLE_WORDS:
        start += 1
    last = words[-1].casefold().strip(".,")
    if last in _TITLE_WORDS and last not in GROUP_TITLE_WORDS:
        for end in range(start + 2, len(words)):
            if words[end].casefold().strip(".,") in _TITLE_WORDS:
                return " ".join(words[start:end])
    return " ".join(words[start:])


def _without_stop(name: str) -> str:
    """A name without a full stop at its end (``Perry Lee Jr.`` -> ``Perry Lee Jr``), as
    the names of bylines are compared, after an initial too (``Joe S.`` -> ``Joe S``); an
    initial alone keeps it (``A.``)."""
    if name.endswith(".") and len(name) > 2:
        stripped = name.rstrip(".")
        return stripped if " " in stripped or len(stripped) > 2 else name
    return name


def _is_strong_title(piece: str) -> bool:
    """Whether a title makes names printed without ``By`` a byline: a title word, an
    agency or a credential, not any upper-case abbreviation (``Lima, NH``)."""
    bare = piece.replace(".", "").replace(" ", "")
    if bare.casefold() in CREDENTIALS:
        return True
    folded = piece.casefold()
    return folded in AGENCIES or any(
        word.strip(".") in _TITLE_WORDS for word in folded.replace("-", " ").split()
    )


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


_PART_SEPARATOR_MARKS = ("|", "•", "·", "/", "∙", "⋅")
"""One of these stands in every `HEAD_PART_SEPARATOR` (and in the ``" | "`` that
`BYLINE_TIME_COMMA` and `BYLINE_GLUE` put in)."""


_TIME_COMMA_LABELS = ("updated", "published", "posted")
"""One of these follows the comma of every `BYLINE_TIME_COMMA`."""


def _split_parts(text: str) -> list[str]:
    """The parts of a head line between pipes, bullets, middle dots and slashes."""
    if "," in text and may_contain(text, _TIME_COMMA_LABELS):
        text = BYLINE_TIME_COMMA.sub(" | ", text)
    if not any(mark in text for mark in _PART_SEPARATOR_MARKS) and not (
        "   " in text or "\u00a0" in text or "\t" in text
    ):
        text = text.strip()
        return [text] if text else []
    return [part.strip() for part in HEAD_PART_SEPARATOR.split(text) if part.strip()]


def _labels_by_initial() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for label in sorted(set(BYLINE_LABELS) | BYLINE_COLON_LABELS, key=len, reverse=True):
        table.setdefault(label[:1], []).append(label)
    return {initial: tuple(labels) for initial, labels in table.items()}


_LABELS_BY_INITIAL = _labels_by_initial()
"""`BYLINE_LABELS` by first letter, longest first (``written by`` before ``written``)."""

_BARE_LABELS = frozenset(BYLINE_LABELS)

_BLANKS = " \t\u00a0"


def is_byline_label(text: str) -> bool:
    """Whether ``text`` is a byline label printed alone (``By``, ``Written by:``, ``Autor``).

    Examples:
        >>> is_byline_label("Written by:")
        True
        >>> is_byline_label("Bylines")
        False
    """
    return text.strip(_BLANKS + "•·|").rstrip(_BLANKS + ":").lower() in _BARE_LABELS


def _byline_label_end(text: str) -> int | None:
    """Where the names start after the byline label ``text`` opens with, if any.

    The label is followed by white space, a colon, or (``ByAnn Lee``) directly by
    a capital when it ends in ``by``, ``von``, ``por`` or ``par`` and is not
    printed in capitals.
    """
    labels = _LABELS_BY_INITIAL.get(text[:1].lower())
    if labels is None:
        return None
    for label in labels:
        size = len(label)
        printed = text[:size]
        if printed.lower() != label:
            continue
        rest = text[size:]
        after = rest.lstrip(_BLANKS)
        if after.startswith(":"):
            names = after[1:].lstrip(_BLANKS)
            return len(text) - len(names) if names else None
        if label in BYLINE_COLON_LABELS:
            continue
        if len(after) < len(rest):
            return len(text) - len(after) if after else None
        if after[:1].isupper() and label.endswith(BYLINE_GLUED_LABELS) and not printed.isupper():
            return size
    return None


def _strip_place(text: str) -> str:
    """``Associated Press in Lima`` -> ``Associated Press``; brackets dropped."""
    text = text.strip().strip("()").strip()
    if " " in text and not _PLACE_WORDS.isdisjoint(text.split()):
        placed = NAME_IN_PLACE.fullmatch(text)
        if placed is not None:
            return placed["name"].strip()
    return text


def _is_agency(text: str) -> bool:
    """Whether ``text`` names a news agency alone (``Reuters``, ``AP in Lima``, ``(AFP)``)."""
    return len(text) <= 60 and _strip_place(text).casefold() in AGENCIES


_TIME_CONNECTORS = frozenset(("on", "am", "le", "el", "at", "um", "the", "den", "du", "il"))
"""Words between a byline's names and its time (``Ann Lee on March 3, 2024``), case-folded."""

_NAME_EDGE = _BLANKS + ",;:-–—"


def _drop_email(text: str) -> str:
    """A byline without the e-mail address or handle printed after the names
    (``Ann Lee ann@example.org``, ``Ann Lee@annlee``)."""
    if "@" not in text:
        return text
    words = text.split()
    while words and "@" in words[-1]:
        before = words.pop().split("@", 1)[0]
        if before[:1].isupper():
            words.append(before)
            break
    return " ".join(words)


def _names_then_time(
    text: str, *, bare: bool
) -> tuple[tuple[str, ...], tuple[bool, TimeReading]] | None:
    """Names followed by a time in one part: ``Ann Lee on March 3, 2024``, ``Ann Lee 19.10.2019``.

    ``bare`` names (printed without ``By``) must pass `_bare_names`.
    """
    if len(text) > 160 or not may_hold_time(text):
        return None  # every time read after the names is in `text`
    for count, start in enumerate(BYLINE_TIME_START.finditer(text)):
        if count == 4:
            break
        cut = start.start()
        head = text[:cut].rstrip(_NAME_EDGE)
        if not head:
            continue
        time = read_labelled_time(text[cut:])
        if time is None:
            continue
        last = head.rsplit(None, 1)
        if len(last) == 2 and last[1].casefold() in _TIME_CONNECTORS:
            head = last[0].rstrip(_NAME_EDGE)
        names = _bare_names(head) if bare else read_names(head)
        if names is not None:
            return names, time
    return None


def _bare_name(text: str, *, min_words: int) -> str | None:
    """A name printed without ``By``: 1 to 4 capitalised words (``min_words`` at least),
    none of them a section, menu or function word, an agency or a title."""
    if not text or len(text) > 60 or text.endswith(":"):
        return None
    words = text.split()
    if not min_words <= len(words) <= 4:
        return None
    for word in words:
        folded = word.casefold().strip(".")
        if word[:1].isupper() and folded in NAME_STOP_WORDS:
            return None
        if folded in TITLE_WORDS:
            return None
    if text.casefold() in AGENCIES or is_widget(text):
        return None
    name = _read_name(text)
    if name is None or name != text or read_residue(text) is not None:
        return None
    return name


def _bare_names(text: str, *, min_words: int = 2) -> tuple[str, ...] | None:
    """Names printed without ``By`` (``Ann Lee``, ``Ann Lee and Bo Chan``): see `_bare_name`."""
    if len(text) > 120:
        return None
    pieces = AUTHOR_SEPARATOR.split(text) if _may_separate_authors(text) else [text]
    names: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        name = _bare_name(piece, min_words=min_words)
        if name is None:
            return None
        names.append(name)
    return tuple(names) if names else None


def _labelled_byline(
    part: str,
) -> tuple[tuple[str, ...], tuple[bool, TimeReading] | None] | None:
    """A byline with a label: ``By A``, ``ByA``, ``Autor: A``, ``von A 19. Oktober 2019``.

    An agency alone (``By Reuters``) gives no names.
    """
    end = _byline_label_end(part)
    if end is None:
        return None
    rest = _drop_email(part[end:].strip())
    if not rest:
        return None
    names = read_names(rest)
    if names is not None:
        return names, None
    if _is_agency(rest):
        return (), None
    return _names_then_time(rest, bare=False)


_BY_WORDS = (" by ", " von ", " por ", " par ")
"""The words between a time and the names in ``March 3, 2024 by Ann Lee``, lower-case."""


def _time_then_names(
    part: str,
) -> tuple[tuple[str, ...], tuple[bool, TimeReading]] | None:
    """A time and then a byline: ``4. März 2024 von Ann Lee``, ``March 3 2024 by Ann Lee``."""
    if len(part) > 200 or not has_digit(part):
        return None
    part = part.replace("\u00a0", " ")  # "March 3, 2024\u00a0by Ann Lee"
    lowered = part.lower()
    if len(lowered) != len(part):
        return None
    for word in _BY_WORDS:
        at = lowered.find(word)
        if at <= 0:
            continue
        time = read_labelled_time(part[:at].strip(_NAME_EDGE))
        if time is None:
            continue
        names = read_names(_drop_email(part[at + len(word) :].strip()))
        if names is None:  # "March 3, 2024 by Ann Lee 24 Comments": the names, then more
            names = read_loose_byline(part[at + 1 :])
        if names is None:  # "March 3, 2024 by annlee": a user name
            user = _user_name(part[at + len(word) :])
            names = (user,) if user is not None else None
        if names is not None:
            return names, time
    return None


class _Part(NamedTuple):
    """What one part of a head line is (`_read_part`)."""

    kind: str
    """``byline``, ``bare`` (names without ``By``), ``time``, ``agency``, ``title``,
    ``skip`` (a reading time or residue), ``unknown`` (short), ``long`` (no head line)."""
    names: tuple[str, ...] | None = None
    time: tuple[bool, TimeReading] | None = None


_UNKNOWN = _Part("unknown")
_LONG = _Part("long")
_SKIP = _Part("skip")

_READING_TIME_WORDS = ("min", "lese", "read", "lectur")
"""One of these stands in every `READING_TIME` match, lower-cased."""


def _without_reading_time(part: str) -> str:
    """A part without the reading time printed at its end (``... 5 min read``)."""
    if not may_contain(part, _READING_TIME_WORDS):
        return part
    match = READING_TIME.search(part)
    if match is None or match.end() != len(part):
        return part
    return part[: match.start()].rstrip(_NAME_EDGE + "·•|")


def _is_clock(part: str) -> bool:
    """Whether a part is a time of day or another time without a full date (``15:33 Uhr``)."""
    return len(part) <= 30 and has_digit(part) and TIME_EXPRESSION.fullmatch(part) is not None


def _is_sentence(part: str) -> bool:
    return part.count(" ") >= 8 and part.endswith((".", "?", "!", '"', "”", ":"))


def _read_part(part: str) -> _Part:
    """Read one part of a head line (see `_Part`)."""
    if len(part) > 200 or _is_sentence(part):
        return _LONG
    part = _without_reading_time(part)
    if not part:
        return _SKIP
    if " by " in part:
        posted = POSTED_ON_BY.fullmatch(part)
        if posted is not None:
            time = read_labelled_time(posted["time"])
            names = read_names(posted["names"]) if time is not None else None
            if names is not None:
                return _Part("byline", names, time)
    labelled = _labelled_byline(part)
    if labelled is not None:
        return _Part("byline", labelled[0], labelled[1])
    end = _byline_label_end(part)
    user = _user_name(part[end:]) if end is not None else None
    if user is not None:
        return _Part("user", (user,))  # "by annlee", a byline only beside a date
    later = _time_then_names(part)
    if later is not None:
        return _Part("byline", later[0], later[1])
    if _may_be_titled(part):
        names = read_names(part, need_title=True)
        if names is not None and all(len(name.split()) <= 4 for name in names):
            return _Part("byline", names)
    time = read_labelled_time(part)
    if time is not None:
        return _Part("time", time=time)
    if _is_agency(part):
        return _Part("agency")
    if _is_title(part):
        return _Part("title")
    bare = _bare_names(part)
    if bare is not None:
        return _Part("bare", bare)
    if len(part) <= 100:
        split = _names_then_time(part, bare=True)
        if split is not None:
            return _Part("bare", split[0], split[1])
    if read_residue(part) is not None or _is_clock(part):
        return _SKIP
    if len(part) > 40 or part.count(" ") > 4 or part.endswith((".", "?", "!")):
        return _LONG
    return _UNKNOWN


_LABEL_EDGE = _BLANKS + ":"
"""What a byline label printed alone may end with."""


def _read_parts(text: str) -> list[_Part]:
    """The readings of a line's parts; a part read as nothing is split at dashes."""
    reads: list[_Part] = []
    parts = _split_parts(text)
    label = ""
    for part in parts:
        if label:
            part, label = f"{label} {part}", ""
        elif len(parts) > 1 and part.rstrip(_LABEL_EDGE).lower() in _BARE_LABELS:
            label = part.rstrip(_LABEL_EDGE)  # "By | Ann Lee": the names follow
            continue
        read = _read_part(part)
        if read.kind in ("unknown", "long") and HEAD_DASH_SEPARATOR.search(part):
            pieces = [piece for piece in HEAD_DASH_SEPARATOR.split(part) if piece.strip()]
            if len(pieces) > 1:
                reads.extend(_read_part(piece.strip()) for piece in pieces)
                continue
        reads.append(read)
    return reads


_MAX_UNKNOWN = 2
"""At most this many short parts of a head line may be left unread (``Politics``)."""


def _many_names(names: tuple[str, ...]) -> bool:
    """Whether names printed alone without ``By`` make a byline: three or more, no word
    twice (``Gesund Essen, Gesund Leben, Gesund Sein`` is a menu)."""
    words = [word.casefold() for name in names for word in name.split()]
    return len(names) >= 3 and len(set(words)) == len(words)


def _read_head_parts(text: str) -> HeadLine | None:
    authors: tuple[str, ...] | None = None
    bare: tuple[str, ...] | None = None
    published: TimeReading | None = None
    updated: TimeReading | None = None
    agency = titled = False
    unknown = 0
    unknown_first = False  # a part left unread before the bare names
    user = False  # the bare names are a user name after a label ("by annlee")
    reads = _read_parts(text)
    for read in reads:
        kind = read.kind
        if kind == "long":
            return None
        if kind == "byline":
            if authors:
                return None
            authors = read.names
        elif kind in ("bare", "user"):
            if authors is None and bare is None:
                bare = read.names
                unknown_first = unknown > 0
                user = kind == "user"
            else:
                unknown += 1
        elif kind == "agency":
            agency = True
        elif kind == "title":
            if authors is None and bare is None:
                unknown += 1
            titled = True
        elif kind == "unknown":
            unknown += 1
        if read.time is not None:
            if read.time[0]:
                updated = updated or read.time[1]
            else:
                published = published or read.time[1]
    timed = published is not None or updated is not None
    dated = (published is not None and published[1] is not None) or (
        updated is not None and updated[1] is not None
    )
    if authors is None and bare is not None:
        # "Ann Lee • 2 hours ago" is a comment head: bare names need a date, not a relative time.
        beside = (dated or ((titled or agency) and not user)) and unknown <= 1 and not unknown_first
        if beside or (len(reads) == 1 and _many_names(bare)):
            authors, bare = bare, None
        else:
            return None  # names left unread: a comment head or a menu, no head line
    if authors is None and agency:
        authors = ()
    if authors is None and not timed:
        return None
    if unknown > _MAX_UNKNOWN or (unknown and not authors and not dated):
        # Parts left unread stand only beside names or a date ("Ann • 2 years ago" is a
        # comment head).
        return None
    return HeadLine(authors, published, updated)


def read_byline_line(text: str) -> HeadLine | None:
    """Read a byline, a publication time, or both on one line.

    The line is cut into parts at pipes, bullets, middle dots and slashes (and,
    for a part read as nothing, at dashes between spaces). A part is a byline
    with a label (``By A``, ``ByA``, ``Posted by A``, ``Autor: A``, ``von A``,
    ``Par A``, ``By A on March 3, 2024``), a time and a byline (``Posted on
    March 3, 2024 by A``, ``4. März 2024 von A``), names with a title (``A,
    Staff Writer``), a labelled or bare time, an agency, a title, names
    without a label (``A B``, ``A B 19.10.2019``: two words at least), a
    reading time or residue (``5 min read``, skipped), or up to two short
    parts left unread (``Politics``). Names without a label count only next to
    a time, a title or an agency, or as two names or more (``A B and C D``).
    Where inline elements run together (``A BMarch 3, 2024``, ``A BPublished``,
    ``A B19.10.2019``) the line is read again with a separator there.

    An agency alone (``Reuters``, ``Associated Press in Lima``, ``By AFP``) is
    read as a byline with no authors: ``authors == ()``. Updates
    (``Updated: ...``, ``Stand: ...``, ``Mis à jour le ...``) are ``updated``,
    never ``published``.

    Examples:
        >>> read_byline_line("By Ann Lee | Reuters").authors
        ('Ann Lee',)
        >>> read_byline_line("ByAnn LeeMarch 3, 2024").published
        ('March 3, 2024', datetime.date(2024, 3, 3))
    """
    if len(text) > 300 or not text:
        return None
    return _read_byline_line(text)


_LINE_READINGS = 16384
"""How many readings of distinct lines a cached line reader remembers per process: the
page plan, the segment cuts and the block rules ask about the same lines."""


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_byline_line(text: str) -> HeadLine | None:
    """`read_byline_line` of a line of 1 to 300 characters, remembered."""
    read = _read_head_parts(text)
    if read is None and len(text) <= 200:
        glued = BYLINE_GLUE.sub(" | ", text)
        if glued != text:
            read = _read_head_parts(glued)
    if read is not None and read.authors and "(" in text and read_dateline(text, NOWHERE):
        return None  # a dateline opening a short paragraph: ``PLACE, Region (Agency) — ...``
    return read


def read_byline_pair(
    first: str, second: str, *, min_words: int = 2, head_date: bool = False
) -> HeadLine | None:
    """Read a byline printed over two lines: names, then the date; or a label, then names.

    ``first`` holds a name of ``min_words`` to 4 capitalised words (or several
    such names, ``Ann Lee and Bo Chan``), none of them a section, menu or
    function word (`NAME_STOP_WORDS`), and ``second`` a date (a relative time
    such as ``2 hours ago`` does not count); or ``first`` is a byline label
    alone (``By``, ``Written by``, ``Von:``) and ``second`` the names, possibly
    with a time. Leading and trailing bullets and pipes are ignored. A bare name
    with anything but a date after it is no byline.

    ``min_words`` is 2 by default: a one-word name (``Paddy``) cannot be told
    from a section word (``Politik``) over a date; pass 1 to take it. With
    ``head_date`` (the lines stand in a page's head), the date may stand among a
    few other words (`read_head_date`: ``January 10, 2020 9:00AM (UTC)``).

    Examples:
        >>> read_byline_pair("Ann Lee", "March 3, 2024").authors
        ('Ann Lee',)
        >>> read_byline_pair("Ann Lee", "Staff Writer") is None
        True
    """
    first = first.strip(_BLANKS + "•·|")
    second = second.strip(_BLANKS + "•·|/").removesuffix(",").rstrip(_BLANKS)
    if not first or not second or len(first) > 80 or len(second) > 300:
        return None
    return _read_byline_pair(first, second, min_words, head_date)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_byline_pair(first: str, second: str, min_words: int, head_date: bool) -> HeadLine | None:
    """`read_byline_pair` of stripped lines of allowed lengths, remembered."""
    label = first.rstrip(_BLANKS + ":")
    if label.lower() in _BARE_LABELS:
        read = read_byline_line(f"{label} {second}")
        if read is None or not read.authors or not all(map(_plain_name, read.authors)):
            return None
        return read
    if not has_digit(second):
        return None  # a date (no relative time) prints a digit: `read_printed_time`
    names = _bare_names(first, min_words=min_words)
    if names is None or _run_together(first):
        return None
    if any(map(_holds_role_word, names)):
        # "Ann Lee Founder & Lead Reviewer": the names without the roles printed after them
        names = read_names(first)
        if names is None or any(map(_holds_role_word, names)):
            return None
    read = read_byline_line(second)
    if read is None and head_date and _word_count(second) <= _PAIR_DATE_WORDS:
        dated = read_head_date(second)  # "January 10, 2020 9:00AM (UTC)"
        if dated is not None and _only_clock_words(second.replace(dated[1][0], " ")):
            read = HeadLine(None, None, dated[1]) if dated[0] else HeadLine(None, dated[1], None)
    if read is None or read.authors is not None:
        return None
    time = read.published or read.updated
    if time is None or time[1] is None:
        return None
    return HeadLine(names, read.published, read.updated)


def _holds_role_word(name: str) -> bool:
    """Whether a name read without ``By`` holds a word naming a person's role after its
    first word (``Ann Lee Founder``): a title or role word, not a group's."""
    return any(
        (folded := word.casefold().strip(".,")) in _TITLE_WORDS and folded not in GROUP_TITLE_WORDS
        for word in name.split()[1:]
    )


def _only_clock_words(text: str) -> bool:
    """Whether every word of ``text`` prints a digit, is a zone in capitals or a short
    weekday (``9:00AM``, ``(UTC)``, ``Do``): no section name (``Allgemein``) stands
    beside a date."""
    for word in text.split():
        bare = word.strip("()[],.;:|/-–—•·")
        if bare and not has_digit(bare) and not bare.isupper() and len(bare) > 3:
            return False
    return True


_PAIR_DATE_WORDS = 3
"""At most this many words (the month's name counted) stand on a date line under a name
that `read_byline_pair` reads with `read_head_date`."""

_HEAD_DATE_WORDS = 6
"""At most this many words besides the date stand on a line `read_head_date` reads."""

_UPDATE_MARKS = ("updat", "actualiz", "aktualisier", "modifi", "geändert", "à jour", "stand")
"""One of these, case-folded, in the words right before a date marks it as an update."""


def read_head_date(text: str) -> tuple[bool, TimeReading] | None:
    """The first full date printed on a short line of the head, among a few other words.

    Head lines print a date beside a section name, a place, a source or a
    count (``12.03.2024 Press release``, ``Culture - 4 March 2024``, ``Tue 4
    March 2024 | 3 comments``) that `read_byline_line` cannot read as a whole.
    The date must give a day, a month and a year; at most six words stand
    beside it, and the line is no sentence nor a print date or copyright
    notice (`NOT_PUBLICATION_MARKS`). Returns whether the date is an
    update (an update label right before it), with the date as printed and its
    reading.

    Examples:
        >>> read_head_date("12.03.2024 Press release")
        (False, ('12.03.2024', datetime.date(2024, 3, 12)))
        >>> read_head_date("The vote of 4 March 2024 was close, said the mayor.") is None
        True
    """
    if len(text) > _MAX_HEAD_DATE_LINE or not has_digit(text):
        return None
    read = _read_head_date(text)
    if read is not None and any(mark in text.casefold() for mark in NOT_PUBLICATION_MARKS):
        return None  # a print date ("Ausdruck vom ...") or a copyright notice
    return read


_MAX_HEAD_DATE_LINE = 100


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_head_date(text: str) -> tuple[bool, TimeReading] | None:
    """`read_head_date` of a short line with a digit, remembered."""
    if text.endswith((".", "?", "!")) and text.count(" ") >= 4:
        return None
    for match in TIME_EXPRESSION.finditer(text, timeout=time_limit(text)):
        printed = match.group().strip(_BLANKS + ",|/–—-")
        if len(printed) < 6 or not has_digit(printed):
            continue
        read = read_printed_time(printed)
        if read is None:
            first = next((i for i, char in enumerate(printed) if char.isdigit()), 0)
            read = read_printed_time(printed[first:]) if first else None
        if read is None:  # two dates run together: "6. May 20247. May 2024"
            glued = BYLINE_GLUE.split(printed, maxsplit=1)
            read = read_printed_time(glued[0]) if len(glued) > 1 else None
            if read is not None:
                read = _earlier(read, read_printed_time(glued[1]))
        elif read is not None:  # "2024-03-05 10:00 2024-03-04 09:00"
            tail = printed[len(read[0]) :] if printed.startswith(read[0]) else ""
            tail = tail.strip(_BLANKS + ",|/–—-")
            following = read_printed_time(tail) if tail else _date_right_after(text, match.end())
            read = _earlier(read, following)
        if read is None and HEAD_PART_SEPARATOR.search(printed):
            # a capitalised word read as a zone, before the date: "LLC | March 3, 2024"
            read = next(
                filter(None, map(read_printed_time, HEAD_PART_SEPARATOR.split(printed))), None
            )
        if read is None:  # a number of the words before the day: "week 2 20 March 2024"
            words = printed.split(None, 1)
            if len(words) == 2 and words[0].isdigit() and words[1][:1].isdigit():
                read = read_printed_time(words[1])
        dropped = 0
        if read is None:
            read, dropped = _without_trailing_words(printed)
            if read is not None and dropped > 1:  # the words dropped may be a second date
                read = _earlier(read, read_printed_time(" ".join(printed.split()[-dropped:])))
        if read is None or read[1] is None:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if _word_count(before) + _word_count(after) + dropped > _HEAD_DATE_WORDS:
            return _date_among_parts(text)
        label = before.casefold()[-30:]
        return any(mark in label for mark in _UPDATE_MARKS), read
    return None


def _earlier(read: TimeReading, other: TimeReading | None) -> TimeReading:
    """Of two dates printed together (a post's published and modified dates, in either
    order), the one of the earlier day: a post is modified after it was published."""
    if other is None or other[1] is None or read[1] is None:
        return read
    day = read[1].date() if isinstance(read[1], dt.datetime) else read[1]
    other_day = other[1].date() if isinstance(other[1], dt.datetime) else other[1]
    return other if other_day < day else read


def _date_right_after(text: str, end: int) -> TimeReading | None:
    """The full date printed right after ``end`` (at most a blank between), as
    `_read_head_date` reads a first date (two dates run together: the first)."""
    if not text[end : end + 2].strip(_BLANKS)[:1].isalnum():
        return None
    match = TIME_EXPRESSION.match(text, end, timeout=time_limit(text))
    if match is None or match.start() > end + 1:
        return None
    printed = match.group().strip(_BLANKS + ",|/–—-")
    read = read_printed_time(printed)
    if read is None:
        glued = BYLINE_GLUE.split(printed, maxsplit=1)
        read = read_printed_time(glued[0]) if len(glued) > 1 else None
    return read if read is not None and read[1] is not None else None


def _without_trailing_words(printed: str) -> tuple[TimeReading | None, int]:
    """A date the time pattern read with words after it that spoil the reading: a count
    (``June 3, 2024 39``), a file number (``28.10.2021, 058/21``), the same date again
    (``2. May 2024 2. May 2024``); or a day glued to its year (``Apr 042013``). The
    reading without the last words (at most `_TRAILING_WORDS`; the fewest words that
    still read the same, so no stray day number is kept), and how many went."""
    words = printed.split()
    if len(words) == 2 and len(words[1]) == 6 and words[1].isdigit() and words[0].isalpha():
        glued = read_printed_time(f"{words[0]} {words[1][:2]} {words[1][2:]}")
        if glued is not None and glued[1] is not None:
            return (printed, glued[1]), 0
    found: tuple[TimeReading | None, int] = (None, 0)
    for dropped in range(1, min(_TRAILING_WORDS, len(words) - 1) + 1):
        shorter = " ".join(words[:-dropped]).rstrip(_BLANKS + ",|/–—-")
        read = read_printed_time(shorter)
        if read is not None and read[1] is not None:
            if found[0] is not None and found[0][1] != read[1]:
                break  # the shorter text reads otherwise: the longer one holds the time
            found = read, dropped
        elif found[0] is not None:
            break
    return found


_TRAILING_WORDS = 3
"""How many words `_without_trailing_words` drops from the end of a printed date at most."""

_MAX_META_PART = 60
"""The longest part of a post's meta line `_date_among_parts` reads beside its date."""


def _date_among_parts(text: str) -> tuple[bool, TimeReading] | None:
    """The date of a post's meta line: short parts between pipes, bullets or dashes, one
    of them a full date (``by Ann Lee | March 3, 2024 | Gardening, Tools | 0 comments``,
    ``Ann Lee – 04.03.2024 – Column, Travel``); no part is a sentence or long."""
    parts = [part.strip() for part in HEAD_PART_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2:
        parts = [part.strip() for part in HEAD_DASH_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 3 or any(len(part) > _MAX_META_PART or _is_sentence(part) for part in parts):
        return None
    for part in parts:
        time = read_labelled_time(part)
        if time is not None and time[1][1] is not None:
            return time
    return None


def read_fallback_date(text: str) -> TimeReading | None:
    """The publication date a line of an article prints when its head gave none.

    A short line is read as `read_head_date` reads it; a long one only for the
    date that opens it, up to the first separator in its first characters
    (``14.03.2024 – The council ...``, ``PLACE, 14 March 2024 – ...``,
    ``(14 March 2024) The council ...``, ``Published: March 14, 2024 · Modified
    ...``, ``Posted on DATE in Category, ...``), or a German post footer's
    ``Dieser Beitrag wurde am DATE ... veröffentlicht``. An update, a print
    date or a copyright notice is no publication date, nor an unlabelled date
    that opens a sentence (two function words after it).

    Examples:
        >>> read_fallback_date("14.03.2024 – " + "The council met again on Monday. " * 4)
        ('14.03.2024', datetime.date(2024, 3, 14))
        >>> read_fallback_date("Updated: March 14, 2024") is None
        True
    """
    if not has_digit(text):
        return None
    if not text.isascii() and any(space in text for space in _NARROW_SPACE_CHARS):
        text = text.translate(_NARROW_SPACES)
    if len(text) > _MAX_HEAD_DATE_LINE:
        opening = _opening_part(text)
        if opening is None:
            return _posted_phrase_date(text)
        text = opening
    if sum(map(str.isdigit, text)) < _FULL_DATE_DIGITS:
        return None  # no day and year: cheaper than reading the line
    read = read_head_date(text)
    if read is None or read[0] or read[1][1] is None:
        return None
    at = text.find(read[1][0])
    after = text[at + len(read[1][0]) :].split() if at >= 0 else []
    if not has_time_label(text) and sum(w.casefold() in STOPWORDS for w in after) > 1:
        return None  # a sentence that opens with a date: "3 March 2024 was the day ..."
    return read[1]


_FULL_DATE_DIGITS = 3
"""The fewest digits a full date prints: a day (one) and a year (two, ``3.5.24``,
``March 3, 24``); a line with fewer holds no date `read_fallback_date` returns."""

_NARROW_SPACE_CHARS = "\u00a0\u2007\u2009\u202f"
_NARROW_SPACES = str.maketrans(dict.fromkeys(_NARROW_SPACE_CHARS, " "))
"""No-break, figure, thin and narrow no-break spaces, which `read_fallback_date` reads
as spaces (``13.\u20091.\u20092024``)."""

_OPENING_SEPARATORS = (" – ", " — ", " - ", " | ", " · ", " • ", "  ", " „", ' "', ") ")
"""What ends the opening part of a long line that `read_fallback_date` reads."""

_OPENING_REACH = 60
"""How far into a long line `read_fallback_date` looks for the end of its opening part."""


def _opening_part(text: str) -> str | None:
    """The part of a long line before the first `_OPENING_SEPARATORS` in its first
    `_OPENING_REACH` characters (an opening bracket dropped), or ``None``."""
    window = text[: _OPENING_REACH + 3]
    ends = [at for sep in _OPENING_SEPARATORS if 0 < (at := window.find(sep)) <= _OPENING_REACH]
    if ends:
        opening = text[: min(ends)].lstrip("(").strip()
    elif text[:1].isdigit() or has_time_label(text):
        # No separator: a line that opens with its date or a time label ("Posted on
        # DATE in Category, ..."), up to the last word in reach.
        opening = text[:_OPENING_REACH].rsplit(None, 1)[0]
    else:
        return None
    return opening if has_digit(opening) else None


def _posted_phrase_date(text: str) -> TimeReading | None:
    """The date of a post's footer sentence: ``This entry wurde am DATE um ... von X
    veröffentlicht`` (`POSTED_PHRASES`, `POSTED_VERBS`)."""
    folded = text.casefold()
    for phrase in POSTED_PHRASES:
        at = folded.find(phrase)
        if at < 0:
            continue
        rest = text[at + len(phrase) : at + len(phrase) + _OPENING_REACH]
        if not any(verb in folded[at:] for verb in POSTED_VERBS):
            return None
        ends = [end for stop in _POSTED_STOPS if (end := rest.find(stop)) > 0]
        read = read_head_date(rest[: min(ends)] if ends else rest)
        return read[1] if read is not None and not read[0] and read[1][1] is not None else None
    return None


_POSTED_STOPS = (" um ", " von ", " in ", " unter ", " veröffentlicht", " gepostet")
"""What ends the date of a post's footer sentence (`_posted_phrase_date`)."""


_LOOSE_NAME_ENDS = frozenset(
    (
        "on",
        "at",
        "am",
        "um",
        "le",
        "el",
        "vom",
        "for",
        "für",
        "last",
        "updated",
        "published",
        "posted",
        "foto",
        "photo",
        "kategorien",
        "veröffentlicht",
        "erstellt",
        "actualizado",
        "publicado",
        "publié",
        "mis",
    )
)
"""Words (case-folded) after which a labelled byline's names have ended: ``By Ann Lee
on ...``, ``Von Ann Lee Foto: ...``."""

_MONTH_NAMES = frozenset(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
)

_LOOSE_NAME_MARKS = ("|", "·", "•", "●", "/", "–", "—", "-")


def read_loose_byline(text: str) -> tuple[str, ...] | None:
    """The names of a labelled byline with other things after them that no reader reads.

    ``By Ann Lee on 31. March, 2024 | 18 Comments``, ``Von Ann Lee Foto: Bo
    Chan``, ``by Ann Lee· March 3, 2024``: after the label, the names run to
    the first digit, separator or connecting word (``on``, ``at``, ``am``,
    ``vom``, ``for``, ``Last updated``, ``Foto``). Something must follow the
    names: a line that is the label and names alone is `read_byline_line`'s.

    Examples:
        >>> read_loose_byline("By Ann Lee on 31. March, 2024 | 18 Comments")
        ('Ann Lee',)
        >>> read_loose_byline("By the time we came home it rained") is None
        True
    """
    if len(text) > 200 or not text[:1].isalpha():
        return None
    end = _byline_label_end(text)
    if end is None:
        return None
    words = text[end:].split()
    kept: list[str] = []
    for word in words:
        if word in _LOOSE_NAME_MARKS:
            break
        if has_digit(word):
            glued = _before_digit(word)  # "Ann Lee13.12.2022": a name run into a date
            if glued:
                kept.append(glued)
            break
        folded = word.casefold().strip(",;:.")
        if folded in _LOOSE_NAME_ENDS or folded in FOREIGN_MONTHS or folded in _MONTH_NAMES:
            break
        bare = word.rstrip("".join(_LOOSE_NAME_MARKS))
        if bare != word:
            if bare:
                kept.append(bare)
            break
        kept.append(word)
    if not kept or len(kept) == len(words):
        return None
    names = read_names(" ".join(kept).rstrip(_NAME_EDGE))
    if names is None or not all(map(_plain_name, names)):
        return None
    return names


def _before_digit(word: str) -> str:
    """The letters of a word before the digit it runs into (``Lee13.12.2022`` -> ``Lee``),
    or ``""`` when the word does not open with two letters."""
    at = next(index for index, char in enumerate(word) if char.isdigit())
    head = word[:at]
    return head if len(head) >= 2 and head.isalpha() and head[:1].isupper() else ""


_DATED_NAME_EDGE = _BLANKS + ",;•·|–—-"


def read_dated_names(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """A date and then a name without a label, with what else the line prints after it.

    Blogs print the head's date, the author and the section or a comment count on
    one line (``4. März 2024 Ann Lee Kultur``, ``March 3, 2024 Ann Lee 0``). The
    line opens with a full date (printed twice over is read once); the name is
    the next two capitalised words (three with an initial between: ``Ann B.
    Lee``), none of them a section, menu or function word; after it stand only
    capitalised words, numbers or a residue line (``Leave a comment``). A user
    name in lower case (``annlee``) counts only before a residue line. The
    caller reads such a line only in a page's head.

    Examples:
        >>> read_dated_names("March 3, 2024 Ann Lee 0")
        (('Ann Lee',), ('March 3, 2024', datetime.date(2024, 3, 3)))
        >>> read_dated_names("March 3, 2024 Ann Lee visited the new mill") is None
        True
    """
    if len(text) > 120 or not text[:1].isalnum() or not has_digit(text[:12]):
        return None
    return _read_dated_names(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_dated_names(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """`read_dated_names` of a short line opening with a digit, remembered."""
    match = TIME_EXPRESSION.match(text, timeout=time_limit(text))
    if match is None:
        return None
    printed = match.group().strip(_DATED_NAME_EDGE)
    read = read_printed_time(printed)
    rest = text[match.end() :]
    if read is None:  # a date printed twice over: "3. März 20243. März 2024"
        glued = BYLINE_GLUE.split(printed, maxsplit=1)
        read = read_printed_time(glued[0]) if len(glued) > 1 else None
    if read is None or read[1] is None or not isinstance(read[1], dt.date):
        return None
    if rest.lstrip().startswith(read[0]):
        rest = rest.lstrip()[len(read[0]) :]
    words = rest.strip(_DATED_NAME_EDGE).split()
    user = _user_name(words[0]) if words else None
    if user is not None:  # "4. März 2024 annlee Leave a comment": a user name
        after = " ".join(words[1:])
        called = read_residue(after) is not None or residue_key(after) in COMMENT_FORM_HEADERS
        if after and called:
            return (user,), read
        return None  # "March 3, 2024 report": a lower-case word alone is no name
    size = 3 if len(words) >= 3 and len(words[1].rstrip(".")) == 1 else 2
    name = " ".join(words[:size])
    if len(words) < size or _bare_name(name, min_words=2) is None:
        return None
    if not _plain_name(name) or _is_strong_title(name) or _run_together(name):
        return None
    tail = words[size:]
    rest = " ".join(tail)
    listed = len(tail) <= 8 and all(word[:1].isupper() or word[:1].isdigit() for word in tail)
    if not listed and read_residue(rest) is None and residue_key(rest) not in COMMENT_FORM_HEADERS:
        return None
    return (name,), read


def read_names_by_date(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """The name a post's meta line prints beside its date without a label.

    Blogs and forums print the author's name or account name on the date line
    with nothing to say it is one: before the date (``annlee — 4. März 2024``,
    ``AnnLee 19.10.2019, 15:07 Uhr``, ``Ann Lee 04.03.2024 Kolumne``, ``Ann ·
    March 3, 2024 · Garden · 7 comments``) or as the last part after it
    (``04.03.2024 | 11:36 | annlee``, ``March 3, 2024 | Ann_Lee | 3 Kommentare``,
    ``March 3, 2024 • Ann Lee in Gardening``). A name before the date is 2 to 4
    capitalised words, an account name (`_handle`), or, when the line prints a
    comment count, one capitalised word; a name after it is an account name,
    or names before ``in`` and a section. The other parts are short: clock
    times, counts, section names. The caller reads such a line only in a page's
    head, where no byline was read.

    Examples:
        >>> read_names_by_date("annlee — 4. März 2024")
        (('annlee',), ('4. März 2024', datetime.date(2024, 3, 4)))
        >>> read_names_by_date("Politik · 4. März 2024") is None
        True
    """
    if len(text) > _MAX_HEAD_DATE_LINE or not has_digit(text) or not text[:1].isalnum():
        return None
    return _read_names_by_date(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_names_by_date(text: str) -> tuple[tuple[str, ...], TimeReading] | None:
    """`read_names_by_date` of a short line with a digit, remembered."""
    found = _find_head_date(text)
    if found is None:
        return None
    start, end, read = found
    before = text[:start].strip(_DATED_NAME_EDGE)
    if before.islower() and _runs_on(text[:start].lstrip(_DATED_NAME_EDGE)[len(before) :]):
        return None  # "conservatism March 3, 2024": a word in lower case run into the date
    parts = _meta_parts(text[end:])
    if parts is None:
        return None
    counted = any(_is_count(part) for part in parts)
    rest = [part for part in parts if not _is_count(part) and not _is_clock(part)]
    if before:
        names = _names_before_date(before, counted=counted)
        return (names, read) if names is not None else None
    if not rest or len(rest) > _MAX_META_SECTIONS:
        return None
    last = rest[-1]
    head, sep, section = last.partition(" in ")
    if sep and section[:1].isupper():
        names = _bare_names(head)  # "Ann Lee in Gardening"
        if names is not None and all(map(_plain_name, names)) and not _run_together(head):
            return names, read
        return None
    name = _handle(last)
    if name is None or name.casefold() in CATCH_ALL_SECTIONS:
        return None
    printed = start + len(read[0]) if text.startswith(read[0], start) else end
    if name.islower() and _runs_on(text[printed : text.rfind(last)]):
        return None  # "March 3, 2024 report": a word in lower case run on from the date
    return (name,), read


def _runs_on(gap: str) -> bool:
    """Whether what stands between a date and a word beside it is a single space: the
    word runs on from the date, not set apart by a separator or more blanks."""
    return gap == " "


_MAX_META_SECTIONS = 3
"""At most this many parts (sections, the name) follow the date in `read_names_by_date`."""


def _find_head_date(text: str) -> tuple[int, int, TimeReading] | None:
    """Where the first full date of a line stands, and its reading (see `read_head_date`)."""
    for match in TIME_EXPRESSION.finditer(text, timeout=time_limit(text)):
        printed = match.group()
        start = match.start() + len(printed) - len(printed.lstrip(_BLANKS + ",|/–—-"))
        printed = printed.strip(_BLANKS + ",|/–—-")
        if len(printed) < 6 or not has_digit(printed):
            continue
        read = read_printed_time(printed)
        if read is None:  # two dates run together: "6. May 20247. May 2024"
            glued = BYLINE_GLUE.split(printed, maxsplit=1)
            read = read_printed_time(glued[0]) if len(glued) > 1 else None
        end = match.end()
        if read is None:  # a clock time in a part of its own: "04.03.2024 | 11:36"
            first = HEAD_PART_SEPARATOR.split(printed, maxsplit=1)[0]
            read = read_printed_time(first) if first != printed else None
            end = start + len(first)
        if read is None:  # a count after the date: "March 3, 2024 0 Comments"
            words = printed.rsplit(None, 1)
            if len(words) == 2 and words[1].isdigit() and len(words[1]) <= 3:
                read = read_printed_time(words[0].rstrip(_BLANKS + ",|/–—-"))
                end = match.start() + match.group().rindex(words[1])
        if start and text[start - 1].isalnum():
            continue  # a date run into a word: "annlee28.09.19"
        if read is not None and read[1] is not None:
            return start, end, read
    return None


def _meta_parts(text: str) -> list[str] | None:
    """The parts of what follows a meta line's date, or ``None`` when one is long."""
    parts: list[str] = []
    for part in HEAD_PART_SEPARATOR.split(text):
        for piece in HEAD_DASH_SEPARATOR.split(part):
            piece = piece.strip(_DATED_NAME_EDGE)
            if not piece:
                continue
            if len(piece) > _MAX_META_PART or _is_sentence(piece):
                return None
            parts.append(piece)
    return parts


def _is_count(part: str) -> bool:
    """Whether a part of a meta line is a count: a number, or a number and a word
    (``7 comments``, ``Kommentare 34``)."""
    words = part.split()
    return 1 <= len(words) <= 2 and any(word.strip("()").isdigit() for word in words)


def _names_before_date(before: str, *, counted: bool) -> tuple[str, ...] | None:
    """The name printed before a meta line's date (`read_names_by_date`)."""
    words = before.split()
    if len(words) > 1:
        if words[-1].casefold() in _LOOSE_NAME_ENDS:
            return None  # a label of the date: "Zuletzt Aktualisiert Am"
        names = _bare_names(before)
        if names is None or len(names) > 1 or not _plain_name(before):
            return None
        if _is_strong_title(before) or _run_together(before) or _is_agency(before):
            return None
        return names
    word = words[0] if words else ""
    name = _handle(word)
    if name is not None:
        return (name,)
    folded = word.casefold()
    if (
        counted
        and 3 <= len(word) <= 20
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and folded not in NAME_STOP_WORDS
        and folded not in STOPWORDS
        and folded not in TITLE_WORDS
        and folded not in _LOOSE_NAME_ENDS
        and folded not in CATCH_ALL_SECTIONS
        and read_residue(word) is None
    ):
        return (word,)  # "Ann · March 3, 2024 · 7 comments"
    return None


def _handle(text: str) -> str | None:
    """An account name: a user name in lower case (`_user_name`), or one word of letters
    with a capital inside after a lower-case letter, or with ``_`` or digits (``AnnLee``,
    ``Ann_Lee``, ``AnnLee42``)."""
    user = _user_name(text)
    if user is not None:
        return user if user.islower() or not any(map(str.isupper, user)) else None
    if not 3 <= len(text) <= 30 or not text[:1].isupper() or not text[-1:].isalnum():
        return None
    if not all(char.isalnum() or char == "_" for char in text):
        return None
    inner = any(a.islower() and b.isupper() for a, b in itertools.pairwise(text))
    if not (inner or "_" in text or has_digit(text)) or not any(map(str.islower, text)):
        return None
    if sum(map(str.isalpha, text)) < 3 or _is_agency(text):
        return None
    return text


def _word_count(text: str) -> int:
    """How many words of ``text`` hold a letter (``Updated on 9 March`` counts 3)."""
    return sum(1 for word in text.split() if not word.isdigit() and any(map(str.isalpha, word)))


def read_name_pair(first: str, second: str) -> tuple[str, ...] | None:
    """A name on a line of its own over a line that gives its role (an author box).

    ``first`` holds one name of 2 to 4 capitalised words, none of them a
    section, menu or function word, and ``second`` a title of five words at
    most (``Staff Writer``, ``Senior Reporter``, ``Chefredakteur``): a title
    word or a credential, no agency. A label over names (``By`` over ``Ann
    Lee``) is `read_byline_pair`'s.

    Examples:
        >>> read_name_pair("Ann Lee", "Senior Reporter")
        ('Ann Lee',)
        >>> read_name_pair("Ann Lee", "Home and Garden") is None
        True
    """
    first = first.strip(_BLANKS + "|")
    second = second.strip(_BLANKS + "|")
    if not first or not second or len(first) > 60 or len(second) > 60:
        return None
    if first.startswith(_LIST_BULLETS) or second.startswith(_LIST_BULLETS):
        return None  # items of a menu or a list
    if first.split(None, 1)[0] == second.split(None, 1)[0]:
        return None  # rows of a table or a list: "Example Group Editor" over "Example Group Chair"
    return _read_name_pair(first, second)


_LIST_BULLETS = ("•", "·", "-", "*", "›", "»", "▪", "■")


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_name_pair(first: str, second: str) -> tuple[str, ...] | None:
    """`read_name_pair` of stripped lines of allowed lengths, remembered."""
    words = second.split()
    if len(words) > 5 and not _is_long_role(words):
        return None
    if not _is_strong_title(second) or _is_agency(second):
        return None
    name = _bare_name(first, min_words=2)
    if name is None or _is_strong_title(name) or _run_together(name):
        return None
    return (name,)


def _is_long_role(words: list[str]) -> bool:
    """Whether the words of a role line longer than five words still read as a role:
    at most `_LONG_ROLE_WORDS` words, no digit, no sentence's end, and a title word
    naming a person's role (not a group's: `GROUP_TITLE_WORDS`) among the first three
    (``Assistant professor of history at Example State``)."""
    if len(words) > _LONG_ROLE_WORDS or words[-1].endswith((".", "!", "?", ":")):
        return False
    if any(has_digit(word) for word in words):
        return False
    return any(
        _is_title_word(part) and part not in GROUP_TITLE_WORDS
        for word in words[:3]
        for part in word.casefold().strip(".,").split("-")
    )


_LONG_ROLE_WORDS = 10
"""The most words of a role line under a name that `read_name_pair` reads."""


def read_name_over_bio(first: str, second: str) -> tuple[str, ...] | None:
    """A name on a line of its own over the author's biography (an author box).

    ``first`` holds one name of 2 to 4 capitalised words, none of them a
    section, menu or function word, and ``second`` is a sentence of 40
    characters or more that opens with the name or its first word, then a
    word in lower case (``Ann Lee is a reporter ...``, ``Ann writes about
    ...``).

    Examples:
        >>> read_name_over_bio("Ann Lee", "Ann is a reporter who covers the courts and the city.")
        ('Ann Lee',)
        >>> read_name_over_bio("Crate Training", "Crate training is a way to teach a pup to rest.")
        >>> read_name_over_bio("Our Team", "Our team is a group of ten who write about the city.")
    """
    first = first.strip(_BLANKS + "|")
    if not first or len(first) > 60 or not 40 <= len(second) <= 1000:
        return None
    words = first.split()
    given = words[0]
    if not second.startswith(given + " ") or given.casefold() in STOPWORDS:
        return None
    rest = second[len(first) :] if second.startswith(first + " ") else second[len(given) :]
    verb = rest.split(None, 1)
    if len(verb) < 2 or not verb[0][:1].islower() or not verb[0].isalpha():
        return None
    if len(words) > 1 and verb[0] == words[1].casefold():
        return None  # a heading over its first sentence: "Crate Training" over "Crate training is"
    name = _bare_name(first, min_words=2)
    if name is None or not _plain_name(name) or _is_strong_title(name) or _run_together(name):
        return None
    return (name,)


def read_bare_byline(text: str) -> tuple[str, ...] | None:
    """The names of a line that prints names alone, without a label (``• Ann Lee``).

    Such a line is a byline only by where it stands (right under the headline,
    or right after the date line of the head): the caller checks that. Each
    name is 2 to 4 capitalised words, none of them a section, menu or function
    word (`NAME_STOP_WORDS`), a title or an agency; bullets and pipes at the
    ends are ignored.

    Examples:
        >>> read_bare_byline("• Ann Lee")
        ('Ann Lee',)
        >>> read_bare_byline("Senior Reporter") is None
        True
    """
    text = text.strip(_BLANKS + "•·|")
    if not text or len(text) > 80 or not text[:1].isupper():
        return None
    return _read_bare_byline(text)


@functools.lru_cache(maxsize=_LINE_READINGS)
def _read_bare_byline(text: str) -> tuple[str, ...] | None:
    """`read_bare_byline` of a stripped line of an allowed length, remembered."""
    names = _bare_names(text)
    if names is None or any(_is_strong_title(name) for name in names):
        return None
    return None if _run_together(text) else names


def _run_together(text: str) -> bool:
    """Whether words of ``text`` run together (``HomeDecorGarden``): a word not in
    capitals with two capitals after its first letter (``McKay`` has one)."""
    return any(not word.isupper() and sum(map(str.isupper, word[1:])) > 1 for word in text.split())


def _user_name(text: str) -> str | None:
    """A user name printed in lower case (``annlee``, ``ann_lee42``): one word of 3 to 30
    letters, digits, ``_``, ``.`` or ``-``, no function or menu word."""
    text = text.strip(_NAME_EDGE)
    if not 3 <= len(text) <= 30 or not text[:1].islower() or not text[-1:].isalnum():
        return None
    if not all(char.isalnum() or char in "_.-" for char in text):
        return None
    folded = text.casefold()
    if folded in STOPWORDS or folded in NAME_STOP_WORDS or folded in TITLE_WORDS:
        return None
    return text


def read_user_byline(text: str) -> tuple[tuple[str, ...], TimeReading | None] | None:
    """A byline of a user name in lower case: ``by annlee``, ``4. März 2024 von annlee``.

    Blogs and forums print the account name as it was typed. The name is one
    word (`_user_name`), after a byline label, or after a date and ``by``
    (``von``, ``por``, ``par``); the caller reads such a line only in a page's
    head. Returns the names and the date (``None`` when the line prints none).

    Examples:
        >>> read_user_byline("by annlee")
        (('annlee',), None)
        >>> read_user_byline("by the river") is None
        True
    """
    if len(text) > 100 or not text:
        return None
    end = _byline_label_end(text)
    if end is not None:
        name = _user_name(text[end:])
        return ((name,), None) if name is not None else None
    if not has_digit(text):
        return None
    lowered = text.lower()
    for word in _BY_WORDS:
        at = lowered.rfind(word)
        if at <= 0:
            continue
        name = _user_name(text[at + len(word) :])
        time = read_labelled_time(text[:at].strip(_NAME_EDGE)) if name is not None else None
        if name is not None and time is not None and not time[0]:
            return (name,), time[1]
    return None


def _plain_name(name: str) -> bool:
    """Whether a name holds no section, menu or function word (`NAME_STOP_WORDS`)."""
    return not any(
        word[:1].isupper() and word.casefold().strip(".") in NAME_STOP_WORDS
        for word in name.split()
    )


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


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
"""The lower-case ASCII letters (a cheap test before the dateline patterns)."""


def read_dateline(text: str, span: Span) -> tuple[Dateline, str] | None:
    """Split a dateline opening (``PLACE (Agency) — text``) into the dateline and the text.

    Also reads ``LONDON, Jan 5 (Reuters) - ``, ``Berlin (dpa) - `` (known
    agencies only), ``PORTSMOUTH, Ohio — `` and ``NEW DELHI: `` (no agency).
    """
    first = text[:1]
    if not first.isupper():
        return None
    # An upper-case place (`DATELINE`, `DATELINE_NO_AGENCY`) never has a lower-case
    # ASCII letter second, and `DATELINE_TITLE_CASE` needs the agency's bracket:
    # most paragraphs (``The ...``) are declined without a regex.
    upper_place = text[1:2] not in _ASCII_LOWER
    if not upper_place and "(" not in text:
        return None
    match = DATELINE.match(text, timeout=time_limit(text)) if upper_place else None
    agency: str | None = None
    if match is not None:
        agency = match["agency"].strip()
    else:
        match = DATELINE_TITLE_CASE.match(text, timeout=time_limit(text)) if "(" in text else None
        if match is not None and match["agency"].strip().casefold() in AGENCIES:
            agency = match["agency"].strip()
        else:
            if not upper_place:
                return None
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
    """The earlier commenter a reply's leading ``@Name`` names, longest name first.

    Examples:
        >>> resolve_mention("@ann yes", ["Ann", "ann"])
        'Ann'
    """
    if not text.startswith("@"):
        return None
    match = AT_MENTION.match(text)
    if match is None:
        return None
    mention = match["name"].casefold()
    # dict.fromkeys, not set: among names of one length the earliest commenter
    # wins, whatever the process's hash seed.
    for author in sorted(dict.fromkeys(authors), key=len, reverse=True):
        folded = author.casefold()
        if mention.startswith(folded):
            after = mention[len(folded) : len(folded) + 1]
            if not after or not after.isalnum():
                return author
    return None


_PHOTO_WORDS = ("photo", "foto", "bild", "image", "getty", "shutterstock", "istock", "credit")


def is_photo_credit(credit: str) -> bool:
    """Whether a credit names a photo: a photo word (``Getty``...) or an agency after ``/``."""
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
    for word in words:
        if word in lowered:
            return True
    return _has_fold_alike(text)


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
            if any_bracket or is_photo_credit(credit):
                return _strip_label(credit) or None
    if (":" in text or _has_by(text)) and may_contain(text, _CREDIT_LABEL_WORDS):
        match = TRAILING_LABELLED_CREDIT.search(text, timeout=time_limit(text))
        if match is not None:
            return _strip_label(match["credit"]) or None
    if "|" in text:
        match = TRAILING_PIPE_CREDIT.search(text, timeout=time_limit(text))
        if match is not None and is_photo_credit(match["credit"]):
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

_POST_FOOTER_INITIALS = frozenset("tTyYbBpPcC")
"""The characters a `POST_FOOTER` can open with (``This entry was posted``, ``You can``...)."""

_MAX_POST_FOOTER = 400

_PROMO_OPENERS = frozenset("sSgG\u017f")
"""The characters a `PROMO_LINE` can open with (``sign up``, ``subscribe``, ``get``)."""


def read_residue(text: str, *, tail: bool = False) -> BoilerplateKind | None:
    """The kind of a page-residue line, or ``None`` for a content line.

    ``tail`` allows the comment-form labels (``Name *``, ``Website``) that
    count as residue only in the comment section.
    """
    if len(text) > _MAX_CACHED_RESIDUE:
        return _read_residue(text, tail)
    return _cached_residue(text, tail)


_MAX_CACHED_RESIDUE = 500
"""The longest line whose `read_residue` reading is remembered (longer ones are read again)."""


def _read_residue(text: str, tail: bool) -> BoilerplateKind | None:
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
    if len(text) <= _MAX_POST_FOOTER and first in _POST_FOOTER_INITIALS and POST_FOOTER.match(text):
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


_cached_residue = functools.lru_cache(maxsize=_LINE_READINGS)(_read_residue)


_SITE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ", " // ")
"""What stands between a page title's headline and the site name after it."""

_SITE_ARTICLES = frozenset(("the", "der", "die", "das", "le", "la", "les", "el", "los"))
_MAX_SITE_WORDS = 4
_MAX_SITE_LENGTH = 40


def _is_site_name(text: str) -> bool:
    """Whether a short tail reads as a site name: capitalised words, no sentence."""
    words = text.split()
    if not words or len(words) > _MAX_SITE_WORDS or len(text) > _MAX_SITE_LENGTH:
        return False
    domain = "." in words[-1] and words[-1].rsplit(".", 1)[1].isalpha()
    if text.endswith(("!", "?", ".", ":", ",")) and not domain:
        return False
    for word in words:
        folded = word.casefold()
        if folded in STOPWORDS and folded not in _SITE_ARTICLES:
            return False
        if not (word[:1].isupper() or word[:1].isdigit() or (domain and word is words[-1])):
            return False
    if not any(char.isalpha() for char in text) or any(word.isdigit() for word in words):
        return False  # "Part 49" numbers a series
    return not (len(words) == 1 and has_digit(text) and not domain)


def read_site_suffix(text: str) -> tuple[str, str] | None:
    """Split a page title into its headline and the site name printed after it.

    ``Title | Site``, ``Title - Site``, ``Title — Site`` and ``Title_Section_Site``;
    ``None`` when the part after the last separator reads as no site name.

    Examples:
        >>> read_site_suffix("Storm hits the coast | The Valley Herald")
        ('Storm hits the coast', 'The Valley Herald')
        >>> read_site_suffix("Dortmund - Gladbach live sehen!") is None
        True
    """
    at = max(text.rfind(separator) for separator in _SITE_SEPARATORS)
    if at > 0:
        end = text.index(" ", at + 1) + 1
        head, site = text[:at].strip(), text[end:].strip()
    elif "_" in text and " " in text.split("_", 1)[0]:
        head, site = (part.strip() for part in text.split("_", 1))
        site = site.replace("_", " ")
    else:
        return None
    if len(head.split()) < 2 or not _is_site_name(site):
        return None
    return head, site


def is_legal_line(text: str) -> bool:
    """A copyright, licence or rights line of a page footer (``© 2024 Site. All rights reserved.``).

    Examples:
        >>> is_legal_line("Copyright 2024 The Valley Herald. All rights reserved.")
        True
    """
    if text.startswith("©"):
        return True
    folded = text.casefold()
    return any(mark in folded for mark in LEGAL_MARKS)


def is_time_line(text: str) -> bool:
    """Whether a line prints a publication or update time and no byline.

    Examples:
        >>> is_time_line("26 October 2012 at 11:32 am"), is_time_line("By Ann Lee")
        (True, False)
    """
    try:
        read = read_byline_line(text)
    except TimeoutError:
        return False
    return read is not None and read.authors is None
