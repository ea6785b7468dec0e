"""The values the email validator takes and returns."""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final, Literal

import attrs

from followup_timing._email._moves import MOVE_NAMES, MoveName, split_phrase
from followup_timing._frozenmap import FrozenMap
from followup_timing.exceptions import EmailConfigError, EmailTypeError, NaiveDatetimeError

Severity = Literal["error", "warning", "info"]

#: Every finding the validator can report: code -> (severity, what it means).
FINDING_CODES: Final[Mapping[str, tuple[Severity, str]]] = types.MappingProxyType(
    {
        "empty-body": (
            "error",
            "The draft has no text of its own once quoted replies and the signature are set "
            "aside.",
        ),
        "missing-gratitude": (
            "error",
            "No thanks for the interview, the opportunity, the interviewer's time or the "
            "conversation. A bare sign-off such as 'Thanks,' and thanks 'in advance' do not "
            "count.",
        ),
        "missing-interest": (
            "error",
            "The writer never restates their interest in the role or the company.",
        ),
        "missing-qualifications": (
            "error",
            "The writer never ties their own skills or experience to the role.",
        ),
        "missing-call-to-action": (
            "error",
            "No question about next steps or the timeline, no offer of more information, "
            "no invitation to ask questions.",
        ),
        "withdrawal": (
            "warning",
            "The draft reads as withdrawing from the process ('no longer interested', "
            "'accepted another offer'), which a follow-up should not do by accident.",
        ),
        "thanks-in-advance": (
            "info",
            "'Thanks in advance' thanks the reader for something they have not agreed to "
            "do; it reads as pressure and is not gratitude for the interview.",
        ),
        "unfilled-placeholder": (
            "error",
            "A template placeholder is still in the text: [Company Name], {name}, "
            "<Interviewer>, 'Hiring Manager Name'. Citations such as [1] and [sic] are fine.",
        ),
        "too-short": (
            "warning",
            "Fewer words than Rules.min_words (default 50).",
        ),
        "too-long": (
            "warning",
            "More words than Rules.max_words (default 200); follow-ups of 50-125 words get "
            "the most replies.",
        ),
        "pushy-wording": (
            "warning",
            "Demanding or impatient wording: 'ASAP', 'I expect to hear', 'still waiting'.",
        ),
        "desperate-wording": (
            "warning",
            "Desperate wording: 'I need this job', 'please hire me', 'I'll do anything'.",
        ),
        "excessive-punctuation": (
            "warning",
            "Runs of exclamation or question marks such as '!!!' or '?!'.",
        ),
        "all-caps": (
            "warning",
            "Words in capitals read as shouting ('I REALLY WANT THIS ROLE').",
        ),
        "missing-greeting": (
            "warning",
            "The draft does not open with a greeting such as 'Hi Sarah,' or 'Dear Ms. Chen,'.",
        ),
        "missing-sign-off": (
            "warning",
            "The draft does not close with a sign-off such as 'Best regards,' before the name.",
        ),
        "missing-subject": (
            "warning",
            "The subject line is known and empty.",
        ),
        "subject-too-long": (
            "warning",
            "The subject line has more words than Rules.max_subject_words (default 10).",
        ),
        "gratitude-buried": (
            "info",
            "The only thanks come in the last third of the draft; thanks read best at the "
            "start.",
        ),
        "early-call-to-action": (
            "info",
            "The only call to action is the first sentence; asking before thanking reads as "
            "abrupt.",
        ),
        "not-personalised": (
            "warning",
            "With an EmailContext given: the draft names none of the role, the company, the "
            "interviewers or the topics discussed.",
        ),
        "unknown-charset": (
            "info",
            "validate_message: the body declares a character set Python does not know; it "
            "was decoded as UTF-8 with replacement characters.",
        ),
        "no-text-body": (
            "error",
            "validate_message: the message has no text/plain or text/html body part.",
        ),
    }
)
#: The finding codes, in the order the validator reports them.
FINDING_CODE_NAMES: Final[tuple[str, ...]] = tuple(FINDING_CODES)
_SEVERITIES: Final = ("error", "warning", "info")


