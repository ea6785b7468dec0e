"""The values the email validator returns: the report, its findings, moves and spans.

What the validator takes (:class:`~followup_timing.Rules`, :class:`~followup_timing.EmailContext`)
lives in ``_rules``; the finding codes in ``_codes``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final

import attrs

from followup_timing._email._codes import CODES, FINDING_CODES, Severity
from followup_timing._email._moves import MOVE_NAMES, MoveName
from followup_timing._email._rules import EmailContext, Rules
from followup_timing._frozenmap import FrozenMap
from followup_timing._validators import (
    Validator,
    at_least,
    field_name,
    item_typed,
    one_of,
    typed,
)
from followup_timing.exceptions import EmailConfigError, NaiveDatetimeError, WrongTypeError

# Rules and EmailContext lived here in 0.1.0, and its pickles name this module.
__all__ = [
    "FINDING_CODES",
    "EmailContext",
    "EmailMetrics",
    "EmailReport",
    "Finding",
    "MoveResult",
    "Rules",
    "Severity",
    "Span",
]

_INT: Final = typed(int, "an int")
_COUNT: Final[list[Validator]] = [_INT, at_least(0, EmailConfigError)]


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the analysed text: ``text == source[start:end]``.

    ``source`` is the string given to :func:`~followup_timing.validate_email`, or
    :attr:`EmailReport.body` for :func:`~followup_timing.validate_message`.

    Attributes:
        start: offset of the first character (0-based, in code points).
        end: offset just past the last character.
        text: the characters themselves.
        line: 1-based line of ``start`` (lines as :meth:`str.splitlines` counts them).
        column: 1-based column of ``start`` within that line.
        frame: for the evidence of a move, the name of the frame that recognised the
            sentence (e.g. ``"thanks-for"``, ``"fit-claim"``, ``"look-forward"``, or
            ``"extra-cue"`` for a phrase from ``Rules.extra_cues``), which says *why* it
            counts; ``None`` for the spans of findings.

    Example:
        >>> from followup_timing import Span
        >>> Span(start=0, end=5, text="Hello", line=1, column=1).to_dict()["text"]
        'Hello'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 the ``frame`` attribute.
    """

    start: int = attrs.field(validator=_INT)
    end: int = attrs.field(validator=_INT)
    text: str = attrs.field(validator=typed(str, "a str"))
    line: int = attrs.field(validator=_INT)
    column: int = attrs.field(validator=_INT)
    frame: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(str, "a str"))
    )

    def __attrs_post_init__(self) -> None:
        # Relations between fields: attrs' validators see one field at a time.
        if self.start < 0 or self.end < self.start:
            raise EmailConfigError(
                "Span.end", self.end, f"need 0 <= start <= end, got start={self.start}"
            )
        if len(self.text) != self.end - self.start:
            raise EmailConfigError(
                "Span.text", self.text, f"its length must be end - start = {self.end - self.start}"
            )
        if self.line < 1 or self.column < 1:
            raise EmailConfigError(
                "Span.line", (self.line, self.column), "line and column are 1-based"
            )

    def __getstate__(self) -> dict[str, object]:
        return {field.name: getattr(self, field.name) for field in attrs.fields(Span)}

    def __setstate__(self, state: dict[str, object]) -> None:
        # Spans pickled by 0.1.0 have no frame: they load with the default.
        for field in attrs.fields(Span):
            object.__setattr__(self, field.name, state.get(field.name, field.default))

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict with keys start, end, text, line, column, frame.

        Returns:
            A new dict.

        Example:
            >>> from followup_timing import Span
            >>> sorted(Span(start=0, end=2, text="Hi", line=1, column=1).to_dict())
            ['column', 'end', 'frame', 'line', 'start', 'text']
        """
        return to_json(self)


def _documented_code(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in CODES:
        raise EmailConfigError("Finding.code", value, "not a documented code; see FINDING_CODES")


def to_json(value: object) -> dict[str, Any]:
    """An attrs value as a JSON-ready dict: datetimes in ISO 8601, mappings and tuples plain."""
    return attrs.asdict(value, value_serializer=_json_value)  # type: ignore[arg-type]


def _json_value(_: object, __: attrs.Attribute[Any] | None, value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, FrozenMap):
        return dict(value)
    if isinstance(value, tuple):
        # attrs keeps tuples met inside a mapping as tuples: JSON has lists only.
        return list(value)
    return value


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the validator noticed.

    Attributes:
        code: a stable kebab-case code, one of :data:`~followup_timing.FINDING_CODES`.
        message: what is wrong, in a sentence.
        span: where, or ``None`` when it is about the whole draft or the subject.
        suggestion: what to do instead, or ``None``.
        severity: ``"error"``, ``"warning"`` or ``"info"``: the code's, from
            :data:`~followup_timing.FINDING_CODES` (read-only).

    Example:
        >>> from followup_timing import Finding
        >>> f = Finding(code="missing-greeting", message="No greeting.")
        >>> str(f)
        'warning missing-greeting: No greeting.'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``severity`` is read from the code, no longer passed in.
    """

    code: str = attrs.field(validator=_documented_code)
    message: str = attrs.field(validator=typed(str, "a str"))
    span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(Span, "a Span or None"))
    )
    suggestion: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(str, "a str or None"))
    )

    @property
    def severity(self) -> Severity:
        """The code's severity: ``"error"``, ``"warning"`` or ``"info"``."""
        return CODES[self.code].severity

    def __str__(self) -> str:
        where = f" (line {self.span.line}, column {self.span.column})" if self.span else ""
        return f"{self.severity} {self.code}{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dict.

        Returns:
            A dict with keys code, severity, message, span (a dict or ``None``), suggestion.

        Example:
            >>> from followup_timing import Finding
            >>> Finding(code="too-short", message="Short.").to_dict()["span"]
        """
        fields = to_json(self)
        return {"code": self.code, "severity": self.severity, **fields}


def _span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class MoveResult:
    """Whether one of the four moves is in the draft, and the sentences that carry it.

    Attributes:
        move: ``"gratitude"``, ``"interest"``, ``"qualifications"`` or ``"call_to_action"``.
        present: whether the move was found.
        evidence: the sentences that carry it, in order; empty when absent.

    Example:
        >>> from followup_timing import MoveResult
        >>> MoveResult(move="interest", present=False).to_dict()
        {'move': 'interest', 'present': False, 'evidence': []}

    .. versionadded:: 0.1.0
    """

    move: MoveName = attrs.field(
        validator=one_of(MOVE_NAMES, EmailConfigError, f"choose one of {MOVE_NAMES}")
    )
    present: bool = attrs.field(validator=typed(bool, "a bool"))
    evidence: tuple[Span, ...] = attrs.field(
        default=(),
        converter=_span_tuple,
        validator=attrs.validators.deep_iterable(item_typed(Span, "a Span")),
    )

    def __attrs_post_init__(self) -> None:
        if self.present != bool(self.evidence):
            raise EmailConfigError(
                "MoveResult.present", self.present, "a move is present exactly when it has evidence"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the result as a JSON-ready dict with keys move, present, evidence.

        Returns:
            A new dict.

        Example:
            >>> from followup_timing import MoveResult
            >>> sorted(MoveResult(move="gratitude", present=False).to_dict())
            ['evidence', 'move', 'present']
        """
        return to_json(self)


