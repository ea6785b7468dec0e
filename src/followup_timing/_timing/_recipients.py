"""One window per interviewer, each on their own calendar, and a moment that suits them all."""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._engine import to_micros
from followup_timing._timing._interview import Interview
from followup_timing._timing._policy import TimingPolicy
from followup_timing._timing._recipient import Recipient
from followup_timing._timing._window import SendWindow, send_window
from followup_timing.exceptions import InterviewError, WrongTypeError


@attrs.frozen(kw_only=True)
class RecipientWindow:
    """One recipient's send window.

    Attributes:
        recipient: who the note goes to.
        window: when to send it, on the recipient's own calendar.

    .. versionadded:: 0.2.0
    """

    recipient: Recipient
    window: SendWindow


@attrs.frozen(kw_only=True)
class RecipientWindows:
    """The send windows of every interviewer of one interview.

    Attributes:
        interview: the interview.
        windows: one :class:`RecipientWindow` per interviewer, in the interview's order.
        together: a moment inside every window, in the zone of the interview's end, or
            ``None`` when the windows do not overlap: the first one within every
            recipient's business hours, else the earliest recommended time that lies in
            all windows, else the latest opening.

    .. versionadded:: 0.2.0
    """

    interview: Interview
    windows: tuple[RecipientWindow, ...]
    together: datetime | None

    @property
    def moments(self) -> tuple[tuple[datetime, Recipient], ...]:
        """The moment to send each note, with its recipient.

        All at :attr:`together` when it exists, else each at its recipient's recommended
        time, in time order.

        >>> from datetime import datetime, timedelta
        >>> from zoneinfo import ZoneInfo
        >>> from followup_timing import Interview, Recipient, recipient_windows
        >>> interview = Interview(
        ...     datetime(2026, 11, 24, 15, tzinfo=ZoneInfo("America/New_York")),
        ...     interviewers=["Ana", Recipient("Wei", timezone="Asia/Singapore")],
        ... )
        >>> for moment, person in recipient_windows(interview).moments:
        ...     print(moment.isoformat(), person)
        2026-11-25T20:00:00-05:00 Ana
        2026-11-25T20:00:00-05:00 Wei
        """
        if self.together is not None:
            return tuple((self.together, entry.recipient) for entry in self.windows)
        ordered = sorted(self.windows, key=lambda entry: to_micros(entry.window.recommended))
        return tuple((entry.window.recommended, entry.recipient) for entry in ordered)

    def window_for(self, recipient: Recipient | str) -> SendWindow:
        """The window of *recipient* (a :class:`Recipient` or a name).

        Raises:
            InterviewError: no interviewer is, or is named, *recipient*.
        """
        for entry in self.windows:
            if entry.recipient == recipient or entry.recipient.name == recipient:
                return entry.window
        names = ", ".join(repr(entry.recipient.name) for entry in self.windows)
        raise InterviewError(
            f"{recipient!r} is not an interviewer; the interviewers are {names}",
            what="recipient",
            value=recipient,
        )

    def summary(self) -> str:
        """One line per recipient, then when to send, in plain sentences.

        >>> from datetime import datetime, timedelta
        >>> from zoneinfo import ZoneInfo
        >>> from followup_timing import Interview, Recipient, recipient_windows
        >>> interview = Interview(
        ...     datetime(2026, 11, 24, 15, tzinfo=ZoneInfo("America/New_York")),
        ...     interviewers=["Ana", Recipient("Wei", timezone="Asia/Singapore")],
        ... )
        >>> print(recipient_windows(interview).summary())
        Ana (America/New_York): Wed 25 Nov 15:00 to Thu 26 Nov 15:00, best Thu 26 Nov 09:00
        Wei (Asia/Singapore): Thu 26 Nov 09:00 to Thu 26 Nov 17:00, best Thu 26 Nov 09:00
        Send all notes at Wed 25 Nov 20:00 (America/New_York): inside every window.
        """
        lines = [
            f"{entry.recipient.name} ({_zone(entry.window.opens)}): "
            f"{_clock(entry.window.opens)} to {_clock(entry.window.closes)}, "
            f"best {_clock(entry.window.recommended)}"
            for entry in self.windows
        ]
        if self.together is not None:
            lines.append(
                f"Send all notes at {_clock(self.together)} ({_zone(self.together)}): "
                f"inside every window."
            )
        else:
            lines.append("The windows do not overlap: send each note at its own time:")
            lines += [
                f"  {person.name}: {_clock(moment)} ({_zone(moment)})"
                for moment, person in self.moments
            ]
        return "\n".join(lines)


