"""Which printed date a page's publication time comes from (issue #14).

Every page here is written by hand in the shapes flattened pages show; no
text is taken from a real page.
"""

from __future__ import annotations

import datetime as dt

import corpusparse
from page_text import PARAGRAPH, SECOND

DEK = (
    "The mayor speaks at a meeting in the town hall where the council voted on the"
    " future of the crossing and the boats that serve the villages."
)
MENU = ["Local", "• Crime", "• Sport", "• Business", "• Weather", "• Columnists"]


def _published(lines: list[str]) -> str | None:
    article = corpusparse.parse("\n".join(lines)).articles[0]
    return None if article.published is None else article.published.value.isoformat()[:10]


def test_todays_date_in_the_masthead_yields_to_the_date_under_the_byline() -> None:
    # The page's own date far above the headline, the article's under the dek and byline.
    page = [
        "Skip to content",
        "Subscribe",
        "Thursday, March 7th 2024",
        *MENU,
        "Ferry to stop for the winter",
        DEK,
        "By Ann Lee | ann@example.org",
        "PUBLISHED: March 4, 2024 at 4:56 p.m. | UPDATED: March 4, 2024 at 6:00 p.m.",
        PARAGRAPH,
        SECOND,
    ]
    assert _published(page) == "2024-03-04"


def test_a_masthead_date_stays_when_the_head_prints_none() -> None:
    page = [
        "Skip to content",
        "Subscribe",
        "Thursday, March 7th 2024",
        *MENU,
        "Ferry to stop for the winter",
        DEK,
        "By Ann Lee",
        PARAGRAPH,
        SECOND,
    ]
    assert _published(page) == "2024-03-07"


PARRAFO = (
    "El consejo dijo el lunes que el viejo transbordador dejaría de funcionar a fin de mes,"
    " y que las personas que lo usan todos los días tendrán que buscar otra manera de cruzar"
    " el río hasta que un nuevo barco esté listo en la primavera."
)
SEGUNDO = (
    "Muchos de los que hablaron en la reunión dijeron que no les habían contado nada del"
    " plan, y que sería difícil para ellos llegar a tiempo al trabajo cuando el autobús es"
    " la única manera de llegar a la ciudad desde los pueblos del otro lado."
)


def _spanish_page(date_line: str, *extra: str) -> list[str]:
    return ["Inicio", "El transbordador deja de cruzar", date_line, PARRAFO, SEGUNDO, *extra]


def test_a_numeric_date_that_reads_either_way_is_day_first_on_a_spanish_page() -> None:
    assert _published(_spanish_page("Por Ana Ruiz | 03/05/2022 20:36")) == "2022-05-03"


def test_a_numeric_date_that_reads_either_way_is_month_first_on_an_english_page() -> None:
    page = ["Home", "Ferry to stop for the winter", "By Ann Lee | 03/05/2022", PARAGRAPH, SECOND]
    assert _published(page) == "2022-03-05"


def test_a_date_that_reads_one_way_only_sets_the_order_of_the_page() -> None:
    # An English page whose other dates print the day first (19/04/2022).
    english = ["Home", "Ferry to stop for the winter", "By Ann Lee | 03/05/2022", PARAGRAPH]
    assert _published([*english, SECOND, "Comment posted 19/04/2022"]) == "2022-05-03"
    # A Spanish page whose other dates print the month first (04/19/2022): month first.
    assert _published(_spanish_page("03/05/2022", "Comentario 04/19/2022")) == "2022-03-05"


def test_month_names_in_day_first_order_set_the_order_of_the_page() -> None:
    english = ["Home", "Ferry to stop for the winter", "By Ann Lee | 03/05/2022", PARAGRAPH]
    assert _published([*english, SECOND, "Read next: 4 March 2022", "9 April 2022"]) == "2022-05-03"
    assert _published([*english, SECOND, "Read next: March 4, 2022"]) == "2022-03-05"


def test_dates_that_read_one_way_are_never_swapped() -> None:
    # Year first, dotted, equal day and month, or a day over 12: read as printed.
    assert _published(_spanish_page("2022-03-05")) == "2022-03-05"
    assert _published(_spanish_page("03.05.2022")) == "2022-05-03"
    assert _published(_spanish_page("05/05/2022")) == "2022-05-05"
    assert _published(_spanish_page("Por Ana Ruiz | 23/05/2022")) == "2022-05-23"


