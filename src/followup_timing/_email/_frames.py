"""The frames: what a sentence must do to carry each of the four moves.

A frame is a small named rule over the word classes of :mod:`~followup_timing._email._lexicon`.
It is anchored on a word (its lemma, or for a few classes its surface form) and looks at the
rest of the sentence through a handful of helpers that read clause roles:

* :func:`subject` -- who the clause is about: the writer ("I", or "me" after "made"/"let"),
  someone else ("you", "he", a noun, "my colleague"), or nobody (clipped style: "Really
  excited about the role"). A pronoun after a preposition or a verb is an object, not the
  subject; "your"/"his"/"their" own the noun that follows.
* :func:`owner` -- whose noun it is: "my experience" is the writer's, "your team's" not,
  "my colleague's" not.
* ``Words.neg`` -- the one negation rule: a negation negates the rest of its clause.

A frame that fires names itself in the evidence (``Span.frame``), so a reader can see
*why* a sentence counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Final

from followup_timing._email import _lexicon as lex
from followup_timing._email._words import Words

Test = Callable[[Words, int], bool]

# Unions of word classes the frames use, built once at import (a few microseconds), not
# per call.
_AFFECT_NOUN_SKIP: Final = lex.FIT_ADJECTIVES | {"strong", "keen", "real"}
_SEARCH_OR_DESIRE: Final = lex.SEARCH_VERBS | lex.DESIRE
_DURATION_WORDS: Final = lex.DURATION_UNITS | lex.NUMBER_WORDS
_ACHIEVE_AND: Final = lex.ACHIEVE | {"and"}
_VERBS_AFTER_TO: Final = lex.LEARN | lex.ACHIEVE | lex.DESIRE
_LEARN_OR_FINISH: Final = lex.LEARN | {"complete", "finish"}
_POSSESS_OR_WITH: Final = lex.POSSESS | {"with"}
_CLIPPED_POSSESS: Final = lex.POSSESS | {"do", "spend", "work", "put"}
_FIT_SKIP: Final = lex.FIT_ADJECTIVES | lex.FIT_ADVERBS
_FIT_SKIP_LIKE: Final = _FIT_SKIP | {"like"}
_POLITE_OR_NOT: Final = lex.POLITE | {"not"}
_ASK_LINKS_OR_TO: Final = lex.ASK_LINKS | {"to"}
_PROCESS_OR_REQUEST: Final = lex.PROCESS_NOUNS | lex.REQUEST_NOUNS
_PROCESS_OR_QUESTION: Final = _PROCESS_OR_REQUEST | {"whether", "if", "when"}
_REQUESTING: Final = lex.APPRECIATE | {
    "grateful",
    "welcome",
    "love",
    "like",
    "thankful",
    "value",
    "thank",
    "thanks",
}
_QUESTIONING: Final = frozenset({"ask", "wonder", "want", "need", "question", "curious"})
_WELCOMED: Final = lex.APPRECIATE | {"welcome", "great", "helpful", "wonderful", "grateful"}

WRITER: Final = "writer"
OTHER: Final = "other"
NOBODY: Final = "nobody"
RELATIVE: Final = "relative"


class Frame:
    """One way of performing a move.

    Attributes:
        name: the frame's name, shown as ``Span.frame`` in the evidence.
        move: the move it performs (or ``"courtesy"`` / ``"withdrawal"``).
        lemmas: anchor lemmas; forms: anchor surface forms.
        test: whether the sentence around an anchor at index ``k`` does what the frame says.
        negatable: whether a negated anchor is refused before the test runs.
    """

    __slots__ = ("forms", "lemmas", "move", "name", "negatable", "test")

    def __init__(
        self,
        name: str,
        move: str,
        test: Test,
        *,
        lemmas: Iterable[str] = (),
        forms: Iterable[str] = (),
        negatable: bool = True,
    ) -> None:
        self.name = name
        self.move = move
        self.test = test
        self.lemmas = frozenset(lemmas)
        self.forms = frozenset(forms)
        self.negatable = negatable

    def __repr__(self) -> str:
        return f"Frame({self.name!r}, {self.move!r})"


# -- clause roles ----------------------------------------------------------------------------


def subject(w: Words, k: int, skip: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Return who the clause of word *k* is about, looking back from *k*, and where.

    The answer is ``WRITER``, ``OTHER``, ``NOBODY`` (clause start reached) or ``RELATIVE``
    (a "who"/"which" clause: its subject is a noun outside it). Words of ``SUBJECT_SKIP``
    (auxiliaries, adverbs, "I think") and of *skip* are passed over.
    """
    c = w.clause[k]
    low, lem = w.low, w.lem
    j = k - 1
    coordinated = False  # past an "and": "I'm back on the market and still keen"
    while j >= 0 and w.clause[j] == c:
        word = low[j]
        if word == "i":
            return WRITER, j
        if word in {"and", "or"}:
            coordinated = True
            j -= 1
            continue
        if word in {"me", "myself", "us"}:
            if j > 0 and w.clause[j - 1] == c and lem[j - 1] in lex.CAUSATIVES:
                return (WRITER if word != "us" else OTHER), j
            j -= 1
            continue
        if (
            lem[j] in lex.SUBJECT_SKIP
            or lem[j] in skip
            or word in skip
            or (word.endswith("ly") and len(word) > 4)
        ):
            j -= 1
            continue
        if word in lex.OTHERS:
            before = lem[j - 1] if j > 0 and w.clause[j - 1] == c else ""
            following = lem[j + 1] if j + 1 < len(lem) else ""
            if (
                word in {"you", "them", "him", "her"}
                and before
                and (before in lex.PREPOSITIONS or before not in lex.SUBJECT_SKIP)
                and following not in lex.SUBJECT_SKIP
                and following not in lex.REPORTING
            ):
                j -= 1  # an object: "thank you", "with you"; not "hear you are interested"
                continue
            return OTHER, j
        if word in lex.RELATIVE_OPENERS:
            return RELATIVE, j
        if word in lex.CLAUSE_OPENERS:
            return NOBODY, j
        if coordinated and word not in lex.PERSON_NOUNS:
            j -= 1
            continue
        return _noun_subject(w, j), j
    return (RELATIVE if w.opener[c] in lex.RELATIVE_OPENERS else NOBODY), max(j, 0)


def _noun_subject(w: Words, j: int) -> str:
    """A noun subject is someone else's, unless it is the writer's: "my background"."""
    if w.lem[j] in lex.PERSON_NOUNS:
        return OTHER
    if owner(w, j) == WRITER:
        return "mine"
    return "thing"


def owner(w: Words, k: int) -> str:
    """Return whose the noun at *k* is: ``WRITER`` ("my"), ``OTHER`` or ``NOBODY``."""
    c = w.clause[k]
    low = w.low
    for j in range(k - 1, max(-1, k - 5), -1):
        if w.clause[j] != c:
            break
        word = low[j]
        if word in {"my", "mine"}:
            # "my colleague's experience", "my manager has": a third party.
            if any(w.lem[i] in lex.PERSON_NOUNS or low[i] == "'s" for i in range(j + 1, k)):
                return OTHER
            return WRITER
        if word in lex.OTHER_OWNERS or word == "'s":
            return OTHER
        if word in lex.PREPOSITIONS or word in {"the", "a", "an", "this", "that", "these"}:
            break
    return NOBODY


def writer_or_clipped(w: Words, k: int, skip: frozenset[str] = frozenset()) -> bool:
    """Whether the writer (or nobody, in clipped style) is the subject of *k*'s clause.

    A participle takes the clause's subject: "I left Tuesday hoping to be part of it".
    """
    role, _ = subject(w, k, skip)
    if role == "thing" and w.low[k].endswith("ing"):
        return clause_subject(w, k) == WRITER
    return role in (WRITER, NOBODY)


def clause_subject(w: Words, k: int) -> str:
    """Return the first person named in subject position in *k*'s clause, before *k*."""
    for j in range(w.clause_start(k), k):
        word = w.low[j]
        if word == "i":
            return WRITER
        if word in lex.OTHERS and (j == 0 or w.lem[j - 1] not in lex.PREPOSITIONS):
            return OTHER
    return NOBODY


def before(w: Words, k: int, words: frozenset[str], span: int) -> int:
    """Return the index of a lemma of *words* up to *span* words before *k* in its clause."""
    c = w.clause[k]
    for j in range(k - 1, max(-1, k - span - 1), -1):
        if w.clause[j] != c:
            return -1
        if w.lem[j] in words or w.low[j] in words:
            return j
    return -1


def after(w: Words, k: int, words: frozenset[str], span: int, *, clause: bool = True) -> int:
    """Return the index of a lemma of *words* up to *span* words after *k*."""
    c = w.clause[k]
    for j in range(k + 1, min(len(w), k + span + 1)):
        if clause and w.clause[j] != c:
            return -1
        if w.lem[j] in words or w.low[j] in words:
            return j
    return -1


