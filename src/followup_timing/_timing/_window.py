"""``send_window``: the window in which to send the follow-up, and why."""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import attrs

from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._engine import (
    Decision,
    Timeline,
    place_window,
    timeline_for,
    to_local,
    to_micros,
)
from followup_timing._timing._explain import explain
from followup_timing._timing._ics import to_ics
from followup_timing._timing._interview import Interview
from followup_timing._timing._policy import TimingPolicy
from followup_timing._timing._zones import instant_key, require_aware, zone_name
from followup_timing.exceptions import DatetimeRangeError, TimingTypeError


class Timing(str, enum.Enum):
    """Where an instant stands relative to a :class:`SendWindow`.

    >>> from followup_timing import Timing
    >>> Timing.ON_TIME.value
    'on_time'

    .. versionadded:: 0.1.0
    """

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


@attrs.frozen(kw_only=True)
class WindowAnchor:
    """What a window counts from when it is not the end of the interview.

    Later steps of a :class:`~followup_timing.FollowupPlan` count from the previous
    message or from the employer's decision date.

    Args:
        at: the aware instant the delays count from.
        description: what that instant is, as it reads after "counts from"
            (e.g. ``"the thank-you note (its recommended time)"``).

    >>> from followup_timing import WindowAnchor
    >>> from datetime import datetime, timezone
    >>> WindowAnchor(at=datetime(2026, 12, 1, tzinfo=timezone.utc),
    ...              description="the expected decision").description
    'the expected decision'

    .. versionadded:: 0.1.0
    """

    at: datetime = attrs.field(
        validator=lambda _, __, value: require_aware(value, "anchor.at"), eq=instant_key
    )
    description: str


def json_value(_instance: object, _field: object, value: object) -> object:
    """The JSON form of one value of a ``to_dict()`` record (an ``attrs.asdict`` serializer).

    Instants and dates as ISO 8601 (with their UTC offset), durations as seconds, zones by
    their IANA name; everything else is JSON already.
    """
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, tzinfo):
        return zone_name(value)
    return value


@attrs.frozen(kw_only=True)
class WindowJSON:
    """The documented ``SendWindow.to_dict()`` shape, field by field, in order."""

    opens: datetime
    closes: datetime
    recommended: datetime
    raw_open: datetime
    raw_close: datetime
    interview_ended_at: datetime
    starts_from: datetime
    timezone: tzinfo
    counting: str
    min_delay_seconds: timedelta
    max_delay_seconds: timedelta
    explanation: list[str]


