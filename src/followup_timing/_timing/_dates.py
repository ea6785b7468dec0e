"""Reading the end of an interview from text, without guessing what the text leaves open.

Three things a person's text can leave open are asked about rather than guessed:

* the order of day and month in ``03/04/2026`` (3 April in London, 4 March in New York);
* the time, in ``2026-11-25`` (midnight would open the window a day early);
* the zone, in ``15:00 EST`` (an abbreviation names several zones, or the wrong half of
  the year).
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, time, timedelta, timezone, tzinfo

import attrs

from followup_timing._timing._abbreviations import zones_for_abbreviation
from followup_timing.exceptions import (
    AmbiguousDateError,
    DatetimeParseError,
    NaiveDatetimeError,
    TimeMissingError,
    ZoneAbbreviationError,
)

# Year first (2026-03-04, 2026/03/04) is never read day first: dateutil would, with dayfirst.
_YEAR_FIRST = re.compile(r"(?<![\d.:])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])")
# dateutil names the zone text it could not resolve in this warning; no other API does.
_UNKNOWN_ZONE = re.compile(r"tzname (\S+) identified but not understood")
# Two defaults that differ in every date field and in the hour: whatever the text leaves
# out shows up as a difference.
_DEFAULTS = (datetime(2000, 1, 1, 1), datetime(2004, 2, 2, 2))  # noqa: DTZ001 (fields only)
DATE_ONLY_TIME = time(23, 59)


@attrs.frozen(kw_only=True)
class _Reading:
    """What dateutil made of the text, before any zone is applied."""

    value: datetime
    has_date: bool
    has_time: bool
    abbreviation: str | None


def _read(text: str, *, dayfirst: bool) -> _Reading:
    # dateutil's parser costs ~15 ms to import: only pay it when text is parsed.
    from dateutil import parser as date_parser

    readings = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            for default in _DEFAULTS:
                readings.append(date_parser.parse(text, default=default, dayfirst=dayfirst))
        except (ValueError, OverflowError, TypeError) as exc:
            raise DatetimeParseError(text, str(exc) or type(exc).__name__) from None
    found = [_UNKNOWN_ZONE.search(str(warning.message)) for warning in caught]
    first, second = readings
    return _Reading(
        value=first,
        has_date=first.date() == second.date(),
        has_time=first.hour == second.hour,
        abbreviation=next((match.group(1) for match in found if match), None),
    )


def read_text(text: str, *, dayfirst: bool | None) -> _Reading:
    """Read *text*, refusing a day-month order it does not make clear.

    *dayfirst* ``None`` refuses ``03/04/2026`` (both readings are dates) with
    :class:`AmbiguousDateError`; ``True`` or ``False`` say which order the text uses.
    Year-first dates are always year-month-day.
    """
    stripped = text.strip()
    if not stripped:
        raise DatetimeParseError(text, "the text is empty")
    if _YEAR_FIRST.search(stripped):
        return _read(stripped, dayfirst=False)
    if dayfirst is not None:
        return _read(stripped, dayfirst=dayfirst)
    day_first = _read(stripped, dayfirst=True)
    month_first = _read(stripped, dayfirst=False)
    if day_first.value.date() != month_first.value.date():
        raise AmbiguousDateError(
            text, day_first=day_first.value.date(), month_first=month_first.value.date()
        )
    return month_first


def parse_when(
    text: str,
    tz: tzinfo | None,
    *,
    what: str,
    dayfirst: bool | None = None,
    allow_date_only: bool = False,
) -> datetime:
    """Parse *text* into an aware datetime, with *tz* for text that carries no zone.

    Raises:
        DatetimeParseError: the text is not a date and time (or its subclasses: an
            ambiguous date, a date without a time, a zone abbreviation).
        NaiveDatetimeError: neither the text nor *tz* gives a zone.
    """
    if not isinstance(text, str):
        raise DatetimeParseError(repr(text), f"expected text, got {type(text).__name__}")
    reading = read_text(text, dayfirst=dayfirst)
    if not reading.has_date:
        # dateutil fills a missing date from its default (today): a result that depends on
        # the day the code runs is no answer.
        raise DatetimeParseError(text, "it has no full date (give the day, month and year)")
    value = reading.value
    if not reading.has_time:
        if not allow_date_only:
            raise TimeMissingError(text, day=value.date())
        value = datetime.combine(value.date(), DATE_ONLY_TIME, value.tzinfo)
    if value.tzinfo is not None and value.utcoffset() is not None:
        return _stdlib_zone(value)
    if reading.abbreviation is not None:
        return _with_abbreviation(text, value, reading.abbreviation, tz)
    if tz is None:
        raise NaiveDatetimeError(
            value,
            what,
            hint=(
                "Pass tz='Area/City' (an IANA name) or include a UTC offset such as "
                "'-05:00' in the text."
            ),
        )
    return attach_zone(value, tz, text)


def _with_abbreviation(
    text: str, naive: datetime, abbreviation: str, tz: tzinfo | None
) -> datetime:
    """Accept ``15:00 EST`` only when *tz* itself calls that moment EST."""
    zones = zones_for_abbreviation(abbreviation, naive.replace(tzinfo=timezone.utc))
    if tz is None:
        raise ZoneAbbreviationError(text, abbreviation=abbreviation, zones=zones[:4])
    aware = attach_zone(naive, tz, text)
    uses = aware.tzname()
    if uses is not None and uses.upper() == abbreviation.upper():
        return aware
    raise ZoneAbbreviationError(
        text,
        abbreviation=abbreviation,
        zones=zones[:4],
        zone=getattr(tz, "key", None) or str(tz),
        zone_uses=uses,
    )


def _stdlib_zone(value: datetime) -> datetime:
    """Replace dateutil's zones by the stdlib's fixed offsets.

    dateutil answers ``tzlocal()`` when the text's zone name happens to match the
    machine's, which would make the result depend on where the code runs.
    """
    from dateutil import tz as dateutil_tz

    if isinstance(value.tzinfo, (dateutil_tz.tzutc, dateutil_tz.tzoffset, dateutil_tz.tzlocal)):
        offset = value.utcoffset()
        assert offset is not None
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise DatetimeParseError(value.isoformat(), f"UTC offset {offset} is out of range")
        stdlib: tzinfo = timezone.utc if not offset else timezone(offset)
        return value.replace(tzinfo=stdlib)
    return value


def attach_zone(naive: datetime, zone: tzinfo, text: str) -> datetime:
    """*naive* in *zone*, refusing a wall time the clocks skip there."""
    aware = naive.replace(tzinfo=zone)
    try:
        round_trip = aware.astimezone(timezone.utc).astimezone(zone)
    except OverflowError:
        raise DatetimeParseError(text, "it is too close to the limits of datetime") from None
    if round_trip.replace(tzinfo=None) != naive:
        raise DatetimeParseError(
            text,
            f"{naive.isoformat(sep=' ')} does not exist in {getattr(zone, 'key', zone)} "
            f"(the clocks skip it); give the time with its UTC offset instead",
        )
    return aware


def date_of(text: str, *, dayfirst: bool | None = None) -> date | None:
    """The date *text* names when it has no time ("2026-12-04", "Dec 4 2026"), else ``None``.

    Raises:
        AmbiguousDateError: the text reads as two different days.
        DatetimeParseError: the text is not a date at all.
    """
    reading = read_text(text, dayfirst=dayfirst)
    if reading.has_date and not reading.has_time and reading.value.tzinfo is None:
        return reading.value.date()
    return None
