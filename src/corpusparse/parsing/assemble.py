"""Stage 4 of the pipeline: assemble the blocks of a segment into an `Article`.

Here the printings of one caption are merged into one `Caption`, the repeats
of the headline are attached to it, comment continuations are joined to their
comment, and every tolerated anomaly becomes a `Defect`. `build_article` reads
as the pipeline: `_collect_parts` sorts the blocks by role into `_Parts`, then
the headline is settled, the times chosen (`corpusparse.parsing.assemble_times`),
the captions merged and the comments joined.
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
from corpusparse.parsing.assemble_times import choose_times, in_dated_list
from corpusparse.parsing.lines import Line
from corpusparse.parsing.readers import comparison_key
from corpusparse.parsing.rules import Block, Role, Stamp

__all__ = ["build_article"]

# Bound to module names: reading a member off its enum class costs about
# 0.1 µs on Python 3.11, and these two are read for every block.
_BODY_TEXT, _BOILERPLATE = Role.BODY, Role.BOILERPLATE


def build_article(lines: Sequence[Line], blocks: Sequence[Block]) -> tuple[Article, list[Defect]]:
    """Assemble one article from the blocks of its segment: collect the elements by
    role, attach the headline's repeats, choose its times and merge its captions."""
    parts = _collect_parts(lines, blocks)
    span = Span(lines[0].number, lines[-1].number)
    headline = _settle_headline(parts, span)
    published, updated = choose_times((parts.published, parts.updated), headline, lines, blocks)
    untaken = _untaken_time_lines(lines, parts.time_lines, (published, updated), headline)
    untaken += _lines_of(lines, [byline.span for byline in parts.replaced_bylines], headline)
    if untaken:
        parts.boilerplate = sorted(parts.boilerplate + untaken, key=lambda item: item.span.start)
    article = Article(
        headline=headline,
        dek=parts.dek,
        byline=parts.byline,
        dateline=parts.dateline,
        published=published,
        updated=updated,
        captions=_merged_captions(parts),
        body=tuple(parts.body),
        comments=_joined_comments(parts),
        pingbacks=tuple(parts.pingbacks),
        related=tuple(parts.related),
        boilerplate=tuple(parts.boilerplate),
        trailer=parts.trailer,
        section=parts.section,
        span=span,
    )
    return article, parts.defects


@attrs.define
class _Parts:
    """The elements of one article as `_collect_parts` reads its blocks in page order,
    with the defects found so far."""

    defects: list[Defect] = attrs.Factory(list)
    headline: Headline | None = None
    repeats: list[Span] = attrs.Factory(list)
    dek: Dek | None = None
    byline: Byline | None = None
    replaced_bylines: list[Byline] = attrs.Factory(list)  # a later byline took their place
    time_lines: list[Span] = attrs.Factory(list)  # the blocks that hold only times
    dateline: Dateline | None = None
    captions: dict[str, Caption] = attrs.Factory(dict)  # comparison key -> first printing
    caption_spans: dict[str, list[Span]] = attrs.Factory(dict)  # every printing, merged once
    caption_keys: dict[str, str] = attrs.Factory(dict)  # printed text -> key, folded once
    body: list[Paragraph] = attrs.Factory(list)
    comments: list[Comment] = attrs.Factory(list)
    continued: dict[int, list[Paragraph]] = attrs.Factory(dict)  # comment index -> its lines
    pingbacks: list[Pingback] = attrs.Factory(list)
    related: list[Related] = attrs.Factory(list)
    boilerplate: list[Boilerplate] = attrs.Factory(list)
    published: PublicationTime | None = None  # the first stamp, before any fallback
    updated: PublicationTime | None = None
    trailer: Trailer | None = None
    section: Section | None = None


