"""The frame model: each move recognised by what a sentence does, and the frame that fired.

The wordings here are fresh (written for these tests, not taken from any corpus): the
examples of issue 9 and variations on them, each checked against tests/data/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

import followup_timing as ft


def wrapped(body: str) -> ft.EmailReport:
    """Return the report on *body* between a greeting and a sign-off."""
    return ft.validate_email("Hi Dana,\n\n" + body + "\n\nBest regards,\nSam")


def present(body: str) -> set[str]:
    """Return the names of the moves found in *body*."""
    return {name for name, move in wrapped(body).moves.items() if move.present}


def frame_of(body: str, move: str) -> str | None:
    """Return the frame of the first evidence of *move* in *body*."""
    evidence = wrapped(body).moves[move].evidence
    return evidence[0].frame if evidence else None


# -- interest -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This opening really appeals to me.",
        "The idea of building this with your team thrills me.",
        "I'd be delighted to come on board.",
        "It's exactly the kind of role I have been hoping for.",
        "Contributing to your mission would be a dream.",
        "The position energises me.",
        "Our conversation confirmed my enthusiasm for the position.",
        "I remain keen on the role.",
        "Still very much interested!",
        "I look forward to the possibility of working with you.",
        "Honestly, joining your crew would be an honour.",
        "I'd jump at the chance to work on that team.",
        "I can't wait to get started with the team.",
        "The clinic's approach to care inspires me.",
        "I would love to be part of what you are building.",
    ],
)
def test_interest_frames(sentence: str) -> None:
    """Interest said with a verb, an adjective, a noun, or the job as the subject."""
    assert "interest" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm excited for the long weekend.",
        "The project sounds interesting.",
        "Your product is impressive.",
        "I enjoyed learning about the team.",
        "I am no longer interested in the role.",
        "I don't think the role is right for me.",
        "Your team seemed thrilled about the launch.",
        "Thank you for your interest in Globex.",
        "I look forward to hearing from you.",
        "Let me know if you are excited about my portfolio.",
    ],
)
def test_not_interest(sentence: str) -> None:
    """No job target, praise, past enjoyment, negation, someone else's feeling."""
    assert "interest" not in present(sentence)


def test_who_speaks_is_read_from_the_clause_not_the_nearest_pronoun() -> None:
    """A "with you" or "your company" before the verb does not block the writer's interest."""
    assert "interest" in present("Working with you and your company excites me.")
    assert "interest" in present("Thank you, and I'm keen to join the team.")
    assert "interest" in present("Meeting your team made me even more excited about the role.")


# -- gratitude ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thx again for the chat!",
        "ty for the interview",
        "Cheers for showing me around the warehouse.",
        "I really valued the time you gave me.",
        "I'm grateful for the chance to meet the team.",
        "Many thanks for the opportunity.",
        "Much obliged for the tour of the site.",
        "Thank you for letting me shadow the night shift.",
    ],
)
def test_gratitude_frames(sentence: str) -> None:
    """Thanks in any register, with an object the recipient gave."""
    assert "gratitude" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be grateful for an update by Friday.",
        "I would appreciate it if you could let me know.",
        "Any feedback would be appreciated.",
        "Thanks for letting me know.",
        "Thank you for your patience.",
        "Thanks for nothing.",
        "Thanks in advance for any update.",
        "It was a pleasure meeting you.",
        "I really enjoyed our conversation.",
        "Thank you for your email.",
    ],
)
def test_not_gratitude(sentence: str) -> None:
    """Requests, excluded objects, sarcasm, thanks in advance and enjoyment."""
    assert "gratitude" not in present(sentence)


def test_many_thanks_closing_under_a_request_is_a_sign_off() -> None:
    """ "Many thanks," on the closing line is a sign-off, not the gratitude move."""
    report = ft.validate_email(
        "Hi Dana,\n\nCould you share the timeline for a decision?\n\nMany thanks,\nSam"
    )
    assert not report.moves["gratitude"].present
    assert report.moves["call_to_action"].present


