"""The ``followup-timing`` command line (also ``python -m followup_timing``).

Standard library only: :mod:`argparse` for the interface, the library for the work. Every
error the user can cause (an unknown zone or country, a date that does not parse, a file
that cannot be read or written) ends as one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import email.policy
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from email.parser import BytesParser
from typing import IO, TYPE_CHECKING, Any, NoReturn

import followup_timing as ft
from followup_timing._timing._explain import format_clock, format_date, format_offset
from followup_timing._timing._zones import resolve_zone, zone_name
from followup_timing._version import __version__
from followup_timing.exceptions import FollowupTimingError, NaiveDatetimeError

if TYPE_CHECKING:
    from followup_timing._email._report import EmailReport, Rules, Span
    from followup_timing._timing._window import SendWindow

PROG = "followup-timing"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MAIN_EPILOG = f"""\
examples:
  {PROG} window "2026-11-25 15:00" --tz America/New_York --country US --subdivision NY
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --decision 2026-12-04
  {PROG} check draft.eml --company Acme --role "Data Analyst"
  {PROG} draft thank_you --name "Alex Kim" --company Acme --role "Data Analyst" \\
      --interviewer "Ms Lee" --highlight "five years of SQL"

Run '{PROG} COMMAND --help' for the options of each command.
"""

WINDOW_EPILOG = f"""\
WHEN is the end of the interview: ISO 8601 ("2026-11-25T15:00-05:00") or a usual
human form ("2026-11-25 3pm", "Nov 25 2026 15:00"). Without an offset in WHEN,
--tz names its zone. Durations: 24h, 90m, 2d, 1h30m. Weekdays: mon..sun or 0..6
(0 = Monday), comma-separated.

examples:
  # Thanksgiving in New York: the holiday does not count
  {PROG} window "2026-11-25 15:00" --tz America/New_York --country US --subdivision NY

  # candidate in Los Angeles, hiring manager in Auckland
  {PROG} window "2026-03-10 14:00" --tz America/Los_Angeles \\
      --recipient-tz Pacific/Auckland --country NZ

  # a company with a short Friday and a closure, written to a calendar file
  {PROG} window "2026-12-17 16:00" --tz Europe/London --country GB \\
      --hours 09:00-17:30 --hours fri=09:00-13:00 --closure 2026-12-21 --ics followup.ics

exit status: 0 on success, 2 on a usage or input error.
"""

PLAN_EPILOG = f"""\
WHEN is the end of the interview, as for the window command. --decision is the date
(or date and time) by which the employer said they would decide: the first check-in
waits until it has passed plus two business days; without it, the first check-in comes
five business days after the thank-you. The calendar options are the window command's.

examples:
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --country US --subdivision NY
  {PROG} plan "2026-11-23 15:00" --tz America/New_York --decision 2026-12-04 --ics plan.ics

exit status: 0 on success, 2 on a usage or input error.
"""

CHECK_EPILOG = f"""\
FILE is a plain-text draft or a whole message (.eml, or any file that starts with
RFC 5322 headers such as From: and Subject:); '-' reads standard input. Each finding
is printed as FILE:LINE:COL: severity code message, then a summary of the four parts
of a good follow-up: gratitude, interest, qualifications, call to action.

examples:
  {PROG} check draft.txt --subject "Thank you - Data Analyst interview"
  {PROG} check followup.eml --company Acme --role "Data Analyst" --interviewer "Dana Reyes"
  pbpaste | {PROG} check - --disable too-short --format json

exit status: 0 when the draft is ready, 1 when it has errors, 2 on a usage or input error.
"""

DRAFT_EPILOG = f"""\
KIND is thank_you, check_in or final_check_in: the steps of a follow-up plan. Every
draft thanks, restates interest, ties your highlights to the role and asks about the
timeline, and passes the check command. Names are used as given, so write them the
way you address the person ("Ana", "Ms Lee"). A thank-you needs an --interviewer; a
check-in without one greets the company's team.

examples:
  {PROG} draft thank_you --name "Alex Kim" --company Acme --role "Data Analyst" \\
      --interviewer Ana --interviewer Ben --highlight "five years of SQL" \\
      --highlight "building dbt models" --topic "the Q3 migration"
  {PROG} draft check_in --name "Alex Kim" --company Acme --role "Data Analyst" \\
      --highlight "five years of SQL" --tone formal --json

