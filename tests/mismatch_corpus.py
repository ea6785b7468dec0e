"""Reading tests/data/mismatch_drafts.txt and scoring the mismatch check against it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from followup_timing import EmailContext, validate_email

DATA = Path(__file__).resolve().parent / "data" / "mismatch_drafts.txt"
MISMATCH_CODES = frozenset({"wrong-company", "wrong-name", "wrong-role"})


@dataclass(frozen=True)
class Draft:
    """One labelled draft: its context and the mismatches planted in it."""

    ident: str
    context: EmailContext
    expected: frozenset[tuple[str, str]]
    text: str

    @property
    def planted(self) -> bool:
        return bool(self.expected)


def load(path: Path = DATA) -> list[Draft]:
    """Every draft of the file, in order."""
    drafts: list[Draft] = []
    for chunk in path.read_text(encoding="utf-8").split("\n=== ")[1:]:
        header, expect, body = chunk.split("\n", 2)
        ident, *fields = (part.strip() for part in header.split("|"))
        facts = dict(field.split("=", 1) for field in fields)
        context = EmailContext(
            company=facts.get("company"),
            role=facts.get("role"),
            interviewers=[n.strip() for n in facts.get("interviewers", "").split(";") if n.strip()],
        )
        assert expect.startswith("expect: "), f"{ident}: the second line must be 'expect: ...'"
        labels = expect.removeprefix("expect: ").strip()
        pairs = [item.strip().partition("=") for item in labels.split(",") if labels != "none"]
        expected = frozenset((code, found) for code, _, found in pairs)
        drafts.append(Draft(ident, context, expected, body.strip("\n") + "\n"))
    return drafts


def detect(draft: Draft) -> frozenset[tuple[str, str]]:
    """The distinct ``(code, text)`` pairs :func:`validate_email` reports for *draft*."""
    report = validate_email(draft.text, context=draft.context)
    return frozenset(
        (f.code, f.span.text)
        for f in report.findings
        if f.code in MISMATCH_CODES and f.span is not None
    )


@dataclass(frozen=True)
class Score:
    """Precision and recall of the check, by finding and by draft."""

    true_positives: int
    false_positives: int
    false_negatives: int
    flagged_correctly: int
    flagged_wrongly: int
    missed_drafts: int
    details: list[tuple[Draft, frozenset[tuple[str, str]]]]

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        planted = self.true_positives + self.false_negatives
        return self.true_positives / planted if planted else 1.0

    @property
    def draft_precision(self) -> float:
        flagged = self.flagged_correctly + self.flagged_wrongly
        return self.flagged_correctly / flagged if flagged else 1.0

    @property
    def draft_recall(self) -> float:
        planted = self.flagged_correctly + self.missed_drafts
        return self.flagged_correctly / planted if planted else 1.0

    def summary(self) -> str:
        return (
            f"findings: precision {self.precision:.3f} recall {self.recall:.3f} "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives}); "
            f"drafts: precision {self.draft_precision:.3f} recall {self.draft_recall:.3f}"
        )


def score(drafts: list[Draft]) -> Score:
    """Compare the check's findings with the labels of *drafts*."""
    tp = fp = fn = good = wrong = missed = 0
    details = []
    for draft in drafts:
        got = detect(draft)
        details.append((draft, got))
        tp += len(got & draft.expected)
        fp += len(got - draft.expected)
        fn += len(draft.expected - got)
        if got and draft.planted:
            good += 1
        elif got:
            wrong += 1
        elif draft.planted:
            missed += 1
    return Score(tp, fp, fn, good, wrong, missed, details)
