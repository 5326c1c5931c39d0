"""The fuzz harness's invariants (``fuzz/invariants.py``) on the seed corpus and on
inputs the fuzzer found; every crash it ever finds is pinned here.

The fuzzer itself runs in CI for about a minute (``bash fuzz/run.sh 60``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import corpusparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

import invariants  # noqa: E402
from invariants import check, text_of  # noqa: E402

SEED_CORPUS = sorted(
    path
    for folder in (ROOT / "seeds", ROOT / "tests" / "fixtures")
    if folder.is_dir()
    for path in folder.rglob("*")
    if path.is_file()
)

# Inputs the fuzzer produced, minimized by hand; each once broke an invariant
# that was then judged too strong or a real bug (see the comment on each).
FOUND = {
    # A residue line equal to the headline after a pingback: render's page reads
    # it back as a headline repeat (the harness no longer asks for a round trip).
    "headline_text_after_pingback": (
        "Still, the chances are slim because resolutions are not binding…\n"
        "Pingback: North Korea Seeks To Forge Alliance With Russia\n"
        "Still, the chances are slim because resolutions are not binding…"
    ),
    # A widget token inside a comment: the bundle layout puts it after a blank
    # line, where it reads as residue.
    "widget_inside_a_comment": (
        "Wow! 3million in jail or prison!\nSunny\nNovember 22, 2014 at 10:41 AM\n"
        "The official said it was true.\nTT"
    ),
    # A time line above the headline taken for the page's top bar, whose day
    # yields to the date under the headline: its line was left unaccounted for
    # (now masthead residue).
    "masthead_date_that_yields": text_of(
        b"Le gouvernement pr\xc3eroment pr\xc3eroyte r | March 3, 2024\n"
        b"The new byte r | March 3, 2024\n"
        b"Thgouvernement pr\xc3eroment pr\xc3eroyte r | March 3, 2024\n"
        b"The new byte r | March 3, 2024\n"
        b'The new bridge a       "lines": [ du PIB.\n'
        b'e new bridge a       "lines": [ du PIB.\n'
    ),
    # A byline far above the head that a later byline replaced (the fuzzer's own
    # input, kept as found in tests/fuzz_found/): its line was left unaccounted
    # for (now page residue).
    "byline_replaced_by_a_later_one": text_of(
        (ROOT / "tests" / "fuzz_found" / "byline-replaced.bin").read_bytes()
    ),
    # Invalid UTF-8 becomes lone surrogates, and NUL bytes stay text.
    "invalid_utf8_and_nul": text_of(b"Head\xff\xfe line\n\x00\x00\nBy \xed\xa0\x80 Ann\n"),
    # A relative comment time on the author's line of the last comment: its defect
    # named the line after the head, past the end of the text.
    "relative_time_on_the_last_comment_head": (
        "Town keeps its library\n\nThe council voted to keep the library open.\n\n"
        "2 Comments\n\nAnn Lee \u2022 3 years ago\nGood news.\n\n"
        "Bo Chan \u2022 2 years ago \u2022 edited\n"
    ),
    # A clock time with an offset of a day or more: dateutil reads it, Python's
    # times refuse it, and parse raised (found by the fuzzer in CI; now no time).
    "offset_of_fifty_hours": (
        "Company posts record quarter\n\nUpdated 2024-03-04T11:45:00-5000\n\n"
        "The company reported record profits for the quarter.\n"
    ),
}


def test_the_seed_corpus_is_not_empty() -> None:
    assert any(path.parent.name == "seeds" for path in SEED_CORPUS)


@pytest.mark.parametrize("path", SEED_CORPUS, ids=lambda path: path.name)
def test_seed_corpus_holds_every_invariant(path: Path) -> None:
    check(text_of(path.read_bytes()))


@pytest.mark.parametrize("name", sorted(FOUND))
def test_found_input_holds_every_invariant(name: str) -> None:
    check(FOUND[name])


def test_text_of_keeps_every_byte() -> None:
    data = b"ok \xff\xfe \xe2\x80\x94 \x00"
    text = text_of(data)
    assert text == "ok \udcff\udcfe \u2014 \x00"
    assert text.encode("utf-8", "surrogateescape") == data


def test_check_fails_on_a_broken_invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness can fail: a parser that drops a line is caught."""
    real_parse = corpusparse.parse

    def lossy(text: str, **kwargs: object) -> corpusparse.Document:
        return real_parse(text.rsplit("\n", 1)[0], **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(invariants.corpusparse, "parse", lossy)
    with pytest.raises(AssertionError):
        check("Head\nBody one.\nBody two.")


def test_a_comment_time_defect_names_the_line_that_prints_the_time() -> None:
    text = FOUND["relative_time_on_the_last_comment_head"]
    lines = text.split("\n")
    defects = corpusparse.parse(text).defects
    named = [defect.line for defect in defects if defect.kind.value == "unreadable_timestamp"]
    assert named, defects
    assert all("years ago" in lines[line - 1] for line in named), (named, lines)
