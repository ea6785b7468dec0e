"""Recipient: a frozen value for one person a follow-up goes to, with their calendar."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft


def test_recipient_is_frozen_and_compares_by_value() -> None:
    """Recipients are attrs frozen values: equal when their fields are, immutable."""
    dana = ft.Recipient("Dana Lee", email="dana@globex.example", timezone="America/New_York")
    assert dana == ft.Recipient(
        " Dana Lee ", email="dana@globex.example", timezone=ZoneInfo("America/New_York")
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        dana.name = "Ana"  # type: ignore[misc]
    assert hash(dana) == hash(attrs.evolve(dana))


def test_repr_shows_what_was_given() -> None:
    """The repr leaves out what was not given and names the zone by its key."""
    assert repr(ft.Recipient("Ana")) == "Recipient('Ana')"
    assert repr(ft.Recipient("Wei", timezone="Asia/Singapore", country="SG")) == (
        "Recipient('Wei', timezone='Asia/Singapore', country='SG')"
    )


def test_of_accepts_names_and_recipients() -> None:
    """Recipient.of turns a plain name into a recipient and passes recipients through."""
    wei = ft.Recipient("Wei", timezone="Asia/Singapore")
    assert ft.Recipient.of(wei) is wei
    assert ft.Recipient.of("Ana") == ft.Recipient("Ana")


def test_business_calendar_puts_in_the_recipients_zone_and_country() -> None:
    """Zone and country fill the default calendar; the default's hours are kept."""
    default = ft.BusinessCalendar(hours=(time(8), time(16)))
    calendar = ft.Recipient("Wei", timezone="Asia/Singapore", country="SG").business_calendar(
        default
    )
    assert calendar.timezone == ZoneInfo("Asia/Singapore")
    assert calendar.country == "SG"
    assert calendar.hours == (time(8), time(16))
    assert ft.Recipient("Ana").business_calendar(default) is default
    assert ft.Recipient("Ana").business_calendar() == ft.BusinessCalendar()


def test_own_calendar_wins_and_may_be_completed() -> None:
    """A recipient's own calendar is used; a zone may fill the one it leaves unset."""
    own = ft.BusinessCalendar(country="DE", subdivision="BE")
    dana = ft.Recipient("Dana", timezone="Europe/Berlin", calendar=own)
    calendar = dana.business_calendar(ft.BusinessCalendar(timezone="America/New_York"))
    assert (calendar.timezone, calendar.country, calendar.subdivision) == (
        ZoneInfo("Europe/Berlin"),
        "DE",
        "BE",
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        (
            {"name": ""},
            ft.InterviewError,
            r"^Recipient\.name must be a one-line name as you would address the person "
            r"\(e\.g\. 'Dana Lee'\), got ''$",
        ),
        ({"name": "Dana\nLee"}, ft.InterviewError, r"one-line name"),
        ({"name": 7}, ft.TimingTypeError, r"^Recipient\.name must be a str, got int\.$"),
        (
            {"name": "Dana", "email": "Dana Lee <dana@globex.example>"},
            ft.InterviewError,
            r"^Recipient\.email must be a bare address such as 'dana\.lee@globex\.com' \(no "
            r"display name, no spaces\), got 'Dana Lee <dana@globex\.example>'$",
        ),
        ({"name": "Dana", "email": "dana"}, ft.InterviewError, r"bare address"),
        (
            {"name": "Dana", "email": b"d@x.org"},
            ft.TimingTypeError,
            r"^Recipient\.email must be a str or None, got bytes\.$",
        ),
        ({"name": "Dana", "timezone": "Mars/Olympus"}, ft.UnknownTimezoneError, "Mars"),
        ({"name": "Dana", "country": "XX"}, ft.UnknownCountryError, "XX"),
        (
            {"name": "Dana", "subdivision": "NY"},
            ft.InterviewError,
            r"^Recipient 'Dana': subdivision 'NY' needs a country; pass country='XX' as well\.$",
        ),
        (
            {"name": "Dana", "calendar": "US"},
            ft.TimingTypeError,
            r"^Recipient\.calendar must be a BusinessCalendar or None, got str\.$",
        ),
        (
            {
                "name": "Dana",
                "timezone": "Asia/Tokyo",
                "calendar": ft.BusinessCalendar(timezone="Europe/Paris"),
            },
            ft.InterviewError,
            r"^Recipient 'Dana': timezone=Asia/Tokyo contradicts its calendar's timezone "
            r"Europe/Paris; give one or the other\.$",
        ),
        (
            {"name": "Dana", "country": "FR", "calendar": ft.BusinessCalendar(country="DE")},
            ft.InterviewError,
            r"country=FR contradicts its calendar's country DE",
        ),
    ],
)
def test_bad_fields_are_refused_at_construction(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    """Every malformed field fails when the recipient is built, with what to give instead."""
    with pytest.raises(error, match=match):
        ft.Recipient(**kwargs)  # type: ignore[arg-type]


local = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20)
domain = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)