def _clock(moment: datetime) -> str:
    return f"{moment:%a %d %b %H:%M}"


def _zone(moment: datetime) -> str:
    return str(getattr(moment.tzinfo, "key", moment.tzinfo))


def recipient_windows(
    interview: Interview,
    *,
    calendar: BusinessCalendar | None = None,
    policy: TimingPolicy | None = None,
) -> RecipientWindows:
    """One send window per interviewer, each on their own calendar, and a shared moment.

    Each interviewer's window is :func:`send_window` on their calendar: their own
    ``calendar``, else *calendar* with their ``timezone``, ``country`` and
    ``subdivision`` put in (see :meth:`Recipient.business_calendar`).

    Args:
        interview: the interview, with at least one interviewer.
        calendar: the calendar of interviewers who give none of their own.
        policy: the delays and preferred hours, the same for everyone.

    Returns:
        The windows, and the moment inside all of them when there is one.

    Raises:
        InterviewError: the interview names no interviewer.
        NoBusinessTimeError: an interviewer's calendar has no business time within a year.

    >>> from datetime import datetime, timedelta
    >>> from zoneinfo import ZoneInfo
    >>> from followup_timing import Interview, Recipient, recipient_windows
    >>> interview = Interview(
    ...     datetime(2026, 11, 24, 15, tzinfo=ZoneInfo("America/New_York")),
    ...     interviewers=["Ana", Recipient("Wei", timezone="Asia/Singapore")],
    ... )
    >>> windows = recipient_windows(interview)
    >>> windows.window_for("Wei").opens.isoformat()
    '2026-11-26T09:00:00+08:00'

    .. versionadded:: 0.2.0
    """
    if not isinstance(interview, Interview):
        raise WrongTypeError(interview, "interview", "an Interview")
    if not interview.recipients:
        raise InterviewError(
            "the interview names no interviewers, so there is no one to give a window to; "
            "pass Interview(..., interviewers=[...]) or use send_window() for one window.",
            what="Interview.interviewers",
        )
    windows = tuple(
        RecipientWindow(
            recipient=person,
            window=send_window(
                interview, calendar=person.business_calendar(calendar), policy=policy
            ),
        )
        for person in interview.recipients
    )
    return RecipientWindows(
        interview=interview, windows=windows, together=_together(windows, interview)
    )


def _together(windows: tuple[RecipientWindow, ...], interview: Interview) -> datetime | None:
    """The first moment in every window, preferring one in everyone's business hours.

    Windows span nights (a window of 24 business hours is open around the clock), so a
    moment inside all of them may still be 2 a.m. for someone: a moment within every
    recipient's business hours is taken when one exists, else the earliest recommended
    time inside all windows, else the latest opening.
    """
    # Compare instants, not datetimes: same-zone datetimes compare by wall clock.
    latest_open = max(windows, key=lambda e: to_micros(e.window.opens)).window.opens
    earliest_close = min(windows, key=lambda e: to_micros(e.window.closes)).window.closes
    if to_micros(latest_open) >= to_micros(earliest_close):
        return None
    candidates = sorted(
        [latest_open, *_openings(windows, latest_open, earliest_close)], key=to_micros
    )
    in_all = [moment for moment in candidates if _inside_all(windows, moment)]
    for moment in in_all:
        if all(_in_business_hours(entry.window, moment) for entry in windows):
            return moment.astimezone(interview.ended_at.tzinfo)
    recommended = sorted(
        (e.window.recommended for e in windows if _inside_all(windows, e.window.recommended)),
        key=to_micros,
    )
    moment = recommended[0] if recommended else latest_open
    return moment.astimezone(interview.ended_at.tzinfo)


def _openings(
    windows: tuple[RecipientWindow, ...], start: datetime, end: datetime
) -> list[datetime]:
    """Every recipient's local opening time on each of their dates from *start* to *end*."""
    found = []
    for entry in windows:
        zone = entry.window.timezone
        day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
        while day <= last:
            hours = entry.window.calendar.hours_on(day)
            if hours is not None:
                found.append(datetime.combine(day, hours[0], tzinfo=zone))
            day += timedelta(days=1)
    return found


def _inside_all(windows: tuple[RecipientWindow, ...], moment: datetime) -> bool:
    return all(entry.window.contains(moment) for entry in windows)


def _in_business_hours(window: SendWindow, moment: datetime) -> bool:
    local = moment.astimezone(window.timezone)
    calendar = window.calendar
    hours = calendar.hours_on(local.date())
    return (
        hours is not None
        and calendar.is_business_day(local.date())
        and hours[0] <= local.time() < hours[1]
    )