@attrs.frozen(kw_only=True)
class SendWindow:
    """When to send the follow-up: ``[opens, closes)``, best at ``recommended``.

    All three are aware datetimes in the calendar's zone. Build one with
    :func:`send_window`.

    >>> from followup_timing import Interview, send_window
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> window = send_window(Interview(datetime(2026, 11, 23, 15, tzinfo=ZoneInfo("Asia/Tokyo"))))
    >>> print(window.opens, window.recommended, window.closes, sep="\\n")
    2026-11-24 15:00:00+09:00
    2026-11-25 09:00:00+09:00
    2026-11-25 15:00:00+09:00

    Attributes:
        opens: the first business-time instant at least ``min_delay`` after the interview.
        closes: the exclusive end of the window.
        recommended: the first instant of the window within the preferred hours.
        raw_open: the instant the ``min_delay`` was reached, before business hours applied.
        raw_close: the instant the ``max_delay`` was reached.
        interview: the interview the window is for.
        calendar: the recipient's calendar used.
        policy: the timing policy used.
        anchor: what the delays count from when it is not the interview's end
            (``None`` for a thank-you window).

    .. versionadded:: 0.1.0
    """

    # Compared and hashed by instant and zone: see instant_key.
    opens: datetime = attrs.field(eq=instant_key)
    closes: datetime = attrs.field(eq=instant_key)
    recommended: datetime = attrs.field(eq=instant_key)
    interview: Interview
    calendar: BusinessCalendar = attrs.field(repr=False)
    policy: TimingPolicy = attrs.field(repr=False)
    # Instants as microseconds since the epoch; datetimes are built only when asked for,
    # which keeps send_window() fast in batch use. Derived from the fields above.
    _raw_micros: tuple[int, int] = attrs.field(repr=False, eq=False, alias="raw_micros")
    anchor: WindowAnchor | None = None

    @property
    def starts_from(self) -> datetime:
        """The instant the delays count from, the anchor's or else the interview's end.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ended = datetime(2026, 11, 23, 15, tzinfo=ZoneInfo("America/New_York"))
        >>> send_window(Interview(ended)).starts_from == ended
        True
        """
        return self.interview.ended_at if self.anchor is None else self.anchor.at

    @property
    def _decision(self) -> Decision:
        """What the engine decided, as exact instants (private to the library)."""
        return Decision(
            to_micros(self.starts_from),
            self._raw_micros[0],
            self._raw_micros[1],
            to_micros(self.opens),
            to_micros(self.closes),
            to_micros(self.recommended),
        )

    @property
    def raw_open(self) -> datetime:
        """The instant ``min_delay`` was reached, before business hours applied."""
        return to_local(self._raw_micros[0], self.timezone)

    @property
    def raw_close(self) -> datetime:
        """The instant ``max_delay`` was reached."""
        return to_local(self._raw_micros[1], self.timezone)

    @property
    def timezone(self) -> tzinfo:
        """The recipient's zone, which is the zone of ``opens``, ``closes`` and ``recommended``.

        >>> from followup_timing import BusinessCalendar, Interview, send_window
        >>> from datetime import datetime, timezone
        >>> calendar = BusinessCalendar(timezone="Europe/Paris")
        >>> ended = datetime(2026, 11, 23, 14, tzinfo=timezone.utc)
        >>> send_window(Interview(ended), calendar=calendar).timezone
        zoneinfo.ZoneInfo(key='Europe/Paris')
        """
        assert self.opens.tzinfo is not None
        return self.opens.tzinfo

    @property
    def duration(self) -> timedelta:
        """Real time between ``opens`` and ``closes``.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> send_window(Interview(datetime(2026, 11, 23, 15, tzinfo=ny))).duration
        datetime.timedelta(days=1)
        """
        # Subtract instants: datetimes sharing a tzinfo subtract as wall clocks.
        return timedelta(microseconds=to_micros(self.closes) - to_micros(self.opens))

    def status(self, at: datetime) -> Timing:
        """Whether sending at *at* would be early, on time or late.

        Args:
            at: an aware datetime, in any zone.

        Returns:
            :attr:`Timing.EARLY` before ``opens``, :attr:`Timing.ON_TIME` in
            ``[opens, closes)``, :attr:`Timing.LATE` from ``closes`` on.

        Raises:
            NaiveDatetimeError: *at* has no time zone.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> window = send_window(Interview(datetime(2026, 11, 23, 15, tzinfo=ny)))
        >>> window.status(datetime(2026, 11, 24, 9, tzinfo=ny))
        <Timing.EARLY: 'early'>
        >>> window.status(datetime(2026, 11, 24, 16, tzinfo=ny))
        <Timing.ON_TIME: 'on_time'>
        """
        # Compare instants in UTC: datetimes sharing a tzinfo compare by wall clock and
        # ignore fold (PEP 495), which misorders the repeated hour when clocks go back.
        instant = to_micros(require_aware(at, "at"))
        if instant < to_micros(self.opens):
            return Timing.EARLY
        if instant < to_micros(self.closes):
            return Timing.ON_TIME
        return Timing.LATE

    def contains(self, at: datetime) -> bool:
        """Whether *at* (aware) lies in ``[opens, closes)``.

        Raises:
            NaiveDatetimeError: *at* has no time zone.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> window = send_window(Interview(datetime(2026, 11, 23, 15, tzinfo=ny)))
        >>> window.contains(window.recommended)
        True
        """
        return self.status(at) is Timing.ON_TIME

    def explain(self) -> str:
        """Every rule that placed the window, in plain sentences, in the recipient's zone.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> window = send_window(Interview(datetime(2026, 11, 27, 16, tzinfo=ny)))
        >>> print(window.explain().splitlines()[0])
        The interview ended Fri 27 Nov 2026 at 16:00 (America/New_York).
        """
        return "\n".join(explain(self))

    def explanation(self) -> tuple[str, ...]:
        """The sentences of :meth:`explain`, one per rule, for programs to show as a list.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> send_window(Interview(datetime(2026, 11, 27, 16, tzinfo=ny))).explanation()[3]
        'Sat 28 Nov 2026 is a weekend day: the clock did not run.'
        """
        return tuple(explain(self))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict: ISO 8601 instants with UTC offsets, and the explanation.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> send_window(Interview(datetime(2026, 11, 23, 15, tzinfo=ny))).to_dict()["opens"]
        '2026-11-24T15:00:00-05:00'
        """
        return attrs.asdict(self._json(), value_serializer=json_value)

    def _json(self) -> WindowJSON:
        return WindowJSON(
            opens=self.opens,
            closes=self.closes,
            recommended=self.recommended,
            raw_open=self.raw_open,
            raw_close=self.raw_close,
            interview_ended_at=self.interview.ended_at,
            starts_from=self.starts_from,
            timezone=self.timezone,
            counting=self.policy.counting,
            min_delay_seconds=self.policy.min_delay,
            max_delay_seconds=self.policy.max_delay,
            explanation=list(self.explanation()),
        )

    def to_ics(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        summary: str | None = None,
        reminder: timedelta | None = timedelta(minutes=15),
        now: datetime | None = None,
    ) -> bytes:
        """An RFC 5545 calendar with one event from ``recommended`` to ``closes``.

        The event carries the explanation as its description and a reminder alarm. Times
        are written with the recipient's IANA zone as TZID (and its VTIMEZONE), or in UTC
        for a fixed-offset zone and for an event that starts or ends in a repeated hour
        (where a local time names two instants). Needs the ``icalendar`` package:
        ``pip install followup-timing[ics]``.

        Args:
            path: where to write the calendar (a ``.ics`` file), or ``None`` to only return it.
            summary: the event's title; by default "Send the follow-up email" with the
                interview's role and company when known.
            reminder: how long before the event the alarm fires, or ``None`` for no alarm.
            now: the event's DTSTAMP (aware); by default the current time.

        Returns:
            The calendar, as the bytes written to *path*.

        Raises:
            MissingDependencyError: ``icalendar`` is not installed.
            CalendarExportError: *summary* is blank or *reminder* is negative.
            NaiveDatetimeError: *now* has no time zone.
            OSError: *path* cannot be written.

        >>> from followup_timing import Interview, send_window
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> ics = send_window(Interview(datetime(2026, 11, 23, 15, tzinfo=ny))).to_ics()
        >>> b"DTSTART;TZID=America/New_York:20261125T090000" in ics
        True

        .. versionadded:: 0.1.0
        """
        return to_ics(self, path, summary=summary, reminder=reminder, now=now)


_DEFAULT_CALENDAR = BusinessCalendar()
_DEFAULT_POLICY = TimingPolicy()


def send_window(
    interview: Interview,
    *,
    calendar: BusinessCalendar | None = None,
    policy: TimingPolicy | None = None,
) -> SendWindow:
    """When to send the follow-up for *interview*, on the recipient's calendar.

    Args:
        interview: the interview; only its ``ended_at`` matters for timing.
        calendar: the recipient's working calendar; by default Monday-Friday
            09:00-17:00 in the zone of ``interview.ended_at``, with no holidays.
        policy: the delays and preferred hours; by default 24 to 48 business-day
            hours, best between 09:00 and 11:00.

    Returns:
        The window, with ``opens``, ``closes`` and ``recommended`` in the calendar's zone.

    Raises:
        NoBusinessTimeError: the calendar has no business time within 366 days.
        DatetimeRangeError: the window would fall outside what ``datetime`` represents.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> import followup_timing as ft
    >>> interview = ft.Interview(datetime(2026, 11, 25, 15, tzinfo=ZoneInfo("America/New_York")))
    >>> calendar = ft.BusinessCalendar(timezone="America/New_York", country="US", subdivision="NY")
    >>> window = ft.send_window(interview, calendar=calendar)
    >>> print(window.opens, window.closes, window.recommended, sep="\\n")
    2026-11-27 15:00:00-05:00
    2026-11-30 15:00:00-05:00
    2026-11-30 09:00:00-05:00

    .. versionadded:: 0.1.0
    """
    calendar, policy = _rules_or_defaults(calendar, policy)
    _check_interview(interview, "send_window()")
    return _compute(
        interview, calendar, policy, timeline_for(calendar, calendar.zone_for(interview.ended_at))
    )


def send_windows(
    interviews: Iterable[Interview],
    *,
    calendar: BusinessCalendar | None = None,
    policy: TimingPolicy | None = None,
) -> Iterator[SendWindow]:
    """:func:`send_window` for many interviews, lazily: one window per interview, in order.

    Memory stays flat however many interviews flow through: give it a generator and
    consume the result as it comes. The calendar's holiday data and computed days are
    shared by every window.

    Args:
        interviews: any iterable of :class:`Interview`.
        calendar: the recipient's calendar, as for :func:`send_window`.
        policy: the timing policy, as for :func:`send_window`.

    Returns:
        An iterator of :class:`SendWindow`, one per interview.

    Raises:
        NoBusinessTimeError: as :func:`send_window`, when the iterator reaches that interview.
        DatetimeRangeError: as :func:`send_window`.

    >>> from followup_timing import Interview, send_windows
    >>> from datetime import datetime, timedelta
    >>> from zoneinfo import ZoneInfo
    >>> ny = ZoneInfo("America/New_York")
    >>> monday = datetime(2026, 11, 23, 15, tzinfo=ny)
    >>> days = (Interview(monday + timedelta(days=n)) for n in range(3))
    >>> [w.opens.strftime("%a %H:%M") for w in send_windows(days)]
    ['Tue 15:00', 'Wed 15:00', 'Thu 15:00']

    .. versionadded:: 0.1.0
    """
    calendar, policy = _rules_or_defaults(calendar, policy)
    return _generate(interviews, calendar, policy)


def _generate(
    interviews: Iterable[Interview], calendar: BusinessCalendar, policy: TimingPolicy
) -> Iterator[SendWindow]:
    timelines: dict[tzinfo, Timeline] = {}
    for interview in interviews:
        _check_interview(interview, "send_windows()")
        zone = calendar.zone_for(interview.ended_at)
        timeline = timelines.get(zone)
        if timeline is None:
            timeline = timelines[zone] = timeline_for(calendar, zone)
        yield _compute(interview, calendar, policy, timeline)


def window_from(
    anchor: WindowAnchor,
    interview: Interview,
    calendar: BusinessCalendar,
    policy: TimingPolicy,
) -> SendWindow:
    """A window whose delays count from *anchor* rather than the interview's end."""
    zone = calendar.zone_for(interview.ended_at)
    return _compute(interview, calendar, policy, timeline_for(calendar, zone), anchor)


