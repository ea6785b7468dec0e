"""Pickles written by release 0.1.0 load in this one and equal the same values built today.

``tests/data/pickles_v0.pickle`` was written once, by the code of 0.1.0, from
:func:`representative_values`; it is never regenerated. If a change to a public class makes
this test fail, old pickles (caches, queues, process pools across an upgrade) would break.
"""

from __future__ import annotations

import pickle
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest

import followup_timing as ft

FIXTURE = Path(__file__).parent / "data" / "pickles_v0.pickle"
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
DRAFT_TEXT = (
    "Hi Sarah,\n\nThank you for the interview yesterday. I am excited about the analyst "
    "role at Acme. In my current role I built the dashboards you described. Please let me "
    "know the next steps!!\n\nBest,\nAl"
)


def representative_values() -> dict[str, object]:
    """One value of each public class, built only through the public API."""
    calendar = ft.BusinessCalendar(
        timezone="Europe/London",
        country="GB",
        subdivision="ENG",
        hours={d: (time(9), time(17, 30)) for d in range(4)} | {4: (time(9), time(13))},
        special_hours={date(2026, 12, 24): (time(9), time(12))},
        closures=[date(2026, 12, 29)],
        extra_workdays=[date(2026, 12, 19)],
    )
    policy = ft.TimingPolicy(min_delay=timedelta(hours=20), counting="calendar")
    interview = ft.Interview(
        datetime(2026, 12, 22, 15, tzinfo=LONDON),
        company="Acme",
        interviewers=["Ada"],
        kind="video",
    )
    window = ft.send_window(interview, calendar=calendar, policy=policy)
    plan = ft.followup_plan(
        ft.Interview(datetime(2026, 3, 2, 15, tzinfo=NEW_YORK)),
        calendar=ft.BusinessCalendar(timezone="America/New_York", country="US", subdivision="NY"),
    )
    span = ft.Span(start=0, end=5, text="Hello", line=1, column=1)
    rules = ft.Rules(
        disabled={"missing-greeting", "too-short"},
        min_words=10,
        max_words=90,
        max_subject_words=6,
        extra_cues={"call_to_action": ["circle back", "touch * soon"], "interest": ["stoked"]},
        max_chars=10_000,
    )
    context = ft.EmailContext(
        company="Acme", role="Analyst", interviewers=["Sarah Chen"], topics=["dbt"]
    )
    candidate = ft.Candidate(name="Alex Kim", highlights=["built the dashboards you described"])
    return {
        "Interview": interview,
        "Interview-plain": ft.Interview(datetime(2026, 3, 2, 15, tzinfo=NEW_YORK)),
        "BusinessCalendar": calendar,
        "BusinessCalendar-default": ft.BusinessCalendar(),
        "TimingPolicy": policy,
        "TimingPolicy-default": ft.TimingPolicy(),
        "SendWindow": window,
        "WindowAnchor": window.anchor,
        "Timing": ft.Timing.EARLY,
        "FollowupPlan": plan,
        "PlanStep": plan.steps[0],
        "PlanPolicy": ft.PlanPolicy(),
        "Span": span,
        "Finding": ft.Finding(code="too-long", message="Long.", span=span, suggestion="Cut."),
        "MoveResult": ft.MoveResult(move="gratitude", present=True, evidence=[span]),
        "EmailMetrics": ft.EmailMetrics(
            words=3, sentences=1, paragraphs=1, questions=0, subject_words=2
        ),
        "Rules": rules,
        "Rules-default": ft.Rules(),
        "EmailContext": context,
        "EmailContext-empty": ft.EmailContext(),
        "EmailReport": ft.validate_email(DRAFT_TEXT, subject="Thank you", context=context),
        "Candidate": candidate,
        "Draft": ft.draft_email(
            "thank_you",
            candidate=candidate,
            context=ft.EmailContext(company="Acme", role="Analyst", interviewers=["Sarah"]),
        ),
    }