def has_target(w: Words, start: int, end: int) -> bool:
    """Whether ``w[start:end]`` names the job: the role, the team, joining, a company name."""
    return any(w.lem[j] in lex.JOB_TARGETS or w.capital(j) for j in range(start, min(end, len(w))))


def modal_before(w: Words, k: int, span: int = 4) -> bool:
    """Whether a "would"/"will" makes *k* a request or a plan: "I'd appreciate an update"."""
    return before(w, k, lex.MODALS, span) >= 0


def _next(w: Words, k: int, n: int = 1) -> str:
    return w.lem[k + n] if k + n < len(w) else ""


def _prev(w: Words, k: int, n: int = 1) -> str:
    return w.lem[k - n] if k - n >= 0 else ""


def _first_in_clause(w: Words, k: int, skip: frozenset[str]) -> bool:
    """Whether only words of *skip* come before *k* in its clause."""
    start = w.clause_start(k)
    return all(w.lem[j] in skip or w.low[j] in skip for j in range(start, k))


def _conditional(w: Words, k: int) -> bool:
    c = w.clause[k]
    return w.opener[c] in lex.CONDITIONALS or before(w, k, lex.CONDITIONALS, 8) >= 0


# -- gratitude -------------------------------------------------------------------------------


def _in_advance(w: Words) -> bool:
    lem = w.lem
    if "advance" not in lem and "ahead" not in lem:
        return False
    for j in range(len(lem) - 1):
        if (lem[j], lem[j + 1]) in {("in", "advance"), ("advance", "thank")}:
            return True
        if lem[j] == "ahead" and lem[j + 1] == "of":
            return True
    return False


def _excluded_object(w: Words, start: int) -> bool:
    """Whether thanks "for ..." from *start* is for something the guidelines exclude."""
    seen = 0
    for j in range(start, min(len(w), start + 4)):
        word = w.lem[j]
        if word in {"your", "the", "my", "all", "so", "again", "being", "such", "a", "an"}:
            continue
        if word == "let":
            return _next(w, j) in {"me", "us"} and _next(w, j, 2) == "know"
        if word in lex.THANKS_EXCLUDED_OBJECTS or (
            word in {"interest", "consider"}
            and (word == "interest" or (_next(w, j) == "my" and _next(w, j, 2) == "request"))
        ):
            return True
        seen += 1
        if seen == 2:
            break
    return False


def _thanks_for(w: Words, k: int) -> bool:
    """ "Thank you for the interview", "thx again for the chat", "cheers for showing me round"."""
    if _in_advance(w):
        return False
    if w.low[k] == "cheers":
        j = k + 1 if _next(w, k) == "for" else -1
    else:
        j = after(w, k, frozenset({"for"}), 6, clause=False)  # "Thank you, Dana, for ..."
    if j < 0 or j + 1 >= len(w):
        return False
    if subject(w, k)[0] == OTHER and w.low[k] != "thank":
        return False
    # "Thanks for getting back to me, and again for the time you gave me": any object will do.
    fors = [j] + [
        i
        for i in range(j + 1, len(w))
        if w.low[i] == "for"
        and w.lem[i - 1] in {"again", "and", "also", "especially", "particularly", "too"}
    ]
    return any(i + 1 < len(w) and not _excluded_object(w, i + 1) for i in fors)


def _appreciated(w: Words, k: int) -> bool:
    """ "I really appreciated your time", "I valued the time you gave me"."""
    if _in_advance(w) or modal_before(w, k) or _prev(w, k) in {"the", "a", "of", "great"}:
        return False
    nxt = _next(w, k)
    if nxt in {"if", "any"} or (nxt == "it" and _next(w, k, 2) == "if"):
        return False
    role, _ = subject(w, k)
    if role in (OTHER, RELATIVE):
        return False
    if w.low[k] == "appreciated" and _prev(w, k) in {
        "much",
        "greatly",
        "truly",
        "really",
        "very",
        "hugely",
        "always",
    }:
        return not any(word in lex.REQUEST_NOUNS for word in w.lem)  # "much appreciated"
    end = w.clause_end(k)
    return any(
        w.lem[j] not in {"you", "so", "very", "much", "again", "really", "it", "that", "this"}
        for j in range(k + 1, end)
    ) or (role == "thing" and _prev(w, k) == "be")


def _grateful(w: Words, k: int) -> bool:
    """ "I'm grateful for the chance to meet the team", "my gratitude for your time"."""
    if _in_advance(w) or modal_before(w, k, 5):
        return False
    if subject(w, k)[0] == OTHER:
        return False
    j = after(w, k, frozenset({"for", "to", "that", "of", "you"}), 3)
    if j >= 0 and w.low[j] == "you":
        return True  # "I'm so grateful you took the time"
    return j >= 0 and j + 1 < len(w) and not _excluded_object(w, j + 1)


# -- courtesy (enjoyment: not gratitude, reported in the missing-gratitude message) -----------


_MEETINGS: Final = lex.MEETING_VERBS | {
    "meeting",
    "conversation",
    "chat",
    "talk",
    "call",
    "interview",
    "visit",
    "tour",
    "time",
    "discussion",
    "day",
    "session",
    "learn",
    "hear",
}


def _enjoyed(w: Words, k: int) -> bool:
    """ "I really enjoyed our conversation", "It was a pleasure meeting you"."""
    if before(w, k, lex.HYPOTHETICAL, 4) >= 0:
        return False
    if w.lem[k] == "enjoy":
        return subject(w, k)[0] in {WRITER, NOBODY} and k + 1 < len(w)
    if w.lem[k] in lex.PLEASANT and w.lem[k] not in lex.ENJOY:
        j = k + 2 if _next(w, k) == "to" else k + 1
        return j < len(w) and (w.lem[j] in lex.MEETING_VERBS or w.low[j] == "meeting")
    return after(w, k, _MEETINGS, 3) >= 0


# -- interest --------------------------------------------------------------------------------

_NOT_JOINING: Final = lex.CONTACT_VERBS | lex.MEETING_VERBS | {"see", "say", "thank"}


#: Words after a feeling that add no object: "I'm even more interested now".
_AFTERTHOUGHTS: Final = frozenset({"too", "as", "ever", "still", "now", "than"})


def _complement_targets(w: Words, k: int) -> bool:
    """Whether what follows the feeling at *k* aims at the job (or nothing follows)."""
    rest = [j for j in range(k + 1, len(w)) if w.lem[j] not in _AFTERTHOUGHTS]
    if not rest:
        return True  # "Still very much interested!", "I remain keen."
    first = rest[0]
    if w.lem[first] == "to" and first + 1 < len(w):
        verb = w.lem[first + 1]
        if _joins(w, first + 1):
            return True  # "keen as to get started"
        if verb in _NOT_JOINING:
            return False  # "excited to meet", "keen to hear next steps": not the job
        if verb in lex.JOIN_VERBS:
            return True
    if w.lem[first] == "by" and first == k + 1:
        return True  # "energized by the mission"
    if (
        w.low[first] in {"on", "about", "for"}
        and _next(w, first) == "this"
        and (_next(w, first, 2) in {"one", ""})
    ):
        return True  # "I'm super keen on this one"
    if w.lem[first] == "for" and (_next(w, first) == "you" or _dated_event(w, first)):
        return False  # "excited for you guys", "excited for RustConf next week"
    for j in range(first, min(len(w), first + 4)):
        if w.lem[j] in lex.LEISURE:
            return False  # "excited for the trip to Paris": not the job
        if w.lem[j] in lex.JOB_TARGETS:
            break
    return has_target(w, k + 1, len(w))


_EVENT_TIMES: Final = frozenset({"week", "month", "weekend", "year", "summer", "season"})


def _dated_event(w: Words, first: int) -> bool:
    """Whether "for X next week" names an event: a date after a name that is no job word."""
    for j in range(first + 1, min(len(w), first + 6)):
        if w.lem[j] in lex.JOB_TARGETS - {"next"}:
            return False
        if w.lem[j] in {"tomorrow", "tonight"} or (
            w.lem[j] in {"next", "this"} and _next(w, j) in _EVENT_TIMES
        ):
            return True
    return False


#: "-ing" forms a writer sometimes uses for the feeling itself: "I am interesting in the job".
_SAID_FOR_INTERESTED: Final = frozenset({"interesting", "exciting"})


