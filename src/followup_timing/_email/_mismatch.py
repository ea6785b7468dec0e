"""The copy-paste mistake: a draft that names another company, person or role.

A draft reused from another application keeps the old company ("the role at Globex"), greets
the old interviewer ("Dear Ms. Chen,") or names the old job title. Told the real facts (an
:class:`~followup_timing.EmailContext`), :func:`find_mismatches` looks at the places where a
follow-up names them and reports each name that disagrees.

A draft may name other companies and people legitimately ("in my work at Contoso", "my
current role as Sales Associate"), so only the *slots* that speak of the company applied to,
the person addressed or the job applied for are read:

- company: "the role at X", "(love) to work at X", "join X", "X's team", "the X team",
  "Dear X team"; not after "my ...", "I ...", "since joining", and not when the words before
  the slot speak of a job or place of the writer's own;
- person: the names in the greeting line, and a name addressed after "thank you," or
  "you,"; honorifics ("Mr", "Ms", "Dr", "Prof") are never names;
- role: "the <title> role/position/job/opening" and "the position of <Title>" (and in a
  subject line "<Title> interview"), where the title has a job word in it ("Manager",
  "Analyst", "Engineer"...), not after "my".

A name that is the expected one written differently ("Initech, Inc.", "INITECH", "Senior
Product Manager" for "Product Manager", "Chris" for "Christopher") is no mismatch.

Everything here is linear in the length of the text: one tokenising pass and bounded
look-backs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, Literal, Protocol

import attrs

MismatchCode = Literal["wrong-company", "wrong-name", "wrong-role"]

# A word (letters and digits, inner apostrophes and hyphens) or one punctuation mark.
_TOKEN: Final = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?['’]?|[&.,;:!?()\"“”—–]|(?<!\S)-(?!\S)")
_POSSESSIVE: Final = re.compile(r"['’]s?$")
_SENTENCE_END: Final = frozenset('.!?;:()"“”')
_CLAUSE_END: Final = frozenset(",—–-")


def _fold(text: str) -> str:
    """Lower case without accents: "Tomás" and "tomas" are the same name."""
    if text.isascii():
        return text.lower()  # the common case, without Unicode decomposition
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


#: Titles before a name: never a name themselves.
HONORIFICS: Final = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "madame",
        "dame", "lord", "lady", "capt", "captain", "rev", "fr", "mme", "mlle", "herr", "frau",
        "sr", "sra", "srta", "señor", "señora", "dott", "ing",
    }
)  # fmt: skip
_HONORIFIC_KEYS: Final = frozenset(_fold(h) for h in HONORIFICS)
# Abbreviations whose period does not end a sentence.
_ABBREVIATIONS: Final = _HONORIFIC_KEYS | {"inc", "corp", "co", "ltd", "jr", "st", "vs", "etc"}
_GREETING_WORDS: Final = frozenset({"dear", "hi", "hello", "hey", "hiya", "greetings", "howdy"})
_GREETING_TIMES: Final = frozenset({"morning", "afternoon", "evening"})
# Words of a greeting that address a group, not a person: "Dear Hiring Team".
_GROUP_WORDS: Final = frozenset(
    {
        "team", "teams", "all", "everyone", "everybody", "there", "folks", "hiring",
        "manager", "managers", "committee", "recruiter", "recruiters", "recruiting", "talent",
        "acquisition", "panel", "colleagues", "friends", "both", "you", "again", "whom", "it",
        "may", "concern", "the", "to", "department", "staff", "people", "search", "members",
        "of", "and", "&", "interview", "interviewers",
    }
)  # fmt: skip
# Capitalised words that start a sentence or a date, never a company.
_NOT_NAMES: Final = frozenset(
    {
        "i", "i'm", "i've", "i'd", "i'll", "the", "a", "an", "this", "that", "these", "those",
        "it", "its", "it's", "we", "our", "you", "your", "my", "their", "his", "her", "they",
        "there", "here", "what", "who", "when", "where", "which", "how", "if", "and", "but",
        "or", "so", "as", "at", "in", "on", "for", "to", "of", "with", "please", "thank",
        "thanks", "everyone", "today", "tomorrow", "yesterday", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    }
)  # fmt: skip
# Teams named after what they do ("the Data team"), not after a company.
_DEPARTMENTS: Final = frozenset(
    {
        "product", "data", "engineering", "analytics", "sales", "marketing", "design",
        "finance", "hr", "people", "platform", "growth", "research", "operations", "ops",
        "support", "security", "infrastructure", "legal", "recruiting", "talent", "hiring",
        "leadership", "executive", "customer", "success", "brand", "content", "mobile",
        "web", "backend", "frontend", "cloud", "devops", "qa", "it", "payments", "risk",
        "compliance", "strategy", "business", "development", "ml", "ai", "claims", "editorial",
        "admissions", "logistics", "supply", "chain", "procurement", "accounting", "tax",
        "audit", "communications", "pr", "partnerships", "clinical", "nursing", "quality",
        "services", "service", "digital", "creative", "technology", "tech", "software",
        "hardware", "systems", "applied", "science", "insights", "reporting", "ux", "ui",
        "core", "global", "regional", "local", "senior", "management", "team", "teams",
    }
)  # fmt: skip
_LEGAL_SUFFIXES: Final = frozenset(
    {
        "inc", "corp", "corporation", "co", "company", "llc", "llp", "ltd", "limited", "plc",
        "gmbh", "ag", "sa", "sas", "bv", "nv", "oy", "ab", "as", "pty", "group", "holdings",
    }
)  # fmt: skip
# Words before "at X" that make X the place of the job applied for.
_AT_TRIGGERS: Final = frozenset(
    {
        "role", "position", "job", "opportunity", "opening", "interview", "interviewing",
        "team", "teams", "everyone", "culture", "career", "vacancy", "work", "working",
        "future", "colleagues", "post",
    }
)  # fmt: skip
# The writer's own past or present, right before a slot: "my role at", "I worked at".
_OWN_MARKERS: Final = frozenset(
    {
        "my", "our", "i", "i'm", "i've", "we", "we're", "was", "were", "am", "been", "worked",
        "led", "managed", "joined", "ran", "spent", "left", "interned", "previously",
        "formerly", "former", "current", "currently", "since", "after", "before", "when",
        "while", "upon", "during", "built", "helped", "supported", "grew",
    }
)  # fmt: skip
_JOIN_WORDS: Final = frozenset({"join", "joining"})
# What a company's possessive is followed by in a company slot: "Globex's team".
_COMPANY_POSSESSIONS: Final = frozenset(
    {
        "team", "teams", "mission", "culture", "values", "vision", "people", "future",
        "growth", "roadmap", "customers", "products", "product", "platform", "success",
    }
)  # fmt: skip
_TEAM_WORDS: Final = frozenset({"team", "teams", "family", "crew", "folks"})
_ROLE_NOUNS: Final = frozenset(
    {"role", "position", "job", "opening", "post", "vacancy", "opportunity"}
)
_SUBJECT_ROLE_NOUNS: Final = frozenset({"interview", "role", "position", "application"})
_ROLE_DETERMINERS: Final = frozenset({"the", "this", "your", "that", "a", "an"})
# Words that cannot be part of a job title in "the ... role".
_NOT_TITLE: Final = frozenset(
    {
        "the", "this", "your", "that", "a", "an", "my", "our", "for", "about", "to", "of",
        "in", "at", "on", "with", "and", "or", "new", "open", "exciting", "great", "same",
        "current", "previous", "former", "interview", "interviewing", "full-time",
        "part-time", "remote", "permanent", "contract", "temporary", "advertised", "posted",
    }
)  # fmt: skip
# The head words of job titles: a role phrase without one ("the same role") is no title.
_JOB_HEADS: Final = frozenset(
    {
        "manager", "engineer", "analyst", "designer", "developer", "scientist", "director",
        "lead", "specialist", "consultant", "coordinator", "associate", "architect",
        "administrator", "officer", "assistant", "representative", "rep", "intern", "writer",
        "editor", "accountant", "strategist", "researcher", "technician", "nurse", "teacher",
        "head", "vp", "president", "recruiter", "planner", "programmer", "marketer",
        "advisor", "adviser", "executive", "producer", "supervisor", "buyer", "clerk",
        "adjuster", "underwriter", "trainer", "barista", "chef", "cook", "driver", "agent",
        "auditor", "attorney", "lawyer", "paralegal", "pharmacist", "therapist", "physician",
        "tester", "operator", "mechanic", "electrician", "cashier", "receptionist",
        "secretary", "owner", "partner", "principal", "fellow", "postdoc", "professor",
        "lecturer", "tutor", "counselor", "counsellor", "psychologist", "economist",
        "statistician", "librarian", "curator", "photographer", "illustrator", "animator",
        "copywriter", "journalist", "reporter", "translator", "interpreter", "sre", "cto",
        "ceo", "cfo", "coo", "pm", "steward", "pilot", "dispatcher",
    }
)  # fmt: skip
# Words of rank that do not change which job it is: "Senior Data Analyst" is a Data Analyst.
_RANKS: Final = frozenset(
    {"senior", "sr", "junior", "jr", "staff", "principal", "i", "ii", "iii", "iv", "entry-level"}
)
_NAME_RUN_MAX: Final = 5
_LOOK_BACK: Final = 6


class Facts(Protocol):
    """What the draft should name: an :class:`~followup_timing.EmailContext` will do."""

    @property
    def company(self) -> str | None:
        """The company applied to."""

    @property
    def role(self) -> str | None:
        """The job title applied for."""

    @property
    def interviewers(self) -> tuple[str, ...]:
        """The people met."""


@attrs.frozen(kw_only=True)
class Mismatch:
    """A name in the draft that disagrees with the facts.

    Attributes:
        code: ``"wrong-company"``, ``"wrong-name"`` or ``"wrong-role"``.
        start: offset of the wrong name in the text.
        end: offset just past it.
        found: the wrong name as written (``text[start:end]``).
        expected: what the facts say instead.
    """

    code: MismatchCode
    start: int
    end: int
    found: str
    expected: str

    @property
    def message(self) -> str:
        """What is wrong, in a sentence."""
        if self.code == "wrong-company":
            return f"Names {self.found!r} as the company, but the company is {self.expected}."
        if self.code == "wrong-name":
            return f"Addresses {self.found!r}, but the interviewer is {self.expected}."
        return f"Names the role {self.found!r}, but the role is {self.expected}."

    @property
    def suggestion(self) -> str:
        """What to do instead."""
        return (
            f"Replace {self.found!r} with {self.expected}, and check the rest of the draft "
            f"for text left from another application."
        )


class _Token:
    """A word or punctuation mark; a possessive ("Globex's") is kept without its ending."""

    __slots__ = ("key", "possessive", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.start = start
        possessive = _POSSESSIVE.search(text) if len(text) > 1 and text[0].isalnum() else None
        self.possessive = possessive is not None
        self.text = text[: possessive.start()] if possessive else text
        self.key = _fold(self.text)

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or (self.text[:1].isdigit() and self.text.isupper())


def find_mismatches(
    text: str, facts: Facts, lines: Sequence[tuple[int, int]]
) -> tuple[Mismatch, ...]:
    """Return every company, person or role named in *lines* of *text* that the facts contradict.

    Args:
        text: the draft.
        facts: the company, role and interviewers the draft should name; a missing fact is
            not checked.
        lines: ``(start, end)`` offsets of the lines to read, in order: the writer's own text
            up to the sign-off (quoted replies and the signature left out).

    Returns:
        The mismatches in text order, at most one per position.
    """
    sentences = list(_sentences(text, lines))
    found: list[Mismatch] = []
    if facts.company is not None:
        found += _company_mismatches(text, sentences, facts.company, facts)
    if facts.interviewers:
        found += _name_mismatches(text, sentences, facts)
    if facts.role is not None:
        found += _role_mismatches(text, sentences, facts.role)
    unique = {(m.start, m.code): m for m in found}
    return tuple(sorted(unique.values(), key=lambda m: (m.start, m.code)))


def find_subject_mismatches(subject: str, facts: Facts) -> tuple[Mismatch, ...]:
    """Return the mismatches in a subject line, with offsets into *subject*.

    Besides the slots of the body, a title right before "interview", "role", "position" or
    "application" is a role ("Thank you - Sales Associate interview"); a subject has no
    greeting.
    """
    sentences = list(_sentences(subject, [(0, len(subject))]))
    found: list[Mismatch] = []
    if facts.company is not None:
        found += _company_mismatches(subject, sentences, facts.company, facts)
    if facts.interviewers:
        found += _name_mismatches(subject, sentences, facts, greeting=False)
    if facts.role is not None:
        found += _role_mismatches(subject, sentences, facts.role, subject=True)
    unique = {(m.start, m.code): m for m in found}
    return tuple(sorted(unique.values(), key=lambda m: (m.start, m.code)))


# --- reading ----------------------------------------------------------------------------------


def _sentences(text: str, lines: Sequence[tuple[int, int]]) -> Iterator[list[_Token]]:
    """The tokens of each sentence; a blank line or the greeting line ends one too."""
    current: list[_Token] = []
    first_line = True
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            if current:
                yield current
                current = []
            continue
        for match in _TOKEN.finditer(line):
            token = _Token(match.group(), start + match.start())
            current.append(token)
            if token.text in _SENTENCE_END and not _after_abbreviation(current):
                yield current
                current = []
        if first_line and current:
            # The greeting line is a unit of its own even without a comma at its end.
            yield current
            current = []
        first_line = False
    if current:
        yield current


def _after_abbreviation(tokens: list[_Token]) -> bool:
    return (
        tokens[-1].text == "."
        and len(tokens) > 1
        and tokens[-2].is_word
        and (tokens[-2].key in _ABBREVIATIONS or len(tokens[-2].text) == 1)
    )


def _name_run(tokens: list[_Token], first: int) -> int:
    """Index past the capitalised name starting at *first*, or *first* when there is none.

    A name is up to five capitalised words, joined by "&", "of" or "and" only between
    capitalised words ("City Power & Light", "Bank of America"); a possessive word ends it.
    """
    if first >= len(tokens) or not _starts_name(tokens[first]):
        return first
    end = first + 1
    while end < len(tokens) and end - first < _NAME_RUN_MAX and not tokens[end - 1].possessive:
        token = tokens[end]
        if token.is_word and token.capitalised and token.key not in _NOT_NAMES:
            end += 1
        elif (
            token.key in {"&", "of"}
            and end + 1 < len(tokens)
            and tokens[end + 1].is_word
            and tokens[end + 1].capitalised
        ):
            end += 2
        else:
            break
    return end


def _starts_name(token: _Token) -> bool:
    return token.is_word and token.capitalised and token.key not in _NOT_NAMES


def _words_before(tokens: list[_Token], index: int, count: int = _LOOK_BACK) -> list[_Token]:
    """Up to *count* tokens before *index*, stopping at a comma or dash."""
    out: list[_Token] = []
    i = index - 1
    while i >= 0 and len(out) < count:
        if tokens[i].text in _CLAUSE_END:
            break
        out.append(tokens[i])
        i -= 1
    out.reverse()
    return out


def _own(tokens: list[_Token], *, pronouns: bool = True) -> bool:
    """Whether *tokens* speak of the writer's own job; *pronouns*: "I" alone is enough."""
    markers = _OWN_MARKERS if pronouns else _OWN_MARKERS - {"i", "we"}
    return any(t.key in markers for t in tokens)


