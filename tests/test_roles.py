"""Line roles come from the one parse: each line has the role of the element that owns it."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given

import corpusparse
from corpusparse import Boilerplate, Comment, Document, Headline, Paragraph, render
from corpusparse.cli.show import format_roles, show
from corpusparse.parsing.lines import is_blank, split_lines
from corpusparse.parsing.roles import LINE_ROLES, LineRole, document_roles, line_roles
from strategies import DOCUMENTS, LINE_SOUP, any_text, layouts

_COMMENT_ROLES = {"comment_author", "comment_time", "comment", "comment_continuation"}
_ROLES = {
    "Related": {"related"},
    "Dek": {"dek"},
    "Byline": {"byline"},
    "PublicationTime": {"time"},
    "Trailer": {"trailer"},
    "Caption": {"caption"},
    "Pingback": {"pingback"},
}


def _check_roles(document: Document, roles: list[LineRole]) -> None:
    lines = split_lines(document.source)
    assert [role.number for role in roles] == list(range(1, len(lines) + 1))
    assert [role.text for role in roles] == lines
    assert {role.role for role in roles} <= set(LINE_ROLES)
    checked: set[int] = set()
    owners = [(index, pair) for index, a in enumerate(document.articles) for pair in a.elements()]
    owners += [(None, (item, item.span)) for item in document.boilerplate]
    for index, (element, span) in owners:
        for number in span.numbers:
            if is_blank(lines[number - 1]):
                continue
            role = roles[number - 1]
            checked.add(number)
            assert role.article == index, (number, role)
            if isinstance(element, Headline):
                expected = {"headline" if span == element.span else "headline_repeat"}
            elif isinstance(element, Paragraph):
                expected = {"body", "dateline"}
            elif isinstance(element, Comment):
                expected = _COMMENT_ROLES
            elif isinstance(element, Boilerplate):
                expected = {"boilerplate"}
                assert role.detail == element.kind.value
            else:
                expected = _ROLES[type(element).__name__]
            assert role.role in expected, (number, role, element)
            if isinstance(element, Comment) and element.text:
                texts = element.text.split("\n")
                stripped = role.text.strip()
                if role.role in ("comment_author", "comment_time"):
                    assert stripped not in texts or stripped in (
                        element.author,
                        element.posted and element.posted.text,
                    ), (number, role, element)
    nonblank = {n for n, line in enumerate(lines, 1) if not is_blank(line)}
    assert checked == nonblank
    for role in roles:
        if role.role == "blank":
            inside = [i for i, a in enumerate(document.articles) if role.number in a.span]
            assert role.article == (inside[0] if inside else None)


@given(doc=DOCUMENTS, layout=layouts)
def test_every_line_has_the_role_of_the_element_owning_it(doc: Document, layout: object) -> None:
    text = render(doc, layout)  # type: ignore[arg-type]
    parsed = corpusparse.parse(text)
    roles = document_roles(parsed)
    _check_roles(parsed, roles)
    assert line_roles(text) == roles


@given(text=LINE_SOUP)
def test_roles_of_line_soup(text: str) -> None:
    parsed = corpusparse.parse(text)
    _check_roles(parsed, document_roles(parsed))


@given(text=any_text)
def test_roles_of_any_text(text: str) -> None:
    parsed = corpusparse.parse(text)
    _check_roles(parsed, document_roles(parsed))


def _roles(text: str) -> list[tuple[int, str, str | None]]:
    return [(r.number, r.role, r.detail) for r in line_roles(text) if r.role != "blank"]


def test_a_comment_after_a_one_line_head_is_comment_text() -> None:
    text = (
        "Storm hits\n\nBy Ann Lee\nIt rained on Monday and the streets flooded.\n\n"
        "Ann Lee • 3 years ago\nGreat report.\n\nBo Chan • 2 years ago\nThanks.\nReply\n"
    )
    assert _roles(text)[3:] == [
        (6, "comment_author", None),
        (7, "comment", None),
        (9, "comment_author", None),
        (10, "comment", None),
        (11, "boilerplate", "comment_ui"),
    ]


def test_a_two_line_head_and_a_continuation() -> None:
    text = (
        "Storm hits\n\nBy Ann Lee\nIt rained.\npepper\nNovember 21, 2014 at 10:08 PM\n"
        "Great.\n\nAnd more.\n"
    )
    assert _roles(text)[3:] == [
        (5, "comment_author", None),
        (6, "comment_time", None),
        (7, "comment", None),
        (9, "comment_continuation", None),
    ]


def test_separators_between_articles_are_boilerplate_not_outside() -> None:
    text = "Rain\n\nBy Ann Lee\nIt rained.\n\n* * *\n\nSun\n\nBy Bo Chan\nIt shone.\n"
    roles = line_roles(text)
    separator = roles[5]
    assert (separator.role, separator.article, separator.detail) == (
        "boilerplate",
        None,
        "separator",
    )
    assert "outside" not in {role.role for role in roles}


def test_show_parses_each_document_once(tmp_path: Path, monkeypatch: object) -> None:
    import corpusparse.cli.show as show_module

    calls: list[str] = []
    real = show_module.parse

    def counting(text: str, **options: object) -> Document:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(show_module, "parse", counting)  # type: ignore[attr-defined]
    path = tmp_path / "a.txt"
    path.write_text("Rain\n\nIt rained.\nPingback: Nowhere\n", encoding="utf-8")
    out = io.StringIO()
    assert show([path], out) == 0
    assert len(calls) == 1
    assert "defect: line 4: pingback_without_site" in out.getvalue()


def test_show_wraps_long_lines_under_the_text_column() -> None:
    long = " ".join(["word"] * 40)
    lines = format_roles(line_roles(f"Rain\n\n{long}\n"), width=80)
    body = [line for line in lines if "│" in line][2:]
    assert len(body) > 1
    column = body[0].index("│")
    assert all(len(line) <= 80 for line in lines)
    assert all(line.index("│") == column for line in body)
    assert all(not line[:column].strip() for line in body[1:])
    assert " ".join(line[column + 2 :] for line in body) == long
    assert format_roles(line_roles(f"Rain\n\n{long}\n"))[3].endswith(long)  # no width: one line
