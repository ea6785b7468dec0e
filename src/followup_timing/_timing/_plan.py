"""``followup_plan``: the thank-you note and the check-ins after it, each with its window.

Career advice is consistent about the sequence: thank the interviewer within a day or two;
if the employer named a decision date, wait until it has passed plus a couple of business
days before checking in, otherwise check in about a week (five business days) after the
thank-you; check in one final time a week or so later, then stop.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, Protocol, cast

import attrs

from followup_timing._kinds import STEP_KIND_NAMES, StepKind
from followup_timing._timing._calendar import BusinessCalendar
from followup_timing._timing._engine import timeline_for, to_local
from followup_timing._timing._explain import format_date, format_delay, format_instant
from followup_timing._timing._ics import default_summary, windows_to_ics
from followup_timing._timing._interview import Interview
from followup_timing._timing._policy import TimingPolicy
from followup_timing._timing._recipients import RecipientWindows, recipient_windows
from followup_timing._timing._state import get_state, set_state
from followup_timing._timing._window import (
    _DEFAULT_CALENDAR,
    SendWindow,
    WindowAnchor,
    WindowJSON,
    json_value,
    send_window,
    window_from,
)
from followup_timing._timing._zones import instant_key, require_aware
from followup_timing.exceptions import PolicyError, TimingTypeError

_MAX_CHECK_INS = 5
_MAX_BUSINESS_DAYS = 60


def _business_days(minimum: int) -> Any:
    def check(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise PolicyError(f"{attribute.name} must be a whole number of days, got {value!r}")
        if not minimum <= value <= _MAX_BUSINESS_DAYS:
            raise PolicyError(
                f"{attribute.name} must be between {minimum} and {_MAX_BUSINESS_DAYS} "
                f"business days, got {value}"
            )

    return check


def _check_ins(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_CHECK_INS:
        raise PolicyError(
            f"check_ins must be a whole number from 0 to {_MAX_CHECK_INS} (advice is to stop "
            f"after two), got {value!r}"
        )


def _timing_policy(
    instance: object, attribute: attrs.Attribute[TimingPolicy], value: object
) -> None:
    if not isinstance(value, TimingPolicy):
        raise PolicyError(f"timing must be a TimingPolicy, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class PlanPolicy:
    """How the check-ins after the thank-you note are spaced.

    Args:
        days_after_decision: business days to wait after the employer's expected
            decision date has passed before checking in.
        days_after_thank_you: business days after the thank-you note before the first
            check-in, when no decision date was named.
        days_between_check_ins: business days between one check-in and the next.
        check_ins: how many check-ins follow the thank-you; the last of two or more
            is the final one.
        window_days: how many business days each check-in window stays open.
        timing: the thank-you's :class:`TimingPolicy` (delays, counting); its
            ``preferred_hours`` apply to every step.

    Raises:
        PolicyError: a count that is not a whole number in its range.

    >>> from followup_timing import PlanPolicy
    >>> PlanPolicy(check_ins=1).days_after_thank_you
    5

    .. versionadded:: 0.1.0
    """

    days_after_decision: int = attrs.field(default=2, validator=_business_days(0))
    days_after_thank_you: int = attrs.field(default=5, validator=_business_days(1))
    days_between_check_ins: int = attrs.field(default=5, validator=_business_days(1))
    check_ins: int = attrs.field(default=2, validator=_check_ins)
    window_days: int = attrs.field(default=2, validator=_business_days(1))
    timing: TimingPolicy = attrs.field(factory=TimingPolicy, validator=_timing_policy)


@attrs.frozen(kw_only=True)
class StepJSON:
    """The documented ``PlanStep.to_dict()`` shape, in order."""

    kind: StepKind
    reason: str
    window: WindowJSON


@attrs.frozen(kw_only=True)
class PlanJSON:
    """The documented ``FollowupPlan.to_dict()`` shape, in order."""

    interview_ended_at: datetime
    decision_expected: date | datetime | None
    steps: list[StepJSON]


@attrs.frozen(kw_only=True)
class RecipientJSON:
    """One entry of ``FollowupPlan.to_dict()["recipients"]``, in order."""

    name: str
    email: str | None
    window: WindowJSON


@attrs.frozen(kw_only=True)
class PlanStep:
    """One message of a :class:`FollowupPlan`.

    >>> from followup_timing import Interview, followup_plan
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> plan = followup_plan(Interview(datetime(2026, 11, 23, 15, tzinfo=ZoneInfo("UTC"))))
    >>> print(plan.steps[1].reason)
    Check in 5 business days after the thank-you note.

    Attributes:
        kind: ``"thank_you"``, ``"check_in"`` or ``"final_check_in"``.
        window: when to send it, on the recipient's calendar.
        reason: one line saying why the step is placed where it is.

    .. versionadded:: 0.1.0
    """

    kind: StepKind
    window: SendWindow
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form: the kind, the reason and the window's ``to_dict()``.

        >>> from followup_timing import Interview, followup_plan
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ended = datetime(2026, 11, 23, 15, tzinfo=ZoneInfo("UTC"))
        >>> step = followup_plan(Interview(ended)).steps[0]
        >>> step.to_dict()["kind"], step.to_dict()["window"]["recommended"]
        ('thank_you', '2026-11-25T09:00:00+00:00')
        """
        return attrs.asdict(self._json(), value_serializer=json_value)

    def _json(self) -> StepJSON:
        return StepJSON(kind=self.kind, reason=self.reason, window=self.window._json())


