"""Drafting follow-ups: every draft passes the validator, reads naturally, and fails loudly."""

from __future__ import annotations

import pickle
import re
import typing

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft
from followup_timing._drafts import _render

KINDS_AND_TONES = [(kind, tone) for kind in ft.STEP_KINDS for tone in ft.TONES]

ALEX = ft.Candidate(name="Alex Kim", highlights=("five years of SQL", "building dbt models"))
ACME = ft.EmailContext(
    company="Acme",
    role="Data Analyst",
    interviewers=("Ana", "Ben", "Chloe"),
    topics=("the Q3 migration", "on-call"),
)

SUBJECTS = {
    ("thank_you", "warm"): "Thank you - Data Analyst interview",
    ("thank_you", "formal"): "Thank you - Data Analyst interview",
    ("check_in", "warm"): "Checking in - Data Analyst interview",
    ("check_in", "formal"): "Following up - Data Analyst interview",
    ("final_check_in", "warm"): "Final check-in - Data Analyst interview",
    ("final_check_in", "formal"): "Final follow-up - Data Analyst interview",
}
TOPIC_SENTENCES = {
    ("thank_you", "warm"): "I especially enjoyed hearing about the Q3 migration.",
    ("thank_you", "formal"): "I particularly valued our discussion of the Q3 migration.",
    ("check_in", "warm"): "Our talk about the Q3 migration has stayed with me since.",
    ("check_in", "formal"): "Our discussion of the Q3 migration was particularly valuable to me.",
    ("final_check_in", "warm"): "I have often thought back to our conversation about the Q3 "
    "migration.",
    ("final_check_in", "formal"): "I particularly appreciated our discussion of the Q3 migration.",
}


def _assert_passes(draft: ft.Draft) -> ft.EmailReport:
    report = draft.validate()
    assert report.ok, (report.codes, draft.body)
    assert all(move.present for move in report.moves.values())
    assert not [f for f in report.findings if f.severity == "error"]
    rules = ft.Rules()
    assert rules.min_words <= report.metrics.words <= rules.max_words
    return report


# --- examples ---------------------------------------------------------------------------------


def test_thank_you_warm_reads_as_pinned() -> None:
    """The warm thank-you, word for word: thanks, topic, interest, highlights, ask, sign-off."""
    draft = ft.draft_email("thank_you", candidate=ALEX, context=ACME)
    assert draft.subject == "Thank you - Data Analyst interview"
    assert draft.body == (
        "Hi Ana, Ben and Chloe,\n\n"
        "Thank you for taking the time to speak with me about the Data Analyst role at Acme. "
        "I especially enjoyed hearing about the Q3 migration.\n\n"
        "I am even more excited about joining Acme after our conversation, and I believe my "
        "experience, especially five years of SQL and building dbt models, would let me make "
        "a real difference on the team.\n\n"
        "Please let me know if I can share anything else that would help. I look forward to "
        "hearing about the next steps.\n\n"
        "Best regards,\n"
        "Alex Kim"
    )


@pytest.mark.parametrize(("kind", "tone"), KINDS_AND_TONES)
def test_each_kind_and_tone(kind: ft.StepKind, tone: str) -> None:
    """Every built-in template gives a clean draft naming the people, role, company, topic."""
    draft = ft.draft_email(kind, candidate=ALEX, context=ACME, tone=tone)
    assert (draft.kind, draft.tone) == (kind, tone)
    assert draft.subject == SUBJECTS[kind, tone]
    greeting = "Hi" if tone == "warm" else "Dear"
    assert draft.body.startswith(f"{greeting} Ana, Ben and Chloe,\n\n")
    sign_off = "Best regards," if tone == "warm" else "Kind regards,"
    assert draft.body.endswith(f"\n\n{sign_off}\nAlex Kim")
    assert TOPIC_SENTENCES[kind, tone] in draft.body
    assert "on-call" not in draft.body  # one topic, the first
    assert "Data Analyst" in draft.body
    assert "Acme" in draft.body
    assert "five years of SQL and building dbt models" in draft.body
    report = _assert_passes(draft)
    assert report.findings == ()  # not even a warning or a note


