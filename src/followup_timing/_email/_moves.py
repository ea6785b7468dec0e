"""Finding the four moves of a follow-up in one sentence.

A sentence carries a move when one of the move's **frames**
(:mod:`~followup_timing._email._frames`) fires on it: a small named rule over word classes
(:mod:`~followup_timing._email._lexicon`) and clause roles, read from the sentence's
normalised words (:mod:`~followup_timing._email._words`). The result says which frame fired,
and the evidence span shows it as :attr:`Span.frame <followup_timing.Span.frame>`.

Besides the moves, a sentence can:

* **withdraw** from the process ("I've decided to pull out of the process"): a finding of
  its own, and such a sentence shows no interest and asks for no next step;
* thank **in advance** (a request, not gratitude: a finding of its own);
* show **courtesy** only ("It was a pleasure meeting you"): not gratitude, but the
  ``missing-gratitude`` message then says so.

Extra phrases from ``Rules(extra_cues=...)`` are matched word for word (``*`` for any one
word) and are cancelled by a negation earlier in their clause, like every frame.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Final, Literal

from followup_timing._email._text import Sentence, Token, scan_words
from followup_timing._email._words import Words, read_sentence

MoveName = Literal["gratitude", "interest", "qualifications", "call_to_action"]
MOVE_NAMES: Final[tuple[MoveName, ...]] = (
    "gratitude",
    "interest",
    "qualifications",
    "call_to_action",
)
#: The frame name reported for a phrase from ``Rules.extra_cues``.
EXTRA_FRAME: Final = "extra-cue"

#: The caller's extra phrases, by first word: ``{word: ((words, move), ...)}``.
Extras = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


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


def _build_extras(extra: Iterable[tuple[MoveName, str]]) -> Extras:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for move, phrase in extra:
        words = split_phrase(phrase)
        if words:
            table.setdefault(words[0], []).append((words, move))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=64)
def index_for(extra: tuple[tuple[MoveName, str], ...]) -> Extras:
    """Return the caller's extra phrases prepared for matching (cached per ``Rules``).

    The frames themselves, and the inflection table they read, are built on the first
    sentence analysed, not at import.
    """
    return _build_extras(extra)


class SentenceMoves:
    """What one sentence shows.

    Attributes:
        moves: the moves it carries, each with the name of the frame that fired first.
        withdrawal: the token range of a withdrawal, or ``None``.
        in_advance: whether it thanks in advance.
        courtesy: whether it enjoys the meeting ("It was a pleasure meeting you").
    """

    __slots__ = ("courtesy", "in_advance", "moves", "withdrawal")

    def __init__(self) -> None:
        self.moves: dict[str, str] = {}
        self.withdrawal: tuple[int, int] | None = None
        self.in_advance = False
        self.courtesy = False


def analyse_sentence(
    text: str, tokens: list[Token], sentence: Sentence, extras: Extras
) -> SentenceMoves:
    """Return the moves *sentence* carries, with the frame that found each."""
    # Imported here so that ``import followup_timing`` builds no frames and loads no table.
    from followup_timing._email import _frames as fr

    result = SentenceMoves()
    w = read_sentence(text, tokens, sentence.first, sentence.last)
    w.question = sentence.question
    by_lemma, by_form = fr.frame_index()
    moves = result.moves
    neg = w.neg
    # Most words anchor no frame: find the ones that do with set operations first.
    lemmas = by_lemma.keys() & set(w.lem)
    forms = by_form.keys() & set(w.low)
    anchors = [
        k
        for k, (lemma, low) in enumerate(zip(w.lem, w.low, strict=True))
        if lemma in lemmas or low in forms
    ]
    for k in anchors:
        found = by_lemma.get(w.lem[k], ()) + by_form.get(w.low[k], ())
        for frame in found:
            move = frame.move
            if move in moves or (move == "courtesy" and result.courtesy):
                continue
            if frame.negatable and neg[k]:
                continue
            if frame.test(w, k):
                if move == "courtesy":
                    result.courtesy = True
                else:
                    moves[move] = frame.name
    if w.question and "call_to_action" not in moves and fr.QUESTION.test(w, 0):
        moves["call_to_action"] = fr.QUESTION.name
    if extras:
        _match_extras(tokens, sentence, w, extras, moves)
    span = fr.withdrawal_span(w)
    if span is not None:
        a, b = span
        result.withdrawal = (w.tok[a], w.tok[b - 1] + 1)
        moves.pop("interest", None)
        moves.pop("call_to_action", None)
    result.in_advance = fr.in_advance(w)
    return result


def _match_extras(
    tokens: list[Token], sentence: Sentence, w: Words, extras: Extras, moves: dict[str, str]
) -> None:
    first, last = sentence.first, sentence.last
    lows = [tokens[t].low for t in range(first, last)]
    negated_tokens = {w.tok[k] for k in range(len(w)) if w.neg[k]}
    for k, low in enumerate(lows):
        for words, move in extras.get(low, ()):
            if move in moves or k + len(words) > len(lows):
                continue
            matched = all(x == "*" or lows[k + j] == x for j, x in enumerate(words))
            if matched and first + k not in negated_tokens:
                moves[move] = EXTRA_FRAME
