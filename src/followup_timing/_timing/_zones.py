"""Time zone names and the aware-only rule."""

from __future__ import annotations

import difflib
import functools
import zoneinfo
from datetime import datetime, timezone, tzinfo

from followup_timing.exceptions import NaiveDatetimeError, TimingTypeError, UnknownTimezoneError


def require_aware(value: object, what: str) -> datetime:
    """Return *value* if it is an aware datetime; refuse anything else clearly."""
    if not isinstance(value, datetime):
        raise TimingTypeError(value, what, "an aware datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(value, what)
    return value


def resolve_zone(value: str | tzinfo) -> tzinfo:
    """Turn an IANA name into a ``ZoneInfo``; pass ``ZoneInfo`` and fixed offsets through."""
    if isinstance(value, (zoneinfo.ZoneInfo, timezone)):
        return value
    if not isinstance(value, str):
        raise UnknownTimezoneError(value)
    try:
        return zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # ValueError: names such as "../etc" or absolute paths; OSError: a directory name.
        raise UnknownTimezoneError(value, _close_zone_names(value)) from None


@functools.lru_cache(maxsize=1)
def _zone_names_by_casefold() -> dict[str, str]:
    return {name.casefold(): name for name in zoneinfo.available_timezones()}


def _close_zone_names(name: str) -> list[str]:
    by_casefold = _zone_names_by_casefold()
    key = name.strip().casefold().replace(" ", "_")
    if key in by_casefold:
        return [by_casefold[key]]
    # Users often type just the city ("auckland"): match it against the last component too.
    cities = {k.rsplit("/", 1)[-1]: v for k, v in by_casefold.items()}
    matches = [cities[k] for k in difflib.get_close_matches(key, list(cities), n=3, cutoff=0.8)]
    matches += [
        by_casefold[k] for k in difflib.get_close_matches(key, list(by_casefold), n=3, cutoff=0.6)
    ]
    return list(dict.fromkeys(matches))[:3]


def zone_name(zone: tzinfo) -> str:
    """The IANA key of *zone* when it has one, else its ``tzname``-style string."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else str(zone)
