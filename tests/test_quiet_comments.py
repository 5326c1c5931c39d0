"""Quiet comments: threads that no head of their own shows, found from whole-page shapes.

All names and sentences are invented; only the shapes follow real pages.
"""

from __future__ import annotations

from corpusparse.parsing.comments import (
    CommentItem,
    PingbackItem,
    SectionStart,
    UiItem,
    header_kind,
    read_comment_section,
)
from corpusparse.parsing.comments.quiet import _earlier

POST = [
    "Ferry Timetable Changes",
    "The island ferry will run four crossings a day from the first of May.",
    "The operator said the early boat had carried too few passengers all winter.",
    "Season tickets bought before the change stay valid until their end date.",
    "A second vessel is being refitted at the yard and should join in August.",
]


def comments(items: list[CommentItem | PingbackItem | UiItem]) -> list[CommentItem]:
    return [item for item in items if isinstance(item, CommentItem)]


# A thread that prints under every comment its writer's name, town and own total of
# comments: the count lines are marks of comments, not headers of sections.
PER_COMMENT_THREAD = [
    "Comments (4) Add A Comment",
    "The early boat was always late anyway, so nobody will miss it much.",
    "Harbour Gull",
    "Total Comments (812)",
    "Late or not, it was the only one that reached the mainland before nine.",
    "Tam Orrin",
    "Westbay, NS",
    "Total Comments (37)",
    "then take the bus, it runs at seven and stops right by the yard.",
    "Harbour Gull",
    "Total Comments (812)",
    "The bus takes an hour longer and costs twice as much as the boat did.",
    "Pell Marsh",
    "Total Comments (5)",
    "Comment",
]


def test_a_count_printed_under_every_comment_supports_the_header_above() -> None:
    texts = [*POST, "Most Read", "- Views", "- 512", *PER_COMMENT_THREAD]
    header = texts.index("Comments (4) Add A Comment")
    start, items = read_comment_section(texts, body_end_hint=2, main_end=len(texts) - 1) or (
        None,
        [],
    )
    assert start == SectionStart(header, "count")
    read = comments(items)
    assert len(read) == 4
    assert read[0].text.startswith("The early boat was always late")
    assert read[3].text.startswith("The bus takes an hour longer")


def test_counts_under_the_titles_of_a_related_list_are_no_comment_marks() -> None:
    """Near miss: a related list prints a count under each title (in title case, or
    cut short by an ellipsis); those counts mark no comment, and the last of them is
    no section header supported by the others."""
    related = [
        "Comments (2) Add A Comment",
        "Island Council Votes To Keep The Old Pier Open For Another Summer.",
        "Comments (0)",
        "Ferry Crews Win Award For Safety At Sea...",
        "Comments (12)",
        "Harbour Office Opens A Second Ticket Desk Before The Season.",
        "Comments (3)",
    ]
    texts = [*POST, *related]
    found = read_comment_section(texts, body_end_hint=2, main_end=len(texts) - 1)
    assert found is None or found[0].index != len(POST)


# A short post (a byline and three lines of a report) under which a long thread
# runs: twenty-two readers, a few in a reader's voice, most as quiet as the post,
# two of them naming the author, one reply a list item (so that no later change
# of voice runs to the end in prose).
SHORT_POST = [
    "Pier Lights",
    "May 3, 2012 by Nora Platt",
    "The council switched on the new lights along the pier on Friday evening.",
    "The lamps use a tenth of the power of the old ones, the engineer said.",
    "Here are the photos of the first night.",
]
LONG_THREAD = [
    "I think the old lamps had more charm, but the new ones are brighter.",
    "The second lamp from the end still flickers after dark.",
    "Looks like fun, the photos make the pier look like a postcard.",
    "My daughter counted forty lamps on the way to the end of the pier.",
    "The light reaches the water now, which the anglers will like.",
    "We missed the opening night, and this post was so helpful.",
    "Nora, do you know if they stay on after midnight in the winter?",
    "They switch off at one, according to the notice by the gate.",
    "I walked there last night and the lamps were already dimmed.",
    "The path by the boathouse is still dark though.",
    "A tenth of the power is a real saving for the town :)",
    "Let us hope the gulls leave them alone this time.",
    "The old lamp posts are being sold to residents for ten pounds each.",
    "We bought one for the garden and it still works on a normal bulb.",
    "Someone asked the engineer about the colour and he said it can be changed.",
    "The warm white looks better than the blue of the harbour road.",
    "Is the pier open to bikes again now that the works are done?",
    "Only before eight in the morning, Nora says in the photo captions.",
    "My grandfather fished from that pier every Sunday for fifty years.",
    "He would have liked the lights, he always complained about the dark.",
    "Nice to see the town spending on something everyone can use :)",
    "- and the two lamps by the gate, still off",
]


def test_a_long_thread_under_a_short_post_opens_where_the_voice_changes() -> None:
    texts = [*SHORT_POST, *LONG_THREAD]
    start, items = read_comment_section(texts, body_end_hint=1) or (None, [])
    assert start == SectionStart(len(SHORT_POST), "voice")
    assert "\n".join(item.text for item in comments(items)) == "\n".join(LONG_THREAD)


def test_a_long_thread_that_never_names_the_author_stays_body_in_the_first_third() -> None:
    """Near miss: the same run with no byline above it (a post that goes on in the
    first person, a story) opens no thread in the first third of the text."""
    texts = [SHORT_POST[0], *SHORT_POST[2:], *LONG_THREAD]
    found = read_comment_section(texts, body_end_hint=1)
    assert found is None or found[0].index >= len(texts) // 3