def _check_int(what: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise EmailTypeError(value, what, "an int")
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
        frame: for the evidence of a move, the name of the frame that recognised the
            sentence (e.g. ``"thanks-for"``, ``"fit-claim"``, ``"look-forward"``, or
            ``"extra-cue"`` for a phrase from ``Rules.extra_cues``), which says *why* it
            counts; ``None`` for the spans of findings.

    Example:
        >>> Span(start=0, end=5, text="Hello", line=1, column=1).to_dict()["text"]
        'Hello'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 the ``frame`` attribute.
    """

    start: int
    end: int
    text: str
    line: int
    column: int
    frame: str | None = None

    def __attrs_post_init__(self) -> None:
        for what in ("start", "end", "line", "column"):
            _check_int(f"Span.{what}", getattr(self, what))
        if not isinstance(self.text, str):
            raise EmailTypeError(self.text, "Span.text", "a str")
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
        if self.frame is not None and not isinstance(self.frame, str):
            raise EmailTypeError(self.frame, "Span.frame", "a str or None")

    def to_dict(self) -> dict[str, Any]:
        """Return the span as a JSON-ready dict with keys start, end, text, line, column, frame.

        Returns:
            A new dict.

        Example:
            >>> sorted(Span(start=0, end=2, text="Hi", line=1, column=1).to_dict())
            ['column', 'end', 'frame', 'line', 'start', 'text']
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "line": self.line,
            "column": self.column,
            "frame": self.frame,
        }


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the validator noticed.

    Attributes:
        code: a stable kebab-case code, one of :data:`~followup_timing.FINDING_CODES`.
        severity: ``"error"``, ``"warning"`` or ``"info"``; fixed per code.
        message: what is wrong, in a sentence.
        span: where, or ``None`` when it is about the whole draft or the subject.
        suggestion: what to do instead, or ``None``.

    Example:
        >>> f = Finding(code="missing-greeting", severity="warning", message="No greeting.")
        >>> str(f)
        'warning missing-greeting: No greeting.'

    .. versionadded:: 0.1.0
    """

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    suggestion: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.code not in FINDING_CODES:
            raise EmailConfigError(
                "Finding.code", self.code, "not a documented code; see FINDING_CODES"
            )
        if self.severity != FINDING_CODES[self.code][0]:
            raise EmailConfigError(
                "Finding.severity",
                self.severity,
                f"{self.code!r} has severity {FINDING_CODES[self.code][0]!r}",
            )
        if not isinstance(self.message, str):
            raise EmailTypeError(self.message, "Finding.message", "a str")
        if self.span is not None and not isinstance(self.span, Span):
            raise EmailTypeError(self.span, "Finding.span", "a Span or None")
        if self.suggestion is not None and not isinstance(self.suggestion, str):
            raise EmailTypeError(self.suggestion, "Finding.suggestion", "a str or None")

    def __str__(self) -> str:
        where = f" (line {self.span.line}, column {self.span.column})" if self.span else ""
        return f"{self.severity} {self.code}{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dict.

        Returns:
            A dict with keys code, severity, message, span (a dict or ``None``), suggestion.

        Example:
            >>> Finding(code="too-short", severity="warning", message="Short.").to_dict()["span"]
        """
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "span": self.span.to_dict() if self.span is not None else None,
            "suggestion": self.suggestion,
        }


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Span):
            raise EmailTypeError(item, "an item of MoveResult.evidence", "a Span")
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
        return {
            "move": self.move,
            "present": self.present,
            "evidence": [s.to_dict() for s in self.evidence],
        }


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
        return {
            "words": self.words,
            "sentences": self.sentences,
            "paragraphs": self.paragraphs,
            "questions": self.questions,
            "subject_words": self.subject_words,
        }


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Finding):
            raise EmailTypeError(item, "an item of EmailReport.findings", "a Finding")
    return items


def _moves_mapping(value: Mapping[str, MoveResult]) -> Mapping[str, MoveResult]:
    if not isinstance(value, Mapping):
        raise EmailTypeError(value, "EmailReport.moves", "a mapping of move name to MoveResult")
    if set(value) != set(MOVE_NAMES):
        raise EmailConfigError("EmailReport.moves", sorted(value), f"keys must be {MOVE_NAMES}")
    return FrozenMap({name: value[name] for name in MOVE_NAMES})


