"""Plain-language explanations of a send window, rule by rule, in the recipient's zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from followup_timing._timing._engine import Day, Timeline
from followup_timing._timing._policy import describe_delay
from followup_timing._timing._zones import zone_name
from followup_timing.exceptions import DatetimeRangeError

if TYPE_CHECKING:
    from followup_timing._timing._window import SendWindow

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Days walked when looking for rules that touched a window: a window can span a year at
# most, and a sentence per day beyond that helps nobody.
_MAX_DAYS_LISTED = 400


def format_date(day: date) -> str:
    """``Thu 26 Nov 2026``: unambiguous in every locale."""
    return f"{_DAY_ABBR[day.weekday()]} {day.day} {_MONTH_ABBR[day.month - 1]} {day.year}"


def format_clock(moment: time) -> str:
    """``15:00``, with seconds only when there are any."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    if moment.second or moment.microsecond:
        text += f":{moment.second:02d}"
    if moment.microsecond:
        text += f".{moment.microsecond:06d}"
    return text


def format_instant(moment: datetime) -> str:
    return f"{format_date(moment.date())} at {format_clock(moment.timetz())}"


def format_hours(pair: tuple[time, time]) -> str:
    return f"{format_clock(pair[0])}-{format_clock(pair[1])}"


def format_delay(delay: timedelta, *, business: bool = False) -> str:
    """``24 hours``; ``5 business days (120 hours)`` for whole days beyond two."""
    hours, rest = divmod(delay, timedelta(hours=1))
    if rest:
        return describe_delay(delay)
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    if business and hours > 48 and hours % 24 == 0:
        return f"{hours // 24} business days ({text})"
    return text


