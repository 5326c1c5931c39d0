"""The comment section of a page: where it starts, and its comments one by one.

Pure functions over the stripped lines of a whole document (blank lines are
``""``):

* `find_comment_section` finds the section header (``52 comments``,
  ``Leave a Reply``, ``3 thoughts on “Title”`` ...) or, when there is none, the
  first of the comment marks that recur near the end of the text;
* `read_comments` cuts the lines from there to the end into items: comments
  (`CommentItem`), pingbacks (`PingbackItem`) and chrome (`UiItem`). Every
  non-blank line from the start belongs to exactly one item;
* `read_comment_section` does both and reads each line once (the parser calls it).

A comment is delimited by a head before its text (``Ann Lee says:`` and a time
line, ``Ann Lee — March 3, 2012, 10:15 am``), by a signature after it
(``Posted by: Ann Lee | March 3, 2012 at 10:15 AM``), or only by chrome lines
between comments (``Reply``). Which of heads and signatures a section uses is
decided once, from the whole section. The functions run in linear time and
never raise.

The modules: `items` (what the reader yields), `names` (commenters' names),
`marks` (one line's marker), `scan` (each line's kind and the section's style),
`reading` (a section into comments), `finding` (where the section starts),
`cadence` (a section found from its markers alone), `voice` (comments
found where the voice changes) and `quiet` (whole-page evidence of a thread
whose comments show no head: a count under every comment, readers who speak
before their voices recur). Everything is importable from here.
"""

from __future__ import annotations

from corpusparse.parsing.comments.finding import find_comment_section, read_comment_section
from corpusparse.parsing.comments.items import (
    CommentItem,
    Marker,
    PingbackItem,
    SectionItem,
    SectionStart,
    UiItem,
)
from corpusparse.parsing.comments.marks import header_kind, read_marker
from corpusparse.parsing.comments.reading import read_comments

__all__ = [
    "CommentItem",
    "Marker",
    "PingbackItem",
    "SectionItem",
    "SectionStart",
    "UiItem",
    "find_comment_section",
    "header_kind",
    "read_comment_section",
    "read_comments",
    "read_marker",
]