def _rules_or_defaults(
    calendar: BusinessCalendar | None, policy: TimingPolicy | None
) -> tuple[BusinessCalendar, TimingPolicy]:
    calendar = _DEFAULT_CALENDAR if calendar is None else calendar
    policy = _DEFAULT_POLICY if policy is None else policy
    if not isinstance(calendar, BusinessCalendar):
        raise TimingTypeError(calendar, "calendar", "a BusinessCalendar or None")
    if not isinstance(policy, TimingPolicy):
        raise TimingTypeError(policy, "policy", "a TimingPolicy or None")
    return calendar, policy


def _check_interview(interview: object, caller: str) -> None:
    if not isinstance(interview, Interview):
        raise TimingTypeError(
            interview,
            f"the interview given to {caller}",
            "an Interview (wrap a datetime as Interview(ended_at))",
        )


def _compute(
    interview: Interview,
    calendar: BusinessCalendar,
    policy: TimingPolicy,
    timeline: Timeline,
    anchor: WindowAnchor | None = None,
) -> SendWindow:
    """The window of *interview* (or *anchor*) as the engine places it."""
    ended_at = interview.ended_at if anchor is None else anchor.at
    zone = timeline.zone
    try:
        raw_open, raw_close, opens, closes, recommended = place_window(
            timeline,
            to_micros(ended_at),
            policy._min_micros,
            policy._max_micros,
            policy.counting,
            policy.preferred_hours,
        )
        local_opens = to_local(opens, zone)
        return SendWindow(
            opens=local_opens,
            closes=to_local(closes, zone),
            recommended=local_opens if recommended == opens else to_local(recommended, zone),
            interview=interview,
            calendar=calendar,
            policy=policy,
            raw_micros=(raw_open, raw_close),
            anchor=anchor,
        )
    except (OverflowError, DatetimeRangeError):
        # Report the interview the caller knows, not the day deep inside the search.
        raise DatetimeRangeError(ended_at) from None