def _collect_parts(lines: Sequence[Line], blocks: Sequence[Block]) -> _Parts:
    """Read every block into the `_Parts` of the article, by role and element."""
    parts = _Parts()
    defects, body = parts.defects, parts.body
    for block in blocks:
        if block.defects:  # seldom: most blocks have none
            defects.extend(block.defects)
        element = block.elements[0]
        if block.role is _BODY_TEXT and isinstance(element, Paragraph):  # the commonest block
            body.append(element)
        elif block.role is _BOILERPLATE:
            _take_boilerplate(parts, block, element)
        elif block.role in (Role.BYLINE, Role.TIME):
            _take_stamps(parts, block, lines)
        elif isinstance(element, Comment):
            _take_comment(parts, element, lines)
        else:
            _take_element(parts, block, element)
    return parts


def _untaken_time_lines(
    lines: Sequence[Line],
    time_lines: Sequence[Span],
    times: tuple[PublicationTime | None, PublicationTime | None],
    headline: Headline | None,
) -> list[Boilerplate]:
    """The lines of time blocks whose time the article did not take (a masthead's day
    that yields to the date under the headline, a dated list item's): residue, so that
    every line stays accounted for (a masthead above the headline, page chrome below)."""
    taken = {time.span.start for time in times if time is not None}
    untaken = [span for span in time_lines if not any(n in taken for n in span.numbers)]
    return _lines_of(lines, untaken, headline)


def _lines_of(
    lines: Sequence[Line], spans: Sequence[Span], headline: Headline | None
) -> list[Boilerplate]:
    """The non-blank lines of ``spans`` as residue: a masthead's above the headline,
    page chrome below (a byline a later one replaced, a time the article did not take)."""
    first = lines[0].number
    residue = []
    for span in spans:
        above = headline is not None and span.start < headline.span.start
        kind = BoilerplateKind.MASTHEAD if above else BoilerplateKind.PAGE
        for number in span.numbers:
            text = lines[number - first].text.strip()
            if text:
                residue.append(Boilerplate(text, kind, span=Span(number, number)))
    return residue


def _take_boilerplate(parts: _Parts, block: Block, element: object) -> None:
    """Keep a boilerplate block's items; a comment-section line nothing read is a defect."""
    if len(block.elements) == 1:  # the commonest: one line of residue
        if isinstance(element, Boilerplate):
            parts.boilerplate.append(element)
    else:
        parts.boilerplate.extend(item for item in block.elements if isinstance(item, Boilerplate))
    if isinstance(element, Boilerplate) and element.kind is BoilerplateKind.UNPLACED:
        parts.defects.append(
            Defect(
                DefectKind.UNPLACED_LINE,
                block.span.start,
                "line in the comment section is neither a comment nor a pingback",
            )
        )


def _take_stamps(parts: _Parts, block: Block, lines: Sequence[Line]) -> None:
    """Keep a byline or time block's byline and stamps: the first updated stamp, and the
    first other stamp that is not a dated list item as the publication time."""
    if all(isinstance(item, Stamp) for item in block.elements):
        parts.time_lines.append(block.span)
    for item in block.elements:
        if isinstance(item, Byline):
            if parts.byline is not None:
                parts.replaced_bylines.append(parts.byline)
            parts.byline = item
        elif isinstance(item, Stamp) and item.updated:
            parts.updated = parts.updated or item.time
        elif (
            isinstance(item, Stamp)
            and parts.published is None
            and not in_dated_list(lines, item.time.span.start - lines[0].number)
        ):
            parts.published = item.time


def _take_element(parts: _Parts, block: Block, element: object) -> None:
    """Keep the element that opens any other block in its place in the `_Parts`."""
    line = block.span.start
    if isinstance(element, Trailer):
        parts.trailer = element
    elif isinstance(element, Headline):
        _take_headline(parts, block, element)
    elif isinstance(element, Caption):
        _take_caption(parts, element, line)
    elif isinstance(element, Dateline):
        parts.dateline = element
        paragraph = block.elements[1]
        assert isinstance(paragraph, Paragraph)
        parts.body.append(paragraph)
    elif isinstance(element, Dek):
        parts.dek = element
    elif isinstance(element, Section):
        parts.section = element
    elif isinstance(element, Related):
        parts.related.append(element)
    elif isinstance(element, Pingback):
        parts.pingbacks.append(element)
        if element.site is None:
            parts.defects.append(
                Defect(DefectKind.PINGBACK_WITHOUT_SITE, line, "pingback names no site")
            )
    elif block.role is Role.COMMENT_CONTINUATION and isinstance(element, Paragraph):
        parts.continued.setdefault(len(parts.comments) - 1, []).append(element)
    elif isinstance(element, Paragraph):
        parts.body.append(element)