def _check_sent_at(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise EmailTypeError(value, "EmailReport.sent_at", "an aware datetime or None")
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
        return {
            "ok": self.ok,
            "subject": self.subject,
            "sent_at": self.sent_at.isoformat() if self.sent_at is not None else None,
            "moves": {name: result.to_dict() for name, result in self.moves.items()},
            "findings": [f.to_dict() for f in self.findings],
            "metrics": self.metrics.to_dict(),
        }


def _names_tuple(what: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise EmailTypeError(value, what, "a list or tuple of str")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise EmailTypeError(item, f"an item of {what}", "a str")
        if not item.strip():
            raise EmailConfigError(what, items, "names must not be blank")
    return items


def _interviewers(value: object) -> tuple[str, ...]:
    return _names_tuple("EmailContext.interviewers", value)


def _topics(value: object) -> tuple[str, ...]:
    return _names_tuple("EmailContext.topics", value)


def _optional_name(what: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            raise EmailTypeError(value, what, "a str or None")
        if not value.strip():
            raise EmailConfigError(what, value, "use None rather than a blank string")

    return check


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
        >>> EmailContext(company="Acme", interviewers=["Sarah Chen"]).interviewers
        ('Sarah Chen',)

    .. versionadded:: 0.1.0
    """

    company: str | None = attrs.field(
        default=None, validator=_optional_name("EmailContext.company")
    )
    role: str | None = attrs.field(default=None, validator=_optional_name("EmailContext.role"))
    interviewers: tuple[str, ...] = attrs.field(default=(), converter=_interviewers)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_topics)

    def terms(self) -> tuple[str, ...]:
        """Return every phrase whose mention counts as personal, longest first.

        Returns:
            The company, role, topics, and each interviewer's full, first and last name.

        Example:
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


def _disabled(value: object) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise EmailTypeError(value, "Rules.disabled", "a set, list or tuple of finding codes")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise EmailTypeError(item, "an item of Rules.disabled", "a str (a finding code)")
    codes = frozenset(items)
    for code in sorted(codes):
        if code not in FINDING_CODES:
            raise EmailConfigError(
                "Rules.disabled", code, "not a finding code; see followup_timing.FINDING_CODES"
            )
    return codes


def _extra_cues(value: object) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise EmailTypeError(value, "Rules.extra_cues", "a mapping of move name to phrases")
    out: dict[str, tuple[str, ...]] = {}
    for move, phrases in value.items():
        if move not in MOVE_NAMES:
            raise EmailConfigError(
                "Rules.extra_cues", move, f"not a move; choose among {', '.join(MOVE_NAMES)}"
            )
        if isinstance(phrases, str) or not isinstance(phrases, Iterable):
            raise EmailTypeError(phrases, f"Rules.extra_cues[{move!r}]", "a list of phrases")
        items = tuple(phrases)
        for phrase in items:
            if not isinstance(phrase, str):
                raise EmailTypeError(phrase, f"a phrase in Rules.extra_cues[{move!r}]", "a str")
            words = split_phrase(phrase)
            if not words or words[0] == "*" or all(w == "*" for w in words):
                raise EmailConfigError(
                    f"Rules.extra_cues[{move!r}]",
                    phrase,
                    "a phrase needs at least one word, and must not start with '*'",
                )
        out[move] = items
    return FrozenMap(out)


def _positive_int(what: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        number = _check_int(what, value)
        if number < 1:
            raise EmailConfigError(what, value, "must be at least 1")

    return check


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
        EmailTypeError: a field has the wrong type.
        EmailConfigError: a value is out of range or names an unknown code or move.

    Example:
        >>> Rules(max_words=125, disabled={"missing-greeting"}).max_words
        125

    .. versionadded:: 0.1.0
    """

    # A sorted repr: a set's iteration order differs between processes and pickle trips.
    disabled: frozenset[str] = attrs.field(
        default=frozenset(), converter=_disabled, repr=_sorted_set_repr
    )
    min_words: int = attrs.field(default=50, validator=_positive_int("Rules.min_words"))
    max_words: int = attrs.field(default=200, validator=_positive_int("Rules.max_words"))
    max_subject_words: int = attrs.field(
        default=10, validator=_positive_int("Rules.max_subject_words")
    )
    extra_cues: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=dict, converter=_extra_cues
    )
    max_chars: int = attrs.field(default=2_000_000, validator=_positive_int("Rules.max_chars"))

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
            >>> Rules(extra_cues={"interest": ["stoked"]}).cue_pairs()
            (('interest', 'stoked'),)
        """
        pairs: list[tuple[MoveName, str]] = []
        for move in MOVE_NAMES:
            for phrase in self.extra_cues.get(move, ()):
                pairs.append((move, phrase))
        return tuple(pairs)


DEFAULT_RULES: Final = Rules()
