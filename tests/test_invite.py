"""Interview.from_ics: the interview read from the invites calendar programs write.

The fixtures in tests/data/invites/ were written by hand from the RFC 5545 grammar in the
shapes each program writes: Google Calendar (IANA TZID with its VTIMEZONE, Meet block),
Outlook/Exchange (Windows zone names, "Last, First" names), Microsoft Teams (a long
description with the join block), Apple Calendar (structured location), Zoom (a long dial-in
description) and an Outlook "Customized Time Zone" only the file defines.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

import followup_timing as ft

INVITES = Path(__file__).parent / "data" / "invites"
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
ME = "alex.kim@example.com"


def invite(name: str) -> bytes:
    return (INVITES / name).read_bytes()


def calendar(*events: str, head: str = "") -> str:
    """A minimal calendar around *events* (each the lines inside one VEVENT)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup-timing tests//EN"]
    lines += head.splitlines()
    for body in events:
        lines += ["BEGIN:VEVENT", *body.splitlines(), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def event(
    uid: str = "1@example.com",
    start: str = "DTSTART;TZID=America/New_York:20261125T140000",
    end: str = "DTEND;TZID=America/New_York:20261125T150000",
    extra: str = "SUMMARY:Interview: Data Analyst at Globex",
) -> str:
    return "\n".join(
        line for line in (f"UID:{uid}", "DTSTAMP:20261120T120000Z", start, end, extra) if line
    )


def assert_same(actual: datetime, expected: datetime) -> None:
    """Same instant, same offset and the same zone key: == alone ignores the zone."""
    assert actual == expected
    assert actual.utcoffset() == expected.utcoffset()
    assert getattr(actual.tzinfo, "key", None) == getattr(expected.tzinfo, "key", None)


# --- The programs' shapes ----------------------------------------------------------------


def test_google_calendar_invite() -> None:
    """Google: IANA TZID, the candidate and the meeting room left out, Meet means video."""
    interview = ft.Interview.from_ics(invite("google.ics"), candidate_email=ME)
    assert_same(interview.ended_at, datetime(2026, 11, 24, 15, tzinfo=NY))
    assert interview.started_at is not None
    assert_same(interview.started_at, datetime(2026, 11, 24, 14, tzinfo=NY))
    assert (interview.company, interview.role) == ("Globex", "Data Analyst")
    assert interview.interviewers == ("Priya Raman", "Marco Bianchi")
    assert interview.kind is ft.InterviewKind.VIDEO


def test_outlook_invite_with_windows_zone_names() -> None:
    """Exchange: 'Eastern Standard Time' is read as America/New_York through icalendar's CLDR
    table, not as the file's VTIMEZONE; directory names 'Okafor, Ngozi' read first-last."""
    interview = ft.Interview.from_ics(invite("outlook.ics"), candidate_email=ME)
    assert_same(interview.ended_at, datetime(2026, 11, 25, 15, 15, tzinfo=NY))
    assert (interview.company, interview.role) == ("Initech", "Senior Backend Engineer")
    assert interview.interviewers == ("Ngozi Okafor", "Sam Weller")
    assert interview.kind is None


def test_outlook_invite_lists_the_candidate_by_address_alone() -> None:
    """A CN that is only an address gives the name in the address; candidate_email drops it."""
    interview = ft.Interview.from_ics(invite("outlook.ics"))
    assert interview.interviewers == ("Ngozi Okafor", "Sam Weller", "Alex Kim")


def test_teams_panel_invite() -> None:
    """Teams: 'W. Europe Standard Time' is Europe/Berlin; '<company> - <role> panel interview'."""
    interview = ft.Interview.from_ics(invite("teams.ics"), candidate_email=[ME, "other@x.org"])
    assert_same(interview.ended_at, datetime(2026, 11, 27, 11, 30, tzinfo=BERLIN))
    assert (interview.company, interview.role) == ("Globex", "Data Analyst")
    assert interview.interviewers == ("Anna de Vries", "Tom Janssen", "Wei Zhang")
    assert interview.kind is ft.InterviewKind.PANEL


def test_apple_calendar_invite() -> None:
    """Apple: DTEND before DTSTART in the file, quoted CNs, 'Onsite interview: <role> at <co>'."""
    interview = ft.Interview.from_ics(invite("apple.ics"), candidate_email=ME.upper())
    assert_same(interview.ended_at, datetime(2026, 11, 30, 11, 30, tzinfo=BERLIN))
    assert (interview.company, interview.role) == ("Umbrella GmbH", "UX Researcher")
    assert interview.interviewers == ("Lena Voigt", "Jonas Becker")
    assert interview.kind is ft.InterviewKind.ONSITE


def test_zoom_invite_with_a_long_description() -> None:
    """Zoom: the dial-in description is unfolded and unescaped; the summary's word wins."""
    interview = ft.Interview.from_ics(invite("zoom.ics"))
    la = ZoneInfo("America/Los_Angeles")
    assert_same(interview.ended_at, datetime(2026, 12, 1, 10, 45, tzinfo=la))
    assert interview.duration == timedelta(minutes=45)
    assert (interview.company, interview.role) == ("Hooli", "Site Reliability Engineer")
    assert interview.interviewers == ("Gavin Belson",)
    assert interview.kind is ft.InterviewKind.PHONE


def test_zoom_description_reads_back_whole() -> None:
    """The long description keeps its escaped commas and lines once read."""
    from followup_timing._timing._invite import read_invite

    text = read_invite(invite("zoom.ics")).description
    assert text is not None
    assert "+16694449171,,86243117791#,,,,*482913# US" in text
    assert "\nMeeting ID: 862 4311 7791\n" in text


def test_zone_only_the_file_defines_keeps_the_instant() -> None:
    """An Outlook 'Customized Time Zone' is read at its offset then: the instant is exact."""
    interview = ft.Interview.from_ics(invite("outlook_custom_zone.ics"))
    assert interview.ended_at == datetime(2026, 11, 25, 21, 45, tzinfo=timezone.utc)
    assert interview.ended_at.utcoffset() == timedelta(hours=13)
    assert (interview.company, interview.role) == ("Kiwibank", "Graduate Analyst")
    assert interview.kind is ft.InterviewKind.VIDEO


def test_text_and_bytes_read_alike() -> None:
    """The invite may be given as bytes or as text, with or without a UTF-8 BOM."""
    data = invite("apple.ics")
    from_text = ft.Interview.from_ics(data.decode())
    assert ft.Interview.from_ics(data) == from_text
    assert ft.Interview.from_ics(b"\xef\xbb\xbf" + data) == from_text


# --- Times and zones ---------------------------------------------------------------------

WINDOWS_NAMES = sorted(
    name for name, iana in WINDOWS_TO_OLSON.items() if iana in zoneinfo.available_timezones()
)
wall_times = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2060, 12, 31))