@pytest.mark.parametrize(("kind", "tone"), KINDS_AND_TONES)
def test_each_kind_and_tone_without_topic(kind: ft.StepKind, tone: str) -> None:
    """With no topic discussed, the draft says something general instead and still passes."""
    context = attrs.evolve(ACME, topics=())
    draft = ft.draft_email(kind, candidate=ALEX, context=context, tone=tone)
    assert "Q3" not in draft.body
    assert "  " not in draft.body
    assert _assert_passes(draft).findings == ()


@pytest.mark.parametrize(
    ("names", "greeting"),
    [
        (("Ms Lee",), "Hi Ms Lee,"),
        (("Ana", "Ben"), "Hi Ana and Ben,"),
        (("Ana", "Ben", "Chloe"), "Hi Ana, Ben and Chloe,"),
        ((), "Hi Acme team,"),
    ],
)
def test_greeting_lists_the_interviewers(names: tuple[str, ...], greeting: str) -> None:
    """Zero to three interviewers read naturally; with none, a check-in greets the team."""
    context = attrs.evolve(ACME, interviewers=names)
    draft = ft.draft_email("check_in", candidate=ALEX, context=context)
    assert draft.body.splitlines()[0] == greeting
    _assert_passes(draft)


@pytest.mark.parametrize(
    ("highlights", "phrase"),
    [
        (("SQL",), "my experience, especially SQL, would"),
        (("SQL", "dbt"), "my experience, especially SQL and dbt, would"),
        (("SQL", "dbt", "Airflow"), "my experience, especially SQL, dbt and Airflow, would"),
    ],
)
def test_highlights_are_listed(highlights: tuple[str, ...], phrase: str) -> None:
    """One, two or three highlights are joined as a sentence lists them."""
    candidate = ft.Candidate(name="Alex Kim", highlights=highlights)
    draft = ft.draft_email("thank_you", candidate=candidate, context=ACME)
    assert phrase in draft.body
    _assert_passes(draft)


def test_formal_greeting_uses_dear() -> None:
    """A formal draft to one interviewer opens "Dear Ms Lee,"."""
    context = attrs.evolve(ACME, interviewers=("Ms Lee",))
    draft = ft.draft_email("thank_you", candidate=ALEX, context=context, tone="formal")
    assert draft.body.splitlines()[0] == "Dear Ms Lee,"


def test_fact_ending_a_sentence_keeps_one_full_stop() -> None:
    """A company called "Acme Inc." does not end a sentence with "Inc.."."""
    context = attrs.evolve(ACME, company="Acme Inc.")
    draft = ft.draft_email("final_check_in", candidate=ALEX, context=context, tone="formal")
    assert "would be of value to Acme Inc.\n" in draft.body
    assert ".." not in draft.body
    _assert_passes(draft)


def test_surrounding_and_repeated_spaces_in_facts_are_tidied() -> None:
    """Facts are used with their spaces normalised: "  Data   Analyst " reads "Data Analyst"."""
    context = attrs.evolve(ACME, role="  Data   Analyst ")
    draft = ft.draft_email("thank_you", candidate=ALEX, context=context)
    assert draft.subject == "Thank you - Data Analyst interview"
    assert "the Data Analyst role at Acme" in draft.body


def test_negation_in_a_highlight_does_not_cancel_the_claim() -> None:
    """ "zero-downtime deployments" and "no-code tools" are still qualifications."""
    candidate = ft.Candidate(
        name="Alex Kim",
        highlights=("zero-downtime deployments", "no-code tools", "never-miss SLAs"),
    )
    for kind, tone in KINDS_AND_TONES:
        report = _assert_passes(ft.draft_email(kind, candidate=candidate, context=ACME, tone=tone))
        assert report.moves["qualifications"].present


# --- the Draft value ------------------------------------------------------------------------


def test_draft_to_dict_and_value_semantics() -> None:
    """A draft is frozen, compares by value, pickles, and exports four stable keys."""
    draft = ft.draft_email("check_in", candidate=ALEX, context=ACME, tone="formal")
    assert draft.to_dict() == {
        "kind": "check_in",
        "tone": "formal",
        "subject": draft.subject,
        "body": draft.body,
    }
    assert pickle.loads(pickle.dumps(draft)) == draft
    assert draft == ft.draft_email("check_in", candidate=ALEX, context=ACME, tone="formal")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        draft.body = "changed"  # type: ignore[misc]
    assert "context" not in repr(draft)


