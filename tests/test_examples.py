"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# What each example must print: a line a reader of the example would check by eye.
EXPECTED = {
    "thanksgiving_window.py": [
        "Send between Fri 27 Nov 15:00 and Mon 30 Nov 15:00 (EST); best at Mon 30 Nov 09:00.",
        "Thu 26 Nov 2026 is Thanksgiving Day, a public holiday in US-NY",
    ],
    "recipient_abroad.py": [
        "    recommended  Tue 10 Feb 09:00 NZDT",
        "    recommended  Mon 09 Feb 12:00 PST",
        "Sending at Wed 04 Feb 19:30 PST would be early.",
        "Fri 6 Feb 2026 is Waitangi Day, a public holiday in NZ: the clock did not run.",
    ],
    "company_calendar.py": [
        "  send between Mon 21 Dec 09:00 and Mon 21 Dec 15:00; best at Mon 21 Dec 09:00",
        "That is outside business time (after business hours 09:00-13:00 that day)",
        "  send between Thu 24 Dec 11:00 and Mon 04 Jan 11:00; best at Mon 04 Jan 09:00",
        "  - Tue 29 Dec 2026 is a company closure: the clock did not run.",
    ],
    "check_draft.py": [
        "Subject: Re: Data Analyst interview - thank you",
        "  call_to_action  MISSING",
        "error: body line 8: Unfilled placeholder '[Company Name]'. [unfilled-placeholder]",
        "Not ready to send yet.",
        "Dated Fri 27 Nov 09:12 EST: early (the window opens Fri 27 Nov 15:00 and closes "
        "Mon 30 Nov 15:00).",
    ],
    "follow_up_plan.py": [
        "1. thank_you       best Wed 25 Nov 09:00  (window Tue 24 Nov 15:00 to Wed 25 Nov 15:00)",
        "2. check_in        best Wed 09 Dec 09:00",
        "The employer expected to decide by Fri 4 Dec 2026: wait until that has passed plus 2",
        "3. final_check_in  best Wed 16 Dec 09:00",
        "Wrote follow_up_plan.ics with one event per step.",
    ],
    "draft_follow_ups.py": [
        "=== thank_you (95 words, 4 of 4 parts) ===",
        "Subject: Thank you - Senior Data Analyst interview",
        "Hi Ms Okafor and Ben,",
        "I especially enjoyed hearing about the move to a lakehouse.",
        "=== check_in (96 words, 4 of 4 parts) ===",
        "=== final_check_in (113 words, 4 of 4 parts) ===",
        "Formal greeting: Dear Ms Okafor and Ben,",
        "Refused: a thank_you draft in the warm tone needs at least one interviewer to thank "
        "by name, but context.interviewers is not given.",
        "Custom subject: Great to meet you, Ms Okafor and Ben",
    ],
    "invite_to_message.py": [
        "Data Analyst at Globex, ended Tue 24 Nov 15:00 EST with Priya Raman, Marco Bianchi, "
        "Wei Zhang.",
        "Marco Bianchi (Europe/Rome): Thu 26 Nov 09:00 to Thu 26 Nov 17:00, best Thu 26 Nov 09:00",
        "Send all notes at Thu 26 Nov 03:00 (America/New_York): inside every window.",
        "Wrote thank-you-priya.eml to Priya Raman <priya.raman@globex.example>: ready to send, "
        "sent-on-time.",
        "Wrote thank-you-wei.eml to Wei Zhang <wei.zhang@globex.example>: ready to send, "
        "sent-on-time.",
        "No two notes alike, each greets its own reader.",
        "Wrote follow-up-plan.ics: one thank-you event per interviewer, then the check-ins.",
    ],
    "batch_windows.py": [
        "Jordan Lee     best at Mon 30 Nov 2026 09:00 America/New_York",
        "Priya Nair     best at Tue 10 Feb 2026 09:00 Pacific/Auckland",
        "Lena Vogel     error: unknown time zone 'Europe/Berln'. Did you mean 'Europe/Berlin'",
        "Wrote 6 rows to windows.csv",
    ],
}


def test_every_example_has_expectations() -> None:
    """A new example cannot slip in untested."""
    assert {p.name for p in EXAMPLES.glob("*.py")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs(name: str, tmp_path: Path) -> None:
    """The example exits 0 and prints its key lines."""
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for line in EXPECTED[name]:
        assert line in result.stdout


def test_batch_example_writes_a_csv(tmp_path: Path) -> None:
    """The batch example writes every input row with its window, or the error to fix."""
    subprocess.run(
        [sys.executable, str(EXAMPLES / "batch_windows.py")],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    with (tmp_path / "windows.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["candidate"] for row in rows] == [
        "Jordan Lee", "Priya Nair", "Tomás García", "Noa Levi", "Sam Okafor", "Lena Vogel"
    ]  # fmt: skip
    assert (rows[0]["opens"], rows[0]["recommended"], rows[0]["closes"]) == (
        "2026-11-27T15:00:00-05:00",
        "2026-11-30T09:00:00-05:00",
        "2026-11-30T15:00:00-05:00",
    )
    assert rows[0]["error"] == ""
    assert rows[-1]["opens"] == ""
    assert rows[-1]["error"].startswith("unknown time zone 'Europe/Berln'.")