@given(name=st.sampled_from(WINDOWS_NAMES), wall=wall_times)
def test_every_windows_zone_name_reads_as_its_iana_zone(name: str, wall: datetime) -> None:
    """Any Windows name of the CLDR table is read as its IANA zone, first occurrence of a
    repeated hour and the offset before a gap, as RFC 5545 3.3.5 says."""
    wall = wall.replace(second=0, microsecond=0)
    stamp = wall.strftime("%Y%m%dT%H%M%S")
    text = calendar(event(start=f"DTSTART;TZID={name}:{stamp}", end=f"DTEND;TZID={name}:{stamp}"))
    # "UTC" is both a Windows and an IANA name: it is read as itself.
    iana = name if name in zoneinfo.available_timezones() else WINDOWS_TO_OLSON[name]
    zone = ZoneInfo(iana)
    assert_same(ft.Interview.from_ics(text).ended_at, wall.replace(tzinfo=zone, fold=0))


@given(
    key=st.sampled_from(
        [
            "America/New_York",
            "Europe/Berlin",
            "Australia/Lord_Howe",
            "Asia/Kathmandu",
            "America/Sao_Paulo",
        ]
    ),
    wall=wall_times,
    prefix=st.sampled_from(["", "/mozilla.org/20050126_1/", "/citadel.org/20190914_1/"]),
)
def test_iana_and_globally_unique_tzids(key: str, wall: datetime, prefix: str) -> None:
    """IANA names read as themselves, also behind a globally unique prefix (RFC 5545 3.2.19)."""
    wall = wall.replace(second=0, microsecond=0)
    stamp = wall.strftime("%Y%m%dT%H%M%S")
    text = calendar(
        event(start=f"DTSTART;TZID={prefix}{key}:{stamp}", end=f"DTEND;TZID={prefix}{key}:{stamp}")
    )
    assert_same(ft.Interview.from_ics(text).ended_at, wall.replace(tzinfo=ZoneInfo(key)))