def test_a_number_without_a_day_or_a_printed_year_is_no_date() -> None:
    from corpusparse.parsing.dates import read_printed_time
    from corpusparse.parsing.readers import read_head_date

    # A preprint number and a month with its year only: no day is printed.
    assert read_printed_time("2403.01234") is None
    assert read_head_date("preprint:2403.01234 (cs)") is None
    assert read_printed_time("03/2024") is None
    # A year dateutil would make of a stray number: "2 20 March 2024" is no 2002.
    assert read_printed_time("2 20 March 2024") is None
    # Still read: full dates, whatever the separators.
    assert read_printed_time("2024.03.04") is not None
    assert read_printed_time("4 March 2024") is not None


def test_a_head_date_after_a_number_of_the_words_before_it() -> None:
    from corpusparse.parsing.readers import read_head_date

    read = read_head_date("Puzzle notes 2024 week 2 20 March 2024")
    assert read is not None and read[1][1] == dt.date(2024, 3, 20)
    # Near miss: the number before a month name is the day itself.
    read = read_head_date("Notes 8 March 2024")
    assert read is not None and read[1][1] == dt.date(2024, 3, 8)
    # Near miss: the day is not dropped to read the words after it as a date.
    read = read_head_date("By Ann Lee 8 March 2024, 3:51 pm 11 Edit")
    assert read is None or read[1][1] is None or read[1][1].day == 8


def test_a_date_among_the_short_parts_of_a_post_meta_line() -> None:
    from corpusparse.parsing.readers import read_head_date

    line = "by Ann Lee | Mar 4, 2024 | Garden Tools, Winter Care, Seeds and Bulbs | 0 comments"
    assert read_head_date(line) == (False, ("Mar 4, 2024", dt.date(2024, 3, 4)))
    line = "Bo Chan – 04.03.2024 – Column, Small Talk, General, box1, Travel"
    assert read_head_date(line) == (False, ("04.03.2024", dt.date(2024, 3, 4)))
    # An update among the parts is an update.
    line = "By Ann Lee | Updated: Mar 4, 2024 | Gardening, Tools, Seeds, Bulbs, Soil, Compost"
    read = read_head_date(line)
    assert read is not None and read[0]
    page = ["Home", "Ferry to stop for the winter", line.replace("Updated: ", ""), PARAGRAPH]
    assert _published([*page, SECOND]) == "2024-03-04"


def test_no_date_among_parts_that_are_sentences_or_long() -> None:
    from corpusparse.parsing.readers import read_head_date

    sentence = "The vote of Mar 4, 2024 was close, as the mayor had said it would be."
    assert read_head_date(f"Ann Lee | {sentence} | News") is None
    long_part = "a list of every garden tool that the shop on the corner sold in the spring"
    assert read_head_date(f"Ann Lee | Mar 4, 2024 | {long_part}") is None
    # Two parts only: the word count of the whole line decides.
    assert read_head_date("Mar 4, 2024 | Garden Tools, Winter Care, Seeds and Bulbs, Soil") is None


def test_a_press_release_opens_its_first_paragraph_with_the_date() -> None:
    # No head line prints a date: the date opening the first paragraph is the article's.
    for opening in ("14.03.2024 – ", "Harbourtown, 14. März 2024 – ", "(14 March 2024) "):
        page = ["Home", *MENU, "Ferry to stop for the winter", DEK, opening + PARAGRAPH, SECOND]
        assert _published(page) == "2024-03-14", opening
    text = "\n".join(["Ferry to stop", "14.03.2024 – " + PARAGRAPH])
    article = corpusparse.parse(text).articles[0]
    # The paragraph keeps its line: the time is not listed as an element of its own.
    names = [type(element).__name__ for element, _ in article.elements()]
    assert names == ["Headline", "Paragraph"]
    assert article.body[0].text.startswith("14.03.2024 – ")


def test_a_post_footer_or_meta_line_gives_the_date_when_the_head_has_none() -> None:
    footer = (
        "Published: Mar 14, 2024 · Modified: May 2, 2025 by Ann Lee · This post may contain"
        " links to shops that pay us a small fee"
    )
    page = ["Home", "Ferry to stop for the winter", PARAGRAPH, SECOND, footer]
    assert _published(page) == "2024-03-14"
    page = ["Home", "Ferry to stop for the winter", PARAGRAPH, SECOND, "Tina 14. März 2024 Rad"]
    assert _published(page) == "2024-03-14"


