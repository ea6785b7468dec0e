"""Facts ``window`` and ``plan`` ask about rather than guess, and how they are said.

The order of day and month, a date without a time, "now", the recipient's country, and
the warnings the library raises (``FollowupTimingWarning``), said with this command
line's own options.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import warnings
from collections.abc import Iterator
from datetime import date, datetime, timezone, tzinfo
from typing import Any

import followup_timing as ft
from followup_timing._cli._common import UsageError
from followup_timing._cli._types import nonblank, parse_date, parse_special_hours
from followup_timing._timing._countries import infer_country
from followup_timing._timing._dates import date_of, parse_when
from followup_timing._timing._explain import format_date
from followup_timing._timing._now import far_from_now, now_line
from followup_timing._timing._zones import zone_name
from followup_timing.exceptions import (
    AmbiguousDateError,
    NaiveDatetimeError,
    TimeMissingError,
    ZoneAbbreviationError,
)


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """How WHEN (and the other dates typed) are read, and the clock to compare with."""
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first",
        dest="dayfirst",
        action="store_const",
        const=True,
        help="read numeric dates day first: 03/04/2026 is 3 April (UK, most of the world)",
    )
    order.add_argument(
        "--month-first",
        dest="dayfirst",
        action="store_const",
        const=False,
        help="read numeric dates month first: 03/04/2026 is 4 March (US)",
    )
    parser.add_argument(
        "--date-only",
        action="store_true",
        help="WHEN may be a date without a time: read as 23:59, the latest it can have ended",
    )
    parser.add_argument(
        "--now",
        metavar="WHEN",
        help="the moment to compare the window with (default: the clock), e.g. for a script",
    )


def add_application_options(parser: argparse.ArgumentParser) -> None:
    """Which application the window belongs to, for the calendar events."""
    parser.add_argument("--company", metavar="C", type=nonblank, help="the hiring company")
    parser.add_argument("--role", metavar="R", type=nonblank, help="the role interviewed for")
    parser.add_argument(
        "--interviewer",
        metavar="NAME",
        type=nonblank,
        action="append",
        default=[],
        help="someone you met; repeatable",
    )


def add_brief_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--brief", action="store_true", help=f"print only {what}")


def add_holiday_options(parser: argparse.ArgumentParser) -> None:
    """Holidays and one-off days, beyond --country and --closure."""
    parser.add_argument(
        "--no-holidays",
        action="store_true",
        help="apply no public holidays (default: those of --country, or of the recipient's zone)",
    )
    parser.add_argument(
        "--holiday-category",
        metavar="CATEGORY",
        action="append",
        default=[],
        help=(
            "a holidays category counted as days off besides public ones, e.g. optional "
            "(Brazil's Carnival) or bank; repeatable"
        ),
    )
    parser.add_argument(
        "--special-hours",
        metavar="DATE=HOURS",
        type=parse_special_hours,
        action="append",
        default=[],
        help="hours for one date, e.g. 2026-12-24=09:00-13:00 or 2026-12-24=closed; repeatable",
    )
    parser.add_argument(
        "--extra-workday",
        metavar="DATE",
        type=parse_date,
        action="append",
        default=[],
        help="a date worked whatever else says (YYYY-MM-DD), e.g. a make-up Saturday; repeatable",
    )


# --- Reading dates as typed -------------------------------------------------------------------


def read_when(text: str, zone: tzinfo | None, args: argparse.Namespace, option: str) -> datetime:
    """*text*, typed as *option* (``WHEN``, ``--decision``, ``--now``), as an aware datetime.

    Each question the text leaves open is put in this command line's words.
    """
    label = text if option == "WHEN" else f"{option} {text}"
    try:
        return parse_when(
            text,
            zone,
            what=option,
            dayfirst=args.dayfirst,
            allow_date_only=option == "WHEN" and args.date_only,
        )
    except AmbiguousDateError as exc:
        raise UsageError(
            f"{label!r}: the date is ambiguous: {format_date(exc.day_first)} (day first) or "
            f"{format_date(exc.month_first)} (month first); add --day-first or --month-first, "
            f"or write it year first ({exc.day_first.isoformat()} or "
            f"{exc.month_first.isoformat()})"
        ) from None
    except TimeMissingError as exc:
        fix = (
            "or --date-only to read it as 23:59, the latest it can have ended"
            if option == "WHEN"
            else "or give a date and time"
        )
        raise UsageError(
            f"{label!r} names a day but no time: add the time (e.g. "
            f"'{exc.day.isoformat()} 15:00'), {fix}"
        ) from None
    except ZoneAbbreviationError as exc:
        raise UsageError(_abbreviation_text(label, exc)) from None
    except NaiveDatetimeError:
        raise UsageError(
            f"{label!r} carries no time zone: add --tz ZONE (an IANA name such as "
            f"America/New_York) or write the UTC offset in it, e.g. '{text} -05:00'"
        ) from None
    except ft.FollowupTimingError as exc:
        if option == "WHEN":
            raise
        raise UsageError(f"{option}: {exc}") from None


def _abbreviation_text(label: str, exc: ZoneAbbreviationError) -> str:
    if exc.zone is not None:
        return (
            f"{label!r}: {exc.abbreviation} does not match --tz {exc.zone}, which uses "
            f"{exc.zone_uses} then: drop {exc.abbreviation} (the zone decides) or write the "
            f"UTC offset instead"
        )
    used_by = f" (around then: {', '.join(exc.zones)})" if exc.zones else ""
    example = exc.zones[0] if exc.zones else "America/New_York"
    return (
        f"{label!r}: {exc.abbreviation} is an abbreviation, not a time zone{used_by}: drop it "
        f"and add --tz ZONE (e.g. --tz {example}), or write the UTC offset instead"
    )


def decision_of(args: argparse.Namespace, zone: tzinfo | None) -> date | datetime | None:
    """``--decision``: a bare date stays a date (it passes at its end), else an instant."""
    if args.decision is None:
        return None
    try:
        day = date_of(args.decision, dayfirst=args.dayfirst)
    except ft.FollowupTimingError:
        day = None  # read_when below says what is wrong, in the option's words
    if day is not None:
        return day
    return read_when(args.decision, zone, args, "--decision")


def now_of(args: argparse.Namespace, zone: tzinfo | None) -> datetime:
    """``--now`` when given, else the clock."""
    if args.now is None:
        return datetime.now(timezone.utc)
    return read_when(args.now, zone, args, "--now")


def now_text(window: Any, now: datetime, zone: tzinfo) -> str:
    """The ``now`` line under a window's three times."""
    return f"  now          {now_line(window.opens, window.closes, now, zone)}"