def _span_text(tokens: list[_Token], first: int, end: int) -> tuple[int, int]:
    # A trailing possessive is left out: the name in "Globex's team" is "Globex".
    last = tokens[end - 1]
    return tokens[first].start, last.start + len(last.text)


# --- company ----------------------------------------------------------------------------------


def _company_mismatches(
    text: str, sentences: list[list[_Token]], company: str, facts: Facts
) -> Iterator[Mismatch]:
    expected = _name_key(company)
    people = _person_keys(facts.interviewers)
    role_words = frozenset(_fold(w) for w in (facts.role or "").split())
    written = _occurrences(text, company)
    for n, tokens in enumerate(sentences):
        for first, end in _company_slots(tokens, greeting=n == 0):
            words = [t.key for t in tokens[first:end] if t.is_word]
            if all(w in _DEPARTMENTS or w in role_words for w in words):
                continue
            if set(words) <= people or _same_name(words, expected):
                continue
            start, stop = _span_text(tokens, first, end)
            if any(a < stop and start < b for a, b in written):
                continue  # part of the company's own name, however its words are cased
            yield Mismatch(
                code="wrong-company",
                start=start,
                end=stop,
                found=text[start:stop],
                expected=repr(company),
            )


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where *name* is written in *text*, case and spacing aside."""
    words = name.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(word) for word in words)
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _company_slots(tokens: list[_Token], *, greeting: bool) -> Iterator[tuple[int, int]]:
    """The ``(first, end)`` token ranges of names in company slots in one sentence."""
    if greeting and tokens and tokens[0].key in _GREETING_WORDS:
        yield from _greeting_team(tokens)
    for i, token in enumerate(tokens):
        key = token.key
        if key == "at" and token.text != "AT":  # "AT" is more likely AT&T than a shout
            end = _name_run(tokens, i + 1)
            if end > i + 1 and _at_slot(tokens, i):
                yield i + 1, end
        elif key in _JOIN_WORDS:
            end = _name_run(tokens, i + 1)
            before = _words_before(tokens, i, 2)
            if end > i + 1 and not _own(before):
                yield i + 1, end
        elif key == "the" or (key == "your" and not greeting):
            end = _name_run(tokens, i + 1)
            if _team_slot(tokens, i, end):
                yield i + 1, end
        elif _company_possessive(tokens, i):
            first = _possessive_name_start(tokens, i)
            before = _words_before(tokens, first, 4)
            if first <= i and not _own(before, pronouns=False) and not _after_at(before):
                yield first, i + 1


def _team_slot(tokens: list[_Token], the: int, end: int) -> bool:
    """Whether ``tokens[the + 1 : end]`` is X in "the X team", not after "I led"."""
    return (
        end > the + 1
        and end < len(tokens)
        and tokens[end].key in _TEAM_WORDS
        and not tokens[end - 1].possessive
        and not _own(_words_before(tokens, the, 3), pronouns=False)
    )


def _company_possessive(tokens: list[_Token], i: int) -> bool:
    """Whether ``tokens[i]`` is X's in "X's team", "X's mission"."""
    token = tokens[i]
    return (
        token.possessive
        and token.capitalised
        and i + 1 < len(tokens)
        and tokens[i + 1].key in _COMPANY_POSSESSIONS
    )