def _affect(w: Words, k: int) -> bool:
    """ "I'm very excited about the role", "keen to join", "Still very much interested!"."""
    if w.low[k] in {"drawn", "attracted"} and _next(w, k) != "to":
        return False
    role, _ = subject(w, k)
    # "I am very much interesting in this job" (for "interested"); "the talk was
    # interesting" is praise.
    if w.low[k] in _SAID_FOR_INTERESTED and (
        role != WRITER or _next(w, k) not in {"in", "to", "about", "for"}
    ):
        return False
    if role == "thing" and _left_feeling(w, k):
        role = WRITER
    if role not in {WRITER, NOBODY}:
        return False
    if w.opener[w.clause[k]] == "if" or _retracted(w, k):
        return False
    return _complement_targets(w, k)


def _retracted(w: Words, k: int) -> bool:
    """ "I was really keen on the role when I applied, but ...": a past feeling taken back."""
    was = before(w, k, frozenset({"was", "were"}), 4)
    return (
        was >= 0
        and "still" not in w.low[was:k]
        and any(w.low[j] in {"but", "however"} for j in range(k + 1, len(w)))
    )


def _left_feeling(w: Words, k: int) -> bool:
    """ "I left our call energized", "I came away from the interview excited"."""
    i = before(w, k, lex.LEAVE_VERBS, 6)
    return i > 0 and w.low[i - 1] == "i"


def _affect_noun(w: Words, k: int) -> bool:
    """ "Our conversation confirmed my enthusiasm for the position"."""
    who = owner(w, k)
    if who == OTHER:
        return False
    if who == NOBODY and subject(w, k, _AFFECT_NOUN_SKIP)[0] != WRITER:
        return False
    if _next(w, k) == "to":
        return _joins(w, k + 2)  # "my strong desire to work in your company"
    return _next(w, k) in {"in", "for", "about"} and has_target(w, k + 1, len(w))


def _stimulus(w: Words, k: int) -> bool:
    """ "This opening really appeals to me", "the idea of building this thrills me"."""
    if after(w, k, frozenset({"me"}), 2) < 0 or w.low[k].endswith("ing"):
        return False
    role, j = subject(w, k)
    if role in {OTHER, WRITER, RELATIVE}:
        return False
    return has_target(w, 0, len(w)) or (role != NOBODY and w.lem[j] in {"this", "it", "that"})


def _joins(w: Words, j: int) -> bool:
    """Whether "to" + the verb at *j* is joining the employer: "to join", "to be part of"."""
    if j >= len(w):
        return False
    verb = w.lem[j]
    if verb in {"join", "contribute", "collaborate"}:
        return True
    if verb == "come" and _next(w, j) in {"aboard", "on", "onboard"}:
        return True
    if verb == "be" and j + 1 < len(w) and w.low[j + 1] in _CHOSEN:
        return True  # "I hope to be selected", "I really wish to be offered the post"
    if verb in {"come", "go"} and _next(w, j) in lex.JOIN_VERBS:
        return _joins(w, j + 1)  # "I'd love to come build this with you"
    if verb in lex.JOIN_VERBS and _together(w, j):
        return True
    if (verb == "get" and _next(w, j) in {"start", "started", "going", "stuck"}) or (
        verb in {"start", "begin"} and _next(w, j) in {"", "soon", "asap", "work", "working"}
    ):
        return True  # "keen to get started", "eager to start"
    if verb == "work":
        return _next(w, j) in {
            "with",
            "for",
            "at",
            "on",
            "alongside",
            "together",
            "there",
            "here",
            "in",
        } or has_target(w, j + 1, len(w))
    if verb == "accept" and (
        j + 1 >= len(w) or after(w, j, frozenset({"offer", "position", "role"}), 3) >= 0
    ):
        return True  # "I'd be thrilled to accept an offer"
    if verb in lex.JOIN_VERBS:
        return _definite_target(w, j + 1)
    return _works_for_employer(w, j)


#: Verbs of contact, not of doing the work: "to follow up with you" is no wish to join.
_CONTACT_NOT_WORK: Final = _NOT_JOINING | {
    "follow",
    "reply",
    "respond",
    "write",
    "email",
    "call",
    "check",
    "share",
    "send",
    "discuss",
    "answer",
    "visit",
    "touch",
    "hear",
    "go",
    "have",
    "do",
    "ask",
    "give",
}


def _works_for_employer(w: Words, j: int) -> bool:
    """Any work done at, for or with the employer: "to haul for you guys", "to teach at
    Oakridge", "to work alongside your engineers" (not "to follow up with you")."""
    if w.lem[j] in _CONTACT_NOT_WORK or w.low[j] != w.lem[j]:
        return False
    for p in range(j + 1, min(len(w), j + 3)):
        if w.low[p] in {"for", "at", "with", "alongside"}:
            target = _next(w, p)
            return target in {"you", "your", "y'all"} or (p + 1 < len(w) and w.capital(p + 1))
    return False


#: Being chosen for the job: "to be selected", "to be offered the role".
_CHOSEN: Final = frozenset({"selected", "hired", "offered", "chosen", "appointed", "taken"})


def _definite_target(w: Words, start: int) -> bool:
    """Whether a job target follows *start*, and not as "a team" (any team, not theirs)."""
    for j in range(start, len(w)):
        if w.lem[j] in lex.JOB_TARGETS or w.capital(j):
            return w.low[j - 1] not in {"a", "an"} and w.low[max(start, j - 2)] not in {"a", "an"}
    return False


def _together(w: Words, j: int) -> bool:
    """Whether "with you", "with your team" follows the verb at *j*: working together."""
    i = after(w, j, frozenset({"with", "alongside"}), 4)
    return i >= 0 and _next(w, i) in {"you", "your", "all"}


def _target_before_writer(w: Words, k: int) -> bool:
    """Whether a job noun comes right before the writer: "the team I want to be on"."""
    i = before(w, k, frozenset({"i"}), 5)
    if i < 0:
        for j in range(k - 1, max(-1, k - 6), -1):
            if w.low[j] == "i":
                i = j
                break
    return i > 0 and w.lem[i - 1] in lex.JOB_TARGETS


_INTENSIFIERS: Final = frozenset(
    {"very", "much", "so", "really", "truly", "still", "dearly", "nothing", "more", "than"}
)


def _desire(w: Words, k: int) -> bool:
    """ "I'd love to join your team", "I want this job", "I hope to contribute"."""
    lemma = w.lem[k]
    if (
        lemma in {"like", "love"}
        and before(w, k, frozenset({"would"}), 3) < 0
        and (_next(w, k) != "to" or lemma == "like")
    ):
        return False
    if lemma == "wish" and _next(w, k) != "to":
        return False
    if not writer_or_clipped(w, k) or w.opener[w.clause[k]] == "if" or _retracted(w, k):
        return False
    # "hoping very much to be part of": adverbs may come between the wish and "to".
    while k + 1 < len(w) and w.lem[k + 1] in _INTENSIFIERS:
        k += 1
    nxt = _next(w, k)
    if lemma in {"hope", "wish"} and (nxt == "i" or (nxt == "that" and _next(w, k, 2) == "i")):
        return _hoped_outcome(w, k + 1)  # "I really hope I get the job"
    if nxt == "in" and k + 2 >= len(w):
        return True  # "Definitely want in."
    if nxt == "to" and any(
        w.low[j] == "to" and w.low[j - 1] == "and" and _joins(w, j + 1)
        for j in range(k + 3, len(w))
    ):
        return True  # "hoping to hear good news and to join the team"
    if nxt == "to":
        return _joins(w, k + 2) or (
            _next(w, k, 2) in lex.JOIN_VERBS and _target_before_writer(w, k)
        )
    # A direct object: "I want this job", "I'd love the opportunity to join".
    if _next(w, k) in {"this", "that"} and _next(w, k, 2) in {"one", ""}:
        return True  # "Really want this one."
    if lemma == "want" and _next(w, k) == "it" and k + 2 >= len(w):
        return any(w.lem[j] in _JOB_OFFERS for j in range(k))  # "... this position, I want it"
    for j in range(k + 1, min(len(w), k + 4)):
        if w.lem[j] in {"role", "position", "job", "opportunity", "chance", "offer"}:
            rest = after(w, j, frozenset({"to", "of"}), 1)
            return rest < 0 or _next(w, rest) not in _NOT_JOINING
    return False


def _hoped_outcome(w: Words, start: int) -> bool:
    """Whether a hoped-for clause with the writer as subject gets the job, not an answer."""
    rest = range(start, len(w))
    if any(w.lem[j] in _CONTACT_NOT_WORK - {"have", "do", "go", "give", "get"} for j in rest):
        return False  # "I hope I hear back soon": a call to action, not interest
    return any(w.lem[j] in _HOPED_JOB for j in rest)


_HOPED_JOB: Final = frozenset({"role", "position", "job", "offer", "post", "team", "join"})


def _fingers_crossed(w: Words, k: int) -> bool:
    """ "Fingers crossed I get the chance to join you": a hope said as a gesture."""
    return _prev(w, k) == "fingers" and _next(w, k) == "i" and _hoped_outcome(w, k + 1)


