"""Issue 12, items 1-8, run as a new user runs them: through the real ``followup-timing``.

Every case of the issue is run through the installed console script in a subprocess, with
``--now`` pinning the clock, and checked for the new behaviour: a correct answer, a clear
question or a clear error.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

SCRIPT = shutil.which("followup-timing", path=str(Path(sys.executable).parent))
NOW = ["--now", "2026-11-26 12:00 -05:00"]


def cli(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``followup-timing`` script, as a user's shell would."""
    assert SCRIPT is not None, "the followup-timing console script is not installed"
    return subprocess.run(
        [SCRIPT, *argv], capture_output=True, text=True, input=stdin, timeout=120, check=False
    )


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


# --- 1. No --country: the country is inferred from the zone -------------------------------


def test_item1_christmas_in_london_applies_gb_holidays_and_says_so() -> None:
    """window "2026-12-24 14:00" --tz Europe/London no longer opens on Christmas Day."""
    result = cli("window", "2026-12-24 14:00", "--tz", "Europe/London", *NOW)
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0] == (
        "Holidays: GB, inferred from Europe/London (which GG, IM and JE also use); "
        "pass --country to choose, --no-holidays to ignore holidays"
    )
    opens = next(line for line in lines(result.stdout) if line.startswith("opens"))
    assert "Fri 25 Dec" not in opens
    assert "Sat 26 Dec" not in opens
    assert "Mon 28 Dec" not in opens  # Boxing Day (observed)
    assert "Tue 29 Dec 2026" in opens
    assert "Christmas Day, a public holiday in GB" in result.stdout


def test_item1_no_holidays_restores_the_holiday_free_calendar() -> None:
    """--no-holidays says so, and the window opens on Christmas Day as before."""
    result = cli("window", "2026-12-24 14:00", "--tz", "Europe/London", "--no-holidays", *NOW)
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0] == "Holidays: none (--no-holidays)"
    opens = next(line for line in lines(result.stdout) if line.startswith("opens"))
    assert "Fri 25 Dec 2026" in opens
    assert "No public holidays applied" in result.stdout


def test_item1_shared_zone_picks_zone_tab_s_country_and_says_so() -> None:
    """Asia/Riyadh serves KW and YE too: SA is chosen, the others named."""
    result = cli("window", "2026-11-25 10:00", "--tz", "Asia/Riyadh", *NOW)
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0].startswith(
        "Holidays: SA, inferred from Asia/Riyadh (which KW and YE also use)"
    )


def test_item1_plan_states_the_country_too() -> None:
    """plan infers and states the country like window."""
    result = cli("plan", "2026-12-24 14:00", "--tz", "Europe/London", *NOW)
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0].startswith("Holidays: GB, inferred from Europe/London")


def test_item1_offset_only_names_no_country() -> None:
    """An offset in WHEN and no zone: no holidays, and the output says why."""
    result = cli("window", "2026-11-25T15:00-05:00", *NOW)
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0] == (
        "Holidays: none: UTC-05:00 names no country; pass --country to apply its public holidays"
    )


# --- 2. Zone and country disagree ----------------------------------------------------------


def test_item2_tokyo_zone_with_us_country_warns_on_one_line() -> None:
    """The user forgot --recipient-tz: a one-line warning names the US zones and the option."""
    result = cli("window", "2026-11-25 10:00", "--tz", "Asia/Tokyo", "--country", "US", *NOW)
    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [
        "followup-timing window: warning: the recipient's zone Asia/Tokyo is not one of the "
        "zones of US (America/New_York, America/Chicago, America/Denver, America/Phoenix and "
        "25 more), whose holidays apply; if the recipient works there, add --recipient-tz "
        "with their zone, e.g. --recipient-tz America/New_York"
    ]


