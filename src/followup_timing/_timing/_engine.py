"""Timeline arithmetic: business days and business time as intervals of real instants.

Every local date of the calendar's zone is turned, once, into a :class:`Day`: the
instants whose wall-clock date is that date (*pieces*, one per UTC offset in force that
day) and, on business days, the instants whose wall-clock time lies within the day's
hours. Working on instants makes elapsed time real elapsed time, and deriving the
instants from wall-clock rules piece by piece makes the gaps and folds of daylight-saving
changes come out right without special cases.

Instants are integers: microseconds since the Unix epoch. Integer arithmetic is exact
and several times faster than ``datetime`` arithmetic on the hot path; ``datetime``
objects are only built at the edges (:func:`to_micros`, :func:`from_micros`).
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from itertools import pairwise

import attrs

from followup_timing._timing._calendar import BusinessCalendar, Hours
from followup_timing.exceptions import DatetimeRangeError, NoBusinessTimeError

UTC = timezone.utc
HORIZON_DAYS = 366
# Days cached per calendar and zone (~1 KB each): a decade, more than any batch revisits.
MAX_CACHED_DAYS = 4096
# Timelines (a calendar in a zone) cached: a shared default calendar sees every zone its
# interviews use, and a server may build a calendar per recipient. With MAX_CACHED_DAYS this
# bounds the whole cache (a few hundred MB at worst, a few MB in practice).
MAX_CACHED_TIMELINES = 64
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_ORDINAL = EPOCH.toordinal()
_MICROSECOND = timedelta(microseconds=1)
DAY_US = 86_400_000_000
# Later than any instant a datetime can hold: a bound that lets everything through.
_FAR_FUTURE = (date.max.toordinal() - _EPOCH_ORDINAL + 2) * DAY_US
# The last local date whose end (the next midnight) datetime can still represent.
_LAST_ORDINAL = date.max.toordinal() - 1

_HORIZON_US = HORIZON_DAYS * DAY_US
# Ticks for the days' last use: next() on a count is atomic under the GIL.
_uses = itertools.count()

Interval = tuple[int, int]
# raw_open, raw_close, opens, closes, recommended: what place_window() decided.
Placement = tuple[int, int, int, int, int]
Piece = tuple[int, int, int]  # start, end, UTC offset in force (all microseconds)


def to_micros(moment: datetime) -> int:
    """An aware datetime as microseconds since the Unix epoch."""
    return (moment - EPOCH) // _MICROSECOND


def from_micros(micros: int) -> datetime:
    """The UTC datetime of *micros* microseconds since the Unix epoch."""
    return EPOCH + timedelta(microseconds=micros)


def to_local(micros: int, zone: tzinfo) -> datetime:
    """The datetime in *zone* of *micros* microseconds since the Unix epoch."""
    seconds, fraction = divmod(micros, 1_000_000)
    try:
        # Twice as fast as EPOCH + timedelta(...) then astimezone(), and as exact.
        local = datetime.fromtimestamp(seconds, zone)
    except (OverflowError, ValueError, OSError):
        return from_micros(micros).astimezone(zone)
    return local.replace(microsecond=fraction) if fraction else local


def clock_micros(moment: time) -> int:
    """A wall-clock time as microseconds since midnight."""
    return (
        moment.hour * 3600 + moment.minute * 60 + moment.second
    ) * 1_000_000 + moment.microsecond


def closing_micros(moment: time) -> int:
    """A closing time as microseconds since midnight: ``time(0)`` closes at 24:00."""
    return clock_micros(moment) or DAY_US


class Day:
    """One local date of one zone under one calendar, as instants."""

    __slots__ = (
        "_preferred",
        "business",
        "contiguous",
        "date",
        "hours",
        "last_used",
        "midnight",
        "open_intervals",
        "ordinal",
        "pieces",
        "reason",
    )

    def __init__(
        self, day: date, pieces: tuple[Piece, ...], hours: Hours | None, reason: str | None
    ) -> None:
        self.date = day
        self.ordinal = day.toordinal()
        # The day's midnight read as if it were UTC: wall time = instant + offset.
        self.midnight = (self.ordinal - _EPOCH_ORDINAL) * DAY_US
        self.pieces = pieces
        # False only where clocks went back across midnight: the date's instants then come
        # in two stretches, around a minute of the next date, and day-by-day walks would
        # visit them out of order.
        self.contiguous = all(a[1] == b[0] for a, b in pairwise(pieces))
        self.hours = hours
        self.reason = reason
        self.business = reason is None
        self.open_intervals: tuple[Interval, ...] = (
            self.clock_intervals(clock_micros(hours[0]), closing_micros(hours[1]))
            if hours is not None and self.business
            else ()
        )
        self._preferred: dict[tuple[time, time], tuple[Interval, ...]] = {}
        # When a window last used this day (a tick of _uses), for the LRU eviction.
        self.last_used = next(_uses)

    def clock_intervals(self, opening: int, closing: int) -> tuple[Interval, ...]:
        """Instants of this day whose wall-clock time is in ``[opening, closing)``, merged."""
        merged: list[Interval] = []
        for start, end, offset in self.pieces:
            lo = max(start, self.midnight + opening - offset)
            hi = min(end, self.midnight + closing - offset)
            if lo >= hi:
                continue
            if merged and merged[-1][1] == lo:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return tuple(merged)

    def preferred_intervals(self, preferred: tuple[time, time]) -> tuple[Interval, ...]:
        """Business time of this day within the *preferred* wall-clock hours."""
        cached = self._preferred.get(preferred)
        if cached is None:
            cached = ()
            if self.business and self.hours is not None:
                opening = max(clock_micros(self.hours[0]), clock_micros(preferred[0]))
                closing = min(closing_micros(self.hours[1]), clock_micros(preferred[1]))
                if opening < closing:
                    cached = self.clock_intervals(opening, closing)
            self._preferred[preferred] = cached
        return cached


def _offset_at(instant: datetime, zone: tzinfo) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def _first_change(start: datetime, end: datetime, zone: tzinfo, before: timedelta) -> datetime:
    """The first instant in ``(start, end]`` whose offset differs from *before* (bisection)."""
    low, high = start, end
    while high - low > _MICROSECOND:
        middle = low + (high - low) / 2
        if _offset_at(middle, zone) == before:
            low = middle
        else:
            high = middle
    return high


def _segments(
    start: datetime, end: datetime, zone: tzinfo
) -> list[tuple[datetime, datetime, timedelta]]:
    """Split ``[start, end)`` into stretches of constant UTC offset."""
    segments = []
    while start < end:
        offset = _offset_at(start, zone)
        last = end - _MICROSECOND
        if _offset_at(last, zone) == offset:
            segments.append((start, end, offset))
            break
        change = _first_change(start, last, zone, offset)
        segments.append((start, change, offset))
        start = change
    return segments


def _midnight_span(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The earliest and latest instants that can be called midnight starting *day*.

    They differ when the midnight is repeated (a fold) or skipped (a gap); taking both
    ends makes the search below cover every instant of the date, even where clocks went
    back across midnight (St. John's until 2011: Sunday 00:01 became Saturday 23:01).
    """
    naive = datetime(day.year, day.month, day.day)  # noqa: DTZ001 (a wall-clock reading)
    first = naive.replace(tzinfo=zone).astimezone(UTC)
    second = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return min(first, second), max(first, second)


