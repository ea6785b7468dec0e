"""What every command shares: the program name, exit statuses, and the one-line usage error."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn, Protocol

PROG = "followup-timing"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class Options(Protocol):
    """A parser or an argument group: what option helpers add their options to."""

    def add_argument(self, *names: Any, **settings: Any) -> argparse.Action: ...


class UsageError(Exception):
    """An input the user gave cannot be used; the message is shown as is."""


class CliParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line, like every other error here."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def add_command(
    commands: Any, name: str, *, help: str, description: str, epilog: str
) -> argparse.ArgumentParser:
    """One subcommand, with its examples kept as written in the help (no rewrapping)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser
