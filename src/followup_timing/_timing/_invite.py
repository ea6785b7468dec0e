"""Reading an interview from its calendar invite (RFC 5545), with the ``icalendar`` extra.

``icalendar`` does the grammar (unfolding, escapes, parameters); this module decides what
the event means for a follow-up: when the interview ended, in which zone, who was met, and
which company and role it was for. It refuses what it cannot read for sure: all-day and
recurring events, cancelled ones, floating times without a zone.
"""

from __future__ import annotations

import re
import warnings
import zoneinfo
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from types import ModuleType
from typing import Any, Final

import attrs

from followup_timing._timing._recipient import Recipient, looks_like_email
from followup_timing._timing._zones import resolve_zone
from followup_timing.exceptions import InviteError, MissingDependencyError, WrongTypeError

FEATURE: Final = "Reading calendar invites (Interview.from_ics)"


def _icalendar() -> ModuleType:
    try:
        import icalendar
    except ImportError:
        raise MissingDependencyError("icalendar", extra="ics", feature=FEATURE) from None
    return icalendar


def _windows_zones() -> dict[str, str]:
    """The CLDR table of Windows zone names to IANA names that ``icalendar`` ships."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON


@attrs.frozen(kw_only=True)
class InviteEvent:
    """What one invite says about an interview: the fields a follow-up needs.

    Attributes:
        uid: the event's UID, if it has one.
        started_at: the start, aware, in the zone the invite gives.
        ended_at: the end (DTEND, or DTSTART + DURATION), aware.
        summary: the event's title.
        location: where it was held, as written (a room, an address, a meeting link).
        description: the invite's text.
        organizer: who sent the invite.
        attendees: everyone invited besides rooms, resources and declined guests, in the
            order the file lists them.
        company: the company, when the summary names it in a recognised form.
        role: the role, likewise.
        kind: how it was held (an :class:`InterviewKind` value), from the summary's words
            or a meeting link.
    """

    uid: str | None
    started_at: datetime
    ended_at: datetime
    summary: str | None
    location: str | None
    description: str | None
    organizer: Recipient | None
    attendees: tuple[Recipient, ...]
    company: str | None
    role: str | None
    kind: str | None

    def interviewers(self, candidate_email: str | Iterable[str] = ()) -> tuple[Recipient, ...]:
        """The attendees other than the candidate, whose address(es) are *candidate_email*."""
        own = {candidate_email} if isinstance(candidate_email, str) else set(candidate_email)
        own_keys = {address.strip().casefold() for address in own}
        return tuple(
            person
            for person in self.attendees
            if person.email is None or person.email.casefold() not in own_keys
        )


def read_invite(
    data: bytes | str,
    *,
    event: int | str | None = None,
    tz: str | tzinfo | None = None,
) -> InviteEvent:
    """Read the one interview event of an RFC 5545 calendar.

    Args:
        data: the ``.ics`` file's bytes (UTF-8) or text.
        event: which event of a file with several: its UID, or its index in the file.
        tz: the zone of floating times (written without a zone); UTC times are shown in it.

    Raises:
        InviteError: the file cannot be read as one timed, single, confirmed event.
        MissingDependencyError: ``icalendar`` is not installed.
        WrongTypeError: *data* or *event* has the wrong type.
        UnknownTimezoneError: *tz* is not a zone name.
    """
    text = _text_of(data)
    if event is not None and (isinstance(event, bool) or not isinstance(event, (int, str))):
        raise WrongTypeError(event, "event", "the event's UID (str) or index (int), or None")
    zone = None if tz is None else resolve_zone(tz)
    calendar = _parse(text)
    method = _text(calendar.get("METHOD"))
    if method is not None and method.upper() == "CANCEL":
        raise InviteError(
            "the invite is a cancellation (METHOD:CANCEL): the interview is not happening "
            "as planned, so there is nothing to follow up on. Use the invite of the "
            "rescheduled interview.",
            reason="cancelled",
        )
    vevent = _choose(calendar, event)
    return _read_event(vevent, zone, _calendar_zone(calendar))


def _text_of(data: object) -> str:
    if isinstance(data, (bytes, bytearray)):
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InviteError(
                f"the invite is not UTF-8 text (byte {exc.start} cannot be read); "
                f"RFC 5545 calendars are UTF-8. Export the invite again, or decode it "
                f"yourself and pass the text.",
                reason="malformed",
            ) from None
    elif isinstance(data, str):
        text = data
    else:
        raise WrongTypeError(data, "data", "the invite's bytes or text")
    if not text.strip():
        raise InviteError(
            "the invite is empty; pass the content of the .ics file", reason="malformed"
        )
    return text


def _parse(text: str) -> Any:
    ical = _icalendar()
    try:
        with warnings.catch_warnings():
            # icalendar warns when it guesses a zone; this module resolves zones itself.
            warnings.simplefilter("ignore")
            calendar = ical.Calendar.from_ical(text)
    # icalendar reports bad grammar with ValueError, but some damaged files (an END
    # without its BEGIN) break it with other errors before it notices.
    except (ValueError, AttributeError, KeyError, IndexError, TypeError) as exc:
        detail = (
            str(exc) if isinstance(exc, ValueError) else "its BEGIN and END lines do not pair up"
        )
        raise InviteError(
            f"the invite is not a valid iCalendar file ({detail}). Pass the .ics attachment "
            f"of the invitation, which starts with BEGIN:VCALENDAR.",
            reason="malformed",
        ) from None
    if calendar.name != "VCALENDAR":
        raise InviteError(
            f"the file holds a {calendar.name}, not a calendar; pass the .ics attachment of "
            f"the invitation, which starts with BEGIN:VCALENDAR.",
            reason="malformed",
        )
    return calendar


def _calendar_zone(calendar: Any) -> tzinfo | None:
    """The zone named by ``X-WR-TIMEZONE`` (Google's calendar-wide zone), if it is known."""
    name = _text(calendar.get("X-WR-TIMEZONE"))
    return None if name is None else _known_zone(name)


def _choose(calendar: Any, event: int | str | None) -> Any:
    events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    if not events:
        others = sorted({c.name for c in calendar.subcomponents if c.name != "VTIMEZONE"})
        held = f"; it holds {', '.join(others)}" if others else ""
        raise InviteError(
            f"the calendar holds no event (VEVENT){held}. Pass the invite of the interview.",
            reason="no-event",
        )
    if event is None:
        uids = {_text(e.get("UID")) for e in events}
        if len(events) == 1 or (len(uids) == 1 and _is_series(events)):
            return _single(events)
        raise InviteError(
            f"the calendar holds {len(events)} events; choose one with event= (its UID or "
            f"index):\n" + "\n".join(_listing(events)),
            reason="several-events",
            events=_listing(events),
        )
    if isinstance(event, int):
        if not 0 <= event < len(events):
            raise InviteError(
                f"event={event} is out of range: the calendar holds {len(events)} event(s), "
                f"indexed from 0:\n" + "\n".join(_listing(events)),
                reason="unknown-event",
                events=_listing(events),
                what="event",
                value=event,
            )
        return _single([events[event]])
    chosen = [e for e in events if _text(e.get("UID")) == event]
    if not chosen:
        raise InviteError(
            f"no event has the UID {event!r}; the calendar holds:\n" + "\n".join(_listing(events)),
            reason="unknown-event",
            events=_listing(events),
            what="event",
            value=event,
        )
    return _single(chosen)


def _is_series(events: Sequence[Any]) -> bool:
    return (
        any("RRULE" in e or "RDATE" in e or "RECURRENCE-ID" in e for e in events)
        and len(events) > 1
    )


def _single(events: Sequence[Any]) -> Any:
    """The one event of *events*, refusing a recurring series (one UID, several VEVENTs)."""
    first = events[0]
    if len(events) > 1 or "RRULE" in first or "RDATE" in first:
        uid = _text(first.get("UID"))
        raise InviteError(
            f"the event {_label(first)} is recurring (RRULE, RDATE or several occurrences): "
            f"a follow-up is about one interview. Export the single occurrence that took "
            f"place, or use Interview.parse with the time it ended.",
            reason="recurring",
            uid=uid,
        )
    return first


def _listing(events: Sequence[Any]) -> list[str]:
    return [f"  {n}: {_label(e)}" for n, e in enumerate(events)]


def _label(vevent: Any) -> str:
    uid = _text(vevent.get("UID")) or "(no UID)"
    summary = _text(vevent.get("SUMMARY")) or "(no summary)"
    start = vevent.get("DTSTART")
    try:
        when = start.dt.isoformat() if start is not None else "(no start)"
    except (ValueError, AttributeError):
        when = "(unreadable start)"
    return f"UID {uid}, {summary!r}, starting {when}"


def _read_event(vevent: Any, tz: tzinfo | None, calendar_zone: tzinfo | None) -> InviteEvent:
    uid = _text(vevent.get("UID"))
    status = _text(vevent.get("STATUS"))
    if status is not None and status.upper() == "CANCELLED":
        raise InviteError(
            f"the event {_label(vevent)} is cancelled (STATUS:CANCELLED): there is nothing "
            f"to follow up on. Use the invite of the rescheduled interview.",
            reason="cancelled",
            uid=uid,
        )
    if "DTSTART" not in vevent:
        raise InviteError(
            f"the event {_label(vevent)} has no DTSTART, so it says nothing about when the "
            f"interview took place.",
            reason="malformed",
            uid=uid,
        )
    started_at = _moment(vevent, "DTSTART", tz, calendar_zone, uid)
    ended_at = _end(vevent, started_at, tz, calendar_zone, uid)
    summary = _text(vevent.get("SUMMARY"))
    location = _text(vevent.get("LOCATION"))
    description = _text(vevent.get("DESCRIPTION"))
    company, role = company_and_role(summary)
    return InviteEvent(
        uid=uid,
        started_at=started_at,
        ended_at=ended_at,
        summary=summary,
        location=location,
        description=description,
        organizer=_person(vevent.get("ORGANIZER")),
        attendees=_attendees(vevent.get("ATTENDEE")),
        company=company,
        role=role,
        kind=interview_kind(summary, location, description),
    )


def _end(
    vevent: Any,
    started_at: datetime,
    tz: tzinfo | None,
    calendar_zone: tzinfo | None,
    uid: str | None,
) -> datetime:
    if "DTEND" in vevent:
        ended_at = _moment(vevent, "DTEND", tz, calendar_zone, uid)
    elif "DURATION" in vevent:
        ended_at = _add_duration(started_at, _value(vevent, "DURATION", uid))
    else:
        raise InviteError(
            f"the event {_label(vevent)} has neither DTEND nor DURATION, so it does not say "
            f"when the interview ended. Use Interview.parse with the time it ended.",
            reason="no-end",
            uid=uid,
        )
    if ended_at < started_at:
        raise InviteError(
            f"the event {_label(vevent)} ends ({ended_at.isoformat()}) before it starts "
            f"({started_at.isoformat()}).",
            reason="malformed",
            uid=uid,
        )
    return ended_at


def _add_duration(start: datetime, duration: object) -> datetime:
    if not isinstance(duration, timedelta) or duration < timedelta(0):
        raise InviteError(
            f"DURATION {duration!r} is not a non-negative duration such as PT45M",
            reason="malformed",
        )
    # RFC 5545 3.3.6: whole days are nominal (the same wall-clock time days later, across
    # a DST change), the rest is exact elapsed time.
    nominal = start + timedelta(days=duration.days)
    exact = timedelta(seconds=duration.seconds, microseconds=duration.microseconds)
    return (nominal.astimezone(timezone.utc) + exact).astimezone(start.tzinfo)


def _value(vevent: Any, name: str, uid: str | None) -> Any:
    try:
        return vevent[name].dt
    except (ValueError, AttributeError, TypeError):
        raw = vevent.get(name)
        shown = raw.to_ical().decode(errors="replace") if hasattr(raw, "to_ical") else raw
        raise InviteError(
            f"{name} {shown!r} of the event {_label(vevent)} is not a valid value",
            reason="malformed",
            uid=uid,
        ) from None


def _moment(
    vevent: Any, name: str, tz: tzinfo | None, calendar_zone: tzinfo | None, uid: str | None
) -> datetime:
    value = _value(vevent, name, uid)
    if not isinstance(value, datetime):
        if isinstance(value, date):
            raise InviteError(
                f"the event {_label(vevent)} is an all-day event ({name} is the date "
                f"{value.isoformat()}): it has no end time to count from. Use "
                f"Interview.parse with the time the interview ended.",
                reason="all-day",
                uid=uid,
            )
        raise InviteError(
            f"{name} of the event {_label(vevent)} is not a date-time", reason="malformed", uid=uid
        )
    tzid = vevent[name].params.get("TZID")
    if tzid:
        return _in_named_zone(value, str(tzid), vevent, uid)
    if value.tzinfo is None:
        if tz is None:
            hint = (
                f" The calendar names X-WR-TIMEZONE {_zone_key(calendar_zone)!r}; pass "
                f"tz={_zone_key(calendar_zone)!r} if the times are in that zone."
                if calendar_zone is not None
                else ""
            )
            raise InviteError(
                f"{name} of the event {_label(vevent)} is a floating time (no TZID, no Z): "
                f"it is the same wall-clock time in every zone, so the moment the "
                f"interview ended is unknown. Pass tz='Area/City', the zone it took "
                f"place in.{hint}",
                reason="floating",
                uid=uid,
            )
        # RFC 5545 3.3.5: a repeated wall time is its first occurrence and a skipped one
        # takes the offset from before the gap: fold=0 means exactly that for zoneinfo.
        return value.replace(tzinfo=tz, fold=0)
    shown_in = tz or calendar_zone
    return value.astimezone(shown_in) if shown_in is not None else value


def _in_named_zone(value: datetime, tzid: str, vevent: Any, uid: str | None) -> datetime:
    zone = _known_zone(tzid)
    if zone is not None:
        return value.replace(tzinfo=zone, fold=0)
    if value.tzinfo is not None and value.utcoffset() is not None:
        # A zone only the file's own VTIMEZONE defines ("Customized Time Zone"): keep the
        # instant it gives, with its offset then, since no zone database knows its rules.
        offset = value.utcoffset()
        assert offset is not None
        return value.replace(tzinfo=timezone(offset))
    raise InviteError(
        f"the event {_label(vevent)} uses the zone {tzid!r}, which is neither an IANA zone, "
        f"a Windows zone name, nor defined by a VTIMEZONE in the file. Export the invite "
        f"again with its time zone.",
        reason="unknown-zone",
        uid=uid,
    )


def _known_zone(tzid: str) -> zoneinfo.ZoneInfo | None:
    """The IANA zone a TZID means: an IANA name, a Windows name, or a globally unique ID."""
    name = tzid.strip().strip('"')
    candidates = [name, _windows_zones().get(name, "")]
    if name.startswith("/"):
        # RFC 5545 3.2.19 "globally unique" IDs such as /mozilla.org/20050126_1/Europe/Berlin.
        parts = name.strip("/").split("/")
        candidates += ["/".join(parts[n:]) for n in range(1, len(parts))]
    for candidate in candidates:
        if not candidate or "." in candidate.split("/")[0]:
            continue
        try:
            return zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


def _zone_key(zone: tzinfo | None) -> str:
    return str(getattr(zone, "key", zone))


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    text = str(value).strip()
    return text or None


def _attendees(value: object) -> tuple[Recipient, ...]:
    people: list[Recipient] = []
    seen: set[str] = set()
    for address in value if isinstance(value, list) else [value] if value is not None else []:
        params = getattr(address, "params", {})
        if str(params.get("CUTYPE", "INDIVIDUAL")).upper() not in {"INDIVIDUAL", "UNKNOWN"}:
            continue  # rooms, resources and mailing lists are not people to thank
        if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
            continue
        if str(params.get("PARTSTAT", "")).upper() == "DECLINED":
            continue  # they did not take part
        person = _person(address)
        if person is None:
            continue
        key = (person.email or person.name).casefold()
        if key not in seen:
            seen.add(key)
            people.append(person)
    return tuple(people)


def _person(address: object) -> Recipient | None:
    """A recipient from an ORGANIZER or ATTENDEE: its CN and mailto address."""
    if address is None:
        return None
    if isinstance(address, list):
        address = address[0] if address else None
        if address is None:
            return None
    params = getattr(address, "params", {})
    value = str(address).strip()
    email = value[7:] if value.lower().startswith("mailto:") else None
    if email is None or not looks_like_email(email):
        other = str(params.get("EMAIL", "")).strip()
        email = other if looks_like_email(other) else None
    name = display_name(str(params.get("CN", "")), email)
    if name is None:
        return None
    return Recipient(name, email=email)


def display_name(common_name: str, email: str | None) -> str | None:
    """The name to address someone by, from an invite's CN or else their address.

    Directory names "Okafor, Ngozi" read "Ngozi Okafor"; a CN that is only the address,
    or none, gives the name in the address ("dana.lee@..." reads "Dana Lee").

    >>> display_name('"Okafor, Ngozi"', None), display_name("", "dana.lee@globex.example")
    ('Ngozi Okafor', 'Dana Lee')
    """
    name = " ".join(common_name.strip().strip('"').split())
    if name and not looks_like_email(name):
        last, comma, first = name.partition(",")
        if comma and first.strip() and "," not in first and len(last.split()) <= 2:
            return f"{first.strip()} {last.strip()}"
        return name
    if email is None:
        return None
    local = email.split("@", 1)[0].split("+", 1)[0]
    words = [w for w in re.split(r"[._\-]+", local) if w.isalpha()]
    return " ".join(w.capitalize() for w in words) if words else None


# --- What the summary says ---------------------------------------------------------------

# Calendar programs and mail clients prefix titles with the state of the invitation.
_PREFIX: Final = re.compile(
    r"^(?:(?:updated\s+)?invitation|invite|accepted|tentative(?:ly accepted)?|updated"
    r"|fwd?|re)\s*:\s*",
    re.IGNORECASE,
)
# Words that say how or which interview it is, not what the role is.
_KIND_WORDS: Final = (
    r"(?:phone|video|virtual|remote|onsite|on-site|in-person|panel|technical|coding|final"
    r"|first|second|third|initial|follow-up|screening|\w+-round|(?:round|stage)(?:\s+\d+)?)"
)
_AT: Final = r"\s+(?:at|@)\s+"
_SUMMARY_FORMS: Final = (
    # "Interview: Data Analyst at Globex", "Onsite interview - UX Researcher @ Umbrella",
    # "Interview for the Graduate Analyst role at Kiwibank"
    re.compile(
        rf"^(?:{_KIND_WORDS}\s+)*interview(?:\s*[:\-–—|]\s*|\s+for\s+)(?P<role>.+?){_AT}"
        rf"(?P<company>.+)$",
        re.IGNORECASE,
    ),
    # "Data Analyst interview at Globex", "Data Analyst panel interview @ Globex"
    re.compile(rf"^(?P<role>.+?)\s+interview{_AT}(?P<company>.+)$", re.IGNORECASE),
    # "Globex - Data Analyst interview", "Globex | Data Analyst Panel Interview",
    # "Globex: Data Analyst interview"
    re.compile(
        r"^(?P<company>.+?)(?:\s+[-–—|]\s+|\s*:\s+)(?P<role>.+?)\s+interview$", re.IGNORECASE
    ),
)
_ROLE_NOISE: Final = (
    re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE),
    re.compile(r"\s+(?:role|position|job|opening)$", re.IGNORECASE),
    re.compile(rf"(?:\s+{_KIND_WORDS})+$", re.IGNORECASE),
    re.compile(rf"^(?:{_KIND_WORDS}\s*[:\-–—]?\s+)+", re.IGNORECASE),
)
_TRAILING_NOTE: Final = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")


