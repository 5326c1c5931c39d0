"""The zone stage (`corpusparse.parsing.zones`): the main text, the headline and the chrome.

Every page here is written by hand in the shapes flattened pages show.
"""

from __future__ import annotations

import corpusparse
from corpusparse.model import BoilerplateKind
from corpusparse.parsing.readers import read_residue
from corpusparse.parsing.zones import (
    LineClass,
    PagePlan,
    classify_line,
    plan_above_comments,
    plan_page,
    stopword_density,
)
from page_text import PARAGRAPH, SECOND


def test_lines_are_classed_by_length_and_stopwords() -> None:
    assert classify_line("Menu") == LineClass.SHORT
    assert classify_line(PARAGRAPH) == LineClass.GOOD
    assert classify_line("Alpha Beta Gamma Delta " * 10) == LineClass.BAD
    assert 0.3 < stopword_density(PARAGRAPH) < 0.7
    assert stopword_density("") == 0.0


def test_a_text_without_running_text_gets_no_plan() -> None:
    assert plan_page(["Storm hits", "It rained.", "TT"]) is None
    assert plan_page([]) is None


def test_the_headline_is_the_line_with_a_byline_under_it() -> None:
    texts = ["Valley Herald", "News", "Sport", "Ferry to stop for the winter", "By Ann Lee"]
    plan = plan_page([*texts, PARAGRAPH, SECOND])
    assert plan is not None
    assert (plan.headline, plan.body_start, plan.body_end) == (3, 5, 6)


def test_a_page_reads_menus_as_chrome_and_the_byline_under_the_headline() -> None:
    text = "\n".join(
        [
            "Valley Herald",
            "Home",
            "News",
            "Ferry to stop for the winter",
            "Bo Chan",
            "March 4, 2024",
            PARAGRAPH,
            SECOND,
            "Copyright 2024 Valley Herald. All rights reserved.",
        ]
    )
    article = corpusparse.parse(text).articles[0]
    assert article.headline is not None and article.headline.text == "Ferry to stop for the winter"
    assert article.authors == ("Bo Chan",)
    assert article.published is not None and str(article.published.value) == "2024-03-04"
    assert [p.text for p in article.body] == [PARAGRAPH, SECOND]
    kinds = {item.text: item.kind for item in article.boilerplate}
    assert kinds["Home"] is BoilerplateKind.PAGE
    assert kinds["Copyright 2024 Valley Herald. All rights reserved."] is BoilerplateKind.PAGE


def test_an_extractors_text_opens_with_its_headline() -> None:
    # One paragraph a line, no blank line: the first line is the headline even
    # when a line further down has more evidence of its own.
    texts = ["Ferry to stop for the winter", "Related story about boats", "By Ann Lee"]
    plan = plan_page([*texts, PARAGRAPH, SECOND])
    assert plan is not None and plan.headline == 0


def test_a_title_printed_with_the_site_name_yields_to_its_plain_printing() -> None:
    texts = ["Ferry to stop for the winter - Valley Herald", "", "Ferry to stop for the winter"]
    plan = plan_page([*texts, "", PARAGRAPH, "", SECOND])
    assert plan is not None and plan.headline == 2


def test_a_breadcrumb_or_a_share_bar_is_no_headline() -> None:
    texts = [
        "News / Local / Transport",
        "",
        "Share Tweet Email",
        "",
        "Ferry to stop for the winter",
    ]
    plan = plan_page([*texts, "", PARAGRAPH, "", SECOND])
    assert plan is not None and plan.headline == 4


def test_a_photo_credit_over_the_headline_is_no_headline() -> None:
    texts = [
        "Werbung",
        "• 3. März 2024",
        "• 12:30",
        "• von: Ida Moll",
        "Foto: Otto Weg/Bildagentur",
    ]
    dek = (
        "Die Fähre über den See fährt nicht mehr, der Stadt fehlt das Geld, und die Pendler"
        " müssen nun einen weiten Umweg fahren."
    )
    plan = plan_page([*texts, "", "Fähren immer seltener", "", dek, "", PARAGRAPH, "", SECOND])
    assert plan is not None and plan.headline == 6


