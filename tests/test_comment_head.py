"""The one-line comment head pattern reads every line as its former, backtracking form did.

``COMMENT_BULLET_HEAD`` was rewritten with possessive repeats so that it no longer
backtracks on runs of blanks. ``OLD_COMMENT_BULLET_HEAD`` below is the former
pattern, kept only as the reference: on every line the parser can hand it (at
most 200 characters), both must agree on whether it matches and on the stripped
``author``, ``to`` and ``time``, and ``read_comment_head`` must return the same.
"""

from __future__ import annotations

from unittest import mock

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from corpusparse.parsing.patterns import COMMENT_BULLET_HEAD
from corpusparse.parsing.readers import CommentHead, line_shapes, read_comment_head

OLD_COMMENT_BULLET_HEAD = regex.compile(
    r"(?P<author>[^•·→\n]{1,80}?)[ \t\u00a0]{0,20}"
    r"(?:→[ \t\u00a0]{0,20}(?P<to>[^•·→\n]{1,80}?)[ \t\u00a0]{0,20})?"
    r"[•·][ \t\u00a0]{0,20}(?P<time>[^•·→\n]{2,60}?)"
    r"(?:[ \t\u00a0]{0,20}[•·][ \t\u00a0]{0,20}(?i:edited))?"
)

BLANKS = " \t\u00a0"

_words = st.sampled_from(
    [
        "Ann Lee",
        "Bo Chan",
        "María",
        "김",
        "edited",
        "Edited",
        "3 years ago",
        "an hour ago",
        "March 4, 2024",
        "10:32 am",
        "1. ",
        ".",
        ":",
        "0",
        "7",
        "x",
        "Q",
        " ",
        "\t",
        "\u00a0",
        "\u2003",
    ]
)
_marks = st.sampled_from(["•", "·", "→", "\n"])


def _text(alphabet: str, *, min_size: int = 0, max_size: int) -> st.SearchStrategy[str]:
    """Text of these characters (built from a list: hypothesis 6.155 trips over ``st.text``
    nodes of different alphabets when it shrinks)."""
    return st.lists(st.sampled_from(alphabet), min_size=min_size, max_size=max_size).map("".join)


_blank_runs = _text(BLANKS, min_size=18, max_size=22) | _text(BLANKS, max_size=45)
"""Runs of blanks, often around the 20 a separator may take."""
_long_words = st.one_of(
    _text("ab", min_size=58, max_size=62),
    _text("ab", min_size=78, max_size=82),
    _text("ab \u00a0", min_size=55, max_size=105),
)
"""Stretches around the 60 and 80 characters a time and a name may take."""

_field = st.one_of(
    st.lists(_words, min_size=1, max_size=4),
    st.lists(_words | _blank_runs | _long_words, max_size=4),
).map("".join)
"""What stands between two marks: names, times, blanks."""
_padding = _text(BLANKS, max_size=3) | _blank_runs


def _padded(words: list[str]) -> st.SearchStrategy[str]:
    """One of ``words`` or a long stretch with blanks around it, or any field."""
    word = st.sampled_from(words) | _long_words
    return st.tuples(_padding, word, _padding).map("".join) | _field


_name = _padded(["Ann Lee", "Bo Chan", "María", "김", "x", "Ann Lee:"])
_time = _padded(["3 years ago", "an hour ago", "March 4, 2024", "10:32 am", "7"])
_soup = st.lists(_words | _marks | _blank_runs | _long_words, max_size=30).map("".join)
_shaped = st.tuples(
    _name,
    st.none() | _name,
    st.sampled_from(["•", "·"]),
    _time,
    st.none()
    | st.tuples(
        _field, st.sampled_from(["•", "·"]), _field, st.sampled_from(["edited", "EDITED", "edit"])
    ),
).map(
    lambda parts: (
        parts[0]
        + ("" if parts[1] is None else "→" + parts[1])
        + parts[2]
        + parts[3]
        + ("" if parts[4] is None else "".join(parts[4]))
    )
)
"""Lines shaped like a head (author, "→ parent", bullet, time, "• edited")."""

