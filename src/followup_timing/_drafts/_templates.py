"""The built-in draft templates, kept as data.

A template is a mapping of four parts, each a :meth:`str.format`-style string with named
fields (``{company}``), and nothing else: no positional fields, no format specs, no
attribute access. The parts are:

* ``subject``: the subject line;
* ``body``: the whole message, greeting to signature;
* ``topic_line``: what ``{topic_line}`` in the body becomes when a topic was discussed;
* ``no_topic_line``: what it becomes when none was (it cannot use ``{topic}``).

Every template is written so that the draft passes the validator's four moves on its own
words, whatever the facts: each move's cue comes before any fact in its sentence, and a
comma separates the highlights from "my experience", so a highlight such as
"zero-downtime deployments" cannot read as a negation of the claim.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Final

#: The parts of a template, in the order they are checked.
TEMPLATE_PARTS: Final[tuple[str, ...]] = ("subject", "body", "topic_line", "no_topic_line")

#: The fields a template may use, with what each becomes.
TEMPLATE_FIELDS: Final[Mapping[str, str]] = types.MappingProxyType(
    {
        "name": "the candidate's name (Candidate.name)",
        "company": "the company's name (EmailContext.company); required when used",
        "role": "the job title (EmailContext.role); required when used",
        "interviewers": (
            "the interviewers' names as given, joined: 'Ms Lee', 'Ana and Ben', "
            "'Ana, Ben and Chloe' (EmailContext.interviewers); needs at least one"
        ),
        "addressee": (
            "the interviewers joined as for {interviewers}, or '<company> team' when no "
            "interviewer is known (then the company is required)"
        ),
        "highlights": (
            "the candidate's one to three highlights, joined: 'SQL', 'SQL and dbt', "
            "'SQL, dbt and Airflow' (Candidate.highlights)"
        ),
        "topic": (
            "the first topic discussed (EmailContext.topics[0]); needs a topic, so use it "
            "in topic_line, which is only written when there is one"
        ),
        "topic_line": (
            "the template's topic_line when a topic was discussed, else its no_topic_line; "
            "only in the body"
        ),
    }
)

_WARM_SIGN_OFF = "Best regards,\n{name}"
_FORMAL_SIGN_OFF = "Kind regards,\n{name}"

#: The built-in templates: ``(kind, tone) -> {part: text}``.
DRAFT_TEMPLATES: Final[Mapping[tuple[str, str], Mapping[str, str]]] = types.MappingProxyType(
    {
        ("thank_you", "warm"): types.MappingProxyType(
            {
                "subject": "Thank you - {role} interview",
                "body": (
                    "Hi {interviewers},\n\n"
                    "Thank you for taking the time to speak with me about the {role} "
                    "role at {company}. {topic_line}\n\n"
                    "I am even more excited about joining {company} after our "
                    "conversation, and I believe my experience, especially {highlights}, "
                    "would let me make a real difference on the team.\n\n"
                    "Please let me know if I can share anything else that would help. "
                    "I look forward to hearing about the next steps.\n\n" + _WARM_SIGN_OFF
                ),
                "topic_line": "I especially enjoyed hearing about {topic}.",
                "no_topic_line": "I really enjoyed learning more about the team and its work.",
            }
        ),
        ("thank_you", "formal"): types.MappingProxyType(
            {
                "subject": "Thank you - {role} interview",
                "body": (
                    "Dear {interviewers},\n\n"
                    "Thank you for the opportunity to interview for the {role} position "
                    "at {company}. {topic_line}\n\n"
                    "I am very interested in joining {company}, and I am confident that "
                    "my experience, in particular {highlights}, would allow me to "
                    "contribute from the outset.\n\n"
                    "Please do not hesitate to contact me should you require any further "
                    "information. I look forward to hearing from you about the next steps "
                    "in the process.\n\n" + _FORMAL_SIGN_OFF
                ),
                "topic_line": "I particularly valued our discussion of {topic}.",
                "no_topic_line": "I valued the chance to learn more about the team and its "
                "priorities.",
            }
        ),
        ("check_in", "warm"): types.MappingProxyType(
            {
                "subject": "Checking in - {role} interview",
                "body": (
                    "Hi {addressee},\n\n"
                    "I hope you are well. Thank you again for the conversation about the "
                    "{role} role at {company}. {topic_line}\n\n"
                    "I am still very excited about the role, and I believe my experience, "
                    "especially {highlights}, would help the team from day one.\n\n"
                    "Could you let me know where things stand and when you expect to make "
                    "a decision? I am happy to share anything else that would help.\n\n"
                    + _WARM_SIGN_OFF
                ),
                "topic_line": "Our talk about {topic} has stayed with me since.",
                "no_topic_line": "It was a pleasure to learn more about the team.",
            }
        ),
        ("check_in", "formal"): types.MappingProxyType(
            {
                "subject": "Following up - {role} interview",
                "body": (
                    "Dear {addressee},\n\n"
                    "Thank you again for the opportunity to interview for the {role} "
                    "position at {company}. {topic_line}\n\n"
                    "I remain very interested in the position, and I am confident that my "
                    "experience, in particular {highlights}, would allow me to contribute "
                    "to your team.\n\n"
                    "I would be grateful if you could share an update on the timeline for "
                    "your decision. Please let me know if I can provide any further "
                    "information.\n\n" + _FORMAL_SIGN_OFF
                ),
                "topic_line": "Our discussion of {topic} was particularly valuable to me.",
                "no_topic_line": "I greatly valued the chance to learn about the team and "
                "its work.",
            }
        ),
        ("final_check_in", "warm"): types.MappingProxyType(
            {
                "subject": "Final check-in - {role} interview",
                "body": (
                    "Hi {addressee},\n\n"
                    "Thank you again for your time during the interview for the {role} "
                    "role at {company}. {topic_line}\n\n"
                    "I know these decisions take time, so this will be my last check-in. "
                    "I am still very interested in joining {company}, and I believe my "
                    "experience, especially {highlights}, would be a real asset to the "
                    "team.\n\n"
                    "If there is any update on your timeline, I would love to hear it. "
                    "Either way, thank you for considering me, and I hope our paths cross "
                    "again.\n\n" + _WARM_SIGN_OFF
                ),
                "topic_line": "I have often thought back to our conversation about {topic}.",
                "no_topic_line": "I really enjoyed meeting the team.",
            }
        ),
        ("final_check_in", "formal"): types.MappingProxyType(
            {
                "subject": "Final follow-up - {role} interview",
                "body": (
                    "Dear {addressee},\n\n"
                    "Thank you again for the opportunity to interview for the {role} "
                    "position at {company}. {topic_line}\n\n"
                    "I understand that these decisions take time, and I would like to "
                    "follow up one final time. I remain very interested in the position, "
                    "and I am confident that my experience, in particular {highlights}, "
                    "would be of value to {company}.\n\n"
                    "I would be grateful for any update you are able to share on your "
                    "timeline. Thank you for your consideration.\n\n" + _FORMAL_SIGN_OFF
                ),
                "topic_line": "I particularly appreciated our discussion of {topic}.",
                "no_topic_line": "I very much appreciated learning about the team and its "
                "priorities.",
            }
        ),
    }
)
