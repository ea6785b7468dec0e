"""Zones, countries and abbreviations read from the IANA tables (issue 12, items 1-3)."""

from __future__ import annotations

import doctest
import importlib.resources
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft
from followup_timing._timing import _abbreviations, _countries
from followup_timing._timing._abbreviations import legacy_zone, zones_for_abbreviation
from followup_timing._timing._countries import (
    countries_of_zone,
    infer_country,
    names_a_place,
    zone_serves_country,
    zones_of_country,
)
from followup_timing._timing._facts import zone_warnings

JULY = datetime(2026, 7, 1, tzinfo=timezone.utc)
JANUARY = datetime(2026, 1, 15, tzinfo=timezone.utc)


def _rows(name: str) -> list[list[str]]:
    """The rows of a tzdata table, read here independently of the library's reader."""
    text = importlib.resources.files("tzdata.zoneinfo").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


ZONE_TAB = _rows("zone.tab")
ZONE1970_TAB = _rows("zone1970.tab")


@pytest.mark.parametrize("module", [_countries, _abbreviations])
def test_examples_in_docstrings_hold(module: object) -> None:
    """The examples in the modules' docstrings are run, not just read."""
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("zone", "country", "also"),
    [
        ("Europe/London", "GB", ("GG", "IM", "JE")),
        ("Europe/Zurich", "CH", ("DE", "LI")),
        ("Asia/Riyadh", "SA", ("KW", "YE")),
        ("America/New_York", "US", ()),
        ("US/Eastern", "US", ()),
        ("Asia/Calcutta", "IN", ()),
        ("Europe/Vaduz", "LI", ("CH", "DE")),
    ],
)
def test_country_is_zone_tab_s_and_names_the_sharers(
    zone: str, country: str, also: tuple[str, ...]
) -> None:
    """The zone.tab country is chosen; zone1970.tab's other countries are named, not chosen."""
    guess = infer_country(zone)
    assert guess is not None
    assert (guess.country, guess.also) == (country, also)


def test_description_says_where_the_country_came_from() -> None:
    """The inferred country is stated with its source zone, as explain() will show it."""
    assert infer_country("Europe/London").describe() == (  # type: ignore[union-attr]
        "GB, inferred from Europe/London (which GG, IM and JE also use)"
    )
    assert infer_country(zoneinfo.ZoneInfo("America/Chicago")).describe() == (  # type: ignore[union-attr]
        "US, inferred from America/Chicago"
    )


@pytest.mark.parametrize(
    "zone", ["UTC", "Etc/GMT+5", "EST", "MST", "HST", "EST5EDT", "CET", "GMT", "Antarctica/Casey"]
)
def test_no_country_for_offsets_legacy_names_and_antarctica(zone: str) -> None:
    """A name that is not a place (EST is a link to Panama) infers no country."""
    assert infer_country(zone) is None


def test_no_country_for_a_fixed_offset_tzinfo() -> None:
    """A datetime.timezone offset from the text names no place."""
    assert infer_country(timezone(timedelta(hours=-5))) is None


@pytest.mark.parametrize("row", ZONE_TAB, ids=lambda row: row[2])
def test_every_zone_tab_zone_infers_its_own_country(row: list[str]) -> None:
    """Every row of zone.tab (bar Antarctica) gives its country back, and it loads."""
    country, _, zone = row[:3]
    zoneinfo.ZoneInfo(zone)
    guess = infer_country(zone)
    if country == "AQ":
        assert guess is None or guess.country != "AQ"
    else:
        assert guess is not None
        assert guess.country == country
        assert zone in zones_of_country(country)


@pytest.mark.parametrize("row", ZONE1970_TAB, ids=lambda row: row[2])
def test_every_country_of_a_zone1970_row_is_served_by_it(row: list[str]) -> None:
    """A zone serves each country zone1970.tab lists for it, and its country lists it back."""
    for country in row[0].split(","):
        assert zone_serves_country(row[2], country)
        assert country in countries_of_zone(row[2])


