"""Checking a draft: :func:`validate_email`, and the analysis shared with messages."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from followup_timing._email import _checks
from followup_timing._email._codes import CODES, MISSING_MOVE
from followup_timing._email._mismatch import find_mismatches, find_subject_mismatches
from followup_timing._email._moves import (
    MOVE_NAMES,
    analyse_sentence,
    index_for,
)
from followup_timing._email._report import EmailMetrics, EmailReport, Finding, MoveResult, Span
from followup_timing._email._rules import DEFAULT_RULES, EmailContext, Rules
from followup_timing._email._text import Layout, Token, sentences, word_count
from followup_timing._email._timing_check import (
    check_send_at,
    check_window,
    timing_finding,
)
from followup_timing.exceptions import EmailConfigError, EmailInputError, WrongTypeError

if TYPE_CHECKING:
    # For the signature only: the email half reads a window, it never computes one.
    from followup_timing._timing._window import SendWindow


class _Add(Protocol):
    def __call__(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        """Record a finding unless its code is disabled."""


_ORDER = {code: n for n, code in enumerate(CODES)}


def checked_context_and_rules(context: object, rules: object) -> Rules:
    """Refuse a context or rules of the wrong type; return the rules to apply."""
    if context is not None and not isinstance(context, EmailContext):
        raise WrongTypeError(context, "context", "an EmailContext or None")
    if rules is None:
        return DEFAULT_RULES
    if not isinstance(rules, Rules):
        raise WrongTypeError(rules, "rules", "a Rules or None")
    return rules


def validate_email(
    text: str,
    *,
    subject: str | None = None,
    context: EmailContext | None = None,
    rules: Rules | None = None,
    send_at: datetime.datetime | None = None,
    window: SendWindow | None = None,
) -> EmailReport:
    """Check a follow-up draft for the four moves and for what hurts it.

    The four moves are gratitude, interest, qualifications and a call to action. Quoted
    replies ("> ..." lines, "On ... wrote:" blocks, forwarded headers) and the signature
    (after a ``"-- "`` line, and after the sign-off and name: title, phone, disclaimer) are
    left out before analysis.

    Args:
        text: the body of the draft, as plain text. Any line endings.
        subject: the subject line, when known; ``None`` skips the subject checks.
        context: what is known about the interview: the draft must name some of it
            (``not-personalised``) and must not name another company, person or role in
            its place (``wrong-company``, ``wrong-name``, ``wrong-role``).
        rules: thresholds, disabled codes and extra cue phrases; defaults apply when
            ``None``.
        send_at: when the draft will be sent (aware); kept as the report's ``sent_at``.
        window: the recipient's :class:`~followup_timing.SendWindow`; with *send_at*, adds
            ``sent-too-early`` (how long to wait, and the best moment), ``sent-too-late``
            (acknowledge the delay) or ``sent-on-time``.

    Returns:
        An :class:`EmailReport`; spans are offsets into *text*.

    Raises:
        WrongTypeError: *text* or *subject* is not a ``str``, or *context*, *rules*,
            *send_at* or *window* has the wrong type.
        EmailConfigError: *window* is given without *send_at*.
        NaiveDatetimeError: *send_at* has no time zone.
        EmailInputError: *text* is longer than ``rules.max_chars``.

    Example:
        >>> import followup_timing as ft
        >>> report = ft.validate_email(
        ...     "Hi Sarah,\\n\\nThank you for the interview today. I am excited about the "
        ...     "analyst role. My experience with SQL dashboards fits your team. Please let "
        ...     "me know the next steps.\\n\\nBest,\\nAlex"
        ... )
        >>> [name for name, move in report.moves.items() if move.present]
        ['gratitude', 'interest', 'qualifications', 'call_to_action']
        >>> report.moves["gratitude"].evidence[0].text
        'Thank you for the interview today.'
        >>> report.codes
        ('too-short',)

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise WrongTypeError(text, "text", "a str (decode bytes first, or use validate_message)")
    if subject is not None and not isinstance(subject, str):
        raise WrongTypeError(subject, "subject", "a str or None")
    rules = checked_context_and_rules(context, rules)
    if len(text) > rules.max_chars:
        raise EmailInputError(
            f"the draft is {len(text):,} characters long, over the limit of "
            f"{rules.max_chars:,} set by Rules.max_chars. A follow-up is a few hundred "
            f"words; pass Rules(max_chars=...) to analyse longer text.",
            what="text",
        )
    extra = timing_extra(
        send_at,
        window,
        missing="a window needs the moment the draft is sent; pass send_at=datetime(...)",
    )
    return analyse(
        text, subject=subject, sent_at=send_at, context=context, rules=rules, extra=extra
    )


