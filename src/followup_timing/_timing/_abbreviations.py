"""Zone abbreviations ("PST", "IST") and the legacy zone names that look like them ("EST").

An abbreviation is not a zone: "IST" is India, Ireland in summer and Israel in winter.
Which places use an abbreviation is read from the zone data itself, around a given date,
so that the suggestions follow tzdata releases (British Columbia drops PST in late 2026).

Places are grouped by their clocks over the year around that date (America/Los_Angeles and
America/Tijuana agree); each group is named by its member in tzdata's ``zonenow.tab``, the
table tzdb keeps "to help users select timezones", whose entry is the most populous place.
Groups are ranked by how many zones share their clocks, then by how much of the year they
use the abbreviation, so that "EST" suggests America/New_York before America/Panama and
"IST" suggests Asia/Kolkata (all year) before Europe/Dublin (summer) and Asia/Jerusalem.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone, tzinfo

import attrs

from followup_timing._timing._countries import UNIVERSAL, names_a_place, table_rows, zone_links

# Samples every two weeks for a year centred on the date asked about: enough to see both
# halves of every daylight saving rule, cheap enough to compute for all zones at once.
_SAMPLES = 26
_STEP = timedelta(days=14)


def _sample_instants(around: datetime) -> tuple[datetime, ...]:
    start = around.astimezone(timezone.utc) - _STEP * (_SAMPLES // 2)
    return tuple(start + _STEP * n for n in range(_SAMPLES))


def _month_key(around: datetime) -> tuple[int, int]:
    utc = around.astimezone(timezone.utc)
    return utc.year, utc.month


Fingerprint = tuple[tuple[timedelta | None, str | None], ...]


@attrs.frozen
class _Place:
    """One group of location zones whose clocks agree over the sampled year."""

    zone: str
    size: int
    uses: Counter[str]
    clocks: Fingerprint


def _fingerprint(zone: tzinfo, instants: tuple[datetime, ...]) -> Fingerprint:
    moments = [instant.astimezone(zone) for instant in instants]
    return tuple((moment.utcoffset(), moment.tzname()) for moment in moments)


@functools.lru_cache(maxsize=4)
def _places(month: tuple[int, int]) -> tuple[_Place, ...]:
    instants = _sample_instants(datetime(month[0], month[1], 15, tzinfo=timezone.utc))
    groups: dict[Fingerprint, list[str]] = defaultdict(list)
    for row in table_rows("zone1970.tab"):
        groups[_fingerprint(zoneinfo.ZoneInfo(row[2]), instants)].append(row[2])
    popular = [row[2] for row in table_rows("zonenow.tab")]
    places: list[_Place] = []
    for fingerprint, zones in groups.items():
        named = [zone for zone in popular if zone in zones]
        places.append(
            _Place(
                zone=named[0] if named else min(zones, key=_alias_rank),
                size=len(zones),
                uses=Counter(name for _, name in fingerprint if name),
                clocks=fingerprint,
            )
        )
    return tuple(places)


def _alias_rank(zone: str) -> tuple[int, str]:
    # Without a zonenow.tab entry, the zone more names point to is the better known one.
    return (-sum(1 for target in zone_links().values() if target == zone), zone)


def zones_for_abbreviation(abbreviation: str, around: datetime | None = None) -> tuple[str, ...]:
    """IANA zones of the places that use *abbreviation* around *around* (default: now).

    >>> from datetime import datetime, timezone
    >>> july = datetime(2026, 7, 1, tzinfo=timezone.utc)
    >>> zones_for_abbreviation("IST", july)
    ('Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem')
    >>> zones_for_abbreviation("BST", july)
    ('Europe/London',)
    """
    wanted = abbreviation.strip().upper()
    using = [place for place in _places(_month_key(_or_now(around))) if place.uses[wanted]]
    using.sort(key=lambda place: (-place.size, -place.uses[wanted], place.zone))
    return tuple(place.zone for place in using)


def _or_now(around: datetime | None) -> datetime:
    return around if around is not None else datetime.now(timezone.utc)


def _same_clocks(zone: tzinfo, around: datetime) -> tuple[str, ...]:
    """Places whose UTC offsets agree with *zone* all year around *around*, largest first."""
    offsets = _offsets(_fingerprint(zone, _sample_instants(_month_centre(around))))
    places = _places(_month_key(around))
    same = [place for place in places if _offsets(place.clocks) == offsets]
    same.sort(key=lambda place: (-place.size, place.zone))
    return tuple(place.zone for place in same)


def _offsets(clocks: Fingerprint) -> tuple[timedelta | None, ...]:
    return tuple(offset for offset, _ in clocks)


def _month_centre(around: datetime) -> datetime:
    year, month = _month_key(around)
    return datetime(year, month, 15, tzinfo=timezone.utc)


@attrs.frozen(kw_only=True)
class LegacyZone:
    """A zone name that stands for an offset or a rule, not for a place.

    Attributes:
        name: the name given (``"EST"``, ``"EST5EDT"``, ``"Etc/GMT+5"``).
        fixed_offset: the offset it keeps all year, or ``None`` when it has daylight
            saving time.
        suggestions: IANA zones of places that use the same abbreviations.
    """

    name: str
    fixed_offset: timedelta | None
    suggestions: tuple[str, ...]

    def problem(self) -> str:
        """What the name does that a place's zone would not."""
        if self.fixed_offset is not None:
            return (
                f"{self.name} is a fixed offset (UTC{_offset_text(self.fixed_offset)} all "
                f"year): it ignores daylight saving time"
            )
        return f"{self.name} is a legacy zone name, not a place"

    def message(self) -> str:
        """One sentence on what the name does and what to use instead."""
        places = ", ".join(self.suggestions) if self.suggestions else "Area/City"
        return f"{self.problem()}; use the IANA zone of the recipient's place, such as {places}"


