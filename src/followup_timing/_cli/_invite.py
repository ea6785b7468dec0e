"""``--invite FILE``: the interview read from its calendar invite, for any command."""

from __future__ import annotations

import argparse
from datetime import tzinfo

import followup_timing as ft
from followup_timing._cli._common import Options, UsageError


def add_invite_options(parser: Options) -> None:
    """``--invite``, ``--event`` and ``--me``: where the interview comes from."""
    parser.add_argument(
        "--invite",
        metavar="FILE",
        help="the interview's calendar invite (.ics) instead of WHEN: its end, zone, "
        "company, role and interviewers (needs followup-timing[ics])",
    )
    parser.add_argument(
        "--event",
        metavar="UID|N",
        help="with --invite: which event of a file with several, by UID or index (0 first)",
    )
    parser.add_argument(
        "--me",
        metavar="EMAIL",
        action="append",
        default=[],
        help="with --invite: your own address, left out of the interviewers; repeatable",
    )


def interview_from_invite(args: argparse.Namespace, tz: tzinfo | None) -> ft.Interview:
    """The interview of ``--invite``; *tz* is the zone of times the invite leaves floating."""
    try:
        with open(args.invite, "rb") as file:
            data = file.read()
    except IsADirectoryError:
        raise UsageError(f"--invite: cannot read {args.invite!r}: it is a directory") from None
    except OSError as exc:
        raise UsageError(f"--invite: cannot read {args.invite!r}: {exc.strerror or exc}") from None
    event: int | str | None = args.event
    if isinstance(event, str) and event.strip().isdigit():
        event = int(event)
    try:
        return ft.Interview.from_ics(data, event=event, tz=tz, candidate_email=args.me)
    except ft.InviteError as exc:
        hint = " (add --tz ZONE)" if exc.reason == "floating" else ""
        raise UsageError(f"--invite {args.invite}: {exc}{hint}") from None