exit status: 0 on success, 2 on a usage or input error (such as a missing fact).
"""


class UsageError(Exception):
    """An input the user gave cannot be used; the message is shown as is."""


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one line, like every other error here."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# --- Argument types ---------------------------------------------------------------------

_DURATION = re.compile(r"(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


def parse_duration(text: str) -> timedelta:
    """``24h``, ``90m``, ``2d``, ``1h30m``, ``1w``: a number and a unit, largest unit first."""
    compact = text.strip().lower().replace(" ", "")
    match = _DURATION.fullmatch(compact)
    if not compact or match is None or not any(match.groups()):
        raise argparse.ArgumentTypeError(
            f"cannot read {text!r} as a duration: use numbers with units, largest first, "
            f"such as 24h, 90m, 2d or 1h30m"
        )
    weeks, days, hours, minutes, seconds = (int(group or 0) for group in match.groups())
    try:
        return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    except OverflowError:
        raise argparse.ArgumentTypeError(f"duration {text!r} is too long") from None


def _weekday(text: str) -> int:
    word = text.strip().lower()
    if word.isdigit() and int(word) <= 6:
        return int(word)
    if len(word) >= 2:
        matches = [i for i, name in enumerate(_WEEKDAYS) if name.startswith(word)]
        if len(matches) == 1:
            return matches[0]
    raise argparse.ArgumentTypeError(
        f"unknown weekday {text.strip()!r}: use mon, tue, wed, thu, fri, sat, sun "
        f"or 0 (Monday) to 6 (Sunday)"
    )


def parse_weekend(text: str) -> frozenset[int]:
    """``fri,sat`` or ``4,5``; ``none`` for a calendar with no weekend."""
    if text.strip().lower() in {"none", "no", ""}:
        return frozenset()
    return frozenset(_weekday(part) for part in text.split(","))


def _clock(text: str) -> time:
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", text.strip())
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise argparse.ArgumentTypeError(f"cannot read {text.strip()!r} as a clock time (HH:MM)")


def _weekdays(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        first, dash, last = part.partition("-")
        if dash:
            start, end = _weekday(first), _weekday(last)
            if end < start:
                raise argparse.ArgumentTypeError(
                    f"weekday range {part.strip()!r} runs backwards; write it Monday first"
                )
            days.extend(range(start, end + 1))
        else:
            days.append(_weekday(part))
    return days


HoursRule = tuple[tuple[int, ...] | None, tuple[time, time] | None]


def parse_hours(text: str) -> HoursRule:
    """``09:00-17:00`` for every day, or ``fri=09:00-13:00`` / ``sat,sun=closed`` for some."""
    days_text, equals, hours_text = text.rpartition("=")
    days = tuple(_weekdays(days_text)) if equals else None
    if hours_text.strip().lower() in {"closed", "off"}:
        if days is None:
            raise argparse.ArgumentTypeError("'closed' needs weekdays, e.g. fri=closed")
        return days, None
    opening, dash, closing = hours_text.partition("-")
    if not dash:
        raise argparse.ArgumentTypeError(
            f"cannot read {text!r} as hours: use OPEN-CLOSE such as 09:00-17:00, "
            f"optionally after weekdays such as fri=09:00-13:00"
        )
    pair = (_clock(opening), _clock(closing))
    if not pair[0] < pair[1]:
        raise argparse.ArgumentTypeError(
            f"hours {hours_text.strip()!r}: opening must be before closing on the same day"
        )
    return days, pair


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"cannot read {text.strip()!r} as a date: use YYYY-MM-DD"
        ) from None


def parse_closure(text: str) -> tuple[date, ...]:
    """``2026-12-24`` or an inclusive range ``2026-12-24..2026-12-31``."""
    first, dots, last = text.partition("..")
    start = _iso_date(first)
    end = _iso_date(last) if dots else start
    if end < start:
        raise argparse.ArgumentTypeError(f"closure range {text!r} ends before it starts")
    if (end - start).days > 366:
        raise argparse.ArgumentTypeError(f"closure range {text!r} is longer than a year")
    return tuple(start + timedelta(days=n) for n in range((end - start).days + 1))


def _nonblank(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be blank")
    return text.strip()


# --- Parser -------------------------------------------------------------------------------


def _add_calendar_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by every command that needs the recipient's calendar."""
    parser.add_argument(
        "--tz", metavar="ZONE", help="your IANA zone (e.g. America/Los_Angeles); the zone of WHEN"
    )
    parser.add_argument(
        "--recipient-tz",
        metavar="ZONE",
        help="the recipient's IANA zone (default: --tz, or the offset in WHEN)",
    )
    parser.add_argument(
        "--country", metavar="CC", help="recipient's country for public holidays (e.g. US, GB)"
    )
    parser.add_argument(
        "--subdivision", metavar="SD", help="state or province for holidays (e.g. NY, NSW)"
    )
    parser.add_argument(
        "--weekend",
        metavar="DAYS",
        type=parse_weekend,
        help="weekend days, e.g. fri,sat or 4,5 (default: the country's, else sat,sun)",
    )
    parser.add_argument(
        "--hours",
        metavar="HOURS",
        type=parse_hours,
        action="append",
        default=[],
        help=(
            "business hours, e.g. 09:00-17:00 (the default); repeat with weekdays for "
            "exceptions: fri=09:00-13:00, mon-thu=08:00-18:00, sat=closed"
        ),
    )
    parser.add_argument(
        "--closure",
        metavar="DATE",
        type=parse_closure,
        action="append",
        default=[],
        help="a date the recipient's office is closed (YYYY-MM-DD or FIRST..LAST); repeatable",
    )


