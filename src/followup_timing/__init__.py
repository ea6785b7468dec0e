"""When to send the follow-up email after a job interview, and whether the draft is any good.

The public API lives here; every other module is private.
"""

from followup_timing._drafts._candidate import Candidate
from followup_timing._drafts._draft import Draft, draft_email
from followup_timing._drafts._templates import DRAFT_TEMPLATES, TEMPLATE_FIELDS
from followup_timing._email._message import html_to_text, validate_message
from followup_timing._email._moves import MOVE_NAMES, MoveName
from followup_timing._email._report import (
    FINDING_CODES,
    EmailContext,
    EmailMetrics,
    EmailReport,
    Finding,
    MoveResult,
    Rules,
    Severity,
    Span,
)
from followup_timing._email._validate import validate_email
from followup_timing._kinds import STEP_KINDS, TONES, StepKind, Tone
from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._interview import Interview, InterviewKind
from followup_timing._timing._plan import FollowupPlan, PlanPolicy, PlanStep, followup_plan
from followup_timing._timing._policy import TimingPolicy
from followup_timing._timing._window import (
    SendWindow,
    Timing,
    WindowAnchor,
    send_window,
    send_windows,
)
from followup_timing._version import __version__
from followup_timing.exceptions import (
    CalendarError,
    CalendarExportError,
    DatetimeParseError,
    DatetimeRangeError,
    DraftError,
    DraftTypeError,
    EmailConfigError,
    EmailInputError,
    EmailTypeError,
    FollowupTimingError,
    InterviewError,
    MissingDependencyError,
    NaiveDatetimeError,
    NoBusinessTimeError,
    PolicyError,
    TimingTypeError,
    UnknownCountryError,
    UnknownTimezoneError,
)

__all__ = [
    "DRAFT_TEMPLATES",
    "FINDING_CODES",
    "MOVE_NAMES",
    "STEP_KINDS",
    "TEMPLATE_FIELDS",
    "TONES",
    "BusinessCalendar",
    "CalendarError",
    "CalendarExportError",
    "Candidate",
    "DatetimeParseError",
    "DatetimeRangeError",
    "Draft",
    "DraftError",
    "DraftTypeError",
    "EmailConfigError",
    "EmailContext",
    "EmailInputError",
    "EmailMetrics",
    "EmailReport",
    "EmailTypeError",
    "Finding",
    "FollowupPlan",
    "FollowupTimingError",
    "Interview",
    "InterviewError",
    "InterviewKind",
    "MissingDependencyError",
    "MoveName",
    "MoveResult",
    "NaiveDatetimeError",
    "NoBusinessTimeError",
    "PlanPolicy",
    "PlanStep",
    "PolicyError",
    "Rules",
    "SendWindow",
    "Severity",
    "Span",
    "StepKind",
    "Timing",
    "TimingPolicy",
    "TimingTypeError",
    "Tone",
    "UnknownCountryError",
    "UnknownTimezoneError",
    "WindowAnchor",
    "__version__",
    "draft_email",
    "followup_plan",
    "html_to_text",
    "send_window",
    "send_windows",
    "validate_email",
    "validate_message",
]