def test_no_fallback_date_from_an_update_a_print_date_or_a_sentence() -> None:
    from corpusparse.parsing.readers import read_fallback_date

    for line in (
        "Updated: March 14, 2024",
        "Ausdruck vom 14.03.2024",
        "Copyright © 14.03.2024 by Harbour Ferries Ltd, all rights reserved",
        "The council met on 14 March 2024 and said that the old ferry would stop running at"
        " the end of the month.",
        # A long line whose date stands past its opening part.
        "The council said on Monday, after a long meeting that went on until late into the"
        " night, that on 14.03.2024 – a Thursday – the old ferry would stop.",
    ):
        assert read_fallback_date(line) is None, line
    comment = "Bo Chan 14.03.2024, 10:00"
    page = ["Home", "Ferry to stop", PARAGRAPH, "Comments", "2 comments", comment, SECOND]
    article = corpusparse.parse("\n".join(page)).articles[0]
    assert article.comments, "the page needs a comment section for this test"
    assert article.published is None
    # A date the head gave is kept: the fallback only fills a gap.
    page = ["Home", "Ferry to stop", "March 2, 2024", "14.03.2024 – " + PARAGRAPH, SECOND]
    assert _published(page) == "2024-03-02"


def test_a_post_footer_sentence_or_a_long_posted_on_line_gives_the_date() -> None:
    from corpusparse.parsing.readers import read_fallback_date

    footer = (
        "Dieser Beitrag wurde am 14. März 2024 um 10:12 Uhr von bochan in Garten, Werkzeug,"
        " Winter veröffentlicht. Schlagworte: Saat, Erde."
    )
    assert read_fallback_date(footer) == ("14. März 2024", dt.date(2024, 3, 14))
    posted = (
        "Posted on March 14, 2024April 2, 2024 in Garden Tools, Winter Care, Seeds and Bulbs,"
        " Soil and Compost, News"
    )
    assert read_fallback_date(posted) == ("March 14, 2024", dt.date(2024, 3, 14))
    # Near misses: the phrase without a verb of posting, a long line that opens with neither
    # a date nor a label and has no separator in reach.
    assert read_fallback_date(footer.replace("veröffentlicht", "besprochen")) is None
    sentence = (
        "Bundesrat Bo Chan hat den Garten am 14. März 2024 eröffnet und dabei gesagt, dass er"
        " im Sommer wieder kommen wolle."
    )
    assert read_fallback_date(sentence) is None


def test_a_date_line_read_as_a_comment_right_under_the_headline_is_the_head_date() -> None:
    from corpusparse.model import Span
    from corpusparse.parsing.assemble_times import fallback_published
    from corpusparse.parsing.lines import numbered_lines
    from corpusparse.parsing.rules import Block, Role

    texts = ["Ferry to stop", DEK, "Bo Chan 14.03.2024, 10:00 Uhr", PARAGRAPH, SECOND]
    lines = numbered_lines("\n".join(texts))

    def page(*roles: Role) -> list[Block]:
        return [Block(role, Span(n, n), ()) for n, role in enumerate(roles, 1)]

    # The comment reader took the head's date line for a comment: it still gives the date.
    head = (Role.HEADLINE, Role.DEK, Role.COMMENT, Role.COMMENT_CONTINUATION)
    time = fallback_published(lines, page(*head, Role.COMMENT_CONTINUATION))
    assert time is not None and time.text == "14.03.2024, 10:00 Uhr"
    # A comment after a body paragraph is a comment: the fallback stops there.
    body_first = (Role.HEADLINE, Role.BODY, Role.COMMENT, Role.COMMENT_CONTINUATION, Role.BODY)
    assert fallback_published(lines, page(*body_first)) is None


def test_a_print_date_is_no_publication_date() -> None:
    page = ["Home", "Ausdruck vom 02.04.2024", "News", "Ferry to stop for the winter"]
    page += ["News vom 14.03.2024", PARAGRAPH, SECOND]
    assert _published(page) == "2024-03-14"


def test_a_masthead_date_yields_to_a_date_among_words_under_the_headline() -> None:
    page = ["Skip to content", "Thursday, March 7th 2024", *MENU, "Ferry to stop for the winter"]
    page += ["14. März 2024 Ann Lee Kultur", PARAGRAPH, SECOND]
    assert _published(page) == "2024-03-14"


