"""``followup-timing draft``: write a follow-up email that passes the check."""

from __future__ import annotations

import argparse
from typing import Any

import followup_timing as ft
from followup_timing._cli._common import EXIT_OK, PROG, UsageError, add_command
from followup_timing._cli._output import print_json
from followup_timing._cli._types import nonblank

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
        "--company", metavar="C", type=nonblank, required=True, help="the hiring company"
    )
    draft.add_argument(
        "--role", metavar="R", type=nonblank, required=True, help="the role interviewed for"
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
    """Print the draft, or its JSON form."""
    if len(args.highlight) > 3:
        raise UsageError(
            f"--highlight: {len(args.highlight)} given; keep the one to three that fit the "
            f"role best"
        )
    try:
        candidate = ft.Candidate(name=args.name, highlights=args.highlight)
        context = ft.EmailContext(
            company=args.company,
            role=args.role,
            interviewers=args.interviewer,
            topics=args.topic,
        )
        draft = ft.draft_email(args.kind, candidate=candidate, context=context, tone=args.tone)
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
    return EXIT_OK
