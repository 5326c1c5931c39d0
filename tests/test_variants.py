"""What the fixtures' records do not show: residue kinds, the residue between
articles, the reply-to relation and publication times on the models."""

from __future__ import annotations

import datetime as dt

import pytest

import corpusparse
from corpusparse import BoilerplateKind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this:", BoilerplateKind.SHARE),
        ("Click to share on Twitter (Opens in new window)", BoilerplateKind.SHARE),
        ("Advertisement", BoilerplateKind.NAVIGATION),
        ("Tags: ferries, weather", BoilerplateKind.NAVIGATION),
        ("Sign up for our newsletter", BoilerplateKind.PROMO),
        ("We use cookies to improve your experience. Accept", BoilerplateKind.CONSENT),
        ("12 Comments", BoilerplateKind.COMMENT_UI),
        ("* * *", BoilerplateKind.SEPARATOR),
        ("Getty Images", BoilerplateKind.CREDIT),
    ],
)
def test_residue_lines_get_their_kind(line: str, kind: BoilerplateKind) -> None:
    text = f"Ferry service resumes\n\n{line}\n\nFerries resumed service on Tuesday.\n"
    article = corpusparse.parse(text).articles[0]
    assert [(item.text, item.kind) for item in article.boilerplate] == [(line, kind)]


def test_related_list_after_the_body_is_one_kind() -> None:
    text = "Ferry resumes\nFerries resumed.\nMost Read\nStorm closes ports\nSchools reopen\n"
    article = corpusparse.parse(text).articles[0]
    assert {item.kind for item in article.boilerplate} == {BoilerplateKind.RELATED}
    assert len(article.boilerplate) == 3


def test_separators_and_site_names_belong_to_no_article() -> None:
    text = (
        "The Herald\nRain returns\nFarmers welcomed rain.\nThe reservoir is half full.\n"
        "The Herald\nBudget passes\nThe council approved it.\nRoads get the most.\n"
    )
    doc = corpusparse.parse(text)
    assert [(b.text, b.kind, b.span.start) for b in doc.boilerplate] == [
        ("The Herald", BoilerplateKind.MASTHEAD, 1),
        ("The Herald", BoilerplateKind.MASTHEAD, 5),
    ]
    doc = corpusparse.parse("One\nBody one.\n* * *\nTwo\nBy Bo Chan\nThe second body.\n")
    assert [(b.text, b.kind) for b in doc.boilerplate] == [("* * *", BoilerplateKind.SEPARATOR)]
    assert len(doc.articles) == 2


def test_publication_times_on_the_model() -> None:
    text = "Head\nBy Ann Lee | March 4, 2024\nUpdated: March 5, 2024 9:15 AM EST\nBody.\n"
    article = corpusparse.parse(text).articles[0]
    assert article.published is not None and article.updated is not None
    assert article.published.value == dt.date(2024, 3, 4)
    assert article.published.span == article.byline.span  # type: ignore[union-attr]
    assert article.updated.value == dt.datetime(
        2024, 3, 5, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.updated.text == "March 5, 2024 9:15 AM EST"


def test_reply_to_needs_a_known_author_for_a_mention() -> None:
    text = (
        "Head\nBody.\nAnn • 2 years ago\nFirst.\nBo • 1 year ago\n@Ann yes.\n"
        "Cy • 1 year ago\n@Dee no.\n"
    )
    comments = corpusparse.parse(text).articles[0].comments
    assert [(c.author, c.reply_to) for c in comments] == [
        ("Ann", None),
        ("Bo", "Ann"),
        ("Cy", None),
    ]
