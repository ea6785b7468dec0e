"""Timeline arithmetic: business days and business time as intervals of real instants.

Every local date of the calendar's zone is turned, once, into a :class:`Day`: the
UTC instants whose wall-clock date is that date (*pieces*, one per UTC offset in force
that day) and, on business days, the instants whose wall-clock time lies within the
day's hours. Working on instants makes elapsed time real elapsed time, and deriving the
instants from wall-clock rules piece by piece makes gaps and folds of daylight-saving
changes come out right without special cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from followup_timing.exceptions import DatetimeRangeError, NoBusinessTimeError

if TYPE_CHECKING:
    from followup_timing._timing._calendar import BusinessCalendar, Hours

UTC = timezone.utc
HORIZON_DAYS = 366
_MICROSECOND = timedelta(microseconds=1)
_ZERO = timedelta(0)

Interval = tuple[datetime, datetime]
Piece = tuple[datetime, datetime, timedelta]


class Day:
    """One local date of one zone under one calendar, as instants in UTC."""

    __slots__ = ("business", "date", "hours", "open_intervals", "pieces", "reason")

    def __init__(
        self,
        day: date,
        pieces: tuple[Piece, ...],
        hours: Hours | None,
        reason: str | None,
    ) -> None:
        self.date = day
        self.pieces = pieces
        self.hours = hours
        self.reason = reason
        self.business = reason is None
        self.open_intervals: tuple[Interval, ...] = (
            clock_intervals(day, pieces, hours[0], hours[1])
            if hours is not None and self.business
            else ()
        )


def _offset_at(instant: datetime, zone: tzinfo) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def _local_midnight(day: date, zone: tzinfo) -> datetime:
    # fold=0 picks the first instant of a repeated midnight, and maps a skipped one
    # (America/Santiago, 2026-09-06) to the first instant after the gap.
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def _first_change(start: datetime, end: datetime, zone: tzinfo, before: timedelta) -> datetime:
    """The first instant in ``(start, end]`` whose offset differs from *before*."""
    low, high = start, end
    while high - low > _MICROSECOND:
        middle = low + (high - low) / 2
        if _offset_at(middle, zone) == before:
            low = middle
        else:
            high = middle
    return high


def _segments(start: datetime, end: datetime, zone: tzinfo) -> Iterator[Piece]:
    """Split ``[start, end)`` into stretches of constant UTC offset."""
    while start < end:
        offset = _offset_at(start, zone)
        last = end - _MICROSECOND
        if _offset_at(last, zone) == offset:
            yield (start, end, offset)
            return
        change = _first_change(start, last, zone, offset)
        yield (start, change, offset)
        start = change


def compute_pieces(day: date, zone: tzinfo) -> tuple[Piece, ...]:
    """The UTC intervals whose wall-clock date in *zone* is *day*, with their offsets."""
    start = _local_midnight(day, zone)
    end = _local_midnight(day + timedelta(days=1), zone)
    naive_midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    pieces = []
    for seg_start, seg_end, offset in _segments(start, end, zone):
        # Within one offset, wall time = instant + offset; keep what maps onto *day*.
        lo = max(seg_start, naive_midnight - offset)
        hi = min(seg_end, naive_midnight + timedelta(days=1) - offset)
        if lo < hi:
            pieces.append((lo, hi, offset))
    return tuple(pieces)


def clock_intervals(
    day: date, pieces: tuple[Piece, ...], opening: time, closing: time
) -> tuple[Interval, ...]:
    """Instants of *day* whose wall-clock time is in ``[opening, closing)``, merged."""
    open_at = datetime.combine(day, opening, UTC)
    close_at = datetime.combine(day, closing, UTC)
    merged: list[Interval] = []
    for start, end, offset in pieces:
        lo = max(start, open_at - offset)
        hi = min(end, close_at - offset)
        if lo >= hi:
            continue
        if merged and merged[-1][1] == lo:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return tuple(merged)


class Timeline:
    """Business-time questions about one calendar in one zone, answered from cached days."""

    __slots__ = ("calendar", "days", "zone")

    def __init__(self, calendar: BusinessCalendar, zone: tzinfo) -> None:
        self.calendar = calendar
        self.zone = zone
        self.days = calendar.day_cache(zone)

    def day(self, day: date) -> Day:
        ordinal = day.toordinal()
        cached = self.days.get(ordinal)
        if cached is None:
            cached = self._compute_day(day)
            self.days[ordinal] = cached
        return cached

    def _compute_day(self, day: date) -> Day:
        if day >= date.max:
            # The next midnight, the day's end, is not representable.
            raise DatetimeRangeError(datetime.combine(day, time(), self.zone), date.max)
        try:
            pieces = compute_pieces(day, self.zone)
        except OverflowError:
            raise DatetimeRangeError(datetime.combine(day, time(), self.zone), date.max) from None
        return Day(day, pieces, self.calendar.hours_on(day), self.calendar.closed_reason(day))

    def local_date(self, instant: datetime) -> date:
        try:
            return instant.astimezone(self.zone).date()
        except OverflowError:
            raise DatetimeRangeError(instant, date.max) from None

    def next_day(self, day: date, start: datetime) -> date:
        if day >= date.max - timedelta(days=1):
            raise DatetimeRangeError(start, date.max)
        return day + timedelta(days=1)

    # Rule 3: the clock that only runs on business days ----------------------------------

    def advance_business_days(self, start: datetime, delay: timedelta) -> datetime:
        """The earliest instant at which time counted on business days reaches *delay*."""
        if delay <= _ZERO:
            return start
        remaining = delay
        day = self.local_date(start)
        idle_days = 0
        while True:
            info = self.day(day)
            if info.business:
                idle_days = 0
                for piece_start, piece_end, _ in info.pieces:
                    begin = max(piece_start, start)
                    if begin >= piece_end:
                        continue
                    span = piece_end - begin
                    if remaining <= span:
                        return begin + remaining
                    remaining -= span
            else:
                idle_days += 1
                if idle_days > HORIZON_DAYS:
                    raise NoBusinessTimeError(start, HORIZON_DAYS)
            day = self.next_day(day, start)

    # Rules 2, 4, 5: stretches of business time ------------------------------------------

    def stretches_from(self, start: datetime) -> Iterator[Interval]:
        """Maximal intervals of business time ending after *start*, in order."""
        pending: Interval | None = None
        for interval in self._intervals_from(start):
            if pending is None:
                pending = interval
            elif pending[1] == interval[0]:
                pending = (pending[0], interval[1])
            else:
                yield pending
                pending = interval
        if pending is not None:
            yield pending

    def _intervals_from(self, start: datetime) -> Iterator[Interval]:
        """Business-time intervals ending after *start*, one local day at a time.

        Ends after :data:`HORIZON_DAYS` days without business time; raises
        :class:`NoBusinessTimeError` if that happens before anything was found.
        """
        day = self.local_date(start)
        found_any = False
        days_without = 0
        while days_without <= HORIZON_DAYS:
            days_without += 1
            for interval in self.day(day).open_intervals:
                if interval[1] > start:
                    found_any = True
                    days_without = 0
                    yield interval
            day = self.next_day(day, start)
        if not found_any:
            raise NoBusinessTimeError(start, HORIZON_DAYS)

    def window(self, raw_open: datetime, raw_close: datetime) -> tuple[datetime, datetime]:
        """``(opens, closes)`` from the raw window, by rules 4 and 5."""
        stretches = self.stretches_from(raw_open)
        first = next(stretches)
        opens = max(first[0], raw_open)
        if opens >= raw_close:
            return opens, first[1]
        last = first
        for stretch in stretches:
            if stretch[0] >= raw_close:
                break
            last = stretch
        return opens, min(last[1], raw_close)

    # Rule 6 -------------------------------------------------------------------------------

    def first_preferred(
        self, opens: datetime, closes: datetime, preferred: tuple[time, time]
    ) -> datetime | None:
        """The first business-time instant in ``[opens, closes)`` at a preferred hour."""
        day = self.local_date(opens)
        last_day = self.local_date(closes)
        while day <= last_day:
            info = self.day(day)
            if info.business and info.hours is not None:
                opening = max(info.hours[0], preferred[0])
                closing = min(info.hours[1], preferred[1])
                if opening < closing:
                    for lo, hi in clock_intervals(day, info.pieces, opening, closing):
                        begin, end = max(lo, opens), min(hi, closes)
                        if begin < end:
                            return begin
            if day == last_day:
                break
            day = self.next_day(day, opens)
        return None
