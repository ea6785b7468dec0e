"""The findings other than the four moves: placeholders, tone, length, greeting, subject.

Each function returns offsets, either character spans or token ranges; the validator turns
them into :class:`~followup_timing.Finding` values.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from followup_timing._email import _lexicon as lex
from followup_timing._email._moves import split_phrase
from followup_timing._email._text import Layout, Token

# Bounded, flat character classes only: linear on any input.
_BRACKETED: Final = re.compile(r"\[([^\[\]\r\n]{1,60})\]")
_BRACED: Final = re.compile(r"\{\{?([^{}\r\n]{1,60})\}\}?")
_ANGLED: Final = re.compile(r"<([^<>\r\n]{1,60})>")
_UNDERSCORES: Final = re.compile(r"_{3,}")
_PUNCTUATION_RUN: Final = re.compile(r"[!?]{2,}")
# Literal alternatives: linear as well.
_ANY_CASE_PHRASES: Final = re.compile(
    "|".join(re.escape(p) for p in lex.TEMPLATE_PHRASES_ANY_CASE), re.IGNORECASE
)
_PLACEHOLDER_CHARS: Final = frozenset(" _-'’./&")
_MAX_CAPS_RUN: Final = 3


def _phrase_index(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = split_phrase(phrase)
        index.setdefault(words[0], []).append(words)
    for value in index.values():
        value.sort(key=lambda w: -len(w))
    return index


@lru_cache(maxsize=1)
def _tone_index() -> tuple[dict[str, list[tuple[str, ...]]], frozenset[tuple[str, ...]]]:
    """Return the tone phrases by first word, and the desperate ones; built on first use."""
    index = _phrase_index(lex.PUSHY_PHRASES + lex.DESPERATE_PHRASES)
    return index, frozenset(split_phrase(p) for p in lex.DESPERATE_PHRASES)


@lru_cache(maxsize=1)
def _demand_index() -> dict[str, list[tuple[str, ...]]]:
    return _phrase_index(lex.DEMANDS)


def _demand(demands: list[tuple[str, ...]], tokens: list[Token], lows: list[str], i: int) -> int:
    """Return the length of a demand for an answer at *i* ("I expect a decision"), or 0."""
    for words in demands:
        n = len(words)
        if tuple(lows[i : i + n]) != words:
            continue
        k = i + n
        while k < len(lows) and k - i - n < 2 and lows[k] in lex.DEMAND_DETERMINERS:
            k += 1
        if k < len(lows) and lows[k] in lex.RESPONSE_NOUNS and tokens[k].block == tokens[i].block:
            return k + 1 - i
    return 0


def placeholders_in_lines(layout: Layout, lines: list[int]) -> list[tuple[int, int]]:
    """Return the spans of unfilled template placeholders on the given lines, in order."""
    text = layout.text
    wanted = set(lines)
    found: list[tuple[int, int]] = []
    for i in lines:
        start, end = layout.lines[i]
        if start != end:
            found.extend(_slots(text, start, end))
    for a, b in _template_phrases(text):
        line = layout.position(a)[0]
        if line - 1 in wanted and layout.position(b)[0] == line:
            found.append((a, b))
    return _merge(found)


def placeholders(text: str) -> list[tuple[int, int]]:
    """Return the spans of unfilled template placeholders in a one-line *text*."""
    return _merge(_slots(text, 0, len(text)) + _template_phrases(text))


def _template_phrases(text: str) -> list[tuple[int, int]]:
    """Return the spans of template phrases ("Hiring Manager Name") as whole words."""
    found: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        if (a == 0 or not text[a - 1].isalnum()) and (b >= len(text) or not text[b].isalnum()):
            found.append((a, b))

    for phrase in lex.TEMPLATE_PHRASES:
        pos = text.find(phrase)
        while pos != -1:
            add(pos, pos + len(phrase))
            pos = text.find(phrase, pos + len(phrase))
    low = text.lower()
    if len(low) != len(text):  # a few letters ("İ") lengthen in lower case: offsets shift
        for m in _ANY_CASE_PHRASES.finditer(text):
            add(m.start(), m.end())
        return found
    for phrase in lex.TEMPLATE_PHRASES_ANY_CASE:
        pos = low.find(phrase)
        while pos != -1:
            add(pos, pos + len(phrase))
            pos = low.find(phrase, pos + len(phrase))
    return found


def _merge(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found.sort()
    merged: list[tuple[int, int]] = []
    for span in found:
        if merged and span[0] < merged[-1][1]:
            if span[1] > merged[-1][1]:
                merged[-1] = (merged[-1][0], span[1])
            continue
        merged.append(span)
    return merged


def _slots(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return bracketed, braced and angled slots and blank underscores in one line."""
    found: list[tuple[int, int]] = []
    line = text[start:end]
    if "[" in line:
        for m in _BRACKETED.finditer(text, start, end):
            if m.end() < end and text[m.end()] == "(":
                continue  # a Markdown link: [text](url)
            if _looks_like_slot(m.group(1), bracket=True):
                found.append(m.span())
    if "{" in line:
        for m in _BRACED.finditer(text, start, end):
            inner = m.group(1).strip()
            # "{0}", "{1}": positional format fields are slots too.
            if (inner.isdigit() and len(inner) <= 2) or _looks_like_slot(inner, bracket=True):
                found.append(m.span())
    if "<" in line:
        for m in _ANGLED.finditer(text, start, end):
            inner = m.group(1).strip()
            if inner.lower() in lex.HTML_TAGS or inner.startswith("/"):
                continue
            if _looks_like_slot(inner, bracket=False) and (
                inner[:1].isupper() or " " in inner or "_" in inner
            ):
                found.append(m.span())
    if "___" in line:
        found.extend(m.span() for m in _UNDERSCORES.finditer(text, start, end))
    return found


