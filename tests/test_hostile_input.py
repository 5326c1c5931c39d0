"""Input hygiene: what `parse` and `parse_file` make of the garbage a crawl holds.

Each case states its outcome. The rule behind them all: a text is never
changed, only read. Line breaks are ``\\r\\n``, ``\\r`` and ``\\n`` alone; other
characters, however odd, stay inside their line and in the element texts,
except white space at the ends of a line, which is stripped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpusparse
from corpusparse import Document, article_record, from_json, to_json
from corpusparse.parsing.lines import split_lines

TEN_MB = 10 * 1024 * 1024


def _json_round_trip(doc: Document) -> None:
    assert from_json(to_json(doc), Document) == doc
    for article in doc.articles:
        record = json.loads(json.dumps(article_record(article), ensure_ascii=False))
        assert record == article_record(article)


# ---------------------------------------------------------------- NUL bytes


def test_nul_bytes_stay_in_the_text_and_survive_json(tmp_path: Path) -> None:
    text = "Head\x00line\nBy Ann Lee\nA\x00B body.\n\x00\x00\n"
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.headline is not None
    assert article.headline.text == "Head\x00line"
    assert article.authors == ("Ann Lee",)
    # A line of NULs is not blank: it is a body paragraph like any other text.
    assert [p.text for p in article.body] == ["A\x00B body.", "\x00\x00"]
    assert doc.defects == ()
    assert '"A\\u0000B body."' in json.dumps(article_record(article))
    _json_round_trip(doc)
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode("utf-8"))
    assert corpusparse.parse_file(path) == doc


# ---------------------------------------------------------------- lone surrogates


def test_lone_surrogates_are_kept_by_parse_and_json() -> None:
    text = "Head \ud800\nBody \udfff text.\n"
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.headline is not None
    assert article.headline.text == "Head \ud800"
    assert [p.text for p in article.body] == ["Body \udfff text."]
    _json_round_trip(doc)
    # They cannot be written as UTF-8; ASCII-escaped JSON carries them.
    assert "\\ud800" in json.dumps(article_record(article))


def test_encoded_surrogates_in_a_file_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.txt"
    path.write_bytes(b"Head\nBody \xed\xa0\x80 text.\n")
    with pytest.raises(UnicodeDecodeError) as caught:
        corpusparse.parse_file(path)
    assert caught.value.start == len(b"Head\nBody ")


# ---------------------------------------------------------------- byte-order marks


def test_a_leading_bom_is_dropped_by_parse_file_only(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHead\nBody.\n")
    from_file = corpusparse.parse_file(path)
    assert from_file.articles[0].headline == corpusparse.Headline("Head")
    # parse() reads the string it is given: the BOM is a character of line 1.
    from_str = corpusparse.parse("\ufeffHead\nBody.\n")
    assert from_str.articles[0].headline == corpusparse.Headline("\ufeffHead")


def test_a_bom_in_the_middle_is_an_ordinary_character(tmp_path: Path) -> None:
    # Two files concatenated: the second one's BOM lands at the start of a line.
    text = "Head\nBody.\n\ufeffBy Ann Lee\nMore \ufeff text.\n"
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert len(split_lines(text)) == 4
    # U+FEFF is not white space, so it is not stripped and the line is no byline.
    assert article.byline is None
    assert [p.text for p in article.body] == ["Body.", "\ufeffBy Ann Lee", "More \ufeff text."]
    path = tmp_path / "middle.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert corpusparse.parse_file(path) == doc


# ---------------------------------------------------------------- odd white space


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"])
def test_other_line_separators_stay_inside_the_line(char: str) -> None:
    body = f"First part{char}second part."
    doc = corpusparse.parse(f"Head\n{char}By Ann Lee{char}\n{body}\n")
    article = doc.articles[0]
    assert len(doc.source.split("\n")) == 4  # three lines and the final break
    assert article.span == corpusparse.Span(1, 3)
    # At the ends of a line it is white space and stripped; inside it is kept.
    assert article.authors == ("Ann Lee",)
    assert [p.text for p in article.body] == [body]
    _json_round_trip(doc)


# ---------------------------------------------------------------- very long lines


def test_a_ten_megabyte_line_is_one_paragraph_without_defects() -> None:
    line = ("word " * (TEN_MB // 5)).strip()
    doc = corpusparse.parse(f"Head\nBy Ann Lee\n{line}\nLast.\n")
    article = doc.articles[0]
    assert [len(p.text) for p in article.body] == [len(line), len("Last.")]
    assert article.body[0].text == line
    # No pattern ran into its time limit: the guard scales with the line.
    assert doc.defects == ()


def test_ten_megabyte_lines_in_every_role(tmp_path: Path) -> None:
    headline = "h" * TEN_MB
    caption = "Photo (AFP) " + "c" * TEN_MB
    pingback = "Pingback: " + "p" * TEN_MB
    text = f"{headline}\nBy Ann Lee\n{caption}\n{caption}\nBody.\n{pingback}\n"
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.headline == corpusparse.Headline(headline)
    assert [(c.text, c.occurrences) for c in article.captions] == [(caption, 2)]
    assert [p.text for p in article.body] == ["Body."]
    assert [(p.title, p.site) for p in article.pingbacks] == [(pingback[10:], None)]
    # The only defect is the pingback's missing site: no pattern timed out.
    assert [(d.kind, d.line) for d in doc.defects] == [
        (corpusparse.DefectKind.PINGBACK_WITHOUT_SITE, 6)
    ]
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert corpusparse.parse_file(path) == doc


# ---------------------------------------------------------------- scripts and emoji


def test_right_to_left_text_is_read_like_any_other() -> None:
    text = (
        "الأمطار تعود إلى الوادي\n"
        "By محمد علي and יוסף כהן\n"
        "\u200fهطلت الأمطار يوم الثلاثاء، وفق مسؤولين.\n"
        "המים חזרו לעמק.\n"
    )
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.headline is not None
    assert article.headline.text == "الأمطار تعود إلى الوادي"
    assert article.authors == ("محمد علي", "יוסף כהן")
    # The right-to-left mark is no white space: it stays, in logical order.
    assert [p.text for p in article.body] == [
        "\u200fهطلت الأمطار يوم الثلاثاء، وفق مسؤولين.",
        "המים חזרו לעמק.",
    ]
    assert doc.defects == ()
    _json_round_trip(doc)
    assert corpusparse.parse(corpusparse.render(doc)) == doc


def test_emoji_in_headlines_bodies_and_comments() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one grapheme, five code points
    text = (
        f"Storm 🌧️ hits the coast {family}\n"
        "It rained 😀 all day.\n"
        "Sunny 🌞\n"
        "November 22, 2014 at 10:41 AM\n"
        "Great report 👍🏽\n"
    )
    doc = corpusparse.parse(text)
    article = doc.articles[0]
    assert article.headline is not None
    assert article.headline.text == f"Storm 🌧️ hits the coast {family}"
    assert [p.text for p in article.body] == ["It rained 😀 all day."]
    assert [(c.author, c.text) for c in article.comments] == [("Sunny 🌞", "Great report 👍🏽")]
    assert doc.source_of(article.comments[0]) == "".join(text.splitlines(True)[2:5])
    record = article_record(article)
    assert family in json.dumps(record, ensure_ascii=False)
    _json_round_trip(doc)


# ---------------------------------------------------------------- empty input


@pytest.mark.parametrize(
    "content", [b"", b"\xef\xbb\xbf", b"\n", b"\r\n\r\n", b"  \t \n\x0c\n"], ids=repr
)
def test_empty_and_blank_files_give_an_empty_document(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    doc = corpusparse.parse_file(path)
    assert doc.articles == ()
    assert doc.defects == ()
    assert doc.boilerplate == ()
    assert corpusparse.parse(content.decode("utf-8-sig")) == doc
