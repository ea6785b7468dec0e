"""Issue 12, items 9 and 10, through the real ``followup-timing`` entry point and the API.

The copy-paste mistake (a draft naming another company, person or role) is an error; a file
that is no draft (.docx, PDF, executable, random bytes) is refused with exit status 2 and one
line; a UTF-16 or UTF-32 file is read like its UTF-8 twin.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import followup_timing as ft

SCRIPT = shutil.which("followup-timing", path=str(Path(sys.executable).parent))
REFUSAL = (
    "followup-timing check: error: this looks like {} file: save the draft as plain text or .eml"
)

# A draft reused from an application to Globex: ready to send, but to the wrong people.
GLOBEX_DRAFT = """\
Dear Ms. Chen,

Thank you for taking the time to meet with me yesterday about the Product Manager role at
Globex. I enjoyed hearing how your team plans the mobile roadmap, and our conversation made
me even more excited about the chance to join Globex.

In my work at Contoso I led the launch of a subscription tier that grew revenue by 18%, and
I would love to bring that experience to your team.

Could you share the timeline for next steps? I am happy to send any work samples.

Best regards,
Jordan Lee
"""
INITECH = ["--company", "Initech", "--role", "Product Manager", "--interviewer", "Mr Patel"]


def _initech_draft() -> str:
    return GLOBEX_DRAFT.replace("Globex", "Initech").replace("Ms. Chen", "Mr Patel")


def check(
    tmp_path: Path, name: str, data: bytes, *options: str
) -> subprocess.CompletedProcess[str]:
    """Run ``followup-timing check FILE`` on *data* saved as *name*, as a user would."""
    assert SCRIPT is not None, "install the package (pip install -e .) to get followup-timing"
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(
        [SCRIPT, "check", name, *options],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Thank you!</w:document>")
    return buffer.getvalue()


# -- item 9: the wrong company, person or role ------------------------------------------


def test_the_issues_globex_draft_is_not_ready(tmp_path: Path) -> None:
    """Globex twice and "Dear Ms. Chen" for Initech / Mr Patel: three errors, exit status 1."""
    result = check(tmp_path, "draft.txt", GLOBEX_DRAFT.encode(), *INITECH)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert (
        "draft.txt:1:10: error wrong-name Addresses 'Chen', but the interviewer is 'Mr Patel'."
        in lines
    )
    company = "error wrong-company Names 'Globex' as the company, but the company is 'Initech'."
    assert f"draft.txt:4:1: {company}" in lines
    assert f"draft.txt:5:47: {company}" in lines
    assert "    suggestion: Replace 'Globex' with 'Initech', and check the rest of the draft " \
        "for text left from another application." in lines  # fmt: skip
    assert lines[-1].endswith("3 errors, 0 warnings, 0 infos: not ready.")


def test_the_same_draft_for_the_right_company_is_ready(tmp_path: Path) -> None:
    """With the names put right, and "my work at Contoso" kept, the draft is ready (exit 0)."""
    result = check(tmp_path, "draft.txt", _initech_draft().encode(), *INITECH)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == (
        "draft.txt: 4 of 4 parts present; 0 errors, 0 warnings, 0 infos: ready to send."
    )


def test_without_a_context_nothing_is_compared(tmp_path: Path) -> None:
    """The check needs the facts: without --company and the rest, the Globex draft passes."""
    result = check(tmp_path, "draft.txt", GLOBEX_DRAFT.encode())
    assert result.returncode == 0, result.stdout


def test_json_output_gives_the_span_and_the_expected_value(tmp_path: Path) -> None:
    """``--format json`` carries each finding's span and the expected value in its message."""
    result = check(tmp_path, "draft.txt", GLOBEX_DRAFT.encode(), *INITECH, "--format", "json")
    report = json.loads(result.stdout)
    wrong = [f for f in report["findings"] if f["code"].startswith("wrong-")]
    assert [(f["code"], f["span"]["text"], f["severity"]) for f in wrong] == [
        ("wrong-company", "Globex", "error"),
        ("wrong-company", "Globex", "error"),
        ("wrong-name", "Chen", "error"),
    ]
    assert all("'Initech'" in f["message"] for f in wrong[:2])
    assert report["ok"] is False


def test_the_api_says_not_ok_for_the_globex_case() -> None:
    """validate_email with the Initech context: ok is False, with the three codes."""
    context = ft.EmailContext(company="Initech", role="Product Manager", interviewers=["Mr Patel"])
    report = ft.validate_email(GLOBEX_DRAFT, context=context)
    assert report.ok is False
    assert report.codes == ("wrong-company", "wrong-company", "wrong-name")
    assert [f.span.text for f in report.findings if f.span] == ["Globex", "Globex", "Chen"]
    assert ft.validate_email(_initech_draft(), context=context).ok is True


def test_a_wrong_role_through_validate_message() -> None:
    """A whole message naming another role gets wrong-role, its span in the decoded body."""
    raw = (
        "Subject: Thank you\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + _initech_draft().replace("Product Manager role", "Sales Associate role")
    ).encode()
    context = ft.EmailContext(company="Initech", role="Product Manager")
    report = ft.validate_message(raw, context=context)
    finding = next(f for f in report.findings if f.code == "wrong-role")
    assert finding.span is not None
    assert report.body[finding.span.start : finding.span.end] == "Sales Associate"
    assert finding.message == (
        "Names the role 'Sales Associate', but the role is 'Product Manager'."
    )


