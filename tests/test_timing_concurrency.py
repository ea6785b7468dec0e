"""Shared caches are thread-safe, and every timing value crosses process boundaries."""

from __future__ import annotations

import pickle
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

import followup_timing as ft
from followup_timing._timing import _engine, _holidays

THREADS = 16
REGIONS = [
    ("America/New_York", "US", "NY"),
    ("Asia/Jerusalem", "IL", None),
    ("Pacific/Auckland", "NZ", None),
    ("Europe/Berlin", "DE", "BY"),
    ("Asia/Dubai", "AE", None),
]


@pytest.fixture(autouse=True)
def cold_holiday_cache() -> Iterator[None]:
    """Each test starts (and leaves) the shared holiday and day caches empty."""
    _holidays.clear_cache()
    _engine.clear_caches()
    yield
    _holidays.clear_cache()
    _engine.clear_caches()


@pytest.fixture
def eager_thread_switching() -> Iterator[None]:
    """Switch threads every microsecond so that races show up instead of hiding."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def interviews_around_holidays(zone: str) -> list[ft.Interview]:
    """Interviews just before Christmas and New Year over several years."""
    tz = ZoneInfo(zone)
    return [
        ft.Interview(datetime(year, 12, day, 16, tzinfo=tz))
        for year in range(2024, 2030)
        for day in (22, 23, 24, 29, 30, 31)
    ]


def fingerprint(window: ft.SendWindow) -> tuple[str, str, str]:
    return (window.opens.isoformat(), window.closes.isoformat(), window.recommended.isoformat())


def serial_results() -> dict[str, list[tuple[str, str, str]]]:
    results = {}
    for zone, country, subdivision in REGIONS:
        calendar = ft.BusinessCalendar(timezone=zone, country=country, subdivision=subdivision)
        results[country] = [
            fingerprint(ft.send_window(i, calendar=calendar))
            for i in interviews_around_holidays(zone)
        ]
    return results


@pytest.mark.usefixtures("eager_thread_switching")
def test_sixteen_threads_on_fresh_calendars_match_a_serial_run() -> None:
    """Cold holiday data populated from 16 threads at once gives the serial answers."""
    expected = serial_results()
    _holidays.clear_cache()
    barrier = threading.Barrier(THREADS)

    def work(index: int) -> dict[str, list[tuple[str, str, str]]]:
        barrier.wait()  # every thread hits the cold cache at the same moment
        results = {}
        for zone, country, subdivision in REGIONS[index % 2 :] + REGIONS[: index % 2]:
            calendar = ft.BusinessCalendar(timezone=zone, country=country, subdivision=subdivision)
            results[country] = [
                fingerprint(ft.send_window(i, calendar=calendar))
                for i in interviews_around_holidays(zone)
            ]
        return results

    with ThreadPoolExecutor(THREADS) as pool:
        outcomes = list(pool.map(work, range(THREADS)))
    for outcome in outcomes:
        assert outcome == expected


@pytest.mark.usefixtures("eager_thread_switching")
def test_one_calendar_shared_by_threads() -> None:
    """One calendar object's day cache is filled concurrently without wrong answers."""
    zone, country, subdivision = REGIONS[0]
    expected = serial_results()[country]
    _holidays.clear_cache()
    calendar = ft.BusinessCalendar(timezone=zone, country=country, subdivision=subdivision)
    barrier = threading.Barrier(THREADS)

    def work(_: int) -> list[tuple[str, str, str]]:
        barrier.wait()
        return [
            fingerprint(ft.send_window(i, calendar=calendar))
            for i in interviews_around_holidays(zone)
        ]

    with ThreadPoolExecutor(THREADS) as pool:
        assert all(result == expected for result in pool.map(work, range(THREADS)))


RICH_CALENDAR = ft.BusinessCalendar(
    timezone="Europe/London",
    country="GB",
    subdivision="ENG",
    hours={d: (time(9), time(17, 30)) for d in range(4)} | {4: (time(9), time(13))},
    special_hours={date(2026, 12, 24): (time(9), time(12))},
    closures=[date(2026, 12, 29)],
    extra_workdays=[date(2026, 12, 19)],
)
POLICY = ft.TimingPolicy(min_delay=timedelta(hours=20), counting="calendar")


@pytest.mark.parametrize(
    "value",
    [
        ft.Interview(
            datetime(2026, 12, 22, 15, tzinfo=ZoneInfo("Europe/London")),
            company="Acme",
            interviewers=["Ada"],
            kind="video",
        ),
        RICH_CALENDAR,
        POLICY,
        ft.send_window(
            ft.Interview(datetime(2026, 12, 22, 15, tzinfo=ZoneInfo("Europe/London"))),
            calendar=RICH_CALENDAR,
            policy=POLICY,
        ),
    ],
    ids=["Interview", "BusinessCalendar", "TimingPolicy", "SendWindow"],
)
def test_values_round_trip_through_pickle(value: object) -> None:
    """Every public timing value pickles and compares equal after the round trip."""
    clone = pickle.loads(pickle.dumps(value))
    assert clone == value
    assert type(clone) is type(value)


