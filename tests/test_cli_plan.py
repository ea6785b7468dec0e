"""`followup-timing plan`: the follow-up plan on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from followup_timing._cli import main

BASE = ["plan", "2026-11-23 15:00", "--tz", "America/New_York", "--country", "US"]
BASE += ["--subdivision", "NY"]


def test_text_output_lists_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    """The plan prints each step's reason and window, then the explanations."""
    assert main([*BASE, "--decision", "2026-12-04"]) == 0
    out = capsys.readouterr().out
    assert "1. thank you: Thank the interviewer" in out
    assert "2. check in: The employer expected to decide by Fri 4 Dec 2026" in out
    assert "  recommended  Wed 9 Dec 2026 09:00 EST (UTC-05:00)" in out
    assert "3. final check in:" in out
    assert "Why, step by step:" in out


def test_recipient_zone_is_shown_in_yours_too(capsys: pytest.CaptureFixture[str]) -> None:
    """With a recipient abroad each window is also given in the candidate's zone."""
    argv = ["plan", "2026-11-23 15:00", "--tz", "America/Los_Angeles"]
    argv += ["--recipient-tz", "Pacific/Auckland", "--check-ins", "1"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "in your time (America/Los_Angeles):" in out
    assert "final check in" not in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints FollowupPlan.to_dict()."""
    assert main([*BASE, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [step["kind"] for step in data["steps"]] == ["thank_you", "check_in", "final_check_in"]
    assert data["steps"][1]["window"]["recommended"] == "2026-12-03T09:00:00-05:00"


def test_ics_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--ics writes one event per step."""
    target = tmp_path / "plan.ics"
    assert main([*BASE, "--ics", str(target)]) == 0
    assert f"Calendar written to {target}" in capsys.readouterr().out
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 3


def test_decision_with_time(capsys: pytest.CaptureFixture[str]) -> None:
    """A decision date and time is an instant in the recipient's zone."""
    assert main([*BASE, "--decision", "2026-12-04 12:00", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["decision_expected"] == "2026-12-04T12:00:00-05:00"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--decision", "next-ish"], "plan: error: --decision: cannot read 'next-ish'"),
        (["--check-ins", "9"], "plan: error: --check-ins must be a whole number from 0 to 5"),
        (["--country", "XX"], "plan: error: unknown country code 'XX'"),
    ],
)
def test_errors_are_one_line(
    extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input exits 2 with one line on stderr."""
    assert main([*BASE, *extra]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("written", ["2026-12-04", "Dec 4 2026", "4 December 2026"])
def test_decision_date_written_any_way_is_a_date(
    written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date without a time is the whole day, however it is written."""
    assert main([*BASE, "--decision", written, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["decision_expected"] == "2026-12-04"
    assert data["steps"][1]["window"]["opens"] == "2026-12-09T09:00:00-05:00"
