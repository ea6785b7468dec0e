"""Measure ``send_window``: warm and cold, per country, against pandas when installed.

Run:  python benchmarks/bench_send_window.py [--quick]

Numbers are medians of repeated batches (per call), so a noisy neighbour moves them
less than a mean would. Nothing here asserts a time limit: machines differ.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import followup_timing as ft

CASES = {
    "US-NY": ("America/New_York", "US", "NY"),
    "IL": ("Asia/Jerusalem", "IL", None),
    "NZ": ("Pacific/Auckland", "NZ", None),
}


def median_per_call(run: Callable[[], object], calls: int, repeats: int) -> float:
    """Median seconds per call over *repeats* batches of *calls* calls."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            run()
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


def interviews(zone: str, count: int) -> list[ft.Interview]:
    """Interviews spread over a year at odd hours, so every rule gets exercised."""
    base = datetime(2026, 1, 5, 15, 0, tzinfo=ZoneInfo(zone))
    return [ft.Interview(base + timedelta(hours=7 * i + (i % 5))) for i in range(count)]


def cycling_calls(batch: list[ft.Interview], calendar: ft.BusinessCalendar) -> Callable[[], object]:
    """A call computing the window of the next interview of *batch*, round and round."""
    state = {"index": 0}

    def one() -> object:
        index = state["index"]
        state["index"] = index + 1
        return ft.send_window(batch[index % len(batch)], calendar=calendar)

    return one


def bench_warm(quick: bool) -> None:
    print("send_window, warm calendar, default policy (median per call):")
    for label, (zone, country, subdivision) in CASES.items():
        calendar = ft.BusinessCalendar(timezone=zone, country=country, subdivision=subdivision)
        batch = interviews(zone, 1250)
        for interview in batch:  # warm the day cache over the whole year
            ft.send_window(interview, calendar=calendar)
        seconds = median_per_call(
            cycling_calls(batch, calendar), 2_000 if quick else 20_000, 5 if quick else 9
        )
        print(f"  {label:6} {seconds * 1e6:7.2f} us")
        bench_pandas(label, zone, country, subdivision, batch, seconds)


def bench_pandas(label, zone, country, subdivision, batch, ours: float) -> None:  # type: ignore[no-untyped-def]
    try:
        import holidays
        import pandas as pd
    except ImportError:
        return
    days_off = list(holidays.country_holidays(country, subdiv=subdivision, years=[2026, 2027]))
    offset = pd.offsets.CustomBusinessHour(start="09:00", end="17:00", holidays=days_off)
    stamps = [pd.Timestamp(i.ended_at) for i in batch]
    index = 0

    def one() -> None:
        nonlocal index
        stamps[index % len(stamps)] + offset
        index += 1

    seconds = median_per_call(one, 2_000, 5)
    print(
        f"         pandas CustomBusinessHour, one aware addition: {seconds * 1e6:7.2f} us "
        f"({seconds / ours:.1f}x ours)"
    )


def bench_cold() -> None:
    print("first window for a new country and year (cold holiday data, holidays imported):")
    import holidays  # noqa: F401  (the import itself is reported separately)

    for label, (zone, country, subdivision) in CASES.items():
        for year in (2031, 2032):
            calendar = ft.BusinessCalendar(timezone=zone, country=country, subdivision=subdivision)
            interview = ft.Interview(datetime(year, 3, 4, 15, tzinfo=ZoneInfo(zone)))
            start = time.perf_counter()
            ft.send_window(interview, calendar=calendar)
            print(f"  {label:6} {year}: {(time.perf_counter() - start) * 1e3:6.3f} ms")


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_batch(count: int) -> None:
    calendar = ft.BusinessCalendar(timezone="America/New_York", country="US", subdivision="NY")
    base = datetime(2026, 1, 5, 15, tzinfo=ZoneInfo("America/New_York"))
    # Interviews every 37 minutes, wrapping round two years as an ATS's would: the day
    # cache then holds ~730 days and memory stays flat however long the stream runs.
    two_years = 2 * 365 * 24 * 60
    generator = (ft.Interview(base + timedelta(minutes=(37 * i) % two_years)) for i in range(count))
    start = time.perf_counter()
    produced = 0
    rss_before = peak_rss_mib()
    for _ in ft.send_windows(generator, calendar=calendar):
        produced += 1
        if produced == 1000:
            rss_before = peak_rss_mib()  # after the first days are cached
    seconds = time.perf_counter() - start
    print(f"peak RSS {rss_before:.1f} MiB after 1,000 windows, {peak_rss_mib():.1f} MiB at the end")
    print(
        f"send_windows over {produced:,} interviews (generator in, iterator out): "
        f"{seconds:.2f} s, {seconds / produced * 1e6:.2f} us each"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--batch", type=int, default=1_000_000, help="size of the batch run")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, followup_timing {ft.__version__}")
    bench_warm(args.quick)
    bench_cold()
    if hasattr(ft, "send_windows"):
        bench_batch(min(args.batch, 10_000) if args.quick else args.batch)


if __name__ == "__main__":
    main()