def test_validate_takes_rules() -> None:
    """Draft.validate passes the caller's rules to the validator."""
    draft = ft.draft_email("thank_you", candidate=ALEX, context=ACME)
    assert "too-long" in draft.validate(ft.Rules(min_words=10, max_words=20)).codes


def test_kinds_and_tones_are_defined_once() -> None:
    """The constants match their Literal types, and every built-in pair has a template."""
    assert ft.STEP_KINDS == ("thank_you", "check_in", "final_check_in")
    assert typing.get_args(ft.StepKind) == ft.STEP_KINDS
    assert typing.get_args(ft.Tone) == ft.TONES == ("warm", "formal")
    assert set(ft.DRAFT_TEMPLATES) == set(KINDS_AND_TONES)
    for template in ft.DRAFT_TEMPLATES.values():
        assert tuple(template) == ("subject", "body", "topic_line", "no_topic_line")


def test_templates_are_read_only() -> None:
    """The built-in templates cannot be changed by accident."""
    with pytest.raises(TypeError):
        ft.DRAFT_TEMPLATES["thank_you", "warm"]["subject"] = "Hi"  # type: ignore[index]


# --- caller's templates -----------------------------------------------------------------------


def _template(**changes: str) -> dict[str, str]:
    return {**ft.DRAFT_TEMPLATES["thank_you", "warm"], **changes}


def test_caller_template_replaces_a_built_in_one() -> None:
    """A caller's template for a built-in (kind, tone) is used instead of it."""
    template = _template(subject="Thanks, {interviewers}: {role} at {company}")
    draft = ft.draft_email(
        "thank_you", candidate=ALEX, context=ACME, templates={("thank_you", "warm"): template}
    )
    assert draft.subject == "Thanks, Ana, Ben and Chloe: Data Analyst at Acme"
    other = ft.draft_email(
        "check_in", candidate=ALEX, context=ACME, templates={("thank_you", "warm"): template}
    )
    assert other.subject == SUBJECTS["check_in", "warm"]


def test_caller_template_adds_a_tone() -> None:
    """A caller can add a tone of their own for a kind."""
    template = _template(body=ft.DRAFT_TEMPLATES["thank_you", "warm"]["body"].replace("Hi", "Hey"))
    draft = ft.draft_email(
        "thank_you",
        candidate=ALEX,
        context=ACME,
        tone="casual",
        templates={("thank_you", "casual"): template},
    )
    assert draft.tone == "casual"
    assert draft.body.startswith("Hey Ana, Ben and Chloe,")


def test_empty_no_topic_line_leaves_no_gap() -> None:
    """An empty no_topic_line leaves neither a trailing space nor an empty paragraph."""
    template = _template(no_topic_line="")
    draft = ft.draft_email(
        "thank_you",
        candidate=ALEX,
        context=attrs.evolve(ACME, topics=()),
        templates={("thank_you", "warm"): template},
    )
    assert "role at Acme.\n\nI am even more excited" in draft.body
    assert not re.search(r" \n|\n{3}", draft.body)


# --- Hypothesis: every draft passes -----------------------------------------------------------

