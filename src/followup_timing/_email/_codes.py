"""Every finding code the validator can report: one record per code, in one table.

Adding a code means adding one :class:`FindingCode` to :data:`CODES` (where it goes is the
order findings are reported in) and the check that reports it; the public
:data:`~followup_timing.FINDING_CODES`, the documentation's table, the suggestions and the
"missing move" messages are all read from here.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Final, Literal

import attrs

from followup_timing._frozenmap import FrozenMap

Severity = Literal["error", "warning", "info"]


@attrs.frozen(kw_only=True)
class FindingCode:
    """One kind of finding: its code, severity, meaning and advice."""

    #: The stable kebab-case code, e.g. ``"too-long"``.
    name: str
    #: Fixed per code: ``"error"`` makes a draft not ready to send.
    severity: Severity
    #: What the code means, for the documentation and FINDING_CODES.
    description: str
    #: What to do instead, attached to every finding of this code.
    suggestion: str
    #: The move whose absence this code reports (the ``missing-*`` codes), else None.
    move: str | None = None
    #: The finding's message when that move is missing.
    missing: str | None = None
    #: The message instead, when the draft was courteous ("It was a pleasure meeting you")
    #: but thanked nobody: the writer meant to thank and needs to hear what is missing.
    missing_after_courtesy: str | None = None


_ALL: Final = (
    FindingCode(
        name="empty-body",
        severity="error",
        description=(
            "The draft has no text of its own once quoted replies and the signature are set aside."
        ),
        suggestion="Write the message: thanks, interest, qualifications and a call to action.",
    ),
    FindingCode(
        name="missing-gratitude",
        severity="error",
        description=(
            "No thanks for the interview, the opportunity, the interviewer's time or the "
            "conversation. A bare sign-off such as 'Thanks,', thanks 'in advance' and "
            "enjoyment alone ('It was a pleasure meeting you') do not count."
        ),
        suggestion=(
            "Open by thanking them for their time and the conversation, e.g. 'Thank you for "
            "taking the time to speak with me yesterday.'"
        ),
        move="gratitude",
        missing="No thanks for the interview, time or conversation.",
        missing_after_courtesy=(
            "You said it was a pleasure; thank them for their time. Enjoying the "
            "conversation is courtesy, not thanks."
        ),
    ),
    FindingCode(
        name="missing-interest",
        severity="error",
        description="The writer never restates their interest in the role or the company.",
        suggestion=(
            "Say in one sentence that you are still keen on the role and why, e.g. 'Our "
            "conversation made me even more excited about joining the team.'"
        ),
        move="interest",
        missing="No restated interest in the role or company.",
    ),
    FindingCode(
        name="missing-qualifications",
        severity="error",
        description="The writer never ties their own skills or experience to the role.",
        suggestion=(
            "Tie one concrete piece of your experience to something they need, e.g. 'In my "
            "current role I built the dashboards you described.'"
        ),
        move="qualifications",
        missing="No skills or experience of yours tied to the role.",
    ),
    FindingCode(
        name="missing-call-to-action",
        severity="error",
        description=(
            "No question about next steps or the timeline, no offer of more information, no "
            "invitation to ask questions."
        ),
        suggestion=(
            "Close by asking about next steps or offering more, e.g. 'Please let me know if I can"
            " provide anything else.'"
        ),
        move="call_to_action",
        missing="No question about next steps, offer of more information or invitation to ask.",
    ),
    FindingCode(
        name="withdrawal",
        severity="warning",
        description=(
            "The draft reads as withdrawing from the process ('no longer interested', 'accepted "
            "another offer'), which a follow-up should not do by accident."
        ),
        suggestion=(
            "If you mean to stay in the running, remove this sentence; if you mean to withdraw, "
            "this validator's other findings do not apply."
        ),
    ),
    FindingCode(
        name="thanks-in-advance",
        severity="info",
        description=(
            "'Thanks in advance' thanks the reader for something they have not agreed to do; it "
            "reads as pressure and is not gratitude for the interview."
        ),
        suggestion="Thank them for what they have done (the interview), not in advance.",
    ),
    FindingCode(
        name="unfilled-placeholder",
        severity="error",
        description=(
            "A template placeholder is still in the text: [Company Name], {name}, <Interviewer>, "
            "'Hiring Manager Name'. Citations such as [1] and [sic] are fine."
        ),
        suggestion="Replace the placeholder with the real name or detail.",
    ),
    FindingCode(
        name="too-short",
        severity="warning",
        description="Fewer words than Rules.min_words (default 50).",
        suggestion=(
            "Add a sentence that restates your interest or ties your experience to the role."
        ),
    ),
    FindingCode(
        name="too-long",
        severity="warning",
        description=(
            "More words than Rules.max_words (default 200); follow-ups of 50-125 words get the "
            "most replies."
        ),
        suggestion="Cut to the four parts: thanks, interest, one qualification, a call to action.",
    ),
    FindingCode(
        name="pushy-wording",
        severity="warning",
        description="Demanding or impatient wording: 'ASAP', 'I expect to hear', 'still waiting'.",
        suggestion=(
            "Ask politely about the timeline instead, e.g. 'Could you share when you expect to "
            "decide?'"
        ),
    ),
    FindingCode(
        name="desperate-wording",
        severity="warning",
        description="Desperate wording: 'I need this job', 'please hire me', 'I'll do anything'.",
        suggestion="Focus on what you offer the team rather than what you need.",
    ),
    FindingCode(
        name="excessive-punctuation",
        severity="warning",
        description="Runs of exclamation or question marks such as '!!!' or '?!'.",
        suggestion="Use a single exclamation mark at most.",
    ),
    FindingCode(
        name="all-caps",
        severity="warning",
        description="Words in capitals read as shouting ('I REALLY WANT THIS ROLE').",
        suggestion="Write the words in normal case; use italics or word choice for emphasis.",
    ),
    FindingCode(
        name="missing-greeting",
        severity="warning",
        description=(
            "The draft does not open with a greeting such as 'Hi Sarah,' or 'Dear Ms. Chen,'."
        ),
        suggestion="Start with a greeting such as 'Hi Sarah,' or 'Dear Ms. Chen,'.",
    ),
    FindingCode(
        name="missing-sign-off",
        severity="warning",
        description=(
            "The draft does not close with a sign-off such as 'Best regards,' before the name."
        ),
        suggestion="End with a sign-off such as 'Best regards,' and your name.",
    ),
    FindingCode(
        name="missing-subject",
        severity="warning",
        description="The subject line is known and empty.",
        suggestion="Add a subject such as 'Thank you - Data Analyst interview'.",
    ),
    FindingCode(
        name="subject-too-long",
        severity="warning",
        description="The subject line has more words than Rules.max_subject_words (default 10).",
        suggestion="Keep the subject short: 'Thank you - <role> interview'.",
    ),
    FindingCode(
        name="gratitude-buried",
        severity="info",
        description=(
            "The only thanks come in the last third of the draft; thanks read best at the start."
        ),
        suggestion="Move your thanks to the first sentence.",
    ),
    FindingCode(
        name="early-call-to-action",
        severity="info",
        description=(
            "The only call to action is the first sentence; asking before thanking reads as abrupt."
        ),
        suggestion="Thank them first; ask about next steps at the end.",
    ),
    FindingCode(
        name="duplicate-across-recipients",
        severity="warning",
        description=(
            "validate_notes: the note is nearly the same as the note to another recipient "
            "(half or more of their three-word phrases, greeting and sign-off aside, are the "
            "same); interviewers compare notes."
        ),
        suggestion=(
            "Write each note yourself: thank them for what you discussed with them in "
            "particular, and word the rest differently (draft_panel writes such a set)."
        ),
    ),
    FindingCode(
        name="sent-too-early",
        severity="warning",
        description="With a send window given: the message goes out before the window opens.",
        suggestion="Wait until the window opens; its recommended moment is best.",
    ),
    FindingCode(
        name="sent-too-late",
        severity="warning",
        description="With a send window given: the message goes out after the window closed.",
        suggestion=(
            "Acknowledge the delay in one sentence near the start, e.g. 'I'm sorry for the "
            "slow reply; I wanted to thank you for ...', and send it now rather than later."
        ),
    ),
    FindingCode(
        name="sent-on-time",
        severity="info",
        description="With a send window given: the message goes out inside the window.",
        suggestion="Send it as planned.",
    ),
    FindingCode(
        name="not-personalised",
        severity="warning",
        description=(
            "With an EmailContext given: the draft names none of the role, the company, the "
            "interviewers or the topics discussed."
        ),
        suggestion=(
            "Mention the role, the company, the interviewer's name or something you discussed."
        ),
    ),
    FindingCode(
        name="wrong-company",
        severity="error",
        description=(
            "With an EmailContext.company given: the draft names another company where it "
            "speaks of the one applied to ('the role at X', 'join X', \"X's team\", 'the X "
            "team'), as a draft reused from another application does. The writer's own "
            "employers ('my work at Contoso') are fine."
        ),
        suggestion=(
            "Name the company you are writing to; a draft reused from another application may "
            "hold more of its text."
        ),
    ),
    FindingCode(
        name="wrong-name",
        severity="error",
        description=(
            "With EmailContext.interviewers given: the greeting (or a name addressed, 'Thanks "
            "again, Sam!') names someone who is none of them. Honorifics such as 'Ms.' are "
            "never taken as names."
        ),
        suggestion="Address the people you met, by the names you were given.",
    ),
    FindingCode(
        name="wrong-role",
        severity="error",
        description=(
            "With an EmailContext.role given: the draft or its subject names another job title "
            "('the Sales Associate role', 'Sales Associate interview') for the role applied "
            "to; the writer's own titles are fine."
        ),
        suggestion="Name the role you interviewed for.",
    ),
    FindingCode(
        name="unknown-charset",
        severity="info",
        description=(
            "validate_message: the body declares a character set Python does not know; it was "
            "decoded as UTF-8 with replacement characters."
        ),
        suggestion="Send the message as UTF-8.",
    ),
    FindingCode(
        name="no-text-body",
        severity="error",
        description="validate_message: the message has no text/plain or text/html body part.",
        suggestion="Include a text/plain or text/html part with the message.",
    ),
)

#: Every code, in the order the validator reports findings.
CODES: Final[FrozenMap[str, FindingCode]] = FrozenMap({code.name: code for code in _ALL})

#: The code reporting each missing move, e.g. ``"gratitude"`` -> ``missing-gratitude``.
MISSING_MOVE: Final[FrozenMap[str, FindingCode]] = FrozenMap(
    {code.move: code for code in CODES.values() if code.move is not None}
)

#: Every finding the validator can report: code -> (severity, what it means). The public,
#: 0.1.0 view of :data:`CODES`.
FINDING_CODES: Final[Mapping[str, tuple[Severity, str]]] = types.MappingProxyType(
    {code.name: (code.severity, code.description) for code in CODES.values()}
)