def test_a_head_date_with_a_count_a_file_number_or_a_repeat_after_it() -> None:
    from corpusparse.parsing.readers import read_head_date

    assert read_head_date("March 14, 2024 39") == (False, ("March 14, 2024", dt.date(2024, 3, 14)))
    assert read_head_date("Ann Lee March 14, 2024 0 Comments") == (
        False,
        ("March 14, 2024", dt.date(2024, 3, 14)),
    )
    read = read_head_date("14.03.2024 09:30 2")
    assert read is not None and read[1][1] == dt.datetime(2024, 3, 14, 9, 30)
    assert read_head_date("Harbourtown, 14.03.2024, 031/24") == (
        False,
        ("14.03.2024", dt.date(2024, 3, 14)),
    )
    assert read_head_date("Tina 14. März 2024 14. März 2024Rad") == (
        False,
        ("14. März 2024", dt.date(2024, 3, 14)),
    )
    # A day glued to its year.
    assert read_head_date("Mar 142024") == (False, ("Mar 142024", dt.date(2024, 3, 14)))
    # Near misses: no day once the words are dropped, a six-digit number that is no day
    # and year, a glued number after no month.
    assert read_head_date("Room 101 12 2024 4") is None
    assert read_head_date("Mar 991234") is None
    assert read_head_date("Case 142024") is None


def test_the_fallback_takes_a_labelled_date_before_a_bare_one() -> None:
    # A teaser in brackets with a date stands above the post's "Posted on" footer.
    teaser = "• Garden links of the week (December 14th 2023)"
    footer = "Posted on March 14, 2024March 20, 2024Author Ann LeeCategories"
    page = ["Home", "Ferry to stop for the winter", PARAGRAPH, teaser, SECOND, footer]
    assert _published(page) == "2024-03-14"
    # Without a labelled one, the first bare date is taken.
    assert _published(page[:-1]) == "2023-12-14"


def test_the_fallback_reads_dates_printed_with_thin_or_no_break_spaces() -> None:
    from corpusparse.parsing.readers import read_fallback_date

    assert read_fallback_date("• 14.\u20093.\u20092024") == ("14. 3. 2024", dt.date(2024, 3, 14))
    line = "Red. / 14.03.2024 \u00a0" + PARAGRAPH
    assert read_fallback_date(line) == ("14.03.2024", dt.date(2024, 3, 14))
    # A no-break space is no separator by itself: the opening must still end in reach.
    assert read_fallback_date("Mehr zum Thema\u00a0" + PARAGRAPH) is None


def test_of_two_dates_run_together_the_earlier_is_the_publication() -> None:
    from corpusparse.parsing.readers import read_head_date

    # Modified date first, published date second: the earlier day is taken.
    assert read_head_date("May 21, 2024April 2, 2024 by Ann Lee") == (
        False,
        ("April 2, 2024", dt.date(2024, 4, 2)),
    )
    assert read_head_date("2024-03-20 10:00 2024-03-14 09:30 Ann Lee") == (
        False,
        ("2024-03-14 09:30", dt.datetime(2024, 3, 14, 9, 30)),
    )
    # Published first: kept. Two dates with words between them are not run together.
    assert read_head_date("April 2, 2024May 21, 2024 by Ann Lee") == (
        False,
        ("April 2, 2024", dt.date(2024, 4, 2)),
    )
    assert read_head_date("May 21, 2024 | Ann Lee | April 2, 2024") == (
        False,
        ("May 21, 2024", dt.date(2024, 5, 21)),
    )


def test_no_fallback_date_from_a_sentence_that_opens_with_a_date() -> None:
    from corpusparse.parsing.readers import read_fallback_date

    assert read_fallback_date("1 January 2000 was the day it rained") is None
    assert read_fallback_date("1 January 2000 was the day - " + PARAGRAPH) is None
    # One function word is no sentence; after a time label any words may follow.
    assert read_fallback_date("1 January 2000 by Ann Lee") is not None
    assert read_fallback_date("Posted on 1 January 2000 in the Garden") is not None


def test_a_short_page_without_a_plan_takes_no_sentence_opening_with_a_date() -> None:
    assert _published(["Ferry", "It rained.", "1 January 2000 was the day it rained"]) is None
    assert _published(["Ferry", "It rained.", "1 January 2000"]) == "2000-01-01"


