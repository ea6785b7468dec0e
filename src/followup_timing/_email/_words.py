"""The words of one sentence, normalised once for the frames that read them.

Each token of :mod:`~followup_timing._email._text` becomes one or more words:

* lower case, with typographic apostrophes made straight (the tokenizer does both);
* contractions expanded: "I'd" is "i would", "don't" is "do not", "it's" is "it be",
  "team's" is "team 's" (an owner mark), "lmk" is "let me know";
* each word's lemma looked up in the generated inflection table
  (:mod:`~followup_timing._email._inflections`): "energises", "excited" and "exciting" all
  have the lemma "energize"/"excite".

Then the sentence is cut into **clauses** (at commas, semicolons, dashes and brackets, at
words such as "but", "because", "which", and at "and"/"so" before a new subject), and one
negation rule marks what is negated: a negation word negates every later word of its
clause, unless it is an intensifier ("not only", "can't wait", "never been more excited").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from followup_timing._email import _lexicon as lex
from followup_timing._email._text import Token

#: Whole-token expansions: contractions written without an apostrophe, and texting forms.
_EXPANSIONS: Final[dict[str, tuple[str, ...]]] = {
    "im": ("i", "be"),
    "ive": ("i", "have"),
    "youre": ("you", "be"),
    "dont": ("do", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "didnt": ("do", "not"),
    "doesnt": ("do", "not"),
    "isnt": ("be", "not"),
    "wasnt": ("be", "not"),
    "arent": ("be", "not"),
    "werent": ("be", "not"),
    "havent": ("have", "not"),
    "hasnt": ("have", "not"),
    "hadnt": ("have", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "thats": ("that", "be"),
    "wanna": ("want", "to"),
    "thankyou": ("thank", "you"),
    "lmk": ("let", "me", "know"),
    "ty": ("thank", "you"),
    "tyvm": ("thank", "you"),
    "thx": ("thanks",),
    "thnx": ("thanks",),
    "tx": ("thanks",),
    "ta": ("thanks",),
    "u": ("you",),
    "ur": ("your",),
    "pls": ("please",),
    "plz": ("please",),
    "asap": ("asap",),
}
#: Contraction suffixes after the apostrophe.
_SUFFIXES: Final[dict[str, str]] = {"m": "be", "re": "be", "ve": "have", "ll": "will", "d": "would"}
#: Words before "'s" that make it "is" rather than an owner: "it's", "that's".
_IS_BEFORE_S: Final = frozenset(
    {"it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "this", "one"}
)
_NOT_STEMS: Final[dict[str, str]] = {"can": "can", "won": "will", "shan": "shall", "ain": "be"}
#: Characters between two words that end a clause.
_CLAUSE_MARKS: Final = frozenset(',;:()[]—–"“”!?.…')


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Return the inflection table, imported on the first sentence, not at import time."""
    from followup_timing._email._inflections import FORMS

    return FORMS


def split_token(low: str) -> tuple[str, ...]:
    """Return the normalised words of one lower-case token."""
    expanded = _EXPANSIONS.get(low)
    if expanded is not None:
        return expanded
    if "'" not in low:
        return (low,)
    base, _, suffix = low.partition("'")
    if suffix == "t":
        stem = _NOT_STEMS.get(base)
        if stem is None:
            stem = base[:-1] if base.endswith("n") else base
        return (stem, "not")
    if suffix == "s":
        if base in _IS_BEFORE_S:
            return (base, "be")
        if base == "let":
            return ("let", "us")
        return (base, "'s")
    verb = _SUFFIXES.get(suffix)
    if verb is not None and base:
        return (base, verb)
    return (low,)


