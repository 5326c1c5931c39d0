"""Each recognizer on small hand-written texts, with near misses that must not match."""

from __future__ import annotations

import datetime as dt

import corpusparse
from corpusparse.model import BoilerplateKind
from corpusparse.parsing.readers import read_site_suffix

PAGE = """\
- First related story
- Second related story
Storm hits the coast
Thousands were left without power, officials said.
By Ann Lee, Bo Chan and Cy Dorn
MIAMI (AP) — A storm hit the coast on Monday.
By the way, the storm was expected.
SEOUL is the capital of South Korea.
A photo released by the agency showed flooded streets.
Pingback: Storm news roundup – Weather Desk | Daily Blog
pepper
November 21, 2014 at 10:08 PM
Great report.
Second line of the comment.
Sunny
November 22, 2014 at 10:41 AM
November 22, 2014 at 10:41 AM
"""


def _article() -> corpusparse.Article:
    doc = corpusparse.parse(PAGE)
    assert len(doc.articles) == 1
    return doc.articles[0]


def test_related_headlines_before_the_article() -> None:
    assert [item.text for item in _article().related] == [
        "First related story",
        "Second related story",
    ]


def test_headline_dek_byline_dateline() -> None:
    article = _article()
    assert article.headline is not None and article.headline.text == "Storm hits the coast"
    assert article.dek is not None
    assert article.dek.text == "Thousands were left without power, officials said."
    assert article.authors == ("Ann Lee", "Bo Chan", "Cy Dorn")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("MIAMI", "AP")
    assert article.body[0].text == "A storm hit the coast on Monday."


def test_near_misses_stay_in_the_body() -> None:
    body = [paragraph.text for paragraph in _article().body]
    assert "By the way, the storm was expected." in body
    assert "SEOUL is the capital of South Korea." in body
    assert "A photo released by the agency showed flooded streets." in body
    assert _article().captions == ()


def test_pingback_split_at_last_separator() -> None:
    (pingback,) = _article().pingbacks
    assert pingback.title == "Storm news roundup – Weather Desk"
    assert pingback.site == "Daily Blog"


def test_comments_with_multiline_text_and_timestamp_looking_text() -> None:
    first, second = _article().comments
    assert first.author == "pepper"
    assert first.posted is not None
    assert first.posted.value == dt.datetime(2014, 11, 21, 22, 8)
    assert first.text == "Great report.\nSecond line of the comment."
    assert second.author == "Sunny"
    assert second.text == "November 22, 2014 at 10:41 AM"


def test_byline_two_authors_with_and() -> None:
    doc = corpusparse.parse("Headline\nBy Ann Lee and Bo Chan\nBody text here.")
    assert doc.articles[0].authors == ("Ann Lee", "Bo Chan")


def test_byline_names_with_particles_and_scripts() -> None:
    doc = corpusparse.parse("Headline\nBy Ludwig van Beethoven, 김광태 and Seán O'Neil\nBody.")
    assert doc.articles[0].authors == ("Ludwig van Beethoven", "김광태", "Seán O'Neil")


def test_byline_in_the_body_is_body() -> None:
    doc = corpusparse.parse("Headline\n\nFirst paragraph.\n\nSecond one.\n\nBy Ann Lee\n")
    article = doc.articles[0]
    assert article.authors == ()
    assert article.dek is None
    assert [p.text for p in article.body] == ["First paragraph.", "Second one.", "By Ann Lee"]


def test_dateline_needs_agency_and_dash() -> None:
    for line in ("SEOUL is the capital.", "SEOUL (Yonhap) said nothing.", "Seoul (Yonhap) — x"):
        doc = corpusparse.parse(f"Headline\n{line}")
        assert doc.articles[0].dateline is None, line
        assert doc.articles[0].body[0].text == line


def test_dateline_with_state() -> None:
    doc = corpusparse.parse("Headline\nAUSTIN, Texas (AP) — Rain fell.")
    dateline = doc.articles[0].dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("AUSTIN, Texas", "AP")
    assert doc.articles[0].body[0].text == "Rain fell."


def test_captions_printed_twice_are_merged_with_credit_and_date() -> None:
    cap = "Cap on 3 March 2021. (Photo by A / AFP)"
    text = f"Headline\n\n{cap}\n{cap}\nTT\n20\n\nHeadline\n\n{cap}\n\nBody one.\n\nBody two.\n"
    article = corpusparse.parse(text).articles[0]
    (caption,) = article.captions
    assert caption.credit == "A / AFP"
    assert caption.date == dt.date(2021, 3, 3)
    assert caption.occurrences == 3
    assert [p.text for p in article.body] == ["Body one.", "Body two."]
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("TT", BoilerplateKind.WIDGET),
        ("20", BoilerplateKind.WIDGET),
    ]


def test_caption_without_full_date() -> None:
    text = "Head\nShot last month in Tehran. (Jamaran)\nShot last month in Tehran. (Jamaran)\nBody."
    (caption,) = corpusparse.parse(text).articles[0].captions
    assert caption.date is None
    assert caption.credit == "Jamaran"