def test_a_masthead_date_right_above_the_headline_yields_to_the_date_under_it() -> None:
    # The page's top bar prints the day it was shown; the post's date is under the headline.
    page = [
        "Thursday, 7 March 2024",
        "",
        "Ferry to stop for the winter",
        "",
        "4 March 2024 Ann Lee Local",
    ]
    assert _published([*page, PARAGRAPH, SECOND]) == "2024-03-04"
    # A date line alone under the headline, and a labelled one in a byline, are taken too.
    alone = [*page[:4], "4 March 2024", PARAGRAPH, SECOND]
    assert _published(alone) == "2024-03-04"
    labelled = [*page[:4], "by Ann Lee, Staff Published: 04.03.2024", PARAGRAPH, SECOND]
    assert _published(labelled) == "2024-03-04"
    # Near misses: nothing dated under the headline, or only an update, keeps the top date;
    # a date right above the headline under the menu is the article's own.
    assert _published([*page[:4], PARAGRAPH, SECOND]) == "2024-03-07"
    assert _published([*page[:4], "Updated: 4 March 2024", PARAGRAPH, SECOND]) == "2024-03-07"
    deep = ["Skip to content", *MENU, "Thursday, 7 March 2024", *page[1:]]
    assert _published([*deep, PARAGRAPH, SECOND]) == "2024-03-07"


def test_a_date_after_a_company_suffix_and_a_pipe_is_read() -> None:
    from corpusparse.parsing.readers import read_head_date

    # "PLLC" reads as a time zone before the date; the part after the pipe is the date.
    line = "On Behalf of Lee Baker PLLC | Apr 21, 2017 | Personal Injury"
    assert read_head_date(line) == (False, ("Apr 21, 2017", dt.date(2017, 4, 21)))
    # Near misses: no date among the parts, and a part that is no full date.
    assert read_head_date("On Behalf of Lee Baker PLLC | Spring | Personal Injury") is None
    assert read_head_date("On Behalf of Lee Baker PLLC | Apr 2017 | Personal Injury") is None


def test_dates_in_a_list_of_dated_teasers_are_not_the_articles() -> None:
    # A ticker of dated teasers above the headline; the post's date is under it.
    ticker = [
        "• [ March 9, 2024 ] Ten quiet harbours for the winter Travel",
        "• [ March 8, 2024 ] Review: the old ferry inn Reviews",
        "• [ March 7, 2024 ] The lighthouse keepers' guide Guides",
    ]
    page = [
        "Skip to content",
        *MENU,
        *ticker,
        "",
        "Ferry to stop for the winter",
        "",
        "March 4, 2024 12",
    ]
    assert _published([*page, PARAGRAPH, SECOND]) == "2024-03-04"
    # Teasers that print their date after the headline, in the fallback's reach.
    glued = [
        "• Ferry timetable out08.03.2024 - 10:24",
        "• New boats for the crossing07.03.2024 - 09:10",
    ]
    page = ["Home", *glued, "Ferry to stop for the winter", PARAGRAPH, "14.03.2024", SECOND]
    assert _published(page) == "2024-03-14"
    # Near misses: a dated item among items without dates, and a date line with no bullet.
    alone = ["Home", "• Local", "• 7 March 2024", "• Sport", "Ferry to stop for the winter"]
    assert _published([*alone, PARAGRAPH, SECOND]) == "2024-03-07"
    listed = ["Home", "7 March 2024", "• 8 March 2024 Ferry", "Ferry to stop for the winter"]
    assert _published([*listed, PARAGRAPH, SECOND]) == "2024-03-07"


def test_a_time_with_a_meridiem_or_hour_word_ending_in_a_dot_is_no_sentence() -> None:
    from corpusparse.parsing.readers import read_fallback_date, read_head_date

    read = read_fallback_date("6 March 2024 - 2:00 a.\u00a0m.")
    assert read is not None and read[1] == dt.datetime(2024, 3, 6, 2, 0)
    read = read_fallback_date("Miércoles, 6 de Marzo de 2024 a las 07:46hrs.")
    assert read is not None and read[1] == dt.datetime(2024, 3, 6, 7, 46)
    # Near miss: a sentence with a date in it stays a sentence.
    assert read_head_date("The council met on 6 March 2024 and voted.") is None


def test_a_dotted_date_run_into_its_clock_time_is_no_date_of_the_1900s() -> None:
    from corpusparse.parsing.readers import read_fallback_date, read_head_date

    read = read_head_date("annlee06.03.2410:44")
    assert read is not None and read[1][1] == dt.datetime(2024, 3, 6, 10, 44)
    # The time as printed stays a part of the line: no blank is put in.
    assert read[1][0] == "06.03.2410:44"
    read = read_fallback_date("06.03.2410:44")
    assert read is not None and read[1] == dt.datetime(2024, 3, 6, 10, 44)
    assert read[0] in "06.03.2410:44"
    from corpusparse.parsing.readers.dated_names import read_names_by_date

    named = read_names_by_date("Ann Lee 06.03.2410:44")
    assert named is not None and named[0] == ("Ann Lee",)
    assert named[1] == ("06.03.2410:44", dt.datetime(2024, 3, 6, 10, 44))
    # Near misses: a four-digit year with a clock after a blank, and a date alone.
    read = read_head_date("06.03.2024 10:44")
    assert read is not None and read[1][1] == dt.datetime(2024, 3, 6, 10, 44)
    read = read_head_date("Ann Lee 06.03.1998")
    assert read is not None and read[1][1] == dt.date(1998, 3, 6)


