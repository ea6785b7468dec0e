"""TimingPolicy reads the command line's duration strings (issue 12, item 8)."""

from __future__ import annotations

import warnings
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft
from followup_timing._durations import format_duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", timedelta(hours=24)),
        ("2d", timedelta(days=2)),
        ("1 day 6 hours", timedelta(hours=30)),
    ],
)
def test_policy_takes_the_cli_s_duration_strings(text: str, expected: timedelta) -> None:
    """'24h' and '2d', as typed on the command line, are accepted by the API too."""
    policy = ft.TimingPolicy(min_delay=text, max_delay="3d")
    assert policy.min_delay == expected
    assert policy == ft.TimingPolicy(min_delay=expected, max_delay=timedelta(days=3))


@given(
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=366)).map(
        lambda delta: delta // timedelta(minutes=1) * timedelta(minutes=1)
    ),
    st.sampled_from(["words", "compact"]),
)
def test_any_written_delay_equals_its_timedelta(delay: timedelta, style: str) -> None:
    """Whatever the formatter writes, the policy reads back to the same value."""
    text = format_duration(delay, style=style)  # type: ignore[arg-type]
    assert ft.TimingPolicy(min_delay="0m", max_delay=text).max_delay == delay


@pytest.mark.parametrize("field", ["min_delay", "max_delay"])
def test_a_string_that_is_no_duration_names_the_field(field: str) -> None:
    """The error says which delay was unreadable and shows the accepted forms."""
    with pytest.raises(
        ft.PolicyError,
        match=rf"^{field}: cannot read 'soon' as a duration: use numbers with units",
    ):
        ft.TimingPolicy(**{field: "soon"})  # type: ignore[arg-type]


def test_string_delays_are_still_validated() -> None:
    """A string is converted first, then checked like a timedelta: min above max is refused."""
    with pytest.raises(ft.PolicyError, match="min_delay 3 days is longer than max_delay 2 days"):
        ft.TimingPolicy(min_delay="3d")


def test_warning_class_is_public_and_a_user_warning() -> None:
    """FollowupTimingWarning is exported and filterable like any UserWarning."""
    assert "FollowupTimingWarning" in ft.__all__
    assert issubclass(ft.FollowupTimingWarning, UserWarning)
    warning = ft.FollowupTimingWarning("odd", "check this", code="legacy-zone", zones=["UTC"])
    assert (warning.problem, warning.fix, warning.code, warning.zones) == (
        "odd",
        "check this",
        "legacy-zone",
        ("UTC",),
    )
    with pytest.warns(ft.FollowupTimingWarning, match="^odd; check this$"):
        warnings.warn(warning, stacklevel=1)
