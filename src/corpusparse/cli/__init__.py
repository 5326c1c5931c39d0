"""The ``corpusparse`` command: ``parse`` a corpus, ``show`` how a document was read.

`exits` holds the exit codes, `commands` what each command runs once its
arguments are read, and `command_line` the argument parser and `main`.
"""

from __future__ import annotations

from corpusparse.cli.command_line import build_parser, main
from corpusparse.cli.exits import (
    EXIT_CLUSTER,
    EXIT_INPUT_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT_ERROR,
    EXIT_USAGE,
)

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