@given(
    instant=st.datetimes(
        min_value=datetime(1995, 1, 1),
        max_value=datetime(2060, 12, 31),
        timezones=st.just(timezone.utc),
    ),
    key=st.sampled_from(["America/New_York", "Asia/Tokyo", "Europe/London"]),
)
def test_utc_times_are_shown_in_tz(instant: datetime, key: str) -> None:
    """A UTC time (Z) keeps its instant and is shown in tz= when one is given."""
    instant = instant.replace(microsecond=0)
    stamp = instant.strftime("%Y%m%dT%H%M%SZ")
    text = calendar(event(start=f"DTSTART:{stamp}", end=f"DTEND:{stamp}"))
    assert_same(ft.Interview.from_ics(text).ended_at, instant.astimezone(ZoneInfo("UTC")))
    assert_same(ft.Interview.from_ics(text, tz=key).ended_at, instant.astimezone(ZoneInfo(key)))


def test_utc_times_follow_the_calendars_x_wr_timezone() -> None:
    """Google's calendar-wide X-WR-TIMEZONE says where UTC times are shown."""
    text = calendar(
        event(start="DTSTART:20261125T190000Z", end="DTEND:20261125T200000Z"),
        head="X-WR-TIMEZONE:America/New_York",
    )
    assert_same(ft.Interview.from_ics(text).ended_at, datetime(2026, 11, 25, 15, tzinfo=NY))


def test_floating_times_take_tz() -> None:
    """Floating times (no TZID, no Z) are wall-clock times in tz=."""
    text = calendar(event(start="DTSTART:20261125T140000", end="DTEND:20261125T150000"))
    interview = ft.Interview.from_ics(text, tz="America/New_York")
    assert_same(interview.ended_at, datetime(2026, 11, 25, 15, tzinfo=NY))


def test_a_tzid_in_the_file_wins_over_tz() -> None:
    """tz= is for times the file leaves floating; a TZID names the zone for sure."""
    interview = ft.Interview.from_ics(calendar(event()), tz="Asia/Tokyo")
    assert_same(interview.ended_at, datetime(2026, 11, 25, 15, tzinfo=NY))


def test_duration_instead_of_dtend() -> None:
    """DTSTART + DURATION gives the end when DTEND is absent."""
    text = calendar(event(end="DURATION:PT45M"))
    assert_same(ft.Interview.from_ics(text).ended_at, datetime(2026, 11, 25, 14, 45, tzinfo=NY))


def test_duration_days_are_nominal_across_a_dst_change() -> None:
    """RFC 5545 3.3.6: P1D is the same wall time a day later (25 real hours on 1 November
    2026 in New York), then PT1H is one real hour."""
    text = calendar(
        event(start="DTSTART;TZID=America/New_York:20261031T100000", end="DURATION:P1DT1H")
    )
    interview = ft.Interview.from_ics(text)
    assert_same(interview.ended_at, datetime(2026, 11, 1, 11, tzinfo=NY))
    started_at = interview.started_at
    assert started_at is not None
    elapsed = interview.ended_at.astimezone(timezone.utc) - started_at.astimezone(timezone.utc)
    assert elapsed == timedelta(hours=26)


