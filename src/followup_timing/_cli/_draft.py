"""``followup-timing draft``: write a follow-up email that passes the check."""

from __future__ import annotations

import argparse
import sys
from datetime import tzinfo
from typing import Any

import followup_timing as ft
from followup_timing._cli._common import EXIT_OK, PROG, UsageError, add_command
from followup_timing._cli._invite import add_invite_options, interview_from_invite
from followup_timing._cli._output import print_json
from followup_timing._cli._types import nonblank
from followup_timing._timing._zones import resolve_zone
from followup_timing.exceptions import NaiveDatetimeError

EPILOG = f"""\
KIND is thank_you, check_in or final_check_in: the steps of a follow-up plan. Every
draft thanks, restates interest, ties your highlights to the role and asks about the
timeline, and passes the check command. Names are used as given, so write them the
way you address the person ("Ana", "Ms Lee"). A thank-you needs an --interviewer; a
check-in without one greets the company's team.

examples:
  {PROG} draft thank_you --name "Alex Kim" --company Acme --role "Data Analyst" \\
      --interviewer Ana --interviewer Ben --highlight "five years of SQL" \\
      --highlight "building dbt models" --topic "the Q3 migration"
  {PROG} draft check_in --name "Alex Kim" --company Acme --role "Data Analyst" \\
      --highlight "five years of SQL" --tone formal --json

  # one interviewer of the invite, saved as a draft message addressed to them
  {PROG} draft thank_you --name "Alex Kim" --invite interview.ics \\
      --recipient "Wei Zhang" --highlight "five years of SQL" --topic "the data platform" \\
      --eml wei.eml --send-at "2026-11-26 09:00" --tz Asia/Singapore

exit status: 0 on success, 2 on a usage or input error (such as a missing fact).
"""


def add_to(commands: Any, prog: str) -> None:
    """Declare the ``draft`` command and its options."""
    draft = add_command(
        commands,
        "draft",
        help="write a follow-up email that passes the check",
        description=(
            "Write a thank-you note or a check-in for a follow-up plan's step, from your\n"
            "name, the company, the role, the people you met and what you bring."
        ),
        epilog=EPILOG.replace(PROG, prog),
    )
    draft.add_argument("kind", metavar="KIND", choices=ft.STEP_KINDS, help=", ".join(ft.STEP_KINDS))
    draft.add_argument("--name", metavar="N", type=nonblank, required=True, help="your name")
    draft.add_argument(
        "--company", metavar="C", type=nonblank, help="the hiring company (or from --invite)"
    )
    draft.add_argument(
        "--role", metavar="R", type=nonblank, help="the role interviewed for (or from --invite)"
    )
    draft.add_argument(
        "--interviewer",
        metavar="I",
        type=nonblank,
        action="append",
        default=[],
        help="someone you met, as you address them; repeatable (a thank-you needs one)",
    )
    draft.add_argument(
        "--highlight",
        metavar="H",
        type=nonblank,
        action="append",
        required=True,
        help="a skill or experience that fits the role; one to three",
    )
    draft.add_argument(
        "--topic",
        metavar="T",
        type=nonblank,
        action="append",
        default=[],
        help="something you discussed; repeatable (the first is mentioned)",
    )
    draft.add_argument("--tone", choices=ft.TONES, default="warm", help="the tone (warm)")
    draft.add_argument(
        "--json", action="store_true", help="print the draft as JSON (Draft.to_dict())"
    )
    add_invite_options(draft)
    draft.add_argument(
        "--recipient",
        metavar="NAME",
        type=nonblank,
        help="write to this one interviewer (of --invite, or by name): the draft greets them "
        "alone and --eml is addressed to them",
    )
    draft.add_argument(
        "--eml",
        metavar="FILE",
        help="also write the draft as an e-mail message that mail programs open as a draft",
    )
    draft.add_argument(
        "--to",
        metavar="ADDRESS",
        action="append",
        default=[],
        help="with --eml: an address to send to (default: the interviewers' from --invite)",
    )
    draft.add_argument(
        "--send-at",
        metavar="WHEN",
        help="with --eml: the message's Date, the moment you will send it",
    )
    draft.add_argument(
        "--tz", metavar="ZONE", help="the zone of --send-at and of an invite's floating times"
    )
    draft.set_defaults(handler=run)


# The option each fact of a draft comes from, to name it in an error.
_DRAFT_FLAGS = {
    "Candidate.name": "--name",
    "Candidate.highlights": "--highlight",
    "context.company": "--company",
    "context.role": "--role",
    "context.interviewers": "--interviewer",
    "context.topics": "--topic",
}


