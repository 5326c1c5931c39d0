"""The published and updated times of an article, for `corpusparse.parsing.assemble`.

Moved out of ``assemble.py`` to keep that module short: the choice between the
stamps the rules read, a masthead date above the headline and the date under it,
the fallback that reads the dates the rules did not reach, and the page's day order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import islice

import attrs

from corpusparse.model import Headline, PublicationTime, Span
from corpusparse.parsing.dates import TimeReading, has_time_label, in_page_order, read_lone_label
from corpusparse.parsing.lines import Line
from corpusparse.parsing.readers import read_fallback_date, read_opening_date
from corpusparse.parsing.rules import Block, Role, Stamp
from corpusparse.parsing.vocabulary import POSTED_PHRASES, POSTED_VERBS, STOPWORDS

__all__ = ["choose_times", "fallback_published", "in_dated_list"]


def choose_times(
    stamps: tuple[PublicationTime | None, PublicationTime | None],
    headline: Headline | None,
    lines: Sequence[Line],
    blocks: Sequence[Block],
) -> tuple[PublicationTime | None, PublicationTime | None]:
    """The published and updated times of the article from the ``(published, updated)``
    stamps its rules read: a masthead date above the headline gives way to the date
    under it, no published stamp at all to `fallback_published`; both are read in the
    page's day order."""
    published, updated = stamps
    if (
        published is not None
        and headline is not None
        and published.span.start < headline.span.start
        and _is_masthead_date(published, lines)
    ):
        published = _date_under_headline(lines, blocks, headline.span.start) or published
    if published is None:
        published = fallback_published(lines, blocks)
    return _in_page_order(published, lines), _in_page_order(updated, lines)


def _in_page_order(time: PublicationTime | None, lines: Sequence[Line]) -> PublicationTime | None:
    """``time`` read day first when it prints ``03/05/2024`` on a page that prints its
    dates day first (`corpusparse.parsing.dates.in_page_order`)."""
    if time is None or time.value is None or ("/" not in time.text and "-" not in time.text):
        return time
    value = in_page_order(time.text, time.value, [line.text for line in lines])
    return time if value == time.value else attrs.evolve(time, value=value)


_FALLBACK_ROLES = frozenset((Role.BODY, Role.BOILERPLATE, Role.DEK, Role.BYLINE, Role.DATELINE))
"""The roles of the lines `fallback_published` reads."""

_FALLBACK_STOPS = frozenset((Role.COMMENT, Role.COMMENT_CONTINUATION, Role.PINGBACK))
"""The roles of the lines where `fallback_published` stops: the comment section."""

_FALLBACK_ABOVE = 6
"""How many blocks right above the headline `fallback_published` reads."""

_NO_COMMENT_REACH = 5
"""A comment this few lines under the headline, before any body paragraph, is a misread
head line: `fallback_published` reads it and goes on."""


def fallback_published(lines: Sequence[Line], blocks: Sequence[Block]) -> PublicationTime | None:
    """When no rule read the article's publication time: the first date a line of the
    article prints that `read_fallback_date` reads, from a few blocks over the headline
    to the comment section (a press release's opening ``14.03.2024 – ...``, a post's
    footer ``This entry was posted on ...``, a date line the head rules did not reach).
    A date after a time label (``Posted on``, ``Published:``) goes before the
    first bare one. The time shares its line with the element that owns it; a
    date that ends the sentence of the line before it (``... set for:``) is none."""
    if not lines:
        return None
    first = next((i for i, block in enumerate(blocks) if block.role is Role.HEADLINE), 0)
    offset = lines[0].number
    headline = blocks[first].span.start if blocks else 0
    in_head = True  # no body paragraph yet
    bare: PublicationTime | None = None  # the first date printed without a label
    title = lines[headline - offset].text.strip().casefold() if blocks else ""
    for block in blocks[max(0, first - _FALLBACK_ABOVE) :]:
        if block.role is Role.COMMENT and in_head and bare is None:
            time = _head_taken_for_comment(lines, block, title)
            if time is not None:
                return time
        if block.role in _FALLBACK_STOPS and (
            not in_head or block.span.start - headline > _NO_COMMENT_REACH
        ):
            break
        in_head = in_head and block.role is not Role.BODY
        number = block.span.start
        if block.role is Role.HEADLINE and bare is None:
            text = lines[number - offset].text.strip()
            labelled = has_time_label(text)  # a meta line taken for the headline
            read = read_fallback_date(text) if labelled else _date_before_title(text)
            if read is not None:  # or a date printed before the title: "4. März 2024 Title"
                time = PublicationTime(read[0], read[1], span=Span(number, number))
                if labelled:
                    return time
                bare = time
            continue
        if block.role not in _FALLBACK_ROLES and block.role not in _FALLBACK_STOPS:
            continue
        text = lines[number - offset].text.strip()
        read = read_fallback_date(text)
        if read is None or in_dated_list(lines, number - offset):
            continue
        label = _label_above(lines, number - offset)
        if label is True:
            continue  # the time under an update label alone: never the publication time
        labelled = label is False
        if not labelled and _ends_sentence(lines, number - offset):
            continue
        time = PublicationTime(read[0], read[1], span=Span(number, number))
        if (
            labelled
            or has_time_label(text)
            or any(phrase in text.casefold() for phrase in POSTED_PHRASES)
        ):
            return time  # a labelled date ("Posted on ...") before any bare one
        bare = bare or time
    return bare or _footer_sentence_date(lines)