def test_enjoyment_alone_gets_its_own_missing_gratitude_message() -> None:
    """The finding tells a writer who enjoyed the meeting to thank them."""
    report = wrapped("It was a pleasure meeting you. I am excited about the role.")
    (finding,) = [f for f in report.findings if f.code == "missing-gratitude"]
    assert finding.message.startswith("You said it was a pleasure; thank them for their time")
    report = wrapped("I am excited about the role.")
    (finding,) = [f for f in report.findings if f.code == "missing-gratitude"]
    assert "pleasure" not in finding.message


# -- qualifications -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe I'd be a strong match for what you need.",
        "I'm confident I'd be a great fit.",
        "I think I'm well suited to the role.",
        "My background in logistics would let me hit the ground running.",
        "As we discussed, I led the migration of 40 services to Kubernetes.",
        "I don't have experience with Salesforce, but I've used HubSpot for five years.",
        "I've been a charge nurse at St Mary's for six years.",
        "I analysed the churn data and modelled three pricing options.",
    ],
)
def test_qualification_frames(sentence: str) -> None:
    """Claims, fit claims, and a real skill after a negated one."""
    assert "qualifications" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't have experience with Salesforce.",
        "You need someone with strong SQL skills.",
        "The role requires a CPA.",
        "My former colleague has ten years of experience in Python.",
        "Your team's expertise impressed me.",
        "I plan to take a course in Tableau.",
        "I hope to gain experience with Azure.",
    ],
)
def test_not_qualifications(sentence: str) -> None:
    """Negated skills, requirements, other people's skills and plans to learn."""
    assert "qualifications" not in present(sentence)


def test_fit_claim_is_a_qualification_not_interest() -> None:
    """ "I'd be a great fit for the role" is a qualification, per the guidelines."""
    assert present("I'd be a great fit for the role.") == {"qualifications"}
    assert frame_of("I'd be a great fit for the role.", "qualifications") == "fit-claim"


def test_negation_scope_follows_the_clause() -> None:
    """A negation reaches across many words in its clause, and stops at the next clause."""
    assert "qualifications" not in present(
        "I have not in all my years at the bank ever managed a team."
    )
    assert "qualifications" in present("I never used Go; I have built three services in Rust.")


# -- call to action -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Feel free to reach me at 555-0100 to discuss.",
        "Keep me in mind for future openings.",
        "I wanted to ask whether a decision has been made.",
        "Would any time next week work for you?",
        "I'd welcome any feedback on my interview.",
        "If it helps, I can share my portfolio.",
        "I'm happy to send references.",
        "Hope to hear from you soon.",
        "Looking forward to the next steps.",
        "I'd be grateful for an update by Friday.",
    ],
)
def test_call_to_action_frames(sentence: str) -> None:
    """Imperatives, indirect and scheduling questions, offers, feedback requests."""
    assert "call_to_action" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect an answer by Monday.",
        "No need to reply.",
        "I sent an email last week asking for an update.",
        "This job would be the next step in my career.",
        "I asked about the timeline during the interview.",
    ],
)
def test_not_calls_to_action(sentence: str) -> None:
    """Demands, "no need to reply", past narrative and "next step" that asks for nothing."""
    assert "call_to_action" not in present(sentence)


# -- frames in the evidence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "move", "frame"),
    [
        ("Thank you for the interview.", "gratitude", "thanks-for"),
        ("I really appreciated the tour.", "gratitude", "appreciated"),
        ("This opening really appeals to me.", "interest", "job-moves-me"),
        ("I'd love to join your team.", "interest", "wants-to-join"),
        ("I am excited about the role.", "interest", "feeling-about-job"),
        ("I led the audit of our EU subsidiaries.", "qualifications", "i-did"),
        ("I have a background in SQL.", "qualifications", "my-skills"),
        ("I have five years of experience in SQL.", "qualifications", "years-of-work"),
        ("Could you share the timeline?", "call_to_action", "question"),
        ("Please let me know if you need anything.", "call_to_action", "let-me-know"),
        ("I look forward to hearing from you.", "call_to_action", "look-forward"),
    ],
)
def test_evidence_names_the_frame(sentence: str, move: str, frame: str) -> None:
    """Each evidence span says which frame recognised it."""
    assert frame_of(sentence, move) == frame


