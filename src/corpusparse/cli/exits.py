"""The exit codes of the command line, and their help text."""

from __future__ import annotations

__all__ = [
    "EXIT_CLUSTER",
    "EXIT_INPUT_ERRORS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT_ERROR",
    "EXIT_USAGE",
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
