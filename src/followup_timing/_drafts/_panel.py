"""One thank-you per interviewer of a panel, none sharing a sentence with another.

Interviewers of a panel compare notes: a note sent three times with the name swapped reads
as a form letter. Each note here is built from its own wording of every part (the thanks,
the topic, the interest and experience, the question about next steps), so two notes of
one panel share no sentence beyond their greeting and sign-off, and each names its
recipient and a topic that recipient discussed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from followup_timing._drafts import _render
from followup_timing._drafts._candidate import Candidate
from followup_timing._drafts._draft import Draft, check_report
from followup_timing._email._rules import EmailContext
from followup_timing._timing._recipient import Recipient
from followup_timing.exceptions import DraftError, WrongTypeError

# Every part in as many wordings as a panel may have notes: note n takes wording n of each.
_THANKS: Final = (
    "Thank you for taking the time to speak with me about the {role} role at {company}.",
    "Thanks so much for meeting with me about the {role} position at {company}.",
    "I really appreciated the time you spent with me on the {role} interview at {company}.",
    "Thank you for a thoughtful conversation about the {role} role and the team at {company}.",
    "Many thanks for your time during my {role} interview with {company}.",
    "I am grateful for the chance to talk with you about the {role} opening at {company}.",
)
_TOPIC: Final = (
    "I especially enjoyed hearing about {topic}.",
    "Our discussion of {topic} was a highlight of the day for me.",
    "What you shared about {topic} has stayed with me since.",
    "I found your perspective on {topic} particularly interesting.",
    "Learning about {topic} from you made the work feel very concrete.",
    "Your thoughts on {topic} gave me a lot to think about.",
)
_FIT: Final = (
    "I am even more excited about joining {company} after our conversation, and I believe my "
    "experience, especially {highlights}, would let me make a real difference on the team.",
    "The interview made me more enthusiastic about the role, and I am confident my "
    "experience, including {highlights}, would help me contribute quickly.",
    "I am very interested in the position, and I think my background, in particular "
    "{highlights}, fits the work you described well.",
    "I would love to join the team, and my experience, notably {highlights}, has prepared "
    "me for the challenges we discussed.",
    "I came away keen to be part of {company}, and I believe my skills, above all "
    "{highlights}, match what the role needs.",
    "The role excites me even more now, and my experience, chiefly {highlights}, would let "
    "me add value from the first weeks.",
)
_ASK: Final = (
    "Please let me know if I can share anything else that would help.",
    "I look forward to hearing about the next steps.",
    "If any other information would be useful, I would be glad to send it.",
    "I would love to hear about the next steps whenever you have an update.",
    "Do let me know if I can answer any further questions.",
    "I hope to hear from you about the next stage of the process.",
)
#: The largest panel whose notes can all be worded differently.
MAX_PANEL: Final = len(_THANKS)
_SUBJECT: Final = "Thank you - {role} interview"
_GREETING: Final = "Hi {name},"
_SIGN_OFF: Final = "Best regards,\n{candidate}"


def draft_panel(
    *,
    candidate: Candidate,
    context: EmailContext,
    recipients: Iterable[Recipient | str],
    topics: Mapping[str, str] | None = None,
) -> tuple[Draft, ...]:
    """Write one thank-you note per interviewer of a panel, each worded differently.

    Each note greets its recipient by name and mentions one topic they discussed: the
    topic *topics* ties to that recipient, else the next of ``context.topics`` not tied to
    anyone. No sentence of one note appears in another, apart from the greeting and the
    sign-off, and every note passes :func:`~followup_timing.validate_email`.

    Args:
        candidate: the sender's name and one to three highlights.
        context: the company and role (both required) and topics not tied to anyone.
        recipients: the interviewers, as :class:`~followup_timing.Recipient` values (e.g.
            ``interview.recipients``) or names, one to six.
        topics: recipient name -> the topic discussed with them.

    Returns:
        One :class:`Draft` per recipient, in their order, each with its ``recipient`` and a
        ``context`` naming only that recipient and topic.

    Raises:
        DraftError: no recipients or more than six, the same recipient twice, a topic
            tied to someone not in *recipients*, a recipient left without a topic, or a
            missing company or role.
        WrongTypeError: an argument has the wrong type.

    Example:
        >>> from followup_timing import Candidate, EmailContext, draft_panel
        >>> notes = draft_panel(
        ...     candidate=Candidate(name="Alex Kim", highlights=["five years of SQL"]),
        ...     context=EmailContext(company="Globex", role="Data Analyst"),
        ...     recipients=["Ana", "Ben"],
        ...     topics={"Ana": "the churn model", "Ben": "the data platform"},
        ... )
        >>> [note.body.splitlines()[2] for note in notes]  # doctest: +NORMALIZE_WHITESPACE
        ['Thank you for taking the time to speak with me about the Data Analyst role at
          Globex. I especially enjoyed hearing about the churn model.',
         'Thanks so much for meeting with me about the Data Analyst position at Globex. Our
          discussion of the data platform was a highlight of the day for me.']

    .. versionadded:: 0.2.0
    """
    if not isinstance(candidate, Candidate):
        raise WrongTypeError(candidate, "candidate", "a Candidate")
    if not isinstance(context, EmailContext):
        raise WrongTypeError(context, "context", "an EmailContext")
    people = _recipients(recipients)
    tied = _tied_topics(topics, people)
    company, role = _required(context)
    free = [t for t in context.topics if t not in tied.values()]
    drafts = []
    for n, person in enumerate(people):
        topic = tied.get(person.name) or (free.pop(0) if free else None)
        if topic is None:
            raise DraftError(
                f"no topic for {person.name!r}: each note names one topic its recipient "
                f"discussed. Pass topics={{{person.name!r}: '...'}} or more "
                f"EmailContext(topics=[...]).",
                what="topics",
                value=topics,
            )
        drafts.append(_note(n, person, topic, company, role, candidate))
    return tuple(drafts)


def _recipients(value: object) -> list[Recipient]:
    if isinstance(value, (str, Recipient)) or not isinstance(value, Iterable):
        raise WrongTypeError(value, "recipients", "a list of Recipient values or names")
    people = []
    for n, item in enumerate(value):
        if not isinstance(item, (str, Recipient)):
            raise WrongTypeError(item, f"recipients[{n}]", "a Recipient or a name")
        people.append(Recipient.of(item))
    if not 1 <= len(people) <= MAX_PANEL:
        raise DraftError(
            f"recipients has {len(people)} people; a panel has one to {MAX_PANEL}, the number "
            f"of different wordings each part of a note has.",
            what="recipients",
            value=value,
        )
    names = [person.name for person in people]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise DraftError(
            f"recipients names {twice[0]!r} twice; each interviewer gets one note.",
            what="recipients",
            value=value,
        )
    return people


def _tied_topics(topics: object, people: list[Recipient]) -> dict[str, str]:
    if topics is None:
        return {}
    if not isinstance(topics, Mapping):
        raise WrongTypeError(topics, "topics", "a mapping of recipient name to topic")
    names = {person.name for person in people}
    tied = {}
    for name, topic in topics.items():
        if name not in names:
            raise DraftError(
                f"topics ties {topic!r} to {name!r}, who is not among the recipients "
                f"({', '.join(repr(n) for n in sorted(names))}).",
                what="topics",
                value=topics,
            )
        tied[name] = _render.one_line(f"topics[{name!r}]", topic)
    return tied


def _required(context: EmailContext) -> tuple[str, str]:
    for field in ("company", "role"):
        if getattr(context, field) is None:
            raise DraftError.missing(
                f"context.{field}",
                draft="a panel of thank-you notes",
                needs=f"the {field}",
                fix=f"Pass EmailContext({field}=...).",
            )
    assert context.company is not None
    assert context.role is not None
    return (
        _render.one_line("context.company", context.company),
        _render.one_line("context.role", context.role),
    )


def _note(
    n: int, person: Recipient, topic: str, company: str, role: str, candidate: Candidate
) -> Draft:
    values = {
        "company": company,
        "role": role,
        "topic": topic,
        "highlights": _render.join_names(list(candidate.highlights)),
    }
    body = "\n\n".join(
        (
            _GREETING.format(name=person.name),
            _THANKS[n].format_map(values) + " " + _TOPIC[n].format_map(values),
            _FIT[n].format_map(values),
            _ASK[n].format_map(values),
            _SIGN_OFF.format(candidate=candidate.name),
        )
    )
    draft = Draft(
        kind="thank_you",
        tone="warm",
        subject=_SUBJECT.format(role=role),
        body=body,
        context=EmailContext(
            company=company, role=role, interviewers=[person.name], topics=[topic]
        ),
        recipient=person,
    )
    check_report(draft, f"the panel note to {person.name!r}")
    return draft