FIRST_NAMES = (
    "Ana", "Ben", "Chloe", "Zoë", "Søren", "José", "Nguyễn", "Aoife", "Siobhán", "Mohammed",
    "محمد", "李伟", "Ngozi", "Łukasz", "Ines", "Kwame", "Priya", "Anne-Marie", "Jean-Luc",
    "D'Arcy", "Björn", "Ayşe", "Dmitri", "Ólafur",
)  # fmt: skip
LAST_NAMES = (
    "Lee", "O'Brien", "D'Angelo", "Okafor", "García Márquez", "van der Berg", "Nair",
    "Fernández de la Cruz", "Müller", "Kowalczyk", "Nakamura", "Ben-David", "St. John",
    "MacLeod", "Øvergaard", "Al-Hassan", "Иванова",
)  # fmt: skip
TITLES = ("Ms", "Mr", "Mx", "Dr.", "Prof.", "Mrs.")
COMPANIES = (
    "Acme", "AT&T", "Procter & Gamble", "Ben & Jerry's", "Macy's", "L'Oréal", "Müller GmbH",
    "Acme Inc.", "Société Générale", "Tata Consultancy Services", "IBM", "3M", "Zalando SE",
    "Rio Tinto", "Bank of America Merrill Lynch", "ソニー", "St. Jude Children's Research Hospital",
    "Johnson & Johnson", "H&M", "Marks & Spencer", "O'Reilly Media", "Mercado Libre",
)  # fmt: skip
ROLES = (
    "Data Analyst", "Senior Software Engineer", "Registered Nurse (ICU)", "Product Manager",
    "VP of Finance & Operations", "Site Reliability Engineer", "Barista", "Sous Chef",
    "Staff Machine Learning Engineer", "Head of People", "UX/UI Designer", "Account Executive",
    "Développeuse Full-Stack", "Teacher's Aide", "Controller", "Backend Engineer (Go)",
)  # fmt: skip
TOPICS = (
    "the Q3 migration", "on-call rotations", "the team's move to Kubernetes", "HIPAA compliance",
    "zero-downtime deploys", "the 2025 roadmap", "your onboarding programme",
    "how you measure success", "the new São Paulo office", "R&D budgets", "Node.js tooling",
    "mentoring junior analysts", "the patient-safety initiative", "no-code automation",
)  # fmt: skip
HIGHLIGHTS = (
    "five years of SQL", "building dbt models", "leading a team of eight nurses",
    "zero-downtime deployments", "no-code automation tools", "fluent Spanish & Portuguese",
    "ten years in B2B sales", "an MBA from INSEAD", "shipping iOS apps used by 2M people",
    "cutting cloud costs by 30%", "my work on the Q3 migration", "customer research",
    "running a café's kitchen", "Python", "C++ and Rust", "mentoring new hires",
    "never-missed SLAs", "HIPAA audits",
)  # fmt: skip


def _word() -> st.SearchStrategy[str]:
    """A made-up capitalised word in any script, as names and companies can be."""
    letters = st.characters(categories=("Lu", "Ll", "Lo"), max_codepoint=0x9FFF)
    return (
        st.text(letters, min_size=2, max_size=12)
        .map(lambda w: w[:1].upper() + w[1:].lower())
        .filter(lambda w: w.isalpha() and w.lower().strip("x") != "")
    )


@st.composite
def person_names(draw: st.DrawFn) -> str:
    """A name as someone would address them: "Ana", "Ms Lee", "Zoë O'Brien", "Dr. Okafor"."""
    first = draw(st.sampled_from(FIRST_NAMES) | _word())
    last = draw(st.sampled_from(LAST_NAMES) | _word())
    form = draw(st.sampled_from(("first", "full", "titled")))
    if form == "first":
        return first
    if form == "full":
        return f"{first} {last}"
    return f"{draw(st.sampled_from(TITLES))} {last}"


def _facts(pool: tuple[str, ...]) -> st.SearchStrategy[str]:
    made_up = st.lists(_word(), min_size=1, max_size=4).map(" ".join)
    return st.sampled_from(pool) | made_up


candidates = st.builds(
    ft.Candidate,
    name=person_names(),
    highlights=st.lists(st.sampled_from(HIGHLIGHTS), min_size=1, max_size=3),
)
contexts = st.builds(
    ft.EmailContext,
    company=_facts(COMPANIES),
    role=_facts(ROLES),
    interviewers=st.lists(person_names(), min_size=0, max_size=3),
    topics=st.lists(_facts(TOPICS), min_size=0, max_size=3),
)


FACT_DRIVEN_CODES = frozenset({"all-caps", "pushy-wording", "desperate-wording"})