def _after_at(before: list[_Token]) -> bool:
    # "at X's team" is read as "at X" alone, with that slot's own rule.
    return bool(before) and before[-1].key == "at"


def _at_slot(tokens: list[_Token], at: int) -> bool:
    """Whether "at X" names the place of the job applied for: "the role at X", "to work at X"."""
    before = _words_before(tokens, at)
    for k in range(len(before) - 1, -1, -1):
        if before[k].key in _AT_TRIGGERS:
            trigger = at - len(before) + k
            return not _own(_words_before(tokens, trigger, 2))
    return False


def _possessive_name_start(tokens: list[_Token], last: int) -> int:
    """The first token of the name ending with the possessive ``tokens[last]``."""
    first = _name_start(tokens, last, 0)
    return last + 1 if tokens[first].key in _NOT_NAMES else first


def _name_start(tokens: list[_Token], last: int, floor: int) -> int:
    """The first token of the capitalised name ending at ``tokens[last]``, not before *floor*."""
    first = last
    while first > floor and last - first < _NAME_RUN_MAX - 1:
        prev = tokens[first - 1]
        if prev.is_word and prev.capitalised and not prev.possessive and prev.key not in _NOT_NAMES:
            first -= 1
        elif prev.key in {"&", "of"} and first - 1 > floor and tokens[first - 2].capitalised:
            first -= 2
        else:
            break
    return first