def test_the_date_that_opens_a_line() -> None:
    from corpusparse.parsing.readers import read_fallback_date, read_opening_date

    read = read_opening_date("6. März 2024 Neue Fähre für den Winter am See")
    assert read is not None and read[1] == dt.date(2024, 3, 6)
    # A post's long meta line opening with a weekday (German month, English order).
    meta = (
        "Mittwoch, März 6, 2024 12 Allgemein, Garten, Werkzeug, Beete, Balkon, Kübel,"
        " Hochbeet, Kompost, Saatgut Permalink"
    )
    read = read_fallback_date(meta)
    assert read is not None and read[1] == dt.date(2024, 3, 6)
    # Near misses: no day, a year alone, a date run into a word, a month without weekday.
    assert read_opening_date("2024 Olympics: the team is named") is None
    assert read_opening_date("March 2024 in review") is None
    assert read_opening_date("6 March 2024x the ferry") is None
    long = "March 6, 2024 Harbour Conference Lakeside, where the boats of the region meet"
    assert read_fallback_date(long + " for three days of talks") is None


def test_a_date_that_opens_the_headline_is_the_articles() -> None:
    title = "6. März 2024 Ministerin Bauer: Mit den Gemeinden eine neue Fähre für den Winter planen"
    page = ["Home", "", title, "", PARAGRAPH, SECOND]
    assert _published(page) == "2024-03-06"
    # A date in a menu far below stays out when the headline has one.
    menu = ["• Archiv", "• Geschichte des Hafens vom 1. Oktober 1920"]
    assert _published([*page, *menu]) == "2024-03-06"
    # Near misses: a headline that is a sentence opening with a date, and one that
    # opens with a number and no date.
    title = "6 March 2024 was the day the ferry stopped for the winter on the lake"
    assert _published(["Home", "", title, "", PARAGRAPH, SECOND]) is None
    title = "10 Fähren für den Winter: Was die Gemeinden am See mit den neuen Booten planen"
    page = ["Home", "", title, "", PARAGRAPH, SECOND]
    assert _published(page) is None


def test_a_date_under_a_time_label_printed_alone() -> None:
    # The label ends with a colon, yet its line is no sentence the date ends.
    head = ["Home", "", "Ferry to stop for the winter", "", PARAGRAPH]
    later = [SECOND, PARAGRAPH, "1 March 2024 Harbour news"]
    page = [*head, "Published:", "6 March 2024 Harbour news", *later]
    assert _published(page) == "2024-03-06"
    page = [*head, "Veröffentlicht am:", "6. März 2024 Hafen", *later]
    assert _published(page) == "2024-03-06"
    # Near misses: an update label alone, and a sentence ending with a colon, keep the
    # date under them out.
    page = [*head, "Updated:", "6 March 2024 Harbour news", *later]
    assert _published(page) == "2024-03-01"
    page = [*head, "The vote was set for:", "6 March 2024 Harbour news", *later]
    assert _published(page) == "2024-03-01"


def test_a_count_run_into_the_year_after_a_month() -> None:
    from corpusparse.parsing.readers import read_fallback_date

    read = read_fallback_date("Gartenwelt annlee7. März 20240")
    assert read is not None and read[1] == dt.date(2024, 3, 7)
    read = read_fallback_date("Ann Lee March 7, 202412")
    assert read is not None and read[1] == dt.date(2024, 3, 7)
    # Near miss: a number of five digits with no month before it is no year.
    assert read_fallback_date("Order 20240 of the shop") is None


def test_a_name_and_a_date_before_a_list_of_categories() -> None:
    from corpusparse.parsing.readers import read_head_date

    read = read_head_date("Ann Lee 25 March 2024 Garden tools, Soil care, Seed saving")
    assert read is not None and read[1][1] == dt.date(2024, 3, 25)
    # Near misses: words after the date that make a sentence, or a list after words
    # that are no name.
    assert read_head_date("Ann Lee 25 March 2024 The council met and voted on it") is None
    line = "Seen in the garden of 25 March 2024 Garden tools, Soil care, Seed saving"
    assert read_head_date(line) is None


