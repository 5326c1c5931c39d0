"""What `corpusparse parse` and `corpusparse show` run, once their arguments are read."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from typing import TYPE_CHECKING

from corpusparse.cli.exits import (
    EXIT_CLUSTER,
    EXIT_INPUT_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT_ERROR,
    EXIT_USAGE,
)
from corpusparse.corpus.checkpoint import Checkpoint, CheckpointMismatch
from corpusparse.corpus.output import Writer, open_writer
from corpusparse.corpus.run import run_corpus

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

__all__ = []


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
