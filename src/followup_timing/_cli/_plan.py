"""``followup-timing plan``: the thank-you note and the check-ins after it."""

from __future__ import annotations

import argparse
from datetime import date, datetime, tzinfo
from typing import IO, Any

import followup_timing as ft
from followup_timing._cli._calendar import add_calendar_options, interview_and_calendar
from followup_timing._cli._common import EXIT_OK, PROG, UsageError, add_command
from followup_timing._cli._output import add_output_options, emit, window_lines
from followup_timing._kinds import STEP_KIND_NAMES
from followup_timing._timing._zones import zone_name
from followup_timing.exceptions import FollowupTimingError, NaiveDatetimeError

EPILOG = f"""\
WHEN is the end of the interview, as for the window command. --decision is the date
(or date and time) by which the employer said they would decide: the first check-in
waits until it has passed plus two business days; without it, the first check-in comes
five business days after the thank-you. The calendar options are the window command's.

examples:
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --country US --subdivision NY
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --decision 2026-12-04 --ics plan.ics

exit status: 0 on success, 2 on a usage or input error.
"""


def add_to(commands: Any, prog: str) -> None:
    """Declare the ``plan`` command and its options."""
    plan = add_command(
        commands,
        "plan",
        help="the thank-you note and the check-ins after it, each with its window",
        description=(
            "Print the follow-up plan: the thank-you note, then the check-ins (after the\n"
            "employer's decision date when one was named), each with its send window."
        ),
        epilog=EPILOG.replace(PROG, prog),
    )
    plan.add_argument("when", metavar="WHEN", help="when the interview ended")
    plan.add_argument(
        "--decision",
        metavar="DATE",
        help="when the employer said they would decide: a date (YYYY-MM-DD) or a date and time",
    )
    add_calendar_options(plan)
    plan.add_argument(
        "--check-ins",
        metavar="N",
        type=int,
        help="how many check-ins after the thank-you (default 2; the last is the final one)",
    )
    add_output_options(
        plan, "the plan as JSON (FollowupPlan.to_dict())", "one calendar event per step"
    )
    plan.set_defaults(handler=run)


def _decision(text: str | None, zone: tzinfo | None) -> date | datetime | None:
    """A bare date stays a date (it passes at its end); a date and time is an instant."""
    if text is None:
        return None
    day = _date_only(text)
    if day is not None:
        return day
    try:
        return ft.Interview.parse(text, tz=zone).ended_at
    except NaiveDatetimeError:
        raise UsageError(
            f"--decision {text!r} carries no time zone: add --tz ZONE or give a bare date"
        ) from None
    except FollowupTimingError as exc:
        raise UsageError(f"--decision: {exc}") from None


def _date_only(text: str) -> date | None:
    """The date of *text* when it names a day and no time ("2026-12-04", "Dec 4 2026")."""
    from dateutil import parser as date_parser

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        # Two defaults with different clock times: a text without a time takes each one's.
        morning = date_parser.parse(text, default=datetime(2000, 1, 1, 1, 1))  # noqa: DTZ001
        evening = date_parser.parse(text, default=datetime(2000, 1, 1, 2, 2))  # noqa: DTZ001
    except (ValueError, OverflowError):
        return None
    if morning.time() != evening.time() and morning.tzinfo is None:
        return morning.date()
    return None

def run(args: argparse.Namespace) -> int:
    """Print the plan, or write it as JSON and/or a calendar file."""
    interview, calendar, your_zone = interview_and_calendar(args)
    decision = _decision(args.decision, calendar.zone_for(interview.ended_at))
    plan_options: dict[str, Any] = {}
    if args.check_ins is not None:
        plan_options["check_ins"] = args.check_ins
    plan = ft.followup_plan(
        interview,
        decision_expected=decision,
        calendar=calendar,
        policy=ft.PlanPolicy(**plan_options),
    )
    shown = your_zone if your_zone is not None else interview.ended_at.tzinfo
    assert shown is not None
    emit(plan, args, lambda out: print_plan(plan, shown, out))
    return EXIT_OK


def print_plan(plan: ft.FollowupPlan, your_zone: tzinfo, out: IO[str]) -> None:
    lines: list[str] = []
    for number, step in enumerate(plan.steps, 1):
        window = step.window
        lines.append(f"{number}. {STEP_KIND_NAMES[step.kind].label}: {step.reason}")
        lines += window_lines(window, window.timezone)
        if zone_name(your_zone) != zone_name(window.timezone):
            lines.append(f"     in your time ({zone_name(your_zone)}):")
            lines += window_lines(window, your_zone)
        lines.append("")
    lines.append("Why, step by step:")
    for step in plan.steps:
        lines.append(f"  {STEP_KIND_NAMES[step.kind].label}:")
        lines += [f"    {sentence}" for sentence in step.window.explanation()]
    print("\n".join(lines), file=out)