def test_a_meta_line_taken_for_the_headline_gives_its_labelled_date() -> None:
    # When the post's meta line is the line taken for the headline, its labelled date
    # is the article's.
    from corpusparse.model import Span
    from corpusparse.parsing.assemble_times import fallback_published
    from corpusparse.parsing.lines import numbered_lines
    from corpusparse.parsing.rules import Block, Role

    def published(meta: str) -> str | None:
        lines = numbered_lines("\n".join([meta, "", PARAGRAPH, "", "1 March 2024"]))
        blocks = [
            Block(Role.HEADLINE, Span(1, 1), ()),
            Block(Role.BODY, Span(3, 3), ()),
            Block(Role.BODY, Span(5, 5), ()),
        ]
        time = fallback_published(lines, blocks)
        return None if time is None or time.value is None else time.value.isoformat()[:10]

    tags = " | Autor: annlee | Abgelegt unter: Garten, Beete | Tags: Kompost, Erde"
    assert published("Veröffentlicht: 07.03.2024" + tags) == "2024-03-07"
    # Near misses: an update label on that line, or a title with a date inside it.
    assert published("Aktualisiert: 07.03.2024" + tags) == "2024-03-01"
    assert published("Was der Garten am 7. März 2024 uns lehrte") == "2024-03-01"


def test_a_byline_with_two_dates_side_by_side_and_a_tag() -> None:
    # The published and modified dates of a post printed together: the earlier one.
    from corpusparse.parsing.readers import read_head_date

    read = read_head_date("By Ann Lee March 12, 2024 March 13, 2024 \u00a0gardening")
    assert read is not None and read[1][1] == dt.date(2024, 3, 12)
    # Near miss: words that are no date after the first one still count.
    assert read_head_date("By Ann Lee March 12, 2024 and then came the ferry home") is None