def _add_output_options(parser: argparse.ArgumentParser, json_what: str, ics_what: str) -> None:
    """``--json`` and ``--ics FILE``, shared by the commands that compute windows."""
    parser.add_argument("--json", action="store_true", help=f"print {json_what}")
    parser.add_argument(
        "--ics",
        metavar="FILE",
        help=f"also write {ics_what} (needs: pip install followup-timing[ics])",
    )


def _add_command(
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


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The whole command line: ``window``, ``plan`` and ``check``."""
    parser = _Parser(
        prog=prog,
        description=(
            "When to send the follow-up email after a job interview, and whether the\n"
            "draft is any good."
        ),
        epilog=MAIN_EPILOG.replace(PROG, prog),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    window = _add_command(
        commands,
        "window",
        help="when to send the follow-up, on the recipient's working calendar",
        description=(
            "Print the send window for a follow-up: when it opens and closes and the\n"
            "recommended moment, in the recipient's zone and in yours, with the reasons."
        ),
        epilog=WINDOW_EPILOG.replace(PROG, prog),
    )
    window.add_argument("when", metavar="WHEN", help="when the interview ended")
    _add_calendar_options(window)
    window.add_argument(
        "--min",
        metavar="DURATION",
        type=parse_duration,
        help="how long after the interview the window opens (default 24h)",
    )
    window.add_argument(
        "--max",
        metavar="DURATION",
        type=parse_duration,
        help="how long after the interview it closes (default 48h)",
    )
    window.add_argument(
        "--counting",
        choices=("business_days", "calendar"),
        help="business_days (default): only business days count; calendar: real elapsed time",
    )
    _add_output_options(window, "the window as JSON (SendWindow.to_dict())", "a calendar event")
    window.set_defaults(handler=_run_window)

    plan = _add_command(
        commands,
        "plan",
        help="the thank-you note and the check-ins after it, each with its window",
        description=(
            "Print the follow-up plan: the thank-you note, then the check-ins (after the\n"
            "employer's decision date when one was named), each with its send window."
        ),
        epilog=PLAN_EPILOG.replace(PROG, prog),
    )
    plan.add_argument("when", metavar="WHEN", help="when the interview ended")
    plan.add_argument(
        "--decision",
        metavar="DATE",
        help="when the employer said they would decide: a date (YYYY-MM-DD) or a date and time",
    )
    _add_calendar_options(plan)
    plan.add_argument(
        "--check-ins",
        metavar="N",
        type=int,
        help="how many check-ins after the thank-you (default 2; the last is the final one)",
    )
    _add_output_options(
        plan, "the plan as JSON (FollowupPlan.to_dict())", "one calendar event per step"
    )
    plan.set_defaults(handler=_run_plan)

    check = _add_command(
        commands,
        "check",
        help="check a follow-up draft for its four parts and common mistakes",
        description=(
            "Check a follow-up draft for the four parts of a good follow-up (gratitude,\n"
            "interest, qualifications, a call to action) and for placeholders, tone,\n"
            "length, greeting, sign-off and subject line."
        ),
        epilog=CHECK_EPILOG.replace(PROG, prog),
    )
    check.add_argument("file", metavar="FILE", help="the draft (text or .eml), or - for stdin")
    check.add_argument(
        "--subject",
        metavar="S",
        type=_nonblank,
        help="the subject line (replaces a message's own Subject)",
    )
    check.add_argument("--company", metavar="C", type=_nonblank, help="the hiring company")
    check.add_argument("--role", metavar="R", type=_nonblank, help="the role interviewed for")
    check.add_argument(
        "--interviewer",
        metavar="NAME",
        type=_nonblank,
        action="append",
        default=[],
        help="someone you met; repeatable",
    )
    check.add_argument(
        "--disable",
        metavar="CODE",
        action="append",
        default=[],
        help="a finding code to skip (e.g. too-short); repeatable or comma-separated",
    )
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (text)"
    )
    check.set_defaults(handler=_run_check)

    draft = _add_command(
        commands,
        "draft",
        help="write a follow-up email that passes the check",
        description=(
            "Write a thank-you note or a check-in for a follow-up plan's step, from your\n"
            "name, the company, the role, the people you met and what you bring."
        ),
        epilog=DRAFT_EPILOG.replace(PROG, prog),
    )
    draft.add_argument("kind", metavar="KIND", choices=ft.STEP_KINDS, help=", ".join(ft.STEP_KINDS))
    draft.add_argument("--name", metavar="N", type=_nonblank, required=True, help="your name")
    draft.add_argument(
        "--company", metavar="C", type=_nonblank, required=True, help="the hiring company"
    )
    draft.add_argument(
        "--role", metavar="R", type=_nonblank, required=True, help="the role interviewed for"
    )
    draft.add_argument(
        "--interviewer",
        metavar="I",
        type=_nonblank,
        action="append",
        default=[],
        help="someone you met, as you address them; repeatable (a thank-you needs one)",
    )
    draft.add_argument(
        "--highlight",
        metavar="H",
        type=_nonblank,
        action="append",
        default=[],
        help="a skill or experience that fits the role; one to three",
    )
    draft.add_argument(
        "--topic",
        metavar="T",
        type=_nonblank,
        action="append",
        default=[],
        help="something you discussed; repeatable (the first is mentioned)",
    )
    draft.add_argument("--tone", choices=ft.TONES, default="warm", help="the tone (warm)")
    draft.add_argument(
        "--json", action="store_true", help="print the draft as JSON (Draft.to_dict())"
    )
    draft.set_defaults(handler=_run_draft)
    return parser


# --- Entry point ----------------------------------------------------------------------------


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
        return handler(args)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return 130  # the shell's convention for SIGINT
    except (UsageError, FollowupTimingError) as exc:
        _fail(command_prog, str(exc))
    except OSError as exc:
        _fail(command_prog, _os_error_text(exc))
    return EXIT_USAGE


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


# --- window ---------------------------------------------------------------------------------


def _zone_option(value: str | None, flag: str) -> tzinfo | None:
    if value is None:
        return None
    try:
        return resolve_zone(value)
    except FollowupTimingError as exc:
        raise UsageError(f"{flag}: {exc}") from None


def _hours_spec(rules: list[HoursRule]) -> tuple[time, time] | dict[int, tuple[time, time]]:
    base: tuple[time, time] = (time(9), time(17))
    by_day: dict[int, tuple[time, time] | None] = {}
    for days, pair in rules:
        if days is None:
            assert pair is not None
            base = pair  # the default for the days no weekday rule names, in any order
        else:
            by_day.update(dict.fromkeys(days, pair))
    if not by_day:
        return base
    spec = {day: by_day.get(day, base) for day in range(7)}
    return {day: pair for day, pair in spec.items() if pair is not None}


def _interview_and_calendar(
    args: argparse.Namespace,
) -> tuple[ft.Interview, ft.BusinessCalendar, tzinfo | None]:
    """The interview from WHEN and the recipient's calendar from the calendar options."""
    your_zone = _zone_option(args.tz, "--tz")
    recipient_zone = _zone_option(args.recipient_tz, "--recipient-tz")
    try:
        interview = ft.Interview.parse(args.when, tz=your_zone)
    except NaiveDatetimeError:
        raise UsageError(
            f"{args.when!r} carries no time zone: add --tz ZONE (an IANA name such as "
            f"America/New_York) or write the UTC offset in it, e.g. '{args.when} -05:00'"
        ) from None
    # Without --recipient-tz the recipient shares your zone; with neither zone option,
    # the calendar takes the offset written in WHEN (BusinessCalendar's timezone=None).
    calendar = ft.BusinessCalendar(
        timezone=recipient_zone if recipient_zone is not None else your_zone,
        country=args.country,
        subdivision=args.subdivision,
        weekend=args.weekend,
        hours=_hours_spec(args.hours),
        closures=[day for closure in args.closure for day in closure],
    )
    return interview, calendar, your_zone


def _in_option_words(message: str, args: argparse.Namespace) -> str:
    """A policy error rephrased with the command-line options that caused it."""
    if "longer than max_delay" in message:
        lowest = "24h" if args.min is None else _duration_text(args.min)
        highest = "48h" if args.max is None else _duration_text(args.max)
        return (
            f"--min {lowest} is longer than --max {highest}; the window must open before it closes"
        )
    for field, option in (("min_delay", "--min"), ("max_delay", "--max")):
        message = message.replace(field, option)
    return message


def _duration_text(delay: timedelta) -> str:
    """``50h``, ``90m`` or ``1h30m``: a duration as the options take it."""
    minutes = int(delay.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours}h{minutes}m"
    return f"{hours}h" if hours else f"{minutes}m"


def _run_window(args: argparse.Namespace) -> int:
    interview, calendar, your_zone = _interview_and_calendar(args)
    policy_options: dict[str, Any] = {}
    if args.min is not None:
        policy_options["min_delay"] = args.min
    if args.max is not None:
        policy_options["max_delay"] = args.max
    if args.counting is not None:
        policy_options["counting"] = args.counting
    try:
        policy = ft.TimingPolicy(**policy_options)
    except ft.PolicyError as exc:
        # Say it in the options' words: the user typed --min/--max, not min_delay/max_delay.
        raise UsageError(_in_option_words(str(exc), args)) from None
    window = ft.send_window(interview, calendar=calendar, policy=policy)

    if args.ics is not None:
        try:
            window.to_ics(args.ics)
        except OSError as exc:
            raise UsageError(f"--ics: cannot write {args.ics!r}: {exc.strerror or exc}") from None
    if args.json:
        json.dump(window.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        shown = your_zone if your_zone is not None else interview.ended_at.tzinfo
        assert shown is not None
        _print_window(window, shown, sys.stdout)
    if args.ics is not None:
        print(f"Calendar event written to {args.ics}", file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _moment(value: datetime) -> str:
    abbreviation = value.tzname() or ""
    offset = value.utcoffset()
    assert offset is not None
    numeric = format_offset(offset)
    if not abbreviation or abbreviation[0] in "+-" or abbreviation.startswith("UTC"):
        label = numeric
    else:
        label = f"{abbreviation} ({numeric})"
    return f"{format_date(value.date())} {format_clock(value.timetz())} {label}"


def _window_lines(window: SendWindow, zone: tzinfo) -> list[str]:
    return [
        f"  opens        {_moment(window.opens.astimezone(zone))}",
        f"  recommended  {_moment(window.recommended.astimezone(zone))}",
        f"  closes       {_moment(window.closes.astimezone(zone))}",
    ]


def _print_window(window: SendWindow, your_zone: tzinfo, out: IO[str]) -> None:
    recipient = zone_name(window.timezone)
    yours = zone_name(your_zone)
    lines: list[str] = []
    if yours == recipient:
        lines.append(f"Send window ({recipient}):")
        lines += _window_lines(window, window.timezone)
    else:
        lines.append(f"Send window in the recipient's time ({recipient}):")
        lines += _window_lines(window, window.timezone)
        lines.append(f"The same window in your time ({yours}):")
        lines += _window_lines(window, your_zone)
    lines.append("")
    lines.append("Why:")
    lines += [f"  {sentence}" for sentence in window.explanation()]
    print("\n".join(lines), file=out)


# --- plan -----------------------------------------------------------------------------------


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


def _run_plan(args: argparse.Namespace) -> int:
    interview, calendar, your_zone = _interview_and_calendar(args)
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
    if args.ics is not None:
        try:
            plan.to_ics(args.ics)
        except OSError as exc:
            raise UsageError(f"--ics: cannot write {args.ics!r}: {exc.strerror or exc}") from None
    if args.json:
        json.dump(plan.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        shown = your_zone if your_zone is not None else interview.ended_at.tzinfo
        assert shown is not None
        _print_plan(plan, shown, sys.stdout)
    if args.ics is not None:
        print(f"Calendar written to {args.ics}", file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _print_plan(plan: ft.FollowupPlan, your_zone: tzinfo, out: IO[str]) -> None:
    lines: list[str] = []
    for number, step in enumerate(plan.steps, 1):
        window = step.window
        lines.append(f"{number}. {step.kind.replace('_', ' ')}: {step.reason}")
        lines += _window_lines(window, window.timezone)
        if zone_name(your_zone) != zone_name(window.timezone):
            lines.append(f"     in your time ({zone_name(your_zone)}):")
            lines += _window_lines(window, your_zone)
        lines.append("")
    lines.append("Why, step by step:")
    for step in plan.steps:
        lines.append(f"  {step.kind.replace('_', ' ')}:")
        lines += [f"    {sentence}" for sentence in step.window.explanation()]
    print("\n".join(lines), file=out)


# --- check ----------------------------------------------------------------------------------

# Header names that mark the start of a real message, not a draft that opens with "Re: ...".
_MESSAGE_HEADERS = frozenset(
    (
        "from", "to", "cc", "bcc", "subject", "date", "reply-to", "message-id", "sender",
        "mime-version", "content-type", "content-transfer-encoding", "in-reply-to",
        "references", "return-path", "received", "x-mailer", "user-agent",
    )
)  # fmt: skip
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")


def looks_like_message(data: bytes, name: str) -> bool:
    """Whether *data* is a whole RFC 5322 message: a ``.eml`` file or a header block."""
    if name.lower().endswith(".eml"):
        return True
    head, _, _ = data.lstrip(b"\r\n").partition(b"\n\n")
    head, _, _ = head.partition(b"\r\n\r\n")
    names: list[bytes] = []
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header continues
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        names.append(match.group()[:-1].lower())
    return any(n.decode("ascii") in _MESSAGE_HEADERS for n in names)


def _read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return data, "<stdin>"
    try:
        with open(path, "rb") as file:
            return file.read(), path
    except IsADirectoryError:
        raise UsageError(f"cannot read {path!r}: it is a directory") from None
    except OSError as exc:
        raise UsageError(f"cannot read {path!r}: {exc.strerror or exc}") from None


def _rules(disable: list[str]) -> Rules:
    codes = [code.strip() for item in disable for code in item.split(",") if code.strip()]
    for code in codes:
        if code not in ft.FINDING_CODES:
            close = difflib.get_close_matches(code, list(ft.FINDING_CODES), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else "known codes: " + ", ".join(ft.FINDING_CODES)
            )
            raise UsageError(f"--disable: unknown finding code {code!r}; {hint}")
    return ft.Rules(disabled=codes)


def _run_check(args: argparse.Namespace) -> int:
    data, name = _read_input(args.file)
    rules = _rules(args.disable)
    context = None
    if args.company or args.role or args.interviewer:
        context = ft.EmailContext(
            company=args.company, role=args.role, interviewers=args.interviewer
        )
    line_offset = 0
    if looks_like_message(data, name):
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        if args.subject is not None:
            del message["Subject"]
            message["Subject"] = args.subject
        report = ft.validate_message(message, context=context, rules=rules)
        line_offset = _body_line_offset(data, report.body)
    else:
        text = data.decode("utf-8-sig", errors="replace")
        report = ft.validate_email(text, subject=args.subject, context=context, rules=rules)

    if args.format == "json":
        json.dump(report.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        _print_report(report, name, line_offset, sys.stdout)
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _body_line_offset(data: bytes, body: str) -> int:
    """Lines before the body in the file, when the body appears there as is; else 0.

    Then the positions printed point into the file. A body that was encoded (base64,
    quoted-printable) or converted from HTML is reported in its own lines.
    """
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    needle = body.replace("\r\n", "\n").strip("\n")
    if not needle:
        return 0
    _, separator, rest = text.partition("\n\n")
    if not separator:
        return 0
    found = rest.find(needle)
    if found < 0:
        return 0
    header_lines = text[: len(text) - len(rest)].count("\n")
    leading = len(body.replace("\r\n", "\n")) - len(body.replace("\r\n", "\n").lstrip("\n"))
    return header_lines + rest[:found].count("\n") - leading


def _clip(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3].rstrip() + "..."


def _position(span: Span | None, line_offset: int) -> str:
    if span is None:
        return "1:1"
    return f"{span.line + line_offset}:{span.column}"


def _print_report(report: EmailReport, name: str, line_offset: int, out: IO[str]) -> None:
    lines: list[str] = []
    # Like a linter: in the order of the text, findings about the whole draft first.
    in_text_order = sorted(report.findings, key=lambda f: -1 if f.span is None else f.span.start)
    for finding in in_text_order:
        lines.append(
            f"{name}:{_position(finding.span, line_offset)}: "
            f"{finding.severity} {finding.code} {finding.message}"
        )
        if finding.suggestion:
            lines.append(f"    suggestion: {finding.suggestion}")
    if lines:
        lines.append("")
    width = max(len(move) for move in report.moves)
    for move, result in report.moves.items():
        if result.present and result.evidence:
            first = result.evidence[0]
            more = len(result.evidence) - 1
            extra = f" (+{more} more)" if more else ""
            lines.append(
                f"{move:<{width}}  present  {_position(first, line_offset)} "
                f'"{_clip(first.text)}"{extra}'
            )
        else:
            lines.append(f"{move:<{width}}  {'present' if result.present else 'missing'}")
    counts = {
        severity: sum(1 for f in report.findings if f.severity == severity)
        for severity in ("error", "warning", "info")
    }
    tally = ", ".join(
        f"{count} {severity}{'' if count == 1 else 's'}" for severity, count in counts.items()
    )
    present = sum(1 for result in report.moves.values() if result.present)
    verdict = "ready to send" if report.ok else "not ready"
    missing = [move for move, result in report.moves.items() if not result.present]
    if not report.ok and counts["error"] == 0 and missing:
        # The missing-part errors were disabled, yet a draft needs all four parts.
        verdict += f" ({', '.join(missing)} missing)"
    lines.append("")
    lines.append(f"{name}: {present} of 4 parts present; {tally}: {verdict}.")
    print("\n".join(lines), file=out)


# --- draft ----------------------------------------------------------------------------------


# The option each fact of a draft comes from, to name it in an error.
_DRAFT_FLAGS = {
    "Candidate.name": "--name",
    "Candidate.highlights": "--highlight",
    "context.company": "--company",
    "context.role": "--role",
    "context.interviewers": "--interviewer",
    "context.topics": "--topic",
}


def _run_draft(args: argparse.Namespace) -> int:
    if not args.highlight:
        raise UsageError(
            "give one to three --highlight options: skills or experiences that fit the role, "
            "e.g. --highlight 'five years of SQL'"
        )
    if len(args.highlight) > 3:
        raise UsageError(
            f"--highlight: {len(args.highlight)} given; keep the one to three that fit the "
            f"role best"
        )
    try:
        candidate = ft.Candidate(name=args.name, highlights=args.highlight)
        context = ft.EmailContext(
            company=args.company,
            role=args.role,
            interviewers=args.interviewer,
            topics=args.topic,
        )
        draft = ft.draft_email(args.kind, candidate=candidate, context=context, tone=args.tone)
    except ft.DraftError as exc:
        if exc.what == "context.interviewers":
            raise UsageError(
                f"a {args.kind} draft thanks the people you met by name: add --interviewer "
                f"NAME, written as you address them (e.g. --interviewer 'Ms Lee')"
            ) from None
        flag = _DRAFT_FLAGS.get(exc.what.split("[")[0])
        raise UsageError(f"{flag}: {exc}" if flag else str(exc)) from None
    if args.json:
        json.dump(draft.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(f"Subject: {draft.subject}\n\n{draft.body}")
    return EXIT_OK