def _would_enjoy(w: Words, k: int) -> bool:
    """ "I'd really enjoy working with your team": enjoyment to come, of the work itself."""
    if before(w, k, frozenset({"would"}), 3) < 0 or not writer_or_clipped(w, k):
        return False
    j = k + 1
    return j < len(w) and w.low[j].endswith("ing") and (_joins(w, j) or has_target(w, j, len(w)))


#: Predicates of appeal whose subject is the job: "the chance to work on X is very appealing".
_APPEAL_FORMS: Final = frozenset({"appealing", "attractive", "tempting", "enticing", "compelling"})
_JOB_OFFERS: Final = frozenset(
    {
        "role",
        "position",
        "job",
        "opportunity",
        "chance",
        "offer",
        "prospect",
        "idea",
        "post",
        "opening",
        "vacancy",
    }
)


def _appealing(w: Words, k: int) -> bool:
    """ "The position is very attractive to me", "the chance to work on X is appealing"."""
    if _next(w, k) in {"to", "for"} and _next(w, k, 2) == "me":
        return subject(w, k)[0] != OTHER and not w.question
    if w.low[k] == "exciting":
        return False  # "the project sounds exciting" is praise; "exciting to me" wants it
    role, _ = subject(w, k)
    return role == "thing" and any(w.lem[i] in _JOB_OFFERS for i in range(w.clause_start(k), k))


def _first_choice(w: Words, k: int) -> bool:
    """ "Your company is my first choice": the employer ranked first by the writer."""
    if _prev(w, k) not in {"first", "top"} or _prev(w, k, 2) != "my":
        return False
    return before(w, k - 2, frozenset({"be"}), 3) >= 0


def _cannot_wait(w: Words, k: int) -> bool:
    """ "I can't wait to contribute", "cannot wait for the chance to be part of it"."""
    if _prev(w, k) != "not" or not writer_or_clipped(w, k, frozenset({"can", "not"})):
        return False
    if _next(w, k) == "to":
        return _joins(w, k + 2)
    return _next(w, k) == "for" and _chance_to_join(w, k + 2)


def _chance_to_join(w: Words, j: int) -> bool:
    """Whether "the chance to join ..." (or "opportunity", "role") starts at or after *j*."""
    i = after(w, j - 1, frozenset({"chance", "opportunity", "role", "job", "position"}), 3)
    if i < 0:
        return False
    return _next(w, i) != "to" or _joins(w, i + 2)


def _jump_at(w: Words, k: int) -> bool:
    """ "I'd jump at the chance to be on that team"."""
    return _next(w, k) == "at" and _chance_to_join(w, k + 2) and writer_or_clipped(w, k)


def _glad_to_join(w: Words, k: int) -> bool:
    """ "I'd be delighted to come on board", "Would be well up for joining you lot"."""
    glad = k
    if _next(w, k) == "to" and k + 2 < len(w) and w.low[k + 2] == "bits":
        k += 2  # "chuffed to bits to join"
    nxt = _next(w, k)
    if w.low[k] == "up" and nxt != "for":
        return False
    if w.low[k] == "up" and _next(w, k, 2) in {"this", "it"} and k + 3 >= len(w):
        return writer_or_clipped(w, glad)  # "I'm so up for this"
    if nxt == "if" and _next(w, k, 2) == "i" and _next(w, k, 3) in {"can", "could"}:
        ok = _joins(w, k + 4)  # "I would be very happy if I can work together with you"
    elif nxt == "to":
        ok = _joins(w, k + 2)
    elif nxt in {"for", "about"}:
        ok = k + 2 < len(w) and w.low[k + 2].endswith("ing") and _joins(w, k + 2)
    else:
        ok = False
    return ok and writer_or_clipped(w, glad)


def _forward_to_joining(w: Words, k: int) -> bool:
    """ "I look forward to the possibility of working with you"."""
    if _prev(w, k) != "look" or _next(w, k) != "to":
        return False
    j = k + 2
    while j < len(w) and w.lem[j] in {
        "the",
        "possibility",
        "opportunity",
        "chance",
        "of",
        "hopefully",
        "potentially",
        "prospect",
        "maybe",
        "to",
    }:
        j += 1
    return (j < len(w) and j > k + 2 and w.lem[j] in lex.JOIN_VERBS and _joins(w, j)) or (
        j < len(w)
        and w.lem[j] in {"join", "contribute", "work", "be", "collaborate"}
        and _joins(w, j)
    )


def _dream(w: Words, k: int) -> bool:
    """ "Contributing to your mission would be a dream", "exactly what I have been looking for"."""
    lemma = w.lem[k]
    if lemma in {"exactly", "precisely"}:
        for j in range(k + 1, min(len(w), k + 10)):
            wanted = _SEARCH_OR_DESIRE  # "the kind of work I love"
            if w.low[j] == "i" and after(w, j, wanted, 4, clause=False) >= 0:
                return True
        return False
    if lemma == "dream" and _next(w, k) in {"job", "role", "position", "company", "team"}:
        return True
    if lemma == "dream" and _next(w, k) == "come" and _next(w, k, 2) == "true":
        start = w.clause_start(k)  # "this job is a dream come true", "running the site ..."
        return has_target(w, start, k) or (
            w.low[start].endswith("ing") and w.lem[start] not in _NOT_JOINING
        )
    if lemma == "dream" and _my_goal(w, k):
        return True
    if before(w, k, frozenset({"would", "will"}), 4) < 0 and lemma not in {"perfect", "ideal"}:
        return False
    if lemma in {"perfect", "ideal"}:
        return _next(w, k) == "for" and _next(w, k, 2) == "me" and has_target(w, 0, k)
    following = _next(w, k)
    if following == "to":
        return _joins(w, k + 2)
    if any(w.low[j] == "to" and _joins(w, j + 1) for j in range(k + 2, min(len(w), k + 7))):
        return True  # "it would mean a lot to me to join the team"
    start = w.clause_start(k)
    if any(w.lem[j] in lex.PERSON_NOUNS for j in range(start, k)):
        return False  # "my former colleague Dana would be excellent": a person, not the job
    return any(
        w.low[j].endswith("ing") and w.lem[j] in {"join", "contribute", "work", "be"}
        for j in range(start, k)
    ) or (has_target(w, start, k) and not any(w.lem[j] in _NOT_JOINING for j in range(start, k)))


_GOAL_SKIP: Final = frozenset({"big", "biggest", "real", "true", "greatest", "long", "main"})


def _my_goal(w: Words, k: int) -> bool:
    """ "To work in a kitchen like yours is my dream", "Joining your hospital is my big wish",
    "My goal is to join a team like yours": what the writer aims at is joining."""
    m = before(w, k, frozenset({"my"}), 3)
    if m < 0 or any(w.low[j] not in _GOAL_SKIP for j in range(m + 1, k)):
        return False
    if _prev(w, m) == "be":  # the goal is the subject: "... is my dream"
        return any(
            (w.low[j] == "to" and _joins(w, j + 1))
            or (w.low[j].endswith("ing") and w.lem[j] in lex.JOIN_VERBS)
            for j in range(w.clause_start(k), m - 1)
        )
    return _next(w, k) == "be" and _next(w, k, 2) == "to" and _joins(w, k + 3)


def _job_i_want(w: Words, k: int) -> bool:
    """ "This is the job I've wanted since ...", "Helping Fennel grow is something I'd throw
    myself into", "The role feels like the one I've been working toward"."""
    lemma = w.lem[k]
    follows = {"work": {"toward", "towards"}, "throw": {"myself"}, "look": {"for"}}
    if lemma in follows and _next(w, k) not in follows[lemma]:
        return False
    i = k - 1
    while i >= 0 and w.low[i] != "i" and w.lem[i] in lex.SUBJECT_SKIP and i > k - 6:
        i -= 1
    if i <= 0 or w.low[i] != "i":
        return False
    noun = i - 1
    if w.lem[noun] not in lex.WANTED_NOUNS and w.lem[noun] not in lex.JOB_TARGETS:
        return False
    link = -1
    for j in range(noun - 1, max(-1, noun - 6), -1):
        if w.lem[j] in lex.LINKING_VERBS:
            link = j
            break
    if link <= 0 or (lemma == "look" and w.lem[link] == "look"):
        return False
    if _next(w, k) == "to" and _next(w, k, 2) in _CONTACT_NOT_WORK:
        return False  # "something I want to discuss": contact, not the job
    if w.lem[link - 1] in {"this", "it", "that"} and (
        w.lem[noun] in {"where", "one"}
        or any(w.lem[j] in {"kind", "sort", "type"} for j in range(link + 1, noun))
    ):
        return True  # "This is where I want to be", "it is the kind of challenge I enjoy"
    if w.lem[noun] in lex.JOB_TARGETS - {"work", "challenge", "chance", "opportunity"}:
        return True  # "This is the job I have wanted"
    # What is wanted is the subject: the job, the employer, or doing the work ("Helping ...").
    return has_target(w, 0, link) or any(
        w.low[j].endswith("ing") and w.lem[j] not in _NOT_JOINING for j in range(link)
    )


