"""How long after the interview the follow-up should wait, and at what hours it is best."""

from __future__ import annotations

from datetime import time, timedelta
from typing import Any, Literal

import attrs

from followup_timing._durations import format_duration, parse_duration
from followup_timing._validators import Validator, accepts, instance_of, one_of
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


def _not_a_timedelta(name: str, value: object) -> PolicyError:
    return PolicyError(
        f"{name} must be a datetime.timedelta, got {value!r}", what=name, value=value
    )


def _negative(name: str, value: timedelta) -> PolicyError:
    return PolicyError(
        f"{name} must not be negative, got {format_duration(value)}", what=name, value=value
    )


def _too_long(name: str, value: timedelta) -> PolicyError:
    return PolicyError(
        f"{name} {format_duration(value)} is longer than {MAX_DELAY.days} days; "
        f"a follow-up that late is not a follow-up",
        what=name,
        value=value,
    )


# attrs runs a list of validators in order and the first failure raises, so the range
# checks only ever see a timedelta.
_DELAY = [
    instance_of(timedelta, _not_a_timedelta),
    accepts(lambda value: value >= timedelta(0), _negative),
    accepts(lambda value: value <= MAX_DELAY, _too_long),
]


def _unknown_counting(_field: str, value: object, reason: str) -> PolicyError:
    return PolicyError(f"unknown counting {value!r}; {reason}")


_COUNTING = one_of(
    COUNTING_MODES,
    _unknown_counting,
    "choose 'business_days' (the clock runs only on business days) or 'calendar' "
    "(real elapsed time)",
)


def _to_preferred(value: tuple[time, time] | None) -> tuple[time, time] | None:
    # The parameter type is what the API reference shows the field accepts.
    pair: tuple[time, time] | None = _list_pair_as_tuple(value)
    return pair


def _list_pair_as_tuple(value: object) -> Any:
    # A list (or tuple subclass) pair is stored as a plain tuple; anything else is left to
    # the validator.
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return (value[0], value[1])
    return value


def _not_a_pair(_field: str, value: object) -> PolicyError:
    return PolicyError(
        f"preferred_hours must be a (start, end) pair of datetime.time or None, got {value!r}"
    )


def _check_plain_times(
    _instance: object, _attribute: attrs.Attribute[Any], value: tuple[time, time]
) -> None:
    # Not deep_iterable: the message names which end of the pair is wrong.
    for label, moment in zip(("start", "end"), value, strict=True):
        if not isinstance(moment, time) or moment.tzinfo is not None:
            raise PolicyError(
                f"preferred_hours {label} must be a plain datetime.time in [00:00, 24:00), "
                f"got {moment!r}"
            )


def _reversed(_field: str, value: tuple[time, time]) -> PolicyError:
    start, end = value
    return PolicyError(
        f"preferred_hours start {start.isoformat()} must be before end {end.isoformat()}"
    )


_PREFERRED: Validator = attrs.validators.optional(
    [
        accepts(lambda value: isinstance(value, tuple) and len(value) == 2, _not_a_pair),
        _check_plain_times,
        accepts(lambda value: value[0] < value[1], _reversed),
    ]
)


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
        default=timedelta(hours=24), converter=_to_min_delay, validator=_DELAY
    )
    max_delay: timedelta = attrs.field(
        default=timedelta(hours=48), converter=_to_max_delay, validator=_DELAY
    )
    counting: Counting = attrs.field(default="business_days", validator=_COUNTING)
    preferred_hours: tuple[time, time] | None = attrs.field(
        default=(time(9), time(11)), converter=_to_preferred, validator=_PREFERRED
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
        # A relation between two fields: attrs validators see one field each.
        if self.min_delay > self.max_delay:
            raise PolicyError(
                f"min_delay {format_duration(self.min_delay)} is longer than "
                f"max_delay {format_duration(self.max_delay)}"
            )
