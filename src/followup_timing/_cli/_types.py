"""Argument types: each reads one option's text or raises ``argparse.ArgumentTypeError``.

argparse turns that error into ``argument --OPTION: MESSAGE`` on one line.
"""

from __future__ import annotations

import argparse
import re
from datetime import date, time, timedelta

from followup_timing._durations import parse_duration as _parse_duration
from followup_timing.exceptions import PolicyError

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_duration(text: str) -> timedelta:
    """``24h``, ``90m``, ``2d``, ``1h30m``, ``1w`` or ``"1 day 6 hours"``: the library's reader."""
    try:
        return _parse_duration(text)
    except PolicyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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


def nonblank(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be blank")
    return text.strip()


def parse_date(text: str) -> date:
    """``2026-12-24``: a date as the calendar options take it (year first, never ambiguous)."""
    return _iso_date(text)


def parse_special_hours(text: str) -> tuple[date, tuple[time, time] | None]:
    """``2026-12-24=09:00-13:00`` (short hours) or ``2026-12-24=closed``."""
    day_text, equals, hours_text = text.partition("=")
    if not equals:
        raise argparse.ArgumentTypeError(
            f"cannot read {text!r}: use DATE=HH:MM-HH:MM or DATE=closed, "
            f"e.g. 2026-12-24=09:00-13:00"
        )
    day = _iso_date(day_text)
    if hours_text.strip().lower() in {"closed", "off"}:
        return day, None
    days, pair = parse_hours(hours_text)
    if days is not None or pair is None:
        raise argparse.ArgumentTypeError(
            f"cannot read {text!r}: the hours of a date are OPEN-CLOSE such as 09:00-13:00"
        )
    return day, pair
