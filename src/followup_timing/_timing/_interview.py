"""The interview a follow-up is about."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from typing import Any

import attrs

from followup_timing._timing import _facts
from followup_timing._timing._dates import parse_when
from followup_timing._timing._invite import read_invite
from followup_timing._timing._recipient import Recipient
from followup_timing._timing._state import get_state, set_state
from followup_timing._timing._zones import instant_key, require_aware, resolve_zone
from followup_timing.exceptions import InterviewError


class InterviewKind(str, enum.Enum):
    """How the interview was held; later checks may tailor advice to it.

    >>> from followup_timing import InterviewKind
    >>> InterviewKind("video")
    <InterviewKind.VIDEO: 'video'>

    .. versionadded:: 0.1.0
    """

    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"
    PANEL = "panel"
    TECHNICAL = "technical"
    OTHER = "other"


def _aware(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    # The common case is checked inline: interviews are built by the million in batches.
    if type(value) is not datetime or value.utcoffset() is None:
        require_aware(value, f"Interview.{attribute.name}")


def _aware_or_none(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _aware(instance, attribute, value)


def _to_recipients(value: Recipient | str | Iterable[Recipient | str]) -> tuple[Recipient, ...]:
    if value == ():
        return ()
    people = (value,) if isinstance(value, (str, Recipient)) else tuple(value)
    for person in people:
        if not isinstance(person, Recipient) and (
            not isinstance(person, str) or not person.strip()
        ):
            raise InterviewError(
                f"interviewers must be non-empty names or Recipient values, got {person!r}"
            )
    return tuple(Recipient.of(person) for person in people)


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InterviewError(
            f"Interview.{attribute.name} must be non-empty text or None, got {value!r}"
        )


def _to_kind(value: InterviewKind | str | None) -> InterviewKind | None:
    if value is None or isinstance(value, InterviewKind):
        return value
    try:
        return InterviewKind(value)
    except ValueError:
        choices = ", ".join(kind.value for kind in InterviewKind)
        raise InterviewError(
            f"unknown interview kind {value!r}; choose one of: {choices}"
        ) from None


@attrs.frozen
class Interview:
    """A job interview, identified by when it ended.

    Args:
        ended_at: when the interview ended; must be an aware datetime.
        started_at: when it started (aware, not after ``ended_at``), if known.
        company: the hiring company.
        role: the position interviewed for.
        interviewers: the people met: :class:`Recipient` values, or plain names (kept
            as recipients with a name only), stored as ``recipients``. Each may work
            in another office, with their own calendar
            (:meth:`Recipient.business_calendar`).
        kind: how it was held (:class:`InterviewKind` or its value, e.g. ``"video"``).

    Raises:
        NaiveDatetimeError: ``ended_at`` or ``started_at`` has no time zone.
        InterviewError: ``started_at`` is after ``ended_at``, or a field is malformed.

    >>> from followup_timing import Interview
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> Interview(ended_at=datetime(2026, 11, 25, 15, tzinfo=ZoneInfo("America/New_York")),
    ...           company="Acme", role="Data Analyst").role
    'Data Analyst'

    .. versionadded:: 0.1.0
    """

    # Compared and hashed by instant and zone: see instant_key.
    ended_at: datetime = attrs.field(validator=_aware, eq=instant_key)
    started_at: datetime | None = attrs.field(
        default=None, kw_only=True, validator=_aware_or_none, eq=instant_key
    )
    company: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    role: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    #: The interviewers as :class:`Recipient` values (given as ``interviewers=``).
    recipients: tuple[Recipient, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_recipients, alias="interviewers"
    )
    kind: InterviewKind | None = attrs.field(default=None, kw_only=True, converter=_to_kind)

    def __attrs_post_init__(self) -> None:
        if self.started_at is not None and self.started_at > self.ended_at:
            raise InterviewError(
                f"started_at {self.started_at.isoformat()} is after "
                f"ended_at {self.ended_at.isoformat()}"
            )

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Pickles from 0.1.0 hold the interviewers as names, under "interviewers".
        set_state(self, state, renamed={"interviewers": ("recipients", _to_recipients)})

    @property
    def interviewers(self) -> tuple[str, ...]:
        """The interviewers' names, as :class:`~followup_timing.EmailContext` takes them;
        ``recipients`` has them as :class:`Recipient` values.

        >>> from datetime import datetime, timezone
        >>> from followup_timing import Interview, Recipient
        >>> interview = Interview(datetime(2026, 11, 25, 15, tzinfo=timezone.utc),
        ...                       interviewers=["Ana", Recipient("Ben", email="ben@acme.example")])
        >>> interview.interviewers
        ('Ana', 'Ben')
        >>> interview.recipients[1].email
        'ben@acme.example'
        """
        return tuple(person.name for person in self.recipients)

    @property
    def duration(self) -> timedelta | None:
        """How long the interview lasted, when ``started_at`` is known.

        >>> from followup_timing import Interview
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ny = ZoneInfo("America/New_York")
        >>> Interview(datetime(2026, 11, 25, 15, tzinfo=ny),
        ...           started_at=datetime(2026, 11, 25, 14, 15, tzinfo=ny)).duration
        datetime.timedelta(seconds=2700)
        """
        return None if self.started_at is None else self.ended_at - self.started_at

    @classmethod
    def parse(
        cls,
        text: str,
        tz: str | tzinfo | None = None,
        *,
        started_at: datetime | None = None,
        company: str | None = None,
        role: str | None = None,
        interviewers: Iterable[Recipient | str] = (),
        kind: InterviewKind | str | None = None,
        dayfirst: bool | None = None,
        allow_date_only: bool = False,
    ) -> Interview:
        """Build an interview from the text of its end time.

        Accepts ISO 8601 and the usual human forms ("2026-11-25 3pm",
        "Nov 25 2026 15:00 -05:00"). A time zone or offset in the text wins; otherwise
        *tz* names the zone. An ambiguous wall time (a repeated hour when clocks go
        back) means its first occurrence; a wall time that does not exist (skipped when
        clocks go forward) is refused.

        What the text leaves open is asked about, not guessed: ``03/04/2026`` (3 April
        or 4 March?) needs *dayfirst*; a date without a time needs *allow_date_only*; a
        zone abbreviation ("EST") is accepted only when *tz* uses it at that moment. A
        legacy *tz* such as ``"EST"`` (a fixed offset all year) gives a
        :class:`~followup_timing.FollowupTimingWarning`.

        Args:
            text: the end time as text.
            tz: IANA zone name or tzinfo for text that carries no zone.
            started_at: when the interview started (aware), if known.
            company: the hiring company.
            role: the position interviewed for.
            interviewers: the people met, as names or :class:`Recipient` values.
            kind: how the interview was held.
            dayfirst: ``True`` when numeric dates put the day first (``03/04/2026`` is
                3 April), ``False`` when the month comes first (4 March); ``None`` refuses
                a date that reads both ways. Year-first dates are always year-month-day.
            allow_date_only: read a date without a time as 23:59 that day, the latest
                the interview can have ended, instead of refusing it.

        Returns:
            The interview.

        Raises:
            DatetimeParseError: the text is not a date and time, or names a local
                time that does not exist in *tz*.
            AmbiguousDateError: the date reads as two days and *dayfirst* is ``None``.
            TimeMissingError: the text has no time and *allow_date_only* is false.
            ZoneAbbreviationError: the text names its zone by an abbreviation that
                *tz* does not use then (or no *tz* is given).
            NaiveDatetimeError: neither the text nor *tz* gives a zone.
            UnknownTimezoneError: *tz* is not a known zone name.

        >>> from followup_timing import Interview
        >>> Interview.parse("2026-11-25 3pm", tz="America/New_York").ended_at.isoformat()
        '2026-11-25T15:00:00-05:00'
        >>> Interview.parse("2026-11-25T15:00:00+01:00").ended_at.utcoffset()
        datetime.timedelta(seconds=3600)
        >>> Interview.parse("03/04/2026 15:00", tz="Europe/London", dayfirst=True).ended_at.date()
        datetime.date(2026, 4, 3)
        """
        zone = None if tz is None else resolve_zone(tz)
        if zone is not None:
            _facts.warn(_facts.legacy_zone_warnings(zone), stacklevel=2)
        ended_at = parse_when(
            text,
            zone,
            what="Interview.parse text",
            dayfirst=dayfirst,
            allow_date_only=allow_date_only,
        )
        return cls(
            ended_at,
            started_at=started_at,
            company=company,
            role=role,
            interviewers=tuple(interviewers),
            kind=kind,
        )

    @classmethod
    def from_ics(
        cls,
        data: bytes | str,
        *,
        event: int | str | None = None,
        tz: str | tzinfo | None = None,
        candidate_email: str | Iterable[str] = (),
    ) -> Interview:
        """Read the interview from its calendar invite (an RFC 5545 ``.ics`` file).

        Needs the ``ics`` extra (``pip install followup-timing[ics]``). The end is the
        event's DTEND, or DTSTART + DURATION, in the zone its TZID names: an IANA name, a
        Windows name as Outlook and Exchange write ("Eastern Standard Time", read with the
        CLDR table ``icalendar`` ships) or a zone only the file's VTIMEZONE defines (kept
        as its UTC offset at that time). The company and role come from a summary such as
        "Interview: Data Analyst at Globex" or "Globex - Data Analyst interview" and are
        left empty otherwise; the interviewers are the attendees, without rooms, declined
        guests and the candidate's own address(es).

        Args:
            data: the ``.ics`` file's bytes (UTF-8) or text.
            event: which event of a file with several: its UID or its index in the file.
            tz: the zone of floating times (written without a zone); times in UTC are
                shown in it. A TZID in the file wins.
            candidate_email: your own address(es), left out of the interviewers.

        Returns:
            The interview, with ``started_at``, ``company``, ``role``, ``interviewers``
            and ``kind`` filled in from what the invite says.

        Raises:
            InviteError: the file is not a calendar, holds no event, holds several and
                *event* does not pick one, or the event is all-day, recurring, cancelled,
                floating without *tz*, without an end, or in an unknown zone.
                ``reason`` names which.
            MissingDependencyError: ``icalendar`` is not installed.

        >>> invite = (
        ...     "BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nPRODID:-//Example//EN\\r\\n"
        ...     "BEGIN:VEVENT\\r\\nUID:1@example.com\\r\\nDTSTAMP:20261120T120000Z\\r\\n"
        ...     "DTSTART;TZID=Eastern Standard Time:20261125T140000\\r\\n"
        ...     "DTEND;TZID=Eastern Standard Time:20261125T150000\\r\\n"
        ...     "SUMMARY:Interview: Data Analyst at Globex\\r\\n"
        ...     "END:VEVENT\\r\\nEND:VCALENDAR\\r\\n"
        ... )
        >>> from followup_timing import Interview
        >>> interview = Interview.from_ics(invite)
        >>> interview.ended_at.isoformat(), interview.ended_at.tzinfo
        ('2026-11-25T15:00:00-05:00', zoneinfo.ZoneInfo(key='America/New_York'))
        >>> interview.company, interview.role
        ('Globex', 'Data Analyst')

        .. versionadded:: 0.2.0
        """
        invite = read_invite(data, event=event, tz=tz)
        return cls(
            invite.ended_at,
            started_at=invite.started_at,
            company=invite.company,
            role=invite.role,
            interviewers=invite.interviewers(candidate_email),
            kind=invite.kind,
        )