def test_the_subject_is_checked_too(tmp_path: Path) -> None:
    """A subject left from another application ("Sales Associate interview") is an error."""
    result = check(
        tmp_path, "draft.txt", _initech_draft().encode(), *INITECH,
        "--subject", "Thank you - Sales Associate interview",
    )  # fmt: skip
    assert result.returncode == 1
    assert (
        "draft.txt:1:1: error wrong-role In the subject: Names the role 'Sales Associate', "
        "but the role is 'Product Manager'." in result.stdout.splitlines()
    )
    fine = check(
        tmp_path, "draft.txt", _initech_draft().encode(), *INITECH,
        "--subject", "Thank you - Product Manager interview",
    )  # fmt: skip
    assert fine.returncode == 0, fine.stdout


def test_the_new_codes_can_be_disabled(tmp_path: Path) -> None:
    """``--disable wrong-company,wrong-name`` turns the checks off like any other code."""
    result = check(
        tmp_path, "draft.txt", GLOBEX_DRAFT.encode(), *INITECH,
        "--disable", "wrong-company,wrong-name",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
    assert {"wrong-company", "wrong-name", "wrong-role"} <= set(ft.FINDING_CODES)
    assert all(ft.FINDING_CODES[c][0] == "error" for c in ("wrong-company", "wrong-name"))


# -- item 10: encodings and files that are no draft --------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_file_with_a_byte_order_mark_reads_like_utf8(tmp_path: Path, encoding: str) -> None:
    """A UTF-16/32 (or UTF-8 with BOM) draft gives exactly the UTF-8 file's report."""
    text = _initech_draft()
    data = ("\ufeff" + text).encode(encoding) if encoding == "utf-16-be" else text.encode(encoding)
    expected = check(tmp_path, "draft.txt", text.encode(), *INITECH)
    result = check(tmp_path, "draft.txt", data, *INITECH)
    assert (result.returncode, result.stdout) == (expected.returncode, expected.stdout)
    assert "4 of 4 parts present" in result.stdout


def test_a_utf16_eml_is_read_as_a_message(tmp_path: Path) -> None:
    """An .eml saved as UTF-16 with a mark: its subject is read, its body checked."""
    raw = "Subject: Thank you\r\nContent-Type: text/plain\r\n\r\n" + _initech_draft()
    result = check(tmp_path, "draft.eml", raw.encode("utf-16"), *INITECH, "--format", "json")
    report = json.loads(result.stdout)
    assert report["subject"] == "Thank you"
    assert report["ok"] is True


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("draft.docx", _docx(), "a .docx"),
        ("draft.txt", _docx(), "a .docx"),
        ("draft.eml", _docx(), "a .docx"),
        ("draft.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n", "a PDF"),
        ("draft.exe", b"MZ\x90\x00\x03" + bytes(200), "an executable"),
        ("random.bin", random.Random(7).randbytes(5000), "a binary"),
    ],
    ids=["docx", "docx-named-txt", "docx-named-eml", "pdf", "exe", "random"],
)
def test_files_that_are_no_draft_exit_2_with_one_line(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    """Whatever its name, a binary file is refused: nothing on stdout, one line on stderr."""
    result = check(tmp_path, name, data)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == REFUSAL.format(kind) + "\n"


def test_the_real_interpreter_binary_is_refused(tmp_path: Path) -> None:
    """A real executable (this Python) is refused, not quoted back as gratitude."""
    result = check(tmp_path, "python", Path(sys.executable).resolve().read_bytes())
    assert result.returncode == 2
    assert result.stderr.startswith("followup-timing check: error: this looks like ")
    assert result.stderr.count("\n") == 1


def test_binary_on_standard_input_is_refused() -> None:
    """``check -`` reads bytes from stdin and refuses a .docx there too."""
    assert SCRIPT is not None
    result = subprocess.run(
        [SCRIPT, "check", "-"], input=_docx(), capture_output=True, timeout=120, check=False
    )
    assert result.returncode == 2
    assert result.stderr.decode() == REFUSAL.format("a .docx") + "\n"


def test_latin1_text_is_refused_with_advice(tmp_path: Path) -> None:
    """A Windows-1252 draft is not guessed at: exit 2 and how to save it."""
    data = "Hi Sam,\nThank you for the café tour.\n".encode("cp1252")
    result = check(tmp_path, "draft.txt", data)
    assert result.returncode == 2
    assert result.stderr == (
        "followup-timing check: error: the file is not valid UTF-8 (byte 0xe9 on line 2; saved "
        "as Windows-1252 or Latin-1?): save the draft as UTF-8, or as an .eml that declares "
        "its charset\n"
    )


@pytest.mark.parametrize(
    ("data", "kind"),
    [(_docx(), "a .docx"), (b"%PDF-1.4\n" + bytes(100), "a PDF"),
     (random.Random(3).randbytes(3000), "a binary")],
    ids=["docx", "pdf", "random"],
)  # fmt: skip
def test_validate_message_refuses_binary_bytes(data: bytes, kind: str) -> None:
    """The API raises EmailInputError with the same message as the command line."""
    with pytest.raises(ft.EmailInputError) as info:
        ft.validate_message(data)
    assert str(info.value) == (f"this looks like {kind} file: save the draft as plain text or .eml")
    assert isinstance(info.value, ValueError)
    assert info.value.what == "message"
