"""Public holidays from the ``holidays`` package, imported lazily and cached thread-safely.

Three traps of the ``holidays`` package shape this module:

* Its lazy population of a year mutates the object and is not thread-safe, so a
  year is populated under one lock and copied into an immutable :class:`HolidayYear`.
* ``.weekend`` is a class default; the weekend *on a date* (the UAE switched in 2022)
  is only answered per date, by ``is_weekend(date)``.
* Observed days can cross a year boundary (New Year's Day 2028 is observed on Friday
  2027-12-31), so a year's holidays are read from the populations of its neighbours too.
"""

from __future__ import annotations

import difflib
import threading
import warnings
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from followup_timing.exceptions import CalendarError, UnknownCountryError

if TYPE_CHECKING:
    from collections.abc import Callable

_lock = threading.RLock()
_countries: dict[tuple[str, str | None, tuple[str, ...]], CountryHolidays] = {}
_supported: dict[str, list[str]] | None = None


def _holidays_module() -> Any:
    # Importing holidays costs ~60-100 ms; only calendars with a country pay it.
    import holidays

    return holidays


def supported_countries() -> dict[str, list[str]]:
    """Country code -> subdivision codes, as the ``holidays`` package lists them."""
    global _supported
    if _supported is None:
        with _lock:
            if _supported is None:
                _supported = _holidays_module().list_supported_countries(include_aliases=False)
    return _supported


@attrs.frozen
class HolidayYear:
    """Everything about one calendar year of one country that the engine asks."""

    year: int
    names: Mapping[date, str]
    weekend_workdays: frozenset[date]
    in_supported_range: bool
    # What the holidays package warned about while computing the year (e.g. India's
    # lunar holidays exist only for 2001-2035): said in explain(), never raised.
    gaps: tuple[str, ...] = ()


@attrs.define(eq=False)
class CountryHolidays:
    """Thread-safe, per-year cached view of one ``holidays`` country object."""

    country: str
    subdivision: str | None
    categories: tuple[str, ...]
    _source: Any
    _years: dict[int, HolidayYear] = attrs.field(factory=dict)
    _populated: set[int] = attrs.field(factory=set)
    _gaps: dict[int, tuple[str, ...]] = attrs.field(factory=dict)

    def year(self, year: int) -> HolidayYear:
        """The holidays of *year*, computing them once."""
        cached = self._years.get(year)
        if cached is None:
            with _lock:
                cached = self._years.get(year)
                if cached is None:
                    cached = self._load_year(year)
                    self._years[year] = cached
        return cached

    def is_weekend(self, day: date) -> bool:
        """Whether *day* falls on the country's weekend *as it was on that date*."""
        # is_weekend() populates the date's year as a side effect: keep it under the lock,
        # and let _populate record what populating the year warns about.
        with _lock:
            self._populate(day.year)
            return bool(self._source.is_weekend(day))

    @property
    def start_year(self) -> int:
        return int(self._source.start_year)

    @property
    def end_year(self) -> int:
        return int(self._source.end_year)

    def _load_year(self, year: int) -> HolidayYear:
        for neighbour in (year - 1, year, year + 1):
            self._populate(neighbour)
        names = {d: str(n) for d, n in self._source.items() if d.year == year}
        workdays = frozenset(d for d in self._source.weekend_workdays if d.year == year)
        return HolidayYear(
            year=year,
            names=MappingProxyType(names),
            weekend_workdays=workdays,
            in_supported_range=self.start_year <= year <= self.end_year,
            gaps=self._gaps.get(year, ()),
        )

    def _populate(self, year: int) -> None:
        # date.min/max years cannot be asked about; nothing is there to find anyway.
        if year in self._populated or not 1 <= year <= 9999:
            return
        # A lookup with expand=True is the public way to make the object populate a year.
        # Its warnings are data about the year, not problems of the caller's: keep them.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            self._source.get(date(year, 1, 1))
        self._gaps[year] = tuple(dict.fromkeys(str(w.message) for w in caught))
        self._populated.add(year)


def clear_cache() -> None:
    """Forget every cached country (tests use it to start cold)."""
    with _lock:
        _countries.clear()


def country_holidays(
    country: str, subdivision: str | None, categories: tuple[str, ...]
) -> CountryHolidays:
    """The shared cache for one country, subdivision and set of categories."""
    key = (country, subdivision, categories)
    cached = _countries.get(key)
    if cached is None:
        with _lock:
            cached = _countries.get(key)
            if cached is None:
                cached = _create(country, subdivision, categories)
                _countries[key] = cached
    return cached


def _create(country: str, subdivision: str | None, categories: tuple[str, ...]) -> CountryHolidays:
    validate_country(country, subdivision)
    module = _holidays_module()
    try:
        source = module.country_holidays(
            country, subdiv=subdivision, categories=categories, years=(), expand=True
        )
    except ValueError as exc:
        # holidays raises ValueError for a category the country does not have.
        supported = _supported_categories(module, country)
        raise CalendarError(
            f"holiday_categories {categories!r} not available for {country}: {exc} "
            f"Categories it has: {', '.join(supported)}.",
            what="holiday_categories",
            value=categories,
        ) from None
    return CountryHolidays(country, subdivision, categories, source)


def _supported_categories(module: Any, country: str) -> list[str]:
    cls: Callable[..., Any] = module.country_holidays(country).__class__
    return sorted(getattr(cls, "supported_categories", ("public",)))


# Codes people write that ISO 3166-1 spells otherwise.
_COMMON_MISTAKES = {"UK": "GB", "EN": "GB", "EL": "GR"}


def canonical_subdivision(country: str, subdivision: str) -> str:
    """The subdivision code as ``holidays`` spells it, matched case-insensitively."""
    for code in supported_countries().get(country, []):
        if code.casefold() == subdivision.casefold():
            return code
    return subdivision


def validate_country(country: str, subdivision: str | None) -> None:
    """Raise :class:`UnknownCountryError` unless ``holidays`` knows the codes."""
    countries = supported_countries()
    if country not in countries:
        close = difflib.get_close_matches(country.upper(), list(countries), n=5, cutoff=0.5)
        if country.upper() in _COMMON_MISTAKES:
            close = [_COMMON_MISTAKES[country.upper()], *close]
        hint = f" Close codes: {', '.join(close)}." if close else ""
        raise UnknownCountryError(
            f"unknown country code {country!r}: the holidays package has no calendar for it."
            f"{hint} Use an ISO 3166-1 alpha-2 code such as 'US' or 'DE'.",
            country=country,
            subdivision=subdivision,
            valid=close,
        )
    valid = countries[country]
    if subdivision is not None and subdivision not in valid:
        listed = ", ".join(valid) if valid else "none (leave subdivision=None)"
        raise UnknownCountryError(
            f"unknown subdivision {subdivision!r} for country {country!r}. "
            f"Valid subdivisions: {listed}.",
            country=country,
            subdivision=subdivision,
            valid=valid,
        )