def test_skip_links_and_cookie_banner_titles_are_navigation_and_consent() -> None:
    for line in (
        "Zum Inhalt springen",
        "Zum Inhalt wechseln",
        "Aller au contenu",
        "Skip navigation",
    ):
        assert read_residue(line) is BoilerplateKind.NAVIGATION, line
    for line in (
        "Diese Seite benutzt Cookies.",
        "This website uses cookies",
        "Ce site utilise des cookies",
    ):
        assert read_residue(line) is BoilerplateKind.CONSENT, line
    # near misses: a sentence about a skip link or about cookies is no UI line
    assert read_residue("Zum Inhalt des Vertrags äußerte sich niemand") is None
    assert read_residue("Cookies are small files a site stores on your computer") is None


def test_share_bars_credits_and_script_errors_are_no_headline() -> None:
    for line in (
        "Share on Facebook Tweet on Twitter Pin on Pinterest",
        "Auf Facebook teilen Auf WhatsApp teilen",
        "Die Fähre am Steg im Morgennebel © Agentur / Otto Weg",
        "Warning: db_connect(): Access denied for user in /srv/site/db.php on line 12",
    ):
        plan = plan_page([line, "", "Ferry to stop for the winter", "", PARAGRAPH, "", SECOND])
        assert plan is not None and plan.headline == 2, line
    # near misses: a title naming a network, a title with a colon
    for line in ("Facebook to shut its news tab in Europe", "Warning: the ferry stops on Monday"):
        plan = plan_page([line, "By Ann Lee", PARAGRAPH, "", SECOND])
        assert plan is not None and plan.headline == 0, line


def test_a_posts_meta_line_under_its_title_is_head_evidence_not_a_headline() -> None:
    meta = (
        "Veröffentlicht: 04.03.2024 | Autor: otto | Abgelegt unter: Kamera X100, Fotografie,"
        " Reisen | Tags: Abendlicht, Gegenlicht, Hafen, Möwen, Nebel, Winter |3 Kommentare"
    )
    texts = ["Menü", "", "← Ältere Bilder", "Neuere Bilder →", "", "Hafenbilder (3)", "", meta]
    plan = plan_page([*texts, "", "Der Hafen schläft noch…", "", PARAGRAPH, "", SECOND])
    assert plan is not None and plan.headline == 5


def test_the_items_of_a_table_of_contents_are_no_headline() -> None:
    items = ["Wann fährt die Fähre?", "Was kostet die Fahrt?", "Wer darf mitfahren?"]
    texts = ["Fähre im Winter", "", "Inhalt", *items, "", "Reisen, Nachrichten", "7. März 2024"]
    plan = plan_page([*texts, "", PARAGRAPH, "", items[0], "", SECOND])
    assert plan is not None and plan.headline == 0
    # near miss: a title after the blank line that ends the contents is a candidate
    texts = ["• Start", "Inhalt", "", "Fähre im Winter", "7. März 2024", "", PARAGRAPH, "", SECOND]
    plan = plan_page(texts)
    assert plan is not None and plan.headline == 3


def test_log_in_sign_up_and_search_prompts_are_no_headline() -> None:
    for line in (
        "Noch kein Account? Jetzt anmelden",
        "Can't sign in? Forgot your password?",
        "Was möchtest du suchen?",
        "Ingrese o regístrese para guardar sus artículos",
    ):
        texts = [
            "• News",
            "• Sport",
            "",
            "Ferry to stop for the winter",
            "",
            "• Weather",
            "• Letters",
        ]
        plan = plan_page([*texts, "", line, "7 March 2024", "", PARAGRAPH, "", SECOND])
        assert plan is not None and plan.headline == 3, line
    # near miss: a title about logging is a title
    plan = plan_page(["Loggers sign deal with the town", "By Ann Lee", PARAGRAPH, "", SECOND])
    assert plan is not None and plan.headline == 0


