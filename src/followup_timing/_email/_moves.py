"""Finding the four moves of a follow-up in the words of a draft.

A cue phrase from :mod:`~followup_timing._email._lexicon` only counts once the sentence
around it says what the cue suggests:

* **Negation** (after NegEx, Chapman et al. 2001): a negation word up to
  ``NEGATION_WINDOW`` words before the cue cancels it, unless a scope terminator
  ("but", "however", a comma, a semicolon, ...) comes between them, or the negation is part
  of a pseudo-negation such as "not only" or "never been more".
* **Person**: interest and qualification cues count only when the nearest person named
  before them in the sentence is the writer (or nobody), so "you need someone with SQL
  experience" restates the interviewer's needs and is not a claim.
* **Gratitude** needs an object: "Thank you for your time" counts, a bare "Thanks!" does not,
  and neither do thanks "in advance" or "I would appreciate an update".
* **Withdrawal**: an explicit cue ("withdraw my application"), a negated way of going on
  ("I have decided not to move forward") or turning the process down ("I must decline"),
  said by the writer, not in a condition ("if I accepted another offer"). A sentence that
  withdraws never shows interest or asks for next steps.
* **Counterfactuals**: "I wish I had more experience" is no claim.
* **Durations**: a number of years tied to work ("six years in sales", "my four years
  building dashboards") is a claim of the writer's when the writer is the person in the
  sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final, Literal

from followup_timing._email import _lexicon as lex
from followup_timing._email._text import Sentence, Token, scan_words

MoveName = Literal["gratitude", "interest", "qualifications", "call_to_action"]
MOVE_NAMES: Final[tuple[MoveName, ...]] = (
    "gratitude",
    "interest",
    "qualifications",
    "call_to_action",
)

# Kinds of cue: each has its own checks in _accept().
_THANK: Final = "thank"
_APPRECIATE: Final = "appreciate"
_PLEASURE: Final = "pleasure"
_INTEREST: Final = "interest"
_WITHDRAW: Final = "withdraw"
_ACTION: Final = "action"
_SKILL_ADJ: Final = "skill_adj"
_SKILL_NOUN: Final = "skill_noun"
_CTA: Final = "cta"
_IN_ADVANCE: Final = "in_advance"
_PSEUDO: Final = "pseudo"
_EXTRA: Final = "extra"
_WITHDRAW_NEGATED: Final = "withdraw_negated"
_WITHDRAW_ACT: Final = "withdraw_act"
_IRREALIS: Final = "irrealis"
_DURATION: Final = "duration"
_WITHDRAW_KINDS: Final = frozenset({_WITHDRAW, _WITHDRAW_NEGATED, _WITHDRAW_ACT})

_MOVE_OF_KIND: Final[dict[str, MoveName]] = {
    _THANK: "gratitude",
    _APPRECIATE: "gratitude",
    _PLEASURE: "gratitude",
    _INTEREST: "interest",
    _ACTION: "qualifications",
    _SKILL_ADJ: "qualifications",
    _SKILL_NOUN: "qualifications",
    _DURATION: "qualifications",
    _CTA: "call_to_action",
}

_WRITER_SUBJECTS: Final = frozenset({"i", "i've", "i'd", "i'll", "i'm", "ive", "im"})
_FORWARD_WINDOW: Final = 4
_FIRST_PERSON_OBJECTS: Final = frozenset({"me", "myself"})

Phrase = tuple[tuple[str, ...], str, str]  # words, kind, move (for extra cues)
#: The phrases that can start at a word, by the word after it: ``(by_second, default)``.
#: ``by_second[w]`` holds, in index order, the phrases whose second word is *w* or ``*``
#: and the one-word phrases; ``default`` holds only the latter two kinds, for any other
#: following word. A word with many phrases ("not", "forward", "my") then costs one
#: dictionary look-up instead of a loop over every phrase.
Cues = tuple[Mapping[str, tuple[Phrase, ...]], tuple[Phrase, ...]]
Index = Mapping[str, Cues]


def split_phrase(phrase: str) -> tuple[str, ...]:
    """Return the words of a cue phrase the way the tokenizer reads them; ``*`` is kept."""
    words: list[str] = []
    for part in phrase.replace("’", "'").split():
        if part == "*":
            words.append("*")
            continue
        tokens: list[Token] = []
        scan_words(part, 0, len(part), 0, tokens)
        words.extend(t.low for t in tokens)
    return tuple(words)


def _build_index(extra: Iterable[tuple[MoveName, str]] = ()) -> dict[str, Cues]:
    table: dict[str, list[Phrase]] = {}

    def add(phrases: Iterable[str], kind: str, move: str = "") -> None:
        for phrase in phrases:
            words = split_phrase(phrase)
            if words:
                table.setdefault(words[0], []).append((words, kind, move))

    add(lex.THANK_CUES, _THANK)
    add(lex.APPRECIATION_CUES, _APPRECIATE)
    add(lex.PLEASURE_CUES, _PLEASURE)
    add(lex.INTEREST_CUES, _INTEREST)
    add(lex.WITHDRAWAL_CUES, _WITHDRAW)
    add(lex.WITHDRAWAL_NEGATED, _WITHDRAW_NEGATED)
    add(lex.WITHDRAWAL_ACTS, _WITHDRAW_ACT)
    add(lex.IRREALIS, _IRREALIS)
    add(lex.ACTION_VERBS, _ACTION)
    add(lex.SKILL_ADJECTIVES, _SKILL_ADJ)
    add(lex.SKILL_NOUNS, _SKILL_NOUN)
    add(lex.CTA_CUES, _CTA)
    add(lex.IN_ADVANCE, _IN_ADVANCE)
    add(lex.PSEUDO_NEGATIONS, _PSEUDO)
    for move, phrase in extra:
        add((phrase,), _EXTRA, move)
    # Longest phrases first, so "no longer interested" wins over "interested".
    return {k: _by_second_word(sorted(v, key=lambda p: -len(p[0]))) for k, v in table.items()}


def _by_second_word(phrases: list[Phrase]) -> Cues:
    """Group the phrases that share a first word by their second word, keeping their order."""
    default = tuple(p for p in phrases if len(p[0]) == 1 or p[0][1] == "*")
    seconds = {p[0][1] for p in phrases if len(p[0]) > 1} - {"*"}
    by_second = {
        second: tuple(p for p in phrases if len(p[0]) == 1 or p[0][1] in {second, "*"})
        for second in seconds
    }
    return by_second, default


@lru_cache(maxsize=64)
def index_for(extra: tuple[tuple[MoveName, str], ...]) -> Index:
    """Return the cue index with the caller's extra phrases added.

    Built on first use rather than at import (the default index, ``extra=()``, included),
    so ``import followup_timing`` does not pay for it.
    """
    return _build_index(extra)


class Match:
    """A cue phrase found at ``tokens[first:last]``."""

    __slots__ = ("first", "kind", "last", "move")

    def __init__(self, first: int, last: int, kind: str, move: str) -> None:
        self.first = first
        self.last = last
        self.kind = kind
        self.move = move


class SentenceMoves:
    """What one sentence shows: the moves it carries and the notable phrases in it."""

    __slots__ = ("in_advance", "moves", "withdrawal")

    def __init__(self) -> None:
        self.moves: set[str] = set()
        self.withdrawal: tuple[int, int] | None = None  # token range
        self.in_advance: tuple[int, int] | None = None


def _matches(tokens: list[Token], first: int, last: int, index: Index) -> list[Match]:
    found: list[Match] = []
    lows = [t.low for t in tokens[first:last]]
    count = len(lows)
    units = lex.DURATION_UNITS
    for k, low in enumerate(lows):
        if low in units and k and _is_number(lows[k - 1]):
            found.append(Match(first + k - 1, first + k + 1, _DURATION, ""))
        cues = index.get(low)
        if cues is None:
            continue
        by_second, default = cues
        following = lows[k + 1] if k + 1 < count else ""
        # Every phrase here has one word, or *following* (or "*") as its second word.
        for words, kind, move in by_second.get(following, default):
            n = len(words)
            if n == 1:
                found.append(Match(first + k, first + k + 1, kind, move))
                continue
            if k + n > count:
                continue
            if n == 2 or _same(lows, k, words):
                found.append(Match(first + k, first + k + n, kind, move))
    return found


def _is_number(low: str) -> bool:
    return low in lex.NUMBER_WORDS or (low.isdigit() and len(low) <= 2)


def _same(lows: list[str], k: int, words: tuple[str, ...]) -> bool:
    if "*" not in words:
        return tuple(lows[k : k + len(words)]) == words
    return all(w == "*" or lows[k + j] == w for j, w in enumerate(words))


def analyse_sentence(
    text: str, tokens: list[Token], sentence: Sentence, index: Index
) -> SentenceMoves:
    """Return the moves *sentence* carries once negation, person and object are checked."""
    result = SentenceMoves()
    first, last = sentence.first, sentence.last
    matches = _matches(tokens, first, last, index)
    if not matches:
        return result
    pseudo = _comparatives(tokens, first, last)
    irrealis: list[int] = []
    for m in matches:
        if m.kind == _PSEUDO:
            pseudo.update(range(m.first, m.last))
        elif m.kind == _IRREALIS:
            if m.last >= last or tokens[m.last].low != "to":  # "I wish to add" is a want
                irrealis.append(m.first)
        elif m.kind == _IN_ADVANCE and result.in_advance is None:
            result.in_advance = (m.first, m.last)
    for m in matches:
        if (
            m.kind in _WITHDRAW_KINDS
            and result.withdrawal is None
            and _withdraws(text, tokens, first, last, m, pseudo)
        ):
            result.withdrawal = (m.first, m.last)
    covered: set[int] = set()  # token positions used by a longer accepted phrase
    for m in matches:
        kind = m.kind
        if kind in _NOT_MOVES:
            continue
        move = m.move if kind == _EXTRA else _MOVE_OF_KIND[kind]
        if move in result.moves or m.first in covered:
            continue
        if result.withdrawal is not None and move in ("interest", "call_to_action"):
            continue
        if _negated(text, tokens, first, m.first, pseudo, m):
            continue
        if move == "qualifications" and (
            _negated_after(text, tokens, last, m.last, pseudo)
            or _after_marker(text, tokens, first, m.first, irrealis)
        ):
            continue
        if not _accept(text, tokens, first, last, m, result, sentence):
            continue
        result.moves.add(move)
        covered.update(range(m.first, m.last))
    return result


# Kinds whose phrases may hold a negation of their own ("no longer interested").
_OWN_NEGATION: Final = frozenset({_CTA, _INTEREST, _EXTRA, *_WITHDRAW_KINDS})
_NOT_MOVES: Final = frozenset({_PSEUDO, _IN_ADVANCE, _IRREALIS, *_WITHDRAW_KINDS})


def _withdraws(
    text: str, tokens: list[Token], first: int, last: int, m: Match, pseudo: set[int]
) -> bool:
    """Whether the withdrawal cue *m* withdraws the writer from the process."""
    negated = _negated(text, tokens, first, m.first, pseudo, m)
    if m.kind == _WITHDRAW_NEGATED:
        if not negated:
            return False
        if any(tokens[j].low in lex.WITHDRAWAL_UNTIL for j in range(m.last, last)):
            return False  # "I don't want to move forward without thanking you"
    elif negated:
        return False  # "I have not accepted another offer"
    if m.kind != _WITHDRAW:
        for j in range(m.last, min(last, m.last + 4)):
            if tokens[j].low in lex.WITHDRAWAL_ELSEWHERE:
                return False  # "I am not pursuing other roles"
    if _nearest_person(tokens, first, m.first, subject_only=True) == "other":
        return False  # "if you are not moving forward"
    return not any(tokens[j].low in lex.CONDITIONALS for j in range(first, m.first))


def _comparatives(tokens: list[Token], first: int, last: int) -> set[int]:
    """Return the positions of negations that only intensify a comparative.

    "I was never more interested", "I couldn't be happier": a negation, up to two words such
    as "be" or "been", then "more" (or, after "never", "so"), or after "be" or "been" a
    comparative in "-er".
    """
    found: set[int] = set()
    for j in range(first, last):
        low = tokens[j].low
        if low not in lex.COMPARATIVE_NEGATIONS:
            continue
        k = j + 1
        while k < last and k - j <= 2 and tokens[k].low in lex.COMPARATIVE_BRIDGE:
            k += 1
        if k >= last:
            continue
        nxt = tokens[k].low
        bridged = k > j + 1 and tokens[k - 1].low in {"be", "been", "felt", "feel"}
        if (
            nxt == "more"
            or (low == "never" and nxt in {"so", "as"})
            or (bridged and nxt.endswith("er") and len(nxt) > 4)
        ):
            found.update(range(j, k + 1))
    return found


def _after_marker(
    text: str, tokens: list[Token], first: int, at: int, markers: list[int]
) -> bool:
    """Whether a marker (a counterfactual "wish") governs *at*: before it, same clause."""
    if not markers:
        return False
    for j in range(at - 1, max(first, at - 8) - 1, -1):
        if j in markers:
            return True
        if tokens[j].low in lex.SCOPE_TERMINATORS or _has_scope_punctuation(
            text, tokens[j].end, tokens[j + 1].start
        ):
            return False
    return False


def _negated(
    text: str, tokens: list[Token], first: int, at: int, pseudo: set[int], m: Match
) -> bool:
    # A negation inside the cue itself ("don't hesitate") is the cue's own business.
    inside = range(m.first, m.last)
    if (
        any(_is_negation(tokens[j].low) and j not in pseudo for j in inside)
        and m.kind not in _OWN_NEGATION
    ):
        return True
    j = at - 1
    stop = max(first, at - lex.NEGATION_WINDOW)
    while j >= stop:
        low = tokens[j].low
        if low in lex.SCOPE_TERMINATORS:
            return False
        if _has_scope_punctuation(text, tokens[j].end, tokens[j + 1].start):
            return False
        if j not in pseudo and _is_negation(low):
            return True
        j -= 1
    return False


def _negated_after(
    text: str, tokens: list[Token], last: int, at: int, pseudo: set[int]
) -> bool:
    """Whether a negation follows a claim cue closely: "In my current role I never built"."""
    for j in range(at, min(last, at + _FORWARD_WINDOW)):
        if _has_scope_punctuation(text, tokens[j - 1].end, tokens[j].start):
            return False
        low = tokens[j].low
        if low in lex.SCOPE_TERMINATORS:
            return False
        if j not in pseudo and _is_negation(low):
            return True
    return False


def _is_negation(low: str) -> bool:
    return low in lex.NEGATION_CUES or low.endswith("n't") or low == "cant" or low == "dont"


def _has_scope_punctuation(text: str, start: int, end: int) -> bool:
    if end - start == 1:
        return text[start] in lex.SCOPE_PUNCTUATION
    for k in range(start, end):
        ch = text[k]
        if ch in lex.SCOPE_PUNCTUATION or ch in ".!?":
            return True
    return False


def _nearest_person(
    tokens: list[Token], first: int, at: int, *, subject_only: bool = False
) -> str | None:
    """Return ``"first"``, ``"other"`` or ``None`` for the nearest person before *at*.

    With *subject_only*, "me" and "myself" are skipped: "tell me about the team's
    experience" is not a claim of the writer's.
    """
    for j in range(at - 1, first - 1, -1):
        low = tokens[j].low
        if subject_only and low in _FIRST_PERSON_OBJECTS:
            continue
        if low in lex.FIRST_PERSON:
            return "first"
        if low in lex.OTHER_PERSON:
            return "other"
    return None


def _accept(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    m: Match,
    result: SentenceMoves,
    sentence: Sentence,
) -> bool:
    kind = m.kind
    if kind == _THANK:
        if result.in_advance is not None:
            return False
        # "Thank you for ...": an object introduced by "for" somewhere after the cue.
        return any(tokens[j].low == "for" for j in range(m.last, min(last, m.last + 8)))
    if kind == _APPRECIATE:
        if result.in_advance is not None:
            return False
        before = tokens[m.first - 1].low if m.first > first else ""
        before2 = tokens[m.first - 2].low if m.first - 1 > first else ""
        if before in lex.REQUEST_BEFORE_APPRECIATE or before2 in lex.REQUEST_BEFORE_APPRECIATE:
            return False
        rest = " ".join(t.low for t in tokens[m.last : min(last, m.last + 3)])
        if any(rest == r or rest.startswith(r + " ") for r in lex.REQUEST_AFTER_APPRECIATE):
            return False
        if _nearest_person(tokens, first, m.first) == "other":
            return False
        return any(tokens[j].low not in lex.GRATITUDE_FILLERS for j in range(m.last, last))
    if kind == _PLEASURE:
        for j in range(max(first, m.first - 3), m.first):
            if tokens[j].low in lex.HYPOTHETICAL:
                return False
        if tokens[m.first].low == "enjoyed":
            if _nearest_person(tokens, first, m.first) == "other":
                return False
            return m.last < last
        return True
    if kind == _INTEREST:
        return _nearest_person(tokens, first, m.first) != "other"
    if kind == _ACTION:
        return _writer_is_subject(tokens, first, last, m.first)
    if kind == _DURATION:
        before = tokens[m.first - 1].low if m.first > first else ""
        after = tokens[m.last].low if m.last < last else ""
        if before in lex.DURATION_NOT_CLAIM_BEFORE:
            return False  # "in five years", "for many years to come"
        if after not in lex.DURATION_LINKS and not after.endswith("ing"):
            return False
        if _reported(tokens, first, m.first, lex.READER_ATTITUDES):
            return False
        person = _nearest_person(tokens, first, m.first, subject_only=True)
        if person is None:  # "Having spent six years in sales, I can ..."
            return _first_person_follows(tokens, m.last, last)
        return person == "first"
    if kind == _SKILL_ADJ:
        return _nearest_person(tokens, first, m.first) == "first"
    if kind == _SKILL_NOUN:
        attitudes = lex.READER_ATTITUDES
        if tokens[m.first].low == "my":
            prev = tokens[m.first - 1].low if m.first > first else ""
            return prev not in lex.LEARNING_VERBS and not _reported(
                tokens, first, m.first, attitudes
            )
        prev = tokens[m.first - 1].low if m.first > first else ""
        if prev == "to" or prev in lex.LEARNING_VERBS:
            return False
        if prev == "my":
            prev2 = tokens[m.first - 2].low if m.first - 1 > first else ""
            if prev2 in lex.LEARNING_VERBS:
                return False
        if prev.endswith("'s") or _reported(tokens, first, m.first, attitudes):
            return False
        return _nearest_person(tokens, first, m.first, subject_only=True) == "first"
    if kind == _CTA:
        return not (_reported(tokens, first, m.first) and not sentence.question)
    return True  # extra cues: negation is the only check


def _writer_is_subject(tokens: list[Token], first: int, last: int, at: int) -> bool:
    """Whether "I" (or "I've", ...) governs the verb at *at*: "I have also led".

    Coordinated verbs share the subject: "I planned and ran". A participle takes the
    subject of the clause after it: "Having led three launches, I ...".
    """
    if at > first and tokens[at - 1].low == "having":
        return _first_person_follows(tokens, at + 1, last)
    j = at - 1
    while j >= first and at - j <= 4:
        low = tokens[j].low
        if low in _WRITER_SUBJECTS:
            return True
        if low not in lex.SUBJECT_BRIDGE and low not in lex.ACTION_VERBS and low != "and":
            return False
        j -= 1
    return False


def _first_person_follows(tokens: list[Token], start: int, last: int) -> bool:
    """Whether the next person named from *start* on is the writer."""
    for j in range(start, last):
        low = tokens[j].low
        if low in lex.FIRST_PERSON:
            return True
        if low in lex.OTHER_PERSON:
            return False
    return False


def _reported(
    tokens: list[Token], first: int, at: int, extra: frozenset[str] = frozenset()
) -> bool:
    """Whether the words before *at* report what the interviewer said: "you mentioned".

    With *extra*, also the reader's attitude: "you were interested in".
    """
    for j in range(max(first, at - 8), at - 1):
        if tokens[j].low not in lex.SECOND_PERSON:
            continue
        for k in range(j + 1, min(at, j + 4)):
            low = tokens[k].low
            if low in lex.REPORTING_VERBS or low in extra:
                return True
            if low not in lex.READER_BRIDGE:
                break
    return False


def question_is_call_to_action(tokens: list[Token], sentence: Sentence) -> bool:
    """Whether a question asks the reader for something, offers something or asks how
    the process stands: "Could you share ...?", "Should I send ...?", "Is the position
    still open?". "Did you enjoy the conference?" is small talk.
    """
    if not sentence.question:
        return False
    last = sentence.last
    for j in range(sentence.first, last):
        low = tokens[j].low
        if low in lex.CTA_QUESTION_WORDS:
            return True
        if j + 1 < last and (low, tokens[j + 1].low) in lex.CTA_QUESTION_OPENERS:
            if low != "do" or j + 2 >= last:
                return True
            if tokens[j + 2].low not in lex.CTA_QUESTION_SMALL_TALK:
                return True
    return False
