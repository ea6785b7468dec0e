"""The values the email validator returns: the report, its findings, moves and spans.

What the validator takes (:class:`~followup_timing.Rules`, :class:`~followup_timing.EmailContext`)
lives in ``_rules``; the finding codes in ``_codes``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import attrs

from followup_timing._email._codes import CODES, FINDING_CODES, Severity
from followup_timing._email._moves import MOVE_NAMES, MoveName
from followup_timing._email._rules import EmailContext, Rules
from followup_timing._frozenmap import FrozenMap
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

def _check_int(what: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError(value, what, "an int")
    return value


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

    Example:
        >>> Span(start=0, end=5, text="Hello", line=1, column=1).to_dict()["text"]
        'Hello'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    line: int
    column: int

    def __attrs_post_init__(self) -> None:
        for what in ("start", "end", "line", "column"):
            _check_int(f"Span.{what}", getattr(self, what))
        if not isinstance(self.text, str):
            raise WrongTypeError(self.text, "Span.text", "a str")
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

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict with keys start, end, text, line, column.

        Returns:
            A new dict.

        Example:
            >>> sorted(Span(start=0, end=2, text="Hi", line=1, column=1).to_dict())
            ['column', 'end', 'line', 'start', 'text']
        """
        return to_json(self)


def _documented_code(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in CODES:
        raise EmailConfigError("Finding.code", value, "not a documented code; see FINDING_CODES")


def _optional_str(what: str) -> Any:
    return attrs.validators.optional(_instance_of(str, what, "a str or None"))


def _instance_of(cls: type, what: str, expected: str) -> Any:
    """``attrs.validators.instance_of``, raising the library's WrongTypeError for *what*."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls) or (cls is int and isinstance(value, bool)):
            raise WrongTypeError(value, what, expected)

    return check


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
        >>> f = Finding(code="missing-greeting", message="No greeting.")
        >>> str(f)
        'warning missing-greeting: No greeting.'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``severity`` is read from the code, no longer passed in.
    """

    code: str = attrs.field(validator=_documented_code)
    message: str = attrs.field(validator=_instance_of(str, "Finding.message", "a str"))
    span: Span | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(_instance_of(Span, "Finding.span", "a Span or None")),
    )
    suggestion: str | None = attrs.field(
        default=None, validator=_optional_str("Finding.suggestion")
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
            >>> Finding(code="too-short", message="Short.").to_dict()["span"]
        """
        fields = to_json(self)
        return {"code": self.code, "severity": self.severity, **fields}


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Span):
            raise WrongTypeError(item, "an item of MoveResult.evidence", "a Span")
    return items


@attrs.frozen(kw_only=True)
class MoveResult:
    """Whether one of the four moves is in the draft, and the sentences that carry it.

    Attributes:
        move: ``"gratitude"``, ``"interest"``, ``"qualifications"`` or ``"call_to_action"``.
        present: whether the move was found.
        evidence: the sentences that carry it, in order; empty when absent.

    Example:
        >>> MoveResult(move="interest", present=False).to_dict()
        {'move': 'interest', 'present': False, 'evidence': []}

    .. versionadded:: 0.1.0
    """

    move: MoveName
    present: bool
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    def __attrs_post_init__(self) -> None:
        if self.move not in MOVE_NAMES:
            raise EmailConfigError("MoveResult.move", self.move, f"choose one of {MOVE_NAMES}")
        if self.present != bool(self.evidence):
            raise EmailConfigError(
                "MoveResult.present", self.present, "a move is present exactly when it has evidence"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the result as a JSON-ready dict with keys move, present, evidence.

        Returns:
            A new dict.

        Example:
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
        >>> EmailMetrics(words=3, sentences=1, paragraphs=1, questions=0).subject_words

    .. versionadded:: 0.1.0
    """

    words: int
    sentences: int
    paragraphs: int
    questions: int
    subject_words: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready dict.

        Returns:
            A dict with keys words, sentences, paragraphs, questions, subject_words.

        Example:
            >>> EmailMetrics(words=3, sentences=1, paragraphs=1, questions=0).to_dict()["words"]
            3
        """
        return to_json(self)


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Finding):
            raise WrongTypeError(item, "an item of EmailReport.findings", "a Finding")
    return items


def _moves_mapping(value: Mapping[str, MoveResult]) -> Mapping[str, MoveResult]:
    if not isinstance(value, Mapping):
        raise WrongTypeError(value, "EmailReport.moves", "a mapping of move name to MoveResult")
    if set(value) != set(MOVE_NAMES):
        raise EmailConfigError("EmailReport.moves", sorted(value), f"keys must be {MOVE_NAMES}")
    return FrozenMap({name: value[name] for name in MOVE_NAMES})


def _check_sent_at(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise WrongTypeError(value, "EmailReport.sent_at", "an aware datetime or None")
    if value.utcoffset() is None:
        raise NaiveDatetimeError(value, "EmailReport.sent_at")


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
    findings: tuple[Finding, ...] = attrs.field(converter=_findings)
    metrics: EmailMetrics
    body: str = attrs.field(repr=False)
    subject: str | None = None
    sent_at: datetime | None = attrs.field(default=None, validator=_check_sent_at)

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


