"""explain() is never false: every sentence stating a fact is checked against the calendar.

The checker reads each sentence of random windows' explanations, recognises it by its
form, and checks what it states about an instant or a date (business time or not, a
holiday, a weekend, a closure, an extra workday, special hours, a clock change) with the
calendar's own methods and the zone's offsets, never with the engine. A sentence of no
known form fails the test, so no new wording escapes the check.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings

import followup_timing as ft
from followup_timing._timing._explain import format_hours, format_instant, format_offset
from strategies import Scenario, scenarios

# Windows per example: the interview end, then later ones on the same calendar, at odd
# times over a week (drawing a calendar costs far more than checking a window).
_SHIFTS = tuple(timedelta(minutes=677 * n) for n in range(15))
_EXAMPLES = 160  # x 15 windows: over two thousand windows per run

_D = r"(?P<date>\w{3} \d{1,2} \w{3} \d{4})"
_I = r"(?P<instant>\w{3} \d{1,2} \w{3} \d{4} at [\d:.]+(?: \(UTC[+-]\d\d:\d\d\))?)"
_HOURS = r"business hours (?P<hours>\d\d:\d\d-\d\d:\d\d) (?:that day|on (?P<hours_date>[\w ]+))"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MICRO = timedelta(microseconds=1)


def _date(text: str) -> date:
    _, day, month, year = text.split()
    return date(int(year), _MONTHS.index(month) + 1, int(day))


class Checker:
    """Checks the sentences of one window's explanation; counts what it checked."""

    def __init__(self, window: ft.SendWindow, counts: Counter[str]) -> None:
        self.window = window
        self.calendar = window.calendar
        self.zone: tzinfo = window.timezone
        self.counts = counts

    # Ground truth from the calendar and the zone alone ------------------------------

    def business_time(self, instant: datetime) -> bool:
        local = instant.astimezone(self.zone)
        day = local.date()
        if not self.calendar.is_business_day(day):
            return False
        hours = self.calendar.hours_on(day)
        assert hours is not None
        opening, closing = hours
        return opening <= local.time() and (closing == time(0) or local.time() < closing)

    def local_date(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()

    def check_hours(self, match: re.Match[str], instant: datetime) -> None:
        """``business hours 09:00-17:00 that day|on D``: the hours of that date."""
        day = _date(match["hours_date"]) if match["hours_date"] else self.local_date(instant)
        hours = self.calendar.hours_on(day)
        assert hours is not None, day
        assert format_hours(hours) == match["hours"], (day, hours)

    # Sentences ----------------------------------------------------------------------

    def check(self, sentence: str) -> None:
        w, _cal = self.window, self.calendar
        for kind, pattern in _PATTERNS:
            match = re.fullmatch(pattern, sentence)
            if match is None:
                continue
            self.counts[kind] += 1
            getattr(self, f"_{kind}")(match)
            return
        raise AssertionError(f"sentence of no known form: {sentence!r}\n{w.explain()}")

    def _input(self, match: re.Match[str]) -> None:
        pass  # restates the inputs (the interview, the policy)

    def _holidays(self, match: re.Match[str]) -> None:
        calendar = self.calendar
        if match["zone"] is None:
            assert match["region"] == calendar.region
        else:
            assert match["zone"] == calendar.country_inferred_from
            assert match["region"] == calendar.country
            assert match["subdivision"] == calendar.subdivision
        categories = match["categories"]
        assert (categories.split(", ") if categories else ["public"]) == list(
            calendar.holiday_categories
        )

    def _no_holidays(self, match: re.Match[str]) -> None:
        assert self.calendar.country is None

    def _skipped_day(self, match: re.Match[str]) -> None:
        day = _date(match["date"])
        noon = datetime.combine(day, time(12), self.zone)
        assert noon.astimezone(timezone.utc).astimezone(self.zone).date() != day

    def _day_off(self, match: re.Match[str]) -> None:
        day = _date(match["date"])
        assert self.calendar.closed_reason(day) == match["reason"], day

    def _extra_workday(self, match: re.Match[str]) -> None:
        day = _date(match["date"])
        assert day in self.calendar.extra_workdays
        assert self.calendar.is_business_day(day)
        assert self.calendar.day_off_reason(day) == match["reason"]

    def _weekend_workday(self, match: re.Match[str]) -> None:
        day = _date(match["date"])
        assert self.calendar.is_weekend(day)
        assert self.calendar.is_business_day(day)
        assert self.calendar.region == match["region"]

    def _special_hours(self, match: re.Match[str]) -> None:
        hours = self.calendar.special_hours[_date(match["date"])]
        assert hours is not None
        assert format_hours(hours) == match["hours"]

    def _clock_change(self, match: re.Match[str]) -> None:
        day = _date(match["date"])
        before = datetime.combine(day - timedelta(days=1), time(12), self.zone).utcoffset()
        after = datetime.combine(day + timedelta(days=1), time(12), self.zone).utcoffset()
        assert before is not None
        assert after is not None
        assert (format_offset(before), format_offset(after)) == (match["old"], match["new"])
        assert (after > before) == (match["direction"] == "forward")

    def _reached_min(self, match: re.Match[str]) -> None:
        assert match["instant"] == format_instant(self.window.raw_open)

    def _reached_max(self, match: re.Match[str]) -> None:
        assert match["instant"] == format_instant(self.window.raw_close)

    def _opens_in_business_time(self, match: re.Match[str]) -> None:
        w = self.window
        assert self.business_time(w.raw_open)
        assert w.opens == w.raw_open
        self.check_hours(match, w.raw_open)

    def _opens_later(self, match: re.Match[str]) -> None:
        w = self.window
        assert not self.business_time(w.raw_open)
        assert self.business_time(w.opens)
        assert match["instant"] == format_instant(w.opens)
        local = w.raw_open.astimezone(self.zone)
        if match["reason"]:
            assert _date(match["date"]) == local.date()
            assert self.calendar.closed_reason(local.date()) == match["reason"]
        else:
            self.check_hours(match, w.raw_open)
            opening = time.fromisoformat(match["hours"][:5])
            assert (local.time() < opening) == (match["side"] == "before")

    def _closes_at_end_of_hours(self, match: re.Match[str]) -> None:
        w = self.window
        assert w.closes == w.raw_close
        assert match["instant"] == format_instant(w.closes)
        assert self.business_time(w.raw_close - _MICRO)
        assert not self.business_time(w.raw_close)
        if match["hours"]:
            self.check_hours(match, w.raw_close - _MICRO)

    def _closes_in_business_time(self, match: re.Match[str]) -> None:
        w = self.window
        assert w.closes == w.raw_close
        assert self.business_time(w.raw_close)

    def _closes_after_no_business_time(self, match: re.Match[str]) -> None:
        w = self.window
        assert w.opens >= w.raw_close
        self._closes_at_a_stretch_end(match)

    def _closes_unbroken(self, match: re.Match[str]) -> None:
        w = self.window
        assert w.opens >= w.raw_close
        assert match["instant"] == format_instant(w.closes)
        assert self.business_time(w.closes)
        assert w.duration == timedelta(days=366)

    def _closes_as_hours_begin(self, match: re.Match[str]) -> None:
        w = self.window
        assert self.business_time(w.raw_close)
        assert not self.business_time(w.raw_close - _MICRO)
        self.check_hours(match, w.raw_close)
        self._closes_at_a_stretch_end(match)

    def _closes_before_raw_close(self, match: re.Match[str]) -> None:
        assert not self.business_time(self.window.raw_close)
        self._closes_at_a_stretch_end(match)

    def _closes_at_a_stretch_end(self, match: re.Match[str]) -> None:
        w = self.window
        assert match["instant"] == format_instant(w.closes)
        assert self.business_time(w.closes - _MICRO)
        assert not self.business_time(w.closes)

    def _recommended_preferred(self, match: re.Match[str]) -> None:
        w, preferred = self.window, self.window.policy.preferred_hours
        assert preferred is not None
        assert format_hours(preferred) == match["hours"]
        local = w.recommended.astimezone(self.zone).time()
        assert preferred[0] <= local < preferred[1]
        assert self.business_time(w.recommended)
        assert w.opens <= w.recommended < w.closes
        assert match["instant"] == format_instant(w.recommended)

    def _recommended_opens(self, match: re.Match[str]) -> None:
        w, preferred = self.window, self.window.policy.preferred_hours
        assert w.recommended == w.opens
        assert match["instant"] == format_instant(w.opens)
        if match["hours"] is None:
            assert preferred is None
        else:
            assert preferred is not None
            assert format_hours(preferred) == match["hours"]
            assert not preferred[0] <= w.opens.astimezone(self.zone).time() < preferred[1]

    def _holidays_uncovered(self, match: re.Match[str]) -> None:
        assert not self.calendar.holidays_cover(int(match["year"]))

    def _holidays_gap(self, match: re.Match[str]) -> None:
        assert self.calendar.holiday_data_gaps(int(match["year"]))


_PATTERNS: list[tuple[str, str]] = [
    ("input", r"The interview ended .+\."),
    ("input", r"This window counts from .+\."),
    ("input", r"That is .+, where it was given; every rule follows .+\."),
    ("input", r"A follow-up is best sent .+\."),
    (
        "holidays",
        r"Public holidays: (?P<region>[A-Z]{2}(?:-\w+)?)(?:, inferred from (?P<zone>\S+)"
        r"(?: \(which .+ also use\))?(?:, subdivision (?P<subdivision>\w+))?)?"
        r"(?: \(categories: (?P<categories>[\w, ]+)\))?\.",
    ),
    ("no_holidays", r"No public holidays applied: .+\."),
    ("skipped_day", _D + r" does not exist in .+: the clocks skipped the whole day\."),
    ("day_off", _D + r" is (?P<reason>.+): (?:the clock did not run|no business time)\."),
    ("extra_workday", _D + r" is an extra working day, although (?P<reason>.+)\."),
    ("weekend_workday", _D + r" is a working weekend day in (?P<region>.+)\."),
    ("special_hours", _D + r" has special hours (?P<hours>\d\d:\d\d-\d\d:\d\d)\."),
    (
        "clock_change",
        r"Clocks go (?P<direction>forward|back) by .+ (?:at the start of|on) "
        + _D
        + r" \((?P<old>UTC[+-]\d\d:\d\d) to (?P<new>UTC[+-]\d\d:\d\d)\); elapsed time is "
        r"real time, so that day lasts .+\.",
    ),
    ("reached_min", r".+ are reached " + _I + r"\."),
    (
        "opens_in_business_time",
        r"That is business time \(" + _HOURS + r"\), so the window opens then\.",
    ),
    (
        "opens_later",
        r"That is outside business time \((?:"
        + _D
        + r" is (?P<reason>.+)|(?P<side>before|after) "
        + _HOURS
        + r")\), so the window opens at the next business time, "
        + _I
        + r"\.",
    ),
    (
        "closes_at_end_of_hours",
        r"That is the end of (?:business hours that day|" + _HOURS + r"), so the window closes "
        r"then \(" + _I + r"\)\.",
    ),
    (
        "closes_in_business_time",
        r"That is business time, so the window closes then \(" + _I + r"\)\.",
    ),
    (
        "closes_after_no_business_time",
        r"No business time lies between the two delays being reached, so the window stays open "
        r"to the end of the business hours it opens in, " + _I + r"\.",
    ),
    (
        "closes_unbroken",
        r"No business time lies between the two delays being reached, and business time then "
        r"runs without a break, so the window stays open for 366 days, to " + _I + r"\.",
    ),
    (
        "closes_as_hours_begin",
        r"That is when business hours begin \(" + _HOURS + r"\), so no time of those hours is in "
        r"the window: it closes at the end of the last business hours before, " + _I + r"\.",
    ),
    (
        "closes_before_raw_close",
        r"That is outside business time, so the window closes at the end of the last business "
        r"hours before it, " + _I + r"\.",
    ),
    (
        "recommended_preferred",
        r"Recommended: " + _I + r", the first time inside the window within the preferred hours "
        r"(?P<hours>\d\d:\d\d-\d\d:\d\d), when a message is read rather than buried\.",
    ),
    (
        "recommended_opens",
        r"No (?:preferred hours are set|time inside the window falls within the preferred hours "
        r"(?P<hours>\d\d:\d\d-\d\d:\d\d)), so the recommended time is when the window opens, "
        + _I
        + r"\.",
    ),
    ("holidays_uncovered", r"The holiday data for .* does not cover (?P<year>\d+): .+\."),
    ("holidays_gap", r"The holiday data for .* is incomplete in (?P<year>\d+) .+\."),
]


def _check_window(window: ft.SendWindow, counts: Counter[str]) -> None:
    checker = Checker(window, counts)
    lines = window.explanation()
    reached = [i for i, line in enumerate(lines) if " are reached " in line]
    assert len(reached) == 2, lines
    for index, line in enumerate(lines):
        if index == reached[1]:
            counts["reached_max"] += 1
            match = re.fullmatch(r".+ are reached " + _I + r"\.", line)
            assert match is not None
            checker._reached_max(match)
        else:
            checker.check(line)


@settings(max_examples=_EXAMPLES, derandomize=True, database=None)
@given(scenarios())
def _check_random_windows(s: Scenario) -> None:
    calendar, policy = s.calendar.build(), s.policy.build()
    for shift in _SHIFTS:
        interview = ft.Interview(s.ended_at + shift)
        try:
            window = ft.send_window(interview, calendar=calendar, policy=policy)
        except (ft.NoBusinessTimeError, ft.DatetimeRangeError):
            continue
        _check_window(window, _TOTALS)
        _TOTALS["windows"] += 1


_TOTALS: Counter[str] = Counter()

# Windows that cross a clock change, checked on every run: random scenarios rarely give a
# window that a change touches, and which ones they give moves with the strategies' code.
_CLOCK_CHANGES = (
    ("America/New_York", datetime(2026, 3, 7, 1)),  # forward 1 hour
    ("Australia/Lord_Howe", datetime(2026, 4, 4, 1)),  # back 30 minutes
    ("Europe/London", datetime(2026, 10, 24, 12)),  # back 1 hour
    ("America/Santiago", datetime(2026, 4, 4, 12)),  # back across midnight
)


def _check_clock_change_windows() -> None:
    policy = ft.TimingPolicy(
        min_delay=timedelta(hours=24), max_delay=timedelta(hours=25), counting="calendar"
    )
    for name, ended in _CLOCK_CHANGES:
        zone = ZoneInfo(name)
        calendar = ft.BusinessCalendar(timezone=zone, weekend=(), hours=(time(0), time(0)))
        window = ft.send_window(
            ft.Interview(ended.replace(tzinfo=zone)), calendar=calendar, policy=policy
        )
        _check_window(window, _TOTALS)


def test_every_fact_in_explain_is_true() -> None:
    """Over thousands of random windows, each sentence that states a fact about an instant
    or a date (business time or not, a holiday, a weekend, a closure, an extra workday,
    special hours, a clock change) agrees with the calendar itself.

    Counted, not timed: the examples are derandomised, so the same windows are checked on
    every run, and they exercise every kind of fact sentence.
    """
    _TOTALS.clear()
    _check_clock_change_windows()
    _check_random_windows()
    assert _TOTALS["windows"] >= 2000, _TOTALS
    for kind in (
        "day_off",
        "opens_in_business_time",
        "opens_later",
        "closes_at_end_of_hours",
        "closes_in_business_time",
        "closes_before_raw_close",
        "recommended_preferred",
        "recommended_opens",
        "clock_change",
        "special_hours",
        "extra_workday",
    ):
        assert _TOTALS[kind] > 0, (kind, _TOTALS)
