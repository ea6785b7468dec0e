"""The library's one duration parser and formatter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_timing._durations import format_duration, parse_duration
from followup_timing.exceptions import PolicyError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", timedelta(hours=24)),
        ("1h30m", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("1w", timedelta(weeks=1)),
        ("1 day 6 hours", timedelta(hours=30)),
        ("90 minutes", timedelta(minutes=90)),
        ("3 hrs, 20 mins", timedelta(hours=3, minutes=20)),
    ],
)
def test_parse_reads_compact_and_word_forms(text: str, expected: timedelta) -> None:
    """Both the command line's compact form and written-out units are read."""
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "24", "h24", "1 day and then some"])
def test_parse_refuses_non_durations_with_the_accepted_forms(text: str) -> None:
    """A text that is no duration is a PolicyError that shows what is accepted."""
    with pytest.raises(PolicyError, match=r"cannot read .* as a duration: use numbers with units"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("delta", "words", "hours", "compact"),
    [
        (timedelta(hours=30), "1 day 6 hours", "30 hours", "1d6h"),
        (timedelta(0), "0 minutes", "0 minutes", "0m"),
        (timedelta(minutes=1), "1 minute", "1 minute", "1m"),
        (timedelta(hours=24, minutes=30), "1 day 30 minutes", "24 hours 30 minutes", "1d30m"),
        (timedelta(hours=1, seconds=30), "1 hour 30 seconds", "1 hour 30 seconds", "1h30s"),
        (timedelta(seconds=1, microseconds=5), "1 second", "1 second", "1s"),
    ],
)
def test_format_styles(delta: timedelta, words: str, hours: str, compact: str) -> None:
    """Each style spells the same duration its own way, never '0 hours'."""
    assert format_duration(delta) == words
    assert format_duration(delta, style="hours") == hours
    assert format_duration(delta, style="compact") == compact


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3650)))
def test_compact_form_reads_back_to_the_second(delta: timedelta) -> None:
    """What the compact formatter writes, the parser reads back (fractions dropped)."""
    whole_seconds = delta // timedelta(seconds=1) * timedelta(seconds=1)
    assert parse_duration(format_duration(delta, style="compact")) == whole_seconds