def test_choosing_one_of_several_events() -> None:
    """event= picks an event by UID or by index."""
    text = calendar(
        event(uid="first@x"),
        event(
            uid="second@x",
            end="DTEND;TZID=America/New_York:20261125T160000",
            extra="SUMMARY:Interview: Data Engineer at Initech",
        ),
    )
    assert ft.Interview.from_ics(text, event="second@x").role == "Data Engineer"
    assert ft.Interview.from_ics(text, event=1).company == "Initech"
    assert ft.Interview.from_ics(text, event=0).role == "Data Analyst"


def test_a_single_occurrence_of_a_series_is_one_interview() -> None:
    """A lone VEVENT with RECURRENCE-ID (one occurrence sent on its own) is accepted."""
    text = calendar(event(extra="RECURRENCE-ID;TZID=America/New_York:20261125T140000"))
    assert_same(ft.Interview.from_ics(text).ended_at, datetime(2026, 11, 25, 15, tzinfo=NY))


def test_declined_and_non_participants_are_not_interviewers() -> None:
    """Declined guests, non-participants and groups did not take part."""
    people = "\n".join(
        [
            "ATTENDEE;CN=Ana Diaz;PARTSTAT=ACCEPTED:mailto:ana@globex.example",
            "ATTENDEE;CN=Ben Cho;PARTSTAT=DECLINED:mailto:ben@globex.example",
            "ATTENDEE;CN=Notes;ROLE=NON-PARTICIPANT:mailto:notes@globex.example",
            "ATTENDEE;CN=All Hiring;CUTYPE=GROUP:mailto:hiring@globex.example",
            "ATTENDEE:mailto:chloe_park@globex.example",
            "ATTENDEE;CN=Ana Diaz:mailto:ana@globex.example",
        ]
    )
    interview = ft.Interview.from_ics(calendar(event(extra=people)))
    assert interview.interviewers == ("Ana Diaz", "Chloe Park")


# --- Company and role from the summary ---------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Interview: Data Analyst at Globex", "Globex", "Data Analyst"),
        ("Globex - Data Analyst interview", "Globex", "Data Analyst"),
        ("Globex – Data Analyst Interview", "Globex", "Data Analyst"),
        ("Globex | Data Analyst Final Round Interview", "Globex", "Data Analyst"),
        ("Globex: Data Analyst interview", "Globex", "Data Analyst"),
        ("Invitation: Interview: Data Analyst at Globex", "Globex", "Data Analyst"),
        ("Updated invitation: Phone interview - Data Analyst @ Globex", "Globex", "Data Analyst"),
        ("Data Analyst interview at Globex (Round 2)", "Globex", "Data Analyst"),
        ("Interview for the Data Analyst role at Globex", "Globex", "Data Analyst"),
        ("Second-round interview: Data Analyst at Coca-Cola", "Coca-Cola", "Data Analyst"),
        ("Interview with Dana Lee", None, None),
        ("Coffee chat", None, None),
        ("Interview", None, None),
        ("Data Analyst Interview - Round 2", None, None),
    ],
)
def test_company_and_role_from_the_summary(
    summary: str, company: str | None, role: str | None
) -> None:
    """The recognised forms give company and role; anything else leaves both empty."""
    interview = ft.Interview.from_ics(calendar(event(extra=f"SUMMARY:{summary}")))
    assert (interview.company, interview.role) == (company, role)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10).filter(
    lambda w: (
        w
        not in {
            "at",
            "interview",
            "the",
            "a",
            "an",
            "role",
            "position",
            "job",
            "opening",
            "for",
            "phone",
            "video",
            "virtual",
            "remote",
            "onsite",
            "panel",
            "technical",
            "coding",
            "final",
            "first",
            "second",
            "third",
            "initial",
            "screening",
            "round",
            "in",
            "updated",
            "invitation",
            "invite",
            "accepted",
            "tentative",
            "fw",
            "fwd",
            "re",
            "call",
        }
    )
)
names = st.lists(words.map(str.capitalize), min_size=1, max_size=3).map(" ".join)


