"""How alike two notes are, on their word shingles: for notes to a panel that compares them.

A note's *core* is its text without the greeting line and from the sign-off on: those are
expected to be alike ("Hi Ana," / "Best regards,"). The core is cut into overlapping runs of
:data:`SHINGLE_WORDS` words (shingles), and two notes are compared by the Jaccard index of
their shingle sets: the share of distinct phrases that both use. Changing a name or a topic
in one sentence changes only the few shingles that span it, so a note copied with the names
swapped stays near 1; two notes written separately share a few stock phrases and stay low.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

#: Words per shingle. Three catches reworded copies (a name or a topic swapped) while stock
#: two-word phrases ("thank you", "the team") do not make separate notes look alike.
SHINGLE_WORDS: Final = 3
#: Jaccard index from which two notes count as near-identical.
NEAR_DUPLICATE: Final = 0.5

_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_GREETING: Final = re.compile(
    # A line that ends a sentence ("Hi Ana, thanks for today.") is text, not a greeting.
    r"^(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b.*(?<![.?])$",
    re.IGNORECASE,
)
_GREETING_MAX_WORDS: Final = 8
_SIGN_OFF: Final = re.compile(
    r"^(?:best(?:\s+(?:regards|wishes))?|kind\s+regards|warm(?:est)?\s+regards|regards"
    r"|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|truly|faithfully))?|thanks(?:\s+again)?"
    r"|thank\s+you(?:\s+again)?|many\s+thanks|cheers|all\s+the\s+best|with\s+(?:gratitude"
    r"|thanks|appreciation)|respectfully|take\s+care)\s*[,.!]?$",
    re.IGNORECASE,
)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def core(body: str) -> str:
    """*body* without its greeting line and without its sign-off and what follows it.

    >>> core("Hi Ana,\\n\\nThank you for today.\\n\\nBest regards,\\nAlex")
    'Thank you for today.'
    """
    lines = body.strip().splitlines()
    start = 0
    for n, line in enumerate(lines):
        if line.strip():
            text = line.strip()
            if _GREETING.match(text) and len(text.split()) <= _GREETING_MAX_WORDS:
                start = n + 1
            break
    end = len(lines)
    for n in range(len(lines) - 1, start - 1, -1):
        if _SIGN_OFF.match(lines[n].strip()):
            end = n
            break
    return "\n".join(lines[start:end]).strip()


def words(text: str) -> list[str]:
    """The words of *text*, case-folded, without punctuation."""
    return _WORD.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[tuple[str, ...]]:
    """The set of runs of *size* consecutive words of *text* (one shorter run if fewer)."""
    found = words(text)
    if len(found) < size:
        return frozenset({tuple(found)}) if found else frozenset()
    return frozenset(tuple(found[n : n + size]) for n in range(len(found) - size + 1))


def similarity(first: str, second: str) -> float:
    """The Jaccard index of the two notes' core shingles, from 0 (nothing shared) to 1.

    Two notes with no words in their cores share nothing: 0.

    >>> note = "Hi {},\\n\\nThank you for the chat about the Q3 migration.\\n\\nBest,\\nAl"
    >>> similarity(note.format("Ana"), note.format("Ben"))
    1.0
    >>> similarity(note.format("Ana"), "Dear Ben,\\n\\nI enjoyed our talk on pricing.")
    0.0
    """
    a, b = shingles(core(first)), shingles(core(second))
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def sentences(text: str) -> list[str]:
    """The sentences of *text*'s core, normalised for comparison (words, case-folded)."""
    found = []
    for part in _SENTENCE_END.split(core(text)):
        normalised = " ".join(words(part))
        if normalised:
            found.append(normalised)
    return found


def shared_sentences(notes: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """Each core sentence used by more than one of *notes*, with the indices of those notes.

    >>> shared_sentences(["Hi Ana,\\n\\nGreat talk. I loved it.", "Hi Ben,\\n\\nGreat talk!"])
    {'great talk': (0, 1)}
    """
    where: dict[str, list[int]] = {}
    for n, note in enumerate(notes):
        for sentence in dict.fromkeys(sentences(note)):
            where.setdefault(sentence, []).append(n)
    return {sentence: tuple(ns) for sentence, ns in where.items() if len(ns) > 1}