def _offset_text(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _abbreviations_of(zone: tzinfo, instants: tuple[datetime, ...]) -> Iterator[str]:
    for instant in instants:
        name = instant.astimezone(zone).tzname()
        if name and name[0] not in "+-":
            yield name


def legacy_zone(zone: tzinfo | str, around: datetime | None = None) -> LegacyZone | None:
    """What is wrong with *zone* as a recipient's zone, or ``None`` for a place's zone.

    Legacy names are the abbreviation-like ones (``EST``, ``CET``, ``GMT``), the POSIX-style
    ones (``EST5EDT``) and ``Etc/GMT+5``-style offsets. ``UTC`` is taken at its word.

    >>> from datetime import datetime, timezone
    >>> july = datetime(2026, 7, 1, tzinfo=timezone.utc)
    >>> legacy = legacy_zone("EST", july)
    >>> legacy.fixed_offset, legacy.suggestions
    (datetime.timedelta(days=-1, seconds=68400), ('America/New_York', 'America/Jamaica'))
    >>> legacy_zone("Europe/London", july) is None
    True
    """
    name = zone if isinstance(zone, str) else getattr(zone, "key", None)
    if not isinstance(name, str) or name in UNIVERSAL or names_a_place(name):
        return None
    resolved = zoneinfo.ZoneInfo(name) if isinstance(zone, str) else zone
    when = _or_now(around)
    instants = _sample_instants(when)
    offsets = {instant.astimezone(resolved).utcoffset() for instant in instants}
    suggestions: dict[str, None] = {}
    for abbreviation in dict.fromkeys(_abbreviations_of(resolved, instants)):
        suggestions.update(dict.fromkeys(zones_for_abbreviation(abbreviation, when)[:3]))
    if not suggestions:
        # MET or Etc/GMT+5 name no abbreviation a place uses: offer the places whose
        # clocks they copy instead.
        suggestions.update(dict.fromkeys(_same_clocks(resolved, when)[:3]))
    return LegacyZone(
        name=name,
        fixed_offset=offsets.pop() if len(offsets) == 1 else None,
        suggestions=tuple(suggestions)[:4],
    )
