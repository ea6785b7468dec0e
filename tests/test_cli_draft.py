"""The command line: `followup-timing draft`, its output, exit codes and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import followup_timing as ft
from followup_timing._cli import main

ALEX = ["--name", "Alex Kim", "--company", "Acme", "--role", "Data Analyst"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_draft_prints_subject_and_body(capsys: pytest.CaptureFixture[str]) -> None:
    """The text output is the subject line, a blank line and the body, as the library drafts it."""
    status, out, err = run(
        capsys,
        "draft", "thank_you", *ALEX, "--interviewer", "Ana", "--interviewer", "Ben",
        "--highlight", "five years of SQL", "--highlight", "building dbt models",
        "--topic", "the Q3 migration", "--topic", "on-call",
    )  # fmt: skip
    assert (status, err) == (0, "")
    draft = ft.draft_email(
        "thank_you",
        candidate=ft.Candidate(
            name="Alex Kim", highlights=("five years of SQL", "building dbt models")
        ),
        context=ft.EmailContext(
            company="Acme",
            role="Data Analyst",
            interviewers=("Ana", "Ben"),
            topics=("the Q3 migration", "on-call"),
        ),
    )
    assert out == f"Subject: {draft.subject}\n\n{draft.body}\n"
    assert out.startswith("Subject: Thank you - Data Analyst interview\n\nHi Ana and Ben,\n")


@pytest.mark.parametrize("kind", ft.STEP_KINDS)
@pytest.mark.parametrize("tone", ft.TONES)
def test_draft_json_passes_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, tone: str
) -> None:
    """--json prints Draft.to_dict(), and the body passes `followup-timing check`."""
    status, out, _ = run(
        capsys, "draft", kind, *ALEX, "--interviewer", "Ms Lee", "--highlight", "SQL",
        "--tone", tone, "--json",
    )  # fmt: skip
    assert status == 0
    data = json.loads(out)
    assert list(data) == ["kind", "tone", "subject", "body"]
    assert (data["kind"], data["tone"]) == (kind, tone)
    path = tmp_path / "draft.txt"
    path.write_text(data["body"], encoding="utf-8")
    status, out, _ = run(
        capsys, "check", str(path), "--subject", data["subject"], "--company", "Acme",
        "--role", "Data Analyst", "--interviewer", "Ms Lee",
    )  # fmt: skip
    assert status == 0, out
    assert "4 of 4 parts present; 0 errors, 0 warnings, 0 infos: ready to send." in out


def test_check_in_without_interviewer_greets_the_team(capsys: pytest.CaptureFixture[str]) -> None:
    """A check-in needs no interviewer: it is addressed to the company's team."""
    status, out, _ = run(capsys, "draft", "check_in", *ALEX, "--highlight", "SQL")
    assert status == 0
    assert "\n\nHi Acme team,\n\n" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["draft", "thank_you", *ALEX, "--highlight", "SQL"],
            "followup-timing draft: error: a thank_you draft thanks the people you met by "
            "name: add --interviewer NAME, written as you address them (e.g. --interviewer "
            "'Ms Lee')\n",
        ),
        (
            ["draft", "check_in", *ALEX],
            "followup-timing draft: error: the following arguments are required: --highlight "
            "(see 'followup-timing draft --help')\n",
        ),
        (
            ["draft", "check_in", *ALEX, *["--highlight", "x"] * 4],
            "followup-timing draft: error: --highlight: 4 given; keep the one to three that "
            "fit the role best\n",
        ),
        (
            [
                "draft",
                "check_in",
                "--name",
                "Alex",
                "--company",
                "[Company Name]",
                "--role",
                "R",
                "--highlight",
                "SQL",
            ],
            "followup-timing draft: error: --company '[Company Name]' looks like an unfilled "
            "template placeholder ('[Company Name]'). Pass the real value.\n",
        ),
        (
            ["draft", "check_in", "--name", "Alex", "--company", "Acme", "--highlight", "SQL"],
            "followup-timing draft: error: the following arguments are required: --role "
            "(or --invite FILE whose summary names it)\n",
        ),
        (
            ["draft", "checkin", *ALEX, "--highlight", "SQL"],
            "followup-timing draft: error: argument KIND: invalid choice: 'checkin' (choose "
            "from 'thank_you', 'check_in', 'final_check_in') (see 'followup-timing draft "
            "--help')\n",
        ),
        (
            ["draft", "check_in", *ALEX, "--highlight", "SQL", "--tone", "casual"],
            "followup-timing draft: error: argument --tone: invalid choice: 'casual' (choose "
            "from 'warm', 'formal') (see 'followup-timing draft --help')\n",
        ),
        (
            ["draft", "check_in", *ALEX, "--highlight", "  "],
            "followup-timing draft: error: argument --highlight: must not be blank (see "
            "'followup-timing draft --help')\n",
        ),
    ],
)
def test_draft_errors(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    """A missing or unusable fact is one line on stderr naming the option, exit status 2."""
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err == message


def test_draft_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    """`draft --help` shows every option and an example, and exits 0."""
    status, out, _ = run(capsys, "draft", "--help")
    assert status == 0
    for option in ("--name", "--company", "--role", "--interviewer", "--highlight", "--topic",
                   "--tone", "--json"):  # fmt: skip
        assert option in out
    assert "followup-timing draft thank_you --name" in out


def test_draft_as_a_module() -> None:
    """`python -m followup_timing draft` works like the console script, UTF-8 included."""
    result = subprocess.run(
        [sys.executable, "-m", "followup_timing", "draft", "check_in", "--name", "Zoë Ñúñez",
         "--company", "L'Oréal", "--role", "Chimiste", "--highlight", "formulation R&D"],
        capture_output=True,
        timeout=60,
        check=False,
        env={"PYTHONIOENCODING": "utf-8", "PATH": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "Hi L'Oréal team," in out
    assert out.rstrip().endswith("Zoë Ñúñez")
