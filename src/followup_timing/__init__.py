"""When to send the follow-up email after a job interview, and whether the draft is any good.

The public API lives here; every other module is private. ``import followup_timing`` loads
the send-window half only: follow-up plans, the email validator and the drafting half load
the first time one of their names is used (PEP 562 module ``__getattr__``), and calendar
export loads with ``to_ics``. The imports under ``TYPE_CHECKING`` tell type checkers and
IDEs every name.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

from followup_timing._kinds import STEP_KINDS, TONES, StepKind, Tone
from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._interview import Interview, InterviewKind
from followup_timing._timing._policy import TimingPolicy
from followup_timing._timing._recipient import Recipient
from followup_timing._timing._recipients import (
    RecipientWindow,
    RecipientWindows,
    recipient_windows,
)
from followup_timing._timing._window import (
    SendWindow,
    Timing,
    WindowAnchor,
    send_window,
    send_windows,
)
from followup_timing._version import __version__
from followup_timing.exceptions import (
    AmbiguousDateError,
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
    FollowupTimingWarning,
    InterviewError,
    InviteError,
    MissingDependencyError,
    NaiveDatetimeError,
    NoBusinessTimeError,
    PolicyError,
    TimeMissingError,
    TimingTypeError,
    UnknownCountryError,
    UnknownTimezoneError,
    WrongTypeError,
    ZoneAbbreviationError,
)

if TYPE_CHECKING:
    from followup_timing._drafts._candidate import Candidate
    from followup_timing._drafts._draft import Draft, draft_email
    from followup_timing._drafts._panel import draft_panel
    from followup_timing._drafts._templates import DRAFT_TEMPLATES, TEMPLATE_FIELDS
    from followup_timing._email._batch import validate_notes
    from followup_timing._email._codes import FINDING_CODES
    from followup_timing._email._message import html_to_text, validate_message
    from followup_timing._email._moves import MOVE_NAMES, MoveName
    from followup_timing._email._report import (
        EmailMetrics,
        EmailReport,
        Finding,
        MoveResult,
        Severity,
        Span,
    )
    from followup_timing._email._rules import EmailContext, Rules
    from followup_timing._email._validate import validate_email
    from followup_timing._timing._plan import FollowupPlan, PlanPolicy, PlanStep, followup_plan

#: The names that load on first use, by the private module that defines them.
_LAZY: dict[str, str] = {
    "Candidate": "followup_timing._drafts._candidate",
    "Draft": "followup_timing._drafts._draft",
    "draft_email": "followup_timing._drafts._draft",
    "draft_panel": "followup_timing._drafts._panel",
    "DRAFT_TEMPLATES": "followup_timing._drafts._templates",
    "TEMPLATE_FIELDS": "followup_timing._drafts._templates",
    "FINDING_CODES": "followup_timing._email._codes",
    "html_to_text": "followup_timing._email._message",
    "validate_message": "followup_timing._email._message",
    "MOVE_NAMES": "followup_timing._email._moves",
    "MoveName": "followup_timing._email._moves",
    "EmailMetrics": "followup_timing._email._report",
    "EmailReport": "followup_timing._email._report",
    "Finding": "followup_timing._email._report",
    "MoveResult": "followup_timing._email._report",
    "Severity": "followup_timing._email._report",
    "Span": "followup_timing._email._report",
    "EmailContext": "followup_timing._email._rules",
    "Rules": "followup_timing._email._rules",
    "validate_email": "followup_timing._email._validate",
    "validate_notes": "followup_timing._email._batch",
    # Plans are a step past the send window, with their own classes: attrs builds each
    # class's methods when the module loads, which is most of the timing half's cost.
    "FollowupPlan": "followup_timing._timing._plan",
    "PlanPolicy": "followup_timing._timing._plan",
    "PlanStep": "followup_timing._timing._plan",
    "followup_plan": "followup_timing._timing._plan",
}


def _look_public(value: Any) -> None:
    # Reprs, docs and pickles name the public module, never the private one that
    # defines the class; pickles made before 0.2.0 name the private module, which stays.
    if isinstance(value, type):
        value.__module__ = __name__


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    importlib.import_module(module)
    # Every lazy name whose module is now loaded becomes a plain module attribute (the
    # next lookup costs nothing) and looks public, including the classes the loaded half
    # returns but the caller has not named yet (validate_email's EmailReport).
    for other, where in _LAZY.items():
        loaded = sys.modules.get(where)
        if loaded is not None and other not in globals():
            value = getattr(loaded, other)
            _look_public(value)
            globals()[other] = value
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


for _value in (
    BusinessCalendar,
    Interview,
    InterviewKind,
    Recipient,
    RecipientWindow,
    RecipientWindows,
    SendWindow,
    Timing,
    TimingPolicy,
    WindowAnchor,
):
    _look_public(_value)
del _value

__all__ = [
    "DRAFT_TEMPLATES",
    "FINDING_CODES",
    "MOVE_NAMES",
    "STEP_KINDS",
    "TEMPLATE_FIELDS",
    "TONES",
    "AmbiguousDateError",
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
    "FollowupTimingWarning",
    "Interview",
    "InterviewError",
    "InterviewKind",
    "InviteError",
    "MissingDependencyError",
    "MoveName",
    "MoveResult",
    "NaiveDatetimeError",
    "NoBusinessTimeError",
    "PlanPolicy",
    "PlanStep",
    "PolicyError",
    "Recipient",
    "RecipientWindow",
    "RecipientWindows",
    "Rules",
    "SendWindow",
    "Severity",
    "Span",
    "StepKind",
    "TimeMissingError",
    "Timing",
    "TimingPolicy",
    "TimingTypeError",
    "Tone",
    "UnknownCountryError",
    "UnknownTimezoneError",
    "WindowAnchor",
    "WrongTypeError",
    "ZoneAbbreviationError",
    "__version__",
    "draft_email",
    "draft_panel",
    "followup_plan",
    "html_to_text",
    "recipient_windows",
    "send_window",
    "send_windows",
    "validate_email",
    "validate_message",
    "validate_notes",
]