def timing_extra(
    send_at: object, window: object, *, missing: str
) -> tuple[tuple[str, str, str | None], ...]:
    """The timing finding for *send_at* in *window*, or none without a window."""
    if send_at is not None:
        send_at = check_send_at(send_at)
    if window is None:
        return ()
    checked = check_window(window)
    if send_at is None:
        raise EmailConfigError("send_at", None, missing)
    assert isinstance(send_at, datetime.datetime)
    return (timing_finding(send_at, checked),)


def analyse(
    text: str,
    *,
    subject: str | None,
    sent_at: datetime.datetime | None,
    context: EmailContext | None,
    rules: Rules,
    extra: Sequence[tuple[str, str] | tuple[str, str, str | None]] = (),
) -> EmailReport:
    """Analyse *text* (already type-checked) and build the report.

    *extra* holds ``(code, message)`` or ``(code, message, suggestion)`` findings found
    earlier, e.g. by :func:`validate_message`, the timing check or :func:`validate_notes`.
    """
    layout = Layout(text)
    disabled = rules.disabled
    found: list[Finding] = []

    def add(
        code: str,
        message: str,
        span: tuple[int, int] | None = None,
        suggestion: str | None = None,
    ) -> None:
        if code in disabled:
            return
        found.append(
            Finding(
                code=code,
                message=message,
                span=_span(layout, span[0], span[1]) if span is not None else None,
                suggestion=suggestion or CODES[code].suggestion,
            )
        )

    for code, message, *suggestion in extra:
        add(code, message, None, suggestion[0] if suggestion else None)

    own_tokens_all = layout.tokens(layout.own)
    sign_off = layout.sign_off if layout.sign_off is not None else len(layout.lines)
    body_tokens = layout.body_tokens(own_tokens_all)
    body_sentences = sentences(text, body_tokens)
    index = index_for(rules.cue_pairs())

    evidence: dict[str, list[int]] = {name: [] for name in MOVE_NAMES}
    frames: dict[tuple[str, int], str] = {}
    courtesy = False
    for n, sentence in enumerate(body_sentences):
        result = analyse_sentence(text, body_tokens, sentence, index)
        courtesy = courtesy or result.courtesy
        for name, frame in result.moves.items():
            evidence[name].append(n)
            frames[name, n] = frame
        if result.withdrawal is not None:
            a, b = result.withdrawal
            add(
                "withdrawal",
                "This reads as withdrawing from the process.",
                (body_tokens[a].start, body_tokens[b - 1].end),
            )
        if result.in_advance:
            add(
                "thanks-in-advance",
                "Thanks 'in advance' is a request, not gratitude for the interview.",
                (sentence.start, sentence.end),
            )

    moves: dict[str, MoveResult] = {
        name: MoveResult(
            move=name,
            present=bool(evidence[name]),
            evidence=tuple(
                _span(layout, body_sentences[n].start, body_sentences[n].end, frames[name, n])
                for n in evidence[name]
            ),
        )
        for name in MOVE_NAMES
    }

    own_before_sign_off = [i for i in layout.own if layout.sign_off is None or i < layout.sign_off]
    own_tokens = layout.slice_tokens(own_tokens_all, 0, sign_off)
    words = len(own_tokens)
    empty = not body_tokens and not own_tokens
    if empty:
        add("empty-body", "There is no text to check.")
    else:
        _move_findings(add, moves, courtesy=courtesy)
    _placeholder_findings(add, layout, subject, own_tokens_all)
    if not empty:
        if words < rules.min_words:
            add("too-short", f"{words} words; aim for at least {rules.min_words}.")
        elif words > rules.max_words:
            add("too-long", f"{words} words; aim for at most {rules.max_words}.")
        _tone_findings(add, layout, own_tokens, own_before_sign_off)
        if layout.greeting is None:
            add("missing-greeting", "The draft does not open with a greeting.")
        if layout.sign_off is None:
            add("missing-sign-off", "The draft does not end with a sign-off before the name.")
    subject_words = None
    if subject is not None:
        subject_words = word_count(subject)
        if not subject.strip():
            add("missing-subject", "The subject line is empty.")
        elif subject_words > rules.max_subject_words:
            add(
                "subject-too-long",
                f"The subject has {subject_words} words; keep it to "
                f"{rules.max_subject_words} or fewer.",
            )
    if not empty:
        _position_findings(add, evidence, len(body_sentences))
        if context is not None:
            terms = context.terms()
            # The writer's own company or title in the signature is no personalisation.
            own_text = "\n".join(layout.line_text(i) for i in own_before_sign_off)
            if terms and not _checks.mentions(own_text, terms):
                add(
                    "not-personalised",
                    "The draft names none of: " + ", ".join(repr(t) for t in terms) + ".",
                )
            own_lines = [layout.lines[i] for i in own_before_sign_off]
            for mismatch in find_mismatches(text, context, own_lines):
                add(
                    mismatch.code,
                    mismatch.message,
                    (mismatch.start, mismatch.end),
                    mismatch.suggestion,
                )
            for mismatch in find_subject_mismatches(subject or "", context):
                add(mismatch.code, f"In the subject: {mismatch.message}", None, mismatch.suggestion)

    found.sort(key=lambda f: (_ORDER[f.code], f.span.start if f.span else -1))
    metrics = EmailMetrics(
        words=words,
        sentences=len(body_sentences),
        paragraphs=_checks.paragraphs(layout, own_before_sign_off),
        questions=sum(1 for s in body_sentences if s.question),
        subject_words=subject_words,
    )
    return EmailReport(
        moves=moves,
        findings=tuple(found),
        metrics=metrics,
        body=text,
        subject=subject,
        sent_at=sent_at,
    )