def company_and_role(summary: str | None) -> tuple[str | None, str | None]:
    """The company and role an invite's summary names, or ``(None, None)``.

    Recognised forms: "Interview: <role> at <company>", "<role> interview at <company>"
    and "<company> - <role> interview" (with ``-``, ``–``, ``|`` or ``:``), with words
    such as "phone" or "final round" around "interview", and the "Invitation:" prefixes
    mail clients add. Anything else is left unread rather than guessed.

    >>> company_and_role("Interview: Data Analyst at Globex")
    ('Globex', 'Data Analyst')
    >>> company_and_role("Globex - Data Analyst panel interview")
    ('Globex', 'Data Analyst')
    >>> company_and_role("Coffee with Sam")
    (None, None)
    """
    if summary is None:
        return None, None
    text = " ".join(summary.split())
    while (stripped := _PREFIX.sub("", text)) != text:
        text = stripped
    for form in _SUMMARY_FORMS:
        match = form.match(text)
        if match is None:
            continue
        company = _TRAILING_NOTE.sub("", match["company"]).strip(" .,;:-–—|")
        role = _TRAILING_NOTE.sub("", match["role"]).strip(" .,;:-–—|")
        for noise in _ROLE_NOISE:
            role = noise.sub("", role).strip(" .,;:-–—|")
        if company and role and "interview" not in role.lower():
            return company, role
    return None, None