def test_item2_no_warning_with_the_recipient_zone() -> None:
    """With --recipient-tz in the country, nothing is questioned."""
    result = cli(
        "window", "2026-11-25 10:00", "--tz", "Asia/Tokyo", "--recipient-tz",
        "America/New_York", "--country", "US", *NOW,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


# --- 3. Legacy abbreviations -------------------------------------------------------------


def test_item3_est_in_july_warns_it_ignores_daylight_saving() -> None:
    """--tz EST is a fixed UTC-05:00: the warning says so and suggests New York."""
    result = cli("window", "2026-07-01 15:00", "--tz", "EST", *NOW)
    assert result.returncode == 0
    assert (
        "followup-timing window: warning: EST is a fixed offset (UTC-05:00 all year): it "
        "ignores daylight saving time; give the IANA zone of the place instead, e.g. "
        "America/New_York"
    ) in result.stderr


@pytest.mark.parametrize(
    ("zone", "suggested"),
    [("PST", "America/Los_Angeles"), ("IST", "Asia/Kolkata"), ("AEST", "Australia/Sydney")],
)
def test_item3_unknown_abbreviation_suggests_the_usual_zones(zone: str, suggested: str) -> None:
    """--tz PST suggests America/Los_Angeles; --tz IST suggests Asia/Kolkata."""
    result = cli("window", "2026-07-01 15:00", "--tz", zone, *NOW)
    assert result.returncode == 2
    assert f"Did you mean '{suggested}'" in result.stderr
    assert "'MST'" not in result.stderr


def test_item3_abbreviation_in_the_text_is_named_not_called_zoneless() -> None:
    """'2026-07-01 15:00 EST' gets no 'carries no time zone': EST itself is the problem."""
    result = cli("window", "2026-07-01 15:00 EST", *NOW)
    assert result.returncode == 2
    assert "carries no time zone" not in result.stderr
    assert result.stderr.strip() == (
        "followup-timing window: error: '2026-07-01 15:00 EST': EST is an abbreviation, not a "
        "time zone (around then: America/New_York, America/Jamaica): drop it and add --tz "
        "ZONE (e.g. --tz America/New_York), or write the UTC offset instead"
    )


# --- 4. Ambiguous numeric dates -----------------------------------------------------------


def test_item4_03_04_is_refused_with_both_readings() -> None:
    """'03/04/2026 15:00' is asked about, with both readings and the options."""
    result = cli("window", "03/04/2026 15:00", "--tz", "Europe/London", *NOW)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "followup-timing window: error: '03/04/2026 15:00': the date is ambiguous: "
        "Fri 3 Apr 2026 (day first) or Wed 4 Mar 2026 (month first); add --day-first or "
        "--month-first, or write it year first (2026-04-03 or 2026-03-04)"
    )


@pytest.mark.parametrize(("option", "day"), [("--day-first", "3 Apr"), ("--month-first", "4 Mar")])
def test_item4_the_order_options_decide(option: str, day: str) -> None:
    """--day-first reads 3 April, --month-first 4 March."""
    result = cli("window", "03/04/2026 15:00", "--tz", "Europe/London", option, *NOW)
    assert result.returncode == 0, result.stderr
    assert f"The interview ended {'Fri' if day == '3 Apr' else 'Wed'} {day} 2026" in result.stdout


def test_item4_plan_decision_is_asked_about_too() -> None:
    """plan --decision 12/04/2026 is ambiguous as well."""
    result = cli(
        "plan", "2026-03-30 15:00", "--tz", "Europe/London", "--decision", "12/04/2026", *NOW
    )
    assert result.returncode == 2
    assert "'--decision 12/04/2026': the date is ambiguous" in result.stderr
    day_first = cli(
        "plan", "2026-03-30 15:00", "--tz", "Europe/London", "--decision", "12/04/2026",
        "--day-first", *NOW,
    )  # fmt: skip
    assert day_first.returncode == 0, day_first.stderr
    assert "Sun 12 Apr 2026" in day_first.stdout


