"""The command line: `followup-timing window` and `check`, their output, exit codes and errors."""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

import followup_timing as ft
from followup_timing._cli import main
from followup_timing._cli._check import looks_like_message
from followup_timing._cli._types import parse_closure, parse_duration, parse_hours, parse_weekend

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NY = ZoneInfo("America/New_York")
THANKSGIVING = ["window", "2026-11-25 15:00", "--tz", "America/New_York", "--country", "US"]
THANKSGIVING += ["--subdivision", "NY"]

GOOD_DRAFT = """\
Hi Dana,

Thank you for taking the time to meet with me on Wednesday. I enjoyed learning how the
analytics team supports pricing, and our conversation made me even more excited about
the Data Analyst role at Acme.

In my current position I rebuilt our sales dashboards in SQL and Looker, which cut the
monthly reporting time from three days to one afternoon; I would love to bring that
experience to your team.

Could you share the timeline for next steps? I am happy to send any work samples.

Best regards,
Jordan Lee
"""

FINDING_LINE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (error|warning|info) [a-z-]+ .+$"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, expected: str) -> None:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err == expected + "\n"


# --- window: output --------------------------------------------------------------------------


def test_window_text_thanksgiving(capsys: pytest.CaptureFixture[str]) -> None:
    """Text output gives the window in the recipient's zone, then the explanation."""
    status, out, err = run(capsys, *THANKSGIVING, "--now", "2026-11-26 12:00 -05:00")
    assert (status, err) == (0, "")
    assert out.startswith(
        "Holidays: US-NY\n"
        "Send window (America/New_York):\n"
        "  opens        Fri 27 Nov 2026 15:00 EST (UTC-05:00)\n"
        "  recommended  Mon 30 Nov 2026 09:00 EST (UTC-05:00)\n"
        "  closes       Mon 30 Nov 2026 15:00 EST (UTC-05:00)\n"
        "  now          opens in 1 day 3 hours\n"
        "\n"
        "Why:\n"
        "  The interview ended Wed 25 Nov 2026 at 15:00 (America/New_York).\n"
    )
    assert "  Thu 26 Nov 2026 is Thanksgiving Day, a public holiday in US-NY" in out
    assert "your time" not in out


def test_window_text_shows_your_zone_when_it_differs(capsys: pytest.CaptureFixture[str]) -> None:
    """A candidate in Los Angeles sees the Auckland window in both zones."""
    status, out, _ = run(
        capsys,
        "window",
        "2026-03-10 14:00",
        "--tz",
        "America/Los_Angeles",
        "--recipient-tz",
        "Pacific/Auckland",
        "--country",
        "NZ",
        "--now",
        "2026-03-11 09:00",
    )
    assert status == 0
    assert out.startswith(
        "Holidays: NZ\n"
        "Send window in the recipient's time (Pacific/Auckland):\n"
        "  opens        Thu 12 Mar 2026 10:00 NZDT (UTC+13:00)\n"
        "  recommended  Thu 12 Mar 2026 10:00 NZDT (UTC+13:00)\n"
        "  closes       Fri 13 Mar 2026 10:00 NZDT (UTC+13:00)\n"
        "The same window in your time (America/Los_Angeles):\n"
        "  opens        Wed 11 Mar 2026 14:00 PDT (UTC-07:00)\n"
        "  recommended  Wed 11 Mar 2026 14:00 PDT (UTC-07:00)\n"
        "  closes       Thu 12 Mar 2026 14:00 PDT (UTC-07:00)\n"
        "  now          opens in 5 hours\n"
        "\nWhy:\n"
    )


def test_window_offset_in_when_needs_no_tz(capsys: pytest.CaptureFixture[str]) -> None:
    """An offset in WHEN is enough; the fixed offset is shown as such."""
    status, out, _ = run(capsys, "window", "2026-11-23T15:00-05:00")
    assert status == 0
    assert out.startswith(
        "Holidays: none: UTC-05:00 names no country; pass --country to apply its public "
        "holidays\n"
        "Send window (UTC-05:00):\n  opens        Tue 24 Nov 2026 15:00 UTC-05:00\n"
    )


