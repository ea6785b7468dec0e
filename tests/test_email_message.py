"""validate_message on real message shapes: multipart, HTML-only, charsets, replies, Date."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import followup_timing as ft

BODY = (
    "Hi Sarah,\n\nThank you for the interview today. I am excited about the analyst role.\n"
    "My experience with SQL dashboards fits your team. Please let me know the next steps.\n\n"
    "Best,\nAlex\n"
)


def build(body: str = BODY, *, subject: str | None = "Thank you", html: str | None = None) -> bytes:
    """Return a message's bytes with a plain body and, optionally, an HTML alternative."""
    msg = EmailMessage()
    if subject is not None:
        msg["Subject"] = subject
    msg["From"] = "alex@example.com"
    msg["To"] = "sarah@example.com"
    msg["Date"] = "Tue, 03 Mar 2026 16:05:00 -0500"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def test_plain_message_keeps_subject_date_and_body() -> None:
    """Subject, the Date header as an aware datetime, and the decoded body are kept."""
    report = ft.validate_message(build())
    assert report.subject == "Thank you"
    assert report.sent_at == datetime(2026, 3, 3, 16, 5, tzinfo=timezone(timedelta(hours=-5)))
    assert report.sent_at is not None
    assert report.sent_at.utcoffset() == timedelta(hours=-5)
    assert report.body == BODY
    assert report.ok  # all four moves; too short is only a warning
    assert "too-short" in report.codes
    assert all(move.present for move in report.moves.values())


def test_spans_point_into_the_decoded_body() -> None:
    """Span offsets index report.body."""
    report = ft.validate_message(build())
    for move in report.moves.values():
        for span in move.evidence:
            assert report.body[span.start : span.end] == span.text


def test_multipart_alternative_prefers_plain_text() -> None:
    """With text/plain and text/html alternatives, the plain part is analysed."""
    html = "<p>Hello from the HTML part, which says nothing of thanks.</p>"
    report = ft.validate_message(build(html=html))
    assert report.body == BODY


def test_html_only_message_is_converted_without_quotes_or_scripts() -> None:
    """An HTML-only body is turned into text; blockquote, .gmail_quote, script, style dropped."""
    html = (
        "<html><head><style>p {color: red}</style><title>x</title></head><body>"
        "<div>Hi Sarah,</div><div><br></div>"
        "<p>Thank you for the interview&nbsp;today.</p>"
        "<script>var thanks = 'I am excited about the role';</script>"
        '<div class="gmail_quote">On Tue Sarah wrote:<blockquote>I am excited about the '
        "role. Let me know if you have questions.</blockquote></div>"
        '<blockquote type="cite">I have led teams.</blockquote>'
        "<p>Best,<br>Alex</p></body></html>"
    )
    msg = EmailMessage()
    msg["Subject"] = "Thanks"
    msg.set_content(html, subtype="html")
    report = ft.validate_message(msg.as_bytes())
    assert report.body == "Hi Sarah,\n\nThank you for the interview today.\n\nBest,\nAlex"
    assert [name for name, move in report.moves.items() if move.present] == ["gratitude"]


def test_html_to_text_lists_and_stray_tags() -> None:
    """List items become '- ' lines; stray end tags and unclosed tags do not break it."""
    text = ft.html_to_text("<ul><li>One</li><li>Two</ul></b></i><div>Three")
    assert text == "- One\n- Two\n\nThree"


def test_bad_charset_decodes_with_replacement() -> None:
    """An unknown charset falls back to UTF-8 with replacement and an info finding."""
    raw = (
        b"Subject: Thanks\r\nContent-Type: text/plain; charset=x-unknown-klingon\r\n\r\n"
        b"Thank you for the interview \xff\xfe today.\r\n"
    )
    report = ft.validate_message(raw)
    assert "unknown-charset" in report.codes
    assert "\ufffd" in report.body
    assert report.moves["gratitude"].present


def test_latin1_body_is_decoded_with_its_charset() -> None:
    """A declared charset is honoured."""
    raw = (
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nMerci, Ren\xe9e. Thank you for your time.\r\n"
    )
    report = ft.validate_message(raw)
    assert "Renée" in report.body
    assert "unknown-charset" not in report.codes


def test_quoted_reply_and_signature_are_stripped() -> None:
    """Quoted replies and the signature in a message do not count towards the moves."""
    body = (
        "Hi Sarah,\n\nSee you soon.\n\n-- \nAlex\nPassionate about data, I have led teams.\n\n"
        "On Tue, Mar 3, 2026 at 9:00 AM Sarah <s@example.com> wrote:\n"
        "> Thank you for your time. Let me know if you have any questions.\n"
    )
    report = ft.validate_message(build(body))
    assert not any(move.present for move in report.moves.values())


def test_missing_date_and_subject() -> None:
    """No Date gives sent_at None; no Subject header is a missing-subject warning."""
    report = ft.validate_message(b"\r\n" + BODY.encode())
    assert report.sent_at is None
    assert report.subject is None
    report = ft.validate_message(build(subject=None))
    assert "missing-subject" not in report.codes
    report = ft.validate_message(build(subject=" "))
    assert "missing-subject" in report.codes


def test_unreadable_date_is_none_and_minus_zero_is_utc() -> None:
    """A garbled Date gives None; '-0000' (UTC, zone unknown) gives an aware UTC time."""
    assert ft.validate_message(b"Date: not a date\r\n\r\nHi").sent_at is None
    sent = ft.validate_message(b"Date: Tue, 3 Mar 2026 16:05:00 -0000\r\n\r\nHi").sent_at
    assert sent == datetime(2026, 3, 3, 16, 5, tzinfo=timezone.utc)


def test_encoded_subject_is_decoded() -> None:
    """RFC 2047 encoded words in the subject are decoded."""
    raw = b"Subject: =?utf-8?q?Merci_=E2=80=93_entretien?=\r\n\r\nHi"
    assert ft.validate_message(raw).subject == "Merci – entretien"


def test_parsed_message_objects_are_accepted() -> None:
    """An already parsed Message (compat32 or default policy) works like its bytes."""
    raw = build()
    for policy in (email.policy.compat32, email.policy.default):
        parsed = email.message_from_bytes(raw, policy=policy)
        report = ft.validate_message(parsed)
        assert report.body == BODY
        assert report.subject == "Thank you"


def test_attachment_only_message_has_no_text_body() -> None:
    """A message with nothing but an attachment reports no-text-body."""
    msg = EmailMessage()
    msg["Subject"] = "CV"
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="cv.pdf")
    report = ft.validate_message(msg.as_bytes())
    assert "no-text-body" in report.codes
    assert report.body == ""


def test_text_attachment_is_not_taken_as_the_body() -> None:
    """A text/plain attachment is skipped in favour of the real body."""
    msg = EmailMessage()
    msg.set_content(BODY)
    msg.add_attachment("I am no longer interested.", filename="notes.txt")
    assert ft.validate_message(msg.as_bytes()).body == BODY


def test_mixed_line_endings_emoji_and_rtl_text() -> None:
    """Mixed line endings, emoji and right-to-left text give a report with exact spans."""
    text = "שלום,\r\n\nThank you for the interview 🙏.\rI am excited 🎉 about the role.\n"
    report = ft.validate_email(text)
    (span,) = report.moves["gratitude"].evidence
    assert span.text == "Thank you for the interview 🙏."
    assert (span.line, span.column) == (3, 1)
    assert report.moves["interest"].evidence[0].line == 4