def test_item4_iso_and_month_names_are_never_ambiguous() -> None:
    """ISO dates and month names need no option."""
    for when in ("2026-03-04 15:00", "4 Mar 2026 15:00", "Mar 4 2026 15:00"):
        result = cli("window", when, "--tz", "Europe/London", *NOW)
        assert result.returncode == 0, result.stderr
        assert "The interview ended Wed 4 Mar 2026 at 15:00" in result.stdout


# --- 5. Date without a time ---------------------------------------------------------------


def test_item5_date_without_time_is_refused() -> None:
    """window "2026-11-25" no longer means midnight."""
    result = cli("window", "2026-11-25", "--tz", "America/New_York", *NOW)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "followup-timing window: error: '2026-11-25' names a day but no time: add the time "
        "(e.g. '2026-11-25 15:00'), or --date-only to read it as 23:59, the latest it can "
        "have ended"
    )


def test_item5_date_only_on_request() -> None:
    """--date-only reads the day as ending at 23:59 and says so."""
    result = cli("window", "2026-11-25", "--tz", "America/New_York", "--date-only", *NOW)
    assert result.returncode == 0, result.stderr
    assert "The interview ended Wed 25 Nov 2026 at 23:59" in result.stdout


# --- 6. The sense of now --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-11-25 16:00", "now          opens in 1 day 23 hours"),
        ("2026-11-30 10:00", "now          open now: send before Mon 30 Nov 2026 15:00 EST"),
        (
            "2026-12-03 12:00",
            "now          closed 2 days 21 hours ago: send as soon as you can, and say why you "
            "are late",
        ),
    ],
)
def test_item6_window_states_where_now_stands(now: str, expected: str) -> None:
    """Before, inside and after the window, pinned with --now."""
    result = cli(
        "window", "2026-11-25 15:00", "--tz", "America/New_York", "--now", now,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert expected in lines(result.stdout)


def test_item6_plan_states_now_for_every_step() -> None:
    """Each step of a plan has its own now-line."""
    result = cli("plan", "2026-11-23 15:00", "--tz", "America/New_York", *NOW)
    assert result.returncode == 0, result.stderr
    now_lines = [line for line in lines(result.stdout) if line.startswith("now ")]
    assert len(now_lines) == 3
    assert now_lines[0].startswith("now          closed")


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2062-11-25 15:00", "the interview ends on Sat 25 Nov 2062, 36 years from now"),
        ("2024-11-25 15:00", "the interview ended on Mon 25 Nov 2024, 2 years ago"),
    ],
)
def test_item6_a_year_away_warns(when: str, expected: str) -> None:
    """2062 (a typo) or two years ago: computed, but questioned."""
    result = cli("window", when, "--tz", "America/New_York", *NOW)
    assert result.returncode == 0, result.stderr
    assert f"followup-timing window: warning: {expected}: check the year" in result.stderr


def test_item6_decision_before_the_interview_is_an_error() -> None:
    """plan --decision before the interview ended makes no sense."""
    result = cli(
        "plan", "2026-11-25 15:00", "--tz", "America/New_York", "--decision", "2026-11-20", *NOW
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "followup-timing plan: error: --decision 2026-11-20 is before the interview ended "
        "(Wed 25 Nov 2026 at 15:00): check both dates"
    )


def test_item6_default_now_is_the_clock() -> None:
    """Without --now the line is still there (its text depends on the clock)."""
    result = cli("window", "2026-11-25 15:00", "--tz", "America/New_York")
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("now ") for line in lines(result.stdout))


# --- 7. Calendar options --------------------------------------------------------------------


def test_item7_carnival_is_off_with_the_optional_category() -> None:
    """Brazil's Carnival is 'optional' in holidays: --holiday-category optional skips it."""
    base = ["window", "2026-02-13 16:00", "--tz", "America/Sao_Paulo", "--country", "BR"]
    base += ["--subdivision", "SP", *NOW]
    without = cli(*base)
    assert without.returncode == 0, without.stderr
    recommended = next(line for line in lines(without.stdout) if line.startswith("recommended"))
    assert "Tue 17 Feb 2026" in recommended
    with_category = cli(*base, "--holiday-category", "optional")
    assert with_category.returncode == 0, with_category.stderr
    recommended = next(
        line for line in lines(with_category.stdout) if line.startswith("recommended")
    )
    assert "Feb 2026" in recommended
    assert "Mon 16 Feb" not in recommended
    assert "Tue 17 Feb" not in recommended
    assert "Carnival" in with_category.stdout


