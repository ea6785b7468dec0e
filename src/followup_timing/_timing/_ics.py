"""Calendar export: one RFC 5545 event from the recommended time to the close of the window.

The ``icalendar`` package does the encoding (escaping, line folding, VTIMEZONE data). It is
an optional extra, imported the first time a window is exported.
"""

from __future__ import annotations

import os
import zoneinfo
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from types import ModuleType
from typing import TYPE_CHECKING, Any

from followup_timing._timing._zones import require_aware
from followup_timing.exceptions import CalendarExportError, MissingDependencyError

if TYPE_CHECKING:
    from followup_timing._timing._window import SendWindow

PRODID = "-//followup-timing//followup_timing//EN"
DEFAULT_REMINDER = timedelta(minutes=15)
# A fixed namespace makes the UID a function of the window: exporting the same window twice
# and importing both updates one event instead of creating a duplicate.
_UID_NAMESPACE = "7b0d1f5e-3c0a-4b8e-9a52-6f1c2d9e4a10"


def _icalendar() -> ModuleType:
    try:
        import icalendar
    except ImportError:
        raise MissingDependencyError(
            "icalendar", extra="ics", feature="Calendar export (SendWindow.to_ics)"
        ) from None
    return icalendar


def default_summary(window: SendWindow, title: str = "Send the follow-up email") -> str:
    """``Send the follow-up email (Data Analyst at Acme)``, with what the interview names."""
    interview = window.interview
    about = " at ".join(part for part in (interview.role, interview.company) if part)
    return f"{title} ({about})" if about else title


def _tzid(zone: tzinfo) -> str | None:
    """The IANA key to write as TZID, or ``None`` to write UTC times instead.

    Fixed offsets have no TZID a calendar app would know; UTC needs none.
    """
    if isinstance(zone, zoneinfo.ZoneInfo) and zone.key not in {"UTC", "Etc/UTC", "Etc/Zulu"}:
        return zone.key
    return None


def _ambiguous(moment: datetime) -> bool:
    """Whether *moment*'s wall-clock reading names another instant too (a repeated hour)."""
    return moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset()


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years, month=1, day=1)
    except ValueError:
        return date.min if years < 0 else date.max


def to_ics(
    window: SendWindow,
    path: str | os.PathLike[str] | None = None,
    *,
    summary: str | None = None,
    reminder: timedelta | None = DEFAULT_REMINDER,
    now: datetime | None = None,
) -> bytes:
    """The body of :meth:`SendWindow.to_ics <followup_timing.SendWindow.to_ics>`."""
    if summary is None:
        summary = default_summary(window)
    return windows_to_ics([(window, summary)], path, reminder=reminder, now=now)


def windows_to_ics(
    events: Sequence[tuple[SendWindow, str] | tuple[SendWindow, str, str | None]],
    path: str | os.PathLike[str] | None = None,
    *,
    reminder: timedelta | None = DEFAULT_REMINDER,
    now: datetime | None = None,
) -> bytes:
    """One calendar with an event per ``(window, summary[, description])``, from recommended
    to closes; the description defaults to the window's explanation."""
    for _, summary, *_ in events:
        if not isinstance(summary, str) or not summary.strip():
            raise CalendarExportError(f"summary must be non-empty text or None, got {summary!r}")
    if reminder is not None and (not isinstance(reminder, timedelta) or reminder < timedelta(0)):
        raise CalendarExportError(
            f"reminder must be a non-negative timedelta (how long before the event) or None, "
            f"got {reminder!r}"
        )
    stamp = datetime.now(timezone.utc) if now is None else require_aware(now, "now")
    ical = _icalendar()

    calendar = ical.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    _add_timezones(ical, calendar, [window for window, *_ in events])
    for window, summary, *description in events:
        text = description[0] if description and description[0] else window.explain()
        calendar.add_component(_event(ical, window, summary, text, reminder, stamp))

    data: bytes = calendar.to_ical()
    if path is not None:
        with open(path, "wb") as stream:
            stream.write(data)
    return data


def _add_timezones(ical: ModuleType, calendar: Any, windows: Sequence[SendWindow]) -> None:
    """One VTIMEZONE per IANA zone used, covering every event written in it."""
    spans: dict[str, tuple[tzinfo, date, date]] = {}
    for window in windows:
        tzid = _tzid(window.timezone)
        if tzid is None:
            continue
        first, last = window.recommended.date(), window.closes.date()
        if tzid in spans:
            _, known_first, known_last = spans[tzid]
            first, last = min(first, known_first), max(last, known_last)
        spans[tzid] = (window.timezone, first, last)
    for tzid, (zone, first, last) in spans.items():
        calendar.add_component(
            ical.Timezone.from_tzinfo(
                zone,
                tzid=tzid,
                first_date=_shift_years(first, -1),
                last_date=_shift_years(last, 1),
            )
        )


def _event(
    ical: ModuleType,
    window: SendWindow,
    summary: str,
    description: str,
    reminder: timedelta | None,
    stamp: datetime,
) -> Any:
    start, end = window.recommended, window.closes
    if _tzid(window.timezone) is None or _ambiguous(start) or _ambiguous(end):
        # A TZID local time names one wall clock reading: in a repeated hour readers take
        # its first occurrence (RFC 5545 3.3.5), so the second one is written in UTC.
        start, end = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    event = ical.Event()
    event.add("uid", f"{_uid(window, summary)}@followup-timing")
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    event.add("description", description)
    # The event can span days: show it as free so it does not block the calendar.
    event.add("transp", "TRANSPARENT")
    if reminder is not None:
        alarm = ical.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -reminder)
        event.add_component(alarm)
    return event


def _uid(window: SendWindow, summary: str) -> str:
    # uuid brings platform with it (about 2 ms): only an export pays for it, not the import.
    import uuid

    # The summary is part of the key: two recipients may share a window, never an event.
    key = "|".join(
        (
            summary,
            window.starts_from.isoformat(),
            window.opens.isoformat(),
            window.closes.isoformat(),
            window.recommended.isoformat(),
        )
    )
    return str(uuid.uuid5(uuid.UUID(_UID_NAMESPACE), key))