def representative_errors() -> dict[str, ft.FollowupTimingError]:
    """One instance of each public error, built through its constructor."""
    start = datetime(2026, 3, 2, 15, tzinfo=NEW_YORK)
    return {
        "NaiveDatetimeError": ft.NaiveDatetimeError(datetime(2026, 3, 2, 15), "interview.at"),
        "InterviewError": ft.InterviewError("interviewers must not be empty"),
        "DatetimeParseError": ft.DatetimeParseError("next tuesday-ish", "no date found"),
        "UnknownTimezoneError": ft.UnknownTimezoneError("Europe/Berln", ["Europe/Berlin"]),
        "UnknownCountryError": ft.UnknownCountryError(
            "unknown subdivision", country="US", subdivision="XX", valid=["NY", "CA"]
        ),
        "CalendarError": ft.CalendarError("hours end before they start"),
        "PolicyError": ft.PolicyError("min_delay must be positive"),
        "NoBusinessTimeError": ft.NoBusinessTimeError(start, 366),
        "DatetimeRangeError": ft.DatetimeRangeError(start),
        "EmailInputError": ft.EmailInputError("draft is 20 characters, over max_chars"),
        "TimingTypeError": ft.TimingTypeError("3pm", "interview.at", "an aware datetime"),
        "EmailTypeError": ft.EmailTypeError(b"Thanks", "text", "a str"),
        "EmailConfigError": ft.EmailConfigError("min_words", 0, "must be at least 1"),
        "MissingDependencyError": ft.MissingDependencyError(
            "icalendar", extra="ics", feature="SendWindow.to_ics()"
        ),
        "CalendarExportError": ft.CalendarExportError("alarm must be positive"),
        "DraftError": ft.DraftError.missing(
            "context.company", draft="a thank-you", needs="the company", fix="Pass it."
        ),
        "DraftTypeError": ft.DraftTypeError(3, "candidate", "a Candidate"),
    }


def _write_fixture() -> None:  # pragma: no cover - ran once, by the 0.1.0 code
    payload = {"values": representative_values(), "errors": representative_errors()}
    FIXTURE.write_bytes(pickle.dumps(payload, protocol=2))


def _as_in_0_1_0(value: object) -> object:
    """*value* without what 0.1.0 did not record: the frame behind each piece of evidence."""
    if not isinstance(value, ft.EmailReport):
        return value
    moves = {
        name: attrs.evolve(
            move, evidence=tuple(attrs.evolve(span, frame=None) for span in move.evidence)
        )
        for name, move in value.moves.items()
    }
    return attrs.evolve(value, moves=moves)


@pytest.fixture(scope="module")
def old() -> dict[str, dict[str, object]]:
    loaded: dict[str, dict[str, object]] = pickle.loads(FIXTURE.read_bytes())
    return loaded


@pytest.mark.parametrize("name", sorted(representative_values()))
def test_old_value_loads_equal_to_todays(old: dict[str, dict[str, object]], name: str) -> None:
    """A value pickled by 0.1.0 loads as the same type, equal, with the same hash."""
    today = _as_in_0_1_0(representative_values()[name])
    loaded = old["values"][name]
    assert type(loaded) is type(today)
    assert loaded == today
    assert repr(loaded) == repr(today)
    assert hash(loaded) == hash(today)


def test_old_calendar_still_answers(old: dict[str, dict[str, object]]) -> None:
    """A calendar pickled by 0.1.0 computes the same window as one built today."""
    loaded = old["values"]["BusinessCalendar"]
    assert isinstance(loaded, ft.BusinessCalendar)
    today = representative_values()
    interview = today["Interview"]
    assert isinstance(interview, ft.Interview)
    expected = today["SendWindow"]
    assert ft.send_window(interview, calendar=loaded, policy=today["TimingPolicy"]) == expected


@pytest.mark.parametrize("name", sorted(representative_errors()))
def test_old_error_loads_with_its_message_and_attributes(
    old: dict[str, dict[str, object]], name: str
) -> None:
    """An error pickled by 0.1.0 loads as the same type with the same message and attributes."""
    today = representative_errors()[name]
    loaded = old["errors"][name]
    assert type(loaded) is type(today)
    assert isinstance(loaded, ft.FollowupTimingError)
    assert str(loaded) == str(today)
    assert loaded.args == today.args
    for attribute, value in vars(today).items():
        assert getattr(loaded, attribute) == value, attribute