@given(
    kind=st.sampled_from(ft.STEP_KINDS),
    tone=st.sampled_from(ft.TONES),
    candidate=candidates,
    context=contexts,
)
def test_every_draft_passes_the_validator(
    kind: ft.StepKind, tone: str, candidate: ft.Candidate, context: ft.EmailContext
) -> None:
    """Any realistic candidate and context give a draft with all four moves, no error, in bounds.

    It names the role, the company, every interviewer (or the company's team) and the first
    topic when there is one.
    """
    if kind == "thank_you" and not context.interviewers:
        with pytest.raises(ft.DraftError, match="needs at least one interviewer"):
            ft.draft_email(kind, candidate=candidate, context=context, tone=tone)
        return
    draft = ft.draft_email(kind, candidate=candidate, context=context, tone=tone)
    report = _assert_passes(draft)
    # Greeting, sign-off, subject, personalisation and placement are always right; only
    # wording inside the facts themselves (a company in capitals) could draw a warning.
    assert set(report.codes) <= FACT_DRIVEN_CODES, report.codes
    assert context.role is not None
    assert context.company is not None
    text = " ".join(draft.body.split())
    assert " ".join(context.role.split()) in text
    assert " ".join(context.company.split()).rstrip(".") in text
    for name in context.interviewers:
        assert name in draft.body.splitlines()[0]
    if context.topics:
        assert " ".join(context.topics[0].split()) in text
    assert draft.body.endswith("\n" + candidate.name)
    for highlight in candidate.highlights:
        assert highlight in text


@given(
    kind=st.sampled_from(ft.STEP_KINDS),
    tone=st.sampled_from(ft.TONES),
    candidate=candidates,
    context=contexts,
)
def test_no_placeholder_survives_rendering(
    kind: ft.StepKind, tone: str, candidate: ft.Candidate, context: ft.EmailContext
) -> None:
    """No ``{field}``, ``[Slot]`` or other placeholder is ever left in a draft."""
    context = attrs.evolve(context, interviewers=context.interviewers or ("Ms Lee",))
    draft = ft.draft_email(kind, candidate=candidate, context=context, tone=tone)
    assert _render.surviving_placeholders(draft.subject + "\n" + draft.body) == []
    assert "{" not in draft.subject + draft.body
    assert "}" not in draft.subject + draft.body
    assert "unfilled-placeholder" not in draft.validate().codes
    assert ".." not in draft.body


