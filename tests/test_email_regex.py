"""Every regular expression of the email half, and validate_email, run in linear time.

Why a ratio and not a time limit: how long 100,000 characters take depends on the machine
and on what else runs on it, so a wall-clock limit either fails on a slow, busy CI runner
or is loose enough to let a quadratic pattern through on a fast laptop. The ratio of two
measurements taken back to back on the same machine cancels the machine's speed: a linear
algorithm takes about 10 times as long on 10 times the input, a quadratic one about 100
times. Each measurement is the median of several runs, so a pause of the machine or the
garbage collector does not decide it, and both sizes are timed over the same total number
of characters (the small input is run ten times per sample), so their samples are equally
long and equally noisy. The bound, 40, is four times what a linear algorithm needs and
less than half of what a quadratic one would show.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import followup_timing as ft
import followup_timing._email

#: time(10 n) / time(n) must stay below this: linear gives ~10, quadratic ~100.
MAX_RATIO = 40
SMALL = 10_000
RUNS = 5


def email_patterns() -> dict[str, re.Pattern[str]]:
    """Return every compiled pattern defined at the top of a module of the email half."""
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(followup_timing._email.__path__):
        module = importlib.import_module(f"followup_timing._email.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
    return found


PATTERNS = email_patterns()

#: Pathological inputs of about n characters: long runs of one character, unclosed and
#: nested brackets, no spaces, line breaks of every kind.
INPUTS: dict[str, Callable[[int], str]] = {
    **{
        f"{char!r} repeated": (lambda c: lambda n: c * n)(char)
        for char in "[]{}<>a!?_ '’\n\r\x0b\u2028é-.A"
    },
    "nested []": lambda n: "[" * (n // 2) + "x" + "]" * (n // 2),
    "nested {}": lambda n: "{" * (n // 2) + "x" + "}" * (n // 2),
    "nested <>": lambda n: "<" * (n // 2) + "x" + ">" * (n // 2),
    "unclosed [ then letters": lambda n: "[" + "a" * n,
    "unclosed < then letters": lambda n: "<" + "A b" * (n // 3),
    "[a repeated": lambda n: "[a" * (n // 2),
    "{{a repeated": lambda n: "{{a" * (n // 3),
    "\\r\\n repeated": lambda n: "\r\n" * (n // 2),
    "a' repeated": lambda n: "a'" * (n // 2),
    "!? repeated": lambda n: "!?" * (n // 2),
    "word_word": lambda n: "ab_" * (n // 3),
}


def growth(
    work: Callable[[str], object], build: Callable[[int], str], small: int, runs: int = 5
) -> float:
    """Return the median time on ``build(10 * small)`` over that on ``build(small)``.

    The small input runs ten times per sample, so both samples cover as many characters.
    """
    little, big = build(small), build(10 * small)
    work(little)  # warm up caches and lazy tables
    small_times, big_times = [], []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            for _ in range(10):
                work(little)
            small_times.append((time.perf_counter() - start) / 10)
            start = time.perf_counter()
            work(big)
            big_times.append(time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()
    return statistics.median(big_times) / statistics.median(small_times)


def linear_ratio(
    work: Callable[[str], object], build: Callable[[int], str], small: int, runs: int = 5
) -> float:
    """Return :func:`growth`, measured again (up to three times in all) while it looks slow.

    A busy machine can slow a whole series of runs down; it will not do so three times in
    a row, while a quadratic algorithm is slow every time.
    """
    ratio = growth(work, build, small, runs)
    for _ in range(2):
        if ratio < MAX_RATIO:
            break
        ratio = min(ratio, growth(work, build, small, runs))
    return ratio


def test_every_pattern_is_found() -> None:
    """The walk finds as many patterns as there are re.compile calls in the email half."""
    source = Path(followup_timing._email.__file__).parent
    calls = sum(p.read_text(encoding="utf-8").count("re.compile(") for p in source.glob("*.py"))
    assert len(PATTERNS) == calls
    assert {"_text._WORD", "_checks._BRACKETED"} <= set(PATTERNS)


@pytest.mark.parametrize("pattern", [pytest.param(p, id=k) for k, p in PATTERNS.items()])
def test_patterns_run_in_linear_time(pattern: re.Pattern[str]) -> None:
    """On every pathological input, 100k characters take < 40x as long as 10k characters."""

    def scan(text: str) -> None:
        for _ in pattern.finditer(text):
            pass

    slow = {}
    for name, build in INPUTS.items():
        ratio = linear_ratio(scan, build, SMALL)
        if ratio >= MAX_RATIO:
            slow[name] = round(ratio, 1)
    assert slow == {}, f"{pattern.pattern!r} grows faster than linearly on {slow}"


DRAFT = (
    "Hi Sarah,\n\nThank you for taking the time to speak with me yesterday about the Data "
    "Analyst role [1]. I enjoyed hearing how your team uses dbt; I'm REALLY excited!!\n"
    "> quoted line\nIn my current role I built the weekly dashboards <b>in Tableau</b>, "
    "and I don't have much experience with Looker yet, but I learn quickly.\n\n"
    "Please let me know the next steps. {name} ___ XXX\n\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


#: Whole drafts for validate_email: prose, and the inputs that cost most per character.
DRAFTS: dict[str, Callable[[int], str]] = {
    "prose": _repeat(DRAFT),
    "'[' repeated": _repeat("["),
    "nested brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "no spaces": _repeat("a"),
    "'>' lines": _repeat("> x\n"),
    "blank lines": _repeat("\n"),
    "'wrote:' lines": _repeat("On x wrote:\n"),
    "apostrophes": _repeat("a'"),
    "capitals": _repeat("ABC "),
    "'!?' repeated": _repeat("!?"),
    "placeholders": _repeat("[Company Name] {name} <Interviewer> ___ "),
}


def _check(text: str) -> None:
    ft.validate_email(text, rules=ft.Rules(max_chars=10_000_000))


@pytest.mark.parametrize("build", [pytest.param(b, id=k) for k, b in DRAFTS.items()])
def test_validate_email_grows_linearly_10kb_to_100kb(build: Callable[[int], str]) -> None:
    """validate_email on 100 KB takes < 40x as long as on 10 KB, on prose and odd input."""
    ratio = linear_ratio(_check, build, 10_000, runs=3)
    assert ratio < MAX_RATIO, ratio


#: A clean paragraph: few findings, so the megabyte measures the analysis, not the report.
PARAGRAPH = (
    "Our conversation made me even more excited about joining Northwind. In my current role "
    "at Fabrikam I built the weekly revenue dashboards in Tableau, which cut the finance "
    "team's reporting time by about 40%, and I have learned new tools quickly before.\n\n"
)


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(_repeat(PARAGRAPH), id="prose"),
        pytest.param(DRAFTS["'[' repeated"], id="'[' repeated"),
        pytest.param(DRAFTS["no spaces"], id="no spaces"),
    ],
)
def test_validate_email_grows_linearly_100kb_to_1mb(build: Callable[[int], str]) -> None:
    """validate_email on 1 MB takes < 40x as long as on 100 KB."""
    ratio = linear_ratio(_check, build, 100_000, runs=3)
    assert ratio < MAX_RATIO, ratio