def _greeting_team(tokens: list[_Token]) -> Iterator[tuple[int, int]]:
    """ "Dear Globex team," / "Hi Globex Hiring Team": the capitalised words before "team"."""
    for i, token in enumerate(tokens):
        if token.key in _TEAM_WORDS:
            first = _name_start(tokens, i - 1, 1) if i > 1 and tokens[i - 1].capitalised else i
            while first < i and tokens[first].key in _GROUP_WORDS:
                first += 1
            end = first
            while end < i and tokens[end].key not in _GROUP_WORDS:
                end += 1
            if end > first:
                yield first, end
            return


def _name_key(name: str) -> list[str]:
    """The words of a company name that identify it: "Initech, Inc." -> ["initech"]."""
    words = [_Token(m.group(), 0).key for m in _TOKEN.finditer(name)]
    words = [w for w in words if w[:1].isalnum()]
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return words


def _same_name(found: list[str], expected: list[str]) -> bool:
    """Whether two company names are the same, one perhaps a shortening of the other."""
    found = [w for w in found if w not in {"&", "of", "and"}]
    expected = [w for w in expected if w not in {"&", "of", "and"}]
    while len(found) > 1 and found[-1] in _LEGAL_SUFFIXES:
        found.pop()
    if not found or not expected:
        return False
    shorter = min(len(found), len(expected))
    return found[:shorter] == expected[:shorter]


