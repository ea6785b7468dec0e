"""The kinds of follow-up message and the tones of a draft, shared by plans and drafts.

A :class:`~followup_timing.FollowupPlan` schedules steps of these kinds, and
:func:`~followup_timing.draft_email` writes a message for each of them: both halves name
them from here, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Final, Literal

#: The type of a follow-up step's kind.
StepKind = Literal["thank_you", "check_in", "final_check_in"]
#: Every step kind, in the order a candidate sends them.
STEP_KINDS: Final[tuple[StepKind, ...]] = ("thank_you", "check_in", "final_check_in")

#: The type of a built-in tone.
Tone = Literal["warm", "formal"]
#: The tones the built-in templates are written in.
TONES: Final[tuple[Tone, ...]] = ("warm", "formal")