def test_extra_cue_evidence_is_marked() -> None:
    """A phrase from Rules.extra_cues shows as the frame "extra-cue"."""
    rules = ft.Rules(extra_cues={"interest": ["all over the"]})
    report = ft.validate_email("I am all over the role.", rules=rules)
    assert report.moves["interest"].evidence[0].frame == "extra-cue"


def test_finding_spans_have_no_frame() -> None:
    """Only the evidence of a move names a frame; a finding's span does not."""
    report = wrapped("I am no longer interested in the role.")
    (finding,) = [f for f in report.findings if f.code == "withdrawal"]
    assert finding.span is not None
    assert finding.span.frame is None


def test_span_frame_must_be_a_string() -> None:
    """Span(frame=...) takes a str or None."""
    with pytest.raises(ft.EmailTypeError, match=r"Span\.frame"):
        ft.Span(start=0, end=1, text="x", line=1, column=1, frame=3)  # type: ignore[arg-type]


# -- sentences and sign-offs ----------------------------------------------------------------


def test_one_letter_word_before_a_new_sentence_splits() -> None:
    """ "embedded C. We'd ..." is two sentences; "Acme Corp. is ..." is one."""
    report = wrapped("I write embedded C. We'd ship firmware weekly at Acme Corp. is my guess.")
    assert [s.text for s in report.moves["qualifications"].evidence] == ["I write embedded C."]
    report = wrapped("I built the billing service at Acme Corp. in two years.")
    assert report.metrics.sentences == 1


def test_initials_do_not_end_a_sentence() -> None:
    """ "J. R. Smith" is a name, not three sentences."""
    assert wrapped("I worked for J. R. Smith on the audit.").metrics.sentences == 1


def test_sign_off_above_an_html_signature() -> None:
    """A sign-off followed by an HTML signature is still the sign-off."""
    report = ft.validate_email(
        "Hi Dana,\n\nThank you for the interview. I am excited about the role.\n\n"
        "Warmly,\n<b>Sam Lee</b><br>Thank you for your time | 555-0100<br>"
    )
    assert "missing-sign-off" not in report.codes
    assert len(report.moves["gratitude"].evidence) == 1


def test_sign_off_above_a_postscript() -> None:
    """A sign-off and name followed by a P.S.: still a sign-off, and the P.S. counts."""
    report = ft.validate_email(
        "Hi Dana,\n\nI am excited about the role.\n\nBest,\nSam\nAnalyst | Acme Corp\n"
        "P.S. Thank you again for the tour of the lab."
    )
    assert "missing-sign-off" not in report.codes
    assert report.moves["gratitude"].present


# -- more fresh wordings, one per line: (sentence, move, whether it is present) -------------

