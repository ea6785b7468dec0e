"""Time validate_email on a typical follow-up, on 1 MB of text and on pathological input.

Run from the repository root::

    python benchmarks/bench_validate_email.py

Prints the median over many runs for a ~150-word email (the target is well under 1 ms);
proselint on the same email, in the same process, for scale, when it is installed (it is
not a dependency: ``pip install proselint``); then timings at 10 KB, 100 KB and 1 MB for
prose and for inputs built to trip up regular expressions and line scans (medians of 5
runs, one run at 1 MB), with the growth factor per tenfold size: about 10x is linear, a
quadratic algorithm would show about 100x. The target for 1 MB of prose is under 1 s.
Nothing here asserts a time: tests/test_email_regex.py checks the growth.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Callable

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

#: Inputs built to trip up regular expressions and line-by-line scans, by size in characters.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "'[' repeated": lambda n: "[" * n,
    "'<' repeated": lambda n: "<" * n,
    "'{' repeated": lambda n: "{" * n,
    "nested brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "no spaces": lambda n: "a" * n,
    "'!' repeated": lambda n: "!" * n,
    "'_' repeated": lambda n: "_" * n,
    "'>' lines": lambda n: "> x\n" * (n // 4),
    "blank lines": lambda n: "\n" * n,
    "'wrote:' lines": lambda n: "On x wrote:\n" * (n // 12),
    "apostrophes": lambda n: "a'" * (n // 2),
    "capitals": lambda n: "ABC " * (n // 4),
}
SIZES = (10_000, 100_000, 1_000_000)


def median_seconds(text: str, runs: int, subject: str | None = None) -> float:
    """Return the median wall time of validate_email(text) over *runs* runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ft.validate_email(text, subject=subject)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def proselint_lint() -> Callable[[str], object] | None:
    """Return a function that runs every proselint check on a text, or None if missing."""
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        try:  # proselint before 0.14
            from proselint.tools import lint as old_lint  # type: ignore[attr-defined]
        except ImportError:
            return None
        return old_lint  # type: ignore[no-any-return]
    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("<email>", text).lint()


def main() -> int:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3000, help="runs for the short email")
    args = parser.parse_args()
    words = len(EMAIL.split())
    for _ in range(200):  # warm up
        ft.validate_email(EMAIL)
    median = median_seconds(EMAIL, args.runs, subject="Thank you - Data Analyst interview")
    print(f"{words}-word email: median {median * 1e6:.0f} µs over {args.runs} runs")

    lint = proselint_lint()
    if lint is None:
        print("proselint: not installed (pip install proselint to compare)")
    else:
        lint(EMAIL)  # warm up: proselint compiles its patterns on first use
        runs = max(20, args.runs // 20)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            lint(EMAIL)
            times.append(time.perf_counter() - start)
        other = statistics.median(times)
        print(
            f"proselint on the same email: median {other * 1e6:.0f} µs over {runs} runs "
            f"({other / median:.0f}x validate_email)"
        )

    paragraph = EMAIL.split("\n\n", 1)[1]
    prose = paragraph * (SIZES[-1] // len(paragraph) + 1)
    print("size:", "".join(f"{_size_label(n):>10}" for n in SIZES), "   growth per 10x")
    rows = {"prose": lambda n: prose[:n], **PATHOLOGICAL}
    for name, build in rows.items():
        timings = [median_seconds(build(n), 5 if n < SIZES[-1] else 1) for n in SIZES]
        growth = " ".join(f"{b / a:5.1f}x" for a, b in itertools.pairwise(timings))
        cells = "".join(f"{t * 1e3:8.1f}ms" for t in timings)
        print(f"{name:<17}{cells}   {growth}")
    return 0


def _size_label(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


if __name__ == "__main__":
    sys.exit(main())