@given(
    company=names,
    role=names,
    form=st.sampled_from(
        [
            "Interview: {role} at {company}",
            "{company} - {role} interview",
            "{role} interview at {company}",
            "{company} | {role} Interview",
        ]
    ),
)
def test_summary_forms_round_trip(company: str, role: str, form: str) -> None:
    """Whatever the words, each recognised form gives back the company and role put in."""
    summary = form.format(company=company, role=role)
    interview = ft.Interview.from_ics(calendar(event(extra=f"SUMMARY:{summary}")))
    assert (interview.company, interview.role) == (company, role)


# --- What cannot be read, and the errors that say so --------------------------------------


def refused(data: bytes | str, reason: str, match: str, **kwargs: object) -> ft.InviteError:
    with pytest.raises(ft.InviteError, match=match) as caught:
        ft.Interview.from_ics(data, **kwargs)  # type: ignore[arg-type]
    assert caught.value.reason == reason
    assert isinstance(caught.value, ValueError)
    return caught.value


def test_all_day_event() -> None:
    """An all-day event has no time to count from."""
    text = calendar(event(start="DTSTART;VALUE=DATE:20261125", end="DTEND;VALUE=DATE:20261126"))
    error = refused(
        text,
        "all-day",
        r"^the event UID 1@example\.com, 'Interview: Data Analyst at Globex', starting "
        r"2026-11-25 is an all-day event \(DTSTART is the date 2026-11-25\): it has no end "
        r"time to count from\. Use Interview\.parse with the time the interview ended\.$",
    )
    assert error.uid == "1@example.com"


def test_floating_time_without_tz() -> None:
    """A floating time says no zone: tz= is asked for."""
    text = calendar(event(start="DTSTART:20261125T140000", end="DTEND:20261125T150000"))
    refused(
        text,
        "floating",
        r"^DTSTART of the event UID 1@example\.com, 'Interview: Data Analyst at Globex', "
        r"starting 2026-11-25T14:00:00 is a floating time \(no TZID, no Z\): it is the same "
        r"wall-clock time in every zone, so the moment the interview ended is unknown\. Pass "
        r"tz='Area/City', the zone it took place in\.$",
    )


def test_floating_time_names_the_calendars_zone_as_a_hint() -> None:
    """With X-WR-TIMEZONE in the file, the error suggests it but does not assume it."""
    text = calendar(
        event(start="DTSTART:20261125T140000", end="DTEND:20261125T150000"),
        head="X-WR-TIMEZONE:Europe/Berlin",
    )
    refused(
        text,
        "floating",
        r"The calendar names X-WR-TIMEZONE 'Europe/Berlin'; pass tz='Europe/Berlin' if "
        r"the times are in that zone\.$",
    )


def test_recurring_event() -> None:
    """An RRULE makes a series, not one interview."""
    text = calendar(event(extra="SUMMARY:Weekly sync\nRRULE:FREQ=WEEKLY;COUNT=4"))
    refused(
        text,
        "recurring",
        r"^the event UID 1@example\.com, 'Weekly sync', starting 2026-11-25T14:00:00-05:00 is "
        r"recurring \(RRULE, RDATE or several occurrences\): a follow-up is about one "
        r"interview\. Export the single occurrence that took place, or use Interview\.parse "
        r"with the time it ended\.$",
    )