def test_a_single_line_with_a_credit_in_the_body_is_body() -> None:
    text = "Head\n\nBody.\n\nThe minister spoke. (Reuters)\n"
    article = corpusparse.parse(text).articles[0]
    assert article.captions == ()
    assert article.body[-1].text == "The minister spoke. (Reuters)"


def test_articles_separated_by_blank_runs() -> None:
    doc = corpusparse.parse("One\n\nBody one.\n\n\n\nTwo\n\nBy Ann Lee\n\nBody two.\n")
    assert [a.headline.text for a in doc.articles if a.headline] == ["One", "Two"]
    assert [a.span for a in doc.articles] == [corpusparse.Span(1, 3), corpusparse.Span(7, 11)]


def test_blank_run_then_a_headline_printed_twice_splits() -> None:
    doc = corpusparse.parse("One\n\nBody one.\n\n\nTwo\n\nTwo\n\nBody two.\n")
    assert [a.headline.text for a in doc.articles if a.headline] == ["One", "Two"]


def test_blank_run_then_a_short_line_alone_does_not_split() -> None:
    # On a real page a blank run before a poster's name or a list heading is no new article.
    doc = corpusparse.parse("One\n\nBody one.\n\n\nMost read\n\nA list item\nAnother\n")
    assert len(doc.articles) == 1


def test_teaser_list_is_not_a_bundle() -> None:
    teasers = "".join(
        f"Story number {n}\nBy Writer {n}\nA single line that sums the story up.\n"
        for n in ("One", "Two", "Three")
    )
    text = "Main story\nBy Ann Lee\nThe first sentence of the body.\nThe second one.\n"
    assert len(corpusparse.parse(text + teasers).articles) == 1


def test_blank_run_before_a_sentence_does_not_split() -> None:
    doc = corpusparse.parse("One\n\nBody one.\n\n\nA long sentence that ends in a full stop.\n")
    assert len(doc.articles) == 1
    assert doc.articles[0].body[-1].text == "A long sentence that ends in a full stop."


def test_glued_byline_and_date_in_the_head() -> None:
    doc = corpusparse.parse("Headline\nByAnn LeeMarch 3, 2024\nBody text here.")
    article = doc.articles[0]
    assert article.authors == ("Ann Lee",)
    assert article.published is not None
    assert article.published.value == dt.date(2024, 3, 3)


def test_agency_line_in_the_head_gives_no_author() -> None:
    doc = corpusparse.parse("Headline\nReuters\nBody text here.\nMore body.")
    article = doc.articles[0]
    assert article.authors == ()
    assert [p.text for p in article.body] == ["Body text here.", "More body."]


def test_bare_name_beside_a_relative_time_is_no_byline() -> None:
    doc = corpusparse.parse("Headline\nAnn Lee • 2 hours ago\nBody text here.")
    assert doc.articles[0].authors == ()


def test_site_suffix_of_a_page_title() -> None:
    assert read_site_suffix("Storm hits the coast | The Valley Herald") == (
        "Storm hits the coast",
        "The Valley Herald",
    )
    assert read_site_suffix("Storm hits the coast - valleyherald.com") == (
        "Storm hits the coast",
        "valleyherald.com",
    )
    assert read_site_suffix("Storm hits the coast_News_Valley Herald") == (
        "Storm hits the coast",
        "News Valley Herald",
    )
    # A dash inside a headline, a subtitle or a sentence after it is no site name.
    assert read_site_suffix("Dortmund - Gladbach live sehen!") is None
    assert read_site_suffix("Green hydrogen – the key to the energy shift") is None
    assert read_site_suffix("Vintage trucks of the fifties - Part 49") is None
    assert read_site_suffix("Storm") is None


def test_a_page_headline_keeps_its_site_name_apart() -> None:
    paragraph = (
        "The storm hit the coast on Monday, and it was the worst that the people of the"
        " town had seen in many years, the mayor said on Tuesday, when the water had gone"
        " down and the first of the shops in the harbour could open their doors again."
    )
    text = f"Storm hits the coast | The Valley Herald\nBy Ann Lee\n{paragraph}\n{paragraph}\n"
    article = corpusparse.parse(text).articles[0]
    assert article.headline is not None
    assert (article.headline.text, article.headline.site) == (
        "Storm hits the coast",
        "The Valley Herald",
    )
    assert corpusparse.article_record(article)["site"] == "The Valley Herald"
    # Not on a hand-written bundle, whose first line is its headline as printed.
    short = corpusparse.parse("Storm hits the coast | The Valley Herald\nIt rained.\n")
    assert short.articles[0].headline == corpusparse.Headline(
        "Storm hits the coast | The Valley Herald"
    )


def test_a_mention_resolves_the_same_whatever_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = (
        "from corpusparse.parsing.readers import resolve_mention as r; "
        "print(r('@jo hi', ['Jo', 'jo']))"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", code],
            # the child imports the corpusparse this test imported, installed or not
            env={"PYTHONHASHSEED": str(seed), "PATH": "", "PYTHONPATH": os.pathsep.join(sys.path)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(4)
    }
    assert answers == {"Jo\n"}