def test_item7_special_hours_and_extra_workday() -> None:
    """--special-hours closes or shortens a date; --extra-workday opens a Saturday."""
    base = ["window", "2026-11-19 15:00", "--tz", "America/Chicago", "--no-holidays", *NOW]
    plain = cli(*base)
    closed = cli(*base, "--special-hours", "2026-11-20=closed")
    assert "Fri 20 Nov 2026 is closed by special_hours" in closed.stdout
    assert plain.stdout != closed.stdout
    saturday = cli(*base, "--special-hours", "2026-11-20=closed", "--extra-workday", "2026-11-21")
    assert saturday.returncode == 0, saturday.stderr
    assert "Sat 21 Nov 2026 is an extra working day" in saturday.stdout


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--special-hours", "2026-12-24", "use DATE=HH:MM-HH:MM or DATE=closed"),
        ("--special-hours", "2026-12-24=17:00-09:00", "opening must be before closing"),
        ("--extra-workday", "24/12/2026", "use YYYY-MM-DD"),
        ("--holiday-category", "nonsense", "Categories it has"),
    ],
)
def test_item7_bad_calendar_options_are_one_line_errors(
    option: str, value: str, message: str
) -> None:
    """A malformed value is refused on one line with exit 2, naming the option."""
    result = cli("window", "2026-11-25 15:00", "--tz", "America/New_York", option, value, *NOW)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert option in result.stderr


# --- 8. Consistency -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["window", "2026-11-25 15:00", "--tz", "America/New_York", "--json"],
        ["plan", "2026-11-25 15:00", "--tz", "America/New_York", "--json"],
        ["draft", "thank_you", "--name", "Alex Kim", "--company", "Acme", "--role", "Analyst",
         "--interviewer", "Ana", "--highlight", "five years of SQL", "--json"],
        ["check", "-", "--json"],
    ],
)  # fmt: skip
def test_item8_json_on_every_command(argv: list[str]) -> None:
    """--json prints one JSON document on every command (check as well as --format json)."""
    result = cli(*argv, stdin="Thank you for the interview.\n")
    assert result.returncode in (0, 1), result.stderr
    assert isinstance(json.loads(result.stdout), dict)


def test_item8_draft_usage_shows_highlight_as_required() -> None:
    """The usage line of draft shows --highlight without brackets: it is required."""
    result = cli("draft", "--help")
    usage = result.stdout.split("\n\n")[0]
    assert "--highlight H" in usage
    assert "[--highlight H]" not in usage


def test_item8_errors_name_options_as_typed() -> None:
    """--check-ins 9 is named --check-ins, not check_ins."""
    result = cli("plan", "2026-11-25 15:00", "--tz", "America/New_York", "--check-ins", "9")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "followup-timing plan: error: --check-ins must be a whole number from 0 to 5"
    )
    assert "check_ins" not in result.stderr


def test_item8_draft_errors_have_no_internal_names() -> None:
    """A draft error names --company, never context.company=."""
    result = cli(
        "draft", "thank_you", "--name", "Alex Kim", "--company", "[Company]", "--role",
        "Analyst", "--interviewer", "Ana", "--highlight", "SQL",
    )  # fmt: skip
    assert result.returncode == 2
    assert "context." not in result.stderr
    assert "--company" in result.stderr


def test_item8_broken_pipe_exits_quietly() -> None:
    """Output cut short by a closed pipe (| head) exits 0 or 141 with nothing on stderr."""
    script = (
        f"{SCRIPT} plan '2026-11-25 15:00' --tz America/New_York --country US "
        f"--now '2026-11-26 12:00 -05:00' | head -c 1 > /dev/null; "
        f"echo ${{PIPESTATUS[0]}}"
    )
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout.strip() in {"0", "141"}
    assert "Traceback" not in result.stderr


