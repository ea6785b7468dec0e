"""Every regular expression of the email half, and validate_email, run in linear time.

No test here depends on how fast or how busy the machine is:

- validate_email's own work is counted, not timed: the calls it makes (Python functions and
  the C functions they call, regex searches among them) on an input of n characters and of
  10 n. A linear algorithm makes about 10 times as many calls, a quadratic one about 100.
- A regular expression's steps happen inside the C regex engine, where nothing counts them.
  Each pattern's ``findall`` is timed on 50,000 characters against a linear control on the
  same text, interleaved in the same loop so that a load that slows the machine slows both
  alike: the ``findall`` of a pattern matching every character. Both run entirely in C, so
  a coverage tracer slows neither. Every linear pattern here costs under 12 times the
  control; a quadratic one over a thousand times at that size (``a*b`` on ``a`` repeated:
  300 times at 10,000 characters, 600 at 20,000). The bound, 60, leaves a wide margin on
  both sides.

benchmarks/bench_email_linearity.py measures wall-clock growth up to a megabyte.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import followup_timing as ft
import followup_timing._email

#: How many times the linear control's time a pattern may take on the same text.
MAX_COST_OVER_CONTROL = 60.0
#: How many times validate_email's calls may grow from n to 10 n characters: linear
#: gives about 10, quadratic about 100.
MAX_CALL_RATIO = 20
SIZE = 50_000
RUNS = 3
#: The linear control: one match per character.
CONTROL = re.compile(r"(?s).")


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


def _seconds(work: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    work(text)
    return time.perf_counter() - start


def _control(text: str) -> None:
    CONTROL.findall(text)


def cost_over_control(work: Callable[[str], object], text: str, runs: int = RUNS) -> float:
    """Median time of *work* on *text* over that of the linear control, interleaved."""
    work(text[:100])  # warm up caches and lazy tables
    work_times, control_times = [], []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            work_times.append(_seconds(work, text))
            control_times.append(_seconds(_control, text))
    finally:
        if enabled:
            gc.enable()
    return statistics.median(work_times) / statistics.median(control_times)


def calls_made(work: Callable[[], object]) -> int:
    """Count the Python and C function calls *work* makes (a profile hook, not a clock)."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return count


def test_every_pattern_is_found() -> None:
    """The walk finds as many patterns as there are re.compile calls in the email half."""
    source = Path(followup_timing._email.__file__).parent
    calls = sum(p.read_text(encoding="utf-8").count("re.compile(") for p in source.glob("*.py"))
    assert len(PATTERNS) == calls
    assert {"_text._WORD", "_checks._BRACKETED"} <= set(PATTERNS)


@pytest.mark.parametrize("pattern", [pytest.param(p, id=k) for k, p in PATTERNS.items()])
def test_patterns_run_in_linear_time(pattern: re.Pattern[str]) -> None:
    """On every pathological input of 50k characters, a pattern costs < 30x a linear scan."""

    def scan(text: str) -> None:
        pattern.findall(text)

    slow = {}
    for name, build in INPUTS.items():
        text = build(SIZE)
        cost = cost_over_control(scan, text)
        # A pause of the machine may hit one series; it will not hit three in a row,
        # while a quadratic pattern is slow every time.
        for _ in range(2):
            if cost < MAX_COST_OVER_CONTROL:
                break
            cost = min(cost, cost_over_control(scan, text))
        if cost >= MAX_COST_OVER_CONTROL:
            slow[name] = round(cost, 1)
    assert slow == {}, f"{pattern.pattern!r} costs more than linear time on {slow}"


DRAFT = (
    "Hi Sarah,\n\nThank you for taking the time to speak with me yesterday about the Data "
    "Analyst role [1]. I enjoyed hearing how your team uses dbt; I'm REALLY excited!!\n"
    "> quoted line\nIn my current role I built the weekly dashboards <b>in Tableau</b>, "
    "and I don't have much experience with Looker yet, but I learn quickly.\n\n"
    "Please let me know the next steps. {name} ___ XXX\n\n"
)


def test_the_control_tells_quadratic_from_linear() -> None:
    """A pattern that rescans the rest of the text from every position fails the bound."""

    # 20,000 characters: about 600 times the control for the quadratic pattern, ten times
    # the bound, in about a second (at SIZE it would take several).
    text = "a" * 20_000
    assert cost_over_control(re.compile(r"a").findall, text) < MAX_COST_OVER_CONTROL
    assert cost_over_control(re.compile(r"a*b").findall, text) > MAX_COST_OVER_CONTROL


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


def call_ratio(build: Callable[[int], str], small: int) -> float:
    """validate_email's calls on ``build(10 * small)`` over those on ``build(small)``."""
    little, big = build(small), build(10 * small)
    _check(little)  # fill lazy tables and caches first: they are paid once, not per size
    return calls_made(lambda: _check(big)) / calls_made(lambda: _check(little))


@pytest.mark.parametrize("build", [pytest.param(b, id=k) for k, b in DRAFTS.items()])
def test_validate_email_work_grows_linearly(build: Callable[[int], str]) -> None:
    """validate_email makes < 20x as many calls on 20 KB as on 2 KB, on prose and odd input."""
    assert call_ratio(build, 2_000) < MAX_CALL_RATIO


def _visit(char: str) -> str:
    return char


def test_call_counting_tells_quadratic_from_linear() -> None:
    """The call ratio is about 10 for a linear function and about 100 for a quadratic one."""

    def linear(text: str) -> None:
        for char in text:
            _visit(char)

    def quadratic(text: str) -> None:
        for end in range(len(text)):
            for char in text[:end]:
                _visit(char)

    def ratio(work: Callable[[str], object]) -> float:
        return calls_made(lambda: work("a" * 1_000)) / calls_made(lambda: work("a" * 100))

    assert ratio(linear) < MAX_CALL_RATIO < 5 * MAX_CALL_RATIO < ratio(quadratic)
