"""``followup-timing check``: a draft's four parts and common mistakes, like a linter."""

from __future__ import annotations

import argparse
import difflib
import email.policy
import re
import sys
from datetime import datetime
from email.parser import BytesParser
from typing import IO, TYPE_CHECKING, Any

import followup_timing as ft
from followup_timing._cli._calendar import add_calendar_options, zone_option
from followup_timing._cli._common import EXIT_FINDINGS, EXIT_OK, PROG, UsageError, add_command
from followup_timing._cli._facts import add_application_options
from followup_timing._cli._invite import add_invite_options
from followup_timing._cli._output import print_json
from followup_timing._cli._types import nonblank
from followup_timing._cli._window import add_policy_options, compute_window
from followup_timing._email._sniff import decode_text, message_bytes
from followup_timing.exceptions import NaiveDatetimeError

if TYPE_CHECKING:
    from followup_timing._email._report import EmailReport, Span
    from followup_timing._email._rules import Rules

EPILOG = f"""\
FILE is a plain-text draft or a whole message (.eml, or any file that starts with
RFC 5322 headers such as From: and Subject:); '-' reads standard input. Each finding
is printed as FILE:LINE:COL: severity code message, then a summary of the four parts
of a good follow-up: gratitude, interest, qualifications, call to action.

examples:
  {PROG} check draft.txt --subject "Thank you - Data Analyst interview"
  {PROG} check followup.eml --company Acme --role "Data Analyst" --interviewer "Dana Reyes"
  pbpaste | {PROG} check - --disable too-short --format json
  # is it on time? (the Date header against the window the window command prints)
  {PROG} check followup.eml --interview "2026-11-25 15:00" --tz America/New_York --country US
  {PROG} check draft.txt --invite interview.ics --send-at "2026-11-27 09:30" --tz Europe/Berlin

exit status: 0 when the draft is ready, 1 when it has errors, 2 on a usage or input error.
"""


def add_to(commands: Any, prog: str) -> None:
    """Declare the ``check`` command and its options."""
    check = add_command(
        commands,
        "check",
        help="check a follow-up draft for its four parts and common mistakes",
        description=(
            "Check a follow-up draft for the four parts of a good follow-up (gratitude,\n"
            "interest, qualifications, a call to action) and for placeholders, tone,\n"
            "length, greeting, sign-off and subject line."
        ),
        epilog=EPILOG.replace(PROG, prog),
    )
    check.add_argument("file", metavar="FILE", help="the draft (text or .eml), or - for stdin")
    check.add_argument(
        "--subject",
        metavar="S",
        type=nonblank,
        help="the subject line (replaces a message's own Subject)",
    )
    add_application_options(check)
    check.add_argument(
        "--disable",
        metavar="CODE",
        action="append",
        default=[],
        help="a finding code to skip (e.g. too-short); repeatable or comma-separated",
    )
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (text)"
    )
    check.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        help="print the report as JSON (EmailReport.to_dict()), as --format json does",
    )
    # Timing: the message's Date (or --send-at) against the window the window command
    # prints for the same options.
    check.add_argument(
        "--interview",
        metavar="WHEN",
        dest="when",
        help="when the interview ended: check the timing against its send window",
    )
    check.add_argument(
        "--send-at",
        metavar="WHEN",
        help="when you will send it (a draft; for a message, replaces its Date header)",
    )
    add_invite_options(check)
    add_calendar_options(check)
    add_policy_options(check)
    check.set_defaults(handler=run)


# Header names that mark the start of a real message, not a draft that opens with "Re: ...".
_MESSAGE_HEADERS = frozenset(
    (
        "from", "to", "cc", "bcc", "subject", "date", "reply-to", "message-id", "sender",
        "mime-version", "content-type", "content-transfer-encoding", "in-reply-to",
        "references", "return-path", "received", "x-mailer", "user-agent",
    )
)  # fmt: skip
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")


def looks_like_message(data: bytes, name: str) -> bool:
    """Whether *data* is a whole RFC 5322 message: a ``.eml`` file or a header block."""
    if name.lower().endswith(".eml"):
        return True
    head, _, _ = data.lstrip(b"\r\n").partition(b"\n\n")
    head, _, _ = head.partition(b"\r\n\r\n")
    names: list[bytes] = []
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header continues
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        names.append(match.group()[:-1].lower())
    return any(n.decode("ascii") in _MESSAGE_HEADERS for n in names)


def _read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return data, "<stdin>"
    try:
        with open(path, "rb") as file:
            return file.read(), path
    except IsADirectoryError:
        raise UsageError(f"cannot read {path!r}: it is a directory") from None
    except OSError as exc:
        raise UsageError(f"cannot read {path!r}: {exc.strerror or exc}") from None


def _rules(disable: list[str]) -> Rules:
    codes = [code.strip() for item in disable for code in item.split(",") if code.strip()]
    for code in codes:
        if code not in ft.FINDING_CODES:
            close = difflib.get_close_matches(code, list(ft.FINDING_CODES), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else "known codes: " + ", ".join(ft.FINDING_CODES)
            )
            raise UsageError(f"--disable: unknown finding code {code!r}; {hint}")
    return ft.Rules(disabled=codes)


