"""Draft.to_message: a UTF-8 e-mail message that mail programs open as an editable draft."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft

NY = ZoneInfo("America/New_York")


def a_draft(interviewer: str = "José", name: str = "Zoë Müller") -> ft.Draft:
    return ft.draft_email(
        "thank_you",
        candidate=ft.Candidate(name=name, highlights=["five years of SQL"]),
        context=ft.EmailContext(
            company="Globex",
            role="Data Analyst",
            interviewers=[interviewer],
            topics=["the café dashboards"],
        ),
    )


def content(message: EmailMessage) -> str:
    """The decoded body; the file's CRLF line ends (RFC 5322) read as newlines."""
    text = message.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


def reparsed(message: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(bytes(message), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_headers_of_a_ready_to_send_draft() -> None:
    """To, Cc, From, Date, Subject and X-Unsent: 1 as given; text/plain in UTF-8."""
    draft = a_draft()
    message = draft.to_message(
        to=ft.Recipient("José García", email="jose.garcia@globex.example"),
        from_="Zoë Müller <zoe@example.com>",
        cc=["recruiting@globex.example", ft.Recipient("Ana", email="ana@globex.example")],
        date=datetime(2026, 11, 26, 9, 30, tzinfo=NY),
    )
    assert message["To"] == "José García <jose.garcia@globex.example>"
    assert message["From"] == "Zoë Müller <zoe@example.com>"
    assert message["Cc"] == "recruiting@globex.example, Ana <ana@globex.example>"
    assert message["Date"] == "Thu, 26 Nov 2026 09:30:00 -0500"
    assert message["Subject"] == draft.subject
    assert message["X-Unsent"] == "1"
    assert message["MIME-Version"] == "1.0"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert content(message) == draft.body + "\n"


def test_optional_headers_are_left_out() -> None:
    """Without from_, cc and date the mail program fills them in when sending."""
    message = a_draft().to_message(to="jose@globex.example")
    assert message["From"] is None
    assert message["Cc"] is None
    assert message["Date"] is None


def test_bytes_read_back_to_the_same_message() -> None:
    """The .eml bytes are 7-bit safe and parse back to the same headers and UTF-8 body."""
    draft = a_draft()
    message = draft.to_message(to=ft.Recipient("José", email="jose@globex.example"))
    raw = bytes(message)
    assert raw.isascii()
    back = reparsed(message)
    assert back["To"] == "José <jose@globex.example>"
    assert back["Subject"] == draft.subject
    assert content(back) == draft.body + "\n"


def test_validate_message_reads_the_draft_and_its_date() -> None:
    """validate_message sees the same subject, body and Date as the draft and the argument."""
    draft = a_draft()
    date = datetime(2026, 11, 26, 9, 30, tzinfo=NY)
    report = ft.validate_message(
        bytes(draft.to_message(to="jose@globex.example", date=date)), context=draft.context
    )
    assert report.subject == draft.subject
    assert report.body.replace("\r\n", "\n").strip() == draft.body
    assert report.sent_at == date
    assert report.sent_at is not None
    assert report.sent_at.utcoffset() == date.utcoffset()
    assert report.ok


@given(
    subject=st.text(
        st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=120
    )
    .map(str.strip)
    .filter(bool),
    body=st.text(
        st.characters(
            blacklist_categories=["Cs"],
            blacklist_characters="\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
        ),
        min_size=1,
        max_size=600,
    ),
    name=st.text(st.characters(whitelist_categories=["L"]), min_size=1, max_size=30),
)
def test_any_text_survives_the_round_trip(subject: str, body: str, name: str) -> None:
    """Whatever the subject, body and display name, the parsed message gives them back.

    (A header value cannot begin or end with spaces, so subjects are drawn without them.)"""
    draft = ft.Draft(
        kind="thank_you", tone="warm", subject=subject, body=body, context=ft.EmailContext()
    )
    back = reparsed(draft.to_message(to=ft.Recipient(name, email="x@globex.example")))
    assert back["Subject"] == subject
    assert content(back) == body + "\n"
    assert back["To"].addresses[0].display_name == name.strip()


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        (
            {"to": "jose"},
            ft.DraftError,
            r"^to='jose' is not an e-mail address\. Pass an address such as "
            r"'dana\.lee@globex\.com' or 'Dana Lee <dana\.lee@globex\.com>', or a Recipient with "
            r"an email\.$",
        ),
        (
            {"to": ft.Recipient("José")},
            ft.DraftError,
            r"^to is Recipient 'José', which has no email\. Pass Recipient\('José', email=\.\.\.\) "
            r"or the address as text\.$",
        ),
        ({"to": []}, ft.DraftError, r"^to is empty: a message needs at least one recipient\."),
        ({"to": ""}, ft.DraftError, r"^to='' is empty\."),
        (
            {"to": "jose@globex.example\nBcc: eve@evil.example"},
            ft.DraftError,
            r"^to='jose@globex\.example\\nBcc: eve@evil\.example' spans lines\.",
        ),
        (
            {"to": ["jose@globex.example", "ana"]},
            ft.DraftError,
            r"^to\[1\]='ana' is not an e-mail address\.",
        ),
        (
            {"to": 5},
            ft.DraftTypeError,
            r"^to must be an address \(str\), a Recipient, or a list of them, got int\.$",
        ),
        (
            {"to": [5]},
            ft.DraftTypeError,
            r"^to\[0\] must be an address \(str\) or a Recipient, got int\.$",
        ),
        (
            {"to": "jose@globex.example", "from_": "a@x.org, b@x.org"},
            ft.DraftError,
            r"^from_='a@x\.org, b@x\.org' must be one address, the sender's\.",
        ),
        (
            {"to": "jose@globex.example", "date": datetime(2026, 11, 26, 9)},
            ft.NaiveDatetimeError,
            r"^date must be an aware datetime",
        ),
        (
            {"to": "jose@globex.example", "date": "2026-11-26"},
            ft.TimingTypeError,
            r"^date must be an aware datetime, got str\.$",
        ),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    """Every unusable address or date is refused with what to pass instead."""
    with pytest.raises(error, match=match):
        a_draft().to_message(**kwargs)  # type: ignore[arg-type]


def test_a_subject_on_two_lines_is_refused() -> None:
    """A header is one line: a hand-made Draft with a broken subject cannot inject headers."""
    draft = ft.Draft(
        kind="thank_you",
        tone="warm",
        subject="Thanks\nBcc: eve@evil.example",
        body="Thank you.",
        context=ft.EmailContext(),
    )
    with pytest.raises(
        ft.DraftError,
        match=r"^the subject 'Thanks\\nBcc: eve@evil\.example' "
        r"spans lines; a header is one line\.",
    ):
        draft.to_message(to="jose@globex.example")


def test_date_in_utc_is_written_with_its_offset() -> None:
    """A UTC date is written +0000 and reads back to the same instant."""
    date = datetime(2026, 11, 26, 14, 30, tzinfo=timezone.utc)
    message = a_draft().to_message(to="jose@globex.example", date=date)
    assert message["Date"] == "Thu, 26 Nov 2026 14:30:00 +0000"
    assert reparsed(message)["Date"].datetime == date