def _times(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    article = corpusparse.parse("\n".join(lines)).articles[0]
    published, updated = article.published, article.updated
    return (
        None if published is None else published.value.isoformat()[:10],
        None if updated is None else updated.value.isoformat()[:10],
        None if article.dek is None else article.dek.text,
    )


def test_a_time_label_alone_over_its_time_in_the_head() -> None:
    # The label and its time are one time block of two lines: the label is no dek.
    head = ["Ferry to stop for the winter"]
    page = [*head, "Posted on", "March 4, 2024", PARAGRAPH, SECOND]
    assert _times(page) == ("2024-03-04", None, None)
    roles = [role.role for role in corpusparse.line_roles("\n".join(page))]
    assert roles[:3] == ["headline", "time", "time"]
    # An update label's time is the update time, never the publication time.
    page = [*head, "Last updated:", "March 4, 2024", PARAGRAPH, SECOND]
    assert _times(page) == (None, "2024-03-04", None)
    page = [*head, "Stand", "4.3.2024, 16:41 Uhr", PARAGRAPH, SECOND]
    assert _times(page) == (None, "2024-03-04", None)
    # A blank line between them: the time is still the update time.
    page = [*head, "Updated on", "", "March 4, 2024", PARAGRAPH, SECOND]
    assert _times(page)[:2] == (None, "2024-03-04")
    # Near misses: a short line over the time stays the dek, and a label over a
    # paragraph is no time.
    page = [*head, "The crossing closes", "March 4, 2024", PARAGRAPH, SECOND]
    assert _times(page) == ("2024-03-04", None, "The crossing closes")
    page = [*head, "Updated:", PARAGRAPH, SECOND]
    assert _times(page)[:2] == (None, None)


def test_no_fallback_publication_time_under_an_update_label_alone() -> None:
    # The article has its update time already; the page prints the label again lower
    # down, over the same date: that date is no publication time either.
    page = [
        "Ferry to stop for the winter",
        "Updated:",
        "March 4, 2024",
        PARAGRAPH,
        SECOND,
        "Share",
        "Updated:",
        "March 4, 2024",
        "Tags",
    ]
    assert _times(page)[:2] == (None, "2024-03-04")


ABSATZ = (
    "Der Rat sagte am Montag, dass die alte Fähre Ende des Monats den Betrieb einstellen"
    " werde und dass die Menschen, die sie jeden Tag nutzen, einen anderen Weg über den"
    " Fluss finden müssten, bis im Frühjahr ein neues Boot bereitsteht."
)


def test_a_post_footer_sentence_outside_the_zone_the_fallback_reads() -> None:
    # The post's footer sentence far above the headline (a sidebar "about this post"
    # box), many blocks away: the article's date all the same.
    footer = (
        "Kleine Fähre wurde am 4. März 2024 um 21:05 Uhr gepostet und unter Alltag,"
        " Fluss, Verkehr abgelegt."
    )
    blocks = [["Start"], ["Über diesen Beitrag"], [footer]]
    blocks += [[f"• Beitrag Nummer {n}"] for n in range(1, 9)]
    page = [line for block in blocks for line in (*block, "")]
    page += ["Kleine Fähre", "", ABSATZ, "", ABSATZ]
    assert _published(page) == "2024-03-04"
    # Near misses: two footer sentences of other days (a list of posts) give none,
    # and a page's "last changed" sentence is no footer of publication.
    other = footer.replace("4. März", "9. April")
    twice = [*page[:4], other, "", *page[4:]]
    assert _published(twice) is None
    changed = "Diese Seite wurde zuletzt am 4. März 2024 um 21:05 Uhr geändert."
    assert _published([line.replace(footer, changed) for line in page]) is None


def test_a_post_footer_sentence_that_a_comment_section_took_in() -> None:
    # An event list under the post read as a comment head; the footer sentence under
    # it is still the post's date. A comment's own time stays out of it.
    footer = (
        "Der Beitrag wurde am Montag, den 4. März 2024 um 15:21 Uhr veröffentlicht und"
        " wurde unter Allgemein abgelegt."
    )
    page = [
        "Kleine Fähre",
        "",
        ABSATZ,
        "",
        ABSATZ,
        "",
        "Termin: 08.05.2024, 19 Uhr",
        "",
        "• Ort: Gasthaus am Fluss",
        "• Eintritt: 12,00 €",
        "",
        "Weitere Termine folgen.",
        "",
        footer,
    ]
    assert _published(page) == "2024-03-04"


def test_a_dated_menu_entry_above_the_headline_is_not_the_date() -> None:
    # A menu of links above the headline, one with a title and a short date; the
    # article's labelled date right over its headline wins.
    menu = ["• Start", "• Fähren", "• Frühlingsfest – 15.10.22", "• Archiv", "• Über uns"]
    page = [
        *menu,
        "",
        "Veröffentlicht am 4. März 2024 von Anna",
        "",
        "Kleine Fähre",
        "",
        ABSATZ,
        "",
        ABSATZ,
    ]
    assert _published(page) == "2024-03-04"
    # Near misses: an item the date opens ("• 4. März 2024") in a meta list stays the
    # date, and so does a titled item without list items on both sides.
    meta = ["Kleine Fähre", "• Anna Berg", "• 4. März 2024", "• 3 Kommentare", "", ABSATZ]
    assert _published([*meta, "", ABSATZ]) == "2024-03-04"
    alone = ["Kleine Fähre", "", "• Frühlingsfest – 15.10.22", "", ABSATZ, "", ABSATZ]
    assert _published(alone) == "2022-10-15"
    # A labelled date in a meta list of items is the date too.
    labelled = ["• Teilen", "• Drucken", "• Autorin: Anna Berg", "• Veröffentlicht: 4. März 2024"]
    labelled += ["• 5 Minuten Lesezeit", "• Geprüft von Otto Weg"]
    page = ["Kleine Fähre", "", ABSATZ, "", ABSATZ, "", *labelled, "", "© Die Fähre"]
    assert _published(page) == "2024-03-04"


def test_an_article_head_taken_for_a_comment_gives_its_date() -> None:
    # The page's title first, a menu, then the article's head (a name, a section over
    # the date, the title again, the dek) read as a comment head: its date is the
    # article's.
    title = "Ferries Can Run All Winter—if the River Lets Them"
    dek = "The crossing needs a boat that can break the ice, and the town has none."
    top = ["Skip to main content", title, "Sign In", "Search"]
    top += ["• News", "• Culture", "• Science", "• Travel", "• Weather", "", "Anna Berg", ""]
    tail = ["", dek, "", "• Facebook", "• Twitter", "• Email", PARAGRAPH, "", SECOND]
    page = [*top, "Transport", "03.14.2024 09:00 AM", "", title, *tail]
    assert _published(page) == "2024-03-14"
    # Near misses: a comment head over a reader's words is a comment, whose time is
    # never the article's, and a time under an update label is no publication time.
    reader = "Great piece, thank you for writing it all down for us."
    assert _published([*top, "Transport", "03.14.2024 09:00 AM", "", reader, *tail]) is None
    updated = [*top, "Transport", "Updated", "03.14.2024 09:00 AM", "", title, *tail]
    assert _published(updated) is None