# --- people -----------------------------------------------------------------------------------


def _person_keys(interviewers: Sequence[str]) -> frozenset[str]:
    """Every part of the interviewers' names that may address them, honorifics left out."""
    keys: set[str] = set()
    for name in interviewers:
        for match in _TOKEN.finditer(name):
            key = _Token(match.group(), 0).key
            if key[:1].isalnum() and key not in _HONORIFIC_KEYS and len(key) > 1:
                keys.add(key)
    return frozenset(keys)


def _known_person(key: str, people: frozenset[str]) -> bool:
    # A shortened first name ("Chris" for "Christopher") is the same person.
    return key in people or any(
        len(key) >= 3 and (p.startswith(key) or key.startswith(p)) and min(len(p), len(key)) >= 3
        for p in people
    )


def _name_mismatches(
    text: str, sentences: list[list[_Token]], facts: Facts, *, greeting: bool = True
) -> Iterator[Mismatch]:
    people = _person_keys(facts.interviewers)
    company = frozenset(_name_key(facts.company or ""))
    expected = _people_text(facts.interviewers)
    runs: list[tuple[list[_Token], int, int]] = []
    if greeting and sentences and sentences[0] and _is_greeting(sentences[0]):
        tokens = sentences[0]
        runs += [(tokens, a, b) for a, b in _greeted_people(tokens, company)]
    for tokens in sentences:
        runs += [(tokens, a, b) for a, b in _addressed_people(tokens)]
    for tokens, first, end in runs:
        if _known_person(tokens[end - 1].key, people):
            continue
        start, stop = _span_text(tokens, first, end)
        yield Mismatch(
            code="wrong-name",
            start=start,
            end=stop,
            found=text[start:stop],
            expected=expected,
        )


