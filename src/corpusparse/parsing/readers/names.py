"""Names: one or a list, their titles and places, and the plain byline (`By NAME and NAME`)."""

from __future__ import annotations

from corpusparse.parsing.dates import has_digit
from corpusparse.parsing.patterns import (
    AUTHOR_NAME,
    AUTHOR_SEPARATOR,
    BYLINE,
    BYLINE_GLUE,
    NAME_IN_PLACE,
    time_limit,
)
from corpusparse.parsing.readers.common import _plain_name, is_widget
from corpusparse.parsing.readers.residue import read_residue
from corpusparse.parsing.vocabulary import (
    AGENCIES,
    CREDENTIALS,
    GROUP_TITLE_WORDS,
    NAME_STOP_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
)
from corpusparse.parsing.vocabulary.names import ROLE_SUFFIXES

__all__ = ["BYLINE_OPENERS", "read_byline"]

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
    if word in _TITLE_WORDS or word.endswith(ROLE_SUFFIXES):
        return True
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith("ss")
        and word[:-1] in _TITLE_WORDS
    )


_PLACE_WORDS = frozenset(("in", "en", "aus", "from"))
"""The words between a name and a place in `NAME_IN_PLACE`, white space on both sides."""


def _is_placed(piece: str) -> bool:
    """Whether a byline piece is a name followed by a place (``Ann Lee in Lima``)."""
    return not _PLACE_WORDS.isdisjoint(piece.split()) and NAME_IN_PLACE.fullmatch(piece) is not None


def _read_name(piece: str) -> str | None:
    piece = piece.strip()
    if piece.isascii() and not piece[:1].isupper():
        return None  # every name opens with a capital (`AUTHOR_NAME`), in ASCII ``A`` to ``Z``
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
    after_role = False  # a role was dropped: a bare "and" or "&" continues it
    placed = False  # the last name was read with a place after it ("Ann Lee in Lima")
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
            or (after_role and "," not in join)
            or (placed and _is_comma(join))
            or not _plain_name(piece)
        ):
            # A title, or what follows a title after a comma, or a role after a bare
            # "and" or "&": "A, Director, Example Group", "A, Director, Sales & Service".
            titles += 1
            strong += _is_strong_title(piece)
            after_role = after_role or (_is_title(piece) and not _is_credential(piece))
            continue
        if not names and piece.casefold() in AGENCIES:
            return None
        name = _read_name(piece)
        if name is None:
            return None
        cut = _cut_name(name)
        name = _without_titles(cut)
        titled = titled or not cut.endswith(name)  # a title after the name: what follows too
        # "A in Politics, Opinion": the sections after the place, after a comma, go with it
        placed = len(piece) > len(name) and _is_placed(piece)
        names.append(name)
        after_role = False
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
    Lee``, ``Ann Lee Science editor`` -> ``Ann Lee``): two words of the name are kept at
    least. A title after the name must end it
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
                if end > start + 2 and words[end][:1].islower() and words[end - 1][:1].isupper():
                    end -= 1  # the field before a role in lower case: "Ann Lee Science editor"
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


_BY_WORDS = (" by ", " von ", " por ", " par ")
"""The words between a time and the names in ``March 3, 2024 by Ann Lee``, lower-case."""
