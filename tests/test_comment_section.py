"""The comment-section reader: headers, the three ways of delimiting comments, chrome.

All names and sentences are invented; only the shapes follow real pages.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpusparse.parsing import comments as comment_section
from corpusparse.parsing.comments import (
    CommentItem,
    PingbackItem,
    SectionStart,
    UiItem,
    find_comment_section,
    header_kind,
    read_comment_section,
    read_comments,
    read_marker,
)
from corpusparse.parsing.patterns import COMMENT_DATE_SPAN
from corpusparse.parsing.readers import CommentHead, read_comment_head

BODY = [
    "Harbour Walk Opens",
    "",
    "The new harbour walk opened on a grey morning with a brass band and a queue.",
    "",
    "Residents had argued for years about the route along the old quay wall.",
    "",
    "The council said the second stretch would follow once the funds were found.",
    "",
]


def comments(items: list[CommentItem | PingbackItem | UiItem]) -> list[CommentItem]:
    return [item for item in items if isinstance(item, CommentItem)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("52 comments", "count"),
        ("15 Comments:", "count"),
        ("{ 20 comments… read them below or add one }", "count"),
        ("Reader Comments (3)", "count"),
        ("Comments (3)", "count"),
        ("3 thoughts on “Harbour Walk Opens”", "count"),
        ("12 Responses to “Harbour Walk Opens”", "count"),
        ("One response to Harbour Walk Opens", "count"),
        ("There are 4 comments. Add yours.", "count"),
        ("7 Comments Leave a comment", "count"),
        ("Leave a Reply", "form"),
        ("Leave a Comment", "form"),
        ("Post a Comment", "form"),
        ("Join the discussion", "form"),
        ("What do you think?", "form"),
        ("Discussion", "title"),
        ("Comments", "title"),
        ("Kommentare", "title"),
        ("Comentarios", "title"),
        ("Commentaires", "title"),
        ("3 Kommentare", "count"),
        ("5 comentarios", "count"),
    ],
)
def test_header_shapes(line: str, kind: str) -> None:
    assert header_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "3 comments were sent to the council before the vote.",
        "One response to the flooding was to raise the quay wall.",
        "Two thoughts came to mind as the band played.",
        "The comments section of the council website was closed in May.",
    ],
)
def test_body_sentences_are_no_headers(line: str) -> None:
    assert header_kind(line) is None


def test_header_is_found_and_comments_follow() -> None:
    texts = [*BODY, "2 Comments", "", "Ann Lee says:", "March 3, 2012 at 10:15 am", "", "Lovely."]
    assert find_comment_section(texts) == SectionStart(8, "count")


def test_a_header_without_comments_after_it_in_the_body_is_ignored() -> None:
    texts = [
        "Harbour Walk Opens",
        "12 Comments",
        *BODY[2:],
        "The band played until noon and the queue did not shrink.",
    ]
    assert find_comment_section(texts) is None


def test_body_mentioning_comments_is_no_section() -> None:
    texts = [*BODY, "Comments from residents were mostly kind, the mayor said."]
    assert find_comment_section(texts) is None


def test_header_after_body_hint_only() -> None:
    texts = ["3 Comments", "Ann Lee says:", "Hi.", *BODY, "Leave a Reply", "Name *", "Email *"]
    found = find_comment_section(texts, body_end_hint=5)
    assert found is not None and found.index > 5


def test_heads_with_time_on_the_next_line() -> None:
    texts = [
        *BODY,
        "3 Responses to “Harbour Walk Opens”",
        "",
        "1. Ann Lee says:",
        "November 12, 2012 at 5:49 am",
        "",
        "Finally a place to walk the dog.",
        "",
        "Reply",
        "2. Bo Chan says:",
        "November 12, 2012 at 8:51 am",
        "",
        "The benches face the wrong way.",
        "",
        "They face the sunset, which is the point.",
        "",
        "Reply",
        "",
        "Leave a Reply",
        "Name *",
        "Email *",
        "Website",
        "Post Comment",
    ]
    start = find_comment_section(texts)
    assert start is not None and start.index == 8
    items = read_comments(texts, start.index)
    found = comments(items)
    assert [c.author for c in found] == ["Ann Lee", "Bo Chan"]
    assert found[0].posted is not None and found[0].posted.value is not None
    assert found[0].posted.value.hour == 5
    assert (
        found[1].text
        == "The benches face the wrong way.\nThey face the sunset, which is the point."
    )
    kinds = {item.kind for item in items if isinstance(item, UiItem)}
    assert {"header", "comment_ui", "form"} <= kinds


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ann Lee — March 3, 2012, 10:15 am", "Ann Lee"),
        ("Ann Lee | 11/6/2012 3:07 AM", "Ann Lee"),
        ("Ann Lee 07.13.12 at 07:34", "Ann Lee"),
        ("On March 3, 2012, Ann Lee said...", "Ann Lee"),
        ("1. On October 2, 2012 at 10:52 am Bo Chan said:", "Bo Chan"),
        ("Cy Dorn On Thursday, November 1 at 2:57 pm", "Cy Dorn"),
        ("#4 Dee Ray 2011-06-02 13:28", "Dee Ray"),
        ("Posted by: Ann Lee | March 3, 2012 at 10:15 AM", "Ann Lee"),
        ("by Ann Lee on March 3, 2012 at 10:15 am. #", "Ann Lee"),
        ("Ann Lee on March 3, 2012 at 10:15 am", "Ann Lee"),
        ("— Ann Lee", "Ann Lee"),
        ("Ann Lee says:", "Ann Lee"),
        ("Bo Chan wrote:", "Bo Chan"),
    ],
)
def test_one_line_marks(line: str, author: str) -> None:
    marker = read_marker(line)
    assert marker is not None and marker.author == author


def test_a_date_alone_is_a_mark_without_author() -> None:
    marker = read_marker("March 3, 2012 at 10:15 am")
    assert marker is not None and marker.author is None and marker.posted is not None


@pytest.mark.parametrize(
    "line",
    [
        "I walked there on March 3, 2012 and the band was still playing.",
        "The council met on 11/6/2012 to approve the second stretch of the walk.",
        "- Quay wall repairs",
        "Thanks for this!",
    ],
)
def test_sentences_are_no_marks(line: str) -> None:
    marker = read_marker(line)
    assert marker is None or marker.author is None


def test_one_line_heads() -> None:
    texts = [
        *BODY,
        "{ 2 comments… read them below or add one }",
        "Ann Lee 07.13.12 at 07:34",
        "The quay looks better than it has in years.",
        "Bo Chan 07.14.12 at 09:02",
        "Agreed, though the lamps are too bright.",
        "They dim after midnight.",
    ]
    items = read_comments(texts, 8)
    found = comments(items)
    assert [(c.author, c.text) for c in found] == [
        ("Ann Lee", "The quay looks better than it has in years."),
        ("Bo Chan", "Agreed, though the lamps are too bright.\nThey dim after midnight."),
    ]
    assert found[1].first == 11 and found[1].last == 13


def test_signatures_after_the_text() -> None:
    texts = [
        *BODY,
        "2 comments",
        "I grew up two streets from the quay.",
        "It is good to see it busy again.",
        "by Ann Lee on March 3, 2012 at 10:15 am. #",
        "Did anyone else hear the band practise all week?",
        "by Bo Chan on March 3, 2012 at 11:40 am. #",
        "Leave a comment",
        "Name *",
    ]
    start = find_comment_section(texts)
    assert start is not None and start.index == 8
    found = comments(read_comments(texts, start.index))
    assert [c.author for c in found] == ["Ann Lee", "Bo Chan"]
    assert found[0].text == "I grew up two streets from the quay.\nIt is good to see it busy again."
    assert found[0].marks == (11,)
    assert found[1].posted is not None


def test_posted_by_signatures() -> None:
    texts = [
        *BODY,
        "Comments",
        "",
        "The lamps are lovely at night.",
        "",
        "Posted by: Ann Lee | March 3, 2012 at 10:15 AM",
        "",
        "Too many steps for a pram.",
        "",
        "Posted by: Bo Chan | March 4, 2012 at 09:00 AM",
    ]
    found = comments(read_comments(texts, 8))
    assert [(c.author, c.text) for c in found] == [
        ("Ann Lee", "The lamps are lovely at night."),
        ("Bo Chan", "Too many steps for a pram."),
    ]


def test_dash_signatures() -> None:
    texts = [
        *BODY,
        "3 Comments",
        "Lovely walk, shame about the gulls.",
        "— Ann Lee",
        "The gulls were there first.",
        "— Bo Chan",
        "Both fair points.",
        "— Cy Dorn",
    ]
    found = comments(read_comments(texts, 8))
    assert [c.author for c in found] == ["Ann Lee", "Bo Chan", "Cy Dorn"]


def test_only_chrome_between_comments() -> None:
    texts = [
        *BODY,
        "Comments (3)",
        "The band was the best part.",
        "[Reply]",
        "I missed it, sadly.",
        "Next year then.",
        "ReplyDelete",
        "Who paid for the lamps?",
        "Report this comment",
    ]
    items = read_comments(texts, 8)
    found = comments(items)
    assert [c.text for c in found] == [
        "The band was the best part.",
        "I missed it, sadly.\nNext year then.",
        "Who paid for the lamps?",
    ]
    assert all(c.author is None and c.posted is None for c in found)


def test_a_link_back_to_the_contents_is_no_comment_chrome() -> None:
    part = [
        "The band played on the pier until late, and the lamps stayed on for the crowd.",
        "The council said it would pay for the lamps again next summer if the walk stays.",
    ]
    texts = [*BODY, *[line for n in range(4) for line in (f"{n + 1}. Stop {n + 1}", "(Up)", *part)]]
    assert find_comment_section(texts) is None
    # Near miss: the same words beside another still make comment chrome.
    texts = [*BODY, *[line for n in range(4) for line in ("Vote up", *part[:1])]]
    assert find_comment_section(texts) is not None


def test_a_name_line_and_a_time_line() -> None:
    texts = [
        *BODY,
        "5 Comments",
        "Ann Lee",
        "November 5, 2012 at 6:36 am",
        "Is the cafe open on Sundays?",
        "Bo Chan",
        "November 5, 2012 at 7:02 am",
        "It is, from nine.",
    ]
    found = comments(read_comments(texts, 8))
    assert [(c.author, c.text) for c in found] == [
        ("Ann Lee", "Is the cafe open on Sundays?"),
        ("Bo Chan", "It is, from nine."),
    ]


def test_verb_head_then_a_time_after_the_text() -> None:
    texts = [
        *BODY,
        "2 comments:",
        "Ann Lee said...",
        "Made the walk twice today.",
        "October 9, 2012 3:04 PM",
        "Bo Chan said...",
        "Same here.",
        "October 9, 2012 5:10 PM",
        "Post a Comment",
    ]
    found = comments(read_comments(texts, 8))
    assert [c.author for c in found] == ["Ann Lee", "Bo Chan"]
    assert [c.text for c in found] == ["Made the walk twice today.", "Same here."]
    assert found[0].posted is not None and found[0].posted.text == "October 9, 2012 3:04 PM"


def test_replies_and_mentions() -> None:
    texts = [
        *BODY,
        "3 Comments",
        "Ann Lee says:",
        "March 3, 2012 at 10:15 am",
        "The new benches are great.",
        "Bo Chan says:",
        "March 3, 2012 at 11:15 am",
        "@Ann Lee they are, but there are too few.",
    ]
    found = comments(read_comments(texts, 8))
    assert found[1].reply_to == "Ann Lee"


def test_pingbacks_stay_pingbacks() -> None:
    texts = [
        *BODY,
        "2 Responses to “Harbour Walk Opens”",
        "Ann Lee says:",
        "March 3, 2012 at 10:15 am",
        "Nice write-up.",
        "Pingback: Weekend walks roundup - Quayside Notes",
    ]
    items = read_comments(texts, 8)
    pings = [item for item in items if isinstance(item, PingbackItem)]
    assert len(pings) == 1
    assert pings[0].pingback.site == "Quayside Notes"
    assert comments(items)[0].text == "Nice write-up."


def test_comments_are_closed_is_chrome() -> None:
    texts = [*BODY, "Comments", "Comments are closed."]
    items = read_comments(texts, 8)
    assert not comments(items)
    assert [item.kind for item in items] == ["header", "comment_ui"]


def test_footer_after_the_form_is_not_a_comment() -> None:
    texts = [
        *BODY,
        "2 Comments",
        "Ann Lee says:",
        "March 3, 2012 at 10:15 am",
        "Nice write-up.",
        "Leave a Reply",
        "Name *",
        "Categories",
        "Walks and trails",
        "Harbour news",
    ]
    items = read_comments(texts, 8)
    assert len(comments(items)) == 1
    after = [item.index for item in items if isinstance(item, UiItem) and item.kind == "after"]
    assert after == [14, 15, 16]


def test_cadence_without_a_header() -> None:
    texts = [
        *BODY,
        "Ann Lee says:",
        "March 3, 2012 at 10:15 am",
        "Great to see the quay busy.",
        "Bo Chan says:",
        "March 3, 2012 at 10:20 am",
        "The band was too loud.",
        "Cy Dorn says:",
        "March 3, 2012 at 11:00 am",
        "Bring earplugs next time.",
    ]
    assert find_comment_section(texts) == SectionStart(8, "cadence")


def test_last_body_paragraph_is_no_comment_without_a_mark() -> None:
    texts = [*BODY, "The walk is open from dawn to dusk every day of the year."]
    assert find_comment_section(texts) is None
    items = read_comments(texts, 8)
    assert not comments(items) or comments(items)[0].author is None


def covered(texts: list[str], start: int) -> list[int]:
    seen: list[int] = []
    for item in read_comments(texts, start):
        if isinstance(item, CommentItem):
            seen.extend(item.lines)
        else:
            seen.append(item.index)
    return seen


SHAPES = st.sampled_from(
    [
        "",
        "Reply",
        "[Reply]",
        "12 Comments",
        "Leave a Reply",
        "Name *",
        "Ann Lee says:",
        "March 3, 2012 at 10:15 am",
        "Ann Lee | 11/6/2012 3:07 AM",
        "by Bo Chan on March 3, 2012 at 10:15 am. #",
        "— Cy Dorn",
        "Pingback: A post - A site",
        "Categories",
        "The benches face the sea.",
        "Bo Chan",
        "@Ann Lee yes.",
        "In reply to Ann Lee.",
        "Nice (Score:5, Insightful)",
        "Re: (Score:3)",
        "by Bo Chan (40412)",
        "3 hours ago",
        "Ann L.",
        "4 comments:",
        "Threads 4 Thought",
        "Follow @bochan",
    ]
)
LINES = st.lists(st.one_of(SHAPES, st.text(max_size=40).map(str.strip)), max_size=40)


@given(LINES, st.integers(min_value=-2, max_value=45))
def test_every_line_from_the_start_is_in_exactly_one_item(texts: list[str], start: int) -> None:
    seen = covered(texts, start)
    expected = [k for k in range(max(0, start), len(texts)) if texts[k]]
    assert sorted(seen) == expected


@given(LINES, st.integers(min_value=-2, max_value=45))
def test_no_item_holds_a_line_of_another(texts: list[str], start: int) -> None:
    spans = sorted(
        (item.first, item.last) if isinstance(item, CommentItem) else (item.index, item.index)
        for item in read_comments(texts, start)
    )
    for (_, last), (first, _) in itertools.pairwise(spans):
        assert last < first


@given(LINES, st.one_of(st.none(), st.integers(min_value=-2, max_value=45)))
def test_find_never_raises_and_points_into_the_text(texts: list[str], hint: int | None) -> None:
    found = find_comment_section(texts, hint)
    if found is not None:
        assert 0 <= found.index < len(texts)
        assert texts[found.index]
        assert sorted(covered(texts, found.index)) == [
            k for k in range(found.index, len(texts)) if texts[k]
        ]


# --- the shortcuts of the reader give what the general code gives ---

DATE_PIECES = st.sampled_from(
    [
        "Ann Lee",
        " ",
        "\t",
        "\u00a0",
        ", ",
        " | ",
        " — ",
        "-",
        "/",
        ".",
        ":",
        "at ",
        "@ ",
        "3",
        "12",
        "2012",
        "07",
        "10:15",
        " am",
        " PM",
        " CET",
        "March",
        "Mar",
        "Sept",
        "june",
        "Monday",
        "TUE",
        "sábado",
        "th",
        "a",
        "an",
        "AN",
        "day",
        "Minutes",
        "hrs",
        "s",
        "ago",
        "AGO",
        "aGo",
        "\u0661",  # an Arabic-Indic digit
        "\U00010d40",  # a digit newer than the Unicode of some Pythons
        "\u0130",  # the fold-alikes of i, k and s
        "\u212a",
        "\u017f",
        "ß",
    ]
)
NOISE = st.lists(DATE_PIECES, max_size=6).map("".join)
DIGIT = st.sampled_from(["0", "3", "7", "\u0663", "\U00010d43", "\uff15"])
NUMBER = st.lists(DIGIT, min_size=1, max_size=4).map("".join)
BLANK = st.sampled_from([" ", "\t", "\u00a0", "  "])
MONTH = st.sampled_from(["Jan", "January", "Mar.", "May", "June", "Sept", "Dec", "march", "MAY"])
WEEKDAY = st.sampled_from(["", "Monday, ", "tue. ", "Sábado ", "FREITAG, ", "\u017fun "])
SEPARATOR = st.sampled_from(["/", ".", "-", "–"])
UNIT = st.sampled_from(
    ["sec", "Minute", "HOUR", "hrs", "day", "weeks", "month", "year", "\u017fec"]
)
AGO = st.sampled_from(["ago", "AGO", "Ago", "ago."])
CLOCK = st.sampled_from(["", " 10:15", ", 10:15 am", " at 7:05 P.M.", " @ 23:59:01 CET", " | 1:00"])
DATE = st.one_of(
    st.tuples(WEEKDAY, MONTH, BLANK, NUMBER, st.sampled_from(["", "th", ","]), BLANK, NUMBER),
    st.tuples(WEEKDAY, NUMBER, st.sampled_from(["", "st", "."]), BLANK, MONTH, BLANK, NUMBER),
    st.tuples(NUMBER, SEPARATOR, NUMBER, SEPARATOR, NUMBER),
    st.tuples(st.sampled_from(["a", "an", "AN", "A"]) | NUMBER, BLANK, UNIT, BLANK, AGO),
).map("".join)
DATE_TEXTS = st.one_of(
    st.tuples(NOISE, DATE, CLOCK, NOISE).map("".join),
    st.lists(DATE_PIECES, max_size=14).map("".join),
    st.text(max_size=60),
)


@given(DATE_TEXTS)
@example("Ann Lee \U00010d43/\U00010d40/\U00010d41\U00010d42")  # digits `str.isdigit` may not know
@example("Ann Lee \u0663 Mar \u0664")
@example("an HOUR AGO")
def test_the_date_pre_check_passes_every_text_the_date_pattern_matches(text: str) -> None:
    searched = COMMENT_DATE_SPAN.search(text)
    if searched is not None:
        assert comment_section.marks._may_hold_date(text)
    shortcut = comment_section.marks._date_span(text)
    assert (shortcut is None) == (searched is None)
    assert shortcut is None or searched is None or shortcut.span() == searched.span()


@pytest.mark.parametrize(
    "text",
    ["Ann Lee — March 3, 2012", "Bo | 11/6/2012", "2011-06-02 13:28", "3 days ago", "an HOUR AGO"],
)
def test_the_date_pre_check_passes_dates(text: str) -> None:
    assert comment_section.marks._may_hold_date(text)
    assert COMMENT_DATE_SPAN.search(text) is not None


@pytest.mark.parametrize("text", ["Ann Lee says:", "Reply", "Page 2 of 3", "Top 10 posts"])
def test_the_date_pre_check_turns_away_lines_without_a_date(text: str) -> None:
    assert not comment_section.marks._may_hold_date(text)
    assert COMMENT_DATE_SPAN.search(text) is None


BULLET_HEADS = st.lists(
    st.sampled_from(
        [
            "Ann Lee",
            " • ",
            " · ",
            "•",
            "3 years ago",
            "March 3, 2012 at 10:15 am",
            " → ",
            "Bo Chan",
            " said:",
            " says:",
            "On March 3, 2012, ",
            "1. ",
            "Nice piece",
        ]
    ),
    min_size=1,
    max_size=6,
).map("".join)


def _one_line_timed_head(head: CommentHead | None) -> CommentHead | None:
    """What `read_marker` takes of a head: one line with a time."""
    if head is None or head.lines != 1 or head.posted is None:
        return None
    return head


@given(BULLET_HEADS, st.one_of(st.none(), SHAPES, BULLET_HEADS))
def test_a_bullet_head_is_read_without_the_line_after_it(text: str, following: str | None) -> None:
    with_next = _one_line_timed_head(read_comment_head(text, following, date_only=True))
    alone = _one_line_timed_head(read_comment_head(text, None, date_only=True))
    assert with_next == alone


@given(LINES, st.integers(min_value=0, max_value=10))
def test_the_next_line_is_the_next_non_blank_one_within_two(texts: list[str], i: int) -> None:
    n = len(texts)
    expected = next((texts[j] for j in range(i + 1, min(n, i + 3)) if texts[j]), None)
    assert comment_section.scan._following(texts, i, n) == expected


def _separately(texts: list[str], hint: int | None) -> tuple[object, object] | None:
    start = find_comment_section(texts, hint)
    if start is None or start.index < max(0, hint or 0):
        return None
    return start, read_comments(texts, start.index)


@given(LINES, st.one_of(st.none(), st.integers(min_value=-2, max_value=45)))
def test_one_pass_equals_finding_then_reading(texts: list[str], hint: int | None) -> None:
    assert read_comment_section(texts, hint) == _separately(texts, hint)


def test_reading_in_one_pass_reads_a_section() -> None:
    texts = [*BODY, "2 Comments", "", "Ann Lee says:", "Lovely walk.", "", "Bo Chan says:", "Yes."]
    found = read_comment_section(texts, 3)
    assert found is not None
    start, items = found
    assert start == SectionStart(len(BODY), "count")
    assert [item.author for item in comments(items)] == ["Ann Lee", "Bo Chan"]
    assert found == _separately(texts, 3)
    assert read_comment_section(texts, len(BODY) + 1) == _separately(texts, len(BODY) + 1)


def test_a_mark_keeps_its_time_as_a_timestamp() -> None:
    marker = read_marker("Ann Lee — March 3, 2012, 10:15 am")
    assert marker is not None
    assert marker.posted is not None
    assert marker.posted.text == "March 3, 2012, 10:15 am"
    assert marker.posted.value is not None


# --- an extractor's text: comments without their heads ---


def test_a_count_header_over_plain_text_after_the_body_hint() -> None:
    texts = [
        *BODY,
        "4 comments:",
        "The railing by the steps is already loose, somebody should look at it.",
        "Lovely walk.",
        "We went on Sunday and the kiosk was shut all afternoon.",
        "Post a Comment",
    ]
    # Without a hint only the form at the end is found: a count under a headline is common.
    assert find_comment_section(texts) == SectionStart(12, "form")
    start, items = read_comment_section(texts, body_end_hint=3) or (None, [])
    assert start == SectionStart(8, "count")
    found = comments(items)
    assert [line for item in found for line in item.text.split("\n")] == texts[9:12]
    assert [item.kind for item in items if isinstance(item, UiItem)] == ["header", "form"]


@pytest.mark.parametrize("header", ["No comments:", "0 Comments", "Threads 4 Thought"])
def test_a_header_without_a_count_of_comments_opens_no_plain_section(header: str) -> None:
    texts = [
        *BODY,
        header,
        "The kiosk by the steps sells tea and cake until six.",
        "A second kiosk is planned for the far end of the quay.",
        "The lamps along the wall stay on until midnight.",
        "Dogs must be kept on a lead between May and September.",
    ]
    assert read_comment_section(texts, body_end_hint=3) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("1 comment:", True),
        ("Comments (7)", True),
        ("{ 9 comments… read them below or add one }", True),
        ("4 appreciated comments on “Harbour Walk Opens”", True),
        ("One Response to “Harbour Walk Opens”", True),
        ("12 Kommentare", True),
        ("No comments:", False),
        ("Comments (0)", False),
        ("Threads 4 Thought", False),
    ],
)
def test_counts_of_comments(header: str, expected: bool) -> None:
    assert comment_section.cadence._counts_comments(header) is expected


THREAD = [
    "Not for me (Score:4, Funny)",
    "I can wire a plug and that is where it ends.",
    "Re: (Score:3)",
    "Then you are ahead of most of the street.",
    "Re:Not for me (Score:5, Insightful)",
    "My uncle fixed radios in the shed for forty years.",
    "He never threw a valve away.",
    "Re: (Score:2)",
    "Mine kept every screw in jam jars.",
]


def test_thread_titles_with_scores_delimit_comments() -> None:
    texts = [*BODY, *THREAD]
    start = find_comment_section(texts)
    assert start == SectionStart(8, "cadence")
    items = read_comments(texts, start.index)
    assert [item.text for item in comments(items)] == [
        THREAD[1],
        THREAD[3],
        "\n".join(THREAD[5:7]),
        THREAD[8],
    ]
    assert [item.index for item in items if isinstance(item, UiItem)] == [8, 10, 12, 15]


def test_a_signature_in_a_titled_thread_does_not_turn_the_reading_around() -> None:
    texts = [*BODY, *THREAD[:6], "--Dee", *THREAD[6:]]
    items = read_comments(texts, 8)
    assert [item.text.split("\n")[0] for item in comments(items)][:2] == [THREAD[1], THREAD[3]]


def test_a_head_under_a_thread_title_is_a_head() -> None:
    texts = [
        *BODY,
        "Not for me (Score:4, Funny)",
        "by Ann Lee (40412)",
        "I can wire a plug and that is where it ends.",
        "Reply to This",
        "Re: (Score:3)",
        "by Bo Chan (1288)",
        "Then you are ahead of most of the street.",
        "Reply to This",
        "Re:Not for me (Score:5, Insightful)",
        "by Cy Dorn (977) on Tuesday July 24, @11:35AM",
        "My uncle fixed radios in the shed for forty years.",
        "Reply to This",
    ]
    start = find_comment_section(texts)
    assert start == SectionStart(8, "cadence")
    found = comments(read_comments(texts, start.index))
    assert [(item.author, item.text) for item in found] == [
        ("Ann Lee", texts[10]),
        ("Bo Chan", texts[14]),
        ("Cy Dorn", texts[18]),
    ]


def test_a_relative_time_over_a_name_is_a_two_line_head() -> None:
    marker = read_marker("3 hours ago", "Ann L.")
    assert marker is not None
    assert (marker.author, marker.lines, marker.cue) == ("Ann L.", 2, "head")
    dated = read_marker("March 3, 2012", "Storm Hits The Coast")  # a dated link list
    assert dated is not None
    assert (dated.author, dated.lines) == (None, 1)


def test_chrome_inside_signed_text_cuts_it_into_comments_that_do_not_overlap() -> None:
    texts = [
        *BODY,
        "3 Comments",
        "The benches face the sea, which is the point.",
        "Follow @annlee",
        "They could have faced the cafe.",
        "Posted by: Ann Lee | March 3, 2012 at 10:15 AM",
        "Leave a Reply",
        "Bring earplugs next time.",
        "Posted by: Bo Chan | March 3, 2012 at 10:20 AM",
        "Too loud by half.",
        "Posted by: Cy Dorn | March 3, 2012 at 11:00 AM",
    ]
    items = read_comments(texts, 8)
    spans = [(item.first, item.last) for item in comments(items)]
    assert all(last < first for (_, last), (first, _) in itertools.pairwise(spans))
    assert [item.author for item in comments(items)][-3:] == ["Ann Lee", "Bo Chan", "Cy Dorn"]


def test_a_title_header_over_plain_text_after_the_body_hint() -> None:
    texts = [
        *BODY,
        "Comments",
        "The railing by the steps is already loose, somebody should look at it.",
        "We went on Sunday and the kiosk was shut all afternoon.",
    ]
    start, items = read_comment_section(texts, body_end_hint=3) or (None, [])
    assert start == SectionStart(8, "title")
    assert [item.text for item in comments(items)] == ["\n".join(texts[9:])]


def test_a_run_of_signatures_starts_no_higher_than_the_hint() -> None:
    texts = [
        "Harbour Walk Opens",
        "The new harbour walk opened on a grey morning with a brass band and a queue.",
        "What a lovely morning it was for it.",
        "Posted by: Ann Lee | March 3, 2012 at 10:15 AM",
        "The band was too loud.",
        "Posted by: Bo Chan | March 3, 2012 at 10:20 AM",
        "Bring earplugs next time.",
        "Posted by: Cy Dorn | March 3, 2012 at 11:00 AM",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(2, "cadence")
    assert [item.author for item in comments(items)] == ["Ann Lee", "Bo Chan", "Cy Dorn"]


# --- an extractor's text: comments known only by their readers' voices ---

TRAF_BODY = [
    "Harbour Walk Opens",
    "The new harbour walk opened on a grey morning with a brass band and a queue.",
    "Residents had argued for years about the route along the old quay wall.",
    "The council said the second stretch would follow once the funds were found.",
    "Thanks to the volunteers who planted the verges, the walk is green already.",
    "The kiosk by the steps sells tea and cake until six in the evening.",
]


def test_readers_voices_recurring_after_the_body_start_a_section() -> None:
    texts = [
        *TRAF_BODY,
        "Great post, Mira! We walked it on Sunday and the band was still playing.",
        "The railing near the steps is already loose, somebody should look at it.",
        "Hi Tobin, the council says the railing is fixed next week.",
        "Thanks Mira! The kiosk cake is worth the walk on its own.",
        "Marlo,",
        "I totally agree with you about the cake, the lemon one above all.",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "cadence")
    assert [item.text.split("\n")[0] for item in comments(items)] == [
        texts[6],
        texts[8],
        texts[9],
        texts[10],  # a salutation keeps the line after it in its comment
    ]
    assert comments(items)[-1].text == "\n".join(texts[10:])


def test_a_call_to_comment_above_the_first_voice_opens_the_section_after_it() -> None:
    texts = [
        *TRAF_BODY,
        "Which stretch do you like best? Let me know in the comments.",
        "The stretch past the boat sheds, where the herons stand in the mud.",
        "Great post! The herons were there again this morning.",
        "The light at six is the best part of the day down there.",
        "Hi Pell, I agree about the light, it turns the water copper.",
        "We took the children and they counted eleven herons on the mud.",
        "Thanks for the tip about the kiosk, the lemon cake was gone by noon.",
    ]
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(7, "cadence")


@pytest.mark.parametrize(
    "tail",
    [
        # a body that thanks and greets, but not at a reader's cadence
        [
            "Thanks to the harbour trust, the lamps stay on until midnight.",
            "Dear reader, the walk is closed on the first Monday of each month.",
            "The second stretch should open next spring if the funds are found.",
        ],
        # two voices only, the last of them the body's closing line
        [
            "Great work by the crews, who finished a week early.",
            "The band played until the rain came in from the west.",
            "Thank you for reading, and see you on the quay.",
        ],
    ],
)
def test_a_body_ending_in_a_voice_or_two_stays_body(tail: list[str]) -> None:
    assert read_comment_section([*TRAF_BODY, *tail], body_end_hint=2) is None


def test_a_count_header_over_plain_text_outranks_readers_voices_after_it() -> None:
    texts = [
        *TRAF_BODY,
        "{ 4 comments… read them below or add one }",
        "The railing near the steps is already loose, somebody should look at it.",
        "Great post, Mira! We walked it on Sunday and the band was still playing.",
        "The stretch past the boat sheds is the best of it.",
        "Hi Tobin, the council says the railing is fixed next week.",
        "We took the children and they counted eleven herons on the mud.",
        "Thanks Mira! The kiosk cake is worth the walk on its own.",
    ]
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "count")


def test_a_voice_above_heads_stays_in_the_body() -> None:
    texts = [
        *BODY,
        "Thanks for all the letters about the route, keep them coming.",
        "",
        "Ann Lee says:",
        "March 3, 2012 at 10:15 am",
        "Great post! The band was too loud though.",
        "",
        "Bo Chan says:",
        "March 3, 2012 at 11:02 am",
        "Hi Ann, bring earplugs next time.",
        "",
        "Cy Dorn says:",
        "March 4, 2012 at 9:40 am",
        "The kiosk had run out of cake by noon.",
    ]
    start, items = read_comment_section(texts, body_end_hint=3) or (None, [])
    assert start == SectionStart(10, "cadence")
    assert [item.author for item in comments(items)] == ["Ann Lee", "Bo Chan", "Cy Dorn"]


@pytest.mark.parametrize(
    ("line", "voiced"),
    [
        ("Great post, Dana! I tried it at once.", True),
        ("Hi Bo, try salt.", True),
        ("Thanks Cy!", True),
        ("@Dee: not quite.", True),
        ("I totally agree with you.", True),
        ("Looks lovely! The lemon one above all.", True),
        ("Marlo,", True),
        ("Thanks to the crews, the walk opened early.", False),
        ("Thanks for reading, and see you on the quay.", False),
        ("High tide is at six.", False),
        ("Hi-vis jackets are handed out at the gate.", False),
        ("I love to walk there at dawn.", False),
        ("The band played until the rain came in.", False),
    ],
)
def test_a_readers_voice(line: str, voiced: bool) -> None:
    assert comment_section.names._voice(line) is voiced


@given(st.text(alphabet=st.sampled_from("HhiIİKkſsTtanx @,!'’.: \u212aGgreatpo"), max_size=24))
@example("Thanks!Great")
@example("hİ there")
@example("thanKs for it")
def test_the_voice_pre_check_passes_every_line_the_pattern_matches(text: str) -> None:
    from corpusparse.parsing.patterns import COMMENT_VOICE

    if COMMENT_VOICE.match(text) is not None:
        assert comment_section.names._voice(text)


def test_a_line_dating_the_article_or_a_link_is_no_commenter() -> None:
    marker = read_marker("Originally published January 4, 2010.")
    assert marker is not None and marker.author is None
    marker = read_marker("http://ann.example/2010/10/04/kiosk-cake")
    assert marker is None or marker.author is None


def test_a_verb_head_may_end_with_a_semicolon() -> None:
    marker = read_marker("Tobin said;")
    assert marker is not None and (marker.author, marker.cue) == ("Tobin", "head")


LONG = " We went back the next week with a flask of tea and walked the whole quay again." * 2
"""Enough words to make a comment line longer than any head or header line."""


def test_readers_voices_on_long_lines_make_a_section() -> None:
    texts = [
        "Harbour Walk Opens",
        "The new harbour walk opened on a grey morning with a brass band and a queue.",
        "Residents had argued for years about the route along the old quay wall.",
        "The council said the second stretch would follow once the funds were found.",
        "Hi! The railing near the steps is already loose." + LONG,
        "Somebody from the council should come and look at it before the winter.",
        "Thanks for writing this, Mira. The stretch past the boat sheds is best." + LONG,
        "We took the children and they counted eleven herons on the mud flats.",
        "Great post Mira! The kiosk cake is worth the walk on its own." + LONG,
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(4, "cadence")
    assert len(comments(items)) == 3


def test_voices_after_the_articles_signature_start_after_it() -> None:
    texts = [
        "Harbour Walk Opens",
        "The new harbour walk opened on a grey morning with a brass band and a queue.",
        "Residents had argued for years about the route along the old quay wall.",
        "The council said the second stretch would follow once the funds were found.",
        "—Mira Tobin",
        "Do you know when the second stretch opens? We might walk it in spring.",
        "Love this. The band was still playing when we left at noon.",
        "We took the children and they counted eleven herons on the mud flats.",
        "Well said, Mira. The railing near the steps is loose though.",
        "The kiosk had run out of cake by noon, which was a pity.",
        "Thanks Mira! See you on the quay next Sunday.",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(5, "cadence")
    assert comments(items)[0].text.startswith("Do you know")


def test_two_heads_of_a_time_over_a_name_make_a_section() -> None:
    texts = [
        *BODY,
        "3 hours ago",
        "Pella R.",
        "I always walk the quay at dawn, the herons are out early and the light is good.",
        "7 hours ago",
        "Orrin T.",
        "Never thought to bring a flask before! thanks for the tip :)",
    ]
    start, items = read_comment_section(texts, body_end_hint=3) or (None, [])
    assert start == SectionStart(8, "cadence")
    assert [item.author for item in comments(items)] == ["Pella R.", "Orrin T."]


def test_one_head_of_a_time_over_a_name_makes_no_section() -> None:
    texts = [
        *BODY,
        "3 hours ago",
        "Pella R.",
        "I always walk the quay at dawn, the herons are out.",
    ]
    assert read_comment_section(texts, body_end_hint=3) is None


NAMED = [
    "Harbour Walk Opens",
    "4 Comments",
    "The new harbour walk opened on a grey morning with a brass band and a queue.",
    "Residents had argued for years about the route along the old quay wall.",
    "The council said the second stretch would follow once the funds were found.",
    "Pella Rowe",
    "Great to see the route spelt out at last, and the map is clear.",
    "Quay Watcher",
    "May I point out that the railing near the steps is loose?",
    "It moved when my son leaned on it last Sunday afternoon.",
    "old harbour hand",
    "The band played the same three tunes all morning, but nobody minded much.",
    "Orrin",
    "The kiosk had run out of cake by noon, which was a pity for the queue.",
]


def test_names_alone_over_their_text_under_a_count_make_comments() -> None:
    start, items = read_comment_section(NAMED, body_end_hint=3) or (None, [])
    assert start == SectionStart(5, "cadence")
    found = comments(items)
    assert [item.author for item in found] == [
        "Pella Rowe",
        "Quay Watcher",
        "old harbour hand",
        "Orrin",
    ]
    assert found[1].text.count("\n") == 1  # a comment of two lines stays one


def test_names_alone_without_a_count_of_comments_make_no_section() -> None:
    texts = [line for line in NAMED if line != "4 Comments"]
    assert read_comment_section(texts, body_end_hint=2) is None


def test_subheads_or_ingredients_over_text_are_no_commenters() -> None:
    texts = [
        "Harbour Cake",
        "4 Comments",
        "The kiosk cake is the best thing on the new harbour walk, and here is how.",
        "It takes an hour and a half, most of it waiting for the oven to do its work.",
        "2 cups plain flour",
        "Sift it twice into the big bowl and leave it there while the butter softens.",
        "3 tablespoons honey",
        "Warm it a little so that it runs, then fold it in with the back of a spoon.",
        "4 eggs, beaten",
        "Add them one by one and beat hard after each until the batter is smooth.",
    ]
    assert read_comment_section(texts, body_end_hint=3) is None


# --- an extractor's text: comments with no mark at all, known by a change of voice ---

TRAF_REPORT = [
    "Ferry Timetable Changes",
    "The island ferry will run four crossings a day from the first of May.",
    "The operator said the early boat had carried too few passengers all winter.",
    "Season tickets bought before the change stay valid until their end date.",
    "A second vessel is being refitted at the yard and should join in August.",
    "The harbour office expects queues on the first weekend of the new timetable.",
]


def test_readers_replies_under_a_report_start_a_section_where_the_voice_changes() -> None:
    texts = [
        *TRAF_REPORT,
        "Oh no, the early boat was the only one that got me to work on time.",
        "I think the operator will bring it back once the summer crowds arrive.",
        "Very useful summary, we had no idea the tickets stayed valid.",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "voice")
    assert "\n".join(item.text for item in comments(items)) == "\n".join(texts[6:])


def test_one_reply_in_a_readers_voice_under_a_report_is_a_comment() -> None:
    texts = [*TRAF_REPORT, "Agree that the queues will be long, but four crossings is plenty."]
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "voice")


def test_replies_that_speak_of_the_post_start_a_section_where_the_voice_changes() -> None:
    texts = [
        *TRAF_REPORT,
        "Useful overview of the changes, we had missed the news about the refit.",
        "We took the early boat every day last winter and it was always half full.",
        "I think the second vessel will be late, as it was last year.",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "voice")
    assert len(comments(items)) >= 1


def test_a_report_that_mentions_an_article_keeps_its_last_lines() -> None:
    texts = [
        *TRAF_REPORT,
        "This article is part of a series on the island's transport.",
        "The operator will publish the winter timetable in October.",
    ]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


# --- one comment past the end of the main text, with a name and a time ---


def test_a_signed_comment_past_the_main_text_is_a_section_of_one() -> None:
    texts = [
        *TRAF_REPORT,
        "We took the early boat on Monday and it was full by seven, so no change.",
        "Posted by: Nell Acre | May 02, 2012 at 07:15 AM",
    ]
    assert read_comment_section(texts, body_end_hint=2) is None  # no header, no cadence
    start, items = read_comment_section(texts, body_end_hint=2, main_end=5) or (None, [])
    assert start == SectionStart(6, "after")
    (comment,) = comments(items)
    assert comment.author == "Nell Acre"
    assert comment.text == texts[6]


def test_a_comment_under_its_time_and_name_past_the_main_text_is_a_section() -> None:
    texts = [*TRAF_REPORT, "", "3 hours ago", "Nell A.", "Not sure the second boat will help much."]
    start, items = read_comment_section(texts, body_end_hint=2, main_end=5) or (None, [])
    assert start == SectionStart(7, "after")
    (comment,) = comments(items)
    assert (comment.author, comment.text) == ("Nell A.", texts[9])


@pytest.mark.parametrize(
    "tail",
    [
        # a listing of dated posts under the main text
        [
            "May 3, 2012 by Nell Acre",
            "May 9, 2012 by Nell Acre",
            "The harbour guide for the summer months, with the new crossings.",
        ],
        # a tag line over a date: no comment text beside the mark
        ["Tags:", "Island News", "May 3, 2012"],
        # an episode's details: short lines
        ["Published by Nell Acre on May 3, 2012", "Length:", "1 hour", "Licence: open"],
    ],
)
def test_a_mark_past_the_main_text_without_a_comments_text_is_no_section(
    tail: list[str],
) -> None:
    found = read_comment_section([*TRAF_REPORT, *tail], body_end_hint=2, main_end=5)
    assert found is None


def test_a_signed_comment_past_the_main_text_of_a_spaced_page_is_no_section() -> None:
    texts = [line for text in TRAF_REPORT for line in (text, "")]
    texts += ["We took the early boat on Monday and it was full by seven.", ""]
    texts += ["Posted by: Nell Acre | May 02, 2012 at 07:15 AM"]
    assert read_comment_section(texts, body_end_hint=2, main_end=11) is None


# --- a plugin's line under each comment: the commenter's latest post ---

LATEST_THREAD = [
    "We kept the old bench by the quay and painted it green for the summer.",
    "Ivo Marsh recently posted..Green Benches of the Coast",
    "The green looks great against the stone, we did the same with our gate.",
    "It took two coats and a dry week in June.",
    "Pella @ Quay Notes recently posted..A Gate in May",
    "Does the paint hold up against the salt? Ours peeled within a year.",
    "We sanded it down twice before giving up on it.",
    "Ivo Marsh recently posted..Green Benches of the Coast",
]


def test_latest_post_lines_under_the_comments_recur_as_marks() -> None:
    texts = [*TRAF_REPORT, "Tell us in the comments below what you would paint.", *LATEST_THREAD]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(7, "cadence")  # not the call to comment above it
    text = " ".join(item.text for item in comments(items))
    assert "Green Benches of the Coast" in text  # the line stays the comment's text


def test_a_latest_post_line_reads_its_commenter() -> None:
    assert comment_section.cadence._latest_post("Pella @ Quay Notes recently posted..A Gate in May")
    assert not comment_section.cadence._latest_post("Ivo Marsh recently posted..")
    assert not comment_section.cadence._latest_post("The council recently posted a new timetable.")


def test_a_count_header_right_over_a_thread_opens_it() -> None:
    texts = [
        *TRAF_REPORT,
        "3 comments… read them below or add one",
        "So glad the bench stayed, it is where we always sit.",
        *LATEST_THREAD,
    ]
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "count")


# --- a single Reply line under the first comment ---


def test_a_lone_reply_line_makes_the_line_above_it_a_comment() -> None:
    texts = [
        *TRAF_REPORT,
        "I think the early boat was the best of the day for anyone on the mainland.",
        "ReplyDelete",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(6, "voice")
    assert [item.first for item in comments(items)] == [6]


@pytest.mark.parametrize(
    "tail",
    [
        # a Reply line high up in the main text
        ["Reply"],
        # a Reply line under a list item
        ["What to bring:", "- a warm coat for the crossing", "Reply"],
    ],
)
def test_a_reply_line_high_up_or_under_a_list_makes_no_section(tail: list[str]) -> None:
    texts = (
        [*TRAF_REPORT[:2], *tail, *TRAF_REPORT[2:]] if tail == ["Reply"] else [*TRAF_REPORT, *tail]
    )
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


def test_chrome_may_stand_between_the_report_and_the_replies() -> None:
    texts = [
        *TRAF_REPORT,
        "Subscribe to our newsletter",
        "Looks like the summer will be busy again, we booked early this year.",
        "my cousin works at the yard and says the refit is well ahead.",
    ]
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(7, "voice")


def test_a_readers_voice_under_the_pages_chrome_opens_the_comments() -> None:
    texts = [
        *TRAF_REPORT,
        "Related Posts",
        "Get the Island Letter Free",
        "- A weekly letter with the crossings and the weather",
        "- Offers from the cafés by the pier",
        "Great article Ivo, it saved us a wasted trip.",
        "The early boat was always half empty in February anyway.",
        "Most of the regulars drive round by the bridge in winter now.",
    ]
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(10, "voice")


def test_a_plain_line_under_the_pages_chrome_opens_no_comments() -> None:
    texts = [
        *TRAF_REPORT,
        "Related Posts",
        "- A weekly letter with the crossings and the weather",
        "The early boat was always half empty in February anyway.",
        "Most of the regulars drive round by the bridge in winter now.",
    ]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


@pytest.mark.parametrize(
    "tail",
    [
        # a post in the first person throughout, closing with a cheer
        [
            "I rode the early boat for years and I will miss it on grey mornings.",
            "My neighbour says the new timetable suits the school run better.",
            "I hope the second vessel comes soon!",
        ],
        # the last paragraph alone, in no reader's voice
        ["The operator will publish the winter timetable in October."],
        # a list at the end of the main text
        [
            "Oh, and what to bring:",
            "- a warm coat",
            "- a flask of tea",
        ],
        # program code at the end of the main text
        [
            "Wow, the script is short:",
            "times = load(); print(times)",
            "if times == {}: warn()",
        ],
    ],
)
def test_a_main_text_that_keeps_its_voice_to_the_end_has_no_voice_section(
    tail: list[str],
) -> None:
    texts = [*TRAF_REPORT, *tail]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


def test_a_main_text_in_readers_voices_throughout_has_no_voice_section() -> None:
    texts = [
        "Our Island Week",
        "Oh what a week it was on the island, sunny from start to end.",
        "I think the ferry crew were the friendliest we ever met.",
        "The harbour office keeps the old timetables in a glass case.",
        "Wow, the cliffs at the north end are taller than they look.",
        "The café by the pier closes at four outside the season.",
        "I loved the boat back, with the dolphins alongside.",
        "Oh, the gulls there will take a sandwich out of your hand.",
        "I would go again in May.",
    ]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


def test_a_flattened_page_with_blank_lines_has_no_voice_section() -> None:
    texts = [line for text in TRAF_REPORT for line in (text, "")]
    texts += ["Oh no, the early boat was the one I took.", "", "I think it comes back in June."]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


@pytest.mark.parametrize(
    ("line", "voice"),
    [
        ("Oh those lamps! Where did you find them?", 1.0),
        ("Very useful, it worked at once.", 1.0),
        ("Looks like fun, we will try it.", 1.0),
        ("Great post, Dana!", 1.0),
        ("Nice and tidy :)", 1.0),
        ("I think the second route is shorter.", 0.5),
        ("in other words, the old route stays.", 0.5),
        ("The route is shorter now!", 0.5),
        ("The second route is shorter.", 0.0),
        ("Thanks to the crews, the walk opened early.", 0.0),
        # the post spoken of, anywhere in the line
        ("Useful overview of the changes, thanks for sharing.", 1.0),
        ("We tried the route and this post was so helpful.", 1.0),
        ("Has the author walked the second stretch yet?", 1.0),
        ("Clear map, and thank you for the link.", 1.0),
        ("This article is about the second stretch of the walk.", 0.0),
        ("In this post the council sets out the plan.", 0.0),
        ("The authority said the route stays open.", 0.0),
        ("The piece of railing near the steps is loose.", 0.0),
        # emoticons, doubled marks, agreement, a lower-case "i", a reader's slang
        ("The second stretch is lovely XD", 1.0),
        ("Closed again?! Every single spring.", 1.0),
        ("Mostly agree with the others about the railing.", 1.0),
        ("the railing is loose, i nearly fell on Sunday.", 1.0),
        ("Yeah, the herons are back on the flats.", 1.0),
        ("Indeed it is. I saw it.", 0.0),
        ("In 2012, Inga moved the kiosk to the pier.", 0.0),
        ("- Oh, a list item", 0.0),
        ("3) Wow, a numbered step", 0.0),
        ("x = {}; wow()", 0.0),
    ],
)
def test_how_much_a_line_reads_as_a_readers_comment(line: str, voice: float) -> None:
    assert comment_section.voice._reader_voice(line) == voice


DELIMITED = [
    "Harbour Walk Opens",
    "The new harbour walk opened on a grey morning with a brass band and a queue.",
    "Residents had argued for years about the route along the old quay wall.",
    "12 Comments",
    "Pella Ross says:",
    "March 3, 2012 at 9:14 am",
    "We walked it on Sunday and the herons were out on the mud flats.",
    "[Reply]",
    "Orrin Tate says:",
    "March 3, 2012 at 9:40 am",
    "The railing near the steps is loose, somebody should look at it.",
    "[Reply]",
    "So glad the kiosk is open again, the cake is worth the walk.",
    "[Reply]",
    "Counting the gulls with the children took us the whole morning.",
    "We will be back in May with a flask of tea.",
    "[Reply]",
]


def test_text_between_reply_lines_after_the_last_head_is_a_comment() -> None:
    start, items = read_comment_section(DELIMITED, body_end_hint=2) or (None, [])
    assert start is not None and start.index == 3
    texts = [item.text for item in comments(items)]
    assert texts[2:] == [
        "So glad the kiosk is open again, the cake is worth the walk.",
        "Counting the gulls with the children took us the whole morning.\n"
        "We will be back in May with a flask of tea.",
    ]


def test_text_over_a_share_link_after_the_last_head_is_no_comment() -> None:
    texts = [*DELIMITED[:12], "Follow the harbour trust", "Newsletter sign-up", "Share"]
    _, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert all("trust" not in item.text for item in comments(items))


def test_a_long_run_of_text_over_a_reply_line_is_no_comment() -> None:
    run = [f"Line {k} of the footer, with the opening hours of the kiosk." for k in range(10)]
    texts = [*DELIMITED[:12], *run, "Reply"]
    _, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert all("footer" not in item.text for item in comments(items))


SPOKEN_END = [
    *DELIMITED[:12],
    "I am still thinking about the route along the old quay wall and the steps.",
    "How do the boats get past the new pier at low tide, does anybody know?",
    "The harbour office should put the timetables up by the kiosk again.",
    "Great piece, thank you for it.",
]


def test_plain_text_to_the_end_after_the_last_delimiter_is_a_comment() -> None:
    _, items = read_comment_section(SPOKEN_END, body_end_hint=2) or (None, [])
    assert comments(items)[-1].text.startswith("I am still thinking")
    assert comments(items)[-1].text.endswith("thank you for it.")


def test_spaced_text_to_the_end_after_the_last_delimiter_is_no_comment() -> None:
    texts = [line for text in SPOKEN_END for line in (text, "")]
    _, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert all("still thinking" not in item.text for item in comments(items))


SHORT_POST = [
    "Harbour Trust Notes",
    "Thanks to everyone who walked the new quay with us on Sunday and sent photos.",
    "The next walk starts at the kiosk at nine.",
    "- The Trust",
    "1 comment:",
    "Lovely morning, the herons were out!",
    "When is the walk after that one?",
    "Post a Comment",
]


def test_a_short_post_too_short_to_plan_keeps_its_comments_under_a_count() -> None:
    from corpusparse import parse

    article = parse("\n".join(SHORT_POST)).articles[0]
    assert [comment.text for comment in article.comments] == [
        "Lovely morning, the herons were out!\nWhen is the walk after that one?"
    ]
    assert all("herons" not in paragraph.text for paragraph in article.body)


def test_a_count_under_the_head_of_a_short_post_opens_no_comments() -> None:
    from corpusparse import parse

    texts = [SHORT_POST[0], SHORT_POST[4], *SHORT_POST[1:3], SHORT_POST[6]]
    article = parse("\n".join(texts)).articles[0]
    assert article.comments == ()


def test_readers_in_the_first_person_start_a_section_with_no_strong_voice() -> None:
    texts = [
        *TRAF_REPORT,
        "The operator will publish the full list of crossings on its notice board.",
        "I really hope the early boat comes back, it got me to work on time!",
        "this timetable looks fine for the weekend but not for the school run.",
        "I could take the second crossing, though the café on board is closed.",
        "The queue last Saturday went past the kiosk! My ticket still worked.",
    ]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(7, "voice")
    assert len(comments(items)) == 1


def test_exclaiming_copy_with_no_first_person_starts_no_section() -> None:
    texts = [
        *TRAF_REPORT,
        "The operator will publish the full list of crossings on its notice board.",
        "Here at the harbour shop, every ticket comes with a free map of the island!",
        "Choosing between a day return and a season ticket is easy with our help!",
        "At the harbour shop, our crews are ready to welcome you aboard this summer!",
        "Happy sailing!",
    ]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None or found[0].kind != "voice"


def test_one_or_two_lines_of_prose_under_the_last_reply_line_are_comments() -> None:
    last = [
        "Is the kiosk open on Mondays too, or only at the weekend for now?",
        "We saw the herons again this morning, thanks for the tip about the tide.",
    ]
    for tail in (last[:1], last):
        _, items = read_comment_section([*DELIMITED, *tail], body_end_hint=2) or (None, [])
        assert comments(items)[-1].text == "\n".join(tail)


@pytest.mark.parametrize(
    "tail",
    [
        ["Powered by the harbour trust"],  # short: a footer
        ["- Harbour trust home", "- Contact the harbour office about the walk"],  # a list
        ["Two more lines of the page footer, with the address of the office.", ""] * 2,
    ],
)
def test_a_footer_under_the_last_reply_line_is_no_comment(tail: list[str]) -> None:
    _, items = read_comment_section([*DELIMITED, *tail], body_end_hint=2) or (None, [])
    assert all("harbour trust" not in item.text for item in comments(items))
    assert all("footer" not in item.text for item in comments(items))


# A post quieter than the long thread under it, whose readers mostly speak plainly.
QUIET_POST = [
    "Quay Wall Survey",
    "The council surveyed the old quay wall in March after the winter storms.",
    "Engineers found three sections where the stones had shifted by a few inches.",
    "Repairs will start in June and close the path along the wall for six weeks.",
    "The ferry landing stays open, with a temporary ramp beside the harbour office.",
    "A report with the survey's drawings is on the council's website.",
    "The work is paid for from the coastal fund set up two years ago.",
]
LONG_THREAD = [
    "Thanks for sharing, we walk that path every morning with the dog.",
    "The stones by the steps have looked loose since the big storm in January.",
    "Great news! About time somebody looked at it properly.",
    "Agree, six weeks seems long for three sections of wall!",
    "I hope the ramp is wide enough for prams and bikes.",
    "The drawings show the worst section right under the lamp post.",
    "- the steps by the lifeboat house",  # a reader's list
    "Will the café on the quay stay open while they work?",
    "It did last time, the owner told us so.",
    "The coastal fund paid for the new railings as well.",
    "Somebody should ask about the weekend crossings too.",
    "We will see how it goes in June.",
]


def test_a_long_thread_under_a_quieter_post_starts_where_the_voice_changes() -> None:
    texts = [*QUIET_POST, *LONG_THREAD]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(len(QUIET_POST), "voice")
    assert all(item.first >= len(QUIET_POST) for item in comments(items))


@pytest.mark.parametrize(
    "texts",
    [
        # the run is shorter than the post above it
        [*QUIET_POST, *QUIET_POST[1:], *LONG_THREAD[1:11]],
        # one line of the run speaks as a reader, no more
        [*QUIET_POST, *(line.replace("!", ".") for line in LONG_THREAD[1:]), LONG_THREAD[4]],
        # the post speaks as loudly as the run
        [QUIET_POST[0], *LONG_THREAD[:6], *LONG_THREAD],
    ],
)
def test_a_long_run_that_does_not_outweigh_a_quieter_post_is_no_thread(texts: list[str]) -> None:
    assert read_comment_section(texts, body_end_hint=2) is None


PINGED = [
    *TRAF_REPORT,
    "Which crossing will you take on the first weekend?",
    "We took the early one last year and had the deck to ourselves, lovely.",
    "Pingback: Ferry changes for the summer | Island Diary",
    "The late boat suits us better, the harbour is quiet by then.",
    "Pingback: Four crossings a day | Coast News",
    "Good to know the season tickets stay valid.",
]


def test_comments_between_pingbacks_make_a_section_from_the_first_comment() -> None:
    start, items = read_comment_section(PINGED, body_end_hint=2) or (None, [])
    assert start == SectionStart(7, "voice")
    assert [item.index for item in items if isinstance(item, PingbackItem)] == [8, 10]
    assert [item.first for item in comments(items)] == [7, 9, 11]


@pytest.mark.parametrize(
    "texts",
    [
        [*PINGED[:6], *PINGED[7:]],  # no question to end the article: from the pingback
    ],
)
def test_comments_under_a_pingback_start_at_the_pingback(texts: list[str]) -> None:
    start, _ = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(7, "voice")


@pytest.mark.parametrize(
    "texts",
    [
        [TRAF_REPORT[0], PINGED[8], *TRAF_REPORT[1:], *TRAF_REPORT[1:]],  # high up
        [*PINGED, "- Ferry timetable", "- Harbour office"],  # a list under it
    ],
)
def test_a_pingback_high_up_or_over_a_list_makes_no_section(texts: list[str]) -> None:
    assert read_comment_section(texts, body_end_hint=2) is None


# A post in the first person, signed off, over its readers' replies.
SIGNED_POST = [
    "New Kiosk Posters",
    "I made a few posters of the harbour kiosk last spring for the trust's open day.",
    "The trust printed a hundred of them and they went in an afternoon.",
    "I have uploaded the large ones for anybody who wants to print their own copy.",
    "The small ones fit a postcard and the medium ones fit a notice board.",
    "There are three colours, blue, green and the grey of the old quay wall.",
    "I will add a night version when the new lamps are up on the walk.",
    "See you soon.",
]
SIGNED_REPLIES = [
    "A red one for the lifeboat day too please!",
    "Love them, the grey one is on our kitchen wall already!",
    "The medium ones are a bit dark on our printer.",
    "I think the night version will be the best of the lot.",
]


def test_readers_under_the_authors_sign_off_start_a_section() -> None:
    texts = [*SIGNED_POST, *SIGNED_REPLIES]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(len(SIGNED_POST), "voice")
    assert "\n".join(item.text for item in comments(items)) == "\n".join(SIGNED_REPLIES)


@pytest.mark.parametrize(
    "texts",
    [
        # no sign-off over them: a heading
        [*SIGNED_POST[:-1], "Printing tips", *SIGNED_REPLIES],
        # under the sign-off, no line speaks as a reader (the first person only)
        [*SIGNED_POST, *(line.replace("!", ".") for line in SIGNED_REPLIES[2:]), SIGNED_POST[3]],
    ],
)
def test_lines_under_no_sign_off_or_in_the_posts_voice_start_no_section(
    texts: list[str],
) -> None:
    assert read_comment_section(texts, body_end_hint=2) is None
