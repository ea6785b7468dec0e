"""The kinds of follow-up message and the tones of a draft: neutral names both halves share.

A :class:`~followup_timing.FollowupPlan` schedules steps of these kinds, and
:func:`~followup_timing.draft_email` writes a message for each of them. Everything said
about a kind (its name in a heading, in a sentence, as a calendar event, on the command
line) is one record of :data:`STEP_KIND_NAMES`: adding a kind means adding it to
:data:`StepKind` and one record here (a test checks that the two agree).
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

from followup_timing._frozenmap import FrozenMap

#: The type of a follow-up step's kind.
StepKind = Literal["thank_you", "check_in", "final_check_in"]


@attrs.frozen(kw_only=True)
class StepKindNames:
    """How one step kind is written for people."""

    #: The heading of the step in a plan's explanation: ``Thank-you note``.
    title: str
    #: The step inside a sentence: ``the thank-you note``.
    in_text: str
    #: The title of the step's calendar event.
    event: str
    #: The step on the command line's plain-text output: ``thank you``.
    label: str


#: Every step kind, in the order a candidate sends them, with its display names.
STEP_KIND_NAMES: Final[FrozenMap[StepKind, StepKindNames]] = FrozenMap(
    {
        "thank_you": StepKindNames(
            title="Thank-you note",
            in_text="thank-you note",
            event="Send the thank-you email",
            label="thank you",
        ),
        "check_in": StepKindNames(
            title="Check-in",
            in_text="check-in",
            event="Send a check-in email",
            label="check in",
        ),
        "final_check_in": StepKindNames(
            title="Final check-in",
            in_text="final check-in",
            event="Send the final check-in email",
            label="final check in",
        ),
    }
)
#: Every step kind, in the order a candidate sends them.
STEP_KINDS: Final[tuple[StepKind, ...]] = tuple(STEP_KIND_NAMES)

#: The type of a built-in tone.
Tone = Literal["warm", "formal"]
#: The tones the built-in templates are written in.
TONES: Final[tuple[Tone, ...]] = ("warm", "formal")
