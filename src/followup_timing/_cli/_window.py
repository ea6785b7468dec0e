"""``followup-timing window``: when to send the follow-up, with the reasons."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, tzinfo
from typing import IO, TYPE_CHECKING, Any

import followup_timing as ft
from followup_timing._cli._calendar import add_calendar_options, interview_and_calendar
from followup_timing._cli._common import EXIT_OK, PROG, UsageError, add_command
from followup_timing._cli._facts import (
    add_application_options,
    add_brief_option,
    far_warning,
    holidays_line,
    now_of,
    now_text,
)
from followup_timing._cli._invite import add_invite_options
from followup_timing._cli._output import add_output_options, emit, window_lines
from followup_timing._cli._types import parse_duration
from followup_timing._durations import format_duration
from followup_timing._timing._zones import zone_name

if TYPE_CHECKING:
    from followup_timing._timing._window import SendWindow

EPILOG = f"""\
WHEN is the end of the interview: ISO 8601 ("2026-11-25T15:00-05:00") or a usual
human form ("2026-11-25 3pm", "Nov 25 2026 15:00"). Without an offset in WHEN,
--tz names its zone. --invite FILE reads it from the calendar invite instead.
Durations: 24h, 90m, 2d, 1h30m, "1 day 6 hours". Weekdays: mon..sun or 0..6
(0 = Monday), comma-separated.

examples:
  # Thanksgiving in New York: the holiday does not count
  {PROG} window "2026-11-25 15:00" --tz America/New_York --country US --subdivision NY

  # candidate in Los Angeles, hiring manager in Auckland
  {PROG} window "2026-03-10 14:00" --tz America/Los_Angeles \\
      --recipient-tz Pacific/Auckland --country NZ

  # straight from the calendar invite (its end, zone, company and role)
  {PROG} window --invite interview.ics --country US --subdivision NY

  # a company with a short Friday and a closure, written to a calendar file
  {PROG} window "2026-12-17 16:00" --tz Europe/London --country GB \\
      --hours 09:00-17:30 --hours fri=09:00-13:00 --closure 2026-12-21 --ics followup.ics

exit status: 0 on success, 2 on a usage or input error.
"""

# The TimingPolicy field each option sets, to name the option when the policy refuses it.
_POLICY_OPTIONS = {"min_delay": "--min", "max_delay": "--max", "counting": "--counting"}
_DEFAULT = ft.TimingPolicy()


def add_to(commands: Any, prog: str) -> None:
    """Declare the ``window`` command and its options."""
    window = add_command(
        commands,
        "window",
        help="when to send the follow-up, on the recipient's working calendar",
        description=(
            "Print the send window for a follow-up: when it opens and closes and the\n"
            "recommended moment, in the recipient's zone and in yours, with the reasons."
        ),
        epilog=EPILOG.replace(PROG, prog),
    )
    window.add_argument(
        "when", metavar="WHEN", nargs="?", help="when the interview ended (or give --invite)"
    )
    add_invite_options(window)
    add_calendar_options(window)
    add_application_options(window)
    add_policy_options(window)
    add_output_options(window, "the window as JSON (SendWindow.to_dict())", "a calendar event")
    add_brief_option(window, "the three times and where now stands")
    window.set_defaults(handler=run)


def add_policy_options(parser: argparse.ArgumentParser) -> None:
    """``--min``, ``--max`` and ``--counting``: the timing policy of the window."""
    parser.add_argument(
        "--min",
        metavar="DURATION",
        type=parse_duration,
        help="how long after the interview the window opens (default 24h)",
    )
    parser.add_argument(
        "--max",
        metavar="DURATION",
        type=parse_duration,
        help="how long after the interview it closes (default 48h)",
    )
    parser.add_argument(
        "--counting",
        choices=("business_days", "calendar"),
        help="business_days (default): only business days count; calendar: real elapsed time",
    )


def _policy(args: argparse.Namespace) -> ft.TimingPolicy:
    given = {"min_delay": args.min, "max_delay": args.max, "counting": args.counting}
    options = {field: value for field, value in given.items() if value is not None}
    lowest: timedelta = args.min if args.min is not None else _DEFAULT.min_delay
    highest: timedelta = args.max if args.max is not None else _DEFAULT.max_delay
    if lowest > highest:
        raise UsageError(
            f"--min {format_duration(lowest)} is longer than --max {format_duration(highest)}; "
            f"the window must open before it closes"
        )
    try:
        return ft.TimingPolicy(**options)
    except ft.PolicyError as exc:
        # ``what`` is the field, bare or as "TimingPolicy.min_delay".
        field = (exc.what or "").removeprefix("TimingPolicy.")
        option = _POLICY_OPTIONS.get(field)
        if option is None:
            raise UsageError(str(exc)) from None
        message = str(exc)
        # "min_delay 400 days is longer than ..." is said as "--min 400 days is longer ...".
        if message.startswith(f"{field} "):
            raise UsageError(f"{option}{message.removeprefix(field)}") from None
        raise UsageError(f"{option}: {message}") from None


def compute_window(
    args: argparse.Namespace, *, when_flag: str = "WHEN"
) -> tuple[SendWindow, ft.BusinessCalendar, tzinfo]:
    """The send window of the options, its calendar, and the zone to show it in besides
    the recipient's.

    The ``window`` command prints it and ``check --interview`` checks a message against it:
    one computation, so the two never disagree.
    """
    interview, calendar, your_zone = interview_and_calendar(args, when_flag=when_flag)
    window = ft.send_window(interview, calendar=calendar, policy=_policy(args))
    shown = your_zone if your_zone is not None else interview.ended_at.tzinfo
    assert shown is not None
    return window, calendar, shown


def run(args: argparse.Namespace) -> int:
    """Print the send window, or write it as JSON and/or a calendar file."""
    window, calendar, shown = compute_window(args)
    interview = window.interview
    now = now_of(args, shown)
    far_warning(interview.ended_at, now)
    if args.brief:
        emit(window, args, lambda out: print_brief(window, shown, now, out))
    else:
        holidays = holidays_line(calendar, window.timezone, args.no_holidays)
        emit(window, args, lambda out: print_window(window, shown, out, holidays, now))
    return EXIT_OK


def print_brief(window: SendWindow, your_zone: tzinfo, now: datetime, out: IO[str]) -> None:
    """The three times in your zone, and where now stands."""
    lines = [line.strip() for line in window_lines(window, your_zone)]
    lines.append(now_text(window, now, your_zone).strip())
    print("\n".join(lines), file=out)


def print_window(
    window: SendWindow, your_zone: tzinfo, out: IO[str], holidays: str, now: datetime
) -> None:
    recipient = zone_name(window.timezone)
    yours = zone_name(your_zone)
    lines: list[str] = [holidays]
    if yours == recipient:
        lines.append(f"Send window ({recipient}):")
        lines += window_lines(window, window.timezone)
    else:
        lines.append(f"Send window in the recipient's time ({recipient}):")
        lines += window_lines(window, window.timezone)
        lines.append(f"The same window in your time ({yours}):")
        lines += window_lines(window, your_zone)
    lines.append(now_text(window, now, your_zone))
    lines.append("")
    lines.append("Why:")
    lines += [f"  {sentence}" for sentence in window.explanation()]
    print("\n".join(lines), file=out)
