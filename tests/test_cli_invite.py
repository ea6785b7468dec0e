"""The command line from the invite: --invite, draft --eml, check --interview/--send-at."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup_timing._cli import main

ROOT = Path(__file__).resolve().parent.parent
PANEL = str(ROOT / "examples" / "panel_interview.ics")
INVITES = ROOT / "tests" / "data" / "invites"
ME = ["--me", "alex.kim@example.com"]
ALEX = ["--name", "Alex Kim", "--highlight", "five years of SQL"]
# Where each interviewer of the bundled invite works, as check's calendar options.
OFFICES = {
    "Priya Raman": ["--recipient-tz", "America/New_York", "--country", "US", "--subdivision", "NY"],
    "Marco Bianchi": ["--recipient-tz", "Europe/Rome", "--country", "IT"],
    "Wei Zhang": ["--recipient-tz", "Asia/Singapore", "--country", "SG"],
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_window_from_the_invite(capsys: pytest.CaptureFixture[str]) -> None:
    """window --invite takes the end and zone from the invite; WHEN is not needed."""
    status, out, err = run(
        capsys, "window", "--invite", PANEL, "--country", "US", "--subdivision", "NY", "--json"
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["opens"] == "2026-11-25T15:00:00-05:00"
    assert data["closes"] == "2026-11-27T15:00:00-05:00"


def test_window_from_a_windows_zone_invite(capsys: pytest.CaptureFixture[str]) -> None:
    """An Outlook invite with 'Eastern Standard Time' reads as New York on the command line."""
    status, out, _ = run(capsys, "window", "--invite", str(INVITES / "outlook.ics"))
    assert status == 0
    assert "Send window (America/New_York):\n  opens        Thu 26 Nov 2026 15:15" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["window"], "give WHEN (when the interview ended) or --invite FILE"),
        (["window", "2026-11-24 15:00", "--invite", PANEL], "give WHEN or --invite FILE, not both"),
        (
            ["window", "2026-11-24 15:00", "--tz", "UTC", "--event", "0"],
            "--event and --me read --invite FILE; give --invite as well",
        ),
        (
            ["window", "--invite", "missing.ics"],
            "--invite: cannot read 'missing.ics': No such file or directory",
        ),
        (
            ["plan", "--invite", PANEL, "--event", "3"],
            f"--invite {PANEL}: event=3 is out of range: the calendar holds 1 event(s), indexed "
            f"from 0: 0: UID 7hd0s2k9f4q1m3p6r8t0v2x4z6@google.com, 'Interview: Data Analyst at "
            f"Globex', starting 2026-11-24T13:30:00-05:00",
        ),
    ],
)
def test_invite_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Every misuse of --invite is one line on stderr and exit status 2."""
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err == f"followup-timing {argv[0]}: error: {message}\n"


