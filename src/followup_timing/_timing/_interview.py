"""The interview a follow-up is about."""

from __future__ import annotations

import enum
import warnings
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

import attrs

from followup_timing._timing._zones import instant_key, require_aware, resolve_zone
from followup_timing.exceptions import DatetimeParseError, InterviewError, NaiveDatetimeError


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


def _to_names(value: str | Iterable[str]) -> tuple[str, ...]:
    if value == ():
        return ()
    names = (value,) if isinstance(value, str) else tuple(value)
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise InterviewError(f"interviewers must be non-empty names, got {name!r}")
    return tuple(name.strip() for name in names)


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
        interviewers: names of the people met.
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
    interviewers: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_to_names)
    kind: InterviewKind | None = attrs.field(default=None, kw_only=True, converter=_to_kind)

    def __attrs_post_init__(self) -> None:
        if self.started_at is not None and self.started_at > self.ended_at:
            raise InterviewError(
                f"started_at {self.started_at.isoformat()} is after "
                f"ended_at {self.ended_at.isoformat()}"
            )

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
        interviewers: Iterable[str] = (),
        kind: InterviewKind | str | None = None,
    ) -> Interview:
        """Build an interview from the text of its end time.

        Accepts ISO 8601 and the usual human forms ("2026-11-25 3pm",
        "Nov 25 2026 15:00 -05:00"). A time zone or offset in the text wins; otherwise
        *tz* names the zone. An ambiguous wall time (a repeated hour when clocks go
        back) means its first occurrence; a wall time that does not exist (skipped when
        clocks go forward) is refused.

        Args:
            text: the end time as text.
            tz: IANA zone name or tzinfo for text that carries no zone.
            started_at: when the interview started (aware), if known.
            company: the hiring company.
            role: the position interviewed for.
            interviewers: names of the people met.
            kind: how the interview was held.

        Returns:
            The interview.

        Raises:
            DatetimeParseError: the text is not a date and time, or names a local
                time that does not exist in *tz*.
            NaiveDatetimeError: neither the text nor *tz* gives a zone.
            UnknownTimezoneError: *tz* is not a known zone name.

        >>> from followup_timing import Interview
        >>> Interview.parse("2026-11-25 3pm", tz="America/New_York").ended_at.isoformat()
        '2026-11-25T15:00:00-05:00'
        >>> Interview.parse("2026-11-25T15:00:00+01:00").ended_at.utcoffset()
        datetime.timedelta(seconds=3600)
        """
        ended_at = parse_datetime(text, tz, what="Interview.parse text")
        return cls(
            ended_at,
            started_at=started_at,
            company=company,
            role=role,
            interviewers=tuple(interviewers),
            kind=kind,
        )


# Two defaults that differ in every date field: whatever the text leaves out shows up.
_DEFAULT_A = datetime(2000, 1, 1)  # noqa: DTZ001 (dateutil fills fields only)
_DEFAULT_B = datetime(2004, 2, 2)  # noqa: DTZ001 (naive on purpose)


def parse_datetime(text: str, tz: str | tzinfo | None, *, what: str) -> datetime:
    """Parse *text* into an aware datetime, with *tz* for text that carries no zone."""
    if not isinstance(text, str):
        raise DatetimeParseError(repr(text), f"expected text, got {type(text).__name__}")
    # dateutil's parser costs ~15 ms to import: only pay it when text is parsed.
    from dateutil import parser as date_parser

    zone = None if tz is None else resolve_zone(tz)
    stripped = text.strip()
    if not stripped:
        raise DatetimeParseError(text, "the text is empty")
    try:
        with warnings.catch_warnings():
            # dateutil warns about zone abbreviations it cannot resolve ("EST"); such
            # text is refused below as naive rather than silently guessed.
            warnings.simplefilter("ignore")
            value = date_parser.parse(stripped, default=_DEFAULT_A)
            other = date_parser.parse(stripped, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError) as exc:
        raise DatetimeParseError(text, str(exc) or type(exc).__name__) from None
    if value.date() != other.date():
        # dateutil fills a missing date from its default (today): a result that depends on
        # the day the code runs is no answer.
        raise DatetimeParseError(text, "it has no full date (give the day, month and year)")
    if value.tzinfo is not None and value.utcoffset() is not None:
        return _stdlib_zone(value)
    if zone is None:
        raise NaiveDatetimeError(
            value,
            what,
            hint=(
                "Pass tz='Area/City' (an IANA name) or include a UTC offset such as "
                "'-05:00' in the text; zone abbreviations like 'EST' are ambiguous."
            ),
        )
    return _attach(value.replace(tzinfo=None), zone, text)


def _stdlib_zone(value: datetime) -> datetime:
    """Replace dateutil's zones by the stdlib's fixed offsets.

    dateutil answers ``tzlocal()`` when the text's zone name happens to match the
    machine's, which would make the result depend on where the code runs.
    """
    from dateutil import tz as dateutil_tz

    if isinstance(value.tzinfo, (dateutil_tz.tzutc, dateutil_tz.tzoffset, dateutil_tz.tzlocal)):
        offset = value.utcoffset()
        assert offset is not None
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise DatetimeParseError(value.isoformat(), f"UTC offset {offset} is out of range")
        stdlib: tzinfo = timezone.utc if not offset else timezone(offset)
        return value.replace(tzinfo=stdlib)
    return value


def _attach(naive: datetime, zone: tzinfo, text: str) -> datetime:
    aware = naive.replace(tzinfo=zone)
    try:
        round_trip = aware.astimezone(timezone.utc).astimezone(zone)
    except OverflowError:
        raise DatetimeParseError(text, "it is too close to the limits of datetime") from None
    if round_trip.replace(tzinfo=None) != naive:
        raise DatetimeParseError(
            text,
            f"{naive.isoformat(sep=' ')} does not exist in {getattr(zone, 'key', zone)} "
            f"(the clocks skip it); give the time with its UTC offset instead",
        )
    return aware