# Values of InterviewKind, most specific first: a "phone panel" is a panel.
_KIND_BY_WORD: Final = (
    (re.compile(r"\bpanel\b", re.IGNORECASE), "panel"),
    (re.compile(r"\b(?:technical|coding|tech screen)\b", re.IGNORECASE), "technical"),
    (re.compile(r"\b(?:phone|call)\b", re.IGNORECASE), "phone"),
    (re.compile(r"\b(?:onsite|on-site|in-person|in person)\b", re.IGNORECASE), "onsite"),
    (re.compile(r"\b(?:video|virtual|zoom|teams|meet)\b", re.IGNORECASE), "video"),
)
_MEETING_LINK: Final = re.compile(
    r"zoom\.us/|teams\.microsoft\.com/|meet\.google\.com/|webex\.com/|whereby\.com/"
    r"|chime\.aws/|Microsoft Teams Meeting",
    re.IGNORECASE,
)


def interview_kind(
    summary: str | None, location: str | None, description: str | None
) -> str | None:
    """How the interview was held: the summary's own word for it, else a meeting link.

    >>> interview_kind("Phone screen: Analyst at Acme", None, None)
    'phone'
    >>> interview_kind("Interview", "https://acme.zoom.us/j/123", None)
    'video'
    """
    for pattern, kind in _KIND_BY_WORD:
        if summary is not None and pattern.search(summary):
            return kind
    for text in (location, description):
        if text is not None and _MEETING_LINK.search(text):
            return "video"
    return None