def _span(layout: Layout, start: int, end: int, frame: str | None = None) -> Span:
    line, column = layout.position(start)
    return Span(
        start=start, end=end, text=layout.text[start:end], line=line, column=column, frame=frame
    )


def _move_findings(add: _Add, moves: dict[str, MoveResult], *, courtesy: bool) -> None:
    for name in MOVE_NAMES:
        if not moves[name].present:
            code = MISSING_MOVE[name]
            message = code.missing_after_courtesy if courtesy else None
            add(code.name, message or code.missing or code.description)


def _placeholder_findings(
    add: _Add, layout: Layout, subject: str | None, own_tokens: list[Token]
) -> None:
    text = layout.text
    lines = [*layout.own, *layout.signature]
    for a, b in _checks.placeholders_in_lines(layout, lines):
        add("unfilled-placeholder", f"Unfilled placeholder {text[a:b]!r}.", (a, b))
    tokens = own_tokens + layout.tokens(layout.signature) if layout.signature else own_tokens
    for a, b in _checks.x_placeholders(text, tokens):
        add("unfilled-placeholder", f"Unfilled placeholder {text[a:b]!r}.", (a, b))
    if subject:
        for a, b in _checks.placeholders(subject):
            add("unfilled-placeholder", f"Unfilled placeholder {subject[a:b]!r} in the subject.")


def _tone_findings(add: _Add, layout: Layout, tokens: list[Token], lines: list[int]) -> None:
    text = layout.text
    pushy, desperate = _checks.tone(tokens)
    for a, b in pushy:
        span = (tokens[a].start, tokens[b - 1].end)
        add("pushy-wording", f"{text[span[0] : span[1]]!r} reads as pushy.", span)
    for a, b in desperate:
        span = (tokens[a].start, tokens[b - 1].end)
        add("desperate-wording", f"{text[span[0] : span[1]]!r} reads as desperate.", span)
    for i in lines:
        start, end = layout.lines[i]
        if "!!" not in text[start:end] and "?" not in text[start:end]:
            continue
        for a, b in _checks.punctuation_runs(text, start, end):
            add("excessive-punctuation", f"{text[a:b]!r} reads as shouting.", (a, b))
    for a, b in _checks.shouting(text, tokens):
        add("all-caps", f"{text[a:b]!r} is in capitals.", (a, b))


def _position_findings(add: _Add, evidence: dict[str, list[int]], count: int) -> None:
    if count < 3:
        return
    thanks = evidence["gratitude"]
    if thanks and thanks[0] >= count - max(1, count // 3):
        add("gratitude-buried", "Your thanks come only at the end.")
    asks = evidence["call_to_action"]
    if asks and asks[-1] == 0:
        add("early-call-to-action", "Your only call to action is the first sentence.")