def test_item8_company_role_interviewer_go_into_the_ics(tmp_path: Path) -> None:
    """window/plan take --company/--role/--interviewer, and the events say which application."""
    path = tmp_path / "plan.ics"
    result = cli(
        "plan", "2026-11-25 15:00", "--tz", "America/New_York", "--company", "Acme",
        "--role", "Data Analyst", "--interviewer", "Dana Reyes", "--ics", str(path), *NOW,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries == [
        "Send the thank-you email (Data Analyst at Acme)",
        "Send a check-in email (Data Analyst at Acme)",
        "Send the final check-in email (Data Analyst at Acme)",
    ]


def test_item8_brief_prints_three_times_and_now() -> None:
    """--brief: only opens, recommended, closes and the now-line."""
    result = cli("window", "2026-11-25 15:00", "--tz", "America/New_York", "--brief", *NOW)
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in lines(result.stdout)] == [
        "opens",
        "recommended",
        "closes",
        "now",
    ]


# --- README and docs show the inferred-country line -----------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_quick_start() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def _shown_lines(block: str) -> list[str]:
    """The lines a README output block promises, '...' placeholders left out."""
    return [line for line in block.splitlines() if line and not line.endswith("...")]


def test_readme_quick_start_first_command_prints_what_the_readme_shows() -> None:
    """The Quick start's first command works as written and starts as the README shows."""
    quick = _readme_quick_start()
    command = quick.split("```bash\n", 1)[1].splitlines()[0].split(" && ", 1)[1]
    assert command.startswith("followup-timing window ")
    result = cli(*shlex.split(command)[1:])
    assert result.returncode == 0, result.stderr
    shown = quick.split("```text\n", 1)[1].split("```", 1)[0]
    assert result.stdout.splitlines()[: len(_shown_lines(shown))] == _shown_lines(shown)
    assert result.stdout.splitlines()[len(_shown_lines(shown))].startswith("  now          ")


def test_readme_shows_the_inferred_country_line() -> None:
    """The README's example without --country prints the inferred-country line it shows."""
    quick = _readme_quick_start()
    block = quick.split("```console\n", 1)[1].split("```", 1)[0]
    command, *output = block.splitlines()
    result = cli(*shlex.split(command.removeprefix("$ "))[1:])
    assert result.returncode == 0, result.stderr
    assert output[0].startswith("Holidays: GB, inferred from Europe/London")
    promised = [line for line in output if not line.endswith("...")]
    assert result.stdout.splitlines()[: len(promised)] == promised


class _ClosedPipe:
    """A stdout whose reader has gone away: every write raises BrokenPipeError."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_item8_broken_pipe_is_141_not_1(monkeypatch: pytest.MonkeyPatch) -> None:
    """The broken-pipe path itself: 141 (SIGPIPE's status), never 1 ('the draft has errors')."""
    from followup_timing._cli import main

    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    status = main(["window", "2026-11-25 15:00", "--tz", "America/New_York", *NOW])
    assert status == 141


def test_item8_policy_errors_name_the_option_not_the_field() -> None:
    """--min 400d is refused as '--min 400 days ...', never 'min_delay'."""
    result = cli("window", "2026-11-25 15:00", "--tz", "America/New_York", "--min", "400d",
                 "--max", "500d")  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "followup-timing window: error: --min 400 days is longer than 366 days; a follow-up "
        "that late is not a follow-up\n"
    )


def test_item7_holiday_category_without_a_country_is_refused() -> None:
    """UTC names no country: a category cannot apply, and silence would hide that."""
    result = cli("window", "2026-11-25 15:00", "--tz", "UTC", "--holiday-category", "optional")
    assert result.returncode == 2
    assert "--holiday-category needs a country whose holidays apply" in result.stderr
