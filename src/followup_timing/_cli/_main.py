"""Entry point: parse the arguments, run the command, turn every error into one line."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence

from followup_timing._cli._common import EXIT_USAGE, PROG, UsageError
from followup_timing._cli._facts import warnings_on_stderr
from followup_timing._cli._parser import build_parser
from followup_timing.exceptions import FollowupTimingError


def main(argv: Sequence[str] | None = None, *, prog: str = PROG) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser(prog)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    command_prog = f"{prog} {args.command}"
    try:
        with warnings_on_stderr(command_prog):
            return handler(args)
    except BrokenPipeError:
        # The reader went away (``... | head``): not an error of the draft's (exit 1) nor
        # of the user's (exit 2); 141 is what a shell reports for SIGPIPE.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130  # the shell's convention for SIGINT
    except (UsageError, FollowupTimingError) as exc:
        _fail(command_prog, str(exc))
    except OSError as exc:
        _fail(command_prog, _os_error_text(exc))
    return EXIT_USAGE


EXIT_BROKEN_PIPE = 128 + 13  # 128 + SIGPIPE, as a shell reports a command killed by it


def _fail(prog: str, message: str) -> None:
    print(f"{prog}: error: {' '.join(message.split())}", file=sys.stderr)


def _os_error_text(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.filename is not None:
        return f"cannot open {str(exc.filename)!r}: {reason}"
    return reason


def _silence_stdout() -> None:
    """After the reader of a pipe went away (``... | head``), drop the rest of the output."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
