"""The command line: its argument parser (commands, options and their checks) and `main`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from corpusparse.cli.commands import _parse_command, _show_command
from corpusparse.cli.exits import _EXIT_CODES_HELP, EXIT_OK
from corpusparse.corpus.checkpoint import DEFAULT_SHARD_ITEMS

__all__ = ["build_parser", "main"]

PARSE_EXAMPLES = """\
examples:
  corpusparse parse seeds/ > articles.jsonl
  corpusparse parse 'crawl/**/*.txt.gz' -o articles.jsonl --jobs 4
  corpusparse parse fineweb/000_00000.jsonl.zst --text-field text -o out.jsonl --errors bad.jsonl
  corpusparse parse c4/ --format parquet -o c4.parquet --per document
  zcat dump.jsonl.gz | corpusparse parse - --quiet | head
  corpusparse parse fineweb/ -o out.jsonl --dask --jobs 2
  corpusparse parse /shared/fineweb/ -o out.parquet --format parquet --scheduler tcp://head:8786

inputs: plain text files (one document each) and JSON Lines files (one
document per record, the text in --text-field; the record's other fields go
to "meta"); files may be .gz, .bz2, .xz or .zst compressed. Output rows: one
per article with "source" (and "line", "meta" for JSON Lines records); error
rows carry "error" and "message".
"""

SHOW_EXAMPLES = """\
examples:
  corpusparse show seeds/000_27661b31902ab576.txt
  corpusparse show fineweb.jsonl.zst --limit 3 --color always > roles.ansi
  corpusparse show page.txt --color never > roles.txt

exit codes:
  0  every input was shown
  1  some inputs or records could not be read (each is named in the output)
  2  wrong command line
"""


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs


def _bytes(value: str) -> int:
    try:
        from dask.utils import parse_bytes
    except ModuleNotFoundError:
        raise argparse.ArgumentTypeError("needs dask: pip install 'corpusparse[dask]'") from None
    try:
        size = int(parse_bytes(value))
    except (ValueError, TypeError):
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 64MiB)") from None
    if size <= 0:
        raise argparse.ArgumentTypeError("must be more than 0 bytes")
    return size


def _count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if count < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return count


def _positive(value: str) -> int:
    count = _count(value)
    if count == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return count


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field of a JSON Lines record that holds the text (default: text)",
    )
    command.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="auto (default): JSON Lines for .jsonl/.ndjson/.json names (compressed or "
        "not) and for standard input that starts with '{'; plain text otherwise",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``corpusparse`` command."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="corpusparse",
        description="Parse flattened news text into typed article records.",
        epilog="examples:\n  corpusparse parse seeds/ > articles.jsonl\n"
        "  corpusparse show seeds/000_27661b31902ab576.txt\n\n"
        "Run 'corpusparse COMMAND --help' for each command's options.\n\n" + _EXIT_CODES_HELP,
        formatter_class=formatter,
    )
    from corpusparse import __version__

    parser.add_argument("--version", action="version", version=f"corpusparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_cmd = commands.add_parser(
        "parse",
        help="parse a corpus into JSON Lines or Parquet, one row per article",
        description="Parse a corpus into one JSON object per article (or per document),\n"
        "in input order; a one-line summary goes to stderr at the end.",
        epilog=PARSE_EXAMPLES + "\n" + _EXIT_CODES_HELP,
        formatter_class=formatter,
    )
    parse_cmd.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, directories (recursive), glob patterns, or - for standard input",
    )
    parse_cmd.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    parse_cmd.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default="jsonl",
        help="jsonl (default) or parquet (needs pyarrow and -o FILE)",
    )
    parse_cmd.add_argument(
        "--per",
        choices=("article", "document"),
        default="article",
        help="one row per article (default) or per input document",
    )
    _add_input_options(parse_cmd)
    parse_cmd.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse on N processes (0: one per CPU; default 1); the output order is the same",
    )
    cluster = parse_cmd.add_mutually_exclusive_group()
    cluster.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="parse on the dask.distributed cluster whose scheduler is at ADDRESS "
        "(tcp://HOST:8786); the output is the same (needs corpusparse[dask])",
    )
    cluster.add_argument(
        "--dask",
        action="store_true",
        help="parse on a Dask LocalCluster of --jobs worker processes started for the run "
        "(needs corpusparse[dask])",
    )
    parse_cmd.add_argument(
        "--blocksize",
        type=_bytes,
        metavar="SIZE",
        help="with --scheduler or --dask: input bytes per task (default 32MiB); larger "
        "uncompressed JSON Lines files are split at line boundaries",
    )
    parse_cmd.add_argument(
        "--errors",
        metavar="FILE",
        help="write error rows to FILE (JSON Lines) instead of the output",
    )
    parse_cmd.add_argument(
        "--strict",
        action="store_true",
        help="treat a document with a parse defect as an error (error row, exit code 1)",
    )
    parse_cmd.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary line (errors are still named)",
    )
    parse_cmd.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that are not UTF-8: strict (default) makes the file or record an error "
        "row naming the byte offset; replace reads them as U+FFFD and parses the text",
    )
    parse_cmd.add_argument(
        "--resume",
        action="store_true",
        help="with -o FILE: continue a run that was killed or interrupted, after the "
        "input items it finished (same inputs and options); without it a run starts afresh",
    )
    parse_cmd.add_argument(
        "--shard-size",
        type=_positive,
        default=DEFAULT_SHARD_ITEMS,
        metavar="N",
        help="with -o FILE: input items per committed shard, the most a killed run redoes "
        f"(default {DEFAULT_SHARD_ITEMS})",
    )
    parse_cmd.set_defaults(handler=_parse_command)

    show_cmd = commands.add_parser(
        "show",
        help="print documents with each line marked by the role the parser gave it",
        description="Print each document's lines, each marked with the role the parser\n"
        "gave it (headline, caption, body, comment, boilerplate, ...), in colour on a\n"
        "terminal.",
        epilog=SHOW_EXAMPLES,
        formatter_class=formatter,
    )
    show_cmd.add_argument(
        "paths", nargs="+", metavar="PATH", help="as for parse: files, directories, globs, -"
    )
    _add_input_options(show_cmd)
    show_cmd.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the roles: auto (default: on a terminal, unless NO_COLOR is set)",
    )
    show_cmd.add_argument(
        "-n", "--limit", type=_count, metavar="N", help="show at most N documents"
    )
    show_cmd.add_argument(
        "--width",
        type=_count,
        metavar="N",
        help="wrap long lines to N columns, under the text column (default: the terminal's "
        "width on a terminal, no wrapping otherwise; 0: no wrapping)",
    )
    show_cmd.set_defaults(handler=_show_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other tools do.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