FRESH: list[tuple[str, str, bool]] = [
    ("Thanks a million for fitting me in on Friday.", "gratitude", True),
    ("Really appreciate you making time for me yesterday.", "gratitude", True),
    ("A big thank you for having me in today.", "gratitude", True),
    ("I'm so grateful you took the time to meet.", "gratitude", True),
    ("Thank you, Dana, for the warm welcome.", "gratitude", True),
    ("Your time yesterday was much appreciated.", "gratitude", True),
    ("I wanted to express my gratitude for your time.", "gratitude", True),
    ("Thanks heaps for the chat today!", "gratitude", True),
    ("Thanks for your understanding.", "gratitude", False),
    ("Thanks for the heads up.", "gratitude", False),
    ("Thanks for reaching out about scheduling.", "gratitude", False),
    ("Thanks for wasting my afternoon.", "gratitude", False),
    ("I would be thankful for any news.", "gratitude", False),
    ("It was nice chatting with you.", "gratitude", False),
    ("I'm really keen to get started.", "interest", True),
    ("This role feels like the right next step for me.", "interest", True),
    ("I would welcome the chance to join your team.", "interest", True),
    ("Joining Acme would mean a lot to me.", "interest", True),
    ("Your mission resonates with me.", "interest", True),
    ("I'm genuinely thrilled about the possibility of joining.", "interest", True),
    ("I am very interested for this position.", "interest", True),
    ("I'm keen to hear back.", "interest", False),
    ("I was excited to meet the team.", "interest", False),
    ("I'm interested to know the salary range.", "interest", False),
    ("My partner is excited about moving to Leeds.", "interest", False),
    ("I don't think I'm the right person for this role.", "interest", False),
    ("I bring eight years of retail management experience.", "qualifications", True),
    ("At my last job, I handled payroll for 200 staff.", "qualifications", True),
    ("I hold a master's degree in public health.", "qualifications", True),
    ("Over the past decade I have coached three national champions.", "qualifications", True),
    ("I believe my skills align well with your needs.", "qualifications", True),
    ("In my previous job I was responsible for onboarding new hires.", "qualifications", True),
    ("I've spent three years managing social media for a charity.", "qualifications", True),
    ("The ideal candidate will have five years of experience.", "qualifications", False),
    ("The team has ten years of combined experience.", "qualifications", False),
    ("I was asked about my experience with SAP.", "qualifications", False),
    ("I'd like to develop my leadership skills.", "qualifications", False),
    ("I'm not certified yet, but I plan to be.", "qualifications", False),
    ("Could we set up a follow-up call?", "call_to_action", True),
    ("Please keep me posted.", "call_to_action", True),
    ("I'm available any day next week.", "call_to_action", True),
    ("I remain available for a second interview.", "call_to_action", True),
    ("I'd appreciate an update when you have one.", "call_to_action", True),
    ("Any news on the role?", "call_to_action", True),
    ("Last week I called to ask about the timeline.", "call_to_action", False),
    ("You said you would let me know by Friday.", "call_to_action", False),
    ("The next stage is a panel interview, as you explained.", "call_to_action", False),
    ("Reply by Friday or I'm out.", "call_to_action", False),
    ("Thank you ever so much for showing me round the workshop.", "gratitude", True),
    ("Thank-you for the tour of the plant.", "gratitude", True),
    ("I'd be most grateful if you could confirm receipt.", "gratitude", False),
    ("I'm really enthused by the prospect of leading your analytics function.", "interest", True),
    ("I'd relish the chance to lead the team.", "interest", True),
    ("I would be proud to represent your organisation.", "interest", True),
    ("Having met the team, I'm all the more eager to join.", "interest", True),
    ("I'm not keen on the commute.", "interest", False),
    ("I'm looking forward to the weekend.", "interest", False),
    ("- Managed a team of 12 engineers across two sites", "qualifications", True),
    ("1. Led the ISO 9001 recertification in 2023", "qualifications", True),
    ("• 7 years in commercial litigation", "qualifications", True),
    (
        "As a chartered accountant with 15 years in audit, I'm comfortable with group audits.",
        "qualifications",
        True,
    ),
    ("I successfully optimised our warehouse layout.", "qualifications", True),
    ("The successful candidate will lead a team of 12.", "qualifications", False),
    ("My husband has worked in finance for years.", "qualifications", False),
    ("Should you require any further information, please get in touch.", "call_to_action", True),
    ("I await your response with interest.", "call_to_action", True),
    ("Please advise on next steps.", "call_to_action", True),
    ("I'd welcome the opportunity to discuss further.", "call_to_action", True),
    ("I'm not available on Monday.", "call_to_action", False),
    ("Please don't contact my current employer.", "call_to_action", False),
    ("Thanks for keeping me in the loop.", "gratitude", False),
    ("Thanks for the update on timing.", "gratitude", False),
    ("Thank you for getting back to me.", "gratitude", False),
    ("I really appreciate you taking the time to meet with me.", "gratitude", True),
    ("I was really excited at first, but the commute is too long.", "interest", False),
    ("I hope you and the team had a great offsite.", "interest", False),
    ("I will be completing my degree in May.", "qualifications", False),
    ("The position requires five years of experience.", "qualifications", False),
    ("Just checking in on the timeline.", "call_to_action", True),
    ("Just following up to see if there is any news.", "call_to_action", True),
    ("I'd love to know where things stand.", "call_to_action", True),
    ("I know you said the process would take two weeks.", "call_to_action", False),
    ("I have no further questions.", "call_to_action", False),
    ("This is exactly the kind of work I love.", "interest", True),
    ("I'm ready to hit the ground running.", "qualifications", True),
    ("I have a proven track record in B2B sales.", "qualifications", True),
    ("Let's talk again soon.", "call_to_action", True),
    ("Give me a shout if you need anything.", "call_to_action", True),
    ("I'm excited for Christmas.", "interest", False),
    ("I'm so excited for the trip to Paris.", "interest", False),
    ("I'm excited about the move to the new team.", "interest", True),
    ("I'm excited about Acme.", "interest", True),
    ("I look forward to the opportunity to discuss my application.", "call_to_action", True),
    ("You asked how I handle conflict.", "qualifications", False),
    ("I mentioned that I managed a team of five.", "qualifications", True),
    ("I have attached my updated CV for your reference.", "qualifications", False),
]