def _footer_sentence_date(lines: Sequence[Line]) -> PublicationTime | None:
    """The date of the post's footer sentence (``Dieser Beitrag wurde am DATE ...
    veröffentlicht``) wherever the article prints it, when `fallback_published` read
    none in its zone: above the head blocks it reads or in a comment section that took
    in the footer. Only when every such sentence of the article gives the same day: a
    list of posts, each with its footer, gives none."""
    page = "\n".join([line.text for line in lines])
    if not any(tail in page for tail in _POSTED_TAILS):
        return None  # one look at the whole article, cheaper than casefolding each line
    found: list[PublicationTime] = []
    for line in lines:
        folded = line.text.casefold()
        if not any(phrase in folded for phrase in POSTED_PHRASES):
            continue
        if not any(verb in folded for verb in POSTED_VERBS):
            continue
        read = read_fallback_date(line.text.strip())
        if read is not None:
            found.append(PublicationTime(read[0], read[1], span=Span(line.number, line.number)))
    days = {_day(time) for time in found}
    return found[0] if len(days) == 1 else None


_POSTED_TAILS = tuple(
    tail for phrase in POSTED_PHRASES for tail in (phrase[1:], phrase[1:].upper())
)
"""What a line holding a `POSTED_PHRASES` phrase prints in any case but all capitals
after its first letter, or in capitals (``urde am``, ``URDE AM``)."""


def _day(time: PublicationTime) -> object:
    """The calendar day of ``time`` (its date, whatever its clock)."""
    value = time.value
    return value.date() if isinstance(value, datetime) else value


def _head_taken_for_comment(
    lines: Sequence[Line], block: Block, title: str
) -> PublicationTime | None:
    """The date of a comment head read before any body paragraph when the line right
    under it repeats the headline: the article's own head (a section or a name over
    its date, then the title again) taken for a comment, whose date is the article's."""
    offset = lines[0].number
    end = block.span.end - offset
    after = next((line.text.strip() for line in lines[end + 1 :] if line.text.strip()), "")
    if not title or after.casefold() != title:
        return None
    for line in lines[block.span.start - offset : end + 1]:
        read = read_fallback_date(line.text.strip())
        if read is not None and _label_above(lines, line.number - offset) is not True:
            return PublicationTime(read[0], read[1], span=Span(line.number, line.number))
    return None


def _date_before_title(text: str) -> TimeReading | None:
    """The date that opens a headline line before its title (`read_opening_date`):
    the word after it opens the title with a capital and is no function word, so that
    a sentence opening with a date (``1 March 2024 was the day ...``) gives none."""
    read = read_opening_date(text)
    if read is None or not text.startswith(read[0]):
        return None
    after = text[len(read[0]) :].lstrip(" \t\u00a0,.:;–—-").split(None, 1)
    if not after or not after[0][:1].isupper() or after[0].casefold() in STOPWORDS:
        return None
    return read


def _label_above(lines: Sequence[Line], index: int) -> bool | None:
    """Whether the non-blank line above the line at ``index`` is a time label alone
    (``Publicado:``, the time on the next line), and then whether it labels an update
    (`corpusparse.parsing.dates.read_lone_label`)."""
    before = next((line.text for line in reversed(lines[:index]) if line.text.strip()), "")
    return read_lone_label(before)


_MASTHEAD_LINES = 4
"""How many non-blank lines open a page's masthead, whose date is the day the page
was shown (`_is_masthead_date`)."""


