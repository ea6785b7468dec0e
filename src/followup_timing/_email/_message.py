"""Whole messages: :func:`validate_message`, and HTML bodies turned into text.

The stdlib :mod:`email` package does the parsing, with :data:`email.policy.default`.
Malformed input is the norm for this function (it will see whatever a mail client saved),
so every place where the stdlib may raise on a broken header or body is guarded and falls
back to something readable rather than crashing.
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
from html.parser import HTMLParser
from typing import Final

from followup_timing._email._report import DEFAULT_RULES, EmailContext, EmailReport, Rules
from followup_timing._email._validate import analyse
from followup_timing.exceptions import EmailInputError, EmailTypeError

# Elements whose content is never the writer's own text.
_DROPPED_TAGS: Final = frozenset({"script", "style", "blockquote", "head", "title", "template"})
# Classes and ids mail clients put on quoted replies and forwarded messages.
_DROPPED_MARKERS: Final = frozenset(
    {"gmail_quote", "gmail_quote_container", "moz-cite-prefix", "yahoo_quoted", "divrplyfwdmsg",
     "appendonsend", "outlookmessageheader", "protonmail_quote", "zmail_extra"}
)
_VOID_TAGS: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)
_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5",
     "h6", "ul", "ol", "table", "tr", "pre", "address", "main", "aside", "nav", "dl", "dt",
     "dd", "figure", "hr", "form", "fieldset"}
)
_PARAGRAPH_TAGS: Final = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"})


class _HTMLToText(HTMLParser):
    """Collect the visible text of an HTML body, one line per block, quoted parts dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped)
        self.open_count: dict[str, int] = {}
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            if not self.dropping:
                if tag == "br":
                    self.parts.append("\n")
                elif tag == "hr":
                    self.parts.append("\n\n")
            return
        dropped = tag in _DROPPED_TAGS or _is_quote_container(attrs)
        self.stack.append((tag, dropped))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if dropped:
            self.dropping += 1
        elif not self.dropping:
            self._block_break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            # <div/> opens and closes nothing worth keeping.
            if tag == "br" and not self.dropping:
                self.parts.append("\n")
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_count.get(tag):
            return  # a stray end tag: ignore it in O(1)
        while self.stack:
            name, dropped = self.stack.pop()
            self.open_count[name] -= 1
            if dropped:
                self.dropping -= 1
            elif not self.dropping:
                self._block_break(name, opening=False)
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(" ".join(data.split()) if not data.isspace() else " ")
            if data[:1].isspace() and not data.isspace():
                self.parts[-1] = " " + self.parts[-1]
            if data[-1:].isspace() and not data.isspace():
                self.parts[-1] += " "

    def _block_break(self, tag: str, *, opening: bool = True) -> None:
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "li" and opening:
            self.parts.append("\n- ")

    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).split("\n")]
        out: list[str] = []
        blank = 0
        for line in lines:
            if line:
                if blank and out:
                    out.append("")
                out.append(line)
                blank = 0
            else:
                blank += 1
        return "\n".join(out)


def _is_quote_container(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name in {"class", "id"} and value:
            for token in value.lower().split():
                if token in _DROPPED_MARKERS:
                    return True
        if name == "type" and value and value.lower() == "cite":
            return True
    return False


def html_to_text(html: str) -> str:
    """Return the visible text of *html*, dropping quoted replies, scripts and styles.

    ``blockquote`` elements, elements with the class ``gmail_quote`` (and the markers other
    mail clients use for quoted replies), ``script``, ``style`` and ``head`` are dropped.
    Block elements become line breaks, paragraphs blank lines, and list items lines that
    start with ``"- "``.

    Args:
        html: an HTML document or fragment.

    Returns:
        Plain text with ``\\n`` line breaks.

    Example:
        >>> html_to_text("<p>Thank you!</p><blockquote>old</blockquote><p>Best,<br>Al</p>")
        'Thank you!\\n\\nBest,\\nAl'

    .. versionadded:: 0.1.0
    """
    if not isinstance(html, str):
        raise EmailTypeError(html, "html", "a str")
    parser = _HTMLToText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient today
        pass
    return parser.text()


def validate_message(
    message: bytes | bytearray | email.message.Message,
    *,
    context: EmailContext | None = None,
    rules: Rules | None = None,
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
        context: what is known about the interview, for the personalisation check.
        rules: thresholds, disabled codes and extra cue phrases.

    Returns:
        An :class:`EmailReport` whose spans point into :attr:`EmailReport.body`, the decoded
        (or converted) body; ``subject`` and ``sent_at`` come from the headers. A ``Date``
        in ``-0000`` form is read as UTC; an unreadable ``Date`` gives ``sent_at=None``.

    Raises:
        EmailTypeError: *message* is neither bytes nor a ``Message``, or *context* or
            *rules* has the wrong type.
        EmailInputError: the message is longer than ``rules.max_chars`` bytes.

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
    if context is not None and not isinstance(context, EmailContext):
        raise EmailTypeError(context, "context", "an EmailContext or None")
    if rules is None:
        rules = DEFAULT_RULES
    elif not isinstance(rules, Rules):
        raise EmailTypeError(rules, "rules", "a Rules or None")
    parsed: email.message.Message
    if isinstance(message, (bytes, bytearray)):
        if len(message) > rules.max_chars:
            raise EmailInputError(
                f"the message is {len(message):,} bytes long, over the limit of "
                f"{rules.max_chars:,} set by Rules.max_chars; pass Rules(max_chars=...) to "
                f"analyse longer messages."
            )
        parsed = email.message_from_bytes(bytes(message), policy=email.policy.default)
    elif isinstance(message, email.message.Message):
        parsed = message
    else:
        raise EmailTypeError(
            message,
            "message",
            "bytes or an email.message.Message (for a draft's text use validate_email)",
        )
    subject = _header_text(parsed, "subject")
    sent_at = _sent_at(parsed)
    extra: list[tuple[str, str]] = []
    body = _body_text(parsed, extra)
    if len(body) > rules.max_chars:
        raise EmailInputError(
            f"the decoded body is {len(body):,} characters long, over the limit of "
            f"{rules.max_chars:,} set by Rules.max_chars."
        )
    return analyse(
        body,
        subject=subject,
        sent_at=sent_at,
        context=context,
        rules=rules,
        extra=tuple(extra),
    )


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