def test_a_title_with_a_colon_or_a_number_over_its_date_is_no_name() -> None:
    for title in ("Harbour Notes: Ferry Ends", "Ferry Timetable 2024", "Plover, M45"):
        texts = [title, "", "March 4, 2024 | Filed under: Travel", "", "Second Look Here", ""]
        plan = plan_page([*texts, PARAGRAPH, "", SECOND])
        assert plan is not None and plan.headline == 0, title
    # near miss: a name over the date stays a name (the title is the line above it)
    texts = ["Ferry to stop for the winter", "", "Ann Lee", "March 4, 2024", ""]
    plan = plan_page([*texts, PARAGRAPH, "", SECOND])
    assert plan is not None and plan.headline == 0


def test_a_cookie_or_browser_notice_above_the_head_does_not_open_the_main_text() -> None:
    cookies = (
        "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Seite zu bieten,"
        " und bitten Sie, der Verwendung zuzustimmen; Sie können die Einwilligung jederzeit"
        " in den Einstellungen widerrufen."
    )
    browser = (
        "You are using a browser version with limited support for this page. For the best"
        " experience we recommend that you use a more up to date browser and turn off the"
        " compatibility mode in your settings."
    )
    for notice in (cookies, browser):
        texts = [notice, "", notice, "", "• News", "Ferry to stop for the winter", "By Ann Lee"]
        plan = plan_page([*texts, "", PARAGRAPH, "", SECOND])
        assert plan is not None and plan.headline == 5, notice[:20]
    # near miss: an article about baking cookies opens its main text as ever
    baking = (
        "The cookies we bake for the winter fair use the butter of the farm on the hill,"
        " and the recipe has not changed in the hundred years that the fair has been held."
    )
    plan = plan_page(["Fair opens", "", baking, "", baking, "", "Bakers meet", PARAGRAPH])
    assert plan is not None and plan.headline == 0 and plan.body_start == 2


def test_runs_of_short_lines_inside_the_body_are_chrome() -> None:
    bar = ["Share", "Facebook", "Twitter", "Email", "Print", "Copy link"]
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, *bar, SECOND, PARAGRAPH])
    article = corpusparse.parse(text).articles[0]
    assert [p.text for p in article.body] == [PARAGRAPH, SECOND, PARAGRAPH]
    assert [item.text for item in article.boilerplate] == bar


def test_a_short_subheading_inside_the_body_stays_body() -> None:
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, "What happens next", SECOND])
    article = corpusparse.parse(text).articles[0]
    assert [p.text for p in article.body] == [PARAGRAPH, "What happens next", SECOND]


def test_a_date_anywhere_before_the_comments_gives_the_publication_time() -> None:
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, "4 March 2024", PARAGRAPH])
    article = corpusparse.parse(text).articles[0]
    assert article.published is not None and str(article.published.value) == "2024-03-04"
    assert [p.text for p in article.body] == [PARAGRAPH, SECOND, PARAGRAPH]


def test_a_label_over_the_headline_is_its_section() -> None:
    head = ["Valley Herald", "Subscribe for the whole story, on every device you own.", "Transport"]
    texts = [*head, "Ferry to stop for the winter", "By Ann Lee", PARAGRAPH, SECOND]
    plan = plan_page(texts)
    assert plan is not None
    assert (plan.headline, plan.section) == (3, 2)
    article = corpusparse.parse("\n".join(texts)).articles[0]
    assert article.section is not None
    assert (article.section.text, article.section.span.start) == ("Transport", 3)
    assert [item.role for item in corpusparse.line_roles("\n".join(texts))][2] == "section"


def test_menu_items_names_and_page_ui_are_no_section() -> None:
    for label in ("Menu", "Sign in", "Ann Lee", "news.example", "Home › Transport"):
        texts = ["Valley Herald", "A line of page chrome here", label]
        plan = plan_page([*texts, "Ferry to stop for the winter", "By Ann Lee", PARAGRAPH])
        assert plan is not None and plan.headline == 3, label
        assert plan.section is None, label
    menu = ["Valley Herald", "News", "Sport", "Transport", "Ferry to stop for the winter"]
    plan = plan_page([*menu, "By Ann Lee", PARAGRAPH, SECOND])
    assert plan is not None and plan.headline == 4
    assert plan.section is None  # the last item of a menu