def _looks_like_slot(inner: str, *, bracket: bool) -> bool:
    stripped = inner.strip()
    if len(stripped) < 2 or stripped.lower() in lex.BRACKET_ALLOWED:
        return False
    if " " not in stripped and (stripped.endswith(".") or stripped.lower() in lex.ABBREVIATIONS):
        return False  # an editor's abbreviation: "[Inc.]", "[Ltd]"
    letters = 0
    for ch in stripped:
        if ch.isalpha():
            letters += 1
        elif not (ch in _PLACEHOLDER_CHARS or (bracket and ch.isdigit())):
            return False
    return letters >= 2


def x_placeholders(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Return runs of x's used as blanks ("XX", "xxx")."""
    return [
        (t.start, t.end)
        for t in tokens
        if t.low[0] == "x" and len(t.low) >= 2 and t.low.count("x") == len(t.low)
    ]


def tone(tokens: list[Token]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return ``(pushy, desperate)`` token ranges of wording that is not negated."""
    pushy: list[tuple[int, int]] = []
    desperate: list[tuple[int, int]] = []
    lows = [t.low for t in tokens]
    count = len(lows)
    index, desperate_phrases = _tone_index()
    demand_index = _demand_index()
    i = 0
    while i < count:
        demands = demand_index.get(lows[i])
        if demands is not None:
            demand = _demand(demands, tokens, lows, i)
            if demand and not _negated_before(tokens, i):
                pushy.append((i, i + demand))
                i += demand
                continue
        candidates = index.get(lows[i])
        if candidates is None:
            i += 1
            continue
        matched: tuple[str, ...] = ()
        for words in candidates:
            n = len(words)
            if (
                i + n <= count
                and tuple(lows[i : i + n]) == words
                and tokens[i + n - 1].block == tokens[i].block
            ):
                matched = words
                break
        if matched and not _negated_before(tokens, i):
            (desperate if matched in desperate_phrases else pushy).append((i, i + len(matched)))
            i += len(matched)
        else:
            i += 1
    return pushy, desperate


def _negated_before(tokens: list[Token], at: int) -> bool:
    for j in range(at - 1, max(-1, at - 4), -1):
        if tokens[j].block != tokens[at].block:
            return False
        low = tokens[j].low
        if low in lex.SCOPE_TERMINATORS:
            return False
        if low in {"no", "not", "never", "without"} or low.endswith("n't"):
            return True
    return False


def punctuation_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return runs of two or more ``!``/``?`` in ``text[start:end]``."""
    return [m.span() for m in _PUNCTUATION_RUN.finditer(text, start, end)]


def shouting(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Return character spans of words in capitals that shout.

    A run of three or more capitalised words shouts; so does one capitalised word from
    ``SHOUTED_WORDS`` ("REALLY"). Acronyms alone (SQL, AWS, HIPAA) do not.
    """
    found: list[tuple[int, int]] = []
    run: list[Token] = []

    def flush() -> None:
        if len(run) >= _MAX_CAPS_RUN:
            found.append((run[0].start, run[-1].end))
        else:
            for t in run:
                if t.low in lex.SHOUTED_WORDS and len(t.low) >= 3:
                    found.append((t.start, t.end))
        run.clear()

    for t in tokens:
        if t.end - t.start < 2 or not text[t.start].isupper():
            if run:
                flush()
            continue
        word = text[t.start : t.end]
        if word.isupper() and word.replace("'", "").replace("’", "").isalpha():
            if run and run[-1].block != t.block:
                flush()
            run.append(t)
        elif run:
            flush()
    if run:
        flush()
    return found


def mentions(haystack: str, terms: tuple[str, ...]) -> bool:
    """Whether any of *terms* appears in *haystack* as whole words, case aside."""
    low = haystack.lower()
    for term in terms:
        needle = term.lower()
        pos = low.find(needle)
        while pos != -1:
            end = pos + len(needle)
            before_ok = pos == 0 or not low[pos - 1].isalnum()
            after_ok = end >= len(low) or not low[end].isalnum()
            if before_ok and after_ok:
                return True
            pos = low.find(needle, pos + 1)
    return False


def paragraphs(layout: Layout, lines: list[int]) -> int:
    """Count blocks of non-blank lines among *lines*, split by blank or skipped lines."""
    count = 0
    previous = -2
    in_block = False
    text, spans = layout.text, layout.lines
    for i in lines:
        start, end = spans[i]
        blank = start == end or text[start:end].isspace()
        if blank:
            in_block = False
        else:
            if not in_block or i != previous + 1:
                count += 1
            in_block = True
        previous = i
    return count
