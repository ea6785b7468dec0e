"""Whole messages: :func:`validate_message`, and HTML bodies turned into text.

The public functions check their arguments here; the work is done in
:mod:`~followup_timing._email._mime` (the stdlib :mod:`email` package) and
:mod:`~followup_timing._email._html` (:mod:`html.parser`), which are imported the first time
they are needed, so ``import followup_timing`` does not pay for them.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from followup_timing._email._report import EmailReport
from followup_timing._email._rules import EmailContext, Rules
from followup_timing._email._sniff import message_bytes
from followup_timing._email._timing_check import check_send_at
from followup_timing._email._validate import analyse, checked_context_and_rules, timing_extra
from followup_timing.exceptions import EmailInputError, WrongTypeError

if TYPE_CHECKING:
    import email.message

    from followup_timing._timing._window import SendWindow


def html_to_text(html: str) -> str:
    """Return the visible text of *html*, dropping quoted replies, scripts and styles.

    ``blockquote`` elements, elements with the class ``gmail_quote`` (and the markers other
    mail clients use for quoted replies), Gmail's ``gmail_signature``, ``script``, ``style``
    and ``head`` are dropped. Outlook puts the message replied to after its header rather
    than inside it, so everything from that header (``id="divRplyFwdMsg"``, an ``<hr>``
    right before it, or the grey-bordered reply separator) to the end is dropped.
    Block elements become line breaks, paragraphs blank lines, and list items lines that
    start with ``"- "``.

    Args:
        html: an HTML document or fragment.

    Returns:
        Plain text with ``\\n`` line breaks.

    Example:
        >>> from followup_timing import html_to_text
        >>> html_to_text("<p>Thank you!</p><blockquote>old</blockquote><p>Best,<br>Al</p>")
        'Thank you!\\n\\nBest,\\nAl'

    .. versionadded:: 0.1.0
    """
    if not isinstance(html, str):
        raise WrongTypeError(html, "html", "a str")
    from followup_timing._email import _html  # html.parser is loaded on first use

    return _html.convert(html)


def validate_message(
    message: bytes | bytearray | email.message.Message,
    *,
    context: EmailContext | None = None,
    rules: Rules | None = None,
    window: SendWindow | None = None,
    send_at: datetime.datetime | None = None,
) -> EmailReport:
    """Check a whole e-mail message: its subject, its body and its ``Date`` header.

    The body is the first ``text/plain`` part that is not an attachment, or else the first
    ``text/html`` part turned into text (quoted ``blockquote`` and ``.gmail_quote`` parts,
    scripts and styles dropped). It is decoded with its declared charset, replacing bytes
    that do not decode; an unknown charset falls back to UTF-8 and adds an
    ``unknown-charset`` finding. Quoted replies and the signature are then set aside as in
    :func:`validate_email`.

    Args:
        message: the raw message (an ``.eml`` file's bytes) or a parsed
            :class:`email.message.Message`.
        context: what is known about the interview, for the personalisation check and
            the wrong-company, wrong-name and wrong-role checks.
        rules: thresholds, disabled codes and extra cue phrases.
        window: the recipient's :class:`~followup_timing.SendWindow`; adds
            ``sent-too-early``, ``sent-too-late`` or ``sent-on-time`` for the moment the
            message is sent: its ``Date`` header, or *send_at*.
        send_at: when the message will be sent, for a draft whose ``Date`` is unset or
            not the sending time (aware); it replaces the ``Date`` header.

    Returns:
        An :class:`EmailReport` whose spans point into :attr:`EmailReport.body`, the decoded
        (or converted) body; ``subject`` and ``sent_at`` come from the headers. A ``Date``
        in ``-0000`` form is read as UTC; an unreadable ``Date`` gives ``sent_at=None``.

    Raises:
        WrongTypeError: *message* is neither bytes nor a ``Message``, or *context* or
            *rules* has the wrong type.
        EmailInputError: the message is longer than ``rules.max_chars`` bytes, or its bytes
            are no message at all: a ``.docx``, PDF, executable or other binary file
            ("this looks like a .docx file: save the draft as plain text or .eml"). A
            message saved with a byte-order mark (UTF-8, UTF-16, UTF-32) is decoded first.
        EmailConfigError: *window* is given but neither the ``Date`` header nor
            *send_at* says when the message is sent.
        NaiveDatetimeError: *send_at* has no time zone.

    Example:
        >>> import followup_timing as ft
        >>> raw = (b"Subject: Thank you\\r\\nDate: Tue, 3 Mar 2026 16:05:00 -0500\\r\\n"
        ...        b"Content-Type: text/plain; charset=utf-8\\r\\n\\r\\n"
        ...        b"Hi Sam,\\r\\nThank you for your time today!\\r\\n")
        >>> report = ft.validate_message(raw)
        >>> report.subject, report.sent_at.isoformat()
        ('Thank you', '2026-03-03T16:05:00-05:00')
        >>> report.moves["gratitude"].present
        True

    .. versionadded:: 0.1.0
    """
    rules = checked_context_and_rules(context, rules)
    from followup_timing._email import _mime  # the email package is loaded on first use

    parsed: email.message.Message
    if isinstance(message, (bytes, bytearray)):
        if len(message) > rules.max_chars:
            raise EmailInputError(
                f"the message is {len(message):,} bytes long, over the limit of "
                f"{rules.max_chars:,} set by Rules.max_chars; pass Rules(max_chars=...) to "
                f"analyse longer messages.",
                what="message",
            )
        parsed = _mime.parse(message_bytes(bytes(message)))
    elif isinstance(message, _mime.Message):
        parsed = message
    else:
        raise WrongTypeError(
            message,
            "message",
            "bytes or an email.message.Message (for a draft's text use validate_email)",
        )
    subject, sent_at, body, extra = _mime.read(parsed)
    if len(body) > rules.max_chars:
        raise EmailInputError(
            f"the decoded body is {len(body):,} characters long, over the limit of "
            f"{rules.max_chars:,} set by Rules.max_chars.",
            what="message",
        )
    if send_at is not None:
        sent_at = check_send_at(send_at)
    timing = timing_extra(
        sent_at,
        window,
        missing="the message has no readable Date header; pass send_at= with the moment it is sent",
    )
    return analyse(
        body,
        subject=subject,
        sent_at=sent_at,
        context=context,
        rules=rules,
        extra=(*extra, *timing),
    )