def _people_text(interviewers: Sequence[str]) -> str:
    quoted = [repr(" ".join(name.split())) for name in interviewers]
    if len(quoted) == 1:
        return quoted[0]
    return "one of " + ", ".join(quoted)


def _is_greeting(tokens: list[_Token]) -> bool:
    first = tokens[0].key
    if first in _GREETING_WORDS:
        return True
    return first == "good" and len(tokens) > 1 and tokens[1].key in _GREETING_TIMES


def _greeted_people(tokens: list[_Token], company: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The people a greeting addresses, as runs of name words: "Dear Mr. Patel and Ms. Chen,"."""
    keys = {t.key for t in tokens}
    if keys & (_TEAM_WORDS | {"all", "everyone", "hiring", "recruiting", "committee", "panel"}):
        return
    i = 2 if tokens[0].key == "good" else 1
    while i < len(tokens):
        token = tokens[i]
        # The greeting ends at its comma: "Hi Sarah, thank you..." names only Sarah.
        if _ends_greeting(tokens, i):
            return
        if _is_name_word(token, company):
            end = i + 1
            while end < len(tokens) and _is_name_word(tokens[end], company):
                end += 1
            yield i, end
            i = end
            continue
        i += 1


def _ends_greeting(tokens: list[_Token], i: int) -> bool:
    text = tokens[i].text
    if text not in {",", ":", "!", ".", "—", "–", "-"} or _after_honorific(tokens, i):
        return False
    return text != "," or not _more_names_follow(tokens, i)


def _after_honorific(tokens: list[_Token], i: int) -> bool:
    return tokens[i].text == "." and i > 0 and tokens[i - 1].key in _HONORIFIC_KEYS


def _more_names_follow(tokens: list[_Token], comma: int) -> bool:
    """ "Hi Bill, Peter and Ana," lists names; "Hi Bill, thank you" does not."""
    nxt = tokens[comma + 1] if comma + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.capitalised and nxt.key not in _NOT_NAMES


def _is_name_word(token: _Token, company: frozenset[str]) -> bool:
    return (
        token.is_word
        and token.capitalised
        and token.key not in _HONORIFIC_KEYS
        and token.key not in _GROUP_WORDS
        and token.key not in _NOT_NAMES
        and token.key not in company
    )


def _addressed_people(tokens: list[_Token]) -> Iterator[tuple[int, int]]:
    """A name addressed in the middle of the text: "Thank you, Ms. Chen," or "meet you, Sam."."""
    for i in range(len(tokens) - 2):
        if tokens[i].key not in {"you", "thanks", "again"} or tokens[i + 1].text != ",":
            continue
        first = i + 2
        while first < len(tokens) and (
            tokens[first].key in _HONORIFIC_KEYS or tokens[first].text == "."
        ):
            first += 1
        end = first
        while end < len(tokens) and end - first < 2 and _is_name_word(tokens[end], frozenset()):
            end += 1
        if end > first and (end == len(tokens) or tokens[end].text in {",", ".", "!", "?"}):
            yield first, end


# --- role -------------------------------------------------------------------------------------


def _role_mismatches(
    text: str, sentences: list[list[_Token]], role: str, *, subject: bool = False
) -> Iterator[Mismatch]:
    expected = _title_key(_Token(m.group(), 0).key for m in _TOKEN.finditer(role))
    written = _occurrences(text, role)
    for tokens in sentences:
        slots = [*_role_slots(tokens), *(_subject_role_slots(tokens) if subject else ())]
        for first, end in slots:
            found = _title_key(t.key for t in tokens[first:end])
            if not any(w in _JOB_HEADS for w in found):
                continue
            if found <= expected or expected <= found:
                continue
            start, stop = _span_text(tokens, first, end)
            if any(a < stop and start < b for a, b in written):
                continue
            yield Mismatch(
                code="wrong-role",
                start=start,
                end=stop,
                found=text[start:stop],
                expected=repr(role),
            )


def _title_key(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in words if w not in _RANKS and w[:1].isalnum())


def _role_slots(tokens: list[_Token]) -> Iterator[tuple[int, int]]:
    """Token ranges of job titles: "the Sales Associate role", "the position of Analyst"."""
    for i, token in enumerate(tokens):
        if token.key not in _ROLE_NOUNS:
            continue
        first = i
        while first > 0 and tokens[first - 1].is_word and tokens[first - 1].key not in _NOT_TITLE:
            first -= 1
        if (
            0 < first < i
            and tokens[first - 1].key in _ROLE_DETERMINERS
            and not _own(_words_before(tokens, first - 1, 2))
        ):
            yield first, i
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].key == "of"
            and not _own(_words_before(tokens, i, 3))
        ):
            start = i + 2
            if tokens[start].key in _ROLE_DETERMINERS:
                start += 1
            end = start
            while end < len(tokens) and tokens[end].is_word and tokens[end].capitalised:
                end += 1
            if end > start:
                yield start, end


def _subject_role_slots(tokens: list[_Token]) -> Iterator[tuple[int, int]]:
    """The capitalised title right before "interview" in a subject: "Sales Associate interview"."""
    for i, token in enumerate(tokens):
        if token.key not in _SUBJECT_ROLE_NOUNS:
            continue
        first = i
        while (
            first > 0
            and tokens[first - 1].is_word
            and tokens[first - 1].capitalised
            and tokens[first - 1].key not in _NOT_TITLE | _NOT_NAMES
        ):
            first -= 1
        if first < i:
            yield first, i