@pytest.mark.parametrize(
    ("zone", "country", "serves"),
    [
        ("Asia/Tokyo", "US", False),
        ("America/New_York", "US", True),
        ("US/Pacific", "US", True),
        ("Europe/London", "US", False),
        ("UTC", "GB", False),
        ("Europe/Busingen", "DE", True),
    ],
)
def test_zone_serves_country(zone: str, country: str, serves: bool) -> None:
    """Links are followed both ways; a zone of another country does not serve it."""
    assert zone_serves_country(zone, country) is serves


@given(st.sampled_from(sorted(_countries.zone_links())))
def test_links_to_places_have_the_place_s_countries(alias: str) -> None:
    """A backward name (US/Eastern, GB, Japan) has the countries of the zone it links to."""
    target = _countries.link_target(alias)
    if names_a_place(alias):
        assert set(countries_of_zone(target)) <= set(countries_of_zone(alias))
    else:
        assert countries_of_zone(alias) == ()


# --- Abbreviations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("abbreviation", "around", "first", "included"),
    [
        ("PST", JANUARY, "America/Los_Angeles", ()),
        ("PDT", JULY, "America/Los_Angeles", ()),
        ("IST", JULY, "Asia/Kolkata", ("Europe/Dublin", "Asia/Jerusalem")),
        ("CET", JANUARY, "Europe/Paris", ()),
        ("BST", JULY, "Europe/London", ()),
        ("AEST", JULY, "Australia/Sydney", ("Australia/Brisbane",)),
        ("EST", JANUARY, "America/New_York", ()),
    ],
)
def test_usual_zones_for_an_abbreviation(
    abbreviation: str, around: datetime, first: str, included: tuple[str, ...]
) -> None:
    """The place people mean comes first; the others that use the abbreviation follow."""
    zones = zones_for_abbreviation(abbreviation, around)
    assert zones[0] == first
    assert set(included) <= set(zones)


@given(
    st.sampled_from(["PST", "IST", "CET", "BST", "AEST", "EST", "MST", "HST", "CST", "EET"]),
    st.datetimes(
        min_value=datetime(2020, 1, 1),
        max_value=datetime(2030, 12, 31),
        timezones=st.just(timezone.utc),
    ),
)
def test_every_suggested_zone_uses_the_abbreviation_within_half_a_year(
    abbreviation: str, around: datetime
) -> None:
    """Checked with zoneinfo, day by day: no suggestion is made up."""
    for zone_name in zones_for_abbreviation(abbreviation, around):
        zone = zoneinfo.ZoneInfo(zone_name)
        days = [around + timedelta(days=n) for n in range(-200, 200, 3)]
        assert any(day.astimezone(zone).tzname() == abbreviation for day in days), zone_name


def test_unknown_abbreviation_suggests_nothing() -> None:
    """Letters no place uses give no suggestions rather than random zones."""
    assert zones_for_abbreviation("QQQ", JULY) == ()


@pytest.mark.parametrize(
    ("name", "offset", "suggested"),
    [
        ("EST", timedelta(hours=-5), "America/New_York"),
        ("MST", timedelta(hours=-7), "America/Phoenix"),
        ("HST", timedelta(hours=-10), "Pacific/Honolulu"),
        ("Etc/GMT+5", timedelta(hours=-5), None),
        ("GMT", timedelta(0), "Europe/London"),
    ],
)
def test_fixed_offset_legacy_names_ignore_daylight_saving(
    name: str, offset: timedelta, suggested: str | None
) -> None:
    """EST in July is still UTC-05:00: the warning says so and names real places."""
    legacy = legacy_zone(name, JULY)
    assert legacy is not None
    assert legacy.fixed_offset == offset
    assert "ignores daylight saving time" in legacy.message()
    if suggested is not None:
        assert suggested in legacy.suggestions
    assert legacy.suggestions, "every legacy name gets at least one place"


