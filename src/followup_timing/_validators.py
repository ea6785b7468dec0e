"""attrs validators that raise the library's errors, naming the field as ``Class.field``.

attrs' own ``instance_of`` and ``in_`` raise builtin errors with attrs' wording; these small
checks raise :class:`~followup_timing.WrongTypeError` and the value errors of each half, and
compose with attrs' tools (``attrs.validators.optional``, ``and_``, ``deep_iterable``) like
attrs' own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import attrs

from followup_timing.exceptions import FollowupTimingError, WrongTypeError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
#: Builds the value error of a half from (field name, value, reason).
ValueErrorFactory = Callable[[str, object, str], FollowupTimingError]


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``"Rules.min_words"``: how errors name a field."""
    return f"{type(instance).__name__}.{attribute.name}"


def typed(cls: type | tuple[type, ...], expected: str) -> Validator:
    """The value is an instance of *cls* (``bool`` is no ``int`` here); *expected* in words."""
    refuse_bool = cls is int or (isinstance(cls, tuple) and int in cls)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls) or (refuse_bool and isinstance(value, bool)):
            raise WrongTypeError(value, field_name(instance, attribute), expected)

    return check


def item_typed(cls: type, expected: str) -> Validator:
    """For ``deep_iterable``: each item is a *cls*, else "an item of Class.field must be ..."."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            raise WrongTypeError(value, f"an item of {field_name(instance, attribute)}", expected)

    return check


def at_least(minimum: int, error: ValueErrorFactory) -> Validator:
    """The number is *minimum* or more."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
        if value < minimum:
            raise error(field_name(instance, attribute), value, f"must be at least {minimum}")

    return check


def one_of(choices: Collection[object], error: ValueErrorFactory, reason: str) -> Validator:
    """The value is one of *choices*; *reason* says which they are."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            raise error(field_name(instance, attribute), value, reason)

    return check


def not_blank(error: ValueErrorFactory, reason: str) -> Validator:
    """The text has a character other than white space."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
        if not value.strip():
            raise error(field_name(instance, attribute), value, reason)

    return check


#: Builds the error for a refused value from (bare field name, value).
Refusal = Callable[[str, Any], FollowupTimingError]


def accepts(test: Callable[[Any], bool], refusal: Refusal) -> Validator:
    """The value passes *test*, else *refusal* builds the error.

    For fields whose messages predate the ``Class.field`` convention and are pinned by
    tests and documentation: the message stays the field's own, the check becomes an attrs
    validator that composes with ``optional``, ``and_`` and ``deep_iterable``.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not test(value):
            raise refusal(attribute.name, value)

    return check


def instance_of(cls: type | tuple[type, ...], refusal: Refusal) -> Validator:
    """attrs' ``instance_of`` raising *refusal*'s error (one call cheaper than ``accepts``)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            raise refusal(attribute.name, value)

    return check