def _up_my_street(w: Words, k: int) -> bool:
    """ "The store manager post is right up my street": the job as subject suits the writer."""
    if _prev(w, k) != "my" or _prev(w, k, 2) != "up":
        return False
    role, _ = subject(w, k - 2, frozenset({"right", "just", "exactly"}))
    return role == "thing" and has_target(w, 0, k - 2)


def _would_not_refuse(w: Words, k: int) -> bool:
    """ "If the baker spot is still going, I wouldn't say no!": litotes for wanting the job."""
    if _next(w, k) != "no" or _prev(w, k) != "not" or _prev(w, k, 2) not in {"would", "will"}:
        return False
    return writer_or_clipped(w, k, frozenset({"not"})) and has_target(w, 0, len(w))


def _job_for_me(w: Words, k: int) -> bool:
    """ "This is the role for me", "it feels like the right next step for me"."""
    if _prev(w, k) != "for" or w.question or (k + 1 < len(w) and w.clause[k + 1] == w.clause[k]):
        return False
    start = w.clause_start(k)
    link = -1
    for j in range(start, k):
        if w.low[j] == "i":
            return False  # "I have a question for me": the writer is the subject
        if w.lem[j] in lex.LINKING_VERBS and link < 0:
            link = j
    if link < 0:
        return False
    return any(
        w.lem[j] in lex.WANTED_NOUNS or w.lem[j] in _JOB_OFFERS for j in range(link + 1, k - 1)
    )


def _sees_self(w: Words, k: int) -> bool:
    """ "I can see myself running that night shift", "I can picture myself on your team"."""
    if _next(w, k) != "myself" or k + 2 >= len(w):
        return False
    return before(w, k, frozenset({"can", "could"}), 3) >= 0 and writer_or_clipped(w, k)


def _set_on(w: Words, k: int) -> bool:
    """ "My heart is really set on working in your Emergency Department"."""
    if _next(w, k) != "on":
        return False
    heart = before(w, k, frozenset({"heart", "sight"}), 4)
    mine = heart >= 0 and owner(w, heart) == WRITER
    if not mine and subject(w, k)[0] != WRITER:
        return False
    return _joins(w, k + 2) or has_target(w, k + 2, len(w))


def _count_me_in(w: Words, k: int) -> bool:
    """ "Count me in", "sign me up", "I'm all in on this one", "still very much in"."""
    if _prev(w, k) == "me":
        return _prev(w, k, 2) in {"count", "sign", "include"} and _first_in_clause(
            w, k - 2, lex.POLITE
        )
    if w.low[k] == "in" and _prev(w, k) == "be" and k + 1 == len(w):
        return _prev(w, k, 2) == "i"  # "I'm in!"; not "I'm in Leeds", "you're in"
    if w.low[k] != "in" or _prev(w, k) not in {"all", "much", "definitely", "totally"}:
        return False
    if _next(w, k) not in {"", "on", "if", "for", "with"}:
        return False
    return writer_or_clipped(w, k)


# -- qualifications --------------------------------------------------------------------------


def _counterfactual(w: Words, k: int) -> bool:
    """ "I wish I had more experience": what follows the wish is not a claim."""
    j = before(w, k, lex.IRREALIS, 8)
    return j >= 0 and _next(w, j) != "to"


def _achieved(w: Words, k: int) -> bool:
    """ "I led the migration", "I have also built", "- Rebuilt the pipeline" (a bullet)."""
    prev = _prev(w, k)
    if prev == "to" or _counterfactual(w, k):
        return False
    if w.low[k].endswith("ing") and _next(w, k) == "to":
        return False  # "I'm writing to follow up": a purpose, not a claim
    if w.lem[k] == "spend" and after(w, k, _DURATION_WORDS, 4) < 0:
        return False
    if prev == "have" and k > 0 and w.low[k - 1] == "having":
        return any(w.low[j] == "i" for j in range(k + 1, len(w)))
    role, j = subject(w, k, _ACHIEVE_AND)
    if role == WRITER:
        if any(w.low[i] == "to" and w.lem[i + 1] in _VERBS_AFTER_TO for i in range(j + 1, k)):
            return False  # "I hope to gain experience and improve my skills": a wish
        if clause_subject(w, j) == OTHER and before(w, j, _QUESTIONING, 4) >= 0:
            return False  # "You asked how I handle conflict": their question, no claim
        return before(w, k, frozenset({"will", "would", "shall", "might"}), 3) < 0
    if role == NOBODY and (k == 0 or (k == 1 and w.low[0].isdigit())):  # "1. Led the audit"
        low = w.low[k]
        return low.endswith("ed") or low in lex.IRREGULAR_PAST
    return False


def _skill_noun(w: Words, k: int) -> bool:
    """ "My background in logistics", "I have five years of experience with SQL"."""
    if _counterfactual(w, k):
        return False
    who = owner(w, k)
    if who == OTHER:
        return False
    if who == WRITER:
        my = before(w, k, frozenset({"my"}), 4)
        learning = before(w, my, _LEARN_OR_FINISH, 2)
        if learning >= 0 and before(w, my, frozenset({"to", "will", "shall"}), 8) >= 0:
            return False  # "to develop my skills", "I will be completing my degree"
        reported = before(w, my, lex.REPORTING, 4)
        if reported >= 0 and (subject(w, reported)[0] == OTHER or _prev(w, reported) == "be"):
            return False  # "you mentioned my experience", "I was asked about my experience"
        return subject(w, my)[0] != OTHER
    j = before(w, k, _POSSESS_OR_WITH, 6)
    if j < 0:
        return w.bullet and w.clause[k] == 0  # "- Counterbalance and reach truck licences"
    if _prev(w, j) == "to":
        return False
    if w.lem[j] == "with":
        # "I'm an EIT with four years of experience"; not "you need someone with experience"
        role, _ = subject(w, j)
        return role == WRITER or (role == "thing" and clause_subject(w, j) == WRITER)
    return writer_or_clipped(w, j)


def _skilled(w: Words, k: int) -> bool:
    """ "I'm proficient in Python", "Fluent in Spanish and Portuguese"."""
    if _counterfactual(w, k) or before(w, k, frozenset({"to"}), 3) >= 0:
        return False
    if _prev(w, k) in {"speak", "write"} and subject(w, k - 1)[0] == WRITER:
        return True  # "I speak fluent Mandarin"
    if w.bullet and w.clause[k] == 0:
        return True  # "- Gas Safe registered", "• Chemotherapy-competent since 2021"
    if k + 1 >= len(w):
        return _i_am_credentialed(w, k)
    return writer_or_clipped(w, k)


def _i_am_credentialed(w: Words, k: int) -> bool:
    """ "I'm MCS certified.", "I am BLS and ACLS certified.": the body's name comes between."""
    j = k - 1
    while j > 0 and (w.capital(j) or w.low[j] in _CREDENTIAL_SKIP or w.low[j].isupper()):
        j -= 1
    return j > 0 and w.lem[j] == "be" and w.low[j - 1] == "i"


def _is_number(word: str) -> bool:
    return word in lex.NUMBER_WORDS or (word.isdigit() and len(word) <= 2)


#: Names and capitalised qualifiers between "I'm" and a credential: "I'm MCS certified".
_CREDENTIAL_SKIP: Final = frozenset({"fully", "board", "state", "and"})

_DURATION_ADJECTIVES: Final = frozenset(
    {"straight", "full", "consecutive", "plus", "solid", "good", "long", "more", "happy"}
)


