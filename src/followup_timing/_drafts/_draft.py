"""Writing a follow-up draft: :func:`draft_email` and the :class:`Draft` it returns."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from followup_timing._drafts import _eml, _render
from followup_timing._drafts._candidate import Candidate
from followup_timing._drafts._templates import DRAFT_TEMPLATES
from followup_timing._email._report import EmailReport
from followup_timing._email._rules import EmailContext, Rules
from followup_timing._email._validate import validate_email
from followup_timing._kinds import STEP_KINDS, StepKind
from followup_timing._timing._recipient import Recipient
from followup_timing._timing._state import get_state, set_state
from followup_timing._validators import typed
from followup_timing.exceptions import DraftError, WrongTypeError

if TYPE_CHECKING:
    import email.message

# What each fact is, and how to give it, for the errors about a missing one.
_NEEDS: Final[Mapping[str, tuple[str, str, str]]] = {
    # field: (where it comes from, what the template needs, how to give it)
    "company": ("context.company", "the company's name", "Pass EmailContext(company=...)."),
    "role": ("context.role", "the role", "Pass EmailContext(role=...)."),
    "interviewers": (
        "context.interviewers",
        "at least one interviewer to thank by name",
        "Pass EmailContext(interviewers=[...]) with the names as you would address them, "
        "e.g. ['Ms Lee'] or ['Ana', 'Ben'].",
    ),
    "addressee": (
        "context.company",
        "someone to address: an interviewer, or the company whose team it greets",
        "Pass EmailContext(interviewers=[...]) or EmailContext(company=...).",
    ),
    "topic": (
        "context.topics",
        "a topic discussed (it uses {topic} outside its topic_line)",
        "Pass EmailContext(topics=[...]), or move {topic} into the template's topic_line.",
    ),
}
# The order facts are checked in, so the first error names the most basic one.
_FIELD_ORDER: Final = (
    "name", "company", "role", "interviewers", "addressee", "highlights", "topic"
)  # fmt: skip

# Validator findings that a draft must not have, besides every error-level one.
_LENGTH_CODES: Final = frozenset({"too-short", "too-long"})


@attrs.frozen(kw_only=True)
class Draft:
    """A follow-up email written by :func:`draft_email`.

    Attributes:
        kind: ``"thank_you"``, ``"check_in"`` or ``"final_check_in"``.
        tone: the tone of the template it was written from, e.g. ``"warm"``.
        subject: the subject line.
        body: the message, from the greeting to the candidate's name.
        context: the facts it was written from; :meth:`validate` checks against them.
        recipient: who it is written to, when it was written for one person
            (``draft_email(..., recipient=...)`` or :func:`draft_panel`).

    Example:
        >>> from followup_timing import Candidate, EmailContext, draft_email
        >>> draft = draft_email(
        ...     "thank_you",
        ...     candidate=Candidate(name="Alex Kim", highlights=["SQL dashboards"]),
        ...     context=EmailContext(company="Acme", role="Data Analyst", interviewers=["Ms Lee"]),
        ... )
        >>> draft.subject
        'Thank you - Data Analyst interview'
        >>> print(draft.body.splitlines()[0])
        Hi Ms Lee,

    .. versionadded:: 0.1.0
    """

    kind: StepKind = attrs.field(validator=typed(str, "a str"))
    tone: str = attrs.field(validator=typed(str, "a str"))
    subject: str = attrs.field(validator=typed(str, "a str"))
    body: str = attrs.field(validator=typed(str, "a str"))
    context: EmailContext = attrs.field(
        repr=False, validator=typed(EmailContext, "an EmailContext")
    )
    recipient: Recipient | None = attrs.field(
        default=None, validator=attrs.validators.optional(typed(Recipient, "a Recipient"))
    )

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Pickles from 0.1.0 lack the fields added since; they take their defaults.
        set_state(self, state)

    def validate(self, rules: Rules | None = None) -> EmailReport:
        """Check the draft with :func:`~followup_timing.validate_email`, with its context.

        Args:
            rules: the validator's rules; its defaults when ``None``.

        Returns:
            The report; a draft from :func:`draft_email` is always ``ok`` under the
            default rules.

        Example:
            >>> from followup_timing import Candidate, EmailContext, draft_email
            >>> draft = draft_email(
            ...     "check_in",
            ...     candidate=Candidate(name="Alex Kim", highlights=["SQL dashboards"]),
            ...     context=EmailContext(company="Acme", role="Data Analyst"),
            ... )
            >>> report = draft.validate()
            >>> report.ok, [m for m, r in report.moves.items() if r.present]
            (True, ['gratitude', 'interest', 'qualifications', 'call_to_action'])
        """
        return validate_email(self.body, subject=self.subject, context=self.context, rules=rules)

    def to_message(
        self,
        *,
        to: str | Recipient | Iterable[str | Recipient] | None = None,
        from_: str | Recipient | None = None,
        cc: str | Recipient | Iterable[str | Recipient] = (),
        date: datetime.datetime | None = None,
    ) -> email.message.EmailMessage:
        """The draft as an e-mail message, ready to open in a mail program and send.

        A ``text/plain`` UTF-8 message with ``To``, ``Cc``, ``From`` and ``Date`` as given,
        the draft's ``Subject``, and ``X-Unsent: 1``, which makes Outlook and Thunderbird
        open the saved ``.eml`` file as an editable draft rather than as a received mail.
        Save it with ``path.write_bytes(bytes(message))``.

        Args:
            to: the recipient(s): an address (``"dana@globex.com"`` or
                ``"Dana Lee <dana@globex.com>"``), a :class:`~followup_timing.Recipient`
                with an email, or a list of them; by default the draft's ``recipient``.
            from_: the sender; left out when ``None`` (the mail program fills it in).
            cc: further recipients, in the same forms as *to*.
            date: the ``Date`` header (aware), e.g. the recommended send time; left out
                when ``None``, since the mail program sets it when sending.

        Returns:
            An :class:`email.message.EmailMessage`.

        Raises:
            DraftError: an address is not an e-mail address, a recipient has no email,
                *to* is empty or not given for a draft without a recipient, or the subject
                spans lines.
            WrongTypeError: an argument has the wrong type.
            NaiveDatetimeError: *date* has no time zone.

        Example:
            >>> from followup_timing import Candidate, EmailContext, draft_email
            >>> draft = draft_email(
            ...     "thank_you",
            ...     candidate=Candidate(name="Alex Kim", highlights=["SQL dashboards"]),
            ...     context=EmailContext(company="Acme", role="Data Analyst",
            ...                          interviewers=["Ms Lee"]),
            ... )
            >>> message = draft.to_message(to="Dana Lee <dana.lee@acme.example>")
            >>> message["To"], message["X-Unsent"], message.get_content_charset()
            ('Dana Lee <dana.lee@acme.example>', '1', 'utf-8')

        .. versionadded:: 0.2.0
        """
        if to is None:
            if self.recipient is None:
                raise DraftError(
                    "to is not given and the draft has no recipient; pass to='...' (an "
                    "address) or write the draft with draft_email(..., recipient=...).",
                    what="to",
                )
            to = self.recipient
        return _eml.to_message(self, to=to, from_=from_, cc=cc, date=date)

    def to_dict(self) -> dict[str, Any]:
        """Return the draft as a JSON-ready dict with keys kind, tone, subject, body.

        Example:
            >>> from followup_timing import Candidate, EmailContext, draft_email
            >>> draft = draft_email(
            ...     "final_check_in",
            ...     candidate=Candidate(name="Alex Kim", highlights=["SQL dashboards"]),
            ...     context=EmailContext(company="Acme", role="Data Analyst"),
            ...     tone="formal",
            ... )
            >>> list(draft.to_dict())
            ['kind', 'tone', 'subject', 'body']
        """
        # The context and recipient are what the draft was written from and for, not part
        # of the message.
        fields = attrs.fields(Draft)
        return attrs.asdict(self, filter=attrs.filters.exclude(fields.context, fields.recipient))


def draft_email(
    kind: StepKind,
    *,
    candidate: Candidate,
    context: EmailContext,
    tone: str = "warm",
    templates: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
    recipient: Recipient | str | None = None,
) -> Draft:
    """Write a follow-up email that passes :func:`~followup_timing.validate_email`.

    The draft thanks the interviewer, restates interest in the role, ties the candidate's
    highlights to it and asks about the timeline, whichever the kind: a check-in still
    thanks, restates interest and asks. It names the interviewers, the role, the company
    and, when one is given, the first topic discussed, and it stays within the validator's
    default length bounds. Names are used exactly as given, so pass them the way you would
    address the person: ``"Ana"``, ``"Ms Lee"``, ``"Dr. Okafor"``. Two or three are joined as
    "Ana and Ben" and "Ana, Ben and Chloe"; a check-in with no interviewer known is
    addressed to the company's team, while a thank-you needs someone to thank.

    Args:
        kind: ``"thank_you"``, ``"check_in"`` or ``"final_check_in"`` (see
            :data:`~followup_timing.STEP_KINDS`), the kinds of a
            :class:`~followup_timing.FollowupPlan`'s steps.
        candidate: the sender's name and one to three highlights.
        context: the company, role, interviewers and topics; the same value the validator
            takes. The fields the template uses are required.
        tone: ``"warm"`` or ``"formal"`` with the built-in templates, or any tone the
            caller's *templates* define for *kind*.
        templates: templates to use instead of, or besides, the built-in ones, as
            ``{(kind, tone): {"subject": ..., "body": ..., "topic_line": ...,
            "no_topic_line": ...}}``; see :data:`~followup_timing.DRAFT_TEMPLATES` for the
            structure and :data:`~followup_timing.TEMPLATE_FIELDS` for the fields. Each
            one is checked when this function is called.
        recipient: the one person the draft is for (a :class:`~followup_timing.Recipient`
            or a name): it greets them alone, whatever ``context.interviewers`` says, and
            :meth:`Draft.to_message` addresses it to their email.

    Returns:
        A :class:`Draft` whose :meth:`Draft.validate` is ``ok``.

    Raises:
        WrongTypeError: an argument has the wrong type.
        DraftError: *kind* or *tone* is unknown; a fact the template uses is missing,
            spans lines or looks like a placeholder ("[Company Name]"); a template is
            malformed (the message lists its missing or unknown parts and fields); or the
            draft would not pass the validator, e.g. because the facts make it longer
            than 200 words or a custom template leaves out one of the four moves.

    Example:
        >>> from followup_timing import Candidate, EmailContext, draft_email
        >>> draft = draft_email(
        ...     "thank_you",
        ...     candidate=Candidate(name="Alex Kim", highlights=["five years of SQL", "dbt"]),
        ...     context=EmailContext(
        ...         company="Acme",
        ...         role="Data Analyst",
        ...         interviewers=["Ana", "Ben"],
        ...         topics=["the Q3 migration"],
        ...     ),
        ... )
        >>> print(draft.body)  # doctest: +NORMALIZE_WHITESPACE
        Hi Ana and Ben,
        <BLANKLINE>
        Thank you for taking the time to speak with me about the Data Analyst role at Acme.
        I especially enjoyed hearing about the Q3 migration.
        <BLANKLINE>
        I am even more excited about joining Acme after our conversation, and I believe my
        experience, especially five years of SQL and dbt, would let me make a real
        difference on the team.
        <BLANKLINE>
        Please let me know if I can share anything else that would help. I look forward to
        hearing about the next steps.
        <BLANKLINE>
        Best regards,
        Alex Kim
        >>> draft.validate().ok
        True

    .. versionadded:: 0.1.0
    """
    if not isinstance(kind, str):
        raise WrongTypeError(kind, "kind", "a str")
    if kind not in STEP_KINDS:
        raise DraftError(
            f"unknown draft kind {kind!r}; choose one of "
            + ", ".join(repr(k) for k in STEP_KINDS)
            + ".",
            what="kind",
            value=kind,
        )
    if not isinstance(candidate, Candidate):
        raise WrongTypeError(candidate, "candidate", "a Candidate")
    if not isinstance(context, EmailContext):
        raise WrongTypeError(context, "context", "an EmailContext")
    if not isinstance(tone, str):
        raise WrongTypeError(tone, "tone", "a str")
    if recipient is not None:
        if not isinstance(recipient, (str, Recipient)):
            raise WrongTypeError(recipient, "recipient", "a Recipient, a name or None")
        recipient = Recipient.of(recipient)
        context = attrs.evolve(context, interviewers=(recipient.name,))

    table: dict[tuple[str, str], Mapping[str, str]] = dict(DRAFT_TEMPLATES)
    compiled: dict[tuple[str, str], _render.Compiled] = {}
    if templates is not None:
        if not isinstance(templates, Mapping):
            raise WrongTypeError(
                templates, "templates", "a mapping of (kind, tone) to a template, or None"
            )
        for key, template in templates.items():
            checked = _render.check_key(key)
            compiled[checked] = _render.compile_template(checked, template)
            table[checked] = template
    key = (kind, tone)
    if key not in table:
        tones = sorted(t for k, t in table if k == kind)
        raise DraftError(
            f"no {kind} template in the tone {tone!r}; the tones are "
            + ", ".join(repr(t) for t in tones)
            + f". Pass templates={{({kind!r}, {tone!r}): {{...}}}} to add one.",
            what="tone",
            value=tone,
        )
    parts = compiled[key] if key in compiled else _DEFAULTS[key]

    topic_given = bool(context.topics)
    line_part = "topic_line" if topic_given else "no_topic_line"
    body_fields = _render.fields_of(parts["body"])
    used = _render.fields_of(parts["subject"]) | body_fields
    if "topic_line" in body_fields:
        used |= _render.fields_of(parts[line_part])
    values = _facts(used, candidate, context, draft=f"a {kind} draft in the {tone} tone")
    if "topic_line" in body_fields:
        values["topic_line"] = _render.render(parts[line_part], values)

    subject = _render.tidy(_render.render(parts["subject"], values))
    body = _render.tidy(_render.render(parts["body"], values))
    where = f"the draft from templates[{key!r}]"
    left = _render.surviving_placeholders(subject) + _render.surviving_placeholders(body)
    if left:
        raise DraftError.template(
            where,
            body,
            f"still holds the placeholder {left[0]!r} from the template's own text; "
            f"replace it with a field such as {{company}} or with real words",
        )
    draft = Draft(
        kind=kind, tone=tone, subject=subject, body=body, context=context, recipient=recipient
    )
    check_report(draft, where)
    return draft


# The built-in templates, parsed once.
_DEFAULTS: Final[Mapping[tuple[str, str], _render.Compiled]] = {
    key: _render.compile_template(key, template) for key, template in DRAFT_TEMPLATES.items()
}


def _facts(
    used: frozenset[str], candidate: Candidate, context: EmailContext, *, draft: str
) -> dict[str, str]:
    """Return the value of every field in *used*, checking each fact it comes from."""
    values: dict[str, str] = {}
    interviewers = tuple(
        _render.one_line(f"context.interviewers[{n}]", name)
        for n, name in enumerate(context.interviewers)
    )
    for field in _FIELD_ORDER:
        if field not in used:
            continue
        if field == "name":
            values[field] = _render.one_line("Candidate.name", candidate.name)
        elif field == "highlights":
            values[field] = _render.join_names(
                [
                    _render.one_line(f"Candidate.highlights[{n}]", item)
                    for n, item in enumerate(candidate.highlights)
                ]
            )
        elif field in ("company", "role"):
            value = getattr(context, field)
            if value is None:
                raise _missing(field, draft)
            values[field] = _render.one_line(f"context.{field}", value)
        elif field == "interviewers":
            if not interviewers:
                raise _missing(field, draft)
            values[field] = _render.join_names(interviewers)
        elif field == "addressee":
            if interviewers:
                values[field] = _render.join_names(interviewers)
            elif context.company is None:
                raise _missing(field, draft)
            else:
                values[field] = _render.one_line("context.company", context.company) + " team"
        elif field == "topic":
            if not context.topics:
                raise _missing(field, draft)
            values[field] = _render.one_line("context.topics[0]", context.topics[0])
    return values


def _missing(field: str, draft: str) -> DraftError:
    what, needs, fix = _NEEDS[field]
    return DraftError.missing(what, draft=draft, needs=needs, fix=fix)


def check_report(draft: Draft, where: str) -> None:
    """Refuse *draft* unless the validator finds no error and no length problem in it."""
    report = draft.validate()
    bad = [f for f in report.findings if f.severity == "error" or f.code in _LENGTH_CODES]
    if not bad:
        return
    details = "; ".join(f"{f.code}: {f.message}" for f in bad)
    if any(f.code in _LENGTH_CODES for f in bad):
        fix = "shorten or lengthen the facts (the highlights and topic above all)"
    else:
        fix = (
            "check the facts for wording that cancels a move (a negation such as 'no' or "
            "'never', or a withdrawal), or make sure the template has all four moves"
        )
    raise DraftError.template(
        where, draft.body, f"would not pass validate_email ({details}); {fix}"
    )