@given(
    pieces=st.lists(
        st.tuples(
            st.text(st.characters(exclude_characters="{}"), max_size=20),
            st.none() | st.sampled_from(sorted(ft.TEMPLATE_FIELDS)),
        ),
        max_size=8,
    ),
    value=st.text(min_size=1, max_size=20),
)
def test_render_fills_every_field(pieces: list[tuple[str, str | None]], value: str) -> None:
    """Whatever the literal text and fields, rendering fills each field with its value."""
    source = "".join(lit + ("{" + f + "}" if f else "") for lit, f in pieces)
    compiled = _render._compile_part("body", "body", source) if source.strip() else ()
    values = dict.fromkeys(ft.TEMPLATE_FIELDS, "V" + value.replace(".", "") + "W")
    rendered = _render.render(compiled, values)
    expected = "".join(lit + (values[f] if f else "") for lit, f in pieces)
    assert rendered == (expected if source.strip() else "")


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"name": "", "highlights": ["SQL"]},
            ft.DraftError,
            "Candidate.name='' is blank. Pass the name the draft is signed with",
        ),
        (
            {"name": 42, "highlights": ["SQL"]},
            ft.DraftTypeError,
            "Candidate.name must be a str, got int.",
        ),
        (
            {"name": "Alex", "highlights": []},
            ft.DraftError,
            "Candidate.highlights=() is empty. Give one to three highlights: the skills or "
            "experiences that fit the role best, e.g. ('five years of SQL', 'building dbt "
            "models')",
        ),
        (
            {"name": "Alex", "highlights": ["a", "b", "c", "d"]},
            ft.DraftError,
            "Candidate.highlights=('a', 'b', 'c', 'd') has 4 items. Give one to three highlights",
        ),
        (
            {"name": "Alex", "highlights": "SQL"},
            ft.DraftTypeError,
            "Candidate.highlights must be a list or tuple of str, not one str (wrap it: "
            "highlights=('SQL',)), got str.",
        ),
        (
            {"name": "Alex", "highlights": ["SQL", " "]},
            ft.DraftError,
            "Candidate.highlights=('SQL', ' ') has a blank item at index 1. Every highlight is "
            "a skill or experience, e.g. 'five years of SQL'",
        ),
        (
            {"name": "Alex", "highlights": ["SQL", 3]},
            ft.DraftTypeError,
            "Candidate.highlights[1] must be a str, got int.",
        ),
        (
            {"name": "Alex", "highlights": 3},
            ft.DraftTypeError,
            "Candidate.highlights must be a list or tuple of str, got int.",
        ),
    ],
)
def test_bad_candidate(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    """A Candidate refuses a blank name and anything but one to three highlights."""
    with pytest.raises(error, match=re.escape(message)):
        ft.Candidate(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("context", "kind", "message"),
    [
        (
            ft.EmailContext(role="Data Analyst", interviewers=["Ana"]),
            "thank_you",
            "a thank_you draft in the warm tone needs the company's name, but context.company "
            "is not given. Pass EmailContext(company=...).",
        ),
        (
            ft.EmailContext(company="Acme", interviewers=["Ana"]),
            "check_in",
            "a check_in draft in the warm tone needs the role, but context.role is not given. "
            "Pass EmailContext(role=...).",
        ),
        (
            ft.EmailContext(company="Acme", role="Data Analyst"),
            "thank_you",
            "a thank_you draft in the warm tone needs at least one interviewer to thank by "
            "name, but context.interviewers is not given. Pass EmailContext(interviewers=[...]) "
            "with the names as you would address them, e.g. ['Ms Lee'] or ['Ana', 'Ben'].",
        ),
        (
            ft.EmailContext(),
            "final_check_in",
            "a final_check_in draft in the warm tone needs the company's name, but "
            "context.company is not given.",
        ),
    ],
)
def test_missing_fact_is_refused(context: ft.EmailContext, kind: str, message: str) -> None:
    """A fact the template needs is never left as a gap: the error names it and the fix."""
    with pytest.raises(ft.DraftError, match=re.escape(message)) as caught:
        ft.draft_email(kind, candidate=ALEX, context=context)  # type: ignore[arg-type]
    assert caught.value.value is None
    assert caught.value.what.startswith("context.")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"company": "[Company Name]"},
            "context.company='[Company Name]' looks like an unfilled template placeholder "
            "('[Company Name]'). Pass the real value",
        ),
        (
            {"role": "{role}"},
            "context.role='{role}' looks like an unfilled template placeholder ('{role}'). "
            "Pass the real value",
        ),
        (
            {"interviewers": ("Hiring Manager Name",)},
            "context.interviewers[0]='Hiring Manager Name' looks like an unfilled template "
            "placeholder ('Hiring Manager Name').",
        ),
        (
            {"company": "XX"},
            "context.company='XX' looks like an unfilled template placeholder ('XX').",
        ),
        (
            {"company": "Acme\nInc"},
            "context.company='Acme\\nInc' holds a line break or control character. Pass it as "
            "one line of plain text",
        ),
        (
            {"topics": ("the <Project>",)},
            "context.topics[0]='the <Project>' looks like an unfilled template placeholder",
        ),
    ],
)
def test_placeholder_or_multiline_fact_is_refused(changes: dict[str, object], message: str) -> None:
    """Facts that would leave a placeholder or break the layout are refused by name."""
    context = attrs.evolve(ACME, **changes)
    with pytest.raises(ft.DraftError, match=re.escape(message)):
        ft.draft_email("thank_you", candidate=ALEX, context=context)