def _duration(w: Words, k: int) -> bool:
    """ "Six years in B2B sales", "my four years building dashboards", "- 10 yrs"."""
    n = k - 1
    if n >= 0 and w.low[n] in _DURATION_ADJECTIVES:
        n -= 1  # "three straight years"
    if n < 0 or not _is_number(w.low[n]) or w.low[n] in {"a", "one"}:
        return False
    if _counterfactual(w, n) or _required(w, n):
        return False
    prev = _prev(w, n)
    nxt = w.low[k + 1] if k + 1 < len(w) else ""
    linked = nxt in lex.DURATION_LINKS or nxt.endswith("ing") or nxt == "experience"
    if prev == "my":
        return linked or not nxt
    start = w.clause_start(k)
    if n == start and w.clause[k] == 0 and (w.bullet or start == 0):
        return linked or not nxt or w.bullet  # clipped: "4 yrs on saute", "- 10 yrs"
    if w.low[w.clause_start(n)] == "been" and subject(w, w.clause_start(n))[0] == NOBODY:
        return True  # clipped perfect, the writer left out: "Been an electrician 14 years"
    if prev == "with" and _first_person_named(w, n) == WRITER:
        return True  # "I am B.Sc., B.Ed. with 7 years teaching Mathematics"
    if (
        n == start
        and linked
        and w.opener[w.clause[n]] == ""
        and _first_person_named(w, n)
        in {
            WRITER,
            NOBODY,
        }
    ):
        return True  # a clipped list of claims: "Gas Safe registered, nine years on boilers"
    if prev == "for":
        # "I've been junior sous at The Pelham for two years": after a perfect, a claim.
        if _next(w, k) == "to" or before(w, n, frozenset({"have", "be"}), 12) < 0:
            return False
        return _writer_nearest(w, n)
    if prev in lex.DURATION_NOT_CLAIM_BEFORE:
        return False
    if prev in lex.POSSESS and subject(w, n - 1)[0] == WRITER:
        return True  # "I've got 11 years", "I bring ten years"
    clipped, _ = subject(w, n, _CLIPPED_POSSESS)
    if clipped == NOBODY and w.clause[n] == 0 and linked:
        return True  # clipped: "Did 3 yrs at Blue Bottle"
    if linked and _writer_nearest(w, n, nobody=False):
        return True
    # "As a chartered accountant with 15 years in audit, I ...": the main clause's subject.
    start = w.clause_start(n)
    end = w.clause_end(n)
    return (
        linked
        and w.lem[start] in {"as", "with", "having", "after"}
        and end < len(w)
        and w.low[end] == "i"
    )


def _required(w: Words, n: int) -> bool:
    """Whether a requirement word comes before *n* in the sentence: "the post needs 3 years"."""
    return any(
        w.lem[j] in lex.REQUIREMENT_WORDS
        and (w.lem[j] in _REQUIREMENT_NOUNS or subject(w, j)[0] != WRITER)
        for j in range(n)
    )


#: Requirement words that need no subject: "at least three years", "the ideal candidate".
_REQUIREMENT_NOUNS: Final = frozenset({"least", "minimum", "ideal", "candidate", "requirement"})


def _first_person_named(w: Words, n: int) -> str:
    """Return who is named first before *n* in the sentence: the writer, someone else, nobody."""
    for j in range(n):
        if w.low[j] == "i":
            return WRITER
        if w.low[j] in lex.OTHERS or w.lem[j] in lex.PERSON_NOUNS:
            return OTHER
    return NOBODY


def _fit(w: Words, k: int) -> bool:
    """ "I'd be a strong match for what you need", "my skills are a great fit"."""
    word = w.low[k]
    if word in lex.FIT_FORMS:
        if _prev(w, k) not in lex.FIT_ADVERBS:
            return False
    elif w.lem[k] == "slot":
        if after(w, k, frozenset({"in"}), 2) < 0:
            return False  # "I'd slot right in", as "I'd fit right in"
    elif w.lem[k] not in {"fit", "match", "asset"} and _prev(w, k) not in lex.FIT_ADJECTIVES:
        return False
    if w.lem[k] == "fit" and _prev(w, k) == "to":
        return False
    role, j = subject(w, k, _FIT_SKIP)
    if role in {WRITER, "mine"}:
        return True
    if role == "thing" and _next(w, k) == "for" and _next(w, k, 2) == "my":
        return True  # "the role is a great fit for my skills"
    # Clipped: "Great fit for the team, I think." Not "The ideal candidate will have ...".
    return (
        role == NOBODY
        and j == 0
        and w.opener[w.clause[k]] == ""
        and before(w, k, frozenset({"the"}), 3) < 0
    )


def _job_suits_me(w: Words, k: int) -> bool:
    """ "The role is a strong fit for what I want to do next", "perfect for me"."""
    role, j = subject(w, k, _FIT_SKIP_LIKE)
    f = after(w, k, frozenset({"for"}), 4)  # "the right next step for me"
    if role != "thing" or w.lem[j] not in lex.JOB_TARGETS or f < 0:
        return False
    if _next(w, f) == "me":
        return True
    return (
        _next(w, f) == "what"
        and _next(w, f, 2) == "i"
        and after(w, f + 2, _SEARCH_OR_DESIRE, 3) >= 0
    )


def _ground_running(w: Words, k: int) -> bool:
    """ "I can hit the ground running"."""
    return (
        _prev(w, k, 2) == "hit"
        and _next(w, k) == "run"
        and subject(w, k - 2, frozenset({"to", "ready", "able"}))[0] in {WRITER, NOBODY, "mine"}
    )


# -- call to action --------------------------------------------------------------------------

_REPORTED_ASK: Final = frozenset({"say", "mention", "promise", "tell", "explain", "note"})


def _let_know(w: Words, k: int) -> bool:
    """ "Please let me know if I can provide anything else", "lmk"."""
    if _prev(w, k) not in {"me", "us"} or _prev(w, k, 2) != "let":
        return False
    let = k - 2
    if w.low[let] != "let" or _prev(w, let) in {"for", "about"}:
        return False  # "thanks for letting me know" reports; it asks for nothing
    role, _ = subject(w, let)
    if role == OTHER:
        if before(w, let, _REPORTED_ASK, 8) >= 0 or any(
            w.lem[j] in _REPORTED_ASK for j in range(let)
        ):
            return False
        return w.question or before(w, let, frozenset({"could", "can", "please"}), 4) >= 0
    return True


_IMPERATIVE_NEEDS: Final[dict[str, frozenset[str]]] = {
    "keep": frozenset({"me", "us"}),
    "feel": frozenset({"free"}),
    "get": frozenset({"in", "back"}),
    "give": frozenset({"me", "us"}),
    "drop": frozenset({"me", "us"}),
    "let": frozenset(),
}


def _imperative(w: Words, k: int) -> bool:
    """ "Reach me at 555-0100 to discuss", "Keep me in mind", "Don't hesitate to ask"."""
    if w.low[k] != w.lem[k] and w.low[k] != "lmk":
        return False  # "sent", "shared": narrative, not an imperative
    lemma = w.lem[k]
    need = _IMPERATIVE_NEEDS.get(lemma)
    if need is not None and _next(w, k) not in need:
        return False
    skip = _POLITE_OR_NOT if lemma == "hesitate" else lex.POLITE
    if lemma == "hesitate" and _prev(w, k) != "not":
        return False
    if not _first_in_clause(w, k, skip) and not _coordinated_imperative(w, k):
        return False
    return before(w, k, frozenset({"need"}), 3) < 0


def _coordinated_imperative(w: Words, k: int) -> bool:
    """ "Kindly do the needful and inform me the outcome": a second imperative after "and"."""
    return _prev(w, k) == "and" and w.lem[0] in {"please", "kindly", "pls", "plz"}


def _question(w: Words, k: int) -> bool:
    """A question asking for something, offering something, or about the process."""
    if not w.question:
        return False
    lem = w.lem
    n = len(lem)
    for j in range(n):
        if lem[j] in lex.QUESTION_WORDS:
            return True
        if (
            j + 1 < n
            and (lem[j], lem[j + 1]) in lex.QUESTION_OPENERS
            and (lem[j] != "do" or j + 2 >= n or lem[j + 2] not in lex.SMALL_TALK)
        ):
            return True
    return False


def _indirect_ask(w: Words, k: int) -> bool:
    """ "I wanted to ask whether a decision has been made", "I was wondering if"."""
    lemma = w.lem[k]
    if lemma in {"wonder", "curious"}:
        return writer_or_clipped(w, k) and (after(w, k, _ASK_LINKS_OR_TO, 2) >= 0)
    process = after(w, k, _PROCESS_OR_REQUEST, 9) >= 0
    open_question = after(w, k, frozenset({"whether", "if", "when", "where"}), 4) >= 0
    if lemma in {"follow", "check"} and _next(w, k) in {"up", "in"}:
        # "I'm following up to see whether ...", "Just checking in on the timeline"; a
        # bare "Following up on Tuesday." asks for nothing, "I followed up" is past.
        if w.low[k] not in {"follow", "following", "check", "checking"}:
            return False
        asked = _PROCESS_OR_QUESTION
        return after(w, k, asked, 9, clause=False) >= 0
    if _prev(w, k) != "to" or w.low[k] != lemma:
        return False  # "I asked about the timeline", "an email asking for an update": past
    if k >= 2 and _narrated(w, k - 2):
        return False  # "Last week I called to ask about the timeline"
    if lemma in {"ask", "inquire", "enquire"}:
        return after(w, k, lex.ASK_LINKS, 3) >= 0 or process
    return process or (open_question and lemma != "learn")


def _narrated(w: Words, v: int) -> bool:
    """Whether the verb at *v* tells what happened ("I called", "I emailed"), unlike the
    polite past of a wish ("I wanted to ask")."""
    low = w.low[v]
    if w.lem[v] in lex.DESIRE or low == w.lem[v]:
        return False
    return low.endswith("ed") or low in lex.IRREGULAR_PAST


