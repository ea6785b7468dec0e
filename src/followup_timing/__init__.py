"""When to send the follow-up email after a job interview, and whether the draft is any good.

The public API lives here; every other module is private.
"""

from __future__ import annotations

from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._interview import Interview, InterviewKind
from followup_timing._timing._policy import TimingPolicy
from followup_timing._timing._window import SendWindow, Timing, send_window
from followup_timing._version import __version__
from followup_timing.exceptions import (
    CalendarError,
    DatetimeParseError,
    DatetimeRangeError,
    EmailConfigError,
    EmailInputError,
    EmailTypeError,
    FollowupTimingError,
    InterviewError,
    NaiveDatetimeError,
    NoBusinessTimeError,
    PolicyError,
    UnknownCountryError,
    UnknownTimezoneError,
)

__all__ = [
    "BusinessCalendar",
    "CalendarError",
    "DatetimeParseError",
    "DatetimeRangeError",
    "EmailConfigError",
    "EmailInputError",
    "EmailTypeError",
    "FollowupTimingError",
    "Interview",
    "InterviewError",
    "InterviewKind",
    "NaiveDatetimeError",
    "NoBusinessTimeError",
    "PolicyError",
    "SendWindow",
    "Timing",
    "TimingPolicy",
    "UnknownCountryError",
    "UnknownTimezoneError",
    "__version__",
    "send_window",
]