def _take_headline(parts: _Parts, block: Block, element: Headline) -> None:
    """Keep the headline, or a repeat of it; a repeat that differs from it is a defect."""
    if block.role is Role.HEADLINE:
        parts.headline = element
        return
    parts.repeats.append(element.span)
    headline = parts.headline
    if headline is not None and element.text != headline.text:
        parts.defects.append(
            Defect(
                DefectKind.HEADLINE_VARIANT,
                block.span.start,
                f"repeated headline {element.text!r} differs from {headline.text!r}",
            )
        )


def _take_caption(parts: _Parts, element: Caption, line: int) -> None:
    """Keep a caption's first printing, or add a later printing's spans (and credit) to
    it; a printing whose copy differs from the first is a defect."""
    key = parts.caption_keys.get(element.text)
    if key is None:
        key = parts.caption_keys[element.text] = comparison_key(element.text)
    first = parts.captions.get(key)
    if first is None:
        parts.captions[key] = element
        parts.caption_spans[key] = list(element.spans)
        return
    parts.caption_spans[key] += element.spans
    if first.credit is None and element.credit is not None:
        parts.captions[key] = attrs.evolve(first, credit=element.credit)
    if element.text != first.text:
        parts.defects.append(
            Defect(
                DefectKind.CAPTION_VARIANT,
                line,
                f"caption copy differs from the copy on line {first.spans[0].start}",
            )
        )


def _take_comment(parts: _Parts, element: Comment, lines: Sequence[Line]) -> None:
    """Keep a comment; a time it prints that reads as no date is a defect, on the line
    that prints it (the author's line of a one-line head, else the next)."""
    parts.comments.append(element)
    posted = element.posted
    if posted is not None and posted.value is None:
        first = lines[0].number
        numbers = element.span.numbers
        line = next(
            (n for n in numbers if posted.text in lines[n - first].text),
            min(element.span.start + 1, element.span.end),
        )
        parts.defects.append(
            Defect(
                DefectKind.UNREADABLE_TIMESTAMP,
                line,
                f"comment time {posted.text!r} is no valid date",
            )
        )


def _settle_headline(parts: _Parts, span: Span) -> Headline | None:
    """The headline with its repeats attached; no headline is a defect."""
    headline = parts.headline
    if headline is None:
        parts.defects.append(
            Defect(DefectKind.MISSING_HEADLINE, span.start, "article segment has no headline")
        )
    elif parts.repeats:
        headline = attrs.evolve(headline, repeats=tuple(parts.repeats))
    return headline


def _merged_captions(parts: _Parts) -> tuple[Caption, ...]:
    """Each caption once, with every span it is printed at and how often."""
    return tuple(
        attrs.evolve(first, occurrences=len(spans), spans=tuple(spans)) if len(spans) > 1 else first
        for first, spans in zip(parts.captions.values(), parts.caption_spans.values(), strict=True)
    )


def _joined_comments(parts: _Parts) -> tuple[Comment, ...]:
    """The comments, each with the text of its continuation paragraphs joined to it."""
    comments = parts.comments
    for index, paragraphs in parts.continued.items():
        comment = comments[index]
        texts = [comment.text] if comment.text else []
        texts += [paragraph.text for paragraph in paragraphs]
        span = Span(comment.span.start, paragraphs[-1].span.end)
        comments[index] = attrs.evolve(comment, text="\n".join(texts), span=span)
    return tuple(comments)
