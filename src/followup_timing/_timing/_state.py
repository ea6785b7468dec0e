"""Pickling attrs values across releases: fields added since 0.1.0 take their defaults.

Used by the timing half and by drafts (which may import the timing half, never the reverse).

attrs' own ``__setstate__`` skips a field that the pickled state lacks and leaves it unset;
a value pickled by 0.1.0 then fails on first use. These two functions, used as a class's
``__getstate__`` and ``__setstate__``, fill such a field with its default and read renamed
fields under their old name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs


def get_state(value: Any) -> dict[str, Any]:
    """Every field of the attrs instance *value*, by name."""
    return {field.name: getattr(value, field.name) for field in attrs.fields(type(value))}


def set_state(
    value: Any,
    state: Mapping[str, Any],
    *,
    renamed: Mapping[str, tuple[str, Callable[[Any], Any]]] | None = None,
) -> None:
    """Restore *value* from *state*; ``renamed`` maps an old name to (field, converter)."""
    given = dict(state)
    for old, (new, convert) in (renamed or {}).items():
        if old in given and new not in given:
            given[new] = convert(given.pop(old))
    for field in attrs.fields(type(value)):
        if field.name in given:
            restored = given[field.name]
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            restored = field.default.factory()
        else:
            restored = field.default
        object.__setattr__(value, field.name, restored)