@pytest.mark.parametrize(("sentence", "move", "expected"), FRESH, ids=lambda v: str(v)[:40])
def test_fresh_wordings(sentence: str, move: str, expected: bool) -> None:
    """Each fresh wording carries its move exactly when the guidelines say so."""
    assert (move in present(sentence)) is expected


# -- whole emails in several styles ---------------------------------------------------------

STYLES: dict[str, tuple[str, str]] = {
    "mobile note": (
        "GIQC",
        "Hey Tom - thx for the chat earlier! Really keen on the barista role. Did 3 yrs at "
        "Blue Bottle so latte art is no problem lol. Lmk next steps",
    ),
    "withdrawal": (
        "G---",
        "Dear Ms. Park,\n\nThank you for the interview last week. After careful thought, I have "
        "decided to withdraw my application, as I have accepted a position closer to home.\n\n"
        "Kind regards,\nJin",
    ),
    "status check": (
        "---C",
        "Hi Raj,\n\nI hope you're well. I'm writing to check in on the status of the Data "
        "Engineer role, as I haven't heard back since our call on the 3rd.\n\nBest,\nMia",
    ),
    "quoted history": (
        "G--C",
        "Hi Lena,\n\nThanks so much for the call yesterday! Quick question: when do you expect "
        "to make a decision?\n\nBest,\nOmar\n\nOn Tue, Lena <lena@x.com> wrote:\n> We're "
        "excited about your experience with Kafka and would love to have you join.\n> Let us "
        "know if you have questions.",
    ),
    "disclaimer": (
        "GI-C",
        "Hello Mr. Chen,\n\nMany thanks for meeting with me. I remain very interested in the "
        "role. I look forward to hearing from you.\n\nRegards,\nLi Wei\nSenior Engineer\nThis "
        "e-mail is confidential. If you have received it in error, please notify the sender "
        "and delete it. Thank you for your cooperation.",
    ),
    "non-native English": (
        "GIQC",
        "Dear Sir,\n\nI want to say thanks for the interview of yesterday. I am very much "
        "interesting in this job. I have worked during 5 years as accountant in Madrid. Please "
        "can you tell me when you will take the decision?\n\nBest regards,\nCarlos",
    ),
    "negated interest": (
        "G---",
        "Hi Jo,\n\nThanks for your time on Monday. To be honest, after thinking it over I don't "
        "think the role is right for me at this stage.\n\nAll the best,\nKim",
    ),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_whole_emails_in_several_styles(style: str) -> None:
    """Each email carries exactly the moves its label (G I Q C) lists."""
    labels, text = STYLES[style]
    report = ft.validate_email(text)
    got = "".join(
        letter if report.moves[move].present else "-"
        for letter, move in zip("GIQC", ft.MOVE_NAMES, strict=True)
    )
    assert got == labels


def test_every_frame_is_documented() -> None:
    """docs/explanation/validator.rst names every frame a piece of evidence can report."""
    from pathlib import Path

    from followup_timing._email import _frames

    page = Path(__file__).resolve().parent.parent / "docs" / "explanation" / "validator.rst"
    text = page.read_text(encoding="utf-8")
    names = {f.name for f in (*_frames._frames(), _frames.QUESTION) if f.move != "courtesy"}
    assert {name for name in names if f"``{name}``" not in text} == set()


# -- round 2: classes and frame shapes widened from the guidelines (fresh wordings) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        # relative clause of wanting hung on the job or on doing the work
        "Running your Leeds depot is the job I have wanted for years.",
        "The analyst post seems like the one I have been aiming for.",
        "Mentoring your junior designers is something I would relish.",
        # the job as subject, a suits-me or appeal predicate
        "The night-shift supervisor role is right up my street.",
        "The chance to work on your trading platform is very appealing.",
        "The position is very attractive to me.",
        "Your practice is my first choice.",
        # the writer projecting themself into the job
        "I can already picture myself on the wards at St Mary's.",
        "My heart is set on teaching at Hillside.",
        # commitment and litotes
        "Sign me up for the autumn intake!",
        "I'm all in on this role.",
        "If the warehouse spot is still open, I wouldn't say no.",
        # new affect and glad forms, intensifiers, afterthoughts
        "Properly stoked to join the crew.",
        "Dead keen on the apprenticeship.",
        "I'm even more interested now.",
        "I would be very happy if I could work together with your editors.",
        "I'd be chuffed to bits to join the kitchen.",
        # work done for or at the employer, hoped outcomes, enjoyment to come
        "I'd love to drive for you.",
        "It would be great to teach at Oakridge.",
        "It would mean the world to me to join the studio.",
        "I really hope I get the job.",
        "I'd really enjoy working with your team.",
        "I'd love nothing more than to join the practice.",
        "Really want this one.",
        # the job as complement of a linking verb, "for me" closing the clause
        "This is the position for me.",
        "It feels like the right next step for me.",
        "Your lab is where I want to be.",
        # affect nouns and glad forms before joining; coordinated and gestured hopes
        "It has long been my ambition to work in paediatrics at a hospital like yours.",
        "I am very willing to join your company.",
        "Very much hoping to hear good news and to join the team.",
        "Fingers crossed I get the chance to join you.",
        "Keen to get stuck in.",
        "Definitely want in.",
        "I'm so up for this.",
        "Running the new site would be a dream come true.",
        "It would be a pleasure to work with you.",
        "I'm looking forward to the chance to contribute.",
        # goals owned by the writer, being chosen, the job as what excites "me"
        "Joining your hospital is my big wish.",
        "My goal is to join a team like yours.",
        "It will be my pleasure to join your company.",
        "I really hope to be selected.",
        "Please consider me for this position, I really want it.",
        "This role is very exciting for me.",
        "It is the kind of challenge I enjoy.",
        "I feel this is where I belong.",
        "I'm super keen on this one.",
        "If the Saturday shifts are still going, I'm in!",
    ],
)
def test_interest_round_two(sentence: str) -> None:
    """Interest from the writer or the job as subject plus a wanting or appeal predicate."""
    assert "interest" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "So excited for you all, the launch looked amazing.",
        "Excited for the Fringe next month!",
        "I was keen on the position at first, but I have since accepted another offer.",
        "My old manager Priya would be excellent for the lead role.",
        "I hope I hear back before Friday.",
        "It would be great to follow up with you next week.",
        "The new office is very attractive.",
        "The role I wanted was filled internally.",
        "Loved chatting about hiking after the interview.",
        "It would be a pleasure to meet the rest of the team.",
        "This is something I want to discuss with you.",
        "Is there a next step for me?",
        "Sarah would be happy to join the call.",
        "The project sounds exciting.",
        "My goal is to learn more about the timeline.",
        "Is the role exciting for me?",
        "It is something I want to ask about.",
        "I'm in Leeds until Friday.",
        "Let me know when you're in.",
    ],
)
def test_not_interest_round_two(sentence: str) -> None:
    """Feelings for the reader or an event, taken-back wishes, third parties, contact."""
    assert "interest" not in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Been a welder 9 years, mostly pipework.",
        "I'm ACLS certified.",
        "I hold a forklift ticket and a current first aid cert.",
        "I am a chartered engineer with 12 years designing bridges.",
        "Forklift licence in date, six years in cold-chain warehousing.",
        "I speak fluent Mandarin and Cantonese.",
        "I was promoted twice in three years.",
        "I think I'd slot right in.",
    ],
)
def test_qualifications_round_two(sentence: str) -> None:
    """Credentials, clipped perfects and lists of claims count as the writer's own."""
    assert "qualifications" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The post requires at least five years in a similar role.",
        "You need someone with 10 years of agency experience.",
    ],
)
def test_requirements_are_not_qualifications_round_two(sentence: str) -> None:
    """A duration after a requirement word is what the job needs."""
    assert "qualifications" not in present(sentence)


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("Tuesday at 10 works for me.", "time-accepted"),
        ("Friday afternoon suits me.", "time-accepted"),
        ("I remain at your disposal for anything further.", "offer"),
        ("I can confirm my availability for the 3rd.", "offer"),
        ("Hoping for your positive reply.", "look-forward"),
        ("Awaiting your decision.", "look-forward"),
        ("Fingers crossed I hear back soon!", "look-forward"),
        ("Let's grab a coffee next week.", "look-forward"),
        ("I would welcome a further conversation with the board.", "request"),
        ("Kindly review and advise me the next steps.", "imperative-ask"),
        ("Happy to do a trial day whenever suits.", "offer"),
        ("Did I get the dates right?", "question"),
        ("Would Monday or Tuesday suit you for the site visit?", "question"),
        ("I can be reached on 07700 900123 after six.", "offer"),
        ("I could start on the 1st if that works for you.", "time-accepted"),
        ("can send the certificates tonight", "offer"),
    ],
)
def test_call_to_action_round_two(sentence: str, frame: str) -> None:
    """Acceptances of a time, offers of availability, hopes for a reply, invitations."""
    assert frame_of(sentence, "call_to_action") == frame