def _offer(w: Words, k: int) -> bool:
    """ "I'm happy to send references", "I'm available for a call next week"."""
    role, _ = subject(w, k)
    word = w.low[k]
    nxt = _next(w, k)
    if word == "available" and (_next(w, k) in {"upon", "on"} and _next(w, k, 2) == "request"):
        return True
    if role not in {WRITER, NOBODY}:
        return False
    if nxt == "to":
        verb = _next(w, k, 2)
        if verb in lex.OFFER_VERBS:
            return True
        if after(w, k + 2, lex.PROCESS_NOUNS - {"next", "step"}, 5) >= 0:
            return True  # "happy to pop back in for another chat"
        return word == "open" and _next(w, k, 3) in lex.PROCESS_NOUNS
    if word in {"available", "free"}:
        return nxt in {
            "for",
            "on",
            "at",
            "any",
            "next",
            "this",
            "anytime",
            "whenever",
            "if",
            "most",
            "all",
            "tomorrow",
            "today",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "after",
            "before",
            "from",
            "between",
        }
    return False


def _modal_offer(w: Words, k: int) -> bool:
    """ "If it helps, I can share my portfolio", "I'll send over my writing samples"."""
    if w.low[k] != w.lem[k]:
        return False
    j = before(w, k, frozenset({"can", "could", "will", "may", "would"}), 2)
    if j < 0:
        return False
    if w.lem[j] == "would" and before(w, j, frozenset({"if"}), 3) < 0:
        return False
    role, _ = subject(w, j)
    # Clipped: "can send copies", the writer left out at the start of the sentence.
    return role == WRITER or (role == NOBODY and w.lem[j] == "can" and j == w.clause_start(j) == 0)


def _conditional_offer(w: Words, k: int) -> bool:
    """ "If you need anything else", "Should you have any questions"."""
    c = w.clause[k]
    opener = w.opener[c]
    start = w.clause_start(k)
    conditional = (
        opener == "if" or w.lem[start] in {"should", "if"} or (start < k and w.lem[start] == "if")
    )
    if not conditional:
        return False
    if after(w, k, frozenset({"time"}), 3) >= 0:
        return False
    return after(w, k, lex.OFFERED_THINGS, 4) >= 0


def _request(w: Words, k: int) -> bool:
    """ "I'd be grateful for an update", "Any feedback would be appreciated"."""
    j = before(w, k, _REQUESTING, 6)
    if j >= 0:
        if w.lem[j] in {"thank", "thanks"}:
            return _in_advance(w) or _prev(w, k) == "any"
        return modal_before(w, j, 4) or w.lem[j] == "welcome"
    nxt = after(w, k, frozenset({"would", "will"}), 6)
    return nxt >= 0 and after(w, nxt, _WELCOMED, 3) >= 0


def _thanks_in_advance(w: Words, k: int) -> bool:
    """ "Thanks in advance for getting back to me": thanks for what is asked, a request."""
    return _in_advance(w) and after(w, k, frozenset({"for"}), 6, clause=False) >= 0


def _appreciate_if(w: Words, k: int) -> bool:
    """ "I would appreciate it if you could share the next steps"."""
    if not modal_before(w, k):
        return False
    nxt = _next(w, k)
    return (
        nxt == "if"
        or (nxt == "it" and _next(w, k, 2) == "if")
        or (after(w, k, _PROCESS_OR_REQUEST, 5) >= 0)
    )


_WISHES: Final = frozenset(
    {
        "hope",
        "forward",
        "wait",
        "eager",
        "keen",
        "excited",
        "love",
        "like",
        "await",
        "look",
        "hopeful",
        "happy",
        "excite",
        "welcome",
        "cross",
        "crossed",
    }
)


def _soft_ask(w: Words, k: int) -> bool:
    """ "I look forward to hearing from you", "Hope to hear from you soon"."""
    lemma = w.lem[k]
    if _prev(w, k) == "us" and _prev(w, k, 2) == "let":
        return lemma not in {"learn", "know", "find", "receive", "get"}  # "Let's talk soon"
    wish = before(w, k, _WISHES, 6)
    if wish < 0 and not (lemma in {"speak", "talk"} and _next(w, k) == "soon"):
        return False
    if wish >= 0 and w.low[wish].endswith("ed") and w.low[k].endswith("ing"):
        return False  # "Loved chatting about cycling": enjoyment of the past, no ask
    if lemma == "hear":
        return _next(w, k) in {
            "from",
            "back",
            "soon",
            "about",
            "your",
            "more",
            "next",
            "whether",
            "how",
            "what",
            "the",
            "when",
            "any",
            "if",
        } or any(
            word in lex.REQUEST_NOUNS
            for word in w.lem  # "any update ... I'd love to hear it"
        )
    if lemma in {"learn", "know", "find", "receive", "get"}:
        return after(w, k, _PROCESS_OR_REQUEST, 5) >= 0
    return True


def _forward_to_process(w: Words, k: int) -> bool:
    """ "Looking forward to the next steps", "I await your decision"."""
    if w.lem[k] == "forward" and (_prev(w, k) != "look" or _next(w, k) != "to"):
        return False
    if w.lem[k] == "wait" and (_next(w, k) not in {"for", "your", "the"} or _prev(w, k) == "not"):
        return False  # "I wait your answer" (non-native) asks as "I await your answer" does
    if w.lem[k] == "hope" and (_next(w, k) != "for" or not writer_or_clipped(w, k)):
        return False  # "Hoping for your kind response"
    return after(w, k, _PROCESS_OR_REQUEST, 4) >= 0


def _time_accepted(w: Words, k: int) -> bool:
    """ "Thursday at 2pm works for me", "that suits me": accepting a proposed meeting."""
    if w.question or any(w.low[j] == "i" for j in range(w.clause_start(k), k)):
        return False
    if w.lem[k] == "suit":
        return _next(w, k) in {"me", "us"}
    if w.opener[w.clause[k]] == "if" and _next(w, k) == "for" and _next(w, k, 2) == "you":
        return True  # "I can start on the 1st if that works for you": a proposed time
    return _next(w, k) == "for" and _next(w, k, 2) in {"me", "us"} and k > w.clause_start(k)


def _at_disposal(w: Words, k: int) -> bool:
    """ "I remain at your disposal", "I can confirm my availability on the 14th"."""
    if w.low[k] in {"reached", "contacted"}:
        return (
            _prev(w, k) == "be"
            and _prev(w, k, 2) in {"can", "may"}
            and (subject(w, k - 2)[0] == WRITER)
        )  # "I can be reached on 07700 900123"
    if w.low[k] == "disposal":
        return _prev(w, k) == "your" and _prev(w, k, 2) == "at" and writer_or_clipped(w, k - 2)
    return owner(w, k) == WRITER and before(w, k, frozenset({"confirm"}), 3) >= 0


# -- withdrawal ------------------------------------------------------------------------------


def _writer_nearest(w: Words, k: int, *, nobody: bool = True) -> bool:
    """Whether the nearest person before *k* in its clause is the writer (or, with
    *nobody*, no one at all)."""
    start = w.clause_start(k)
    for j in range(k - 1, start - 1, -1):
        if w.low[j] == "my" and any(w.lem[i] in lex.PERSON_NOUNS for i in range(j + 1, k)):
            return False  # "my former teammate has six years"
        if w.low[j] in {"i", "my", "me"}:
            return True
        if w.low[j] in lex.OTHERS or w.lem[j] in lex.PERSON_NOUNS or w.lem[j] == "team":
            return False
    return nobody


def _withdrawal_ok(w: Words, k: int) -> bool:
    return _writer_nearest(w, k) and not _conditional(w, k)


_WITHDRAWAL_WORDS: Final = (
    frozenset({"lose", "withdraw", "pull", "bow", "step", "accept", "pursue"})
    | lex.GO_ON
    | lex.DECLINE
)


