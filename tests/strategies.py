"""Hypothesis strategies for every model and for whole documents.

These strategies define the representable space of the format: every document
they draw must survive ``parse(render(doc, layout)) == doc`` in every layout.
They aim at hard cases (paragraphs starting with "By", holding "(AP)" or
"Photo", ending in a parenthesised name, looking like dates or timestamps;
names with hyphens, apostrophes and non-Latin scripts; multi-line comments;
articles without captions, comments or body). Where the text format itself is
ambiguous, a strategy leaves the ambiguous case out and says why in a comment;
anything else that fails to round-trip is a parser bug.

One strategy per model (``headlines``, ``captions``, ``bylines``, ...), then
``articles`` and ``documents`` assemble them under the cross-element rules.
``any_text`` and ``line_soup`` draw arbitrary input for the totality and
lossless properties.

Profiles: ``dev`` (default), ``ci`` (deterministic, used when ``CI`` is set)
and ``fuzz`` (20,000 examples); pick one with ``CORPUSPARSE_HYPOTHESIS_PROFILE``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Collection
from typing import TypeVar

from hypothesis import HealthCheck, reject, settings
from hypothesis import strategies as st

from corpusparse import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Dek,
    Document,
    Headline,
    Layout,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Span,
    Timestamp,
    Trailer,
    render,
)
from corpusparse.formats.render import NEWLINES
from corpusparse.parsing.lines import numbered_lines
from corpusparse.parsing.readers import (
    comparison_key,
    is_caption_shaped,
    is_related_block_header,
    is_widget,
    read_byline,
    read_byline_line,
    read_comment_head,
    read_credit_line,
    read_dateline,
    read_names,
    read_related,
    read_reply_to,
    read_residue,
    read_timestamp,
    read_trailer,
)
from corpusparse.parsing.segments import could_open_article, find_mastheads

T = TypeVar("T")

# --------------------------------------------------------------------------- profiles

PROFILE_VARIABLE = "CORPUSPARSE_HYPOTHESIS_PROFILE"
"""The environment variable that names the hypothesis profile."""

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def load_profile() -> str:
    """Load the profile named by the environment (``ci`` under CI, else ``dev``)."""
    name = os.environ.get(PROFILE_VARIABLE) or ("ci" if os.environ.get("CI") else "dev")
    settings.load_profile(name)
    return name


# --------------------------------------------------------------------------- words

_LATIN = "abcdefghijklmnopqrstuvwxyzéñøüç"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюя"
_GREEK = "αβγδεζηθικλμνξοπρστυφχψω"


def _script_word(alphabet: str, max_size: int = 9) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=max_size)


def _codepoints(low: int, high: int, max_size: int = 4) -> st.SearchStrategy[str]:
    return st.text(
        st.characters(min_codepoint=low, max_codepoint=high), min_size=1, max_size=max_size
    )


_HANGUL = _codepoints(0xAC00, 0xD7A3)
_CJK = _codepoints(0x4E00, 0x9FFF)
# Arabic letters, without the tatweel (U+0640), a joining stroke that starts no word.
_ARABIC = _codepoints(0x0621, 0x064A, 6).map(lambda word: word.replace("\u0640", "")).filter(bool)
_DEVANAGARI = st.sampled_from(("राम", "दिल्ली", "समाचार", "प्रधानमंत्री"))

lower_words = st.one_of(
    _script_word(_LATIN), _script_word(_CYRILLIC), _script_word(_GREEK), _HANGUL, _CJK, _ARABIC
)
"""A word without capitals, in one of several scripts."""

capitalised_words = st.one_of(
    _script_word(_LATIN).map(str.capitalize),
    _script_word(_CYRILLIC).map(str.capitalize),
    _script_word(_GREEK).map(str.capitalize),
    _HANGUL,
    _CJK,
    _ARABIC,
    _DEVANAGARI,
)
"""A word that can start a name: a capital first, or a script without case."""

_TOKENS = st.sampled_from(
    ("99%", "0.09", "U.S.", "(AP)", "(ICC)", "—", "-", "&", "“quoted”", "it’s", "2nd", "...", "TT")
)
_JOINERS = st.sampled_from(("", "", "-", "'", "’"))
_PARTICLES = st.sampled_from(("van", "de", "al", "bin"))
_TITLES = st.sampled_from(("Dr.", "Ann", "Kim", "O'Neil"))
_ENDINGS = st.sampled_from(("", ".", ".", "?", "!", ":"))


@st.composite
def names(draw: st.DrawFn) -> str:
    """A person's name: capitalised words, hyphens, apostrophes, particles, any script."""
    words: list[str] = []
    for index in range(draw(st.integers(1, 3))):
        word = draw(capitalised_words)
        joiner = draw(_JOINERS)
        if joiner:
            word += joiner + draw(capitalised_words)
        if index and draw(st.integers(0, 5)) == 0:
            words.append(draw(_PARTICLES))
        words.append(word)
    if draw(st.integers(0, 6)) == 0:
        words.insert(0, draw(_TITLES))
    return " ".join(words)


