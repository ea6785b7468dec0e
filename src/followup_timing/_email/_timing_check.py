"""Whether a message goes out inside its send window: the timing findings.

The email half does not compute windows: it is handed the window the ``window`` command
and :func:`~followup_timing.send_window` computed, so the check and the advice can never
disagree. Anything with the three instants and ``status()`` of a
:class:`~followup_timing.SendWindow` will do.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Final, Protocol, cast

from followup_timing._durations import format_duration
from followup_timing.exceptions import NaiveDatetimeError, WrongTypeError


class WindowLike(Protocol):
    """What the check reads from a :class:`~followup_timing.SendWindow`."""

    @property
    def opens(self) -> datetime: ...
    @property
    def closes(self) -> datetime: ...
    @property
    def recommended(self) -> datetime: ...


LATE_SUGGESTION: Final = (
    "Acknowledge the delay in one sentence near the start, e.g. 'I'm sorry for the slow "
    "reply; I wanted to thank you for ...', and send it now rather than later."
)


def check_window(window: object) -> WindowLike:
    """*window* if it reads like a send window; an :class:`WrongTypeError` otherwise."""
    if not all(
        isinstance(getattr(window, name, None), datetime)
        for name in ("opens", "closes", "recommended")
    ):
        raise WrongTypeError(window, "window", "a SendWindow (from send_window())")
    return cast(WindowLike, window)


def check_send_at(send_at: object, what: str = "send_at") -> datetime:
    """*send_at* if it is an aware datetime."""
    if not isinstance(send_at, datetime):
        raise WrongTypeError(send_at, what, "an aware datetime")
    if send_at.utcoffset() is None:
        raise NaiveDatetimeError(send_at, what)
    return send_at


def timing_finding(send_at: datetime, window: WindowLike) -> tuple[str, str, str | None]:
    """``(code, message, suggestion)`` for a message sent at *send_at* in *window*.

    Times are written in the recipient's zone, the zone of the window.
    """
    zone = window.opens.tzinfo
    where = f"(recipient's time, {getattr(zone, 'key', None) or window.opens.strftime('UTC%z')})"
    sent = _clock(send_at.astimezone(zone))
    instant = _utc(send_at)
    if instant < _utc(window.opens):
        wait = _duration(_utc(window.opens) - instant)
        return (
            "sent-too-early",
            f"Sent {sent}, {wait} before the send window opens at {_clock(window.opens)} {where}.",
            f"Wait {wait}; the best moment is {_clock(window.recommended)} {where}.",
        )
    if instant >= _utc(window.closes):
        late = _duration(instant - _utc(window.closes))
        return (
            "sent-too-late",
            f"Sent {sent}, {late} after the send window closed at {_clock(window.closes)} {where}.",
            LATE_SUGGESTION,
        )
    return (
        "sent-on-time",
        f"Sent {sent}, inside the send window from {_clock(window.opens)} to "
        f"{_clock(window.closes)} {where}.",
        None,
    )


def _utc(moment: datetime) -> datetime:
    # Compare instants: same-zone datetimes compare by wall clock and ignore fold.
    return moment.astimezone(timezone.utc)


def _duration(delta: timedelta) -> str:
    if delta < timedelta(minutes=1):
        return "less than a minute"
    return format_duration(delta)


def _clock(moment: datetime) -> str:
    return f"{moment:%a %d %b %Y %H:%M}"
