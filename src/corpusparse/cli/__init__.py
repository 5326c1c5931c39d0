"""The ``corpusparse`` command: ``parse`` a corpus, ``show`` how a document was read."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from corpusparse.corpus.checkpoint import DEFAULT_SHARD_ITEMS, Checkpoint, CheckpointMismatch
from corpusparse.corpus.output import Writer, open_writer
from corpusparse.corpus.run import run_corpus

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

__all__ = [
    "EXIT_CLUSTER",
    "EXIT_INPUT_ERRORS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT_ERROR",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

EXIT_OK = 0
"""Every input was read and parsed."""
EXIT_INPUT_ERRORS = 1
"""Some inputs or records produced no document (each has an error row and a
message); the others were parsed. With ``--strict``, also any defect."""
EXIT_USAGE = 2
"""The command line itself was wrong."""
EXIT_OUTPUT_ERROR = 3
"""The output could not be written (disk full, no permission, ...): the run stopped."""
EXIT_CLUSTER = 4
"""With ``--scheduler`` or ``--dask``: the scheduler could not be reached, or a task
failed on the cluster for good (after its retries): the run stopped."""
EXIT_INTERRUPTED = 130
"""SIGINT (Ctrl-C) stopped the run; the summary says what was done. With ``-o FILE``,
``--resume`` continues it."""

_EXIT_CODES_HELP = f"""\
exit codes:
  {EXIT_OK}  every input was read and parsed
  {EXIT_INPUT_ERRORS}  some inputs or records produced no document (each is named on
     stderr and has an error row); the others were parsed
  {EXIT_USAGE}  wrong command line
  {EXIT_OUTPUT_ERROR}  the output could not be written; the run stopped
  {EXIT_CLUSTER}  --scheduler/--dask: the scheduler could not be reached, or a task
     failed on the cluster for good; the run stopped
  {EXIT_INTERRUPTED}  interrupted (SIGINT); with -o FILE, --resume continues the run
