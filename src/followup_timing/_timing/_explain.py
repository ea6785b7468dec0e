"""Plain-language explanations of a send window, rule by rule, in the recipient's zone.

Every sentence is read off what the engine decided (:class:`~._engine.Decision`) and the
engine's own days, never worked out again here: what the text says about an instant is
what the engine used.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from followup_timing._durations import format_duration
from followup_timing._timing._calendar import MIDNIGHT, Hours
from followup_timing._timing._countries import infer_country
from followup_timing._timing._engine import (
    HORIZON_DAYS,
    Day,
    Decision,
    Timeline,
    timeline_for,
    to_local,
)
from followup_timing._timing._zones import zone_name
from followup_timing.exceptions import DatetimeRangeError

if TYPE_CHECKING:
    from followup_timing._timing._calendar import BusinessCalendar
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
    """``Sun 1 Nov 2026 at 01:30``, with the UTC offset where the wall time is ambiguous.

    In a repeated hour the wall time alone names two instants an hour apart.
    """
    text = f"{format_date(moment.date())} at {format_clock(moment.timetz())}"
    offset = moment.utcoffset()
    if offset is not None and moment.replace(fold=1 - moment.fold).utcoffset() != offset:
        text += f" ({format_offset(offset)})"
    return text


def format_hours(pair: Hours) -> str:
    """``09:00-17:00``; a closing ``time(0)`` is the end of the day, ``24:00``."""
    closing = "24:00" if pair[1] == MIDNIGHT else format_clock(pair[1])
    return f"{format_clock(pair[0])}-{closing}"


def format_delay(delay: timedelta, *, business: bool = False) -> str:
    """``24 hours``; ``5 business days (120 hours)`` for whole days beyond two."""
    text = format_duration(delay, style="hours")
    hours, rest = divmod(delay, timedelta(hours=1))
    if business and not rest and hours > 48 and hours % 24 == 0:
        return f"{hours // 24} business days ({text})"
    return text


def format_offset(offset: timedelta) -> str:
    """``UTC-05:00``."""
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def explain(window: SendWindow) -> list[str]:
    """The sentences of ``SendWindow.explain()``."""
    zone = window.timezone
    timeline = timeline_for(window.calendar, zone)
    decision = window._decision
    lines = _interview_lines(window, zone)
    lines.append(_policy_line(window))
    lines.append(holidays_line(window.calendar))
    lines.extend(_day_lines(window, timeline, decision))
    lines.extend(_window_lines(window, timeline, decision))
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


def holidays_line(calendar: BusinessCalendar) -> str:
    """Whose public holidays count, and where that came from; said even when none do."""
    categories = calendar.holiday_categories
    kinds = "" if categories == ("public",) else f" (categories: {', '.join(categories)})"
    source = calendar.country_inferred_from
    guess = None if source is None else infer_country(source)
    if calendar.country is None:
        if source is None:
            return "No public holidays applied: the calendar has no country."
        if guess is None:
            return f"No public holidays applied: the zone {source} names no country."
        return (
            f"No public holidays applied: {guess.describe()}, has no calendar in the "
            f"holidays package."
        )
    if guess is not None:
        subdivision = f", subdivision {calendar.subdivision}" if calendar.subdivision else ""
        return f"Public holidays: {guess.describe()}{subdivision}{kinds}."
    return f"Public holidays: {calendar.region}{kinds}."


def _policy_line(window: SendWindow) -> str:
    policy = window.policy
    business = policy.counting == "business_days"
    if policy.min_delay == policy.max_delay:
        delays = format_delay(policy.min_delay, business=business)
    else:
        delays = (
            f"{format_delay(policy.min_delay, business=business)} to "
            f"{format_delay(policy.max_delay, business=business)}"
        )
    after = "the interview" if window.anchor is None else "then"
    if business:
        return (
            f"A follow-up is best sent {delays} after {after}, counting only time on "
            f"the recipient's business days: days off pause the clock."
        )
    return f"A follow-up is best sent {delays} after {after}, in real elapsed time."


def _day_lines(window: SendWindow, timeline: Timeline, decision: Decision) -> list[str]:
    """Every day between the start and the window's end that a rule touched."""
    calendar = window.calendar
    end = max(decision.closes, decision.raw_close)
    try:
        first = timeline.local_ordinal(decision.start)
    except DatetimeRangeError:
        first = 1
    last = timeline.local_ordinal(end)
    pauses = window.policy.counting == "business_days"
    lines: list[str] = []
    uncovered: set[int] = set()
    gaps: dict[int, tuple[str, ...]] = {}
    previous_offset: timedelta | None = None
    for ordinal in range(first, min(last, first + _MAX_DAYS_LISTED) + 1):
        try:
            info = timeline.day(ordinal)
        except DatetimeRangeError:
            # Days at the very ends of time cannot be turned into instants; skip them.
            continue
        day = info.date
        previous_offset = _dst_lines(info, previous_offset, decision.start, end, lines)
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


def _dst_lines(
    info: Day, previous: timedelta | None, start: int, end: int, lines: list[str]
) -> timedelta | None:
    """Say each change of UTC offset between *start* and *end*: those that touch the window."""
    length = timedelta(microseconds=sum(piece_end - lo for lo, piece_end, _ in info.pieces))
    for index, (piece_start, _, micros) in enumerate(info.pieces):
        offset = timedelta(microseconds=micros)
        if previous is not None and offset != previous and start < piece_start <= end:
            change = offset - previous
            direction = "forward" if change > timedelta(0) else "back"
            # A change exactly at midnight belongs to the night before this date.
            when = "at the start of" if index == 0 else "on"
            lines.append(
                f"Clocks go {direction} by {format_duration(abs(change))} {when} "
                f"{format_date(info.date)} ({format_offset(previous)} to "
                f"{format_offset(offset)}); elapsed time is real time, so that day lasts "
                f"{format_duration(length, style='hours')}."
            )
        previous = offset
    return previous


