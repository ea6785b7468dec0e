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
        question: whether the sentence ends with a question mark.
        bullet: whether the sentence opens a bullet or numbered line ("- Led the audit"),
            where clipped claims without a subject are the norm.
    """

    __slots__ = (
        "bullet",
        "clause",
        "first",
        "lem",
        "low",
        "neg",
        "opener",
        "question",
        "text",
        "tok",
        "tokens",
    )

    def __init__(self) -> None:
        self.low: list[str] = []
        self.lem: list[str] = []
        self.tok: list[int] = []
        self.clause: list[int] = []
        self.opener: list[str] = []
        self.neg: list[bool] = []
        self.question = False
        self.text = ""
        self.tokens: list[Token] = []
        self.first = 0
        self.bullet = False

    def __len__(self) -> int:
        return len(self.low)

    def capital(self, k: int) -> bool:
        """Whether word *k* starts a capitalised token inside the sentence ("Acme")."""
        t = self.tok[k]
        if t == self.first or (k and self.tok[k - 1] == t) or self.low[k] == "i":
            return False
        return self.text[self.tokens[t].start].isupper() and self.low[k] not in lex.TIME_NAMES

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


#: Normalised words and lemmas of a token, by its lower-case form; bounded, so that a huge
#: text of unique words costs no more memory than this.
_NORMAL: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_NORMAL_MAX: Final = 20_000


def _normal(low: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = _NORMAL.get(low)
    if found is None:
        forms = _forms()
        parts = split_token(low)
        found = (parts, tuple(forms.get(p, p) for p in parts))
        if len(_NORMAL) < _NORMAL_MAX:
            _NORMAL[low] = found
    return found


def read_sentence(text: str, tokens: list[Token], first: int, last: int) -> Words:
    """Return the normalised words of ``tokens[first:last]``."""
    words = Words()
    get = _NORMAL.get
    normals = [get(tokens[t].low) or _normal(tokens[t].low) for t in range(first, last)]
    # Flat comprehensions: a contraction gives a token two words ("i'd": "i", "would").
    words.low = [part for parts, _ in normals for part in parts]
    words.lem = [lemma for _, lemmas in normals for lemma in lemmas]
    words.tok = [first + i for i, (parts, _) in enumerate(normals) for _ in parts]
    words.text = text
    words.tokens = tokens
    words.first = first
    _names_cancel_nothing(words)
    _clauses(text, tokens, words)
    _negation(words)
    if last > first:
        words.bullet = _opens_bullet(text, tokens[first].start)
    return words


#: Lemmas that cancel or withdraw a move. Capitalised inside a sentence they are a name
#: ("joining Declining", "the Never Settle team"), and a name cancels nothing.
_CANCELLING: Final = lex.NEGATIONS | lex.DECLINE | {"withdraw"}


def _names_cancel_nothing(words: Words) -> None:
    lem = words.lem
    if _CANCELLING.isdisjoint(lem):
        return
    text, tokens = words.text, words.tokens
    initials = [text[tokens[t].start] for t in words.tok]
    if sum(c.isupper() for c in initials) * 2 > len(initials):
        return  # Title Case or shouting: capitals say nothing about names here
    for k, t in enumerate(words.tok):
        if t > words.first and lem[k] in _CANCELLING and initials[k].isupper():
            lem[k] = words.low[k] = ""


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


_COORDINATORS: Final = frozenset({"and", "so", "or", "then", "that", "but"})
_KEPT_OPENERS: Final = lex.CLAUSE_OPENERS | {"and", "so", "that"}


def _clauses(text: str, tokens: list[Token], words: Words) -> None:
    low, tok = words.low, words.tok
    n = len(low)
    openers = lex.CLAUSE_OPENERS
    if n and openers.isdisjoint(low) and _COORDINATORS.isdisjoint(low):
        segment = text[tokens[tok[0]].end : tokens[tok[-1]].start]
        if not any(mark in segment for mark in _CLAUSE_MARKS) and " - " not in segment:
            words.clause = [0] * n  # one clause: no mark, no opener (checked at C speed)
            words.opener = [""]
            return
    starts: list[int] = []
    previous = tok[0] if n else 0
    for k in range(1, n):
        t = tok[k]
        if t != previous:
            a, b = tokens[previous].end, tokens[t].start
            previous = t
            # Most gaps are one space: only others are looked at.
            if (b - a != 1 or text[a] != " ") and _breaks_clause(text[a:b]):
                starts.append(k)
                continue
        w = low[k]
        if w in openers or (w in _COORDINATORS and k + 1 < n and low[k + 1] in lex.SUBJECT_WORDS):
            starts.append(k)
    words.opener = [""] + [low[k] if low[k] in _KEPT_OPENERS else "" for k in starts]
    if not starts:
        words.clause = [0] * n
        return
    clause = [0] * starts[0]
    bounds = [*starts, n]
    for number in range(1, len(bounds)):
        clause.extend([number] * (bounds[number] - bounds[number - 1]))
    words.clause = clause


def _breaks_clause(gap: str) -> bool:
    return any(ch in _CLAUSE_MARKS for ch in gap) or " - " in gap


def _negation(words: Words) -> None:
    lem = words.lem
    n = len(lem)
    neg = words.neg
    if lex.NEGATIONS.isdisjoint(lem):
        neg.extend([False] * n)
        return
    pseudo = _pseudo_negations(lem, words.low)
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
