"""Where "now" stands against a send window, in words, and dates that look like typos.

A window that closed two years ago, or one for 2062, is computed correctly and is still
no use to anyone: the output says so. Every function takes ``now`` as an argument so that
tests (and ``--now``) pin the clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

from followup_timing._durations import format_duration
from followup_timing._timing._explain import format_clock, format_date, format_offset

# Further than this from now, an interview date is more likely a typo than a plan.
FAR = timedelta(days=365)


def _rounded(delta: timedelta) -> timedelta:
    """To the hour beyond a day, to the minute below: "1 day 3 hours", "45 minutes"."""
    unit = timedelta(hours=1) if delta >= timedelta(days=1) else timedelta(minutes=1)
    return delta - delta % unit


def _span(delta: timedelta) -> str:
    """``45 minutes``, ``1 day 3 hours``, ``12 days``, ``2 years``: as precise as is useful."""
    if delta < timedelta(minutes=1):
        return "less than a minute"
    if delta >= FAR:
        years = delta.days // 365
        return f"{years} year{'s' if years != 1 else ''}"
    if delta >= timedelta(weeks=1):
        return f"{delta.days} days"
    return format_duration(_rounded(delta))


def _moment(value: datetime) -> str:
    """``Mon 30 Nov 2026 15:00 EST``, or with a numeric offset when the zone has no name."""
    name = value.tzname() or ""
    if not name or name[0] in "+-":
        offset = value.utcoffset()
        assert offset is not None
        name = format_offset(offset)
    return f"{format_date(value.date())} {format_clock(value.timetz())} {name}"


def now_line(opens: datetime, closes: datetime, now: datetime, zone: tzinfo) -> str:
    """Where *now* stands against ``[opens, closes)``, with times shown in *zone*.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> ny = ZoneInfo("America/New_York")
    >>> opens, closes = datetime(2026, 11, 27, 9, tzinfo=ny), datetime(2026, 11, 30, 15, tzinfo=ny)
    >>> now_line(opens, closes, datetime(2026, 11, 26, 6, tzinfo=ny), ny)
    'opens in 1 day 3 hours'
    >>> now_line(opens, closes, datetime(2026, 11, 28, 6, tzinfo=ny), ny)
    'open now: send before Mon 30 Nov 2026 15:00 EST'
    >>> now_line(opens, closes, datetime(2026, 12, 2, 16, tzinfo=ny), ny)
    'closed 2 days 1 hour ago: send as soon as you can, and say why you are late'
    """
    # Subtracting aware datetimes of different zones measures real elapsed time; compare
    # in UTC so that the repeated hour of a clock change orders correctly.
    instant = now.astimezone(timezone.utc)
    if instant < opens.astimezone(timezone.utc):
        return f"opens in {_span(opens.astimezone(timezone.utc) - instant)}"
    if instant < closes.astimezone(timezone.utc):
        return f"open now: send before {_moment(closes.astimezone(zone))}"
    ago = _span(instant - closes.astimezone(timezone.utc))
    return f"closed {ago} ago: send as soon as you can, and say why you are late"


def far_from_now(ended_at: datetime, now: datetime) -> str | None:
    """A warning when the interview is more than a year from *now*, else ``None``.

    >>> from datetime import datetime, timezone
    >>> now = datetime(2026, 11, 26, tzinfo=timezone.utc)
    >>> far_from_now(datetime(2062, 11, 25, 15, tzinfo=timezone.utc), now)
    'the interview ends on Sat 25 Nov 2062, 36 years from now: check the year'
    >>> far_from_now(datetime(2026, 11, 25, 15, tzinfo=timezone.utc), now) is None
    True
    """
    gap = ended_at.astimezone(timezone.utc) - now.astimezone(timezone.utc)
    if abs(gap) <= FAR:
        return None
    distance = _span(abs(gap))
    day = format_date(ended_at.date())
    if gap > timedelta(0):
        return f"the interview ends on {day}, {distance} from now: check the year"
    return f"the interview ended on {day}, {distance} ago: check the year"
