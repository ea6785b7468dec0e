"""Time validate_email on a typical follow-up, on 1 MB of text and on pathological input.

Run from the repository root::

    python benchmarks/bench_validate_email.py

Prints the median over many runs for a ~150-word email (the target is well under 1 ms),
and single timings for 1 MB of prose and for inputs built to trip up regular expressions
(the target is under 1 s each, growing linearly with size).
"""

from __future__ import annotations

import statistics
import sys
import time

import followup_timing as ft

EMAIL = """Hi Sarah,

Thank you for taking the time to speak with me yesterday about the Data Analyst role. I
enjoyed hearing how your team uses dbt to keep reporting consistent across regions, and the
story of last quarter's migration was a useful picture of how the team works together.

Our conversation made me even more excited about joining Northwind. In my current role at
Fabrikam I built the weekly revenue dashboards in Tableau, which cut the finance team's
reporting time by about 40%, and I don't have much experience with Looker yet, but I have
learned new tools quickly before. Last spring I also trained six colleagues on SQL so that
they could answer their own questions without waiting for the data team.

Please let me know if I can provide anything else as you make your decision. I look
forward to hearing about the next steps.

Best regards,
Alex Kim
"""

PATHOLOGICAL = {
    "100k '['": "[" * 100_000,
    "100k '<'": "<" * 100_000,
    "100k '{'": "{" * 100_000,
    "nested brackets": "[" * 50_000 + "a" * 10 + "]" * 50_000,
    "no spaces": "a" * 1_000_000,
    "100k '!'": "!" * 100_000,
    "100k '>' lines": "> x\n" * 100_000,
    "100k blank lines": "\n" * 100_000,
    "100k 'wrote:' lines": "On x wrote:\n" * 100_000,
    "100k apostrophes": "a'" * 100_000,
    "caps": "ABC " * 250_000,
    "underscores": "_" * 1_000_000,
}


def median_seconds(text: str, runs: int) -> float:
    """Return the median wall time of validate_email(text) over *runs* runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ft.validate_email(text, subject="Thank you - Data Analyst interview")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def once(text: str) -> float:
    """Return the wall time of one validate_email(text)."""
    start = time.perf_counter()
    ft.validate_email(text)
    return time.perf_counter() - start


def main() -> int:
    """Print the timings."""
    words = len(EMAIL.split())
    for _ in range(200):  # warm up
        ft.validate_email(EMAIL)
    median = median_seconds(EMAIL, 3000)
    print(f"{words}-word email: median {median * 1e6:.0f} µs over 3000 runs")
    paragraph = EMAIL.split("\n\n", 1)[1]
    megabyte = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    for size in (250_000, 500_000, 1_000_000):
        print(f"{size / 1e6:.2f} MB of prose: {once(megabyte[:size]):.3f} s")
    for name, text in PATHOLOGICAL.items():
        print(f"{name} ({len(text):,} chars): {once(text):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