def withdrawal_span(w: Words) -> tuple[int, int] | None:
    """Return the word range of a withdrawal from the process, or ``None``."""
    lem, low, neg = w.lem, w.low, w.neg
    if _WITHDRAWAL_WORDS.isdisjoint(lem) and not (
        any(neg) and ("interested" in low or "available" in low)
    ):
        return None
    n = len(lem)
    for k in range(n):
        lemma = lem[k]
        end = -1
        if lemma == "lose" and after(w, k, frozenset({"interest"}), 2) >= 0 and not neg[k]:
            end = after(w, k, frozenset({"interest"}), 2)
        elif lemma == "withdraw" and not neg[k]:
            end = k
            while end + 1 < n and lem[end + 1] in {
                "my",
                "from",
                "application",
                "candidacy",
                "name",
                "consideration",
                "myself",
            }:
                end += 1
        elif lemma in {"pull", "bow", "step"} and not neg[k]:
            nxt = _next(w, k)
            if lemma == "pull" and nxt in {"out", "my"}:
                end = (
                    k + 2 if _next(w, k, 2) in {"of", "application", "name", "candidacy"} else k + 1
                )
            elif lemma == "bow" and nxt == "out":
                end = k + 1
            elif lemma == "step" and nxt in {"back", "away"} and _next(w, k, 2) == "from":
                end = k + 2
        elif lemma in {"accept", "pursue"} and not neg[k]:
            j = after(w, k, lex.OFFER_NOUNS, 3)
            decided = before(w, k, frozenset({"decide", "choose"}), 3) >= 0
            if (
                lemma == "accept"
                and j >= 0
                and (after(w, k, frozenset({"another", "an", "a", "different"}), 2) >= 0)
                and not w.question
            ):
                end = j
            elif decided and after(w, k, lex.ELSEWHERE, 3) >= 0:
                end = after(w, k, lex.ELSEWHERE, 3)
        elif lemma in lex.GO_ON and neg[k]:
            nxt = _next(w, k)
            ok = {
                "move": nxt == "forward",
                "go": nxt == "forward",
                "continue": nxt in {"with", "in", "the", "my"},
                "remain": nxt in {"in", "a"},
                "consider": low[k] == "considered" and _prev(w, k) == "be",
            }.get(lemma, True)
            if ok and after(w, k, lex.ELSEWHERE, 4) < 0 and after(w, k, lex.UNTIL, 12) < 0:
                end = k + 1 if lemma in {"move", "go"} else k
        elif (
            lemma in lex.DECLINE
            and not neg[k]
            and (lemma == "decline" or _next(w, k) == "down")
            and after(w, k, lex.ELSEWHERE, 4) < 0
        ):
            end = k if lemma == "decline" else k + 1
        elif low[k] in {"interested", "available"} and neg[k]:
            j = k - 1
            while j >= 0 and lem[j] in {"really", "that", "very", "longer", "any", "be"}:
                j -= 1
            if (
                j >= 0
                and lem[j] in {"not", "no"}
                and (low[k] == "interested" or lem[j + 1] == "longer")
            ):
                end = k
                k = j
        if end >= 0 and _withdrawal_ok(w, k):
            return (k, end + 1)
    return None


# -- the frames ------------------------------------------------------------------------------


def _frames() -> tuple[Frame, ...]:
    return (
        # gratitude
        Frame("thanks-for", "gratitude", _thanks_for, lemmas=lex.THANK | {"thanks"}),
        Frame("appreciated", "gratitude", _appreciated, lemmas=lex.APPRECIATE),
        Frame("grateful-for", "gratitude", _grateful, forms=lex.GRATEFUL_FORMS),
        # courtesy: enjoyment of the meeting, reported but not gratitude
        Frame("enjoyed-meeting", "courtesy", _enjoyed, lemmas=lex.ENJOY | lex.PLEASANT),
        # interest
        Frame(
            "feeling-about-job", "interest", _affect, forms=lex.AFFECT_FORMS | _SAID_FOR_INTERESTED
        ),
        Frame("feeling-noun", "interest", _affect_noun, forms=lex.AFFECT_NOUNS),
        Frame("job-moves-me", "interest", _stimulus, lemmas=lex.STIMULUS_VERBS),
        Frame("wants-to-join", "interest", _desire, lemmas=lex.DESIRE),
        Frame("cannot-wait", "interest", _cannot_wait, lemmas={"wait"}),
        Frame("wants-to-join", "interest", _jump_at, lemmas={"jump"}),
        Frame("glad-to-join", "interest", _glad_to_join, forms=lex.GLAD_FORMS),
        Frame("forward-to-joining", "interest", _forward_to_joining, lemmas={"forward"}),
        Frame("job-is-a-dream", "interest", _dream, lemmas=lex.DREAM_WORDS),
        Frame("job-i-want", "interest", _job_i_want, lemmas=lex.WANTING_VERBS),
        Frame("sees-self-in-job", "interest", _sees_self, lemmas={"see", "picture", "imagine"}),
        Frame("heart-set-on", "interest", _set_on, forms={"set"}),
        Frame("count-me-in", "interest", _count_me_in, forms={"in", "up"}),
        Frame("job-suits-me", "interest", _up_my_street, forms={"street", "alley"}),
        Frame("job-suits-me", "interest", _job_for_me, forms={"me"}),
        Frame("wants-to-join", "interest", _fingers_crossed, forms={"crossed"}),
        Frame("wants-to-join", "interest", _would_enjoy, lemmas={"enjoy"}),
        Frame("job-moves-me", "interest", _appealing, forms=_APPEAL_FORMS | {"exciting"}),
        Frame("job-is-a-dream", "interest", _first_choice, forms={"choice"}),
        Frame(
            "job-is-a-dream",
            "interest",
            _my_goal,
            lemmas={"wish", "ambition", "goal", "aim", "aspiration", "hope"},
        ),
        Frame("would-not-refuse", "interest", _would_not_refuse, lemmas={"say"}, negatable=False),
        Frame(
            "job-is-a-dream",
            "interest",
            _job_suits_me,
            lemmas=lex.FIT_NOUNS | {"perfect", "ideal", "right"},
        ),
        # qualifications
        Frame("i-did", "qualifications", _achieved, lemmas=lex.ACHIEVE),
        Frame("my-skills", "qualifications", _skill_noun, lemmas=lex.SKILL_NOUNS),
        Frame("i-am-skilled", "qualifications", _skilled, forms=lex.SKILL_FORMS),
        Frame("years-of-work", "qualifications", _duration, lemmas=lex.DURATION_UNITS),
        Frame(
            "fit-claim",
            "qualifications",
            _fit,
            lemmas=lex.FIT_NOUNS | {"slot"},
            forms=lex.FIT_FORMS,
        ),
        Frame("fit-claim", "qualifications", _ground_running, lemmas={"ground"}),
        # call to action
        Frame("let-me-know", "call_to_action", _let_know, lemmas={"know"}),
        Frame("imperative-ask", "call_to_action", _imperative, lemmas=lex.ASK_IMPERATIVES),
        Frame(
            "indirect-question",
            "call_to_action",
            _indirect_ask,
            lemmas=lex.ASK_VERBS,
            forms={"curious"},
        ),
        Frame("offer", "call_to_action", _offer, forms=lex.OFFER_FORMS),
        Frame("offer", "call_to_action", _modal_offer, lemmas=lex.OFFER_VERBS),
        Frame(
            "conditional-offer",
            "call_to_action",
            _conditional_offer,
            lemmas={"need", "have", "require", "want", "be"},
        ),
        Frame("request", "call_to_action", _request, lemmas=lex.REQUEST_NOUNS),
        Frame("request", "call_to_action", _thanks_in_advance, lemmas=lex.THANK | {"thanks"}),
        Frame(
            "request",
            "call_to_action",
            _appreciate_if,
            lemmas=lex.APPRECIATE | {"welcome"},
            forms={"grateful", "thankful"},
        ),
        Frame("look-forward", "call_to_action", _soft_ask, lemmas=lex.CONTACT_VERBS | {"grab"}),
        Frame(
            "look-forward",
            "call_to_action",
            _forward_to_process,
            lemmas={"forward", "await", "wait", "hope"},
        ),
        Frame("time-accepted", "call_to_action", _time_accepted, lemmas={"work", "suit"}),
        Frame(
            "offer",
            "call_to_action",
            _at_disposal,
            forms={"availability", "disposal", "reached", "contacted"},
        ),
    )


#: Sentence-level frames, tried once per sentence.
QUESTION: Final = Frame("question", "call_to_action", _question)

Index = tuple[dict[str, tuple[Frame, ...]], dict[str, tuple[Frame, ...]]]


@lru_cache(maxsize=1)
def frame_index() -> Index:
    """Return the frames by anchor lemma and by anchor form, built on first use."""
    by_lemma: dict[str, list[Frame]] = {}
    by_form: dict[str, list[Frame]] = {}
    for frame in _frames():
        for lemma in frame.lemmas:
            by_lemma.setdefault(lemma, []).append(frame)
        for form in frame.forms:
            by_form.setdefault(form, []).append(frame)
    return (
        {k: tuple(v) for k, v in by_lemma.items()},
        {k: tuple(v) for k, v in by_form.items()},
    )


def in_advance(w: Words) -> bool:
    """Whether the sentence thanks "in advance" (a request, and a finding of its own)."""
    if not _in_advance(w):
        return False
    return any(
        lem in lex.THANK or lem in lex.APPRECIATE or lem == "thanks" or low in lex.GRATEFUL_FORMS
        for lem, low in zip(w.lem, w.low, strict=True)
    )