def test_a_headline_run_together_with_its_kicker_gives_way_to_its_plain_printing() -> None:
    for glued in ("Transport Ferry to stop for the winter", "3. Ferry to stop for the winter"):
        texts = ["Valley Herald", glued, "Ferry to stop for the winter", "By Ann Lee"]
        plan = plan_page([*texts, PARAGRAPH, SECOND])
        assert plan is not None and plan.headline == 2, glued


def test_a_line_holding_a_full_date_is_no_headline_beside_a_title() -> None:
    texts = ["Valley Herald", "Transport news of 12 March 2024 from the valley", "Ferry to stop"]
    plan = plan_page([*texts, "By Ann Lee", PARAGRAPH, SECOND])
    assert plan is not None and plan.headline == 2


def test_a_comment_link_under_the_headline_does_not_end_the_body() -> None:
    body = [PARAGRAPH, SECOND] * 6
    head = ["Valley Herald", "Ferry to stop for the winter", "By Ann Lee", body[0]]
    article = corpusparse.parse("\n".join([*head, "Leave a comment", *body[1:]])).articles[0]
    assert len(article.body) == len(body)
    assert not article.comments
    assert [item.text for item in article.boilerplate][-1] == "Leave a comment"


def test_a_bare_comments_label_in_the_share_bar_opens_no_section() -> None:
    body = [PARAGRAPH, SECOND] * 6
    head = ["Valley Herald", "Ferry to stop for the winter", "By Ann Lee", "12 March 2024"]
    bar = ["Comments", "Read Later", "Copy link", "Email", "Print"]
    credit = ["By Ann Lee", "Transport Editor", "12 March 2024"]
    text = "\n\n".join([*head, body[0], *bar, *credit, *body[1:]])
    article = corpusparse.parse(text).articles[0]
    assert not article.comments
    assert len(article.body) == len(body)
    # Near miss: the same label over comments signed one after another is a section.
    signed = [
        line
        for name, minute in (("Tom Orr", 1), ("Kim Roe", 2), ("Lee Ash", 3))
        for line in (COMMENT, f"Posted by: {name} | Mar 12, 2024 2:0{minute}:00 PM")
    ]
    text = "\n\n".join([*head, body[0], "Comments", *signed, *body[1:]])
    article = corpusparse.parse(text).articles[0]
    assert [comment.author for comment in article.comments][:3] == ["Tom Orr", "Kim Roe", "Lee Ash"]


def test_a_loose_byline_or_a_date_among_words_is_head_evidence() -> None:
    head = ["Valley Herald", "Ferry to stop for the winter"]
    byline = "von Kim_Roe Veröffentlicht am 4. März 2024"
    subheading = "What the new ferry will look like"
    plan = plan_page([*head, byline, "Share0Tweet0", subheading, PARAGRAPH])
    assert plan is not None and plan.headline == 1


COMMENT = (
    "I have taken that ferry to work for eleven years and I can tell you that the new"
    " timetable will not work, since the bus from the far side only runs twice an hour."
)


def test_a_post_above_comments_that_outweigh_it_is_planned_on_its_own() -> None:
    top = ["Valley Log", "Ferry to stop for the winter", PARAGRAPH, SECOND]
    section = ["Related", "• The night bus", "4 Comments"]
    comments = [line for name in ("Tom", "Kim", "Lee") for line in (f"{name} says:", COMMENT)]
    texts = [*top, *section, *comments]
    misread = PagePlan(headline=4, head_start=4, body_start=5, body_end=12, chrome=frozenset())
    above = plan_above_comments(texts, misread, 6)
    assert above is not None
    assert (above.body_start, above.body_end) == (2, 3)
    # Near misses: a section below the main text's end, or after a main text of its own.
    assert plan_above_comments(texts, misread, 12) is None
    long_opening = [*top, "Related", *[PARAGRAPH, SECOND] * 3, *section, *comments]
    plan = PagePlan(headline=4, head_start=4, body_start=5, body_end=20, chrome=frozenset())
    assert plan_above_comments(long_opening, plan, 12) is None