@attrs.frozen(kw_only=True)
class EmailMetrics:
    """Counts about the writer's own text (quoted replies and signature left out).

    Attributes:
        words: words from the greeting to the sign-off.
        sentences: sentences analysed for moves.
        paragraphs: blocks of text separated by blank lines.
        questions: sentences that end with a question mark.
        subject_words: words in the subject, or ``None`` when no subject is known.

    Example:
        >>> from followup_timing import EmailMetrics
        >>> EmailMetrics(words=3, sentences=1, paragraphs=1, questions=0).subject_words

    .. versionadded:: 0.1.0
    """

    words: int = attrs.field(validator=_COUNT)
    sentences: int = attrs.field(validator=_COUNT)
    paragraphs: int = attrs.field(validator=_COUNT)
    questions: int = attrs.field(validator=_COUNT)
    subject_words: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(_COUNT)
    )

    def to_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready dict.

        Returns:
            A dict with keys words, sentences, paragraphs, questions, subject_words.

        Example:
            >>> from followup_timing import EmailMetrics
            >>> EmailMetrics(words=3, sentences=1, paragraphs=1, questions=0).to_dict()["words"]
            3
        """
        return to_json(self)


def _finding_tuple(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _moves_mapping(value: Mapping[str, MoveResult]) -> Mapping[str, MoveResult]:
    if not isinstance(value, Mapping):
        raise WrongTypeError(value, "EmailReport.moves", "a mapping of move name to MoveResult")
    if set(value) != set(MOVE_NAMES):
        raise EmailConfigError("EmailReport.moves", sorted(value), f"keys must be {MOVE_NAMES}")
    return FrozenMap({name: value[name] for name in MOVE_NAMES})


def _aware(instance: object, attribute: attrs.Attribute[Any], value: datetime) -> None:
    if value.utcoffset() is None:
        raise NaiveDatetimeError(value, field_name(instance, attribute))


@attrs.frozen(kw_only=True)
class EmailReport:
    """What :func:`~followup_timing.validate_email` found in a draft.

    Attributes:
        moves: one :class:`MoveResult` per move, keyed ``"gratitude"``, ``"interest"``,
            ``"qualifications"``, ``"call_to_action"`` in that order.
        findings: everything noticed, in the order of :data:`FINDING_CODES`, then position.
        metrics: word, sentence, paragraph, question and subject-word counts.
        body: the text the spans point into: the text given, or a message's decoded body.
        subject: the subject line, or ``None`` when not known.
        sent_at: a message's ``Date`` header as an aware datetime, or ``None``.

    Example:
        >>> import followup_timing as ft
        >>> report = ft.validate_email("Thank you for the interview today.")
        >>> report.moves["gratitude"].present, report.ok
        (True, False)

    .. versionadded:: 0.1.0
    """

    moves: Mapping[str, MoveResult] = attrs.field(converter=_moves_mapping)
    findings: tuple[Finding, ...] = attrs.field(
        converter=_finding_tuple,
        validator=attrs.validators.deep_iterable(item_typed(Finding, "a Finding")),
    )
    metrics: EmailMetrics = attrs.field(validator=typed(EmailMetrics, "an EmailMetrics"))
    body: str = attrs.field(repr=False, validator=typed(str, "a str"))
    subject: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(str, "a str or None"))
    )
    sent_at: datetime | None = attrs.field(
        default=None,
        validator=attrs.validators.optional([typed(datetime, "an aware datetime or None"), _aware]),
    )

    @property
    def ok(self) -> bool:
        """Whether all four moves are present and no finding is an error.

        Example:
            >>> import followup_timing as ft
            >>> ft.validate_email("").ok
            False
        """
        return all(m.present for m in self.moves.values()) and not any(
            f.severity == "error" for f in self.findings
        )

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, in order.

        Example:
            >>> import followup_timing as ft
            >>> "empty-body" in ft.validate_email("   ").codes
            True
        """
        return tuple(f.code for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict with stable keys.

        Returns:
            A dict with keys ok, subject, sent_at (ISO 8601 or ``None``), moves (name ->
            move dict), findings (a list of dicts) and metrics. The body is left out.

        Example:
            >>> import json, followup_timing as ft
            >>> d = ft.validate_email("Thanks for your time!").to_dict()
            >>> list(d)
            ['ok', 'subject', 'sent_at', 'moves', 'findings', 'metrics']
            >>> _ = json.dumps(d)
        """
        fields = to_json(self)
        return {
            "ok": self.ok,
            "subject": fields["subject"],
            "sent_at": fields["sent_at"],
            "moves": fields["moves"],
            # Each finding's dict carries its severity, which is not a field.
            "findings": [finding.to_dict() for finding in self.findings],
            "metrics": fields["metrics"],
        }