class Words:
    """The normalised words of one sentence, with their clauses and negation.

    Attributes:
        low: each word, lower case, contractions expanded ("would", "not").
        lem: each word's lemma ("excited" -> "excite").
        tok: the index of the token each word comes from.
        clause: the clause number of each word; equal numbers share a clause.
        opener: for each clause number, the word that opened it ("" at the start).
        neg: whether each word is negated in its clause.
        cap: whether each word's token starts with a capital letter (not sentence-first).
        question: whether the sentence ends with a question mark.
        bullet: whether the sentence opens a bullet or numbered line ("- Led the audit"),
            where clipped claims without a subject are the norm.
    """

    __slots__ = ("bullet", "cap", "clause", "lem", "low", "neg", "opener", "question", "tok")

    def __init__(self) -> None:
        self.low: list[str] = []
        self.lem: list[str] = []
        self.tok: list[int] = []
        self.clause: list[int] = []
        self.opener: list[str] = []
        self.neg: list[bool] = []
        self.cap: list[bool] = []
        self.question = False
        self.bullet = False

    def __len__(self) -> int:
        return len(self.low)

    def clause_start(self, k: int) -> int:
        """Return the index of the first word of *k*'s clause."""
        c = self.clause[k]
        j = k
        while j > 0 and self.clause[j - 1] == c:
            j -= 1
        return j

    def clause_end(self, k: int) -> int:
        """Return the index just past the last word of *k*'s clause."""
        c = self.clause[k]
        j = k + 1
        n = len(self.low)
        while j < n and self.clause[j] == c:
            j += 1
        return j


def read_sentence(text: str, tokens: list[Token], first: int, last: int) -> Words:
    """Return the normalised words of ``tokens[first:last]``."""
    forms = _forms()
    words = Words()
    low, lem, tok, cap = words.low, words.lem, words.tok, words.cap
    for t in range(first, last):
        token = tokens[t]
        upper = t > first and text[token.start].isupper() and token.low[:1] != "i"
        for part in split_token(token.low):
            low.append(part)
            lem.append(forms.get(part, part))
            tok.append(t)
            cap.append(upper)
            upper = False
    _clauses(text, tokens, words)
    _negation(words)
    if last > first:
        words.bullet = _opens_bullet(text, tokens[first].start)
    return words


_BULLET_MARKS: Final = frozenset("-*•·–—▪◦●")


def _opens_bullet(text: str, start: int) -> bool:
    """Whether only a bullet or a number ("1.", "2)") comes before *start* on its line."""
    window = max(0, start - 8)  # bounded: a long line costs nothing more
    line_start = text.rfind("\n", window, start) + 1
    if line_start == 0 and window > 0:
        return False
    prefix = text[line_start:start].strip()
    if not prefix:
        return False
    if prefix[0] in _BULLET_MARKS and len(prefix) <= 2:
        return True
    return prefix[:-1].isdigit() and prefix[-1] in ".)"


def _clauses(text: str, tokens: list[Token], words: Words) -> None:
    low = words.low
    clause = words.clause
    opener = words.opener
    opener.append("")
    number = 0
    n = len(low)
    for k in range(n):
        if k:
            new = False
            if words.tok[k] != words.tok[k - 1]:
                gap = text[tokens[words.tok[k - 1]].end : tokens[words.tok[k]].start]
                if any(ch in _CLAUSE_MARKS for ch in gap) or " - " in gap:
                    new = True
            w = low[k]
            if w in lex.CLAUSE_OPENERS or (
                w in {"and", "so", "or", "then", "that", "but"}
                and k + 1 < n
                and low[k + 1] in lex.SUBJECT_WORDS
            ):
                new = True
            if new:
                number += 1
                opener.append(w if w in lex.CLAUSE_OPENERS or w in {"and", "so", "that"} else "")
        clause.append(number)


def _negation(words: Words) -> None:
    lem = words.lem
    n = len(lem)
    pseudo = _pseudo_negations(lem, words.low)
    neg = words.neg
    negated_clause = -1
    for k in range(n):
        c = words.clause[k]
        neg.append(negated_clause == c)
        if k not in pseudo and lem[k] in lex.NEGATIONS:
            negated_clause = c


def _pseudo_negations(lem: list[str], low: list[str]) -> set[int]:
    """Return the positions of negations that intensify or are idioms, not negation."""
    found: set[int] = set()
    n = len(lem)
    for k in range(n):
        if lem[k] not in lex.NEGATIONS:
            continue
        for seq in lex.PSEUDO_NEGATIONS:
            if seq[0] == lem[k] and tuple(lem[k : k + len(seq)]) == seq:
                found.add(k)
                break
        else:
            # "couldn't be more excited", "never been happier", "never so excited"
            j = k + 1
            while j < n and j - k <= 3 and lem[j] in lex.COMPARATIVE_BRIDGE:
                j += 1
            if j < n and (
                low[j] == "more"
                or (lem[k] == "never" and lem[j] in {"so", "as"})
                or (j > k + 1 and low[j].endswith("er") and len(low[j]) > 4)
            ):
                found.add(k)
    return found
