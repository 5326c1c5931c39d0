"""Coverage-guided fuzzing of parse, render and the JSON converter (atheris).

Every input is the UTF-8 text of a page (invalid bytes become lone surrogates,
so any byte string is a text). For each one the harness checks the invariants
of ``fuzz/invariants.py``:

1. ``parse`` raises nothing and keeps the source; defects point at real lines;
2. lossless coverage: the elements cover every non-blank line exactly once,
   and ``doc.source_of`` gives back each element's exact source lines;
3. JSON: ``from_json(to_json(doc), Document) == doc``, and the flat
   ``article_record`` of every article serializes;
4. render: ``render(doc)`` raises nothing in any layout and with any line
   break, and what it writes parses.

Any exception is a crash: libFuzzer saves the input as ``crash-*`` (see
``fuzz/run.sh``). Turn it into a regression test in ``tests/test_fuzz_regressions.py``.

Run it with ``bash fuzz/run.sh SECONDS``, or directly::

    python fuzz/fuzz_parse.py -max_total_time=60 -timeout=10 CORPUS_DIR seeds tests/fixtures
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["corpusparse"]):
    import corpusparse  # noqa: F401  (instrumented here, used through invariants)

from invariants import check, text_of


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    check(text_of(data))


def main() -> None:
    """Run libFuzzer with the command-line arguments."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
