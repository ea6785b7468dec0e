"""Wall-clock growth of validate_email and the pathological inputs, up to a megabyte.

Run:  python benchmarks/bench_email_linearity.py [--runs N]

The tests (tests/test_email_regex.py) decide linearity without a clock, by counting calls
and by comparing each pattern with a linear control in the same loop. This script shows
the times themselves: for each input, validate_email on n and 10 n characters (the small
input run ten times per sample so both samples cover as many characters) and the ratio,
about 10 for linear growth and 100 for quadratic; then the time of each pathological
input of about 100,000 characters. Nothing here fails: read the numbers.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable

import followup_timing as ft

DRAFT = (
    "Hi Sarah,\n\nThank you for taking the time to speak with me yesterday about the Data "
    "Analyst role [1]. I enjoyed hearing how your team uses dbt; I'm REALLY excited!!\n"
    "> quoted line\nIn my current role I built the weekly dashboards <b>in Tableau</b>, "
    "and I don't have much experience with Looker yet, but I learn quickly.\n\n"
    "Please let me know the next steps. {name} ___ XXX\n\n"
)
PARAGRAPH = (
    "Our conversation made me even more excited about joining Northwind. In my current role "
    "at Fabrikam I built the weekly revenue dashboards in Tableau, which cut the finance "
    "team's reporting time by about 40%, and I have learned new tools quickly before.\n\n"
)
PATHOLOGICAL = (
    "[" * 100_000,
    "<" * 100_000,
    "{" * 100_000,
    "[" * 50_000 + "]" * 50_000,
    "a" * 200_000,
    "!?" * 50_000,
    "_" * 100_000,
    "> x\n" * 20_000,
    "\n" * 100_000,
    "A " * 50_000,
    "don't " * 20_000,
)
RULES = ft.Rules(max_chars=10_000_000)


def repeat(unit: str) -> Callable[[int], str]:
    """Text of exactly n characters made of *unit* over and over."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


DRAFTS: dict[str, Callable[[int], str]] = {
    "prose": repeat(DRAFT),
    "clean prose": repeat(PARAGRAPH),
    "'[' repeated": repeat("["),
    "no spaces": repeat("a"),
    "'>' lines": repeat("> x\n"),
    "blank lines": repeat("\n"),
    "placeholders": repeat("[Company Name] {name} <Interviewer> ___ "),
}


def check(text: str) -> None:
    ft.validate_email(text, rules=RULES)


def growth(build: Callable[[int], str], small: int, runs: int) -> tuple[float, float, float]:
    """Median seconds on n (per run), on 10 n, and their ratio."""
    little, big = build(small), build(10 * small)
    check(little)
    small_times, big_times = [], []
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            for _ in range(10):
                check(little)
            small_times.append((time.perf_counter() - start) / 10)
            start = time.perf_counter()
            check(big)
            big_times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    low, high = statistics.median(small_times), statistics.median(big_times)
    return low, high, high / low


def main() -> int:
    """Print the growth ratios and the pathological inputs' times."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="samples per size (default 3)")
    args = parser.parse_args()
    for small in (10_000, 100_000):
        print(f"validate_email, {small:,} -> {10 * small:,} characters (ratio ~10 is linear):")
        for name, build in DRAFTS.items():
            low, high, ratio = growth(build, small, args.runs)
            print(f"  {name:<14} {low * 1000:9.2f} ms {high * 1000:10.2f} ms  x{ratio:5.1f}")
    print("pathological inputs, one run each:")
    for text in PATHOLOGICAL:
        start = time.perf_counter()
        ft.validate_email(text)
        elapsed = time.perf_counter() - start
        print(f"  {text[:12]!r:<18} {len(text):>8,} chars {elapsed * 1000:9.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