def run(args: argparse.Namespace) -> int:
    """Check the draft or message; exit 1 when it is not ready to send."""
    raw, name = _read_input(args.file)
    # A .docx, PDF or binary file stops here (exit 2); a byte-order mark is decoded.
    data = message_bytes(raw)
    rules = _rules(args.disable)
    window = None
    interview = None
    if args.when is not None or args.invite is not None:
        window, _, _ = compute_window(args, when_flag="--interview")
        interview = window.interview
    elif args.send_at is not None:
        raise UsageError(
            "--send-at is checked against the send window: give --interview WHEN or "
            "--invite FILE as well"
        )
    send_at = _send_at(args)
    context = None
    if args.company or args.role or args.interviewer:
        context = ft.EmailContext(
            company=args.company, role=args.role, interviewers=args.interviewer
        )
    elif interview is not None and args.invite is not None:
        context = ft.EmailContext(
            company=interview.company, role=interview.role, interviewers=interview.interviewers
        )
    line_offset = 0
    if looks_like_message(data, name):
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        if args.subject is not None:
            del message["Subject"]
            message["Subject"] = args.subject
        try:
            report = ft.validate_message(
                message, context=context, rules=rules, window=window, send_at=send_at
            )
        except ft.EmailConfigError as exc:
            if exc.what != "send_at":
                raise
            raise UsageError(
                f"{name} has no readable Date header: give --send-at WHEN, the moment you "
                f"will send it"
            ) from None
        line_offset = _body_line_offset(data, report.body)
    else:
        if window is not None and send_at is None:
            raise UsageError(
                f"{name} is a draft without a Date: give --send-at WHEN, the moment you will "
                f"send it, to check it against the window"
            )
        text = decode_text(data)
        report = ft.validate_email(
            text,
            subject=args.subject,
            context=context,
            rules=rules,
            send_at=send_at,
            window=window,
        )

    if args.format == "json":
        print_json(report.to_dict())
    else:
        _print_report(report, name, line_offset, sys.stdout)
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _body_line_offset(data: bytes, body: str) -> int:
    """Lines before the body in the file, when the body appears there as is; else 0.

    Then the positions printed point into the file. A body that was encoded (base64,
    quoted-printable) or converted from HTML is reported in its own lines.
    """
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    needle = body.replace("\r\n", "\n").strip("\n")
    if not needle:
        return 0
    _, separator, rest = text.partition("\n\n")
    if not separator:
        return 0
    found = rest.find(needle)
    if found < 0:
        return 0
    header_lines = text[: len(text) - len(rest)].count("\n")
    leading = len(body.replace("\r\n", "\n")) - len(body.replace("\r\n", "\n").lstrip("\n"))
    return header_lines + rest[:found].count("\n") - leading


def _clip(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3].rstrip() + "..."


def _position(span: Span | None, line_offset: int) -> str:
    if span is None:
        return "1:1"
    return f"{span.line + line_offset}:{span.column}"


def _print_report(report: EmailReport, name: str, line_offset: int, out: IO[str]) -> None:
    lines: list[str] = []
    # Like a linter: in the order of the text, findings about the whole draft first.
    in_text_order = sorted(report.findings, key=lambda f: -1 if f.span is None else f.span.start)
    for finding in in_text_order:
        lines.append(
            f"{name}:{_position(finding.span, line_offset)}: "
            f"{finding.severity} {finding.code} {finding.message}"
        )
        if finding.suggestion:
            lines.append(f"    suggestion: {finding.suggestion}")
    if lines:
        lines.append("")
    width = max(len(move) for move in report.moves)
    for move, result in report.moves.items():
        if result.present and result.evidence:
            first = result.evidence[0]
            more = len(result.evidence) - 1
            extra = f" (+{more} more)" if more else ""
            lines.append(
                f"{move:<{width}}  present  {_position(first, line_offset)} "
                f'"{_clip(first.text)}"{extra}'
            )
        else:
            lines.append(f"{move:<{width}}  {'present' if result.present else 'missing'}")
    counts = {
        severity: sum(1 for f in report.findings if f.severity == severity)
        for severity in ("error", "warning", "info")
    }
    tally = ", ".join(
        f"{count} {severity}{'' if count == 1 else 's'}" for severity, count in counts.items()
    )
    present = sum(1 for result in report.moves.values() if result.present)
    verdict = "ready to send" if report.ok else "not ready"
    missing = [move for move, result in report.moves.items() if not result.present]
    if not report.ok and counts["error"] == 0 and missing:
        # The missing-part errors were disabled, yet a draft needs all four parts.
        verdict += f" ({', '.join(missing)} missing)"
    lines.append("")
    lines.append(f"{name}: {present} of 4 parts present; {tally}: {verdict}.")
    print("\n".join(lines), file=out)


def _send_at(args: argparse.Namespace) -> datetime | None:
    if args.send_at is None:
        return None
    try:
        return ft.Interview.parse(args.send_at, tz=zone_option(args.tz, "--tz")).ended_at
    except NaiveDatetimeError:
        raise UsageError(
            f"--send-at {args.send_at!r} carries no time zone: add --tz ZONE or write the "
            f"UTC offset in it"
        ) from None
    except ft.FollowupTimingError as exc:
        raise UsageError(f"--send-at: {exc}") from None
