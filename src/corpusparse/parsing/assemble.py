"""Stage 4 of the pipeline: assemble the blocks of a segment into an `Article`.

Here the printings of one caption are merged into one `Caption`, the repeats
of the headline are attached to it, comment continuations are joined to their
comment, and every tolerated anomaly becomes a `Defect`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from corpusparse.model import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Comment,
    Dateline,
    Defect,
    DefectKind,
    Dek,
    Headline,
    Paragraph,
    Pingback,
    PublicationTime,
    Related,
    Section,
    Span,
    Trailer,
)
from corpusparse.parsing.dates import has_time_label, in_page_order
from corpusparse.parsing.lines import Line
from corpusparse.parsing.readers import comparison_key, read_fallback_date
from corpusparse.parsing.rules import Block, Role, Stamp
from corpusparse.parsing.vocabulary import POSTED_PHRASES

__all__ = ["build_article"]

# Bound to module names: reading a member off its enum class costs about
# 0.1 µs on Python 3.11, and these two are read for every block.
_BODY_TEXT, _BOILERPLATE = Role.BODY, Role.BOILERPLATE


def build_article(lines: Sequence[Line], blocks: Sequence[Block]) -> tuple[Article, list[Defect]]:
    """Assemble one article from the blocks of its segment."""
    defects: list[Defect] = []
    headline: Headline | None = None
    repeats: list[Span] = []
    dek: Dek | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: dict[str, Caption] = {}
    caption_spans: dict[str, list[Span]] = {}  # every printing, merged once at the end
    caption_keys: dict[str, str] = {}  # printed text -> comparison key, folded once
    body: list[Paragraph] = []
    comments: list[Comment] = []
    continued: dict[int, list[Paragraph]] = {}  # comment index -> its continuations
    pingbacks: list[Pingback] = []
    related: list[Related] = []
    boilerplate: list[Boilerplate] = []
    published: PublicationTime | None = None
    updated: PublicationTime | None = None
    trailer: Trailer | None = None
    section: Section | None = None

    for block in blocks:
        defects.extend(block.defects)
        element = block.elements[0]
        if block.role is _BODY_TEXT and isinstance(element, Paragraph):  # the commonest block
            body.append(element)
            continue
        line = block.span.start
        if block.role is _BOILERPLATE:
            boilerplate.extend(item for item in block.elements if isinstance(item, Boilerplate))
            if isinstance(element, Boilerplate) and element.kind is BoilerplateKind.UNPLACED:
                defects.append(
                    Defect(
                        DefectKind.UNPLACED_LINE,
                        line,
                        "line in the comment section is neither a comment nor a pingback",
                    )
                )
            continue
        if block.role in (Role.BYLINE, Role.TIME):
            for item in block.elements:
                if isinstance(item, Byline):
                    byline = item
                elif isinstance(item, Stamp) and item.updated:
                    updated = updated or item.time
                elif (
                    isinstance(item, Stamp)
                    and published is None
                    and not _in_dated_list(lines, item.time.span.start - lines[0].number)
                ):
                    published = item.time
            continue
        if isinstance(element, Trailer):
            trailer = element
        elif isinstance(element, Headline):
            if block.role is Role.HEADLINE:
                headline = element
                continue
            repeats.append(element.span)
            if headline is not None and element.text != headline.text:
                defects.append(
                    Defect(
                        DefectKind.HEADLINE_VARIANT,
                        line,
                        f"repeated headline {element.text!r} differs from {headline.text!r}",
                    )
                )
        elif isinstance(element, Caption):
            key = caption_keys.get(element.text)
            if key is None:
                key = caption_keys[element.text] = comparison_key(element.text)
            first = captions.get(key)
            if first is None:
                captions[key] = element
                caption_spans[key] = list(element.spans)
                continue
            caption_spans[key] += element.spans
            if first.credit is None and element.credit is not None:
                captions[key] = attrs.evolve(first, credit=element.credit)
            if element.text != first.text:
                defects.append(
                    Defect(
                        DefectKind.CAPTION_VARIANT,
                        line,
                        f"caption copy differs from the copy on line {first.spans[0].start}",
                    )
                )
        elif isinstance(element, Dateline):
            dateline = element
            paragraph = block.elements[1]
            assert isinstance(paragraph, Paragraph)
            body.append(paragraph)
        elif isinstance(element, Dek):
            dek = element
        elif isinstance(element, Section):
            section = element
        elif isinstance(element, Related):
            related.append(element)
        elif isinstance(element, Pingback):
            pingbacks.append(element)
            if element.site is None:
                defects.append(
                    Defect(DefectKind.PINGBACK_WITHOUT_SITE, line, "pingback names no site")
                )
        elif isinstance(element, Comment):
            comments.append(element)
            if element.posted is not None and element.posted.value is None:
                defects.append(
                    Defect(
                        DefectKind.UNREADABLE_TIMESTAMP,
                        line + 1,
                        f"comment time {element.posted.text!r} is no valid date",
                    )
                )
        elif block.role is Role.COMMENT_CONTINUATION and isinstance(element, Paragraph):
            continued.setdefault(len(comments) - 1, []).append(element)
        elif isinstance(element, Paragraph):
            body.append(element)

    for index, paragraphs in continued.items():
        comment = comments[index]
        texts = [comment.text] if comment.text else []
        texts += [paragraph.text for paragraph in paragraphs]
        span = Span(comment.span.start, paragraphs[-1].span.end)
        comments[index] = attrs.evolve(comment, text="\n".join(texts), span=span)

    span = Span(lines[0].number, lines[-1].number)
    if headline is None:
        defects.append(
            Defect(DefectKind.MISSING_HEADLINE, span.start, "article segment has no headline")
        )
    elif repeats:
        headline = attrs.evolve(headline, repeats=tuple(repeats))
    if (
        published is not None
        and headline is not None
        and published.span.start < headline.span.start
        and _is_masthead_date(published, lines)
    ):
        published = _date_under_headline(lines, blocks, headline.span.start) or published
    if published is None:
        published = _fallback_published(lines, blocks)
    published, updated = _in_page_order(published, lines), _in_page_order(updated, lines)
    article = Article(
        headline=headline,
        dek=dek,
        byline=byline,
        dateline=dateline,
        published=published,
        updated=updated,
        captions=tuple(
            attrs.evolve(first, occurrences=len(spans), spans=tuple(spans))
            if len(spans) > 1
            else first
            for first, spans in zip(captions.values(), caption_spans.values(), strict=True)
        ),
        body=tuple(body),
        comments=tuple(comments),
        pingbacks=tuple(pingbacks),
        related=tuple(related),
        boilerplate=tuple(boilerplate),
        trailer=trailer,
        section=section,
        span=span,
    )
    return article, defects


def _in_page_order(time: PublicationTime | None, lines: Sequence[Line]) -> PublicationTime | None:
    """``time`` read day first when it prints ``03/05/2024`` on a page that prints its
    dates day first (`corpusparse.parsing.dates.in_page_order`)."""
    if time is None or time.value is None or ("/" not in time.text and "-" not in time.text):
        return time
    value = in_page_order(time.text, time.value, [line.text for line in lines])
    return time if value == time.value else attrs.evolve(time, value=value)


_FALLBACK_ROLES = frozenset((Role.BODY, Role.BOILERPLATE, Role.DEK, Role.BYLINE, Role.DATELINE))
"""The roles of the lines `_fallback_published` reads."""

_FALLBACK_STOPS = frozenset((Role.COMMENT, Role.COMMENT_CONTINUATION, Role.PINGBACK))
"""The roles of the lines where `_fallback_published` stops: the comment section."""

_FALLBACK_ABOVE = 6
"""How many blocks right above the headline `_fallback_published` reads."""

_NO_COMMENT_REACH = 5
"""A comment this few lines under the headline, before any body paragraph, is a misread
head line: `_fallback_published` reads it and goes on."""


def _fallback_published(lines: Sequence[Line], blocks: Sequence[Block]) -> PublicationTime | None:
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
    for block in blocks[max(0, first - _FALLBACK_ABOVE) :]:
        if block.role in _FALLBACK_STOPS and (
            not in_head or block.span.start - headline > _NO_COMMENT_REACH
        ):
            break
        in_head = in_head and block.role is not Role.BODY
        if block.role not in _FALLBACK_ROLES and block.role not in _FALLBACK_STOPS:
            continue
        number = block.span.start
        text = lines[number - offset].text.strip()
        read = read_fallback_date(text)
        if (
            read is None
            or _ends_sentence(lines, number - offset)
            or _in_dated_list(lines, number - offset)
        ):
            continue
        time = PublicationTime(read[0], read[1], span=Span(number, number))
        if has_time_label(text) or any(phrase in text.casefold() for phrase in POSTED_PHRASES):
            return time  # a labelled date ("Posted on ...") before any bare one
        bare = bare or time
    return bare


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
"""The bullets of a list item (`_in_dated_list`)."""


def _in_dated_list(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at ``index`` is a list item whose next or previous item prints a
    date too: a list of dated teasers or events (``• [ March 3, 2024 ] A headline``),
    whose dates are not the article's."""
    if not 0 <= index < len(lines) or not lines[index].text.lstrip().startswith(_LIST_BULLETS):
        return False
    before = next((line.text.strip() for line in reversed(lines[:index]) if line.text.strip()), "")
    after = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    return any(
        item.startswith(_LIST_BULLETS) and _item_prints_date(item) for item in (before, after)
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