@attrs.frozen(kw_only=True)
class FollowupPlan:
    """The thank-you note and the check-ins after it, in order, never overlapping.

    Build one with :func:`followup_plan`.

    >>> from followup_timing import Interview, followup_plan
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> plan = followup_plan(Interview(datetime(2026, 11, 23, 15, tzinfo=ZoneInfo("UTC"))))
    >>> [step.kind for step in plan.steps]
    ['thank_you', 'check_in', 'final_check_in']

    Attributes:
        interview: the interview the plan follows up.
        decision_expected: the decision date or instant the employer named, if any.
        steps: the messages, in the order to send them.
        recipients: each interviewer's thank-you window on their own calendar, and the
            moment inside all of them (:func:`~followup_timing.recipient_windows`), or
            ``None`` when the interview names no interviewers.

    .. versionadded:: 0.1.0
    """

    interview: Interview
    decision_expected: date | datetime | None = attrs.field(eq=instant_key)
    steps: tuple[PlanStep, ...]
    recipients: RecipientWindows | None = None

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Pickles from 0.1.0 lack the fields added since; they take their defaults.
        set_state(self, state)

    def explain(self) -> str:
        """The reason for each step, then each window's own explanation.

        >>> from followup_timing import Interview, followup_plan
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> plan = followup_plan(Interview(datetime(2026, 11, 23, 15, tzinfo=ny)))
        >>> print(plan.explain().splitlines()[0][:43])
        1. Thank-you note: Tue 24 Nov 2026 at 15:00
        """
        summary = [
            f"{number}. {STEP_KIND_NAMES[step.kind].title}: {format_instant(step.window.opens)} to "
            f"{format_instant(step.window.closes)}, best {format_instant(step.window.recommended)}."
            f" {step.reason}"
            for number, step in enumerate(self.steps, 1)
        ]
        if self.recipients is not None and len(self.recipients.windows) > 1:
            summary += ["", "Thank-you notes, one per interviewer:", self.recipients.summary()]
        details = [
            f"\n{STEP_KIND_NAMES[step.kind].title}:\n{step.window.explain()}" for step in self.steps
        ]
        return "\n".join(summary + details)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form with ISO 8601 instants.

        >>> from followup_timing import Interview, followup_plan
        >>> from datetime import date, datetime
        >>> from zoneinfo import ZoneInfo
        >>> ended = datetime(2026, 11, 23, 15, tzinfo=ZoneInfo("UTC"))
        >>> data = followup_plan(Interview(ended), decision_expected=date(2026, 12, 4)).to_dict()
        >>> data["decision_expected"], data["steps"][1]["window"]["opens"]
        ('2026-12-04', '2026-12-09T09:00:00+00:00')
        """
        record = PlanJSON(
            interview_ended_at=self.interview.ended_at,
            decision_expected=self.decision_expected,
            steps=[step._json() for step in self.steps],
        )
        data = attrs.asdict(record, value_serializer=json_value)
        if self.recipients is not None:
            # Only for an interview with interviewers: other plans keep the 0.1.0 shape.
            together = self.recipients.together
            data["recipients"] = [
                attrs.asdict(
                    RecipientJSON(
                        name=entry.recipient.name,
                        email=entry.recipient.email,
                        window=entry.window._json(),
                    ),
                    value_serializer=json_value,
                )
                for entry in self.recipients.windows
            ]
            data["send_all_at"] = None if together is None else together.isoformat()
        return data

    def to_ics(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        reminder: timedelta | None = timedelta(minutes=15),
        now: datetime | None = None,
        drafts: Iterable[Any] = (),
    ) -> bytes:
        """One RFC 5545 calendar with an event per step (needs ``followup-timing[ics]``).

        Each event is titled with the step and what the interview was for ("Send the
        thank-you email (Data Analyst at Globex)"). With *drafts*, a step's event carries
        its draft's subject and opening lines in its description, above the window's
        explanation; a thank-you draft written to one recipient gets its own event in that
        recipient's window ("... to Ana (Data Analyst at Globex)").

        Args:
            path: where to write the ``.ics`` file, or ``None`` to only return it.
            reminder: how long before each event its alarm fires, or ``None``.
            now: the events' DTSTAMP (aware); by default the current time.
            drafts: :class:`~followup_timing.Draft` values for the steps (from
                :func:`~followup_timing.draft_email` or :func:`~followup_timing.draft_panel`),
                matched by their ``kind``.

        Returns:
            The calendar, as the bytes written to *path*.

        Raises:
            MissingDependencyError: ``icalendar`` is not installed.
            NaiveDatetimeError: *now* has no time zone.
            TimingTypeError: an item of *drafts* is not a draft.

        >>> from followup_timing import Interview, followup_plan
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> plan = followup_plan(Interview(datetime(2026, 11, 23, 15, tzinfo=ny)))
        >>> plan.to_ics().count(b"BEGIN:VEVENT")
        3
        """
        by_kind: dict[str, list[_DraftLike]] = {}
        for n, draft in enumerate(drafts):
            fields = ("kind", "subject", "body")
            if not all(isinstance(getattr(draft, field, None), str) for field in fields):
                raise TimingTypeError(draft, f"drafts[{n}]", "a Draft")
            by_kind.setdefault(draft.kind, []).append(cast(_DraftLike, draft))
        events: list[tuple[SendWindow, str, str | None]] = []
        # The role and company in each title, so the events say which application they are for.
        for step in self.steps:
            title = STEP_KIND_NAMES[step.kind].event
            written = by_kind.get(step.kind, [])
            personal = [d for d in written if d.recipient is not None]
            if step.kind == "thank_you" and personal and self.recipients is not None:
                for draft in personal:
                    assert draft.recipient is not None
                    window = self.recipients.window_for(draft.recipient.name)
                    events.append(
                        (
                            window,
                            default_summary(window, f"{title} to {draft.recipient.name}"),
                            _draft_summary(draft, window),
                        )
                    )
                continue
            description = _draft_summary(written[0], step.window) if written else None
            events.append((step.window, default_summary(step.window, title), description))
        return windows_to_ics(events, path, reminder=reminder, now=now)


class _Named(Protocol):
    @property
    def name(self) -> str: ...


class _DraftLike(Protocol):
    """What the calendar reads from a :class:`~followup_timing.Draft`."""

    @property
    def kind(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def recipient(self) -> _Named | None: ...


_SUMMARY_CHARS = 240


def _draft_summary(draft: _DraftLike, window: SendWindow) -> str:
    """The draft's subject and opening, then why the window is where it is."""
    text = " ".join(draft.body.split())
    opening = text if len(text) <= _SUMMARY_CHARS else text[:_SUMMARY_CHARS].rsplit(" ", 1)[0]
    ellipsis = "" if opening == text else " ..."
    return f"Subject: {draft.subject}\n\n{opening}{ellipsis}\n\n{window.explain()}"


def followup_plan(
    interview: Interview,
    *,
    decision_expected: date | datetime | None = None,
    calendar: BusinessCalendar | None = None,
    policy: PlanPolicy | TimingPolicy | None = None,
) -> FollowupPlan:
    """The sequence of follow-up messages for *interview*, each with its send window.

    The thank-you window is :func:`send_window`'s. The first check-in opens
    ``days_after_decision`` business days after *decision_expected* has passed (the end
    of that local date, or that instant), or ``days_after_thank_you`` business days
    after the thank-you's recommended time when no decision date is known. Each later
    check-in opens ``days_between_check_ins`` business days after the previous one's
    recommended time. No step opens before the previous step's window has closed.

    Args:
        interview: the interview.
        decision_expected: the date (recipient's local date) or aware instant by which
            the employer said they would decide, if they named one.
        calendar: the recipient's calendar, as for :func:`send_window`.
        policy: the plan's :class:`PlanPolicy` (spacing and number of check-ins, and the
            thank-you's timing), or just a :class:`TimingPolicy` for the thank-you with
            the default spacing.

    Returns:
        The plan.

    Raises:
        NaiveDatetimeError: *decision_expected* is a naive datetime.
        TimingTypeError: an argument of the wrong type.
        NoBusinessTimeError: as :func:`send_window`.
        DatetimeRangeError: as :func:`send_window`.

    >>> from followup_timing import Interview, followup_plan
    >>> from datetime import date, datetime
    >>> from zoneinfo import ZoneInfo
    >>> ny = ZoneInfo("America/New_York")
    >>> plan = followup_plan(Interview(datetime(2026, 11, 23, 15, tzinfo=ny)),
    ...                      decision_expected=date(2026, 12, 4))
    >>> for step in plan.steps:
    ...     print(step.kind, step.window.recommended.strftime("%a %d %b %H:%M"))
    thank_you Wed 25 Nov 09:00
    check_in Wed 09 Dec 09:00
    final_check_in Wed 16 Dec 09:00

    .. versionadded:: 0.1.0
    """
    calendar = _DEFAULT_CALENDAR if calendar is None else calendar
    plan_policy = _plan_policy(policy)
    timing = plan_policy.timing
    thank_you = send_window(interview, calendar=calendar, policy=timing)
    steps = [PlanStep(kind="thank_you", window=thank_you, reason=_thank_you_reason(timing))]
    decision_anchor = _decision_anchor(decision_expected, interview, calendar)
    previous = thank_you
    for number in range(plan_policy.check_ins):
        final = number == plan_policy.check_ins - 1 and plan_policy.check_ins >= 2
        kind: StepKind = "final_check_in" if final else "check_in"
        if number == 0 and decision_anchor is not None:
            anchor, days = decision_anchor, plan_policy.days_after_decision
            reason = (
                f"The employer expected to decide by {_decision_label(decision_expected)}: "
                f"wait until that has passed plus {days} business days."
            )
        else:
            days = (
                plan_policy.days_after_thank_you
                if number == 0
                else (plan_policy.days_between_check_ins)
            )
            anchor = _sent_anchor(previous, steps[-1].kind)
            previous_name = STEP_KIND_NAMES[steps[-1].kind].in_text
            reason = f"Check in {days} business days after the {previous_name}."
        if final:
            reason += " This is the last message: after it, stop following up."
        window = _check_in_window(anchor, days, previous, interview, calendar, plan_policy)
        steps.append(PlanStep(kind=kind, window=window, reason=reason))
        previous = window
    recipients = (
        recipient_windows(interview, calendar=calendar, policy=timing)
        if interview.recipients
        else None
    )
    return FollowupPlan(
        interview=interview,
        decision_expected=decision_expected,
        steps=tuple(steps),
        recipients=recipients,
    )


def _plan_policy(policy: PlanPolicy | TimingPolicy | None) -> PlanPolicy:
    if policy is None:
        return PlanPolicy()
    if isinstance(policy, TimingPolicy):
        return PlanPolicy(timing=policy)
    if not isinstance(policy, PlanPolicy):
        raise TimingTypeError(policy, "policy", "a PlanPolicy, a TimingPolicy or None")
    return policy


def _thank_you_reason(policy: TimingPolicy) -> str:
    hour = timedelta(hours=1)
    if not policy.min_delay % hour and not policy.max_delay % hour:
        # "24 to 48 hours": the usual advice, as it is usually written.
        delays = f"{policy.min_delay // hour} to {policy.max_delay // hour} hours"
    else:
        delays = f"{format_delay(policy.min_delay)} to {format_delay(policy.max_delay)}"
    counted = ", counting only business days" if policy.counting == "business_days" else ""
    return (
        f"Thank the interviewer while the conversation is fresh: {delays} after the "
        f"interview{counted}."
    )


def _sent_anchor(previous: SendWindow, kind: StepKind) -> WindowAnchor:
    return WindowAnchor(
        at=previous.recommended,
        description=f"the {STEP_KIND_NAMES[kind].in_text}, sent at its recommended time",
    )


def _decision_anchor(
    decision: date | datetime | None, interview: Interview, calendar: BusinessCalendar
) -> WindowAnchor | None:
    if decision is None:
        return None
    if isinstance(decision, datetime):
        at = require_aware(decision, "decision_expected")
        return WindowAnchor(at=at, description=f"the expected decision by {_decision_label(at)}")
    if not isinstance(decision, date):
        raise TimingTypeError(decision, "decision_expected", "a date, an aware datetime or None")
    # A decision date has passed at the end of that day, in the recipient's zone.
    zone = calendar.zone_for(interview.ended_at)
    passed = timeline_for(calendar, zone).first_instant_from(decision.toordinal() + 1)
    return WindowAnchor(
        at=to_local(passed, zone),
        description=f"the end of the expected decision date, {_decision_label(decision)}",
    )


def _decision_label(decision: date | datetime | None) -> str:
    if isinstance(decision, datetime):
        return format_instant(decision)
    assert decision is not None
    return format_date(decision)


def _check_in_window(
    anchor: WindowAnchor,
    days: int,
    previous: SendWindow,
    interview: Interview,
    calendar: BusinessCalendar,
    plan_policy: PlanPolicy,
) -> SendWindow:
    delay = timedelta(days=days)
    check_in_policy = TimingPolicy(
        min_delay=delay,
        max_delay=delay + timedelta(days=plan_policy.window_days),
        counting="business_days",
        preferred_hours=plan_policy.timing.preferred_hours,
    )
    window = window_from(anchor, interview, calendar, check_in_policy)
    if window._decision.opens >= previous._decision.closes:
        return window
    # Steps never overlap: when the natural count ends inside the previous window (a
    # decision date before the thank-you closes, say), open at the first business time
    # after it instead. Not adding the delay again keeps a later decision date from ever
    # producing an earlier check-in.
    after_previous = WindowAnchor(
        at=previous.closes,
        description=f"the close of the previous window (counting from {anchor.description} "
        f"would overlap it)",
    )
    right_after = attrs.evolve(
        check_in_policy, min_delay=timedelta(0), max_delay=timedelta(days=plan_policy.window_days)
    )
    return window_from(after_previous, interview, calendar, right_after)
