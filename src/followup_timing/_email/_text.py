"""Reading a draft: lines, quoted replies, signatures, greeting, sign-off, words, sentences.

Nothing here copies or rewrites the caller's text: every position is an offset into the
string as given, so a :class:`~followup_timing.Span` can always be checked with
``text[start:end]``. Every regular expression is a flat character class or a bounded
repetition of one, so the work is linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from followup_timing._email import _lexicon as lex

# The line breaks str.splitlines() knows, so line numbers agree with it.
_LINE_BREAK: Final = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# The line breaks other than "\n": without them, str.split("\n") finds the lines faster.
_OTHER_BREAK: Final = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A word: a run of letters and digits (no underscore). Apostrophes are joined afterwards.
_WORD: Final = re.compile(r"[^\W_]+")
# A word as the analysis reads it: "don't" is one word (one inner apostrophe at most).
# Linear: the optional group starts with a character no word contains.
_JOINED_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END: Final = frozenset(".!?…")
_CLOSERS: Final = frozenset(".!?…\"'”’)]»")
_BULLETS: Final = frozenset("-*•·–—>")
_SIGNATURE_SEPARATORS: Final = frozenset({"-- ", "--", "—", "__", "___"})
_MOBILE_FOOTERS: Final = ("sent from my ", "get outlook for ", "sent via ", "sent from mail for")
_HEADER_NAMES: Final = ("from:", "sent:", "to:", "date:", "subject:", "cc:")
_FORWARD_MARKERS: Final = frozenset(
    {"original message", "forwarded message", "begin forwarded message:", "forwarded message:"}
)
#: A sign-off is looked for among the last lines of the writer's own text.
_SIGN_OFF_SEARCH_LINES: Final = 8
#: Lines after a sign-off are a name, title, phone: short.
_CLOSING_LINE_MAX_WORDS: Final = 8
#: A sign-off followed by a name is looked for this far back (a long disclaimer may follow).
_SIGNATURE_SEARCH_LINES: Final = 60
#: A name under a sign-off: "Sam", "Dr. Sam Lee", "Sam Lee, PMP".
_NAME_MAX_WORDS: Final = 5
#: Markup around a header name in plain text converted from HTML: "*From:*", "**Sent:**".
_HEADER_MARKUP: Final = "*_ "
#: First characters of the lines that can open a quote block (besides "... wrote:").
_QUOTE_LEADS: Final = frozenset("o-_b*f")
_GREETING_MAX_WORDS: Final = 6
#: Titles before a name: a full stop after one never ends a sentence.
_TITLES: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "rev",
        "hon",
        "messrs",
        "capt",
        "col",
        "gen",
        "lt",
        "sgt",
        "cmdr",
        "st",
    }
)
#: Words that open a sentence: after "Corp." or "C." they show that a new one has begun.
_SENTENCE_OPENERS: Final = frozenset(
    {
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "we",
        "we're",
        "we'd",
        "we've",
        "we'll",
        "you",
        "you're",
        "it",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "he",
        "she",
        "they",
        "there",
        "here",
        "thank",
        "thanks",
        "please",
        "and",
        "but",
        "so",
        "also",
        "however",
        "if",
        "as",
        "in",
        "at",
        "on",
        "for",
        "with",
        "after",
        "before",
        "when",
        "while",
        "what",
        "how",
        "why",
        "looking",
        "hope",
        "let",
        "would",
        "could",
        "can",
        "will",
        "is",
        "are",
        "do",
        "did",
        "any",
        "all",
        "since",
        "during",
        "over",
        "again",
        "both",
        "each",
        "most",
        "many",
        "one",
        "two",
    }
)
#: A greeting that is only a name ("Sarah,", "Dr. Ana Ruiz:") has at most this many words.
_NAME_GREETING_MAX_WORDS: Final = 4
#: First words of a short line that make it a sentence rather than a name.
_NOT_NAMES: Final = frozenset(
    {
        "thanks",
        "thank",
        "thx",
        "ty",
        "cheers",
        "ta",
        "many",
        "great",
        "so",
        "really",
        "i",
        "it",
        "looking",
        "hope",
        "please",
        "just",
        "excited",
        "keen",
        "lovely",
        "nice",
    }
)


class Token:
    """One word: its offsets, its lower-case form, and the block (paragraph) it is in."""

    __slots__ = ("block", "end", "low", "start")

    def __init__(self, start: int, end: int, low: str, block: int) -> None:
        self.start = start
        self.end = end
        self.low = low
        self.block = block


class Sentence:
    """A run of tokens ``tokens[first:last]`` and its character span."""

    __slots__ = ("end", "first", "last", "question", "start")

    def __init__(self, first: int, last: int, start: int, end: int, question: bool) -> None:
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.question = question


class Layout:
    """Where everything is in a draft.

    Attributes:
        text: the text as given.
        line_starts: offset of the first character of each line.
        lines: ``(start, end)`` of each line's content, line break excluded.
        own: indices of the lines the writer wrote (no quoted reply, no signature).
        greeting: index of the greeting line, or ``None``.
        greeting_only: whether the greeting line holds nothing but the greeting.
        sign_off: index of the sign-off line, or ``None``. The lines after it (name, title,
            phone, disclaimer) are the signature: never analysed for moves or tone.
        sign_off_thanks: whether the sign-off thanks for something ("Thank you for your
            time,"), so that it is analysed with the body.
        body: indices of the own lines that are analysed for moves: after a greeting-only
            line and before the sign-off (through it, with ``sign_off_thanks``).
        signature: indices of the lines of the signature block (after ``-- ``).
        postscript: index of a "P.S." line under the sign-off, or ``None``: it and the
            lines after it are the writer's own text again, analysed for moves.
        quoted: whether any quoted reply or forwarded message was dropped.
    """

    __slots__ = (
        "body",
        "greeting",
        "greeting_only",
        "line_starts",
        "lines",
        "own",
        "postscript",
        "quoted",
        "sign_off",
        "sign_off_thanks",
        "signature",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _split_lines(text)
        self.line_starts = [start for start, _ in self.lines]
        self.quoted = False
        self.signature: list[int] = []
        self.own = self._own_lines()
        self.greeting, self.greeting_only = self._greeting()
        self.sign_off_thanks = False
        self.sign_off = self._sign_off()
        self.postscript = self._find_postscript()
        first, last = self.body_start, self.body_end
        self.body = [i for i in self.own if first <= i < last]

    @property
    def body_start(self) -> int:
        """Index of the first line analysed for moves: after a greeting-only line."""
        return self.greeting + 1 if self.greeting is not None and self.greeting_only else 0

    @property
    def body_end(self) -> int:
        """Index of the line after the last one analysed for moves.

        That is the sign-off line, or the line after it when the sign-off thanks for
        something ("Thank you for your time,").
        """
        if self.sign_off is None:
            return len(self.lines)
        return self.sign_off + 1 if self.sign_off_thanks else self.sign_off

    def line_text(self, index: int) -> str:
        """Return the content of line *index*."""
        start, end = self.lines[index]
        return self.text[start:end]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of *offset*."""
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    # -- quoted replies and signatures ---------------------------------------------------

    def _own_lines(self) -> list[int]:
        own: list[int] = []
        text = self.text
        for i, (start, end) in enumerate(self.lines):
            if start == end:
                own.append(i)
                continue
            raw = text[start:end]
            stripped = raw.strip()
            if not stripped:
                # A blank line opens no quote, signature or footer: the common case, cheaply.
                own.append(i)
                continue
            low = stripped.lower()
            if self._starts_quote_block(i, low):
                self.quoted = True
                break
            if raw in _SIGNATURE_SEPARATORS or stripped in {"--", "—"}:
                self.signature = list(range(i + 1, self._quote_start(i + 1)))
                break
            if low.startswith(_MOBILE_FOOTERS) and len(low) < 80:
                break
            if stripped.startswith(">"):
                self.quoted = True
                continue
            own.append(i)
        return own

    def _quote_start(self, first: int) -> int:
        for i in range(first, len(self.lines)):
            low = self.line_text(i).strip().lower()
            if self._starts_quote_block(i, low) or low.startswith(">"):
                return i
        return len(self.lines)

    def _starts_quote_block(self, index: int, low: str) -> bool:
        if not low:
            return False
        if low.endswith("wrote:") and len(low) < 300:
            return low.startswith("on ") or "@" in low or self._next_is_quoted(index)
        lead = low[0]
        if lead not in _QUOTE_LEADS:
            return False
        if lead == "o" and low.startswith("on ") and len(low) < 300 and index + 1 < len(self.lines):
            start, end = self.lines[index + 1]
            following = self.text[start:end].rstrip()
            # Most lines do not end with a colon: they are turned down before any lowering.
            if (
                following[-1:] == ":"
                and following[-6:].lower() == "wrote:"
                and len(following.strip()) < 200
            ):
                return True
        if low.startswith(("-----", "______", "begin forwarded")):
            core = low.strip("-_ ").strip()
            if core in _FORWARD_MARKERS or low.startswith("begin forwarded"):
                return True
        if low[:1] in _HEADER_MARKUP:
            low = low.lstrip(_HEADER_MARKUP)
        if low.startswith("from:") and len(low) < 300:
            return self._header_block_follows(index)
        return False

    def _next_is_quoted(self, index: int) -> bool:
        for i in range(index + 1, min(index + 3, len(self.lines))):
            nxt = self.line_text(i).strip()
            if nxt:
                return nxt.startswith(">")
        return False

    def _header_block_follows(self, index: int) -> bool:
        """Whether the next non-blank line after a "From:" line is another header."""
        for i in range(index + 1, min(index + 5, len(self.lines))):
            low = self.line_text(i).strip().lower().lstrip(_HEADER_MARKUP)
            if low:
                return low.startswith(_HEADER_NAMES)
        return False

    # -- greeting and sign-off -----------------------------------------------------------

    def _greeting(self) -> tuple[int | None, bool]:
        lines = self.lines
        for i in self.own:
            start, end = lines[i]
            if start == end:
                continue
            raw = self.text[start:end].strip()
            if not raw:
                continue
            words = [w.lower() for w in _words_of(raw)]
            if not words:
                return None, False
            joined = " ".join(words)
            for greeting in lex.GREETINGS:
                if joined == greeting or joined.startswith(greeting + " "):
                    only = _is_short_salutation(raw, len(words))
                    return i, only
            # "Sarah," or "Ms. Chen:" on a line of its own; "Thx again for the chat!" is a
            # sentence, not a name.
            if (
                _is_short_salutation(raw, len(words))
                and raw[0].isupper()
                and len(words) <= _NAME_GREETING_MAX_WORDS
                and words[0] not in _NOT_NAMES
            ):
                return i, True
            return None, False
        return None, False

    def _sign_off(self) -> int | None:
        """Return the index of the sign-off line, or ``None``.

        The sign-off is among the last lines, with only short lines (name, title, phone)
        after it; or, further up, a sign-off line with a name right under it, whatever
        follows (a long title line, a disclaimer): that is the signature.
        """
        # Only the last few non-blank lines can hold a sign-off: walk back to them.
        tail: list[int] = []
        lines, text = self.lines, self.text
        for i in reversed(self.own):
            start, end = lines[i]
            if start != end and not text[start:end].isspace():
                tail.append(i)
                if len(tail) == _SIGNATURE_SEARCH_LINES:
                    break
        tail.reverse()
        short = tail[-_SIGN_OFF_SEARCH_LINES:]
        for pos, i in enumerate(short):
            raw = self.line_text(i).strip()
            words = [w.lower() for w in _words_of(raw)]
            if not words or len(words) > 8:
                continue
            after = short[pos + 1 :]
            if not all(len(_words_of(self.line_text(j))) <= _CLOSING_LINE_MAX_WORDS for j in after):
                continue
            if self._is_closing(i, raw, words):
                return i
            # "Best, Jane" or "Thanks - Priya" on one line.
            if not after and _is_closing_with_name(raw, words):
                return i
        return self._sign_off_above_signature(tail)

    def _sign_off_above_signature(self, tail: list[int]) -> int | None:
        """Return the last sign-off line with a name under it, anything after the name."""
        for pos in range(len(tail) - 2, -1, -1):
            i, name = tail[pos], tail[pos + 1]
            if name - i > 2:  # at most one blank line between the sign-off and the name
                continue
            raw = self.line_text(i).strip()
            words = [w.lower() for w in _words_of(raw)]
            if not words or len(words) > 8 or not _is_name(self.line_text(name).strip()):
                continue
            if not self._is_closing(i, raw, words):
                continue
            return i
        return None

    def _find_postscript(self) -> int | None:
        """Return the first "P.S." line after the sign-off: the writer's own text again."""
        if self.sign_off is None:
            return None
        for i in self.own:
            if i > self.sign_off and _is_postscript(self.line_text(i)):
                return i
        return None

    def body_tokens(self, tokens: list[Token]) -> list[Token]:
        """Return the tokens analysed for moves: the body, and a P.S. under the signature."""
        body = self.slice_tokens(tokens, self.body_start, self.body_end)
        if self.postscript is None:
            return body
        return body + self.slice_tokens(tokens, self.postscript, len(self.lines))

    def _is_closing(self, index: int, raw: str, words: list[str]) -> bool:
        """Whether line *index* is a sign-off: "Best regards," or "Thank you for your time,"."""
        if raw[-1:] in {"?", ":"}:
            return False
        joined = " ".join(words)
        if joined in lex.SIGN_OFF_SET:
            return True
        # "Thank you for your time," closes the message and thanks (the body keeps it).
        for phrase in lex.THANKS_CLOSINGS:
            if joined.startswith(phrase + " for ") and raw[-1:] == ",":
                self.sign_off_thanks = True
                return True
        return False

    # -- words and sentences -------------------------------------------------------------

    def slice_tokens(self, tokens: list[Token], first_line: int, last_line: int) -> list[Token]:
        """Return the tokens of *tokens* that lie on lines ``first_line <= i < last_line``."""
        lo = self.lines[first_line][0] if first_line < len(self.lines) else len(self.text)
        hi = self.lines[last_line][0] if last_line < len(self.lines) else len(self.text) + 1
        starts = [t.start for t in tokens]
        return tokens[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def tokens(self, line_indices: list[int]) -> list[Token]:
        """Return the words of the given lines, grouped into blocks by blank lines."""
        tokens: list[Token] = []
        text = self.text
        lines = self.lines
        block = 0
        previous = -2
        # The lines of one block are consecutive (a skipped or blank line starts a new
        # block) and no word runs over a line break, so each block is scanned in one call
        # from its first line's start to its last line's end: one regex scan per block
        # rather than per line, which is what a text of many short lines costs.
        run_start = run_end = -1
        run_block = 0
        for i in line_indices:
            start, end = lines[i]
            if i != previous + 1:
                block += 1
            previous = i
            stripped = text[start:end].lstrip() if start != end else ""
            if not stripped:
                block += 1
                continue
            lead = stripped[0]
            if lead in _BULLETS or (lead.isdigit() and _numbered(stripped)):
                block += 1
            if block == run_block:
                run_end = end
                continue
            if run_start >= 0:
                scan_words(text, run_start, run_end, run_block, tokens)
            run_start, run_end, run_block = start, end, block
        if run_start >= 0:
            scan_words(text, run_start, run_end, run_block, tokens)
        return tokens


def scan_words(text: str, start: int, end: int, block: int, out: list[Token]) -> None:
    """Append the words of ``text[start:end]`` to *out*; "don't" is one word."""
    append = out.append
    for m in _JOINED_WORD.finditer(text, start, end):
        low = m.group().lower()
        if "’" in low:
            low = low.replace("’", "'")
        s, e = m.span()
        append(Token(s, e, low, block))


def word_count(text: str) -> int:
    """Return how many words *text* has."""
    return sum(1 for _ in _WORD.finditer(text))


def _words_of(line: str) -> list[str]:
    return _WORD.findall(line)


def _split_lines(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each line of *text*, line break excluded."""
    lines: list[tuple[int, int]] = []
    pos = 0
    if _OTHER_BREAK.search(text) is None:
        append = lines.append
        for part in text.split("\n"):
            end = pos + len(part)
            append((pos, end))
            pos = end + 1
        if len(lines) > 1 and lines[-1][0] == len(text):
            lines.pop()  # the text ends with a line break: no empty line after it
        return lines
    for m in _LINE_BREAK.finditer(text):
        lines.append((pos, m.start()))
        pos = m.end()
    if pos < len(text) or not lines:
        lines.append((pos, len(text)))
    return lines


def _is_closing_with_name(raw: str, words: list[str]) -> bool:
    """Whether *raw* is a sign-off and a name on one line: "Best, Jane", "Thanks - Priya"."""
    joined = " ".join(words)
    for phrase in lex.SIGN_OFFS:
        if (
            joined.startswith(phrase + " ")
            and len(words) - len(phrase.split()) <= 3
            and raw[len(phrase) : len(phrase) + 1] in {",", " ", "-", "–", "—"}
            and ("," in raw or "-" in raw or "–" in raw or "—" in raw)
            and raw[:1].isupper()
        ):
            return True
    return False


def _is_name(raw: str) -> bool:
    """Whether a line can be the writer's name under a sign-off: short, capitalised.

    An HTML signature pasted as text counts by its first part: "<b>Sam Lee</b><br>...".
    """
    if raw[:1] == "<":
        raw = _first_html_part(raw)
    if not raw[:1].isupper() or raw[-1:] in {"?", "!", ":", ";"} or len(raw) > 60:
        return False
    return 0 < len(_words_of(raw)) <= _NAME_MAX_WORDS


def _first_html_part(raw: str) -> str:
    """Return the text of *raw* up to its first ``<br>``, without tags (bounded, linear)."""
    out: list[str] = []
    in_tag = False
    tag: list[str] = []
    for ch in raw[:200]:
        if in_tag:
            if ch == ">":
                in_tag = False
                if "".join(tag).strip("/ ").lower() in {"br", "p", "div"} and out:
                    break
            else:
                tag.append(ch)
        elif ch == "<":
            in_tag = True
            tag = []
        else:
            out.append(ch)
    return "".join(out).strip()


def _is_postscript(line: str) -> bool:
    low = line.lstrip().lower()
    return low.startswith(("p.s", "ps:", "ps ", "ps.", "pps"))


def _numbered(stripped: str) -> bool:
    head = stripped[:4]
    i = 0
    while i < len(head) and head[i].isdigit():
        i += 1
    return 0 < i < len(head) and head[i] in ".)"


def _is_short_salutation(raw: str, word_count: int) -> bool:
    return word_count <= _GREETING_MAX_WORDS and raw[-1:] in {",", ":", "!", "—", "-"}


def sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Split *tokens* into sentences at end punctuation, blank lines and bullets."""
    out: list[Sentence] = []
    count = len(tokens)
    if not count:
        return out
    first = 0
    for k in range(count):
        tok = tokens[k]
        nxt = tokens[k + 1] if k + 1 < count else None
        if nxt is not None and nxt.block == tok.block:
            gap = text[tok.end : nxt.start]
            if not _ends_sentence(gap, tok.low, nxt.low, text[nxt.start].isupper()):
                continue
        else:
            gap = _trailing(text, tok.end)
        cut = _end_of_sentence(gap)
        end = tok.end + cut
        question = "?" in gap[:cut]
        out.append(Sentence(first, k + 1, tokens[first].start, end, question))
        first = k + 1
    return out


def _trailing(text: str, pos: int) -> str:
    """Return what follows the last word of a block on its line, up to 16 characters."""
    end = pos
    limit = min(len(text), pos + 16)
    while end < limit and text[end] not in "\r\n":
        end += 1
    return text[pos:end]


def _end_of_sentence(gap: str) -> int:
    """Return how much of *gap* (the text after a sentence's last word) belongs to it.

    That is everything up to the first end mark and the closing marks right after it, so
    "today 🙏." keeps its emoji and full stop; with no end mark, only closers such as ")".
    """
    n = len(gap)
    i = 0
    while i < n and gap[i] not in _SENTENCE_END:
        i += 1
    if i == n:
        i = 0
        while i < n and gap[i] in _CLOSERS:
            i += 1
        return i
    while i < n and gap[i] in _CLOSERS:
        i += 1
    return i


def _ends_sentence(gap: str, previous: str, following: str, capital: bool) -> bool:
    """Whether *gap*, between the words *previous* and *following*, ends a sentence.

    A full stop after a title ("Dr.") never does. After another abbreviation ("Corp.") or a
    one-letter word (an initial, or "C" the language) it does only when a capitalised word
    that usually opens a sentence follows: "embedded C. We'd" is two sentences, "Acme Corp.
    is" and "J. R. Smith" are one.
    """
    has_end = False
    for ch in gap:
        if ch in _SENTENCE_END:
            has_end = True
        elif has_end and ch.isspace():
            break
    else:
        return False
    if not gap.startswith(".") or "!" in gap or "?" in gap:
        return True
    if previous in _TITLES:
        return False
    if previous in lex.ABBREVIATIONS or len(previous) == 1:
        return capital and following in _SENTENCE_OPENERS
    return True
