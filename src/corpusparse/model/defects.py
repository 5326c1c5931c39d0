"""Defects: the anomalies a parse tolerated, each with its line."""

from __future__ import annotations

import enum

from attrs import frozen

__all__ = ["Defect", "DefectKind"]


class DefectKind(str, enum.Enum):
    """The anomalies the parser tolerates, each recorded as a `Defect`.

    Like the defects of `email.errors`, they never stop a parse: the parser
    makes the reading described below, records a `Defect` with the kind, the
    line and a message, and goes on. ``parse(text, strict=True)`` raises
    `ParseError` at the first one instead. The value of each kind is the name
    the JSON output and `ParseError` messages use.
    """

    CAPTION_VARIANT = "caption_variant"
    """A later printing of a caption differs from the first in spacing or case.

    The printings still count as one caption: `Caption.text` keeps the first
    printing and `Caption.occurrences` counts them all. The defect is on the
    line of the differing printing.

    Example: ``Kim votes (AFP)`` printed twice, then ``KIM  VOTES (AFP)``.
    """
    HEADLINE_VARIANT = "headline_variant"
    """The repeated headline differs from the first printing in spacing or case.

    The line is still read as a repeat of the headline (`Headline.repeats`);
    `Headline.text` keeps the first printing. The defect is on the repeat.

    Example: ``Storm hits`` then, after the captions, ``STORM  HITS``.
    """
    UNREADABLE_TIMESTAMP = "unreadable_timestamp"
    """A comment's time line has the shape of a date and time but is no valid date.

    The comment is kept with `Timestamp.text` as printed and
    `Timestamp.value` set to ``None``. The defect is on the time line.

    Example: ``February 30, 2014 at 10:08 PM`` under a commenter's name.
    """
    PINGBACK_WITHOUT_SITE = "pingback_without_site"
    """A ``Pingback:`` line has no `` - ``, `` – `` or `` | `` to split the site off.

    The pingback is kept with the whole rest of the line as `Pingback.title`
    and `Pingback.site` set to ``None``.

    Example: ``Pingback: Storm news roundup``.
    """
    UNPLACED_LINE = "unplaced_line"
    """A line after the comments began is neither a comment, its continuation nor a pingback.

    The line is kept as `Boilerplate` of kind `BoilerplateKind.UNPLACED`, so
    no text is lost.

    Example: ``stray line`` after a blank line that follows a pingback.
    """
    MISSING_HEADLINE = "missing_headline"
    """An article segment has no line that could be its headline.

    The article is kept with `Article.headline` set to ``None``; its lines
    are related bullets or residue. The defect is on the segment's first line.

    Example: a segment holding only the widget lines ``TT`` and ``20``.
    """
    PATTERN_TIMEOUT = "pattern_timeout"
    """A pattern ran over its time limit on a long line (`corpusparse.parsing.patterns.time_limit`).

    The line is kept as a body paragraph, or as unplaced residue in the comment
    section; the message names the rule whose pattern ran away. The patterns
    are linear, so this is a last guard that should never fire.

    Example: none with the shipped patterns; a line of 1,000 characters or more
    on which a (faulty) pattern backtracks without end.
    """


@frozen
class Defect:
    """An anomaly the parser tolerated, modelled on `email.errors`.

    Attributes:
        kind: What went wrong.
        line: The 1-based source line where it was seen.
        message: A sentence for people.
    """

    kind: DefectKind
    line: int
    message: str