def _open_day_notes(window: SendWindow, info: Day) -> list[str]:
    calendar = window.calendar
    day = info.date
    notes = []
    overridden = calendar.day_off_reason(day) if day in calendar.extra_workdays else None
    if overridden is not None:
        notes.append(f"{format_date(day)} is an extra working day, although {overridden}.")
    elif calendar.is_weekend(day):
        notes.append(f"{format_date(day)} is a working weekend day in {calendar.region}.")
    if day in calendar.special_hours and info.hours is not None:
        notes.append(f"{format_date(day)} has special hours {format_hours(info.hours)}.")
    return notes


def _window_lines(window: SendWindow, timeline: Timeline, decision: Decision) -> list[str]:
    policy = window.policy
    zone = timeline.zone
    raw_open, raw_close = window.raw_open, window.raw_close
    opens, closes = window.opens, window.closes
    lines = [f"{format_delay(policy.min_delay)} are reached {format_instant(raw_open)}."]
    if decision.opens == decision.raw_open:
        lines.append(
            f"That is business time ({_hours_around(timeline, decision.raw_open)}), so the "
            f"window opens then."
        )
    else:
        lines.append(
            f"That is outside business time ({_hours_around(timeline, decision.raw_open)}), "
            f"so the window opens at the next business time, {format_instant(opens)}."
        )
    lines.append(f"{format_delay(policy.max_delay)} are reached {format_instant(raw_close)}.")
    lines.append(_close_line(timeline, decision, closes))
    lines.append(_recommended_line(window, to_local(decision.recommended, zone)))
    return lines


def _close_line(timeline: Timeline, decision: Decision, closes: datetime) -> str:
    raw_close = decision.raw_close
    if decision.closes == raw_close:
        ending = None
        if _interval_containing(timeline, raw_close) is None:
            ending = _interval_ending_at(timeline, raw_close)
        if ending is not None:
            if ending.date == closes.date():
                where = "the end of business hours that day"
            else:
                where = f"the end of {_hours_of(ending, closes.date())}"
            return f"That is {where}, so the window closes then ({format_instant(closes)})."
        return f"That is business time, so the window closes then ({format_instant(closes)})."
    if decision.opens >= raw_close and _interval_containing(timeline, decision.closes):
        return (
            "No business time lies between the two delays being reached, and business time "
            f"then runs without a break, so the window stays open for {HORIZON_DAYS} days, "
            f"to {format_instant(closes)}."
        )
    if decision.opens >= raw_close:
        return (
            "No business time lies between the two delays being reached, so the window "
            f"stays open to the end of the business hours it opens in, {format_instant(closes)}."
        )
    if _interval_containing(timeline, raw_close) is not None:
        return (
            f"That is when business hours begin ({_hours_around(timeline, raw_close)}), so no "
            f"time of those hours is in the window: it closes at the end of the last business "
            f"hours before, {format_instant(closes)}."
        )
    return (
        "That is outside business time, so the window closes at the end of the last business "
        f"hours before it, {format_instant(closes)}."
    )


def _interval_containing(timeline: Timeline, instant: int) -> Day | None:
    """The business day whose business time holds *instant*, or ``None``."""
    for info in _days_around(timeline, instant):
        if any(lo <= instant < hi for lo, hi in info.open_intervals):
            return info
    return None


def _interval_ending_at(timeline: Timeline, instant: int) -> Day | None:
    """The business day whose business time ends exactly at *instant*, or ``None``."""
    for info in _days_around(timeline, instant):
        if any(hi == instant for _, hi in info.open_intervals):
            return info
    return None


def _days_around(timeline: Timeline, instant: int) -> list[Day]:
    ordinal = timeline.local_ordinal(instant)
    days = []
    for neighbour in (ordinal, ordinal - 1, ordinal + 1):
        try:
            days.append(timeline.day(neighbour))
        except DatetimeRangeError:
            continue
    return days


def _hours_of(info: Day, local_date: date) -> str:
    """``business hours 09:00-17:00 that day``, naming the day when it is another one."""
    assert info.hours is not None  # a business day has hours
    day = "that day" if info.date == local_date else f"on {format_date(info.date)}"
    return f"business hours {format_hours(info.hours)} {day}"


def _hours_around(timeline: Timeline, instant: int) -> str:
    """What the calendar says about the local date of *instant*, for the sentence's reader."""
    info = timeline.day(timeline.local_ordinal(instant))
    inside = _interval_containing(timeline, instant)
    if inside is not None:
        return _hours_of(inside, info.date)
    if not info.business:
        return f"{format_date(info.date)} is {info.reason}"
    if info.open_intervals and instant < info.open_intervals[0][0]:
        return f"before {_hours_of(info, info.date)}"
    return f"after {_hours_of(info, info.date)}"


def _recommended_line(window: SendWindow, recommended: datetime) -> str:
    preferred = window.policy.preferred_hours
    when = format_instant(recommended)
    if preferred is None:
        return (
            f"No preferred hours are set, so the recommended time is when the window opens, {when}."
        )
    if preferred[0] <= recommended.time() < preferred[1]:
        return (
            f"Recommended: {when}, the first time inside the window within the preferred "
            f"hours {format_hours(preferred)}, when a message is read rather than buried."
        )
    return (
        f"No time inside the window falls within the preferred hours "
        f"{format_hours(preferred)}, so the recommended time is when the window opens, {when}."
    )
