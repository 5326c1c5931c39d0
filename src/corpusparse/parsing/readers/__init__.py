"""Readers for single lines: each returns the element a line holds, or ``None``.

The block rules decide *where* an element may stand; these functions decide
*whether* a line has its shape and pull out its parts. All take stripped text.

Every match on a long line carries a time limit (`corpusparse.parsing.patterns.time_limit`);
a reader that runs over it raises `TimeoutError`, which `corpusparse.parsing.rules.classify`
turns into a ``pattern_timeout`` defect.

The readers are grouped by what they read: `common` (small tests they
share), `names` (names and plain bylines), `labels` (byline labels, places,
agencies), `byline_parts`, `part_bylines` and `byline_pairs` (a byline on one
line or two),
`head_dates` (the dates of a page's head, and the fallback date), `date_shapes`
(the printed shapes of a date those readers share),
`loose_bylines` and `dated_names` (the looser shapes of names on real pages),
`line_shapes` (datelines, timestamps, pingbacks, comment heads), `credits`
(photo credits and captions) and `residue` (separators, page residue, site
names). Everything is importable from here.
"""

from __future__ import annotations

from corpusparse.parsing.readers.author_boxes import read_name_over_bio
from corpusparse.parsing.readers.byline_pairs import is_time_line, read_byline_pair
from corpusparse.parsing.readers.byline_parts import HeadLine, read_byline_line
from corpusparse.parsing.readers.common import comparison_key, is_widget, may_contain, read_related
from corpusparse.parsing.readers.credits import (
    is_caption_shaped,
    is_image_source,
    is_photo_credit,
    read_caption,
    read_credit,
    read_credit_line,
)
from corpusparse.parsing.readers.date_shapes import read_opening_date
from corpusparse.parsing.readers.dated_names import (
    read_dated_names,
    read_names_by_date,
    read_names_in_time_line,
)
from corpusparse.parsing.readers.head_dates import read_fallback_date, read_head_date
from corpusparse.parsing.readers.labels import is_byline_label
from corpusparse.parsing.readers.line_shapes import (
    CommentHead,
    is_timestamp,
    read_comment_head,
    read_dateline,
    read_pingback,
    read_reply_to,
    read_timestamp,
    read_trailer,
    resolve_mention,
)
from corpusparse.parsing.readers.loose_bylines import (
    read_bare_byline,
    read_loose_byline,
    read_meta_bullets,
    read_name_pair,
    read_post_signature,
    read_user_byline,
)
from corpusparse.parsing.readers.names import BYLINE_OPENERS, read_byline, read_names
from corpusparse.parsing.readers.residue import (
    MAX_READING_TIME,
    is_legal_line,
    is_reading_time,
    is_related_block_header,
    is_separator,
    read_residue,
    read_site_suffix,
)

__all__ = [
    "BYLINE_OPENERS",
    "MAX_READING_TIME",
    "CommentHead",
    "HeadLine",
    "comparison_key",
    "is_byline_label",
    "is_caption_shaped",
    "is_image_source",
    "is_legal_line",
    "is_photo_credit",
    "is_reading_time",
    "is_related_block_header",
    "is_separator",
    "is_time_line",
    "is_timestamp",
    "is_widget",
    "may_contain",
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
    "read_meta_bullets",
    "read_name_over_bio",
    "read_name_pair",
    "read_names",
    "read_names_by_date",
    "read_names_in_time_line",
    "read_opening_date",
    "read_pingback",
    "read_post_signature",
    "read_related",
    "read_reply_to",
    "read_residue",
    "read_site_suffix",
    "read_timestamp",
    "read_trailer",
    "read_user_byline",
    "resolve_mention",
]