def test_a_blog_post_footer_is_residue() -> None:
    for line in (
        "This entry was posted in Ferries. Bookmark the permalink.",
        "This entry was posted on Monday, March 4th, 2024 at 9:15 am and is filed under Town.",
        "You can follow any responses to this entry through the RSS 2.0 feed.",
        "Post a comment or leave a trackback: Trackback URL.",
        "Both comments and pings are currently closed.",
    ):
        assert read_residue(line) is BoilerplateKind.NAVIGATION, line
    for line in (
        "This entry was the hardest one to write, and the ferry was late again.",
        "This post was posted by hand to the council in March.",
        "You can follow the river path to the old quay.",
    ):
        assert read_residue(line) is None, line


def test_a_quotation_in_guillemets_and_one_long_word_may_be_headlines() -> None:
    texts = ["Valley Herald", "• News", "»Die Fähre bleibt im Winter stehen«", "By Ann Lee"]
    plan = plan_page([*texts, PARAGRAPH, SECOND])
    assert plan is not None and plan.headline == 2
    plan = plan_page(["• News", "• Sport", "Fährenfahrplanänderung", "By Ann Lee", PARAGRAPH])
    assert plan is not None and plan.headline == 2


BIO = (
    "Ann Lee has written about the valley and the people who live along the river for the"
    " paper since she left the university, and she lives on the far side with her family"
    " and two old dogs, and in the summer she takes the ferry across every single day."
)


def test_the_main_text_ends_at_a_share_bar_before_a_later_long_line() -> None:
    head = ["Valley Herald", "", "Ferry to stop for the winter", "By Ann Lee", ""]
    body = [PARAGRAPH, "", SECOND, ""]
    chrome = ["Share this article", "Twitter", "Facebook", "Email", "Print", "Related", "Menu"]
    texts = [*head, *body, *chrome, "", BIO]
    plan = plan_page(texts)
    assert plan is not None and plan.body_end < texts.index(BIO)
    article = corpusparse.parse("\n".join(texts)).articles[0]
    assert BIO not in [paragraph.text for paragraph in article.body]
    # A subheading and a photo line between paragraphs do not end it.
    texts = [*head, PARAGRAPH, "", "What the new boat will be like", "Photo: Bo Chan", "", SECOND]
    article = corpusparse.parse("\n".join(texts)).articles[0]
    assert SECOND in [paragraph.text for paragraph in article.body]


def test_a_lone_residue_label_amid_the_main_text_does_not_end_it() -> None:
    head = ["Valley Herald", "", "Ferry to stop for the winter", "By Ann Lee", ""]
    top = [PARAGRAPH, SECOND, PARAGRAPH, SECOND, PARAGRAPH, SECOND]
    stops = [f"• Stop {name}" for name in ("North", "Mill", "Quay", "Bridge", "Dock", "Oak")]
    later = [BIO, PARAGRAPH, SECOND, BIO]
    texts = [*head, *top, "", *stops, "", "Sponsored", "", *later]
    plan = plan_page(texts)
    assert plan is not None and plan.body_end == len(texts) - 1
    # Near miss: the label beside other residue is a share bar, and the text ends there.
    texts = [*head, *top, "", *stops, "", "Sponsored", "Share", "Email", "", *later]
    plan = plan_page(texts)
    assert plan is not None and plan.body_end < texts.index("Sponsored")


def test_the_headline_is_the_title_whose_words_the_main_text_repeats() -> None:
    story = (
        "The old ferry across the river will stop for the winter, the council said, and"
        " the people who take it every morning will have to go round by the bridge."
    )
    decoy = "Weather and roads across the valley: what to expect today"
    texts = ["Valley Herald", "", "Ferry to stop for the winter", "", decoy]
    plan = plan_page([*texts, "", story, "", SECOND])
    assert plan is not None and plan.headline == 2
    # Near miss: the same lines over a text about the weather.
    weather = "What to expect today: rain on the hills, and the roads across the valley are wet."
    plan = plan_page([*texts, "", weather + " " + SECOND, "", SECOND])
    assert plan is not None and plan.headline == 4