def format_offset(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def explain(window: SendWindow) -> list[str]:
    """The sentences of ``SendWindow.explain()``."""
    zone = window.timezone
    timeline = Timeline(window.calendar, zone)
    lines = _interview_lines(window, zone)
    lines.append(_policy_line(window))
    lines.extend(_day_lines(window, timeline))
    lines.extend(_window_lines(window))
    return lines


def _interview_lines(window: SendWindow, zone: tzinfo) -> list[str]:
    given = window.starts_from
    try:
        local = given.astimezone(zone)
    except OverflowError:
        # Year 1 in a zone behind UTC: the instant has no date there; show it as given.
        local = given
    if window.anchor is None:
        lines = [f"The interview ended {format_instant(local)} ({zone_name(zone)})."]
    else:
        lines = [
            f"This window counts from {window.anchor.description}: "
            f"{format_instant(local)} ({zone_name(zone)})."
        ]
    given_zone = given.tzinfo
    assert given_zone is not None
    if given_zone is not zone and zone_name(given_zone) != zone_name(zone):
        lines.append(
            f"That is {format_instant(given)} in {zone_name(given_zone)}, where it was given; "
            f"every rule follows the recipient's calendar in {zone_name(zone)}."
        )
    return lines


def _policy_line(window: SendWindow) -> str:
    policy = window.policy
    business = policy.counting == "business_days"
    delays = (
        f"{format_delay(policy.min_delay, business=business)} to "
        f"{format_delay(policy.max_delay, business=business)}"
    )
    after = "the interview" if window.anchor is None else "then"
    if policy.counting == "business_days":
        return (
            f"A follow-up is best sent {delays} after {after}, counting only time on "
            f"the recipient's business days: days off pause the clock."
        )
    return f"A follow-up is best sent {delays} after {after}, in real elapsed time."


def _day_lines(window: SendWindow, timeline: Timeline) -> list[str]:
    """Every day between the interview and the window's end that a rule touched."""
    calendar = window.calendar
    try:
        first = window.starts_from.astimezone(timeline.zone).date()
    except OverflowError:
        first = date.min
    last = max(window.closes, window.raw_close).date()
    pauses = window.policy.counting == "business_days"
    lines: list[str] = []
    uncovered: set[int] = set()
    gaps: dict[int, tuple[str, ...]] = {}
    previous_offset: timedelta | None = None
    day = first
    for _ in range(_MAX_DAYS_LISTED):
        try:
            info = timeline.day(day.toordinal())
        except DatetimeRangeError:
            # Days at the very ends of time cannot be turned into instants; skip them.
            if day >= last:
                break
            day += timedelta(days=1)
            continue
        previous_offset = _dst_line(info, previous_offset, lines)
        if not info.pieces:
            lines.append(
                f"{format_date(day)} does not exist in {zone_name(timeline.zone)}: the clocks "
                f"skipped the whole day."
            )
        elif not info.business:
            effect = "the clock did not run" if pauses else "no business time"
            lines.append(f"{format_date(day)} is {info.reason}: {effect}.")
        else:
            lines.extend(_open_day_notes(window, info))
        if not calendar.holidays_cover(day.year):
            uncovered.add(day.year)
        elif day.year not in gaps:
            gaps[day.year] = calendar.holiday_data_gaps(day.year)
        if day >= last:
            break
        day += timedelta(days=1)
    for year in sorted(uncovered):
        lines.append(
            f"The holiday data for {calendar.region} does not cover {year}: no public "
            f"holidays could be applied that year."
        )
    for year, notes in sorted(gaps.items()):
        for note in notes:
            lines.append(
                f"The holiday data for {calendar.region} is incomplete in {year} (the holidays "
                f"package says: {note.rstrip('.')}), so some days off may be missing."
            )
    return lines


def _dst_line(info: Day, previous: timedelta | None, lines: list[str]) -> timedelta | None:
    length = timedelta(microseconds=sum(end - start for start, end, _ in info.pieces))
    for index, (_, _, micros) in enumerate(info.pieces):
        offset = timedelta(microseconds=micros)
        if previous is not None and offset != previous:
            change = offset - previous
            direction = "forward" if change > timedelta(0) else "back"
            # A change exactly at midnight belongs to the night before this date.
            when = "at the start of" if index == 0 else "on"
            lines.append(
                f"Clocks go {direction} by {_format_span(abs(change))} {when} "
                f"{format_date(info.date)} ({format_offset(previous)} to "
                f"{format_offset(offset)}); elapsed time is real time, so that day lasts "
                f"{_format_span(length)}."
            )
        previous = offset
    return previous


def _format_span(span: timedelta) -> str:
    minutes = span // timedelta(minutes=1)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts) or "0 minutes"


def _open_day_notes(window: SendWindow, info: Day) -> list[str]:
    calendar = window.calendar
    day = info.date
    notes = []
    if day in calendar.extra_workdays and calendar.is_weekend(day):
        notes.append(f"{format_date(day)} is an extra working day, although a weekend day.")
    elif calendar.is_weekend(day):
        notes.append(f"{format_date(day)} is a working weekend day in {calendar.region}.")
    if day in calendar.special_hours and info.hours is not None:
        notes.append(f"{format_date(day)} has special hours {format_hours(info.hours)}.")
    return notes


def _window_lines(window: SendWindow) -> list[str]:
    policy = window.policy
    hours = _hours_text(window, window.raw_open)
    lines = [f"{format_delay(policy.min_delay)} are reached {format_instant(window.raw_open)}."]
    if window.opens == window.raw_open:
        lines.append(f"That is business time ({hours}), so the window opens then.")
    else:
        lines.append(
            f"That is outside business time ({hours}), so the window opens at the next "
            f"business time, {format_instant(window.opens)}."
        )
    lines.append(
        f"{format_delay(policy.max_delay)} are reached {format_instant(window.raw_close)}."
    )
    if window.closes == window.raw_close:
        day_hours = window.calendar.hours_on(window.raw_close.date())
        if day_hours is not None and window.raw_close.time() == day_hours[1]:
            where = "That is the end of business hours that day"
        else:
            where = "That is business time"
        lines.append(f"{where}, so the window closes then ({format_instant(window.closes)}).")
    elif window.opens >= window.raw_close:
        lines.append(
            f"No business time lies between the window's opening and then, so the window "
            f"stays open to the end of those business hours, {format_instant(window.closes)}."
        )
    else:
        lines.append(
            f"That is outside business time, so the window closes at the end of the last "
            f"business hours before it, {format_instant(window.closes)}."
        )
    lines.append(_recommended_line(window))
    return lines


def _hours_text(window: SendWindow, moment: datetime) -> str:
    day = moment.date()
    reason = window.calendar.closed_reason(day)
    if reason is not None:
        return f"{format_date(day)} is {reason}"
    info = window.calendar.hours_on(day)
    assert info is not None  # a business day has hours
    return f"business hours {format_hours(info)} that day"


def _recommended_line(window: SendWindow) -> str:
    preferred = window.policy.preferred_hours
    when = format_instant(window.recommended)
    if preferred is None:
        return (
            f"No preferred hours are set, so the recommended time is when the window opens, {when}."
        )
    if window.recommended != window.opens or _clock_in(window.opens, preferred):
        return (
            f"Recommended: {when}, the first time inside the window within the preferred "
            f"hours {format_hours(preferred)}, when a message is read rather than buried."
        )
    return (
        f"No time inside the window falls within the preferred hours "
        f"{format_hours(preferred)}, so the recommended time is when the window opens, {when}."
    )


def _clock_in(moment: datetime, hours: tuple[time, time]) -> bool:
    return hours[0] <= moment.time() < hours[1]
