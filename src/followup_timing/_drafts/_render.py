"""Turning a template and the facts into text, and checking that nothing is left unfilled.

Templates are parsed with :class:`string.Formatter`, so the syntax is exactly
:meth:`str.format`'s, restricted to named fields. The values are never parsed again: a
company called ``"{Acme}"`` is text, not a field (and is refused earlier as a placeholder).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from followup_timing._drafts._templates import TEMPLATE_FIELDS, TEMPLATE_PARTS
from followup_timing._email import _checks
from followup_timing._email._text import Token, scan_words
from followup_timing._kinds import STEP_KINDS
from followup_timing.exceptions import DraftError, WrongTypeError

#: A piece of a parsed part: the literal text before a field, and the field (or ``None``).
Piece = tuple[str, str | None]
#: A template ready to render: part name -> pieces.
Compiled = Mapping[str, tuple[Piece, ...]]

_FORMATTER: Final = string.Formatter()
_BRACES: Final = re.compile(r"\{[^{}\r\n]{0,60}\}")
_SPACES: Final = re.compile(r"[ \t]{2,}")
_BLANK_RUNS: Final = re.compile(r"\n{3,}")
_SENTENCE_END: Final = ".!?…"
# Line breaks str.splitlines() knows, and the other control characters.
_LINE_BREAKS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

# The fields each part may use.
_ALLOWED: Final[Mapping[str, frozenset[str]]] = {
    "subject": frozenset(TEMPLATE_FIELDS) - {"topic_line"},
    "body": frozenset(TEMPLATE_FIELDS),
    "topic_line": frozenset(TEMPLATE_FIELDS) - {"topic_line"},
    "no_topic_line": frozenset(TEMPLATE_FIELDS) - {"topic_line", "topic"},
}


def join_names(items: Sequence[str]) -> str:
    """Join *items* the way a sentence lists them: "A", "A and B", "A, B and C".

    Example:
        >>> join_names(["Ana", "Ben", "Chloe"])
        'Ana, Ben and Chloe'
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _fields_list(fields: Iterable[str]) -> str:
    return ", ".join("{" + f + "}" for f in sorted(fields))


def compile_template(key: tuple[str, str], template: object) -> Compiled:
    """Check a template's structure and fields; return it parsed for :func:`render`.

    Raises:
        WrongTypeError: the template or one of its parts is not of the documented type.
        DraftError: parts are missing or unknown, a part is not a valid format string, or
            it uses an unknown field, a positional field, a format spec or a conversion.
    """
    where = f"templates[{key!r}]"
    if not isinstance(template, Mapping):
        raise WrongTypeError(template, where, "a mapping of part name to str")
    missing = [p for p in TEMPLATE_PARTS if p not in template]
    unknown = sorted(str(p) for p in template if p not in TEMPLATE_PARTS)
    if missing or unknown:
        problems = []
        if missing:
            problems.append("lacks the parts " + ", ".join(repr(p) for p in missing))
        if unknown:
            problems.append("has unknown parts " + ", ".join(repr(p) for p in unknown))
        raise DraftError.template(
            where,
            dict(template),
            " and ".join(problems)
            + "; a template has exactly the parts "
            + ", ".join(repr(p) for p in TEMPLATE_PARTS),
        )
    compiled: dict[str, tuple[Piece, ...]] = {}
    for part in TEMPLATE_PARTS:
        compiled[part] = _compile_part(f"{where}[{part!r}]", part, template[part])
    return compiled


def _compile_part(where: str, part: str, text: object) -> tuple[Piece, ...]:
    if not isinstance(text, str):
        raise WrongTypeError(text, where, "a str")
    if part in ("subject", "body") and not text.strip():
        raise DraftError.template(where, text, "is blank")
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError as exc:
        raise DraftError.template(
            where, text, f"is not a valid format string ({exc}); write a literal brace as {{{{"
        ) from None
    pieces: list[Piece] = []
    unknown: list[str] = []
    for literal, field, spec, conversion in parsed:
        if field is None:
            pieces.append((literal, None))
            continue
        if field == "" or field.isdigit():
            raise DraftError.template(
                where, text, "uses a positional field {" + field + "}; name it, e.g. {company}"
            )
        if spec or conversion:
            extra = f"!{conversion}" if conversion else ""
            extra += f":{spec}" if spec else ""
            raise DraftError.template(
                where,
                text,
                "gives the field {"
                + field
                + "} a conversion or format spec ("
                + extra
                + "); write {"
                + field
                + "} alone",
            )
        if field not in _ALLOWED[part]:
            unknown.append(field)
        pieces.append((literal, field))
    if unknown:
        hint = ""
        if part == "no_topic_line" and "topic" in unknown:
            hint = " (no_topic_line is written when no topic was discussed)"
        raise DraftError.template(
            where,
            text,
            f"uses unknown fields {_fields_list(dict.fromkeys(unknown))}{hint}; "
            f"this part may use {_fields_list(_ALLOWED[part])}",
        )
    return tuple(pieces)


