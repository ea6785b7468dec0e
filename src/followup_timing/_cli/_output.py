"""Output shared by the commands: ``--json``, ``--ics FILE``, and how moments are written."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import IO, TYPE_CHECKING, Any, Protocol

from followup_timing._cli._common import UsageError
from followup_timing._timing._explain import format_clock, format_date, format_offset

if TYPE_CHECKING:
    from followup_timing._timing._window import SendWindow


class Exportable(Protocol):
    """A result with a JSON form and a calendar form: a send window or a plan."""

    def to_dict(self) -> dict[str, Any]: ...

    def to_ics(self, path: str) -> Any: ...


def add_output_options(parser: argparse.ArgumentParser, json_what: str, ics_what: str) -> None:
    """``--json`` and ``--ics FILE``, for the commands whose result has both forms."""
    parser.add_argument("--json", action="store_true", help=f"print {json_what}")
    parser.add_argument(
        "--ics",
        metavar="FILE",
        help=f"also write {ics_what} (needs: pip install followup-timing[ics])",
    )


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    print()


def emit(
    result: Exportable, args: argparse.Namespace, print_text: Callable[[IO[str]], None]
) -> None:
    """Write the calendar file first (a failure leaves no half output), then the result.

    With ``--json`` the note about the calendar file goes to stderr, so that stdout stays
    one JSON document.
    """
    if args.ics is not None:
        try:
            result.to_ics(args.ics)
        except OSError as exc:
            raise UsageError(f"--ics: cannot write {args.ics!r}: {exc.strerror or exc}") from None
    if args.json:
        print_json(result.to_dict())
    else:
        print_text(sys.stdout)
    if args.ics is not None:
        print(f"Calendar written to {args.ics}", file=sys.stderr if args.json else sys.stdout)


def moment(value: datetime) -> str:
    abbreviation = value.tzname() or ""
    offset = value.utcoffset()
    assert offset is not None
    numeric = format_offset(offset)
    if not abbreviation or abbreviation[0] in "+-" or abbreviation.startswith("UTC"):
        label = numeric
    else:
        label = f"{abbreviation} ({numeric})"
    return f"{format_date(value.date())} {format_clock(value.timetz())} {label}"


def window_lines(window: SendWindow, zone: tzinfo) -> list[str]:
    return [
        f"  opens        {moment(window.opens.astimezone(zone))}",
        f"  recommended  {moment(window.recommended.astimezone(zone))}",
        f"  closes       {moment(window.closes.astimezone(zone))}",
    ]
