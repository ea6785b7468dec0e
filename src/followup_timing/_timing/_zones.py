"""Time zone names and the aware-only rule."""

from __future__ import annotations

import difflib
import functools
import zoneinfo
from collections.abc import Hashable
from datetime import date, datetime, timedelta, timezone, tzinfo

from followup_timing._timing._abbreviations import zones_for_abbreviation
from followup_timing.exceptions import NaiveDatetimeError, TimingTypeError, UnknownTimezoneError


def require_aware(value: object, what: str) -> datetime:
    """Return *value* if it is an aware datetime; refuse anything else clearly."""
    if not isinstance(value, datetime):
        raise TimingTypeError(value, what, "an aware datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(value, what)
    return value


def resolve_zone(value: str | tzinfo) -> tzinfo:
    """Turn an IANA name or any zone object into a ``ZoneInfo`` or a fixed offset."""
    if isinstance(value, tzinfo):
        return canonical_zone(value)
    if not isinstance(value, str):
        raise UnknownTimezoneError(value)
    try:
        return zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # ValueError: names such as "../etc" or absolute paths; OSError: a directory name.
        raise UnknownTimezoneError(value, _close_zone_names(value)) from None


def canonical_zone(zone: tzinfo) -> tzinfo:
    """The ``ZoneInfo`` (or stdlib fixed offset) that keeps the same rules as *zone*.

    Zone objects from pytz and dateutil name their IANA zone (pytz's ``.zone``, the file
    a dateutil ``tzfile`` was read from); the rules then follow ``ZoneInfo(name)``, which
    answers wall-clock questions correctly where a pytz zone attached to a datetime is
    stuck at one offset. Fixed offsets become :class:`datetime.timezone`. A zone that
    names no IANA zone and is not a fixed offset (``dateutil.tz.tzlocal()``, a POSIX TZ
    string) is refused: its rules cannot be known from its name.

    Raises:
        UnknownTimezoneError: *zone* names no IANA zone and is no fixed offset.
    """
    if type(zone) is zoneinfo.ZoneInfo or type(zone) is timezone:
        return zone
    return _foreign_zone(zone)


def _foreign_zone(zone: tzinfo) -> tzinfo:
    if isinstance(zone, (zoneinfo.ZoneInfo, timezone)):
        return zone
    module = type(zone).__module__
    name = getattr(zone, "zone", None) if module.startswith("pytz") else None
    if module.startswith("dateutil"):
        name = _dateutil_zone_name(zone)
    if isinstance(name, str):
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass
    fixed = _fixed_offset(zone, module)
    if fixed is not None:
        return fixed
    raise UnknownTimezoneError(zone)


def _dateutil_zone_name(zone: tzinfo) -> str | None:
    """The IANA key of a dateutil ``tzfile``: the tail of the file it was read from."""
    filename = getattr(zone, "_filename", None)
    if not isinstance(filename, str):
        return None
    parts = filename.replace("\\", "/").split("/")
    known = _zone_names()
    for start in range(len(parts)):
        candidate = "/".join(parts[start:])
        if candidate in known:
            return candidate
    return None


def _fixed_offset(zone: tzinfo, module: str) -> tzinfo | None:
    """dateutil's ``tzutc``/``tzoffset`` and pytz's fixed offsets, as stdlib offsets."""
    kind = type(zone).__name__
    if (module.startswith("dateutil") and kind in {"tzutc", "tzoffset"}) or (
        module.startswith("pytz") and kind in {"UTC", "_FixedOffset"}
    ):
        offset = zone.utcoffset(None)
        if offset is not None:
            return timezone.utc if not offset else timezone(offset)
    return None


@functools.lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@functools.lru_cache(maxsize=1)
def _zone_names_by_casefold() -> dict[str, str]:
    return {name.casefold(): name for name in _zone_names()}


def _close_zone_names(name: str) -> list[str]:
    # "PST" and "IST" are abbreviations, not zones: the places that use them come first.
    places = list(zones_for_abbreviation(name)[:3]) if name.strip().isalpha() else []
    if places:
        return places
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
    if isinstance(key, str):
        return key
    try:
        # pytz and dateutil zones: the IANA name they stand for.
        key = getattr(canonical_zone(zone), "key", None)
    except UnknownTimezoneError:
        key = None
    return key if isinstance(key, str) else str(zone)


_MICROSECOND = timedelta(microseconds=1)


def instant_key(value: date | datetime | None) -> Hashable:
    """What equality and hashing compare for a field holding an instant: the instant and zone.

    ``==`` on aware datetimes sharing a tzinfo compares wall clocks and ignores ``fold``,
    so 01:30 EDT and 01:30 EST on the night clocks go back would be equal; and across
    zones it ignores the zone. A plain date (or ``None``) compares as itself.
    """
    if not isinstance(value, datetime):
        return value
    offset = value.utcoffset()
    assert offset is not None  # fields holding instants are validated aware
    # Integer microseconds since 0001-01-01 UTC: exact, and no overflow at the ends of time.
    wall = (value.replace(tzinfo=None) - datetime.min) // _MICROSECOND  # noqa: DTZ901
    return (wall - offset // _MICROSECOND, _zone_identity(value.tzinfo))


def _zone_identity(zone: tzinfo | None) -> Hashable:
    assert zone is not None
    try:
        canonical = canonical_zone(zone)
    except UnknownTimezoneError:
        return zone
    key = getattr(canonical, "key", None)
    return key if isinstance(key, str) else canonical