def test_a_head_under_the_whole_main_text_is_no_headline() -> None:
    post = ["Valley Log", "", "Ferry to stop for the winter", "", PARAGRAPH, SECOND, ""]
    rules = ["Rules of the ferry draw", "Posted on 12 March 2024 in NEWS", ""]
    comments = ["Comments", "", "I will miss it!", "Posted by: Tom | 12 March 2024 at 2:00 PM"]
    plan = plan_page([*post, *rules, *comments])
    assert plan is not None and plan.headline == 2
    assert plan.body_start == 4
    # Near miss: a promo opening the main text, and the main text going on under the head.
    texts = [*post[:2], PARAGRAPH, "", *rules, PARAGRAPH, SECOND, BIO, SECOND]
    plan = plan_page(texts)
    assert plan is not None and plan.headline == 4


def _body(text: str) -> list[str]:
    return [p.text for p in corpusparse.parse(text).articles[0].body]


def test_an_extractors_body_runs_on_through_its_lists_and_tables() -> None:
    # Dense text (no blank line): short headings over a table, short list items.
    tail = [
        "Weekly basket",
        "Fresh things",
        "| Item | For one | For two |",
        "| Pears | 2 | 4 |",
        "Before you go",
        "- Oats",
        "- A jar of honey for the cold mornings",
    ]
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, *tail])
    assert _body(text) == [PARAGRAPH, SECOND, *tail]


def test_an_extractors_body_stops_at_sentences_far_from_it_and_at_a_related_list() -> None:
    # Near misses: after two short lines a plain sentence is a reader's note, not
    # the body; a related list's header ends the body, lists under it included;
    # a list of titles with their dates is a related list.
    note = [
        "Would I take it again",
        "Would I pay for it",
        "I think the new boat will be late again.",
    ]
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, *note])
    assert _body(text) == [PARAGRAPH, SECOND]
    related = ["Related Articles", "Read these next", "- The night bus is back", "- Bridge work"]
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, *related])
    assert _body(text) == [PARAGRAPH, SECOND]
    dated = ["- The Night Bus Is Back - March 4, 2024", "- Bridge Work Starts - May 2, 2024"]
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, *dated])
    assert _body(text) == [PARAGRAPH, SECOND]
    # A page with blank lines keeps the narrower reading: its lists after the
    # main text are page chrome.
    text = "\n\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, *tail_of_a_page()])
    assert _body(text) == [PARAGRAPH, SECOND]


def tail_of_a_page() -> list[str]:
    return ["More from us", "Our boats", "- Oats", "- A jar of honey"]


def test_a_lone_label_amid_an_extractors_text_does_not_end_its_body() -> None:
    # A related link between the paragraphs: the sentence under it is still body.
    after = "It will run every hour from Monday, the council said."
    link = "RELATED: The night bus is back"
    text = "\n".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, link, after])
    assert _body(text) == [PARAGRAPH, SECOND, after]
    # Near miss: a share bar's line with no running text under it ends the body.
    text = "\n".join(
        ["Ferry to stop for the winter", PARAGRAPH, SECOND, "Share this article", "- Oats"]
    )
    assert _body(text) == [PARAGRAPH, SECOND]


def _fairs(heads: list[str]) -> str:
    lines = ["Ten boat fairs to visit next year", PARAGRAPH]
    for head in heads:
        lines += [head, SECOND, PARAGRAPH]
    return "\n".join(lines)


def test_a_listing_of_dated_entries_at_the_top_of_the_text_is_no_comment_section() -> None:
    # Each entry under a place and its dates: the cadence of comment heads, but
    # calendar days only, from the first part of the main text on.
    heads = [
        "Northbay, Riverland: January 6–9, 2026",
        "Eastmoor, Hillshire: March 2–5, 2026",
        "Lowford, Westvale: April 13–16, 2026",
        "Southport, Greenmere: June 10–11, 2026",
    ]
    article = corpusparse.parse(_fairs(heads)).articles[0]
    assert not article.comments
    assert len(article.body) == 13
    released = "\n".join(
        [
            "Three new books for the winter",
            PARAGRAPH,
            *(
                line
                for day in ("June 17", "May 2", "April 3")
                for line in ("Released:", f"{day}, 2025 by", "Harbour Books", SECOND, PARAGRAPH)
            ),
        ]
    )
    article = corpusparse.parse(released).articles[0]
    assert not article.comments