@pytest.mark.parametrize(
    ("name", "suggested"),
    [("EST5EDT", "America/New_York"), ("PST8PDT", "America/Los_Angeles"), ("CET", "Europe/Paris")],
)
def test_rule_legacy_names_are_not_places(name: str, suggested: str) -> None:
    """EST5EDT keeps daylight saving, but it is not where anybody works."""
    legacy = legacy_zone(name, JULY)
    assert legacy is not None
    assert legacy.fixed_offset is None
    assert legacy.message().startswith(f"{name} is a legacy zone name, not a place")
    assert suggested in legacy.suggestions


@pytest.mark.parametrize("row", ZONE1970_TAB, ids=lambda row: row[2])
def test_no_place_zone_is_called_legacy(row: list[str]) -> None:
    """Every zone of zone1970.tab is a place; so are UTC and backward names like GB."""
    assert legacy_zone(row[2], JULY) is None


@pytest.mark.parametrize("name", ["UTC", "Etc/UTC", "GB", "Japan", "US/Eastern"])
def test_universal_and_backward_names_are_not_legacy(name: str) -> None:
    """UTC is meant as UTC; backward names follow their place's daylight saving."""
    assert legacy_zone(name, JULY) is None
    assert legacy_zone(zoneinfo.ZoneInfo(name), JULY) is None


# --- Warnings about the recipient's zone (items 2-3) ----------------------------------------


def test_issue_case_tokyo_zone_with_us_country_warns_naming_us_zones() -> None:
    """Tokyo hours with US holidays: the warning names the zones the US uses."""
    (warning,) = zone_warnings(zoneinfo.ZoneInfo("Asia/Tokyo"), "US")
    assert isinstance(warning, ft.FollowupTimingWarning)
    assert warning.code == "zone-not-in-country"
    assert str(warning) == (
        "the recipient's zone Asia/Tokyo is not one of the zones of US (America/New_York, "
        "America/Chicago, America/Denver, America/Phoenix and 25 more), whose holidays apply; "
        "if the recipient works there, give their zone as the calendar's timezone"
    )
    assert set(warning.zones) == set(zones_of_country("US"))


@pytest.mark.parametrize(
    ("zone", "country"),
    [("America/New_York", "US"), ("Europe/Zurich", "DE"), ("US/Pacific", "US"), ("GB", "GB")],
)
def test_no_warning_when_the_zone_is_the_country_s(zone: str, country: str) -> None:
    """A zone the country uses, by any of its names, is not questioned."""
    assert zone_warnings(zoneinfo.ZoneInfo(zone), country) == ()


def test_legacy_zone_warning_comes_alone() -> None:
    """EST with US gets the daylight-saving warning, not a second one about the country."""
    (warning,) = zone_warnings(zoneinfo.ZoneInfo("EST"), "US", JULY)
    assert warning.code == "legacy-zone"
    assert (
        warning.problem
        == "EST is a fixed offset (UTC-05:00 all year): it ignores daylight saving time"
    )
    assert warning.zones[0] == "America/New_York"


def test_a_fixed_offset_from_the_text_is_not_questioned() -> None:
    """'15:00 -05:00' in the text names an offset on purpose; no country to compare."""
    assert zone_warnings(timezone(timedelta(hours=-5)), "US") == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PST", "America/Los_Angeles"),
        ("IST", "Asia/Kolkata"),
        ("AEST", "Australia/Sydney"),
        ("BST", "Europe/London"),
    ],
)
def test_unknown_zone_that_is_an_abbreviation_suggests_its_places(name: str, expected: str) -> None:
    """--tz PST suggests America/Los_Angeles, not 'MST, HST, EST' (the issue's case)."""
    with pytest.raises(ft.UnknownTimezoneError) as caught:
        ft.BusinessCalendar(timezone=name)
    assert caught.value.suggestions[0] == expected
    assert "MST" not in caught.value.suggestions


