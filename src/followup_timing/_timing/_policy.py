"""How long after the interview the follow-up should wait, and at what hours it is best."""

from __future__ import annotations

from datetime import time, timedelta
from typing import Literal

import attrs

from followup_timing._durations import format_duration, parse_duration
from followup_timing.exceptions import PolicyError

Counting = Literal["business_days", "calendar"]
COUNTING_MODES: tuple[Counting, ...] = ("business_days", "calendar")
MAX_DELAY = timedelta(days=366)


def _read_delay(value: timedelta | str, name: str) -> timedelta:
    # The same duration strings as the command line ("24h", "2d", "1 day 6 hours").
    if not isinstance(value, str):
        return value
    try:
        return parse_duration(value)
    except PolicyError as exc:
        raise PolicyError(f"{name}: {exc}", what=name, value=value) from None


def _to_min_delay(value: timedelta | str) -> timedelta:
    return _read_delay(value, "min_delay")


def _to_max_delay(value: timedelta | str) -> timedelta:
    return _read_delay(value, "max_delay")


def _check_delay(instance: object, attribute: attrs.Attribute[timedelta], value: object) -> None:
    name = attribute.name
    if not isinstance(value, timedelta):
        raise PolicyError(
            f"{name} must be a datetime.timedelta, got {value!r}", what=name, value=value
        )
    if value < timedelta(0):
        raise PolicyError(
            f"{name} must not be negative, got {format_duration(value)}", what=name, value=value
        )
    if value > MAX_DELAY:
        raise PolicyError(
            f"{name} {format_duration(value)} is longer than {MAX_DELAY.days} days; "
            f"a follow-up that late is not a follow-up",
            what=name,
            value=value,
        )


def _check_counting(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if value not in COUNTING_MODES:
        raise PolicyError(
            f"unknown counting {value!r}; choose 'business_days' (the clock runs only on "
            f"business days) or 'calendar' (real elapsed time)"
        )


def _to_preferred(value: tuple[time, time] | None) -> tuple[time, time] | None:
    # The parameter type is what the API reference shows the field accepts.
    return _preferred_pair(value)


def _preferred_pair(value: object) -> tuple[time, time] | None:
    if value is None:
        return None
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise PolicyError(
            f"preferred_hours must be a (start, end) pair of datetime.time or None, got {value!r}"
        )
    start, end = value
    for label, moment in (("start", start), ("end", end)):
        if not isinstance(moment, time) or moment.tzinfo is not None:
            raise PolicyError(
                f"preferred_hours {label} must be a plain datetime.time in [00:00, 24:00), "
                f"got {moment!r}"
            )
    if not start < end:
        raise PolicyError(
            f"preferred_hours start {start.isoformat()} must be before end {end.isoformat()}"
        )
    return (start, end)


def _micros(delay: object) -> int:
    """A delay as whole microseconds, for the engine.

    Runs before the validators: a delay of the wrong type gives 0 here and is refused there.
    """
    return delay // _MICROSECOND if isinstance(delay, timedelta) else 0


_MICROSECOND = timedelta(microseconds=1)


@attrs.frozen(kw_only=True)
class TimingPolicy:
    """When, relative to the interview, a follow-up should be sent.

    Args:
        min_delay: the window opens this long after the interview ends: a
            :class:`~datetime.timedelta` or a duration as the command line takes it
            (``"24h"``, ``"2d"``, ``"1h30m"``, ``"1 day 6 hours"``).
        max_delay: the window closes this long after the interview ends (same forms).
        counting: ``"business_days"`` (only time on the recipient's business days
            counts towards the delays) or ``"calendar"`` (real elapsed time).
        preferred_hours: local ``(start, end)`` hours the send time is best placed in
            (a morning slot by default), or ``None`` for "as soon as the window opens".

    Raises:
        PolicyError: a negative delay, a string that is not a duration,
            ``min_delay > max_delay``, an unknown
            ``counting``, or a preferred hours pair that is not ``start < end``.

    >>> from followup_timing import TimingPolicy
    >>> from datetime import timedelta
    >>> TimingPolicy(min_delay=timedelta(hours=12)).max_delay
    datetime.timedelta(days=2)
    >>> TimingPolicy(min_delay="12h", max_delay="3d").max_delay
    datetime.timedelta(days=3)

    .. versionadded:: 0.1.0
    """

    min_delay: timedelta = attrs.field(
        default=timedelta(hours=24), converter=_to_min_delay, validator=_check_delay
    )
    max_delay: timedelta = attrs.field(
        default=timedelta(hours=48), converter=_to_max_delay, validator=_check_delay
    )
    counting: Counting = attrs.field(default="business_days", validator=_check_counting)
    preferred_hours: tuple[time, time] | None = attrs.field(
        default=(time(9), time(11)), converter=_to_preferred
    )

    # The delays in microseconds, computed once: send_window reads them on every call.
    # (The names are those of earlier releases, whose pickles must keep loading.)
    _min_micros: int = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: _micros(self.min_delay), takes_self=True),
    )
    _max_micros: int = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: _micros(self.max_delay), takes_self=True),
    )

    def __attrs_post_init__(self) -> None:
        if self.min_delay > self.max_delay:
            raise PolicyError(
                f"min_delay {format_duration(self.min_delay)} is longer than "
                f"max_delay {format_duration(self.max_delay)}"
            )
