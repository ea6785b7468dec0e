"""``followup-timing plan``: the thank-you note and the check-ins after it."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timezone, tzinfo
from typing import IO, Any

import followup_timing as ft
from followup_timing._cli._calendar import add_calendar_options, interview_and_calendar
from followup_timing._cli._common import EXIT_OK, PROG, UsageError, add_command
from followup_timing._cli._facts import (
    add_application_options,
    add_brief_option,
    decision_of,
    far_warning,
    holidays_line,
    now_of,
    now_text,
)
from followup_timing._cli._invite import add_invite_options
from followup_timing._cli._output import add_output_options, emit, window_lines
from followup_timing._kinds import STEP_KIND_NAMES
from followup_timing._timing._explain import format_instant
from followup_timing._timing._zones import zone_name

EPILOG = f"""\
WHEN is the end of the interview, as for the window command. --decision is the date
(or date and time) by which the employer said they would decide: the first check-in
waits until it has passed plus two business days; without it, the first check-in comes
five business days after the thank-you. The calendar options are the window command's.

examples:
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --country US --subdivision NY
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --decision 2026-12-04 --ics plan.ics
  {PROG} plan --invite interview.ics --me alex.kim@example.com --ics plan.ics

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
    plan.add_argument(
        "when", metavar="WHEN", nargs="?", help="when the interview ended (or give --invite)"
    )
    add_invite_options(plan)
    plan.add_argument(
        "--decision",
        metavar="DATE",
        help="when the employer said they would decide: a date (YYYY-MM-DD) or a date and time",
    )
    add_calendar_options(plan)
    add_application_options(plan)
    plan.add_argument(
        "--check-ins",
        metavar="N",
        type=int,
        help="how many check-ins after the thank-you (default 2; the last is the final one)",
    )
    add_output_options(
        plan, "the plan as JSON (FollowupPlan.to_dict())", "one calendar event per step"
    )
    add_brief_option(plan, "each step's three times and where now stands")
    plan.set_defaults(handler=run)


def _refuse_decision_before(
    decision: date | datetime, interview: ft.Interview, zone: tzinfo, typed: str
) -> None:
    """A decision that passed before the interview ended is a typo in one of the dates."""
    ended = interview.ended_at.astimezone(zone)
    if isinstance(decision, datetime):
        before = decision.astimezone(timezone.utc) <= ended.astimezone(timezone.utc)
    else:
        before = decision < ended.date()
    if before:
        raise UsageError(
            f"--decision {typed} is before the interview ended ({format_instant(ended)}): "
            f"check both dates"
        )


def run(args: argparse.Namespace) -> int:
    """Print the plan, or write it as JSON and/or a calendar file."""
    interview, calendar, your_zone = interview_and_calendar(args)
    zone = calendar.zone_for(interview.ended_at)
    decision = decision_of(args, zone)
    if decision is not None:
        _refuse_decision_before(decision, interview, zone, args.decision)
    plan_options: dict[str, Any] = {}
    if args.check_ins is not None:
        plan_options["check_ins"] = args.check_ins
    try:
        plan_policy = ft.PlanPolicy(**plan_options)
    except ft.PolicyError as exc:
        raise UsageError(_in_option_words(str(exc))) from None
    plan = ft.followup_plan(
        interview, decision_expected=decision, calendar=calendar, policy=plan_policy
    )
    shown = your_zone if your_zone is not None else interview.ended_at.tzinfo
    assert shown is not None
    now = now_of(args, shown)
    far_warning(interview.ended_at, now)
    holidays = holidays_line(calendar, zone, args.no_holidays)
    emit(plan, args, lambda out: print_plan(plan, shown, out, holidays, now, brief=args.brief))
    return EXIT_OK


def _in_option_words(message: str) -> str:
    return message.replace("check_ins", "--check-ins")


def print_plan(
    plan: ft.FollowupPlan,
    your_zone: tzinfo,
    out: IO[str],
    holidays: str,
    now: datetime,
    *,
    brief: bool = False,
) -> None:
    lines: list[str] = [] if brief else [holidays]
    for number, step in enumerate(plan.steps, 1):
        window = step.window
        label = STEP_KIND_NAMES[step.kind].label
        if brief:
            lines.append(f"{number}. {label}")
            lines += window_lines(window, your_zone)
            lines.append(now_text(window, now, your_zone))
            continue
        lines.append(f"{number}. {label}: {step.reason}")
        lines += window_lines(window, window.timezone)
        if zone_name(your_zone) != zone_name(window.timezone):
            lines.append(f"     in your time ({zone_name(your_zone)}):")
            lines += window_lines(window, your_zone)
        lines.append(now_text(window, now, your_zone))
        lines.append("")
    # Only when someone works on another calendar: else every note shares step 1's window.
    thank_you = plan.steps[0].window
    if (
        not brief
        and plan.recipients is not None
        and any(
            (entry.window.opens, entry.window.closes) != (thank_you.opens, thank_you.closes)
            for entry in plan.recipients.windows
        )
    ):
        lines.append("Thank-you notes, one per interviewer:")
        lines += [f"  {line}" for line in plan.recipients.summary().splitlines()]
        lines.append("")
    if not brief:
        lines.append("Why, step by step:")
        for step in plan.steps:
            lines.append(f"  {STEP_KIND_NAMES[step.kind].label}:")
            lines += [f"    {sentence}" for sentence in step.window.explanation()]
    print("\n".join(lines), file=out)