def test_recurring_series_with_an_overridden_occurrence() -> None:
    """A master and its moved occurrence share a UID: still a series, not 'several events'."""
    text = calendar(
        event(uid="s@x", extra="RRULE:FREQ=DAILY;COUNT=3"),
        event(uid="s@x", extra="RECURRENCE-ID;TZID=America/New_York:20261126T140000"),
    )
    refused(text, "recurring", r"is recurring")
    refused(text, "recurring", r"is recurring", event="s@x")


@pytest.mark.parametrize(
    ("head", "extra"),
    [("", "STATUS:CANCELLED"), ("", "STATUS:cancelled"), ("METHOD:CANCEL", "")],
)
def test_cancelled_event(head: str, extra: str) -> None:
    """A cancelled event, or a cancellation message, has nothing to follow up on."""
    error = refused(calendar(event(extra=extra), head=head), "cancelled", r"cancel")
    assert "Use the invite of the rescheduled interview." in str(error)


def test_several_events_without_event() -> None:
    """Several events and no event=: the error lists them to choose from."""
    text = calendar(event(uid="a@x"), event(uid="b@x", extra="SUMMARY:Lunch"))
    error = refused(
        text,
        "several-events",
        r"^the calendar holds 2 events; choose one with event= \(its UID or index\):\n"
        r"  0: UID a@x, 'Interview: Data Analyst at Globex', starting "
        r"2026-11-25T14:00:00-05:00\n  1: UID b@x, 'Lunch', starting 2026-11-25T14:00:00-05:00$",
    )
    assert len(error.events) == 2


def test_unknown_uid_and_index() -> None:
    """event= that matches nothing lists what there is."""
    text = calendar(event(uid="a@x"), event(uid="b@x"))
    refused(
        text,
        "unknown-event",
        r"^no event has the UID 'c@x'; the calendar holds:\n  0: ",
        event="c@x",
    )
    refused(
        text,
        "unknown-event",
        r"^event=2 is out of range: the calendar holds 2 event\(s\), indexed from 0:\n",
        event=2,
    )
    refused(text, "unknown-event", r"^event=-1 is out of range", event=-1)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", r"^the invite is empty; pass the content of the \.ics file$"),
        ("  \r\n", r"^the invite is empty"),
        (
            b"hello",
            r"^the invite is not a valid iCalendar file \(.*\)\. Pass the \.ics "
            r"attachment of the invitation, which starts with BEGIN:VCALENDAR\.$",
        ),
        (
            b"BEGIN:VCARD\r\nFN:Dana\r\nEND:VCARD\r\n",
            r"^the file holds a VCARD, not a calendar; pass the \.ics attachment",
        ),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", r"^the invite is not a valid iCalendar file"),
        (
            b"BEGIN:VCALENDAR\r\nTZID:X\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n",
            r"^the invite is not a valid iCalendar file \(its BEGIN and END lines do not pair "
            r"up\)\.",
        ),
        (
            b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\nEND:VCALENDAR\r\n",
            r"^the invite is not UTF-8 text \(byte 25 cannot be read\); RFC 5545 calendars are "
            r"UTF-8\.",
        ),
    ],
)
def test_malformed_files(data: bytes | str, match: str) -> None:
    """What is not an iCalendar file is refused as malformed, with what to pass instead."""
    refused(data, "malformed", match)


def test_malformed_events() -> None:
    """Unreadable values, a missing start and an end before the start are malformed."""
    refused(
        calendar(event(end="DTEND:tomorrow")),
        "malformed",
        r"^DTEND 'tomorrow' of the event UID 1@example\.com, .* is not a valid value$",
    )
    refused(
        calendar(event(start="")),
        "malformed",
        r"has no DTSTART, so it says nothing about when the interview took place\.$",
    )
    refused(
        calendar(event(end="DTEND;TZID=America/New_York:20261125T130000")),
        "malformed",
        r"ends \(2026-11-25T13:00:00-05:00\) before it starts \(2026-11-25T14:00:00-05:00\)",
    )
    refused(
        calendar(event(end="DURATION:-PT1H")),
        "malformed",
        r"^DURATION .* is not a "
        r"non-negative duration such as PT45M$",
    )