def _is_masthead_date(time: PublicationTime, lines: Sequence[Line]) -> bool:
    """Whether ``time`` is printed among the first `_MASTHEAD_LINES` non-blank lines of
    the article, above its headline: a page's top bar, which prints the day the page
    was shown (``Wednesday, 4 March 2024``) rather than the day of the article."""
    if time.span.start - lines[0].number >= 4 * _MASTHEAD_LINES:
        return False  # far down, whatever the blank lines
    before = lines[: time.span.start - lines[0].number]
    return sum(1 for line in before if line.text.strip()) < _MASTHEAD_LINES


def _date_under_headline(
    lines: Sequence[Line], blocks: Sequence[Block], headline: int
) -> PublicationTime | None:
    """The publication date printed in the few head blocks right under the headline, up
    to the first body paragraph: a byline's or a time line's stamp, or a date line
    `read_fallback_date` reads (a page whose masthead date stands above the headline)."""
    offset = lines[0].number
    under = [block for block in blocks if block.span.start > headline][:_FALLBACK_ABOVE]
    for block in under:
        if block.role is Role.BODY:
            return None
        stamps = [item for item in block.elements if isinstance(item, Stamp)]
        if stamps:
            if not stamps[0].updated:
                return stamps[0].time
            continue
        if block.role in (Role.BYLINE, Role.TIME, Role.BOILERPLATE, Role.DEK):
            number = block.span.start
            text = lines[number - offset].text.strip()
            read = read_fallback_date(text)
            if read is not None:
                return PublicationTime(read[0], read[1], span=Span(number, number))
    return None


_LIST_BULLETS = ("• ", "· ", "* ", "▪ ", "■ ")
"""The bullets of a list item (`in_dated_list`)."""


def in_dated_list(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at ``index`` is a list item whose next or previous item prints a
    date too: a list of dated teasers or events (``• [ March 3, 2024 ] A headline``),
    whose dates are not the article's, or a titled, dated item of a menu (`_in_menu`)."""
    if not 0 <= index < len(lines) or not lines[index].text.lstrip().startswith(_LIST_BULLETS):
        return False
    above = _near(reversed(lines[:index]))
    below = _near(lines[index + 1 :])
    before, after = (above or [""])[0], (below or [""])[0]
    if any(item.startswith(_LIST_BULLETS) and _item_prints_date(item) for item in (before, after)):
        return True
    return _in_menu(lines[index].text.strip(), above, below)


_MENU_ITEMS = 2
"""How many list items right above and right below a titled, dated item make it a
menu entry (`_in_menu`)."""


def _near(lines: Iterable[Line]) -> list[str]:
    """The first `_MENU_ITEMS` non-blank lines of ``lines``, stripped."""
    return list(islice((line.text.strip() for line in lines if line.text.strip()), _MENU_ITEMS))


def _in_menu(item: str, above: Sequence[str], below: Sequence[str]) -> bool:
    """Whether a list item that prints a title before its date (``• Spring fair – 4.3.24``)
    stands inside a menu: `_MENU_ITEMS` list items right above it and right below it,
    whatever they print; a link, never the article's date. A labelled item (``•
    Published: DATE``) is a meta list's date."""
    text = item[2:].strip()
    read = read_fallback_date(text)
    if read is None or text.startswith(read[0]) or has_time_label(text):
        return False  # the date opens the item or follows a label: a meta list's date
    return all(
        len(run) >= _MENU_ITEMS
        and all(line.startswith(_LIST_BULLETS) for line in run[:_MENU_ITEMS])
        for run in (above, below)
    )


_ITEM_END = 40
"""How many characters at either end of a list item `_item_prints_date` reads."""


def _item_prints_date(item: str) -> bool:
    """Whether a list item prints a full date, whole or at either end: a teaser's date
    before or after its headline (``• [ March 3, 2024 ] A headline``, ``• A
    headline03.03.2024 - 10:24``)."""
    if read_fallback_date(item) is not None:
        return True
    if len(item) <= _ITEM_END:
        return False
    opening = item[: _ITEM_END + 1].rsplit(None, 1)[0]
    closing = item[-_ITEM_END - 1 :].split(None, 1)[-1]
    return read_fallback_date(opening) is not None or read_fallback_date(closing) is not None


def _ends_sentence(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at ``index`` ends the sentence of the non-blank line before it
    (``The vote was set for:``, then a date)."""
    before = next((line.text.strip() for line in reversed(lines[:index]) if line.text.strip()), "")
    return before.endswith((":", ","))
