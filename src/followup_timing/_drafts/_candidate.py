"""The candidate a draft is written for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import attrs

from followup_timing._validators import typed
from followup_timing.exceptions import DraftError, WrongTypeError

MAX_HIGHLIGHTS: Final = 3


def _highlights(value: Iterable[str]) -> tuple[str, ...]:
    # The parameter type is what the API reference shows the field accepts.
    return _highlight_tuple(value)


def _highlight_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        raise WrongTypeError(
            value,
            "Candidate.highlights",
            "a list or tuple of str, not one str (wrap it: highlights=('SQL',))",
        )
    if not isinstance(value, Iterable):
        raise WrongTypeError(value, "Candidate.highlights", "a list or tuple of str")
    return tuple(value)


def _not_blank(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise DraftError.invalid(
            "Candidate.name", value, "is blank", "Pass the name the draft is signed with"
        )


def _check_highlights(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for n, item in enumerate(value):
        if not isinstance(item, str):
            raise WrongTypeError(item, f"Candidate.highlights[{n}]", "a str")
        if not item.strip():
            raise DraftError.invalid(
                "Candidate.highlights",
                value,
                f"has a blank item at index {n}",
                "Every highlight is a skill or experience, e.g. 'five years of SQL'",
            )
    if not 1 <= len(value) <= MAX_HIGHLIGHTS:
        reason = "is empty" if not value else f"has {len(value)} items"
        raise DraftError.invalid(
            "Candidate.highlights",
            value,
            reason,
            "Give one to three highlights: the skills or experiences that fit the role best, "
            "e.g. ('five years of SQL', 'building dbt models')",
        )


@attrs.frozen(kw_only=True)
class Candidate:
    """Who the follow-up is from, and what they bring to the role.

    Attributes:
        name: the name the draft is signed with.
        highlights: one to three skills or experiences that fit the role, each a phrase
            that reads after "my experience, especially": ``"five years of SQL"``,
            ``"leading the migration to dbt"``, ``"fluent Spanish"``. A list is kept as a
            tuple.

    Raises:
        WrongTypeError: the name is not a ``str``, or the highlights are not a list or
            tuple of ``str``.
        DraftError: the name is blank, a highlight is blank, or there are not one to three
            highlights.

    Example:
        >>> from followup_timing import Candidate
        >>> Candidate(name="Alex Kim", highlights=["SQL", "dbt"]).highlights
        ('SQL', 'dbt')

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=[typed(str, "a str"), _not_blank])
    highlights: tuple[str, ...] = attrs.field(converter=_highlights, validator=_check_highlights)