def compute_pieces(day: date, zone: tzinfo) -> tuple[Piece, ...]:
    """The instants whose wall-clock date in *zone* is *day*, with their offsets."""
    start = _midnight_span(day, zone)[0]
    end = _midnight_span(day + timedelta(days=1), zone)[1]
    midnight = (day.toordinal() - _EPOCH_ORDINAL) * DAY_US
    pieces = []
    for seg_start, seg_end, seg_offset in _segments(start, end, zone):
        offset = seg_offset // _MICROSECOND
        # Within one offset, wall time = instant + offset; keep what maps onto *day*.
        lo = max(to_micros(seg_start), midnight - offset)
        hi = min(to_micros(seg_end), midnight + DAY_US - offset)
        if lo < hi:
            pieces.append((lo, hi, offset))
    return tuple(pieces)


class Timeline:
    """Business-time questions about one calendar in one zone, answered from cached days.

    Get one with :func:`timeline_for`, which shares it (and its days) between every
    window of that calendar and zone. At most :data:`MAX_CACHED_DAYS` days are kept, the
    least recently used dropped first; reads need no lock (each dict operation is atomic),
    writes take one.
    """

    __slots__ = ("_lock", "calendar", "days", "zone")

    def __init__(self, calendar: BusinessCalendar, zone: tzinfo) -> None:
        self.calendar = calendar
        self.zone = zone
        self.days: dict[int, Day] = {}
        self._lock = threading.Lock()

    def day(self, ordinal: int) -> Day:
        """The :class:`Day` of the local date with proleptic Gregorian *ordinal*."""
        cached = self.days.get(ordinal)
        if cached is None:
            return self._add_day(ordinal)
        cached.last_used = next(_uses)
        return cached

    def _add_day(self, ordinal: int) -> Day:
        computed = self._compute_day(ordinal)
        with self._lock:
            days = self.days
            days[ordinal] = computed
            if len(days) > MAX_CACHED_DAYS:
                # Drop the least recently used quarter at once: one sort per thousand new
                # days keeps eviction cheap, and stamps written meanwhile are harmless.
                by_use = sorted(days, key=lambda known: days[known].last_used)
                for stale in by_use[: len(days) - MAX_CACHED_DAYS * 3 // 4]:
                    del days[stale]
        return computed

    def _compute_day(self, ordinal: int) -> Day:
        if not 1 <= ordinal <= _LAST_ORDINAL:
            raise DatetimeRangeError(date.fromordinal(min(max(ordinal, 1), _LAST_ORDINAL + 1)))
        day = date.fromordinal(ordinal)
        try:
            pieces = compute_pieces(day, self.zone)
        except OverflowError:
            raise DatetimeRangeError(day) from None
        return Day(day, pieces, self.calendar.hours_on(day), self.calendar.closed_reason(day))

    def local_ordinal(self, instant: int) -> int:
        """The ordinal of the local date of *instant*.

        UTC offsets lie strictly within a day of UTC, so the local date is the UTC date
        or a neighbour: look it up among the (cached) days rather than convert.
        """
        utc_ordinal = instant // DAY_US + _EPOCH_ORDINAL
        for ordinal in (utc_ordinal, utc_ordinal - 1, utc_ordinal + 1):
            info = self.days.get(ordinal) or self._add_day(ordinal)
            for start, end, _ in info.pieces:
                if start <= instant < end:
                    return ordinal
        # Unreachable for real zones; kept so that an odd tzinfo still gets an answer.
        try:
            return from_micros(instant).astimezone(self.zone).toordinal()
        except OverflowError:
            raise DatetimeRangeError(from_micros(instant)) from None

    # Rule 3: the clock that only runs on business days ----------------------------------

    def advance_business_days(self, start: int, ordinal: int, delay: int) -> tuple[int, int]:
        """The earliest instant at which time counted on business days reaches *delay*.

        *ordinal* is the local date of *start*; returns the instant and its local date.
        """
        if delay <= 0:
            return start, ordinal
        if not self._previous_contiguous(ordinal):
            return self._advance_in_order(start, ordinal - 1, delay)
        days = self.days
        idle_days = 0
        while True:
            info = days.get(ordinal) or self._add_day(ordinal)
            if not info.contiguous:
                return self._advance_in_order(start, ordinal, delay)
            if info.business:
                idle_days = 0
                for piece_start, piece_end, _ in info.pieces:
                    begin = piece_start if piece_start > start else start
                    if begin >= piece_end:
                        continue
                    span = piece_end - begin
                    if delay < span:
                        return begin + delay, ordinal
                    if delay == span:
                        # The end of a piece is the first instant of the next one.
                        return piece_end, self.local_ordinal(piece_end)
                    delay -= span
                    # Counted up to here: the slow path must not count it again.
                    start = piece_end
            else:
                idle_days += 1
                if idle_days > HORIZON_DAYS:
                    raise NoBusinessTimeError(from_micros(start), HORIZON_DAYS)
            ordinal += 1

    def _advance_in_order(self, start: int, ordinal: int, delay: int) -> tuple[int, int]:
        """:meth:`advance_business_days` walking instants in time order across days."""
        for piece_start, piece_end, info in self._in_order(ordinal, _pieces_of):
            if not info.business:
                continue
            begin = piece_start if piece_start > start else start
            if begin >= piece_end:
                continue
            span = piece_end - begin
            if delay < span:
                return begin + delay, info.ordinal
            if delay == span:
                return piece_end, self.local_ordinal(piece_end)
            delay -= span
        raise NoBusinessTimeError(from_micros(start), HORIZON_DAYS)

    def _previous_contiguous(self, ordinal: int) -> bool:
        """Whether the day before *ordinal* cannot hold instants after *ordinal*'s start."""
        if ordinal <= 1:
            return True
        info = self.days.get(ordinal - 1) or self._add_day(ordinal - 1)
        return info.contiguous

    def _in_order(
        self, ordinal: int, select: Callable[[Day], Sequence[tuple[int, ...]]]
    ) -> Iterator[tuple[int, int, Day]]:
        """``(start, end, day)`` of the selected stretches of days from *ordinal*, in time order.

        Stretches of one date can come after the next date's first ones (see
        :attr:`Day.contiguous`); none comes before that next date's first instant, so
        everything that starts earlier can be let out. Ends after :data:`HORIZON_DAYS`
        days in a row select nothing.
        """
        carry: list[tuple[int, int, Day]] = []
        days = self.days
        idle_days = 0
        while idle_days <= HORIZON_DAYS and ordinal < _LAST_ORDINAL:
            info = days.get(ordinal) or self._add_day(ordinal)
            selected = select(info)
            idle_days = 0 if selected else idle_days + 1
            carry.extend((item[0], item[1], info) for item in selected)
            carry.sort(key=_start_of)
            bound = self._first_instant_after(ordinal)
            ready = [item for item in carry if item[0] < bound]
            carry = [item for item in carry if item[0] >= bound]
            yield from ready
            ordinal += 1
        yield from carry

    def _first_instant_after(self, ordinal: int) -> int:
        """The first instant of the first date after *ordinal* that exists locally."""
        for following in range(ordinal + 1, min(ordinal + 4, _LAST_ORDINAL + 1)):
            pieces = self.day(following).pieces
            if pieces:
                return pieces[0][0]
        return _FAR_FUTURE

    def first_instant_from(self, ordinal: int) -> int:
        """The first instant of the first local date from *ordinal* on that exists.

        Dates can be skipped whole (Samoa skipped 30 Dec 2011).
        """
        while not self.day(ordinal).pieces:
            ordinal += 1
        return self.day(ordinal).pieces[0][0]

    # Rules 2, 4, 5: stretches of business time ------------------------------------------

    def stretch_after(
        self, instant: int, ordinal: int, limit: int
    ) -> tuple[int, int, int, int] | None:
        """The first maximal stretch of business time ending after *instant*.

        Scans local days from *ordinal* (the local date of *instant* or earlier) and
        returns ``(start, end, first_ordinal, last_ordinal)``, the local dates on which
        the stretch starts and ends, or ``None`` when no business time exists within
        :data:`HORIZON_DAYS` days. The stretch is followed no further than *limit* (when
        it starts before) or :data:`HORIZON_DAYS` days after its start: hours that close
        at midnight every day make business time that never breaks.
        """
        if not self._previous_contiguous(ordinal):
            return self._stretch_in_order(instant, ordinal - 1, limit)
        days = self.days
        idle_days = 0
        while idle_days <= HORIZON_DAYS:
            info = days.get(ordinal) or self._add_day(ordinal)
            if not info.contiguous:
                return self._stretch_in_order(instant, ordinal, limit)
            intervals = info.open_intervals
            for index, (start, end) in enumerate(intervals):
                if end > instant:
                    last_ordinal = ordinal
                    if index == len(intervals) - 1 and self._may_continue(end, ordinal):
                        begin = start if start > instant else instant
                        cap = limit if begin < limit else begin + _HORIZON_US
                        end, last_ordinal = self._extend_across_midnight(end, ordinal, cap)
                    return start, end, ordinal, last_ordinal
            idle_days += 1
            ordinal += 1
        return None

    def _stretch_in_order(
        self, instant: int, ordinal: int, limit: int
    ) -> tuple[int, int, int, int] | None:
        """:meth:`stretch_after` walking business time in time order across days."""
        found: list[int] | None = None
        for start, end, info in self._in_order(ordinal, _open_intervals_of):
            if end <= instant:
                continue
            if found is None:
                found = [start, end, info.ordinal, info.ordinal]
            elif start == found[1]:
                found[1], found[3] = end, max(found[3], info.ordinal)
            else:
                break
            if found[1] >= _stretch_cap(max(found[0], instant), limit):
                break
        return None if found is None else (found[0], found[1], found[2], found[3])

    def _may_continue(self, end: int, ordinal: int) -> bool:
        """Whether business time ending at *end* on *ordinal* may go on into the next day.

        Only business time that reaches the day's last instant can: a cheap check that
        spares most windows the walk into the next day.
        """
        info = self.days.get(ordinal)
        return info is None or not info.pieces or info.pieces[-1][1] == end

    def _extend_across_midnight(self, end: int, ordinal: int, cap: int) -> tuple[int, int]:
        """Follow a stretch into the next days while business time continues without a gap.

        Hours closing at midnight (``time(0)``), or odd zones and hours (a midnight
        skipped by a clock change), make a day's hours touch the next day's; merging them
        keeps "stretch" true to rule 5. Stops at *cap*.
        """
        while ordinal < _LAST_ORDINAL and end < cap:
            following_day = self.days.get(ordinal + 1) or self._add_day(ordinal + 1)
            following = following_day.open_intervals
            if not following or following[0][0] != end or not following_day.contiguous:
                break
            end = following[0][1]
            ordinal += 1
            if len(following) > 1:
                break
        return end, ordinal

    def window(self, raw_open: int, ordinal: int, raw_close: int) -> tuple[int, int, int]:
        """``(opens, closes, ordinal of opens)`` from the raw window, by rules 4 and 5.

        *ordinal* is the local date of *raw_open*.
        """
        first = self.stretch_after(raw_open, ordinal, raw_close)
        if first is None:
            raise NoBusinessTimeError(from_micros(raw_open), HORIZON_DAYS)
        # raw_open, when inside the stretch, lies in its first day's interval: one ordinal.
        start, end, open_ordinal, last_ordinal = first
        opens = start if start > raw_open else raw_open
        if opens >= raw_close:
            # Business time that never breaks (hours closing at midnight every day) ends
            # the window a horizon after it opens.
            return opens, min(end, _stretch_cap(opens, raw_close)), open_ordinal
        while end < raw_close:
            following = self.stretch_after(end, last_ordinal, raw_close)
            if following is None or following[0] >= raw_close:
                return opens, end, open_ordinal
            end, last_ordinal = following[1], following[3]
        return opens, raw_close, open_ordinal

    # Rule 6 -------------------------------------------------------------------------------

    def first_preferred(
        self, opens: int, closes: int, ordinal: int, preferred: tuple[time, time]
    ) -> int | None:
        """The first business-time instant in ``[opens, closes)`` at a preferred hour.

        *ordinal* is the local date of *opens*.
        """
        if not self._previous_contiguous(ordinal):
            return self._preferred_in_order(opens, closes, ordinal - 1, preferred)
        days = self.days
        while True:
            info = days.get(ordinal) or self._add_day(ordinal)
            if not info.contiguous:
                return self._preferred_in_order(opens, closes, ordinal, preferred)
            if info.pieces and info.pieces[0][0] >= closes:
                return None
            for lo, hi in info.preferred_intervals(preferred):
                begin = lo if lo > opens else opens
                end = hi if hi < closes else closes
                if begin < end:
                    return begin
            ordinal += 1

    def _preferred_in_order(
        self, opens: int, closes: int, ordinal: int, preferred: tuple[time, time]
    ) -> int | None:
        """:meth:`first_preferred` walking business time in time order across days."""
        for lo, hi, _ in self._in_order(ordinal, lambda info: info.preferred_intervals(preferred)):
            if lo >= closes:
                return None
            begin = lo if lo > opens else opens
            end = hi if hi < closes else closes
            if begin < end:
                return begin
        return None


def _stretch_cap(begin: int, limit: int) -> int:
    """How far a stretch is followed from *begin*, its part that counts: to *limit*, or
    when it begins there or later (a window opening after max_delay), a horizon past it."""
    return limit if begin < limit else begin + _HORIZON_US


def _pieces_of(info: Day) -> tuple[Piece, ...]:
    return info.pieces


def _open_intervals_of(info: Day) -> tuple[Interval, ...]:
    return info.open_intervals


def _start_of(item: tuple[int, int, Day]) -> int:
    return item[0]


_timelines: OrderedDict[tuple[BusinessCalendar, tzinfo], Timeline] = OrderedDict()
_timelines_lock = threading.Lock()
# The timeline asked for last: batches ask for the same one again and again, and an identity
# check is far cheaper than hashing the calendar. One tuple, replaced whole (thread-safe).
_last: tuple[BusinessCalendar | None, tzinfo | None, Timeline | None] = (None, None, None)


def timeline_for(calendar: BusinessCalendar, zone: tzinfo) -> Timeline:
    """The shared :class:`Timeline` of *calendar* (by value) in *zone*.

    Equal calendars share their days, so a calendar rebuilt per request, copied or
    unpickled costs nothing extra. At most :data:`MAX_CACHED_TIMELINES` are kept, the
    least recently used dropped first.
    """
    global _last
    last_calendar, last_zone, last_timeline = _last
    if calendar is last_calendar and zone is last_zone and last_timeline is not None:
        return last_timeline
    key = (calendar, zone)
    timeline = _timelines.get(key)
    if timeline is None:
        with _timelines_lock:
            timeline = _timelines.get(key)
            if timeline is None:
                timeline = _timelines[key] = Timeline(calendar, zone)
                while len(_timelines) > MAX_CACHED_TIMELINES:
                    _timelines.popitem(last=False)
    else:
        try:  # noqa: SIM105 (suppress() costs a context manager on every send_window)
            _timelines.move_to_end(key)
        except KeyError:  # evicted by another thread since the read: still a valid timeline
            pass
    _last = (calendar, zone, timeline)
    return timeline


def clear_caches() -> None:
    """Forget every cached timeline and its days (tests use it to start cold)."""
    global _last
    with _timelines_lock:
        _timelines.clear()
        _last = (None, None, None)


@attrs.frozen
class Decision:
    """What the engine decided while placing one window: the instants, in microseconds.

    The named form of :func:`place_window`'s result with the instant counted from.
    ``explain()`` reads this record (and the engine's days between ``start`` and the later
    of ``closes`` and ``raw_close``) instead of working the rules out again.
    """

    #: The instant the delays count from.
    start: int
    #: Where ``min_delay`` was reached, and ``max_delay``.
    raw_open: int
    raw_close: int
    #: The window and the recommended instant.
    opens: int
    closes: int
    recommended: int


def place_window(
    timeline: Timeline,
    start: int,
    min_delay: int,
    max_delay: int,
    counting: str,
    preferred: tuple[time, time] | None,
) -> Placement:
    """Rules 3 to 6 of the timing rules: the window for delays counted from *start*.

    Returns ``(raw_open, raw_close, opens, closes, recommended)``: a plain tuple, since this
    runs once per window in batches of millions; :class:`Decision` is the same record,
    named, for the explanation.
    """
    if counting == "calendar":
        raw_open, raw_close = start + min_delay, start + max_delay
        ordinal = timeline.local_ordinal(raw_open)
    else:
        raw_open, ordinal = timeline.advance_business_days(
            start, timeline.local_ordinal(start), min_delay
        )
        # The clock keeps running from raw_open: no need to count the first part twice.
        raw_close, _ = timeline.advance_business_days(raw_open, ordinal, max_delay - min_delay)
    opens, closes, ordinal = timeline.window(raw_open, ordinal, raw_close)
    recommended = opens
    if preferred is not None:
        found = timeline.first_preferred(opens, closes, ordinal, preferred)
        if found is not None:
            recommended = found
    # For the LRU eviction of days: the walks read days with a plain dict lookup (the
    # hottest path), and each window stamps the day it counts from, once. Days are thus
    # dropped least recently used as a window's start (or computed); one only ever inside
    # windows that is dropped early costs recomputing it, microseconds.
    info = timeline.days.get(start // DAY_US + _EPOCH_ORDINAL)
    if info is not None:
        info.last_used = next(_uses)
    return raw_open, raw_close, opens, closes, recommended
