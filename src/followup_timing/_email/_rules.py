"""What the email validator takes: the rules it applies and what it knows of the interview."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from followup_timing._email._codes import CODES
from followup_timing._email._moves import MOVE_NAMES, MoveName, split_phrase
from followup_timing._frozenmap import FrozenMap
from followup_timing._validators import (
    Validator,
    at_least,
    field_name,
    item_typed,
    not_blank,
    typed,
)
from followup_timing.exceptions import EmailConfigError, WrongTypeError


def _names_tuple(value: object, what: str) -> tuple[str, ...]:
    # A converter names its field itself: one str is refused, not split into letters.
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise WrongTypeError(value, what, "a list or tuple of str")
    return tuple(value)


# The converters' parameter types are what the API reference shows each field accepts.
def _interviewers(value: Iterable[str]) -> tuple[str, ...]:
    return _names_tuple(value, "EmailContext.interviewers")


def _topics(value: Iterable[str]) -> tuple[str, ...]:
    return _names_tuple(value, "EmailContext.topics")


def _no_blank_names(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if any(not name.strip() for name in value):
        raise EmailConfigError(field_name(instance, attribute), value, "names must not be blank")


_NAMES: Final[list[Validator]] = [
    attrs.validators.deep_iterable(item_typed(str, "a str")),
    _no_blank_names,
]
_OPTIONAL_NAME: Final = attrs.validators.optional(
    [
        typed(str, "a str or None"),
        not_blank(EmailConfigError, "use None rather than a blank string"),
    ]
)


@attrs.frozen(kw_only=True)
class EmailContext:
    """What the validator may know about the interview, for the personalisation check.

    With a context, a draft that names none of its role, company, interviewers or topics
    gets a ``not-personalised`` finding. An interviewer counts when their full name, first
    name or last name appears.

    Attributes:
        company: the company's name.
        role: the job title.
        interviewers: the names of the people met.
        topics: subjects discussed in the interview ("the Q3 migration", "dbt").

    Example:
        >>> from followup_timing import EmailContext
        >>> EmailContext(company="Acme", interviewers=["Sarah Chen"]).interviewers
        ('Sarah Chen',)

    .. versionadded:: 0.1.0
    """

    company: str | None = attrs.field(default=None, validator=_OPTIONAL_NAME)
    role: str | None = attrs.field(default=None, validator=_OPTIONAL_NAME)
    interviewers: tuple[str, ...] = attrs.field(
        default=(), converter=_interviewers, validator=_NAMES
    )
    topics: tuple[str, ...] = attrs.field(default=(), converter=_topics, validator=_NAMES)

    def terms(self) -> tuple[str, ...]:
        """Return every phrase whose mention counts as personal, longest first.

        Returns:
            The company, role, topics, and each interviewer's full, first and last name.

        Example:
            >>> from followup_timing import EmailContext
            >>> EmailContext(role="Analyst", interviewers=["Sarah Chen"]).terms()
            ('Sarah Chen', 'Analyst', 'Sarah', 'Chen')
        """
        terms: list[str] = []
        for value in (self.company, self.role, *self.topics):
            if value is not None:
                terms.append(value.strip())
        for name in self.interviewers:
            terms.append(name.strip())
            parts = [p for p in name.replace(".", " ").split() if len(p) > 1]
            if len(parts) > 1:
                terms.extend(parts)
        unique = dict.fromkeys(terms)
        return tuple(sorted(unique, key=lambda t: -len(t)))


def _sorted_set_repr(value: frozenset[str]) -> str:
    return f"frozenset({sorted(value)!r})" if value else "frozenset()"


def _disabled(value: Iterable[str]) -> frozenset[str]:
    return _disabled_codes(value)


def _disabled_codes(value: object) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise WrongTypeError(value, "Rules.disabled", "a set, list or tuple of finding codes")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise WrongTypeError(item, "an item of Rules.disabled", "a str (a finding code)")
    codes = frozenset(items)
    for code in sorted(codes):
        if code not in CODES:
            raise EmailConfigError(
                "Rules.disabled", code, "not a finding code; see followup_timing.FINDING_CODES"
            )
    return codes


def _extra_cues(value: Mapping[str, Iterable[str]]) -> Mapping[str, tuple[str, ...]]:
    return _cue_phrases(value)


def _cue_phrases(value: object) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise WrongTypeError(value, "Rules.extra_cues", "a mapping of move name to phrases")
    out: dict[str, tuple[str, ...]] = {}
    for move, phrases in value.items():
        if move not in MOVE_NAMES:
            raise EmailConfigError(
                "Rules.extra_cues", move, f"not a move; choose among {', '.join(MOVE_NAMES)}"
            )
        if isinstance(phrases, str) or not isinstance(phrases, Iterable):
            raise WrongTypeError(phrases, f"Rules.extra_cues[{move!r}]", "a list of phrases")
        items = tuple(phrases)
        for phrase in items:
            if not isinstance(phrase, str):
                raise WrongTypeError(phrase, f"a phrase in Rules.extra_cues[{move!r}]", "a str")
            words = split_phrase(phrase)
            if not words or words[0] == "*" or all(w == "*" for w in words):
                raise EmailConfigError(
                    f"Rules.extra_cues[{move!r}]",
                    phrase,
                    "a phrase needs at least one word, and must not start with '*'",
                )
        out[move] = items
    return FrozenMap(out)


_POSITIVE_INT: Final[list[Validator]] = [typed(int, "an int"), at_least(1, EmailConfigError)]


@attrs.frozen(kw_only=True)
class Rules:
    """How strict the validator is. Every field has a sensible default.

    Attributes:
        disabled: finding codes never to report.
        min_words: fewer words than this gets ``too-short`` (default 50).
        max_words: more words than this gets ``too-long`` (default 200).
        max_subject_words: a longer subject gets ``subject-too-long`` (default 10).
        extra_cues: more cue phrases per move, e.g.
            ``{"call_to_action": ["circle back"]}``. They are matched word for word, case
            aside, ``*`` standing for any one word, and are cancelled by a negation before
            them like every other cue.
        max_chars: longer input raises :class:`~followup_timing.EmailInputError` instead of
            being analysed (default 2,000,000 characters).

    Raises:
        WrongTypeError: a field has the wrong type.
        EmailConfigError: a value is out of range or names an unknown code or move.

    Example:
        >>> from followup_timing import Rules
        >>> Rules(max_words=125, disabled={"missing-greeting"}).max_words
        125

    .. versionadded:: 0.1.0
    """

    # A sorted repr: a set's iteration order differs between processes and pickle trips.
    disabled: frozenset[str] = attrs.field(
        default=frozenset(), converter=_disabled, repr=_sorted_set_repr
    )
    min_words: int = attrs.field(default=50, validator=_POSITIVE_INT)
    max_words: int = attrs.field(default=200, validator=_POSITIVE_INT)
    max_subject_words: int = attrs.field(default=10, validator=_POSITIVE_INT)
    extra_cues: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_extra_cues)
    max_chars: int = attrs.field(default=2_000_000, validator=_POSITIVE_INT)

    def __attrs_post_init__(self) -> None:
        if self.min_words > self.max_words:
            raise EmailConfigError(
                "Rules.min_words",
                self.min_words,
                f"must not exceed max_words={self.max_words}",
            )

    def cue_pairs(self) -> tuple[tuple[MoveName, str], ...]:
        """Return the extra cues as ``(move, phrase)`` pairs, hashable for caching.

        Example:
            >>> from followup_timing import Rules
            >>> Rules(extra_cues={"interest": ["stoked"]}).cue_pairs()
            (('interest', 'stoked'),)
        """
        pairs: list[tuple[MoveName, str]] = []
        for move in MOVE_NAMES:
            for phrase in self.extra_cues.get(move, ()):
                pairs.append((move, phrase))
        return tuple(pairs)


DEFAULT_RULES: Final = Rules()