def test_a_floating_invite_asks_for_tz(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An invite in floating time needs --tz, and the error says so."""
    floating = Path(PANEL).read_bytes().replace(b";TZID=America/New_York:", b":")
    path = tmp_path / "floating.ics"
    path.write_bytes(floating)
    status, _, err = run(capsys, "window", "--invite", str(path))
    assert status == 2
    assert "is a floating time (no TZID, no Z)" in err
    assert err.endswith("(add --tz ZONE)\n")
    status, out, _ = run(capsys, "window", "--invite", str(path), "--tz", "Europe/Rome")
    assert status == 0
    assert "Send window (Europe/Rome):" in out


def test_plan_from_the_invite_lists_the_interviewers(capsys: pytest.CaptureFixture[str]) -> None:
    """plan --invite --json names each interviewer with their address and window."""
    status, out, _ = run(capsys, "plan", "--invite", PANEL, *ME, "--json")
    assert status == 0
    data = json.loads(out)
    assert [(r["name"], r["email"]) for r in data["recipients"]] == [
        ("Priya Raman", "priya.raman@globex.example"),
        ("Marco Bianchi", "marco.bianchi@globex.example"),
        ("Wei Zhang", "wei.zhang@globex.example"),
    ]


def test_draft_eml_for_one_interviewer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """draft --invite --recipient --eml writes a draft message to that interviewer's address,
    with company and role from the invite and the Date from --send-at."""
    path = tmp_path / "wei.eml"
    status, out, err = run(
        capsys, "draft", "thank_you", *ALEX, "--invite", PANEL, *ME, "--recipient", "wei zhang",
        "--topic", "the data platform", "--eml", str(path), "--send-at", "2026-11-26 09:00",
        "--tz", "Asia/Singapore",
    )  # fmt: skip
    assert status == 0
    assert out.startswith("Subject: Thank you - Data Analyst interview\n\nHi Wei Zhang,\n")
    assert err == f"\nWrote {path}: To: Wei Zhang <wei.zhang@globex.example>\n"
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Wei Zhang <wei.zhang@globex.example>"
    assert message["Date"].datetime == datetime(2026, 11, 26, 9, tzinfo=ZoneInfo("Asia/Singapore"))


def test_draft_eml_to_the_whole_panel_and_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Without --recipient the message goes to every interviewer with an address; without an
    invite it needs --to; --recipient must be one of the invite's interviewers."""
    path = tmp_path / "all.eml"
    status, _, err = run(
        capsys, "draft", "thank_you", *ALEX, "--invite", PANEL, *ME, "--eml", str(path)
    )
    assert status == 0
    assert "To: Priya Raman <priya.raman@globex.example>, Marco Bianchi" in err
    status, _, err = run(
        capsys,
        "draft",
        "thank_you",
        *ALEX,
        "--company",
        "Acme",
        "--role",
        "Analyst",
        "--interviewer",
        "Ana",
        "--eml",
        str(path),
    )
    assert status == 2
    assert err.endswith("error: --eml: give --to ADDRESS, or --invite FILE\n")
    status, _, err = run(
        capsys, "draft", "thank_you", *ALEX, "--invite", PANEL, *ME, "--recipient", "Zed"
    )
    assert status == 2
    assert err.endswith(
        "error: --recipient 'Zed' is not among the invite's interviewers ('Priya Raman', "
        "'Marco Bianchi', 'Wei Zhang')\n"
    )


def test_check_uses_the_window_the_window_command_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """check --interview reports the same opening and close as `window --json` does, and
    says how long to wait when the Date is early."""
    options = ["--tz", "America/New_York", "--country", "US", "--subdivision", "NY"]
    _, out, _ = run(capsys, "window", "2026-11-25 15:00", *options, "--json")
    window = json.loads(out)
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Dana,\n\nThank you for the interview.\n\nBest,\nAlex\n")
    status, out, _ = run(
        capsys,
        "check",
        str(draft),
        "--interview",
        "2026-11-25 15:00",
        *options,
        "--send-at",
        "2026-11-26 10:00",
        "--format",
        "json",
    )
    assert status == 1  # the text is not ready either; the timing is a warning
    (timing,) = [f for f in json.loads(out)["findings"] if f["code"].startswith("sent-")]
    assert timing["code"] == "sent-too-early"
    opens = datetime.fromisoformat(window["opens"])
    assert f"window opens at {opens:%a %d %b %Y %H:%M}" in timing["message"]
    assert timing["suggestion"].startswith("Wait 1 day 5 hours; the best moment is Mon 30 Nov")


def test_check_needs_a_send_time(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A draft has no Date: --send-at is asked for; --send-at alone has no window."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Dana,\n\nThank you.\n")
    status, _, err = run(capsys, "check", str(draft), "--interview", "2026-11-25 15:00 -05:00")
    assert status == 2
    assert err == (
        f"followup-timing check: error: {draft} is a draft without a Date: give --send-at "
        f"WHEN, the moment you will send it, to check it against the window\n"
    )
    status, _, err = run(capsys, "check", str(draft), "--send-at", "2026-11-26 10:00 -05:00")
    assert status == 2
    assert "give --interview WHEN or --invite FILE as well" in err


def test_round_trip_on_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """invite -> plan -> one draft per interviewer -> .eml -> check --invite on each, each
    on time in that interviewer's own window and ready to send."""
    topics = {
        "Priya Raman": "the churn model",
        "Marco Bianchi": "the pricing experiments",
        "Wei Zhang": "the Singapore data platform",
    }
    for name, office in OFFICES.items():
        status, out, _ = run(capsys, "window", "--invite", PANEL, *office, "--json")
        assert status == 0
        recommended = json.loads(out)["recommended"]
        path = tmp_path / f"{name.split()[0]}.eml"
        status, _, _ = run(
            capsys, "draft", "thank_you", *ALEX, "--invite", PANEL, *ME, "--recipient", name,
            "--topic", topics[name], "--eml", str(path), "--send-at", recommended,
        )  # fmt: skip
        assert status == 0
        status, out, err = run(capsys, "check", str(path), "--invite", PANEL, *ME, *office)
        assert (status, err) == (0, ""), out
        assert ": info sent-on-time Sent " in out
        assert out.endswith(": ready to send.\n")
