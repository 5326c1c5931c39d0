"""The ``corpusparse`` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from corpusparse.convert import article_record
from corpusparse.parser import parse_file

__all__ = ["main"]

EXIT_OK = 0
"""Every input was read and parsed."""
EXIT_INPUT_ERRORS = 1
"""Some inputs could not be read; the others were parsed."""
EXIT_USAGE = 2
"""The command line itself was wrong."""


def _expand(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def _parse_command(args: argparse.Namespace) -> int:
    status = EXIT_OK
    out = sys.stdout
    for path in _expand(args.paths):
        try:
            doc = parse_file(path)
        except (OSError, UnicodeDecodeError) as error:
            print(f"corpusparse: {path}: {error}", file=sys.stderr)
            status = EXIT_INPUT_ERRORS
            continue
        for article in doc.articles:
            record = {"source": os.fspath(path), **article_record(article)}
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``corpusparse`` command."""
    parser = argparse.ArgumentParser(
        prog="corpusparse",
        description="Parse flattened news text into typed article records.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser(
        "parse",
        help="print one JSON object per article",
        description="Print one JSON object per article, one per line.",
        epilog="example: corpusparse parse seeds/ > articles.jsonl",
    )
    parse_cmd.add_argument("paths", nargs="+", metavar="PATH", help="text files or directories")
    parse_cmd.set_defaults(handler=_parse_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