# --- Warnings and the holidays line -------------------------------------------------------


def far_warning(ended_at: datetime, now: datetime) -> None:
    """Say so when the interview is more than a year from now: the year is likely a typo."""
    text = far_from_now(ended_at, now)
    if text is not None:
        warnings.warn(ft.FollowupTimingWarning(text, "", code="far-from-now"), stacklevel=2)


def _in_option_words(warning: ft.FollowupTimingWarning) -> str:
    if warning.code == "zone-not-in-country" and warning.zones:
        return (
            f"{warning.problem}; if the recipient works there, add --recipient-tz with "
            f"their zone, e.g. --recipient-tz {warning.zones[0]}"
        )
    if warning.code == "legacy-zone" and warning.zones:
        return (
            f"{warning.problem}; give the IANA zone of the place instead, e.g. "
            f"{', '.join(warning.zones[:3])}"
        )
    return str(warning)


@contextlib.contextmanager
def warnings_on_stderr(prog: str) -> Iterator[None]:
    """Print the library's warnings as ``PROG: warning: ...`` lines, each once."""
    said: set[str] = set()

    def show(message: Warning | str, *_: object, **__: object) -> None:
        text = (
            _in_option_words(message)
            if isinstance(message, ft.FollowupTimingWarning)
            else str(message)
        )
        if text not in said:
            said.add(text)
            print(f"{prog}: warning: {text}", file=sys.stderr)

    with warnings.catch_warnings():
        warnings.simplefilter("always", ft.FollowupTimingWarning)
        warnings.showwarning = show
        yield


def holidays_line(calendar: ft.BusinessCalendar, zone: tzinfo, no_holidays: bool) -> str:
    """Whose public holidays apply, where that came from, and how to choose others."""
    source = calendar.country_inferred_from
    guess = None if source is None else infer_country(source)
    categories = calendar.holiday_categories
    kinds = "" if categories == ("public",) else f" (categories: {', '.join(categories)})"
    if calendar.country is not None:
        if guess is None:
            return f"Holidays: {calendar.region}{kinds}"
        # "US-NY, inferred from America/New_York": the subdivision was given, the country not.
        inferred = calendar.region + guess.describe()[len(guess.country) :]
        return (
            f"Holidays: {inferred}{kinds}; pass --country to choose, --no-holidays to "
            f"ignore holidays"
        )
    if no_holidays:
        return "Holidays: none (--no-holidays)"
    if guess is not None:
        return (
            f"Holidays: none: {guess.country} (inferred from {guess.zone}) has no holiday "
            f"calendar; pass --country to choose one"
        )
    return (
        f"Holidays: none: {zone_name(zone)} names no country; pass --country to apply its "
        f"public holidays"
    )
