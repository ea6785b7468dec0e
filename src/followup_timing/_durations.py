"""Durations as people write them: the one parser and the one formatter of the library.

The command line, ``explain()``, the plan and error messages all go through these two
functions, so that "1 day 6 hours" is never spelled "30 hours" in one place and "1d6h"
in another unless the caller asks for the compact form.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Literal

from followup_timing.exceptions import PolicyError

_UNITS = (
    ("week", "w", 7 * 24 * 3600),
    ("day", "d", 24 * 3600),
    ("hour", "h", 3600),
    ("minute", "m", 60),
    ("second", "s", 1),
)
_COMPACT = re.compile(r"(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
_WORDS = re.compile(
    r"(\d+)\s*(weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b", re.IGNORECASE
)
_WORD_UNIT = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}

DurationStyle = Literal["words", "hours", "compact"]


def parse_duration(text: str) -> timedelta:
    """Read ``24h``, ``90m``, ``2d``, ``1h30m``, ``1w`` or ``"1 day 6 hours"``.

    Raises:
        PolicyError: the text is not a duration; the message shows the accepted forms.
    """
    compact = text.strip().lower().replace(" ", "")
    match = _COMPACT.fullmatch(compact)
    if compact and match is not None and any(match.groups()):
        amounts = dict(zip("wdhms", (int(group or 0) for group in match.groups()), strict=True))
    else:
        amounts = _parse_words(text)
    try:
        return timedelta(**{_WORD_UNIT[unit]: amount for unit, amount in amounts.items()})
    except OverflowError:
        raise PolicyError(f"duration {text!r} is too long") from None


def _parse_words(text: str) -> dict[str, int]:
    amounts: dict[str, int] = {}
    position = 0
    for match in _WORDS.finditer(text):
        if text[position : match.start()].strip(" ,") not in ("", "and"):
            break
        unit = match.group(2)[0].lower()
        amounts[unit] = amounts.get(unit, 0) + int(match.group(1))
        position = match.end()
    else:
        if amounts and not text[position:].strip():
            return amounts
    raise PolicyError(
        f"cannot read {text!r} as a duration: use numbers with units, largest first, "
        f"such as 24h, 90m, 2d, 1h30m or '1 day 6 hours'"
    )


def format_duration(delta: timedelta, *, style: DurationStyle = "words") -> str:
    """Write a duration for people, to the second (fractions of a second are dropped).

    ``words`` (the default) gives ``"1 day 6 hours"``, ``"45 minutes"``, ``"0 minutes"``
    (seconds appear only when there are any: ``"1 hour 30 seconds"``);
    ``hours`` never uses days or weeks (``"30 hours"``), for delays that count business
    hours; ``compact`` gives what :func:`parse_duration` and the command line read back
    (``"1d6h"``, ``"90m"`` stays ``"1h30m"``).

    >>> format_duration(timedelta(hours=30))
    '1 day 6 hours'
    >>> format_duration(timedelta(hours=30), style="hours")
    '30 hours'
    >>> format_duration(timedelta(minutes=90), style="compact")
    '1h30m'
    """
    sign = "-" if delta < timedelta(0) else ""
    seconds = abs(delta) // timedelta(seconds=1)
    units = _UNITS[2:] if style == "hours" else _UNITS[1:]
    parts: list[tuple[int, str, str]] = []
    for name, letter, size in units:
        amount, seconds = divmod(seconds, size)
        if amount:
            parts.append((amount, name, letter))
    if not parts:
        return "0m" if style == "compact" else "0 minutes"
    if style == "compact":
        return sign + "".join(f"{amount}{letter}" for amount, _, letter in parts)
    return sign + " ".join(
        f"{amount} {name}{'s' if amount != 1 else ''}" for amount, name, _ in parts
    )
