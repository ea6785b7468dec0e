"""Fuzzing Interview.from_ics: any input gives an interview or an InviteError, nothing else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft

INVITES = Path(__file__).parent / "data" / "invites"


def invite(name: str) -> bytes:
    return (INVITES / name).read_bytes()


@given(st.text(max_size=300) | st.binary(max_size=300))
def test_arbitrary_input_is_refused_cleanly(data: str | bytes) -> None:
    """Whatever the bytes, the reader answers or raises InviteError, never another error."""
    try:
        ft.Interview.from_ics(data)
    except ft.InviteError as error:
        assert str(error)
        assert error.reason in {"malformed", "no-event"}


@given(
    drop=st.integers(min_value=0, max_value=200),
    fixture=st.sampled_from(["google.ics", "outlook.ics", "apple.ics", "teams.ics", "zoom.ics"]),
)
def test_a_fixture_with_a_line_removed_is_read_or_refused_cleanly(drop: int, fixture: str) -> None:
    """Damaged real-shaped invites give an interview or an InviteError, nothing else."""
    lines = invite(fixture).split(b"\r\n")
    del lines[drop % len(lines)]
    try:
        ft.Interview.from_ics(b"\r\n".join(lines))
    except ft.InviteError as error:
        assert str(error)
