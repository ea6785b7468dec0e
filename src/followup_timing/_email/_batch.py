"""Checks across the notes of one panel: near-duplicates, and greetings to the wrong person.

:func:`validate_notes` is the public face; the checks are plain functions of the texts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

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

_GREETING: Final = re.compile(
    r"^\s*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b[\s,]*"
    r"(?P<names>[^,:!\n]*?)\s*[,:!]?\s*$",
    re.IGNORECASE,
)
# Words of a greeting that are not part of anyone's name.
_TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "and"}
)
# A greeting with one of these greets a group ("Hi all", "Hello Globex team"), no one person.
_GROUP_WORDS: Final = frozenset({"all", "everyone", "team", "folks", "there", "everybody"})


def greeting_names(body: str) -> str | None:
    """Who the first line greets, as written ("Ms. Lee"), or ``None`` without a greeting.

    >>> greeting_names("Dear Ms. Lee,\\n\\nThank you."), greeting_names("Thank you.")
    ('Ms. Lee', None)
    """
    for line in body.splitlines():
        if line.strip():
            match = _GREETING.match(line)
            return match["names"].strip() if match and match["names"].strip() else None
    return None


def _name_words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return {word for word in re.findall(r"[^\W\d_]+", plain) if word not in _TITLES}


def greets(body: str, recipient: str) -> bool | None:
    """Whether the greeting addresses *recipient*; ``None`` when it names no one.

    Every name word of the greeting must be one of the recipient's: "Dana", "Ms Lee" and
    "Dana Lee" greet Dana Lee, accents and titles aside; "Ben" or "Dana and Ben" do not.
    "Hi all" and "Hello Globex team" greet a group, no one person.

    >>> greets("Hi Dana,\\n...", "Dana Lee"), greets("Hi Ben,\\n...", "Dana Lee")
    (True, False)
    """
    names = greeting_names(body)
    if names is None:
        return None
    words = _name_words(names)
    if not words or words & _GROUP_WORDS:
        return None
    return words <= _name_words(recipient)


def batch_findings(notes: Sequence[tuple[str, str]]) -> list[list[tuple[str, str, str | None]]]:
    """``(code, message, suggestion)`` findings for each ``(recipient name, body)`` note."""
    found: list[list[tuple[str, str, str | None]]] = [[] for _ in notes]
    for n, (name, body) in enumerate(notes):
        if greets(body, name) is False:
            found[n].append(
                (
                    "wrong-name",
                    f"The greeting addresses {greeting_names(body)!r}, but this note goes to "
                    f"{name}.",
                    f"Greet {name} by name, e.g. 'Hi {name.split()[0]},'.",
                )
            )
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

    Each note gets :func:`~followup_timing.validate_email`'s report, with its recipient as
    the context's interviewer, plus two findings that only a set of notes can have:

    - ``wrong-name`` (error): the greeting names someone other than the note's recipient
      ("Hi Ben," in the note to Dana Lee); "Hi Dana," and "Dear Ms Lee," are right, and
      a greeting to a group ("Hi all,") is not checked.
    - ``duplicate-across-recipients`` (warning): half or more of the note's three-word
      phrases, greeting and sign-off aside, are also in the note to another recipient.
      Interviewers compare notes; swapping the name in one text is noticed.

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
        >>> body = ("Hi {},\\n\\nThank you for the interview today. I am excited about the "
        ...         "analyst role, and my SQL experience fits your team. Please let me know "
        ...         "the next steps.\\n\\nBest,\\nAlex")
        >>> reports = validate_notes([("Dana", body.format("Dana")), ("Ben", body.format("Dana"))])
        >>> [report.codes for report in reports]  # doctest: +NORMALIZE_WHITESPACE
        [('too-short', 'duplicate-across-recipients'),
         ('too-short', 'wrong-name', 'duplicate-across-recipients', 'not-personalised')]

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
    return name, body, subject if isinstance(subject, str) else None, context
