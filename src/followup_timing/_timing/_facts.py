"""Warnings about facts that look mistaken: a legacy zone name, a zone of another country.

Each is a :class:`~followup_timing.FollowupTimingWarning` with a ``code`` and the zones
that would fit, so that the command line can say the same thing with its own options.
"""

from __future__ import annotations

import warnings
from datetime import datetime, tzinfo

from followup_timing._timing._abbreviations import legacy_zone
from followup_timing._timing._countries import (
    names_a_place,
    table_rows,
    zone_serves_country,
    zones_of_country,
)
from followup_timing.exceptions import FollowupTimingWarning

# Enough zones to recognise the country by; the US alone has 29.
_SHOWN_ZONES = 4


def _name(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else str(zone)


def _best_known_first(zones: tuple[str, ...]) -> tuple[str, ...]:
    # zonenow.tab names each group of clocks by its most populous place: New York, Chicago,
    # Denver before Detroit and Louisville.
    popular = {row[2] for row in table_rows("zonenow.tab")}
    return tuple(sorted(zones, key=lambda zone: zone not in popular))


def legacy_zone_warning(
    zone: tzinfo, around: datetime | None = None
) -> FollowupTimingWarning | None:
    """A warning when *zone* is ``EST``, ``EST5EDT``, ``Etc/GMT+5`` and the like."""
    legacy = legacy_zone(zone, around)
    if legacy is None:
        return None
    places = ", ".join(legacy.suggestions) if legacy.suggestions else "Area/City"
    return FollowupTimingWarning(
        legacy.problem(),
        f"use the IANA zone of the recipient's place, such as {places}",
        code="legacy-zone",
        zones=legacy.suggestions,
    )


def country_zone_warning(zone: tzinfo, country: str) -> FollowupTimingWarning | None:
    """A warning when *zone* is not one of the zones whose clocks *country* uses.

    ``Asia/Tokyo`` with ``US`` most likely means the user's own zone was taken for the
    recipient's: US holidays on Tokyo's clock help nobody.
    """
    if zone_serves_country(zone, country):
        return None
    own = _best_known_first(zones_of_country(country))
    if not own:
        # zone.tab lists no zone for the code (a holidays-only code such as "EU").
        return None
    shown = ", ".join(own[:_SHOWN_ZONES]) + (
        f" and {len(own) - _SHOWN_ZONES} more" if len(own) > _SHOWN_ZONES else ""
    )
    return FollowupTimingWarning(
        f"the recipient's zone {_name(zone)} is not one of the zones of {country} "
        f"({shown}), whose holidays apply",
        "if the recipient works there, give their zone as the calendar's timezone",
        code="zone-not-in-country",
        zones=own,
    )


def legacy_zone_warnings(
    zone: tzinfo, around: datetime | None = None
) -> tuple[FollowupTimingWarning, ...]:
    """The warning about a legacy *zone* name, if any, as a tuple for :func:`warn`."""
    found = legacy_zone_warning(zone, around)
    return () if found is None else (found,)


def zone_warnings(
    zone: tzinfo, country: str | None, around: datetime | None = None
) -> tuple[FollowupTimingWarning, ...]:
    """Every warning about the recipient's *zone* and *country*, legacy name first."""
    found = [legacy_zone_warning(zone, around)]
    # A legacy name already got its warning: saying it is in no country adds nothing.
    if country is not None and names_a_place(_name(zone)) and found[0] is None:
        found.append(country_zone_warning(zone, country))
    return tuple(warning for warning in found if warning is not None)


def warn(found: tuple[FollowupTimingWarning, ...], stacklevel: int) -> None:
    """Issue each warning, pointing at the caller *stacklevel* frames up."""
    for warning in found:
        warnings.warn(warning, stacklevel=stacklevel + 1)