def test_placeholder_in_candidate_name_is_refused() -> None:
    """A name that is still "[Your Name]" is refused, not signed with."""
    candidate = ft.Candidate(name="[Your Name]", highlights=["SQL"])
    with pytest.raises(
        ft.DraftError,
        match=re.escape("Candidate.name='[Your Name]' looks like an unfilled template placeholder"),
    ):
        ft.draft_email("thank_you", candidate=candidate, context=ACME)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            {"kind": "thanks"},
            ft.DraftError,
            "unknown draft kind 'thanks'; choose one of 'thank_you', 'check_in', 'final_check_in'.",
        ),
        ({"kind": 1}, ft.DraftTypeError, "kind must be a str, got int."),
        (
            {"tone": "casual"},
            ft.DraftError,
            "no thank_you template in the tone 'casual'; the tones are 'formal', 'warm'. Pass "
            "templates={('thank_you', 'casual'): {...}} to add one.",
        ),
        ({"tone": None}, ft.DraftTypeError, "tone must be a str, got NoneType."),
        ({"candidate": {"name": "Alex"}}, ft.DraftTypeError, "candidate must be a Candidate"),
        ({"context": None}, ft.DraftTypeError, "context must be an EmailContext, got NoneType."),
        (
            {"templates": [("thank_you", "warm")]},
            ft.DraftTypeError,
            "templates must be a mapping of (kind, tone) to a template, or None, got list.",
        ),
    ],
)
def test_bad_arguments(call: dict[str, object], error: type[Exception], message: str) -> None:
    """Unknown kinds and tones and wrong types are refused with the choices."""
    kwargs: dict[str, object] = {"kind": "thank_you", "candidate": ALEX, "context": ACME, **call}
    kind = kwargs.pop("kind")
    with pytest.raises(error, match=re.escape(message)):
        ft.draft_email(kind, **kwargs)  # type: ignore[arg-type]


_SEE = (
    ". See followup_timing.DRAFT_TEMPLATES for the structure of a template and "
    "TEMPLATE_FIELDS for the fields it may use."
)
_KEY = "templates[('thank_you', 'warm')]"


@pytest.mark.parametrize(
    ("template", "error", "message"),
    [
        (
            {"subject": "Hi", "footer": "x"},
            ft.DraftError,
            f"{_KEY} lacks the parts 'body', 'topic_line', 'no_topic_line' and has unknown parts "
            "'footer'; a template has exactly the parts 'subject', 'body', 'topic_line', "
            "'no_topic_line'" + _SEE,
        ),
        (
            _template(subject="Thanks {interviewer} and {candidate}"),
            ft.DraftError,
            f"{_KEY}['subject'] uses unknown fields {{candidate}}, {{interviewer}}; this part "
            "may use {addressee}, {company}, {highlights}, {interviewers}, {name}, {role}, "
            "{topic}" + _SEE,
        ),
        (
            _template(no_topic_line="About {topic}."),
            ft.DraftError,
            f"{_KEY}['no_topic_line'] uses unknown fields {{topic}} (no_topic_line is written "
            "when no topic was discussed); this part may use",
        ),
        (
            _template(subject="Thank you {}"),
            ft.DraftError,
            f"{_KEY}['subject'] uses a positional field {{}}; name it, e.g. {{company}}" + _SEE,
        ),
        (
            _template(subject="Thank you {role:>20}"),
            ft.DraftError,
            f"{_KEY}['subject'] gives the field {{role}} a conversion or format spec (:>20); "
            "write {role} alone",
        ),
        (
            _template(subject="Thank you {role"),
            ft.DraftError,
            f"{_KEY}['subject'] is not a valid format string (expected '}}' before end of "
            "string); write a literal brace as {{",
        ),
        (_template(body="  "), ft.DraftError, f"{_KEY}['body'] is blank" + _SEE),
        (_template(body=None), ft.DraftTypeError, f"{_KEY}['body'] must be a str, got NoneType."),
        (
            "Hi {name}",
            ft.DraftTypeError,
            f"{_KEY} must be a mapping of part name to str, got str.",
        ),
    ],
)
def test_bad_template(template: object, error: type[Exception], message: str) -> None:
    """A malformed template is refused at call time, listing what is missing or unknown."""
    with pytest.raises(error, match=re.escape(message)):
        ft.draft_email(
            "thank_you",
            candidate=ALEX,
            context=ACME,
            templates={("thank_you", "warm"): template},  # type: ignore[dict-item]
        )