LINES = (_shaped | _soup).map(lambda text: text[:200])
NEXT_LINES = st.sampled_from([None, "", "3 years ago", "March 4, 2024 at 10:32 am", "Ann Lee"])


def _fields(match: regex.Match[str] | None) -> tuple[str, str | None, str] | None:
    """What ``read_comment_head`` takes from a match: the stripped fields."""
    if match is None:
        return None
    to = match["to"].strip() if match["to"] else None
    return match["author"].strip(), to, match["time"].strip()


def _old_read(text: str, second: str | None, date_only: bool) -> CommentHead | None:
    with mock.patch.object(line_shapes, "COMMENT_BULLET_HEAD", OLD_COMMENT_BULLET_HEAD):
        return read_comment_head(text, second, date_only=date_only)


BOUNDARIES = [
    "Ann Lee • 3 years ago",
    "Bo Chan → Ann Lee • 3 years ago • edited",
    "Ann → • 3 years ago",  # an all-blank parent: the old pattern read it as ""
    "Ann →  \t • 3 years ago",
    "Ann" + " " * 25 + "• 3 years ago",  # more blanks than the separator's 20
    "a" * 80 + " " * 20 + "• 3 years ago",
    "a" * 80 + " " * 21 + "• 3 years ago",
    "a" * 81 + "• 3 years ago",
    " " * 30 + "Ann • 3 years ago",
    "Ann •  7",  # a blank-led two-character time
    "Ann • \u00a0" + "a" * 60,
    "Ann •" + " " * 20 + "a" * 60,
    "Ann •" + " " * 21 + "a" * 60,
    "Ann •" + " " * 20 + "a" * 60 + " " * 20 + "• edited",
    "Ann →" + " " * 20 + "b" * 80 + " " * 20 + "• 3 years ago",
    "Ann →" + " " * 21 + "b" * 80 + " " * 20 + "• 3 years ago",
    "Ann →" + " " * 20 + "b" * 80 + " " * 21 + "• 3 years ago",
    "Ann • " + "a" * 61,
    "Ann • 3 years ago" + " " * 22 + "• edited",
    "Ann • 3 years ago •" + " " * 21 + "edited",
    "Ann • 3 years ago • EDITED",
    "Ann • 3 years ago → Bo",
    "Ann\n• 3 years ago",
]


@given(text=LINES)
@example(text="")
def test_the_pattern_agrees_with_its_former_form(text: str) -> None:
    assert _fields(COMMENT_BULLET_HEAD.fullmatch(text)) == _fields(
        OLD_COMMENT_BULLET_HEAD.fullmatch(text)
    )


@given(text=LINES, second=NEXT_LINES, date_only=st.booleans())
def test_read_comment_head_agrees_with_the_former_pattern(
    text: str, second: str | None, date_only: bool
) -> None:
    assert read_comment_head(text, second, date_only=date_only) == _old_read(
        text, second, date_only
    )


def test_boundary_lines_agree() -> None:
    matched = 0
    for text in BOUNDARIES:
        new = _fields(COMMENT_BULLET_HEAD.fullmatch(text))
        assert new == _fields(OLD_COMMENT_BULLET_HEAD.fullmatch(text)), text
        for date_only in (False, True):
            assert read_comment_head(text, None, date_only=date_only) == _old_read(
                text, None, date_only
            ), text
        matched += new is not None
    assert matched >= len(BOUNDARIES) // 2, "the boundary lines should mostly match"


def test_read_comment_head_reads_the_fields() -> None:
    head = read_comment_head("Bo Chan → Ann Lee • 3 years ago • edited", None)
    assert head is not None
    assert (head.author, head.reply_to, head.lines) == ("Bo Chan", "Ann Lee", 1)
    assert head.posted is not None and head.posted.text == "3 years ago"
    blank_parent = read_comment_head("Ann → • 3 years ago", None)
    assert blank_parent is not None and blank_parent.reply_to == ""