def test_a_misspelt_zone_still_gets_close_names() -> None:
    """Typos are still matched against zone names (the abbreviation path is for letters)."""
    with pytest.raises(ft.UnknownTimezoneError) as caught:
        ft.BusinessCalendar(timezone="Ameria/New_York")
    assert caught.value.suggestions[0] == "America/New_York"


# --- BusinessCalendar(country="auto") and explain() (items 1-2) -----------------------------


def _christmas_window(calendar: ft.BusinessCalendar) -> ft.SendWindow:
    interview = ft.Interview.parse("2026-12-24 14:00", "Europe/London")
    return ft.send_window(interview, calendar=calendar)


def test_auto_country_applies_the_zone_s_holidays_and_says_so() -> None:
    """country='auto' with Europe/London is GB: Christmas is off, and explain() says why."""
    calendar = ft.BusinessCalendar(timezone="Europe/London", country="auto")
    assert (calendar.country, calendar.country_inferred_from) == ("GB", "Europe/London")
    window = _christmas_window(calendar)
    assert window.opens.date() > datetime(2026, 12, 28).date()
    assert (
        "Public holidays: GB, inferred from Europe/London (which GG, IM and JE also use)."
        in window.explanation()
    )


def test_auto_country_equals_the_explicit_one() -> None:
    """The inferred calendar has the same rules as the one with the code written out."""
    auto = ft.BusinessCalendar(timezone="Europe/London", country="AUTO")
    assert auto == ft.BusinessCalendar(timezone="Europe/London", country="GB")
    assert (
        _christmas_window(auto).opens
        == _christmas_window(ft.BusinessCalendar(timezone="Europe/London", country="GB")).opens
    )


def test_default_calendar_says_no_holidays_were_applied() -> None:
    """send_window's default calendar stays holiday-free, and explain() says so outright."""
    window = _christmas_window(ft.BusinessCalendar())
    assert window.opens == datetime(2026, 12, 25, 14, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
    assert "No public holidays applied: the calendar has no country." in window.explanation()


def test_auto_country_with_a_subdivision() -> None:
    """A subdivision applies to the inferred country."""
    calendar = ft.BusinessCalendar(timezone="America/New_York", country="auto", subdivision="ny")
    assert calendar.region == "US-NY"


def test_auto_country_for_a_zone_of_no_country() -> None:
    """UTC names no country: no holidays, and explain() says why."""
    calendar = ft.BusinessCalendar(timezone="UTC", country="auto")
    assert calendar.country is None
    window = ft.send_window(ft.Interview.parse("2026-12-24 14:00", "UTC"), calendar=calendar)
    assert "No public holidays applied: the zone UTC names no country." in window.explanation()


def test_auto_country_needs_a_zone() -> None:
    """Without a timezone there is nothing to read the country from: a clear error."""
    with pytest.raises(ft.CalendarError, match=r"country='auto' reads the country from timezone"):
        ft.BusinessCalendar(country="auto")


def test_auto_country_survives_pickle() -> None:
    """A pickled calendar keeps where its country came from."""
    calendar = ft.BusinessCalendar(timezone="Asia/Riyadh", country="auto")
    clone = pickle.loads(pickle.dumps(calendar))
    assert clone == calendar
    assert clone.country_inferred_from == "Asia/Riyadh"


def test_calendar_warns_when_zone_and_country_disagree() -> None:
    """BusinessCalendar(timezone='Asia/Tokyo', country='US') warns, pointing at the caller."""
    with pytest.warns(ft.FollowupTimingWarning, match="Asia/Tokyo is not one of the zones of US"):
        ft.BusinessCalendar(timezone="Asia/Tokyo", country="US")


def test_calendar_warns_about_a_legacy_zone() -> None:
    """BusinessCalendar(timezone='EST') warns that EST ignores daylight saving time."""
    with pytest.warns(ft.FollowupTimingWarning, match="EST is a fixed offset") as caught:
        ft.BusinessCalendar(timezone="EST")
    assert caught[0].filename == __file__