NAMES = names()
_SENTENCE_WORDS = st.one_of(lower_words, capitalised_words, _TOKENS, NAMES)


def sentences(max_words: int = 12) -> st.SearchStrategy[str]:
    """Words of mixed scripts and punctuation, optionally ending in a full stop."""
    words = st.lists(_SENTENCE_WORDS, min_size=1, max_size=max_words).map(" ".join)
    return st.tuples(words, _ENDINGS).map("".join)


SENTENCES = sentences(max_words=8)
SHORT_SENTENCES = sentences(max_words=4)


free_text = (
    st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\r\n"),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
"""One line of arbitrary Unicode (controls and odd spaces inside it too), stripped."""

# --------------------------------------------------------------------------- dates

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")

DATES = st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))
"""Calendar days with four-digit years."""


def _pick(*options: T) -> st.SearchStrategy[T]:
    return st.sampled_from(options)


_DATE_FORMS = _pick("dmy", "mdy", "mdy-th", "iso")


@st.composite
def printed_dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A full calendar date as a caption prints it, with the day it means."""
    day = draw(DATES)
    month = _MONTHS[day.month - 1]
    form = draw(_DATE_FORMS)
    if form == "dmy":
        return f"{day.day} {month} {day.year}", day
    if form == "mdy":
        return f"{month} {day.day}, {day.year}", day
    if form == "mdy-th" and 4 <= day.day <= 20:
        return f"{month} {day.day}th, {day.year}", day
    return day.isoformat(), day


PRINTED_DATES = printed_dates()

_MONTH_NAMES = _pick(_MONTHS, _SHORT)
_DAY_COMMAS = _pick(",", "")
_ATS = _pick("at ", "")
_MARKERS = _pick(("AM", "PM"), ("am", "pm"), ("a.m.", "p.m."))
_DATETIMES = st.datetimes(dt.datetime(1970, 1, 1), dt.datetime(2099, 12, 31))


@st.composite
def timestamps(draw: st.DrawFn) -> Timestamp:
    """A comment time line (``November 21, 2014 at 10:08 PM`` and variants)."""
    value = draw(_DATETIMES).replace(microsecond=0)
    if not draw(st.booleans()):
        value = value.replace(second=0)
    month = draw(_MONTH_NAMES)[value.month - 1]
    dot = "." if month in _SHORT and draw(st.booleans()) else ""
    date = f"{month}{dot} {value.day}{draw(_DAY_COMMAS)} {value.year}"
    seconds = f":{value.second:02d}" if value.second else ""
    if draw(st.booleans()):
        hour = value.hour % 12 or 12
        clock = f"{hour}:{value.minute:02d}{seconds} {draw(_MARKERS)[value.hour >= 12]}"
    else:
        clock = f"{value.hour:02d}:{value.minute:02d}{seconds}"
    return Timestamp(text=f"{date} {draw(_ATS)}{clock}", value=value)


TIMESTAMPS = timestamps()

# --------------------------------------------------------------------------- helpers


def _draw_where(draw: st.DrawFn, strategy: st.SearchStrategy[T], ok: Callable[[T], bool]) -> T:
    """Draw until ``ok`` holds (a few tries), else reject the example."""
    for _ in range(5):
        value = draw(strategy)
        if ok(value):
            return value
    reject()


def is_body_text(text: str) -> bool:
    """Whether a line can be a body paragraph anywhere in the body.

    Left out, because the format reads them otherwise wherever they stand:
    widget tokens (``TT``, ``20``), whole comment timestamps (with the line
    before, they open a comment), lines starting ``Pingback:``, residue lines
    (``Share this:``, ``Reply``, ``12 Comments``, separators) and related-list
    headers, photo credit lines and lines shaped like a caption printed once,
    wire trailers, one-line comment heads (``A • 3 years ago``, ``A says:``)
    and ``In reply to`` lines, and lines that read as a byline or a time
    (``By A``, ``March 4, 2024``): in the head they are one, and a body line
    that reads as a byline after a line that could be a headline starts a new
    article. A leading ``@`` names the comment a reply answers.
    """
    return (
        bool(text)
        and text == text.strip()
        and "\r" not in text
        and "\n" not in text
        and not is_widget(text)
        and read_timestamp(text) is None
        and not text.startswith(("Pingback:", "@"))
        and read_residue(text, tail=True) is None
        and not is_related_block_header(text)
        and read_credit_line(text) is None
        and not is_caption_shaped(text)
        and read_trailer(text) is None
        and read_byline_line(text) is None
        and read_comment_head(text, None, date_only=True) is None
        and read_reply_to(text) is None
    )


def _template(template: str, *parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map(lambda values: template.format(*values))


# --------------------------------------------------------------------------- models

_PLACE_WORDS = st.one_of(
    _pick("SEOUL", "NEW DELHI", "WASHINGTON", "ST. LOUIS", "N'DJAMENA", "PORT-AU-PRINCE"),
    _script_word(_LATIN[:26]).map(str.upper),
    _script_word(_CYRILLIC).map(str.upper),
    _script_word(_GREEK).map(str.upper),
)
_STATES = _pick("Texas", "N.J.", "South Korea", "Ohio")


@st.composite
def places(draw: st.DrawFn) -> str:
    """A dateline place: upper-case words, sometimes with a ``, State`` part."""
    place = " ".join(draw(st.lists(_PLACE_WORDS, min_size=1, max_size=2)))
    if draw(st.booleans()):
        place += ", " + draw(_STATES)
    return place


PLACES = places()
_AGENCIES = st.one_of(
    _pick("AP", "Yonhap", "Reuters", "AFP", "dpa", "Xinhua News Agency"),
    SHORT_SENTENCES.map(lambda text: text.replace("(", "").replace(")", "")),
).filter(lambda text: text == text.strip() and 0 < len(text) <= 40)
_DASHES = _pick("—", "–", "-", "--")


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    """A ``PLACE (Agency) — `` opening: upper-case place, agency in brackets, a dash."""
    place = draw(PLACES)
    agency = draw(_AGENCIES)
    return Dateline(place=place, agency=agency, text=f"{place} ({agency}) {draw(_DASHES)} ")


DATELINES = datelines()
_STAMP_TEXTS = TIMESTAMPS.map(lambda stamp: stamp.text)
_DATE_TEXTS = PRINTED_DATES.map(lambda pair: pair[0])

PARAGRAPH_TEXTS = st.one_of(
    SENTENCES,
    _template("By {}", SENTENCES),
    _template("{} (AP) {}", SENTENCES, SENTENCES),
    _template("Photo {}", SENTENCES),
    _template("A photo released by {}", SENTENCES),
    _template("{} ({})", SENTENCES, NAMES),
    _template("{} was the day {}", _DATE_TEXTS, SENTENCES),
    _template("- {}", SENTENCES),
    _template("{} ({}) {}", PLACES, NAMES, SENTENCES),
    _template("{}{}", DATELINES.map(lambda d: d.text), SENTENCES),
    _template("{} Pingback: {}", SENTENCES, SENTENCES),
    _template("TT {}", SENTENCES),
    free_text,
).filter(is_body_text)
"""Body text, hard cases included, in the shapes `is_body_text` allows: starting
with "By", holding "(AP)" or "Photo", ending in a bracketed name, opening with a
date, near-miss datelines and bullets, any Unicode. (``By`` and a name alone, a
date alone or ``Posted`` and a time read as a byline or a time line.)"""


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """A body paragraph (see `PARAGRAPH_TEXTS`)."""
    return PARAGRAPH_TEXTS.map(Paragraph)


def _as_opening(text: str) -> str:
    """The text without the trailing punctuation that keeps a line from opening an article."""
    while text and (text[-1] in ".,;:" or text[-1].isspace()):
        text = text[:-1]
    return text


def _opens(text: str) -> bool:
    return is_body_text(text) and read_related(text) is None and could_open_article(text)


_HEADLINE_TEXTS = st.one_of(SENTENCES, PARAGRAPH_TEXTS, NAMES).filter(
    lambda text: is_body_text(text) and read_related(text) is None
)


def headlines(*, opens_segment: bool = False) -> st.SearchStrategy[Headline]:
    """A headline.

    Not a widget token or a ``- `` bullet (the format reads those first). When
    it is the first line of a segment after the first, it must look like it
    could open an article: no trailing ``.``, ``,``, ``;`` or ``:``, since
    after a blank run such a line continues the article before.
    """
    if not opens_segment:
        return _HEADLINE_TEXTS.map(Headline)
    return _HEADLINE_TEXTS.map(_as_opening).filter(_opens).map(Headline)


_RELATED_TEXTS = st.one_of(SENTENCES, free_text)


def related_items(*, opens_segment: bool = False) -> st.SearchStrategy[Related]:
    """A related headline (any text; it is printed after ``- ``).

    As the first line of a later segment it obeys the rule for headlines.
    """
    if opens_segment:
        texts = _RELATED_TEXTS.map(_as_opening)
        return texts.filter(lambda text: bool(text) and could_open_article(f"- {text}")).map(
            Related
        )
    return _RELATED_TEXTS.map(Related)


_CAPTION_WORDS = st.lists(
    st.one_of(lower_words, capitalised_words, _TOKENS), min_size=1, max_size=15
).map(" ".join)
_CREDITS = st.one_of(NAMES, _pick("KCNA VIA KNS / AFP", "Iranian Presidency/dpa", "AP", "Jamaran"))
_CREDIT_LABELS = _pick("", "Photo by ", "Photo: ", "Photograph: ", "Foto: ", "Photo Credit: ")
_STOPS = _pick("", ".")


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    """A photo caption with its credit and date, printed two to four times.

    A caption printed once is not representable: a line in the head is a
    caption because it is printed twice in a row. The description never ends
    in ``)`` when there is no credit (it would read as one), and holds no
    full date other than the one drawn (the first full date is the photo's).
    """
    description = draw(_CAPTION_WORDS) + draw(_STOPS)
    date = None
    if draw(st.booleans()):
        printed, date = draw(PRINTED_DATES)
        if draw(st.booleans()):
            description = f"{printed}, {description}"
        else:
            description = f"{description.rstrip('.')} on {printed}.".strip()
    credit = None
    text = description
    if draw(st.booleans()):
        credit = draw(_CREDITS)
        text = f"{description} ({draw(_CREDIT_LABELS)}{credit})"
    elif text.endswith(")"):
        text += "."
    return Caption(text=text, credit=credit, date=date, occurrences=draw(st.integers(2, 4)))


CAPTIONS = captions().filter(lambda caption: not is_widget(caption.text))
_LAST_SEPARATORS = _pick(" and ", ", ", " & ", ", and ")
_BY = _pick("By", "By", "BY")


@st.composite
def bylines(draw: st.DrawFn) -> Byline:
    """``By`` and one to three names joined by commas, ``and`` or ``&``."""
    authors = draw(st.lists(NAMES, min_size=1, max_size=3))
    joined = authors[0]
    if len(authors) > 1:
        joined = ", ".join(authors[:-1]) + draw(_LAST_SEPARATORS) + authors[-1]
    return Byline(authors=tuple(authors), text=f"{draw(_BY)} {joined}")


BYLINES = bylines()
_SITES = st.one_of(SHORT_SENTENCES, free_text).filter(
    lambda text: not any(sep in f" {text}" for sep in (" - ", " – ", " | "))
)


def pingbacks() -> st.SearchStrategy[Pingback]:
    """A pingback with a title and a site.

    The site holds no `` - ``, `` – `` or `` | `` (the line is split at the
    last of them), and a pingback without a site is a defect, so not drawn.
    """
    return st.builds(Pingback, title=st.one_of(SENTENCES, free_text), site=_SITES)


PINGBACKS = pingbacks()


def pingback_line(pingback: Pingback) -> str:
    """How `render` prints a pingback."""
    return f"Pingback: {pingback.title} - {pingback.site}"


def widgets() -> st.SearchStrategy[Boilerplate]:
    """Widget residue: one to three capitals or one to four digits, any script."""
    capitals = st.text(st.characters(categories=["Lu"]), min_size=1, max_size=3)
    digits = st.text(st.characters(categories=["Nd"]), min_size=1, max_size=4)
    return (
        st.one_of(_pick("TT", "20"), capitals, digits)
        .filter(is_widget)
        .map(lambda text: Boilerplate(text=text, kind=BoilerplateKind.WIDGET))
    )


WIDGETS = widgets()


def _is_author(text: str) -> bool:
    """Whether a line opens a comment before a time line: short, no closing punctuation."""
    return (
        len(text) <= 80
        and len(text.split()) <= 8
        and not text.endswith((".", ":", ",", ";", "?", "!"))
        and not any(mark in text for mark in "•·→")
        and is_body_text(text)
    )


_AUTHORS = st.one_of(NAMES, lower_words, free_text).filter(_is_author)
_FIRST_COMMENT_LINES = st.one_of(PARAGRAPH_TEXTS, free_text.filter(is_body_text), _STAMP_TEXTS)


@st.composite
def comments(
    draw: st.DrawFn, reserved: Collection[str] = (), earlier: Collection[str] = ()
) -> Comment:
    """A reader comment: author, time, one to three text lines.

    The author is no widget token, timestamp or pingback, at most 100
    characters: such lines do not open a comment. The first text line may be
    anything (it follows the time line); later lines are no timestamps (a
    line before a time line opens the next comment), no widgets and no
    pingbacks. No line repeats a caption or the headline (``reserved``).
    A reply names one of the ``earlier`` authors in its ``reply_to``.
    """

    def fresh(text: str) -> bool:
        return comparison_key(text) not in reserved

    author = _draw_where(draw, _AUTHORS, fresh)
    first = draw(_FIRST_COMMENT_LINES)
    more = [_draw_where(draw, PARAGRAPH_TEXTS, fresh) for _ in range(draw(st.integers(0, 2)))]
    parents = sorted(name for name in earlier if read_reply_to(f"In reply to {name}") == name)
    reply_to = draw(st.none() | st.sampled_from(parents)) if parents else None
    return Comment(
        author=author,
        posted=draw(TIMESTAMPS),
        text="\n".join([first, *more]),
        reply_to=reply_to,
    )


_ZONES = _pick(("", None), (" EST", -5.0), (" GMT", 0.0), (" IST", 5.5), (" CET", 1.0))


@st.composite
def publication_times(draw: st.DrawFn) -> PublicationTime:
    """A publication or update time as a page prints it, with its reading.

    A day alone reads as a date; a clock time as a datetime, with a UTC offset
    only when a zone is named; ``N hours ago`` as no value.
    """
    form = draw(_pick("date", "clock", "relative"))
    if form == "relative":
        count = draw(st.integers(1, 59))
        unit = draw(_pick("minutes", "hours", "days"))
        return PublicationTime(text=f"{count} {unit} ago", value=None)
    value = draw(_DATETIMES).replace(second=0, microsecond=0)
    month = draw(_MONTH_NAMES)[value.month - 1]
    date = f"{month} {value.day}, {value.year}"
    if form == "date":
        return PublicationTime(text=date, value=value.date())
    zone, offset = draw(_ZONES)
    if offset is not None:
        value = value.replace(tzinfo=dt.timezone(dt.timedelta(hours=offset)))
    return PublicationTime(text=f"{date} {value.hour:02d}:{value.minute:02d}{zone}", value=value)


PUBLICATION_TIMES = publication_times()


def _reads_as_names(names: list[str]) -> bool:
    return all(read_names(name) == (name,) for name in names)


@st.composite
def trailers(draw: st.DrawFn) -> Trailer:
    """A wire trailer: ``(Reporting by A; Editing by B)`` or ``Reporting by A``."""
    reporter = _draw_where(draw, NAMES, lambda name: _reads_as_names([name]))
    if draw(st.booleans()):
        return Trailer(text=f"Reporting by {reporter}", names=(reporter,))
    editor = _draw_where(draw, NAMES, lambda name: _reads_as_names([name]))
    text = f"(Reporting by {reporter}; Editing by {editor})"
    return Trailer(text=text, names=(reporter, editor))


TRAILERS = trailers()

_RESIDUE_LINES = (
    ("Share this:", BoilerplateKind.SHARE),
    ("Click to share on Twitter (Opens in new window)", BoilerplateKind.SHARE),
    ("Advertisement", BoilerplateKind.NAVIGATION),
    ("Tags: storm, coast", BoilerplateKind.NAVIGATION),
    ("Read more: Storm hits the coast", BoilerplateKind.NAVIGATION),
    ("Sign up for our newsletter", BoilerplateKind.PROMO),
    ("Subscribe", BoilerplateKind.PROMO),
    ("Accept all cookies", BoilerplateKind.CONSENT),
)


def residue() -> st.SearchStrategy[Boilerplate]:
    """Widget tokens and typed page residue (share, navigation, promo, consent).

    Comment UI is left out: after the body it begins the comment section, so
    a later wire trailer would not read back; related lists, credits and
    separators are left out because what follows them decides their role.
    """
    typed = st.sampled_from(_RESIDUE_LINES).map(
        lambda pair: Boilerplate(text=pair[0], kind=pair[1])
    )
    return st.one_of(WIDGETS, typed)


RESIDUE = residue()

_DEK_TEXTS = PARAGRAPH_TEXTS.filter(
    lambda text: read_byline(text) is None and read_dateline(text, Span(0, 0)) is None
)


@st.composite
def articles(draw: st.DrawFn, *, opens_segment: bool = False) -> Article:
    """An article under the format's cross-element rules.

    * No line repeats the headline or a caption: in the head such a line is a
      repeat of it, anywhere a known caption line is another printing.
    * A dek only when a byline or a dateline follows it, and a dateline only
      with a first paragraph to open: that is how the format tells them. A dek
      does not itself read as a byline or a dateline.
    * Without a byline, the first paragraph does not read as one; without a
      dateline, it does not read as a dateline; without a byline or dek, the
      second paragraph reads as neither (the first would be taken as a dek).
    * The dek, the byline, the first paragraph and the second differ from the
      line before them (case and spacing aside): a line printed twice in a
      row in the head is a caption.
    """
    related = draw(st.lists(RELATED_ITEMS, max_size=2))
    if related and opens_segment:
        related[0] = draw(OPENING_RELATED_ITEMS)
    headline = draw(OPENING_HEADLINES if opens_segment and not related else HEADLINES)
    reserved = {comparison_key(headline.text)}
    caption_list: list[Caption] = []
    for _ in range(draw(st.integers(0, 2))):
        caption = draw(CAPTIONS)
        if comparison_key(caption.text) not in reserved:
            caption_list.append(caption)
            reserved.add(comparison_key(caption.text))

    def fresh(text: str) -> bool:
        return comparison_key(text) not in reserved

    fresh_bylines = BYLINES.filter(lambda b: fresh(b.text) and _reads_back(b))
    # A later article opens its segment on strong evidence only: its byline confirms it.
    byline = draw(fresh_bylines if opens_segment else st.none() | fresh_bylines)
    published = draw(st.none() | PUBLICATION_TIMES)
    updated = draw(st.none() | PUBLICATION_TIMES)
    body_texts = [_draw_where(draw, PARAGRAPH_TEXTS, fresh) for _ in range(draw(st.integers(0, 5)))]
    dateline = draw(st.none() | DATELINES) if body_texts else None
    dek = None
    opener = byline is not None or dateline is not None or published or updated
    if opener and draw(st.booleans()):
        byline_key = comparison_key(byline.text) if byline else None

        def dek_ok(text: str) -> bool:
            return fresh(text) and comparison_key(text) != byline_key

        dek = Dek(_draw_where(draw, _DEK_TEXTS, dek_ok))
    for _ in range(3):
        if not body_texts or _head_reads_back(body_texts, dateline, byline, dek, fresh):
            break
        body_texts[:2] = [_draw_where(draw, PARAGRAPH_TEXTS, fresh) for _ in body_texts[:2]]
    else:
        reject()
    comment_list: list[Comment] = []
    for _ in range(draw(st.integers(0, 2))):
        earlier = frozenset(comment.author for comment in comment_list)
        comment_list.append(draw(comments(frozenset(reserved), earlier)))
    return Article(
        headline=headline,
        dek=dek,
        byline=byline,
        dateline=dateline,
        published=published,
        updated=updated,
        captions=tuple(caption_list),
        body=tuple(Paragraph(text) for text in body_texts),
        comments=tuple(comment_list),
        pingbacks=tuple(
            draw(st.lists(PINGBACKS.filter(lambda p: fresh(pingback_line(p))), max_size=2))
        ),
        related=tuple(related),
        boilerplate=tuple(draw(st.lists(RESIDUE, max_size=3))),
        trailer=draw(st.none() | TRAILERS),
    )


def _reads_back(byline: Byline) -> bool:
    """Whether a byline's names read back as printed (no title or agency among them)."""
    read = read_byline_line(byline.text)
    return read is not None and read.authors == byline.authors and read.published is None


def _head_reads_back(
    body: list[str],
    dateline: Dateline | None,
    byline: Byline | None,
    dek: Dek | None,
    fresh: Callable[[str], bool],
) -> bool:
    """Whether the first two paragraphs keep their roles (see `articles`)."""
    opening = (dateline.text if dateline else "") + body[0]
    if not fresh(opening):
        return False
    head = [line.text for line in (dek, byline) if line is not None] + [opening]
    if len({comparison_key(line) for line in head}) < len(head):
        return False  # two equal lines in a row in the head are a caption's printings
    if byline is None and read_byline(opening) is not None:
        return False
    if dateline is None and read_dateline(body[0], Span(0, 0)) is not None:
        return False
    if len(body) > 1:
        if comparison_key(body[1]) == comparison_key(opening):
            return False
        if byline is None and dek is None and dateline is None:
            second = body[1]
            return read_byline(second) is None and read_dateline(second, Span(0, 0)) is None
    return True


HEADLINES = headlines()
OPENING_HEADLINES = headlines(opens_segment=True)
RELATED_ITEMS = related_items()
OPENING_RELATED_ITEMS = related_items(opens_segment=True)
ARTICLES = articles()
OPENING_ARTICLES = articles(opens_segment=True)


@st.composite
def documents(draw: st.DrawFn, max_articles: int = 2) -> Document:
    """Zero or more articles; every one after the first opens its segment."""
    count = draw(st.integers(0, max_articles))
    doc = Document(
        articles=tuple(draw(OPENING_ARTICLES if index else ARTICLES) for index in range(count))
    )
    for layout in Layout:
        if find_mastheads(numbered_lines(render(doc, layout))):
            reject()  # the first line printed again later reads as a site name
    return doc


DOCUMENTS = documents()

layouts = st.sampled_from(list(Layout))
"""Every layout `render` knows."""

newlines = st.sampled_from(NEWLINES)
"""Every line break `render` can write."""

# --------------------------------------------------------------------------- arbitrary input

any_text = st.text(st.characters(exclude_categories=()), max_size=400)
"""Any string at all: every code point, lone surrogates and controls included."""

_BREAKS = _pick("\n", "\r\n", "\r", "\n\n", "\n\n\n", "\r\r\n", " \n", "\n \t\n")
_LINE_SHAPES = st.one_of(
    PARAGRAPH_TEXTS,
    free_text,
    _STAMP_TEXTS,
    BYLINES.map(lambda b: b.text),
    DATELINES.map(lambda d: d.text + "x"),
    PINGBACKS.map(pingback_line),
    CAPTIONS.map(lambda c: c.text),
    RELATED_ITEMS.map(lambda r: f"- {r.text}"),
    _pick("Pingback:", "Pingback: - ", "TT", "20", "- ", "February 30, 2014 at 10:08 PM"),
    _pick("Head", "HEAD  ", "\ufeffHead", "\x00", "\x85", "\u2028"),
)


@st.composite
def line_soup(draw: st.DrawFn) -> str:
    """Lines shaped like the format's, mixed with junk, joined by mixed line breaks.

    Lines are sometimes printed twice in a row, as captions and headlines are.
    """
    out: list[str] = []
    for text in draw(st.lists(_LINE_SHAPES, max_size=25)):
        if out and draw(st.integers(0, 4)) == 0:
            out.append(out[-1])
        out.append(text)
    return "".join(text + draw(_BREAKS) for text in out)


LINE_SOUP = line_soup()