def test_window_json_is_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints exactly SendWindow.to_dict()."""
    status, out, err = run(capsys, *THANKSGIVING, "--json")
    calendar = ft.BusinessCalendar(timezone=NY, country="US", subdivision="NY")
    expected = ft.send_window(
        ft.Interview(datetime(2026, 11, 25, 15, tzinfo=NY)), calendar=calendar
    ).to_dict()
    assert (status, err) == (0, "")
    assert json.loads(out) == expected
    assert json.loads(out)["recommended"] == "2026-11-30T09:00:00-05:00"


def window_via_api(**calendar: object) -> ft.SendWindow:
    # Without --country the command line uses the country of --tz, as country="auto" does.
    calendar.setdefault("country", "auto")
    return ft.send_window(
        ft.Interview(datetime(2026, 12, 17, 16, tzinfo=ZoneInfo("Europe/London"))),
        calendar=ft.BusinessCalendar(timezone="Europe/London", **calendar),  # type: ignore[arg-type]
    )


def json_window(capsys: pytest.CaptureFixture[str], *options: str) -> dict[str, object]:
    status, out, err = run(
        capsys, "window", "2026-12-17 16:00", "--tz", "Europe/London", "--json", *options
    )
    assert (status, err) == (0, ""), err
    result: dict[str, object] = json.loads(out)
    return result


def test_weekend_names_and_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    """--weekend fri,sat and --weekend 4,5 both mean a Friday-Saturday weekend."""
    expected = window_via_api(weekend={4, 5}).to_dict()
    assert json_window(capsys, "--weekend", "fri,sat") == expected
    assert json_window(capsys, "--weekend", "4,5") == expected
    assert json_window(capsys, "--weekend", "Friday, Saturday") == expected


def test_hours_with_a_short_friday(capsys: pytest.CaptureFixture[str]) -> None:
    """--hours sets every day's hours; a weekday prefix overrides some days."""
    long_day = (time(9), time(17, 30))
    hours = dict.fromkeys(range(7), long_day) | {4: (time(9), time(13))}
    expected = window_via_api(hours=hours).to_dict()
    assert json_window(capsys, "--hours", "09:00-17:30", "--hours", "fri=09:00-13:00") == expected
    assert json_window(capsys, "--hours", "fri=09:00-13:00", "--hours", "09:00-17:30") == expected


def test_closures_single_and_range(capsys: pytest.CaptureFixture[str]) -> None:
    """--closure is repeatable and takes inclusive FIRST..LAST ranges."""
    closures = {date(2026, 12, 18), date(2026, 12, 21), date(2026, 12, 22), date(2026, 12, 23)}
    expected = window_via_api(closures=closures, country="GB").to_dict()
    result = json_window(
        capsys, "--country", "GB", "--closure", "2026-12-18", "--closure", "2026-12-21..2026-12-23"
    )
    assert result == expected
    # Thursday's last 8 hours count, then the clock waits until Thu 24 Dec reaches 24 hours.
    assert result["opens"] == "2026-12-24T16:00:00+00:00"


def test_delays_and_counting(capsys: pytest.CaptureFixture[str]) -> None:
    """--min, --max and --counting become the TimingPolicy."""
    policy = ft.TimingPolicy(
        min_delay=timedelta(hours=1, minutes=30), max_delay=timedelta(days=2), counting="calendar"
    )
    expected = ft.send_window(
        ft.Interview(datetime(2026, 12, 17, 16, tzinfo=ZoneInfo("Europe/London"))),
        calendar=ft.BusinessCalendar(timezone="Europe/London", country="auto"),
        policy=policy,
    ).to_dict()
    assert json_window(capsys, "--min", "1h30m", "--max", "2d", "--counting", "calendar") == (
        expected
    )


