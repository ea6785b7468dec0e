"""The recipient's calendar and the interview, from WHEN and the calendar options.

Shared by the commands that compute send windows (``window`` and ``plan``).
"""

from __future__ import annotations

import argparse
from datetime import time, tzinfo

import attrs

import followup_timing as ft
from followup_timing._cli._common import UsageError
from followup_timing._cli._facts import add_holiday_options, add_reading_options, read_when
from followup_timing._cli._invite import interview_from_invite
from followup_timing._cli._types import HoursRule, parse_closure, parse_hours, parse_weekend
from followup_timing._timing._facts import legacy_zone_warnings, warn
from followup_timing._timing._zones import resolve_zone
from followup_timing.exceptions import FollowupTimingError


def add_calendar_options(parser: argparse.ArgumentParser) -> None:
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
        "--country",
        metavar="CC",
        help=(
            "recipient's country for public holidays (e.g. US, GB); default: the country "
            "of the recipient's zone"
        ),
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
    add_holiday_options(parser)
    add_reading_options(parser)


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


def _country(args: argparse.Namespace, zone: tzinfo | None) -> str | None:
    """--country, or the recipient's zone's country unless --no-holidays."""
    if args.no_holidays:
        if args.country is not None:
            raise UsageError("--country and --no-holidays contradict each other: give one")
        return None
    if args.country is not None:
        return str(args.country)
    # Without a zone (only an offset in WHEN) there is no place to read a country from.
    return "auto" if zone is not None else None


def _categories(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(dict.fromkeys(("public", *args.holiday_category)))


def _refuse_categories_without_country(
    args: argparse.Namespace, calendar: ft.BusinessCalendar
) -> None:
    if args.holiday_category and calendar.country is None:
        raise UsageError(
            "--holiday-category needs a country whose holidays apply: add --country CC "
            "(or --tz with the recipient's zone, whose country is then used)"
        )


# The calendar field each option sets, to name the option when the calendar refuses it.
_CALENDAR_OPTIONS = {"holiday_categories": "--holiday-category"}


def zone_option(value: str | None, flag: str) -> tzinfo | None:
    """The zone an option names, or a usage error naming the option."""
    return _zone_option(value, flag)


def interview_from(
    args: argparse.Namespace, your_zone: tzinfo | None, *, when_flag: str = "WHEN"
) -> ft.Interview:
    """The interview from WHEN (``args.when``) or from ``--invite FILE``, not both.

    --company, --role and --interviewer, when given, say what the invite does not.
    """
    when = args.when
    invite = getattr(args, "invite", None)
    if when is not None and invite is not None:
        raise UsageError(f"give {when_flag} or --invite FILE, not both")
    facts = {
        "company": getattr(args, "company", None),
        "role": getattr(args, "role", None),
        "interviewers": getattr(args, "interviewer", None) or None,
    }
    given = {field: value for field, value in facts.items() if value is not None}
    if invite is not None:
        interview = interview_from_invite(args, your_zone)
        return attrs.evolve(interview, **given) if given else interview
    if getattr(args, "event", None) is not None or getattr(args, "me", None):
        raise UsageError("--event and --me read --invite FILE; give --invite as well")
    if when is None:
        raise UsageError(f"give {when_flag} (when the interview ended) or --invite FILE")
    ended_at = read_when(when, your_zone, args, when_flag)
    if your_zone is not None:
        warn(legacy_zone_warnings(your_zone), stacklevel=1)
    return ft.Interview(ended_at, **given)


def interview_and_calendar(
    args: argparse.Namespace, *, when_flag: str = "WHEN"
) -> tuple[ft.Interview, ft.BusinessCalendar, tzinfo | None]:
    """The interview from WHEN or --invite, and the recipient's calendar from the options."""
    your_zone = _zone_option(args.tz, "--tz")
    recipient_zone = _zone_option(args.recipient_tz, "--recipient-tz")
    interview = interview_from(args, your_zone, when_flag=when_flag)
    # Without --recipient-tz the recipient shares your zone; with neither zone option,
    # the calendar takes the offset written in WHEN (BusinessCalendar's timezone=None).
    zone = recipient_zone if recipient_zone is not None else your_zone
    country = _country(args, zone)
    try:
        calendar = ft.BusinessCalendar(
            timezone=zone,
            country=country,
            subdivision=args.subdivision,
            holiday_categories=_categories(args),
            weekend=args.weekend,
            hours=_hours_spec(args.hours),
            special_hours=dict(args.special_hours),
            closures=[day for closure in args.closure for day in closure],
            extra_workdays=args.extra_workday,
        )
    except ft.CalendarError as exc:
        option = _CALENDAR_OPTIONS.get(exc.what or "")
        raise UsageError(f"{option}: {exc}" if option else str(exc)) from None
    _refuse_categories_without_country(args, calendar)
    return interview, calendar, your_zone
