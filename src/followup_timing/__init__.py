"""When to send the follow-up email after a job interview, and whether the draft is any good.

The public API lives here; every other module is private.
"""

from __future__ import annotations

from followup_timing._version import __version__
from followup_timing.exceptions import (
    CalendarError,
    DatetimeParseError,
    DatetimeRangeError,
    EmailInputError,
    FollowupTimingError,
    InterviewError,
    NaiveDatetimeError,
    NoBusinessTimeError,
    PolicyError,
    UnknownCountryError,
    UnknownTimezoneError,
)

__all__ = [
    "CalendarError",
    "DatetimeParseError",
    "DatetimeRangeError",
    "EmailInputError",
    "FollowupTimingError",
    "InterviewError",
    "NaiveDatetimeError",
    "NoBusinessTimeError",
    "PolicyError",
    "UnknownCountryError",
    "UnknownTimezoneError",
    "__version__",
]