def test_a_long_thread_whose_readers_answer_each_other_by_handle_opens_early() -> None:
    """No byline, but two readers answer others by handle (``@Tam – ...``)."""
    thread = [
        *LONG_THREAD[:8],
        "@Tam – they switch off at one, the notice by the gate says so.",
        *LONG_THREAD[9:14],
        "@ Pell and all: the bikes are allowed before eight only.",
        *LONG_THREAD[15:],
    ]
    texts = [SHORT_POST[0], *SHORT_POST[2:], *thread]
    start, _ = read_comment_section(texts, body_end_hint=1) or (None, [])
    assert start == SectionStart(len(SHORT_POST) - 1, "voice")


def test_decorators_of_a_program_are_no_replies_by_handle() -> None:
    """Near miss: lines that open with ``@`` and one word (a program's decorators)
    answer nobody."""
    thread = [*LONG_THREAD[:8], "@property", *LONG_THREAD[9:14], "@cached", *LONG_THREAD[15:]]
    texts = [SHORT_POST[0], *SHORT_POST[2:], *thread]
    found = read_comment_section(texts, body_end_hint=1)
    assert found is None or found[0].index >= len(texts) // 3


def test_a_change_of_voice_above_a_cadence_of_voices_opens_the_thread() -> None:
    """The first readers speak before their voices recur: the thread opens at the
    change of voice when only prose stands between it and the cadence."""
    texts = ["A plain line of prose, as a reader writes it."] * 50
    cadence = SectionStart(40, "cadence")
    assert _earlier(texts, cadence, SectionStart(30, "voice")) == SectionStart(30, "voice")
    assert _earlier(texts, cadence, SectionStart(45, "voice")) == cadence
    assert _earlier(texts, None, SectionStart(12, "voice")) == SectionStart(12, "voice")
    assert _earlier(texts, cadence, None) == cadence


def test_a_change_of_voice_above_a_call_to_comment_gives_way_to_the_cadence() -> None:
    """Near miss: the article's last lines, down to its call to comment, are no
    readers, however they speak."""
    texts = ["A plain line of prose, as a reader writes it."] * 50
    texts[33] = "I hope yours grow as well. Tell us how it went in the comment section."
    cadence = SectionStart(40, "cadence")
    assert _earlier(texts, cadence, SectionStart(30, "voice")) == cadence
    texts[33] = "Shutters are cheap."
    texts[34] = "Comments"
    assert _earlier(texts, cadence, SectionStart(30, "voice")) == cadence


def test_a_header_alone_in_a_flattened_table_row_is_read() -> None:
    assert header_kind("| 3 comments |  |  |  |  |") == "count"
    assert header_kind("|  |    Comments |  |") == "title"
    # near misses: a row with other cells filled, a row that holds no header
    assert header_kind("| 3 comments | Ann Lee | 2 May 2012 |") is None
    assert header_kind("|  | Page 1 of 4 |  |") is None


def test_comments_in_a_flattened_table_open_at_their_header() -> None:
    texts = [
        *POST,
        "|  |  |  |",
        "| 1 comments |  |  |  |  |",
        "|  |  |",
        "| Tam Orrin |            4 May 2012 at 10:20 am PST           |",
        "|  |            Useful piece, thank you for the timetable.           |",
        "|  |  |",
    ]
    start, items = read_comment_section(texts, body_end_hint=2, main_end=len(texts) - 1) or (
        None,
        [],
    )
    assert start == SectionStart(len(POST) + 1, "count")
    signed = [item for item in comments(items) if item.author == "Tam Orrin"]
    assert len(signed) == 1
    assert "Useful piece" in signed[0].text


QUOTED_POST = [
    "Harbour Film Gets A Trailer",
    "The studio calls the harbour film a tale that will delight every fan of sea stories.",
    "It opens in the spring, with the old lighthouse keeper played by a newcomer.",
    "The trailer shows the pier at night and a storm over the bay.",
    "The producers say the town will host the first screening in the old cinema.",
]


def test_a_reader_quoting_a_cut_of_the_post_opens_the_comments() -> None:
    replies = [
        "“…a tale that will delight every fan of sea stories” is a bold claim for a trailer.",
        "The storm looks like it was drawn on a computer, to be fair.",
    ]
    texts = [*QUOTED_POST, *replies]
    start, items = read_comment_section(texts, body_end_hint=2) or (None, [])
    assert start == SectionStart(len(QUOTED_POST), "voice")
    assert "\n".join(item.text for item in comments(items)) == "\n".join(replies)


def test_an_article_repeating_its_own_quote_whole_keeps_it() -> None:
    """Near miss: a whole quotation printed again (a pull quote, a quote repeated at
    the end of a report) is no reader's cut of the post."""
    texts = [
        *QUOTED_POST,
        "“The studio calls the harbour film a tale that will delight every fan of sea stories.”",
        "The screening is free for residents who book before the end of the month.",
    ]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None


def test_a_cut_quotation_of_nothing_above_is_no_reply() -> None:
    """Near miss: an ellipsis and a quotation that repeats no run of the post's words."""
    texts = [
        *QUOTED_POST,
        "“…the sea has always been our stage,” the director said at the launch on Friday.",
        "The screening is free for residents who book before the end of the month.",
    ]
    found = read_comment_section(texts, body_end_hint=2)
    assert found is None