def test_a_thread_with_clock_times_or_after_the_article_stays_a_comment_section() -> None:
    # Near misses: the same heads with a clock time are a thread; so are
    # date-only heads that open after the article's main text.
    timed = [f"Tom Orr: March {day}, 2026 at 2:1{day} PM" for day in range(2, 6)]
    assert corpusparse.parse(_fairs(timed)).articles[0].comments
    post = [PARAGRAPH, SECOND] * 6
    heads = [f"Kim Roe: March {day}, 2026" for day in range(2, 6)]
    thread = [line for head in heads for line in (head, COMMENT)]
    text = "\n".join(["Ferry to stop for the winter", *post, *thread])
    assert [c.author for c in corpusparse.parse(text).articles[0].comments] == ["Kim Roe"] * 4


def test_a_main_text_on_one_line_or_under_a_time_is_body_not_headline_or_dek() -> None:
    # An extractor's text run together on one line, its title at the front.
    one_line = " ".join(["Ferry to stop for the winter", PARAGRAPH, SECOND, PARAGRAPH])
    article = corpusparse.parse(one_line).articles[0]
    assert article.headline is None
    assert [p.text for p in article.body] == [one_line]
    # The whole article on one line over its time: body, not the dek.
    long = " ".join([PARAGRAPH, SECOND, PARAGRAPH])
    article = corpusparse.parse("\n".join(["Ferry to stop", long, "5 hours ago"])).articles[0]
    assert article.dek is None
    assert [p.text for p in article.body] == [long]
    # Near miss: a standfirst of a sentence or two over the time is the dek.
    article = corpusparse.parse("\n".join(["Ferry to stop", PARAGRAPH, "5 hours ago", SECOND]))
    dek = article.articles[0].dek
    assert dek is not None and dek.text == PARAGRAPH


_INGREDIENTS = [
    "2 cups of flour",
    "1 pinch of salt",
    "3 large eggs",
    "1 cup of milk",
    "2 tbsp butter",
]


def test_short_lines_inside_an_extractors_main_text_stay_body() -> None:
    # An extractor's text (no blank line) keeps the article's own lists: no chrome runs.
    lines = ["Pancakes for a slow Sunday", PARAGRAPH, *_INGREDIENTS, SECOND, PARAGRAPH]
    article = corpusparse.parse("\n".join(lines)).articles[0]
    assert [p.text for p in article.body] == [PARAGRAPH, *_INGREDIENTS, SECOND, PARAGRAPH]


def test_short_lines_inside_a_flattened_pages_main_text_are_chrome() -> None:
    lines = [
        "Pancakes for a slow Sunday",
        "",
        PARAGRAPH,
        "",
        *_INGREDIENTS,
        "",
        SECOND,
        "",
        PARAGRAPH,
    ]
    article = corpusparse.parse("\n".join(lines)).articles[0]
    assert [p.text for p in article.body] == [PARAGRAPH, SECOND, PARAGRAPH]
    assert [item.text for item in article.boilerplate] == _INGREDIENTS


_OPENER = "The island ferry will stop on Monday for the winter."


def test_a_short_first_paragraph_of_an_extractors_text_is_body() -> None:
    lines = ["Ferry to stop for the winter", _OPENER, PARAGRAPH, SECOND]
    plan = plan_page(lines)
    assert plan is not None and plan.body_start == 1
    article = corpusparse.parse("\n".join(lines)).articles[0]
    assert [p.text for p in article.body] == [_OPENER, PARAGRAPH, SECOND]


def test_a_list_item_or_a_line_over_the_byline_does_not_open_an_extractors_text() -> None:
    item = "- Fares go up again in the spring, the council says"
    assert plan_page(["Ferry to stop for the winter", item, PARAGRAPH, SECOND]).body_start == 2
    lines = ["Ferry to stop for the winter", _OPENER, "By Ann Lee", PARAGRAPH, SECOND]
    assert plan_page(lines).body_start == 3
    article = corpusparse.parse("\n".join(lines)).articles[0]
    assert [p.text for p in article.body] == [PARAGRAPH, SECOND]