"""

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


def _cluster_usage_error(args: argparse.Namespace) -> str | None:
    """Why ``--scheduler``/``--dask`` cannot run this command line, if they cannot."""
    if args.scheduler is None and not args.dask:
        return None
    if "-" in args.paths:
        return "standard input cannot be read on a Dask cluster: name the files"
    try:
        import corpusparse.corpus.dask  # noqa: F401
    except ModuleNotFoundError:
        return "--scheduler and --dask need dask: pip install 'corpusparse[dask]'"
    return None


def _parse_command(args: argparse.Namespace) -> int:
    args.started = (
        time.perf_counter()
    )  # the summary's time is the command's, cluster start included
    if args.format == "parquet" and args.output in (None, "-"):
        print("corpusparse: --format parquet needs -o FILE", file=sys.stderr)
        return EXIT_USAGE
    problem = _cluster_usage_error(args)
    if problem is not None:
        print(f"corpusparse: {problem}", file=sys.stderr)
        return EXIT_USAGE
    to_file = (
        args.output not in (None, "-")
        and args.format == "jsonl"
        and _plain_file(args.output)
        and (args.errors is None or _plain_file(args.errors))
    )
    on_cluster = args.scheduler is not None or args.dask
    if on_cluster and args.encoding_errors != "strict":
        print("corpusparse: --encoding-errors replace cannot run on Dask", file=sys.stderr)
        return EXIT_USAGE
    if args.resume and (not to_file or on_cluster or "-" in args.paths):
        print(
            "corpusparse: --resume needs -o FILE (a regular file) in JSON Lines, named "
            "input files and no Dask cluster",
            file=sys.stderr,
        )
        return EXIT_USAGE
    checkpoint: Checkpoint | None = None
    writer: Writer
    errors: Writer | None = None
    try:
        if to_file and not on_cluster:
            checkpoint = Checkpoint(
                args.output,
                key=_run_key(args),
                errors=args.errors,
                resume=args.resume,
                shard_items=args.shard_size,
            )
            writer, errors = checkpoint.writer, checkpoint.error_writer
        else:
            writer = open_writer(args.output, output_format=args.format, per=args.per)
            if args.errors is not None:
                errors = open_writer(args.errors)
    except CheckpointMismatch as error:
        print(f"corpusparse: cannot resume: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ModuleNotFoundError:
        print(
            "corpusparse: --format parquet needs pyarrow: pip install 'corpusparse[parquet]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except OSError as error:
        print(f"corpusparse: cannot write {error.filename}: {error.strerror}", file=sys.stderr)
        return EXIT_OUTPUT_ERROR
    if args.scheduler is None and not args.dask:
        return _run(args, writer, errors, None, checkpoint)
    from corpusparse.corpus.dask import ClusterError, cluster_client

    try:
        with cluster_client(args.scheduler, workers=args.jobs) as client:
            return _run(args, writer, errors, client)
    except BrokenPipeError:
        raise
    except (OSError, ClusterError) as error:  # no scheduler there, or a task failed for good
        for opened in (writer, errors):  # what the run wrote so far stays, and is closed
            if opened is not None:
                opened.close()
        where = args.scheduler or "a Dask LocalCluster"
        print(f"corpusparse: {where}: {error}", file=sys.stderr)
        return EXIT_CLUSTER


def _plain_file(name: str) -> bool:
    """Whether ``name`` is a regular file or nothing yet (not /dev/null, a pipe, ...)."""
    return not os.path.lexists(name) or (os.path.isfile(name) and not os.path.islink(name))


def _own_outputs(args: argparse.Namespace) -> list[str | int]:
    """What the run writes to, never to be read: -o, --errors, and the descriptors of
    standard output and error (a shell redirect into an input directory)."""
    names: list[str | int] = [name for name in (args.output, args.errors) if name != "-"]
    names = [name for name in names if name is not None]
    for stream in (sys.stdout, sys.stderr):
        try:
            names.append(stream.fileno())
        except (AttributeError, OSError, ValueError):  # replaced by a test, or closed
            continue
    return names


def _run_key(args: argparse.Namespace) -> dict[str, object]:
    """What a resumed run must share with the run it continues."""
    return {
        "paths": [os.path.abspath(path) for path in args.paths],
        "per": args.per,
        "text_field": args.text_field,
        "input_format": args.input_format,
        "strict": args.strict,
        "encoding_errors": args.encoding_errors,
        "errors": os.path.abspath(args.errors) if args.errors else None,
    }


def _run(
    args: argparse.Namespace,
    writer: Writer,
    errors: Writer | None,
    client: Client | None,
    checkpoint: Checkpoint | None = None,
) -> int:
    try:
        stats = run_corpus(
            args.paths,
            writer,
            error_writer=errors,
            text_field=args.text_field,
            input_format=args.input_format,
            per=args.per,
            strict=args.strict,
            jobs=args.jobs,
            progress=sys.stderr.isatty(),
            quiet=args.quiet,
            exclude=_own_outputs(args),
            client=client,
            blocksize=args.blocksize,
            skip=checkpoint.done if checkpoint is not None else 0,
            item_done=checkpoint.item_done if checkpoint is not None else None,
            encoding_errors=args.encoding_errors,
            started=getattr(args, "started", None),
        )
        if stats.interrupted:
            if checkpoint is not None:
                checkpoint.commit()
                print(
                    f"corpusparse: {checkpoint.done:,} items are saved; run the same command "
                    "with --resume to continue",
                    file=sys.stderr,
                )
            else:
                writer.close()
            return EXIT_INTERRUPTED
        if checkpoint is not None:
            checkpoint.finish()
        writer.close()
        if errors is not None:
            errors.close()
    except BrokenPipeError:
        raise
    except OSError as error:
        name = error.filename or args.output or "standard output"
        print(f"corpusparse: cannot write {name}: {error.strerror or error}", file=sys.stderr)
        return EXIT_OUTPUT_ERROR
    return EXIT_INPUT_ERRORS if stats.errors else EXIT_OK


def _show_command(args: argparse.Namespace) -> int:
    from corpusparse.cli.show import show

    color = args.color == "always" or (args.color == "auto" and _color_ok())
    width = args.width
    if width is None and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    return show(
        args.paths,
        sys.stdout,
        color=color,
        text_field=args.text_field,
        input_format=args.input_format,
        limit=args.limit,
        width=width or None,
    )


def _color_ok() -> bool:
    import os

    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


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
