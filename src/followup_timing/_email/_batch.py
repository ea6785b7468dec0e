"""Checks across the notes of one panel: near-duplicates, and greetings to the wrong person.

:func:`validate_notes` is the public face; the checks are plain functions of the texts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from followup_timing._email._report import EmailReport
from followup_timing._email._rules import EmailContext, Rules
from followup_timing._email._shingles import NEAR_DUPLICATE, similarity
from followup_timing._email._validate import analyse, checked_context_and_rules
from followup_timing.exceptions import EmailInputError, WrongTypeError

if TYPE_CHECKING:
    # For the signature only: the email half reads notes by their attributes.
    from followup_timing._drafts._draft import Draft
    from followup_timing._timing._recipient import Recipient

DUPLICATE_SUGGESTION: Final = (
    "Write each note yourself: thank them for what you discussed with them in particular, "
    "and word the rest differently (draft_panel writes such a set)."
)


def batch_findings(notes: Sequence[tuple[str, str]]) -> list[list[tuple[str, str, str | None]]]:
    """The ``duplicate-across-recipients`` findings of each ``(recipient name, body)`` note."""
    found: list[list[tuple[str, str, str | None]]] = [[] for _ in notes]
    for n, (name, body) in enumerate(notes):
        for m, (other, other_body) in enumerate(notes):
            if m == n:
                continue
            alike = similarity(body, other_body)
            if alike >= NEAR_DUPLICATE:
                found[n].append(
                    (
                        "duplicate-across-recipients",
                        f"This note to {name} is {alike:.0%} the same as the note to "
                        f"{other} (three-word phrases, greeting and sign-off aside).",
                        DUPLICATE_SUGGESTION,
                    )
                )
    return found


def validate_notes(
    notes: Iterable[Draft | tuple[str | Recipient, str]],
    *,
    rules: Rules | None = None,
) -> tuple[EmailReport, ...]:
    """Check the notes to the interviewers of one panel, each and against each other.

    Each note gets :func:`~followup_timing.validate_email`'s report with its recipient as
    the context's only interviewer, so its ``wrong-name`` check flags a greeting to anyone
    else ("Hi Ben," in the note to Dana Lee). Across the set, ``duplicate-across-recipients``
    (warning) flags a note whose three-word phrases, greeting and sign-off aside, are half
    or more the same as the note to another recipient: interviewers compare notes, and a
    text sent twice with the name swapped is noticed.

    Args:
        notes: the notes, each a :class:`~followup_timing.Draft` with a ``recipient``
            (from :func:`~followup_timing.draft_panel` or ``draft_email(...,
            recipient=...)``) or a ``(recipient, text)`` pair, the recipient a name or a
            :class:`~followup_timing.Recipient`.
        rules: the validator's rules, for every note.

    Returns:
        One :class:`EmailReport` per note, in order.

    Raises:
        WrongTypeError: a note is neither a draft with a recipient nor a pair.
        EmailInputError: a note is longer than ``rules.max_chars``.

    Example:
        >>> from followup_timing import validate_notes
        >>> body = ("Hi {},\\n\\nThank you for the interview today. I am excited about the "
        ...         "analyst role, and my SQL experience fits your team. Please let me know "
        ...         "the next steps.\\n\\nBest,\\nAlex")
        >>> reports = validate_notes([("Dana", body.format("Dana")), ("Ben", body.format("Dana"))])
        >>> [report.codes for report in reports]  # doctest: +NORMALIZE_WHITESPACE
        [('too-short', 'duplicate-across-recipients'),
         ('too-short', 'duplicate-across-recipients', 'not-personalised', 'wrong-name')]

    .. versionadded:: 0.2.0
    """
    rules = checked_context_and_rules(None, rules)
    given: object = notes
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        raise WrongTypeError(given, "notes", "a list of drafts or (recipient, text) pairs")
    read = [_read_note(n, note) for n, note in enumerate(given)]
    for n, (_, body, _, _) in enumerate(read):
        if len(body) > rules.max_chars:
            raise EmailInputError(
                f"notes[{n}] is {len(body):,} characters long, over the limit of "
                f"{rules.max_chars:,} set by Rules.max_chars."
            )
    extras = batch_findings([(name, body) for name, body, _, _ in read])
    return tuple(
        analyse(body, subject=subject, sent_at=None, context=context, rules=rules, extra=extra)
        for (_, body, subject, context), extra in zip(read, extras, strict=True)
    )


def _read_note(n: int, note: object) -> tuple[str, str, str | None, EmailContext]:
    """``(recipient name, body, subject, context)`` of one note."""
    what = f"notes[{n}]"
    if isinstance(note, tuple):
        if len(note) != 2:
            raise WrongTypeError(note, what, "a (recipient, text) pair")
        recipient, body = note
        name = recipient if isinstance(recipient, str) else getattr(recipient, "name", None)
        if not isinstance(name, str) or not name.strip():
            raise WrongTypeError(recipient, f"{what}[0]", "a recipient's name or a Recipient")
        if not isinstance(body, str):
            raise WrongTypeError(body, f"{what}[1]", "the note's text (a str)")
        return name.strip(), body, None, EmailContext(interviewers=[name.strip()])
    body = getattr(note, "body", None)
    recipient = getattr(note, "recipient", None)
    context = getattr(note, "context", None)
    if not isinstance(body, str) or not isinstance(context, EmailContext):
        raise WrongTypeError(note, what, "a Draft or a (recipient, text) pair")
    name = getattr(recipient, "name", None)
    if not isinstance(name, str):
        raise WrongTypeError(
            note,
            what,
            "a Draft written for one recipient (draft_panel, or draft_email(..., "
            "recipient=...)) or a (recipient, text) pair",
        )
    subject = getattr(note, "subject", None)
    # The recipient is the one person this note may greet.
    context = attrs.evolve(context, interviewers=(name,))
    return name, body, subject if isinstance(subject, str) else None, context