@given(local=local, host=domain, tld=st.sampled_from(["com", "example", "co.uk", "org"]))
def test_plain_addresses_are_accepted(local: str, host: str, tld: str) -> None:
    """Any address of the usual shape local@host.tld is kept as given."""
    address = f"{local}@{host}.{tld}"
    assert ft.Recipient("Dana", email=address).email == address


def test_interview_takes_recipients_and_plain_names() -> None:
    """Interview(interviewers=...) keeps accepting names and takes Recipient values too."""
    from datetime import datetime, timezone

    wei = ft.Recipient("Wei Zhang", timezone="Asia/Singapore")
    interview = ft.Interview(
        datetime(2026, 11, 25, 15, tzinfo=timezone.utc), interviewers=["Ana", wei]
    )
    assert interview.recipients == (ft.Recipient("Ana"), wei)
    assert interview.interviewers == ("Ana", "Wei Zhang")
    assert f"{interview.recipients[1]}" == "Wei Zhang"
    assert ft.Interview(interview.ended_at, interviewers="Ana").recipients == (ft.Recipient("Ana"),)
    assert attrs.evolve(interview, interviewers=["Ben"]).interviewers == ("Ben",)
    with pytest.raises(
        ft.InterviewError,
        match=r"^interviewers must be non-empty names or "
        r"Recipient values, got ' '$",
    ):
        ft.Interview(interview.ended_at, interviewers=["Ana", " "])


def test_recipient_errors_carry_what_and_value() -> None:
    """The field at fault and the value given are attributes, not only words."""
    with pytest.raises(ft.InterviewError) as caught:
        ft.Recipient("Dana", email="dana")
    assert (caught.value.what, caught.value.value) == ("Recipient.email", "dana")


@pytest.mark.parametrize(
    ("zone", "country", "subdivision"),
    [
        ("Asia/Singapore", "SG", None),  # another country: its own holidays, not the default's
        ("Europe/Kyiv", "UA", None),
        ("America/Los_Angeles", "US", "NY"),  # the default's country: its calendar is kept
        ("UTC", "US", "NY"),  # no country's zone: the default's calendar is kept
    ],
)
def test_a_zone_without_a_country_keeps_its_own_countrys_holidays(
    zone: str, country: str, subdivision: str | None
) -> None:
    """A recipient abroad does not inherit the default calendar's public holidays."""
    default = ft.BusinessCalendar(country="US", subdivision="NY")
    calendar = ft.Recipient("Wei", timezone=zone).business_calendar(default)
    assert (calendar.country, calendar.subdivision) == (country, subdivision)


def test_singapore_works_on_thanksgiving() -> None:
    """With a US default calendar, Wei in Singapore still works on Thanksgiving Day."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    interview = ft.Interview(
        datetime(2026, 11, 24, 15, tzinfo=ZoneInfo("America/New_York")),
        interviewers=[ft.Recipient("Wei", timezone="Asia/Singapore")],
    )
    windows = ft.recipient_windows(interview, calendar=ft.BusinessCalendar(country="US"))
    assert windows.window_for("Wei").opens == datetime(
        2026, 11, 26, 9, tzinfo=ZoneInfo("Asia/Singapore")
    )