def test_ics_option_writes_the_event(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--ics FILE writes a calendar whose event starts at the recommended time."""
    path = tmp_path / "followup.ics"
    status, out, err = run(capsys, *THANKSGIVING, "--ics", str(path))
    assert (status, err) == (0, "")
    assert out.endswith(f"Calendar written to {path}\n")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert isinstance(calendar, icalendar.Calendar)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2026, 11, 30, 9, tzinfo=NY)
    assert event.decoded("dtend") == datetime(2026, 11, 30, 15, tzinfo=NY)


def test_ics_with_json_keeps_stdout_pure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With --json, the note about the file goes to stderr so stdout stays valid JSON."""
    path = tmp_path / "followup.ics"
    status, out, err = run(capsys, *THANKSGIVING, "--json", "--ics", str(path))
    assert status == 0
    assert json.loads(out)["closes"] == "2026-11-30T15:00:00-05:00"
    assert err == f"Calendar written to {path}\n"
    assert path.exists()


# --- window: errors --------------------------------------------------------------------------

PROG = "followup-timing window"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--tz", "America/New_Yrok"],
            "--tz: unknown time zone 'America/New_Yrok'. Did you mean 'America/New_York', "
            "'America/Nuuk', 'America/Nome'?",
        ),
        (
            ["--tz", "UTC", "--recipient-tz", "Mars/Olympus"],
            "--recipient-tz: unknown time zone 'Mars/Olympus'. Use an IANA name such as "
            "'Europe/Berlin' (zoneinfo.available_timezones()).",
        ),
        (
            ["--tz", "UTC", "--country", "XX"],
            "unknown country code 'XX': the holidays package has no calendar for it. Close "
            "codes: XK, SX, MX, CX, AX. Use an ISO 3166-1 alpha-2 code such as 'US' or 'DE'.",
        ),
        (
            [],
            "'2026-11-25 15:00' carries no time zone: add --tz ZONE (an IANA name such as "
            "America/New_York) or write the UTC offset in it, e.g. '2026-11-25 15:00 -05:00'",
        ),
        (
            ["--tz", "UTC", "--min", "72h"],
            "--min 3 days is longer than --max 2 days; the window must open before it closes",
        ),
        (
            ["--tz", "UTC", "--ics", "/nonexistent/dir/x.ics"],
            "--ics: cannot write '/nonexistent/dir/x.ics': No such file or directory",
        ),
    ],
)
def test_window_input_errors(
    capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    """Bad zones, countries, dates, policies and paths: one line on stderr, exit 2."""
    status, out, err = run(capsys, "window", "2026-11-25 15:00", *options)
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{PROG}: error: {message}")


def test_unknown_subdivision_lists_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown state names the valid ones, still on one line."""
    status, _, err = run(capsys, "window", "2026-11-25 15:00", "--tz", "UTC", "--country", "US",
                         "--subdivision", "ZZ")  # fmt: skip
    assert status == 2
    assert err.startswith(
        f"{PROG}: error: unknown subdivision 'ZZ' for country 'US'. Valid subdivisions: AK, AL,"
    )
    assert err.count("\n") == 1


def test_unparseable_date(capsys: pytest.CaptureFixture[str]) -> None:
    """A WHEN that is no date says so, naming the text."""
    status, _, err = run(capsys, "window", "next blursday", "--tz", "UTC")
    assert status == 2
    assert_one_line_error(
        err,
        f"{PROG}: error: cannot read 'next blursday' as a date and time: "
        f"Unknown string format: next blursday",
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--min", "24"],
            "argument --min: cannot read '24' as a duration: use numbers with units, largest "
            "first, such as 24h, 90m, 2d, 1h30m or '1 day 6 hours'",
        ),
        (
            ["--weekend", "fri,funday"],
            "argument --weekend: unknown weekday 'funday': use mon, tue, wed, thu, fri, sat, "
            "sun or 0 (Monday) to 6 (Sunday)",
        ),
        (["--hours", "17:00-09:00"], "argument --hours: hours '17:00-09:00': opening must be "
                                     "before closing on the same day"),
        (["--closure", "24/12/2026"], "argument --closure: cannot read '24/12/2026' as a date: "
                                      "use YYYY-MM-DD"),
        (["--counting", "hours"], "argument --counting: invalid choice: 'hours' (choose from "
                                  "'business_days', 'calendar')"),
    ],
)  # fmt: skip
def test_window_usage_errors(
    capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    """Malformed options: one line on stderr pointing to --help, exit 2."""
    status, out, err = run(capsys, "window", "2026-11-25 15:00", "--tz", "UTC", *options)
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{PROG}: error: {message} (see '{PROG} --help')")


def test_missing_icalendar_for_ics(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--ics without the extra installed says which pip command to run, and exits 2."""
    monkeypatch.setitem(sys.modules, "icalendar", None)
    status, out, err = run(capsys, *THANKSGIVING, "--ics", str(tmp_path / "x.ics"))
    assert (status, out) == (2, "")
    assert_one_line_error(
        err,
        f"{PROG}: error: Calendar export (SendWindow.to_ics) needs the 'icalendar' package, "
        f"which is not installed. Install it with: pip install followup-timing[ics]",
    )
    assert not (tmp_path / "x.ics").exists()


# --- argument parsers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", timedelta(hours=24)),
        ("90m", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        (" 1D 12H ", timedelta(days=1, hours=12)),
        ("1w", timedelta(weeks=1)),
        ("0h", timedelta(0)),
        ("1 hour", timedelta(hours=1)),
        ("1 day 6 hours", timedelta(days=1, hours=6)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    """Durations are the library's: units d, h, m (and w, s) largest first, or in words."""
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["24", "h", "30m1h", "", "-1h", "1.5h", "1 hour ago"])
def test_parse_duration_refuses(text: str) -> None:
    """Anything else is refused, with the accepted forms in the message."""
    with pytest.raises(argparse.ArgumentTypeError, match=r"use numbers with units"):
        parse_duration(text)


def test_parse_weekend() -> None:
    """Weekday names, abbreviations and numbers; 'none' for no weekend."""
    assert parse_weekend("fri,sat") == {4, 5}
    assert parse_weekend("4,5") == {4, 5}
    assert parse_weekend("Sun") == {6}
    assert parse_weekend("none") == frozenset()
    with pytest.raises(argparse.ArgumentTypeError, match=r"^unknown weekday 's': use mon"):
        parse_weekend("s")
    with pytest.raises(argparse.ArgumentTypeError, match=r"^unknown weekday '7'"):
        parse_weekend("7")


def test_parse_hours() -> None:
    """OPEN-CLOSE for every day, or DAYS=OPEN-CLOSE / DAYS=closed for some."""
    assert parse_hours("09:00-17:00") == (None, (time(9), time(17)))
    assert parse_hours("8-16:30") == (None, (time(8), time(16, 30)))
    assert parse_hours("mon-thu=08:00-18:00") == ((0, 1, 2, 3), (time(8), time(18)))
    assert parse_hours("sat,sun=closed") == ((5, 6), None)
    with pytest.raises(argparse.ArgumentTypeError, match=r"^'closed' needs weekdays"):
        parse_hours("closed")
    with pytest.raises(argparse.ArgumentTypeError, match=r"as a clock time \(HH:MM\)"):
        parse_hours("09:00-24:00")
    with pytest.raises(argparse.ArgumentTypeError, match=r"runs backwards"):
        parse_hours("fri-mon=09:00-17:00")


def test_parse_closure() -> None:
    """One date, or an inclusive range of at most a year."""
    assert parse_closure("2026-12-24") == (date(2026, 12, 24),)
    assert parse_closure("2026-12-30..2027-01-01") == (
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),
    )
    with pytest.raises(argparse.ArgumentTypeError, match=r"ends before it starts"):
        parse_closure("2026-12-31..2026-12-01")
    with pytest.raises(argparse.ArgumentTypeError, match=r"longer than a year"):
        parse_closure("2026-01-01..2027-06-01")


# --- help and version ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["window"], ["check"]])
def test_help_has_an_example(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    """--help on every command exits 0 and shows a worked example."""
    status, out, _ = run(capsys, *command, "--help")
    assert status == 0
    assert "\nexamples:\n" in out
    assert re.search(r"^  followup-timing " + (command or ["window"])[0] + " ", out, re.M)
    assert out.startswith("usage: followup-timing")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    status, out, _ = run(capsys, "--version")
    assert (status, out) == (0, f"followup-timing {ft.__version__}\n")


def test_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    """No command is a usage error on one line."""
    status, _, err = run(capsys)
    assert status == 2
    assert_one_line_error(
        err,
        "followup-timing: error: the following arguments are required: COMMAND "
        "(see 'followup-timing --help')",
    )


# --- check -----------------------------------------------------------------------------------


def test_check_good_plain_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A complete draft exits 0 with every part present and the words that carry it."""
    path = tmp_path / "draft.txt"
    path.write_text(GOOD_DRAFT, encoding="utf-8")
    status, out, err = run(capsys, "check", str(path), "--subject", "Thank you - Data Analyst")
    assert (status, err) == (0, ""), out
    assert 'gratitude       present  3:1 "Thank you for taking the time to meet with me' in out
    assert 'call_to_action  present  11:1 "Could you share the timeline for next steps?"' in out
    assert out.endswith(
        f"{path}: 4 of 4 parts present; 0 errors, 0 warnings, 0 infos: ready to send.\n"
    )


def test_check_example_message(capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped .eml: findings point at lines of the file itself, and exit 1 for errors."""
    path = str(EXAMPLES / "followup_draft.eml")
    status, out, err = run(capsys, "check", path)
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert (
        f"{path}:1:1: error missing-call-to-action No question about next steps, offer of more "
        f"information or invitation to ask." in lines
    )
    assert f"{path}:18:1: error unfilled-placeholder Unfilled placeholder '[Company Name]'." in (
        lines
    )
    assert "call_to_action  missing" in lines
    assert 'qualifications  present  18:17 "In my current position I rebuilt our sales' in out
    assert lines[-1] == f"{path}: 3 of 4 parts present; 2 errors, 0 warnings, 0 infos: not ready."
    for line in lines:
        if ": error " in line or ": warning " in line or ": info " in line:
            assert FINDING_LINE.match(line), line


def test_check_message_with_crlf_keeps_file_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """CRLF line endings (as mail clients save) do not shift the reported lines."""
    data = (EXAMPLES / "followup_draft.eml").read_bytes().replace(b"\n", b"\r\n")
    path = tmp_path / "draft.msg"
    path.write_bytes(data)
    status, out, _ = run(capsys, "check", str(path))
    assert status == 1
    assert f"{path}:18:1: error unfilled-placeholder" in out


def test_check_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-' reads standard input and names it <stdin>."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD_DRAFT.encode())))
    status, out, _ = run(capsys, "check", "-", "--subject", "Thank you")
    assert status == 0
    assert out.endswith(
        "<stdin>: 4 of 4 parts present; 0 errors, 0 warnings, 0 infos: ready to send.\n"
    )


def test_check_json_is_the_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--format json prints EmailReport.to_dict() of the same check."""
    path = tmp_path / "draft.txt"
    path.write_text(GOOD_DRAFT, encoding="utf-8")
    status, out, _ = run(capsys, "check", str(path), "--format", "json", "--company", "Acme")
    expected = ft.validate_email(GOOD_DRAFT, context=ft.EmailContext(company="Acme")).to_dict()
    assert status == 0
    assert json.loads(out) == expected


def test_check_subject_overrides_the_message(capsys: pytest.CaptureFixture[str]) -> None:
    """--subject replaces a message's own Subject header."""
    path = str(EXAMPLES / "followup_draft.eml")
    _, out, _ = run(capsys, "check", path, "--format", "json", "--subject", "Thank you, Dana")
    assert json.loads(out)["subject"] == "Thank you, Dana"
    _, out, _ = run(capsys, "check", path, "--format", "json")
    assert json.loads(out)["subject"] == "Re: Data Analyst interview - thank you"


def test_check_context_enables_personalisation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--company, --role and --interviewer feed the personalisation check."""
    path = tmp_path / "draft.txt"
    path.write_text(GOOD_DRAFT.replace("Acme", "the company").replace("Dana", "there"), "utf-8")
    _, out, _ = run(capsys, "check", str(path), "--company", "Globex", "--interviewer", "Ann Wu")
    assert " warning not-personalised " in out
    _, out, _ = run(capsys, "check", str(path))
    assert "not-personalised" not in out
    _, out, _ = run(capsys, "check", str(path), "--role", "Data Analyst")
    assert "not-personalised" not in out


def test_check_disable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--disable drops codes; it is repeatable and takes comma-separated lists."""
    path = tmp_path / "draft.txt"
    path.write_text("Hi Dana,\n\nThank you for the interview!!!\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", str(path))
    assert " warning too-short " in out
    assert " warning excessive-punctuation " in out
    _, out, _ = run(
        capsys, "check", str(path), "--disable", "too-short,excessive-punctuation",
        "--disable", "missing-sign-off",
    )  # fmt: skip
    assert "too-short" not in out
    assert "excessive-punctuation" not in out
    assert "missing-sign-off" not in out


def test_check_unknown_code(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An unknown --disable code is a usage error with the closest known code."""
    path = tmp_path / "draft.txt"
    path.write_text(GOOD_DRAFT, encoding="utf-8")
    status, out, err = run(capsys, "check", str(path), "--disable", "too-shrt")
    assert (status, out) == (2, "")
    assert_one_line_error(
        err,
        "followup-timing check: error: --disable: unknown finding code 'too-shrt'; "
        "did you mean 'too-short'?",
    )


@pytest.mark.parametrize(
    ("name", "reason"), [("missing.txt", "No such file or directory"), ("", "it is a directory")]
)
def test_check_unreadable_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, reason: str
) -> None:
    """A file that cannot be read: one line naming it, exit 2."""
    path = tmp_path / name if name else tmp_path
    status, out, err = run(capsys, "check", str(path))
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"followup-timing check: error: cannot read {str(path)!r}: {reason}")


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"From: a@example.com\nSubject: Thanks\n\nHi Dana,\n", "draft.txt", True),
        (b"Subject: Thanks\r\n\r\nHi Dana,\r\n", "-", True),
        (b"Subject: Thanks\n  for the chat\nTo: d@example.com\n\nHi\n", "draft", True),
        (b"anything at all", "draft.EML", True),
        (b"Hi Dana,\n\nThank you for the interview.\n", "draft.txt", False),
        (b"Re: our chat\n\nThank you for the interview.\n", "draft.txt", False),
        (b"Note: thanks\nSubject: x\n\nbody", "draft.txt", True),
        (b"Note: thanks\n\nThank you.\n", "draft.txt", False),
        (b"", "draft.txt", False),
    ],
)
def test_message_detection(data: bytes, name: str, expected: bool) -> None:
    """A .eml, or a header block with a real message header, is a message; a draft is not."""
    assert looks_like_message(data, name) is expected


# --- a real process --------------------------------------------------------------------------


def test_python_dash_m(tmp_path: Path) -> None:
    """`python -m followup_timing` runs the same command line and exits with its status."""
    result = subprocess.run(
        [sys.executable, "-m", "followup_timing", *THANKSGIVING],
        capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    assert "  recommended  Mon 30 Nov 2026 09:00 EST (UTC-05:00)\n" in result.stdout

    result = subprocess.run(
        [sys.executable, "-m", "followup_timing", "window", "2026-11-25 15:00", "--tz", "Nowhere"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "python -m followup_timing window: error: --tz: unknown time zone 'Nowhere'."
    )
    assert result.stderr.count("\n") == 1


def test_check_findings_in_text_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Findings print in the order of the text, like a linter's, whatever their codes."""
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Hi [Name],\n\nThank you for the interview for the role at Acme!!!\n\n"
        "I am excited about the role. I NEED THIS JOB ASAP.\n\nBest,\nSam\n"
    )
    status, out, _ = run(capsys, "check", str(draft))
    assert status == 1
    lines = [int(m["line"]) for m in map(FINDING_LINE.match, out.splitlines()) if m]
    assert len(lines) >= 3
    assert lines == sorted(lines)


def test_check_says_which_part_is_missing_when_its_error_is_disabled(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With the missing-part errors disabled, the verdict still names the missing part."""
    draft = tmp_path / "draft.txt"
    ask = "Could you share the timeline for next steps? I am happy to send any work samples.\n\n"
    draft.write_text(GOOD_DRAFT.replace(ask, ""))
    assert not ft.validate_email(draft.read_text()).moves["call_to_action"].present
    status, out, _ = run(
        capsys, "check", str(draft), "--disable", "missing-call-to-action", "--disable", "too-short"
    )
    assert status == 1
    assert "not ready (call_to_action missing)." in out


def test_policy_errors_name_the_option_from_the_field(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A policy error names the option from the error's ``what``, never from its message."""

    for what, option in (("max_delay", "--max"), ("TimingPolicy.min_delay", "--min")):

        def refuse(what: str = what, **options: object) -> ft.TimingPolicy:
            raise ft.PolicyError("too long for a follow-up", what=what, value=options)

        monkeypatch.setattr(ft, "TimingPolicy", refuse)
        status, out, err = run(
            capsys, "window", "2026-11-25 15:00", "--tz", "UTC", "--min", "1d", "--max", "3d"
        )
        assert (status, out) == (2, "")
        assert_one_line_error(err, f"{PROG}: error: {option}: too long for a follow-up")