def test_pickled_calendar_still_answers() -> None:
    """A calendar rebuilt from a pickle computes the same windows as the original."""
    clone = pickle.loads(pickle.dumps(RICH_CALENDAR))
    interview = ft.Interview(datetime(2026, 12, 23, 11, tzinfo=ZoneInfo("Europe/London")))
    a = ft.send_window(interview, calendar=RICH_CALENDAR)
    b = ft.send_window(interview, calendar=clone)
    assert fingerprint(a) == fingerprint(b)


def _window_in_child(interview: ft.Interview) -> ft.SendWindow:
    return ft.send_window(interview, calendar=RICH_CALENDAR, policy=POLICY)


def test_batch_through_a_process_pool() -> None:
    """Windows computed in worker processes equal those computed here."""
    tz = ZoneInfo("Europe/London")
    batch = [
        ft.Interview(datetime(2026, 12, 1, 10, tzinfo=tz) + timedelta(hours=9 * n))
        for n in range(40)
    ]
    with ProcessPoolExecutor(max_workers=2) as pool:
        remote = list(pool.map(_window_in_child, batch, chunksize=10))
    local = list(ft.send_windows(batch, calendar=RICH_CALENDAR, policy=POLICY))
    assert remote == local
    assert [fingerprint(w) for w in remote] == [fingerprint(w) for w in local]


def test_send_windows_is_lazy_and_matches_send_window() -> None:
    """The batch API consumes a generator lazily and agrees with single calls."""
    tz = ZoneInfo("America/New_York")
    consumed = []

    def source() -> Iterator[ft.Interview]:
        for n in range(100):
            consumed.append(n)
            yield ft.Interview(datetime(2026, 11, 2, 8, tzinfo=tz) + timedelta(minutes=611 * n))

    windows = ft.send_windows(source())
    assert consumed == []
    first = next(windows)
    assert consumed == [0]
    rest = list(windows)
    singles = [ft.send_window(i) for i in source()]
    assert [first, *rest] == singles


def test_send_windows_refuses_non_interviews() -> None:
    """A stray datetime in the batch is named, not silently skipped."""
    tz = ZoneInfo("America/New_York")
    with pytest.raises(
        ft.TimingTypeError, match=r"interview given to send_windows\(\) must be an Interview"
    ):
        list(ft.send_windows([datetime(2026, 11, 2, 8, tzinfo=tz)]))  # type: ignore[list-item]


def test_day_cache_stays_bounded_and_keeps_recent_days() -> None:
    """A calendar fed dates from many decades keeps at most MAX_CACHED_DAYS days per zone,
    dropping the least recently used: a day read again just now is still there."""
    calendar = ft.BusinessCalendar(timezone="Europe/Paris")
    zone = ZoneInfo("Europe/Paris")
    start = datetime(1950, 1, 2, 12, tzinfo=zone)
    recent = ft.Interview(start)
    for n in range(0, 3 * _engine.MAX_CACHED_DAYS, 3):
        ft.send_window(ft.Interview(start + timedelta(days=n)), calendar=calendar)
        ft.send_window(recent, calendar=calendar)
    days = _engine.timeline_for(calendar, zone).days
    assert 0 < len(days) <= _engine.MAX_CACHED_DAYS
    assert date(1950, 1, 2).toordinal() in days
    assert date(1950, 1, 20).toordinal() not in days


def test_timeline_caches_stay_bounded() -> None:
    """The shared default calendar does not keep a timeline for every zone it ever saw."""
    import zoneinfo

    calendar = ft.BusinessCalendar()
    names = sorted(zoneinfo.available_timezones())[: 2 * _engine.MAX_CACHED_TIMELINES]
    for name in names:
        ft.send_window(
            ft.Interview(datetime(2026, 3, 4, 12, tzinfo=ZoneInfo(name))), calendar=calendar
        )
    assert len(_engine._timelines) <= _engine.MAX_CACHED_TIMELINES
    assert (calendar, ZoneInfo(names[-1])) in _engine._timelines


def test_equal_calendars_share_their_days() -> None:
    """The day cache is keyed by the calendar's value: an equal calendar (a copy, an
    unpickled one, one rebuilt per request) reuses the days already computed."""
    first = ft.BusinessCalendar(timezone="America/New_York", country="US", subdivision="NY")
    again = pickle.loads(pickle.dumps(first))
    zone = ZoneInfo("America/New_York")
    assert _engine.timeline_for(first, zone) is _engine.timeline_for(again, zone)
