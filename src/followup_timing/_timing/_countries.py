"""Which country a time zone belongs to, read from the IANA tables that ship with ``tzdata``.

``zone.tab`` gives each zone one country (the one whose clocks it was named for);
``zone1970.tab`` lists every country whose clocks have agreed with a zone since 1970, most
populous first (Europe/Zurich also serves Liechtenstein and Büsingen in Germany).
``tzdata.zi`` holds the links (``US/Eastern`` -> ``America/New_York``). No table here is
written by hand: a new tzdata release updates the answers.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from collections.abc import Iterator
from datetime import datetime, timezone, tzinfo

import attrs

_PACKAGE = "tzdata.zoneinfo"
_POSIX_STYLE = re.compile(r"[A-Z]{3,5}[+-]?\d{1,2}(?:[A-Z]{3,5})?")
_FIXED_OFFSET = re.compile(r"Etc/GMT[+-]\d{1,2}")
UNIVERSAL = frozenset(
    {"UTC", "UCT", "Universal", "Zulu", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu"}
)


def _tzdata_text(name: str) -> str:
    # importlib.resources brings zipfile, bz2 and lzma along (~10 ms): load it on first use.
    import importlib.resources

    return importlib.resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def table_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of one of tzdata's ``.tab`` files, comments skipped."""
    for line in _tzdata_text(name).splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@functools.lru_cache(maxsize=1)
def zone_links() -> dict[str, str]:
    """Alias -> zone it stands for, from the ``L TARGET ALIAS`` lines of ``tzdata.zi``."""
    links: dict[str, str] = {}
    for line in _tzdata_text("tzdata.zi").splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()
            links[alias] = target
    return links


def link_target(name: str) -> str:
    """The zone *name* is a link to, followed to its end; *name* itself when it is a zone."""
    links = zone_links()
    seen = {name}
    while name in links and links[name] not in seen:
        name = links[name]
        seen.add(name)
    return name


@functools.lru_cache(maxsize=1)
def _zone_tab() -> dict[str, str]:
    """Zone -> its one country in ``zone.tab``."""
    return {row[2]: row[0] for row in table_rows("zone.tab")}


@functools.lru_cache(maxsize=1)
def _zone1970_tab() -> dict[str, tuple[str, ...]]:
    """Zone -> every country it has served since 1970, most populous first."""
    return {row[2]: tuple(row[0].split(",")) for row in table_rows("zone1970.tab")}


def names_a_place(name: str) -> bool:
    """Whether zone *name* stands for a place rather than an offset or a rule.

    ``EST``, ``CET`` and ``GMT`` are named after the abbreviation they use, ``EST5EDT`` is
    a POSIX rule and ``Etc/GMT+5`` an offset: none of them is anybody's address, even where
    tzdata links them to a city (``EST`` is a link to America/Panama).

    >>> names_a_place("Europe/London"), names_a_place("GB"), names_a_place("EST")
    (True, True, False)
    """
    if name in UNIVERSAL or _FIXED_OFFSET.fullmatch(name) or _POSIX_STYLE.fullmatch(name):
        return False
    if "/" in name:
        return True
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    # A legacy name is its own abbreviation, in winter or in summer.
    year = datetime.now(timezone.utc).year
    moments = (
        datetime(year, 1, 15, tzinfo=timezone.utc),
        datetime(year, 7, 15, tzinfo=timezone.utc),
    )
    return all(moment.astimezone(zone).tzname() != name for moment in moments)


def countries_of_zone(name: str) -> tuple[str, ...]:
    """ISO 3166-1 codes of the countries that use zone *name*, ``zone.tab``'s own first.

    >>> countries_of_zone("Europe/Zurich")
    ('CH', 'DE', 'LI')
    >>> countries_of_zone("US/Eastern")
    ('US',)
    >>> countries_of_zone("Etc/GMT+5"), countries_of_zone("EST")
    ((), ())
    """
    if not names_a_place(name):
        return ()
    canonical = link_target(name)
    first = _zone_tab().get(name) or _zone_tab().get(canonical)
    others = _zone1970_tab().get(canonical, ())
    ordered = ((first,) if first else ()) + others
    return tuple(dict.fromkeys(ordered))


@functools.cache
def zones_of_country(country: str) -> tuple[str, ...]:
    """The zones whose clocks *country* uses, ``zone.tab``'s first.

    >>> zones_of_country("GB")
    ('Europe/London',)
    >>> "Europe/Zurich" in zones_of_country("DE")
    True
    """
    code = country.upper()
    own = [zone for zone, owner in _zone_tab().items() if owner == code]
    shared = [zone for zone, owners in _zone1970_tab().items() if code in owners]
    return tuple(dict.fromkeys(own + shared))


def zone_serves_country(zone: tzinfo | str, country: str) -> bool:
    """Whether the clocks of *zone* are among those *country* uses.

    A fixed offset (``UTC``, ``-05:00``) serves no country.

    >>> zone_serves_country("Asia/Tokyo", "US"), zone_serves_country("US/Pacific", "US")
    (False, True)
    >>> zone_serves_country("Europe/Vaduz", "CH")
    True
    """
    name = zone if isinstance(zone, str) else _key(zone)
    canonical = link_target(name)
    return any(link_target(own) == canonical for own in zones_of_country(country))


@attrs.frozen(kw_only=True)
class CountryGuess:
    """The country whose holidays apply to a recipient, inferred from their zone.

    Attributes:
        zone: the IANA zone the country was read from.
        country: the ISO 3166-1 code ``zone.tab`` gives the zone.
        also: other countries whose clocks follow the same zone.
    """

    zone: str
    country: str
    also: tuple[str, ...] = ()

    def describe(self) -> str:
        """``"GB, inferred from Europe/London"``, naming the other countries that share it.

        >>> infer_country("Asia/Riyadh").describe()
        'SA, inferred from Asia/Riyadh (which KW and YE also use)'
        """
        text = f"{self.country}, inferred from {self.zone}"
        if self.also:
            text += f" (which {_and_list(self.also)} also use)"
        return text


def _and_list(items: tuple[str, ...]) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} and {items[-1]}"


# zone.tab lists Antarctic research stations under AQ; their staff keep their home
# country's holidays, which the zone cannot tell.
_NO_HOLIDAYS = "AQ"


def infer_country(zone: tzinfo | str) -> CountryGuess | None:
    """The country a zone belongs to, or ``None`` for offsets and zones of no country.

    >>> infer_country("Europe/London")
    CountryGuess(zone='Europe/London', country='GB', also=('GG', 'IM', 'JE'))
    >>> infer_country("UTC") is None
    True
    """
    name = zone if isinstance(zone, str) else _key(zone)
    countries = [c for c in countries_of_zone(name) if c != _NO_HOLIDAYS]
    if not countries:
        return None
    return CountryGuess(zone=name, country=countries[0], also=tuple(countries[1:]))


def _key(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else str(zone)