def run(args: argparse.Namespace) -> int:
    """Print the draft, or its JSON form; with --eml, also write it as a message."""
    if len(args.highlight) > 3:
        raise UsageError(
            f"--highlight: {len(args.highlight)} given; keep the one to three that fit the "
            f"role best"
        )
    zone = _zone(args.tz)
    interview = None
    if args.invite is not None:
        interview = interview_from_invite(args, zone)
    elif args.event is not None or args.me:
        raise UsageError("--event and --me read --invite FILE; give --invite as well")
    company = args.company or (interview.company if interview else None)
    role = args.role or (interview.role if interview else None)
    for option, value in (("--company", company), ("--role", role)):
        if value is None:
            where = (
                "the invite's summary does not name it"
                if interview
                else "or --invite FILE whose summary names it"
            )
            raise UsageError(f"the following arguments are required: {option} ({where})")
    recipient = _recipient(args.recipient, interview)
    interviewers = args.interviewer or (list(interview.interviewers) if interview else [])
    try:
        candidate = ft.Candidate(name=args.name, highlights=args.highlight)
        context = ft.EmailContext(
            company=company, role=role, interviewers=interviewers, topics=args.topic
        )
        draft = ft.draft_email(
            args.kind, candidate=candidate, context=context, tone=args.tone, recipient=recipient
        )
    except ft.DraftError as exc:
        if exc.what == "context.interviewers":
            raise UsageError(
                f"a {args.kind} draft thanks the people you met by name: add --interviewer "
                f"NAME, written as you address them (e.g. --interviewer 'Ms Lee')"
            ) from None
        flag = _DRAFT_FLAGS.get((exc.what or "").split("[")[0])
        if flag is None:
            raise UsageError(str(exc)) from None
        # "context.company='[Company]' looks like..." names the API's field: say the option.
        field = f"{exc.what}="
        message = str(exc)
        raise UsageError(
            f"{flag} {message.removeprefix(field)}"
            if message.startswith(field)
            else f"{flag}: {message}"
        ) from None
    if args.json:
        print_json(draft.to_dict())
    else:
        print(f"Subject: {draft.subject}\n\n{draft.body}")
    if args.eml is not None:
        _write_eml(args, draft, interview, zone)
    elif args.to or args.send_at:
        raise UsageError("--to and --send-at shape the --eml FILE message; give --eml as well")
    return EXIT_OK


def _zone(name: str | None) -> tzinfo | None:
    if name is None:
        return None
    try:
        return resolve_zone(name)
    except ft.FollowupTimingError as exc:
        raise UsageError(f"--tz: {exc}") from None


def _recipient(name: str | None, interview: ft.Interview | None) -> ft.Recipient | None:
    """The interviewer --recipient names: the invite's (with their address), or a name."""
    if name is None:
        return None
    if interview is None:
        return ft.Recipient(name)
    for person in interview.recipients:
        if person.name.casefold() == name.casefold():
            return person
    names = ", ".join(repr(person.name) for person in interview.recipients) or "none"
    raise UsageError(f"--recipient {name!r} is not among the invite's interviewers ({names})")


def _write_eml(
    args: argparse.Namespace, draft: ft.Draft, interview: ft.Interview | None, zone: tzinfo | None
) -> None:
    to: list[str | ft.Recipient] = list(args.to)
    if not to and draft.recipient is not None and draft.recipient.email is not None:
        to = [draft.recipient]
    if not to and interview is not None and draft.recipient is None:
        to = [person for person in interview.recipients if person.email is not None]
    if not to:
        raise UsageError(
            "--eml: no address to send to: give --to ADDRESS (the invite names none for "
            "this recipient)"
            if interview
            else "--eml: give --to ADDRESS, or --invite FILE"
        )
    date = None
    if args.send_at is not None:
        try:
            date = ft.Interview.parse(args.send_at, tz=zone).ended_at
        except NaiveDatetimeError:
            raise UsageError(
                f"--send-at {args.send_at!r} carries no time zone: add --tz ZONE or write "
                f"the UTC offset in it"
            ) from None
        except ft.FollowupTimingError as exc:
            raise UsageError(f"--send-at: {exc}") from None
    try:
        message = draft.to_message(to=to, date=date)
    except ft.DraftError as exc:
        raise UsageError(f"--to: {exc}") from None
    with open(args.eml, "wb") as file:
        file.write(bytes(message))
    print(f"\nWrote {args.eml}: To: {message['To']}", file=sys.stderr)