def test_past_enjoyment_of_a_chat_is_no_call_to_action() -> None:
    """ "Loved chatting about X" reports the meeting; it asks for nothing."""
    assert "call_to_action" not in present("Loved chatting about sailing after the interview.")


@pytest.mark.parametrize(
    "text",
    [
        "I am excited about joining Declining as a Data Analyst.",
        "I'm keen to join the Never Settle team.",
        "I would love to work at Withdraw Labs.",
    ],
)
def test_a_capitalised_name_cancels_nothing(text: str) -> None:
    """A company named like a negation or a withdrawal is a name, not a cancelling word."""
    report = ft.validate_email(text)
    assert report.moves["interest"].present
    assert "withdrawal" not in report.codes


@pytest.mark.parametrize(
    "text",
    ["Not interested in the role anymore.", "I Am No Longer Interested In The Role."],
)
def test_capitals_at_the_start_or_in_title_case_still_cancel(text: str) -> None:
    """Sentence-initial and Title Case negations still withdraw interest."""
    report = ft.validate_email(text)
    assert not report.moves["interest"].present
    assert "withdrawal" in report.codes


@pytest.mark.parametrize("company", ["Declining", "Withdraw", "Decline", "Never"])
def test_drafts_for_companies_named_like_negations_pass(company: str) -> None:
    """Found by Hypothesis: a draft for a company called "Declining" lost its interest."""
    context = ft.EmailContext(company=company, role="Data Analyst", interviewers=["Ana"])
    candidate = ft.Candidate(name="Alex Kim", highlights=["Python"])
    draft = ft.draft_email("thank_you", candidate=candidate, context=context)
    assert draft.validate().ok