def test_no_end() -> None:
    """Without DTEND or DURATION the end of the interview is unknown."""
    refused(
        calendar(event(end="")),
        "no-end",
        r"has neither DTEND nor DURATION, so it does not say when the interview ended\. "
        r"Use Interview\.parse with the time it ended\.$",
    )


def test_no_event() -> None:
    """A calendar of to-dos holds no interview."""
    text = calendar(head="BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Send thanks\r\nEND:VTODO")
    refused(
        text,
        "no-event",
        r"^the calendar holds no event \(VEVENT\); it holds VTODO\. Pass the invite of the "
        r"interview\.$",
    )


def test_unknown_zone() -> None:
    """A TZID no database, table or VTIMEZONE defines is refused, not guessed."""
    text = calendar(
        event(
            start="DTSTART;TZID=Mars/Olympus:20261125T140000",
            end="DTEND;TZID=Mars/Olympus:20261125T150000",
        )
    )
    refused(
        text,
        "unknown-zone",
        r"uses the zone 'Mars/Olympus', which is neither an IANA zone, a Windows zone name, "
        r"nor defined by a VTIMEZONE in the file\. Export the invite again with its time "
        r"zone\.$",
    )


def test_wrong_types() -> None:
    """data and event of the wrong type are TypeErrors naming the argument."""
    with pytest.raises(
        ft.TimingTypeError,
        match=r"^data must be the invite's bytes or text, "
        r"got int\.$",
    ):
        ft.Interview.from_ics(42)  # type: ignore[arg-type]
    with pytest.raises(
        ft.TimingTypeError,
        match=r"^event must be the event's UID \(str\) or "
        r"index \(int\), or None, got bool\.$",
    ):
        ft.Interview.from_ics(calendar(event()), event=True)
    with pytest.raises(ft.UnknownTimezoneError, match="Mars/Olympus"):
        ft.Interview.from_ics(calendar(event()), tz="Mars/Olympus")


def test_missing_icalendar_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the ics extra the error says how to install it."""
    import sys

    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(
        ft.MissingDependencyError,
        match=r"^Reading calendar invites \(Interview\.from_ics\) needs the "
        r"'icalendar' package, which is not installed\. Install it "
        r"with: pip install followup-timing\[ics\]$",
    ):
        ft.Interview.from_ics(calendar(event()))


def test_invite_errors_pickle_with_their_attributes() -> None:
    """An InviteError raised in a worker process reaches the caller with reason and events."""
    import pickle

    text = calendar(event(uid="a@x"), event(uid="b@x"))
    error = refused(text, "several-events", r"^the calendar holds 2 events")
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is ft.InviteError
    assert (str(clone), clone.reason, clone.uid, clone.events) == (
        str(error),
        "several-events",
        None,
        error.events,
    )


def test_interviewers_carry_their_addresses() -> None:
    """The interviewers read from an invite are Recipients with the invite's addresses."""
    interview = ft.Interview.from_ics(invite("teams.ics"), candidate_email=ME)
    assert [person.email for person in interview.recipients] == [
        "anna.devries@globex.example",
        "tom.janssen@globex.example",
        "wei.zhang@globex.example",
    ]


def test_errors_say_what_was_wrong_for_programs() -> None:
    """Programs read reason, what and value, never the message."""
    text = calendar(event(uid="a@x"), event(uid="b@x"))
    error = refused(text, "unknown-event", r"^no event has the UID", event="c@x")
    assert (error.what, error.value) == ("event", "c@x")
    error = refused(
        calendar(event(start="DTSTART;VALUE=DATE:20261125", end="")), "all-day", r"all-day"
    )
    assert (error.what, error.value, error.uid) == ("data", None, "1@example.com")
