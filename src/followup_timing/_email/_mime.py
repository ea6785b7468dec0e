"""Reading a parsed e-mail message: subject, ``Date``, and the body as text.

The stdlib :mod:`email` package does the parsing, with :data:`email.policy.default`.
Malformed input is the norm here (it will see whatever a mail client saved), so every place
where the stdlib may raise on a broken header or body is guarded and falls back to something
readable rather than crashing. This module is imported the first time
:func:`~followup_timing.validate_message` runs, so that ``import followup_timing`` does not
pay for :mod:`email`.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.header
import email.message
import email.policy
import email.utils
from datetime import datetime, timezone

from followup_timing._email._html import convert as html_to_text

Message = email.message.Message


def parse(raw: bytes) -> email.message.Message:
    """Parse the bytes of a whole message with :data:`email.policy.default`."""
    return email.message_from_bytes(raw, policy=email.policy.default)


def read(
    msg: email.message.Message,
) -> tuple[str | None, datetime | None, str, tuple[tuple[str, str], ...]]:
    """Return the subject, the ``Date``, the body text and ``(code, message)`` findings."""
    extra: list[tuple[str, str]] = []
    subject = _header_text(msg, "subject")
    sent_at = _sent_at(msg)
    body = _body_text(msg, extra)
    return subject, sent_at, body, tuple(extra)


def _header_text(msg: email.message.Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # the stdlib header parser can raise on malformed headers
        value = _raw_header(msg, name)
    if value is None:
        return None
    text = str(value)
    if "=?" in text:
        # Undecodable encoded words are kept as written.
        with contextlib.suppress(Exception):
            text = str(email.header.make_header(email.header.decode_header(text)))
    return " ".join(text.split())


def _raw_header(msg: email.message.Message, name: str) -> str | None:
    for key, value in msg.raw_items() if hasattr(msg, "raw_items") else msg.items():
        if key.lower() == name:
            return str(value)
    return None


def _sent_at(msg: email.message.Message) -> datetime | None:
    try:
        header = msg.get("date")
    except Exception:  # the stdlib date parser can raise on malformed dates
        header = _raw_header(msg, "date")
    if header is None:
        return None
    value = getattr(header, "datetime", None)
    if not isinstance(value, datetime):
        try:
            value = email.utils.parsedate_to_datetime(str(header))
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if value.tzinfo is None:
        # RFC 5322: "-0000" means the time is in UTC and the sender's zone is unknown.
        value = value.replace(tzinfo=timezone.utc)
    return value


def _body_text(msg: email.message.Message, extra: list[tuple[str, str]]) -> str:
    plain: email.message.Message | None = None
    html: email.message.Message | None = None
    for part in _walk(msg):
        if part.is_multipart():
            continue
        if _is_attachment(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html is None:
            html = part
    if plain is not None:
        return _decode(plain, extra)
    if html is not None:
        return html_to_text(_decode(html, extra))
    extra.append(("no-text-body", "The message has no text/plain or text/html part."))
    return ""


def _walk(msg: email.message.Message) -> list[email.message.Message]:
    # Iterative, so a deeply nested message cannot exhaust the stack.
    out: list[email.message.Message] = []
    todo = [msg]
    while todo:
        part = todo.pop()
        out.append(part)
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                todo.extend(p for p in reversed(payload) if isinstance(p, email.message.Message))
    return out


def _is_attachment(part: email.message.Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:  # a malformed Content-Disposition header
        return False
    return disposition == "attachment"


def _decode(part: email.message.Message, extra: list[tuple[str, str]]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken transfer encoding: read the payload as it stands
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = part.get_content_charset() or "us-ascii"
    except Exception:  # a malformed Content-Type parameter
        charset = "us-ascii"
    try:
        codec = codecs.lookup(charset).name
    except (LookupError, ValueError):
        extra.append(
            ("unknown-charset", f"Unknown charset {charset!r}; decoded as UTF-8 with replacement.")
        )
        codec = "utf-8"
    if codec == "ascii":
        # Mail clients that declare ASCII (or nothing) often send UTF-8 anyway.
        codec = "utf-8"
    try:
        return payload.decode(codec, errors="replace")
    except Exception:  # a codec that fails even with errors="replace"
        return payload.decode("utf-8", errors="replace")
