"""The whole command line: the top-level parser and each command's subparser."""

from __future__ import annotations

import argparse

from followup_timing._cli import _check, _draft, _plan, _window
from followup_timing._cli._common import PROG, CliParser
from followup_timing._version import __version__

# The commands, in the order --help lists them: each module declares its own options.
COMMANDS = (_window, _plan, _check, _draft)

MAIN_EPILOG = f"""\
examples:
  {PROG} window "2026-11-25 15:00" --tz America/New_York --country US --subdivision NY
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --decision 2026-12-04
  {PROG} check draft.eml --company Acme --role "Data Analyst"
  {PROG} draft thank_you --name "Alex Kim" --company Acme --role "Data Analyst" \\
      --interviewer "Ms Lee" --highlight "five years of SQL"

Run '{PROG} COMMAND --help' for the options of each command.
"""


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The whole command line: ``window``, ``plan``, ``check`` and ``draft``."""
    parser = CliParser(
        prog=prog,
        description=(
            "When to send the follow-up email after a job interview, and whether the\n"
            "draft is any good."
        ),
        epilog=MAIN_EPILOG.replace(PROG, prog),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    commands.required = True
    for command in COMMANDS:
        command.add_to(commands, prog)
    return parser