def fields_of(pieces: Iterable[Piece]) -> frozenset[str]:
    """Return the fields a compiled part uses."""
    return frozenset(field for _, field in pieces if field is not None)


def render(pieces: Iterable[Piece], values: Mapping[str, str]) -> str:
    """Fill the fields of a compiled part with *values*.

    A value that ends a sentence (``"Acme Inc."``) swallows a full stop that directly
    follows it in the template, so no ``"Inc.."`` is written.
    """
    out: list[str] = []
    ends_sentence = False
    for literal, field in pieces:
        if ends_sentence and literal.startswith("."):
            literal = literal[1:]
        out.append(literal)
        ends_sentence = False
        if field is not None:
            value = values[field]
            out.append(value)
            ends_sentence = value[-1:] in _SENTENCE_END
    return "".join(out)


def tidy(text: str) -> str:
    """Collapse runs of spaces, drop trailing spaces and extra blank lines, trim the ends.

    An empty ``no_topic_line`` then leaves no stray space or empty paragraph behind.
    """
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def one_line(what: str, value: str) -> str:
    """Return *value* with its spaces normalised, after checking it is one line of text.

    Raises:
        DraftError: *value* is blank, spans lines or holds control characters, or looks
            like an unfilled template placeholder.
    """
    if not value.strip():
        raise DraftError.invalid(what, value, "is blank", "Pass the real value, or leave it out")
    if any(ch in _LINE_BREAKS or (ch < " " and ch != "\t") or ch == "\x7f" for ch in value):
        raise DraftError.invalid(
            what,
            value,
            "holds a line break or control character",
            "Pass it as one line of plain text",
        )
    found = placeholders(value)
    if found:
        raise DraftError.invalid(
            what,
            value,
            f"looks like an unfilled template placeholder ({found[0]!r})",
            "Pass the real value",
        )
    return " ".join(value.split())


def placeholders(text: str) -> list[str]:
    """Return the placeholders the validator would flag in one line of *text*, and braces.

    That is ``{field}`` in any form, ``[Company Name]``, ``<Interviewer>``, template phrases
    such as "Hiring Manager Name", blanks of underscores and runs of x's ("XX").
    """
    found = [text[a:b] for a, b in _checks.placeholders(text)]
    found.extend(m.group() for m in _BRACES.finditer(text))
    tokens: list[Token] = []
    scan_words(text, 0, len(text), 0, tokens)
    found.extend(text[a:b] for a, b in _checks.x_placeholders(text, tokens))
    return found


def surviving_placeholders(text: str) -> list[str]:
    """Return every placeholder left in a rendered, multi-line *text*."""
    found: list[str] = []
    for line in text.splitlines():
        found.extend(placeholders(line))
    return found


def check_key(key: object) -> tuple[str, str]:
    """Check a key of a caller's templates mapping: ``(kind, tone)``."""
    if not isinstance(key, tuple) or len(key) != 2 or not all(isinstance(k, str) for k in key):
        raise WrongTypeError(key, "a key of templates", "a (kind, tone) tuple of two str")
    kind, tone = key
    if kind not in STEP_KINDS:
        raise DraftError.template(
            f"templates[{key!r}]",
            key,
            f"names the unknown kind {kind!r}; the kinds are "
            + ", ".join(repr(k) for k in STEP_KINDS),
        )
    if not tone.strip() or tone != tone.strip():
        raise DraftError.template(
            f"templates[{key!r}]", key, "names a blank tone, or one with surrounding spaces"
        )
    return kind, tone
