"""A person a follow-up goes to, with the calendar their window is counted on."""

from __future__ import annotations

import re
from datetime import tzinfo
from typing import Any, Final

import attrs

from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._countries import countries_of_zone, zone_serves_country
from followup_timing._timing._zones import resolve_zone, zone_name
from followup_timing.exceptions import InterviewError, UnknownCountryError, WrongTypeError

# Deliberately loose: the address is checked for the mistakes people make (a display name,
# a space, a missing domain), not against RFC 5322, whose edge cases no mail client honours.
_EMAIL: Final = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+")


def _checked_name(value: object) -> str:
    if not isinstance(value, str):
        raise WrongTypeError(value, "Recipient.name", "a str")
    name = value.strip()
    if not name or "\n" in name or "\r" in name:
        raise InterviewError(
            f"Recipient.name must be a one-line name as you would address the person "
            f"(e.g. 'Dana Lee'), got {value!r}",
            what="Recipient.name",
            value=value,
        )
    return name


def _checked_email(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise WrongTypeError(value, "Recipient.email", "a str or None")
    address = value.strip()
    if not _EMAIL.fullmatch(address):
        raise InterviewError(
            f"Recipient.email must be a bare address such as 'dana.lee@globex.com' "
            f"(no display name, no spaces), got {value!r}",
            what="Recipient.email",
            value=value,
        )
    return address


# The converters declare what they accept, for the signature the documentation shows; the
# checks they call take anything and refuse what is not that.
def _to_name(value: str) -> str:
    return _checked_name(value)


def _to_email(value: str | None) -> str | None:
    return _checked_email(value)


def _to_code(value: str | None) -> str | None:
    return _checked_code(value)


def _to_zone(value: str | tzinfo | None) -> tzinfo | None:
    return None if value is None else resolve_zone(value)


def _checked_code(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise WrongTypeError(value, "Recipient.country/subdivision", "a non-empty code or None")
    return value.strip()


def _check_calendar(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # The timing half stands alone: it does not import the shared _validators module.
    if value is not None and not isinstance(value, BusinessCalendar):
        raise WrongTypeError(value, "Recipient.calendar", "a BusinessCalendar or None")


@attrs.frozen(repr=False)
class Recipient:
    """Someone a follow-up is written to: an interviewer, a recruiter.

    Each recipient may work in another office; their window is counted on their own
    calendar: *calendar* when given, else the default calendar with the recipient's
    *timezone*, *country* and *subdivision* put in.

    Args:
        name: the name as you would address them: ``"Dana"``, ``"Ms Lee"``, ``"Dana Lee"``.
        email: their address, used to address the message (``Draft.to_message``).
        timezone: the IANA zone they work in.
        country: the ISO 3166-1 alpha-2 code whose public holidays they keep.
        subdivision: the country's subdivision (state, province) code.
        calendar: their whole working calendar; *timezone* and *country* may only fill in
            what it leaves unset.

    Raises:
        InterviewError: a blank or multi-line name, an address that is not a bare
            address, a subdivision without a country, or a *timezone* or *country* that
            contradicts *calendar*.
        WrongTypeError: a field of the wrong type.
        UnknownTimezoneError: *timezone* is not an IANA zone name.
        UnknownCountryError: *country* or *subdivision* is unknown to ``holidays``.

    >>> from followup_timing import Recipient
    >>> Recipient("Dana Lee", email="dana.lee@globex.example", timezone="America/New_York")
    Recipient('Dana Lee', email='dana.lee@globex.example', timezone='America/New_York')

    .. versionadded:: 0.2.0
    """

    name: str = attrs.field(converter=_to_name)
    email: str | None = attrs.field(default=None, kw_only=True, converter=_to_email)
    timezone: tzinfo | None = attrs.field(default=None, kw_only=True, converter=_to_zone)
    country: str | None = attrs.field(default=None, kw_only=True, converter=_to_code)
    subdivision: str | None = attrs.field(default=None, kw_only=True, converter=_to_code)
    calendar: BusinessCalendar | None = attrs.field(
        default=None, kw_only=True, validator=_check_calendar
    )

    def __repr__(self) -> str:
        # Only what was given, and the zone by its name: the default would print five Nones
        # and a ZoneInfo constructor for every interviewer of a panel.
        given = [repr(self.name)]
        for field in ("email", "timezone", "country", "subdivision", "calendar"):
            value = getattr(self, field)
            if value is not None:
                shown = zone_name(value) if field == "timezone" else value
                given.append(f"{field}={shown!r}")
        return f"Recipient({', '.join(given)})"

    def __str__(self) -> str:
        return self.name

    def __attrs_post_init__(self) -> None:
        if self.calendar is not None:
            self._refuse_contradictions(self.calendar)
        elif self.subdivision is not None and self.country is None:
            raise InterviewError(
                f"Recipient {self.name!r}: subdivision {self.subdivision!r} needs a country; "
                f"pass country='XX' as well.",
                what="Recipient.subdivision",
                value=self.subdivision,
            )
        if self.country is not None:
            # Build the calendar once so that an unknown country or subdivision fails here,
            # where it was given, rather than when a window is first computed.
            self.business_calendar()

    def _refuse_contradictions(self, calendar: BusinessCalendar) -> None:
        given = {"timezone": self.timezone, "country": self.country}
        for field, value in given.items():
            own = getattr(calendar, field)
            if value is not None and own is not None and own != value:
                raise InterviewError(
                    f"Recipient {self.name!r}: {field}={value!s} contradicts its calendar's "
                    f"{field} {own!s}; give one or the other.",
                    what=f"Recipient.{field}",
                    value=value,
                )
        if self.subdivision is not None and self.country is None and calendar.country is None:
            raise InterviewError(
                f"Recipient {self.name!r}: subdivision {self.subdivision!r} needs a country; "
                f"pass country='XX' as well.",
                what="Recipient.subdivision",
                value=self.subdivision,
            )

    def business_calendar(self, default: BusinessCalendar | None = None) -> BusinessCalendar:
        """The calendar this recipient's window is counted on.

        A recipient with a zone but no country keeps the public holidays of the country
        the zone lies in (the tz database's ``zone.tab``, as ``country="auto"`` reads it),
        not those of *default*: someone in Singapore does not take Thanksgiving off. A zone
        *default*'s country uses, or a zone of no one country (``UTC``), keeps *default*'s.

        Args:
            default: the calendar of recipients who give none (the caller's, or
                Monday-Friday 9-17 with no holidays when ``None``).

        Returns:
            *calendar*, or *default*, with this recipient's zone and country put in.

        >>> from followup_timing import BusinessCalendar, Recipient
        >>> calendar = Recipient("Wei", timezone="Asia/Singapore").business_calendar(
        ...     BusinessCalendar(country="US"))
        >>> calendar.timezone, calendar.country
        (zoneinfo.ZoneInfo(key='Asia/Singapore'), 'SG')
        """
        base = self.calendar or default or BusinessCalendar()
        changes: dict[str, Any] = {}
        if self.timezone is not None:
            changes["timezone"] = self.timezone
        country = self.country
        if country is None and self.calendar is None and self.timezone is not None:
            country = _country_of_zone(self.timezone, base.country)
            if country is not None and country != base.country and not _has_holidays(country):
                # A country the holidays package does not know: no public holidays rather
                # than another country's.
                return attrs.evolve(base, country=None, subdivision=None, **changes)
        if country is not None and country != base.country:
            changes["country"] = country
            changes["subdivision"] = self.subdivision
        elif self.subdivision is not None:
            changes["subdivision"] = self.subdivision
        return attrs.evolve(base, **changes) if changes else base

    @classmethod
    def of(cls, value: Recipient | str) -> Recipient:
        """*value* if it is a recipient, else a recipient with that name and nothing else.

        >>> from followup_timing import Recipient
        >>> Recipient.of("Ana")
        Recipient('Ana')
        """
        return value if isinstance(value, Recipient) else cls(value)


def _country_of_zone(zone: tzinfo, default: str | None) -> str | None:
    """The country whose holidays a recipient in *zone* keeps: *default* when the zone is
    one of its zones, else the zone's own country in ``zone.tab`` (None for no country's)."""
    if default is not None and zone_serves_country(zone, default):
        return default
    found = countries_of_zone(zone_name(zone))
    return found[0] if found else default


def _has_holidays(country: str) -> bool:
    try:
        BusinessCalendar(country=country)
    except UnknownCountryError:
        return False
    return True


def looks_like_email(text: str) -> bool:
    """Whether *text* is a bare address such as ``dana.lee@globex.example``."""
    return _EMAIL.fullmatch(text.strip()) is not None