@pytest.mark.parametrize(
    ("key", "error", "message"),
    [
        (
            ("thanks", "warm"),
            ft.DraftError,
            "templates[('thanks', 'warm')] names the unknown kind 'thanks'; the kinds are "
            "'thank_you', 'check_in', 'final_check_in'",
        ),
        (("thank_you", " "), ft.DraftError, "names a blank tone"),
        (
            "thank_you",
            ft.DraftTypeError,
            "a key of templates must be a (kind, tone) tuple of two str, got str.",
        ),
    ],
)
def test_bad_template_key(key: object, error: type[Exception], message: str) -> None:
    """Every key of the caller's templates names a known kind and a tone."""
    with pytest.raises(error, match=re.escape(message)):
        ft.draft_email(
            "thank_you",
            candidate=ALEX,
            context=ACME,
            templates={key: _template()},  # type: ignore[dict-item]
        )


def test_template_without_a_move_is_refused() -> None:
    """A caller's template that leaves out the call to action gives no draft, but the reason."""
    body = ft.DRAFT_TEMPLATES["thank_you", "warm"]["body"].replace(
        "Please let me know if I can share anything else that would help. I look forward to "
        "hearing about the next steps.",
        "Have a lovely week.",
    )
    with pytest.raises(
        ft.DraftError,
        match=re.escape(
            "the draft from templates[('thank_you', 'warm')] would not pass validate_email "
            "(missing-call-to-action: No question about next steps, offer of more information "
            "or invitation to ask.); check the facts"
        ),
    ):
        ft.draft_email(
            "thank_you",
            candidate=ALEX,
            context=ACME,
            templates={("thank_you", "warm"): _template(body=body)},
        )


def test_placeholder_in_template_text_is_refused() -> None:
    """A placeholder written into the template's own words is caught after rendering."""
    body = ft.DRAFT_TEMPLATES["thank_you", "warm"]["body"].replace("the team", "[Team Name]")
    with pytest.raises(
        ft.DraftError,
        match=re.escape(
            "the draft from templates[('thank_you', 'warm')] still holds the placeholder "
            "'[Team Name]' from the template's own text"
        ),
    ):
        ft.draft_email(
            "thank_you",
            candidate=ALEX,
            context=ACME,
            templates={("thank_you", "warm"): _template(body=body)},
        )


def test_facts_too_long_for_a_follow_up_are_refused() -> None:
    """Highlights that push the draft over 200 words give an error, not an overlong draft."""
    long = " ".join(["distributed systems"] * 40)
    candidate = ft.Candidate(name="Alex Kim", highlights=[long, long])
    with pytest.raises(ft.DraftError, match=r"would not pass validate_email \(too-long: \d+ words"):
        ft.draft_email("thank_you", candidate=candidate, context=ACME)


def test_check_in_without_interviewer_or_company_in_custom_template() -> None:
    """{addressee} with neither an interviewer nor a company names both ways to fix it."""
    template = {
        "subject": "Checking in",
        "body": ft.DRAFT_TEMPLATES["check_in", "warm"]["body"]
        .replace("{company}", "the company")
        .replace("{role}", "open"),
        "topic_line": "",
        "no_topic_line": "",
    }
    with pytest.raises(
        ft.DraftError,
        match=re.escape(
            "a check_in draft in the warm tone needs someone to address: an interviewer, or the "
            "company whose team it greets, but context.company is not given. Pass "
            "EmailContext(interviewers=[...]) or EmailContext(company=...)."
        ),
    ):
        ft.draft_email(
            "check_in",
            candidate=ALEX,
            context=ft.EmailContext(),
            templates={("check_in", "warm"): template},
        )


@pytest.mark.parametrize(
    "call",
    [
        lambda: ft.draft_email("thank_you", candidate=ALEX, context=ft.EmailContext()),
        lambda: ft.draft_email(
            "thank_you",
            candidate=ALEX,
            context=ACME,
            templates={("thank_you", "warm"): {"subject": "Hi"}},
        ),
        lambda: ft.Candidate(name="Alex", highlights=3),
    ],
)
def test_draft_errors_pickle(call: typing.Callable[[], object]) -> None:
    """A draft error raised in a worker process reaches the caller with its attributes."""
    with pytest.raises(ft.FollowupTimingError) as caught:
        call()
    clone = pickle.loads(pickle.dumps(caught.value))
    assert type(clone) is type(caught.value)
    assert str(clone) == str(caught.value)
    assert vars(clone) == vars(caught.value)
