"""Score the email validator against a labelled corpus (default tests/data/email_corpus.txt).

Run from the repository root::

    python benchmarks/email_corpus.py                                  # the team corpus
    python benchmarks/email_corpus.py --corpus tests/data/dev_emails.txt
    python benchmarks/email_corpus.py --errors   # also list every disagreement
    python benchmarks/email_corpus.py --corpus tests/data/dev2_emails.txt --ids e-101:e-150

Any file in the same format can be scored: a header line ``=== ID | G I Q C | note`` per
email (a letter for a move that is present, ``-`` for one that is absent), then the email.
The script prints per-move precision, recall and F1, and the macro-F1 (their mean).
The test suite (tests/test_email_corpus.py) imports this file and asserts each move's F1.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import followup_timing as ft

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = DATA / "email_corpus.txt"
DEV_SET = DATA / "dev_emails.txt"
DEV_SET_2 = DATA / "dev2_emails.txt"
LETTERS = {"G": "gratitude", "I": "interest", "Q": "qualifications", "C": "call_to_action"}


@dataclass(frozen=True)
class LabelledEmail:
    """One email of the corpus and its labels."""

    ident: str
    labels: dict[str, bool]
    note: str
    text: str

    @property
    def hard_negative(self) -> bool:
        """Whether the email is marked as a trap."""
        return self.note.startswith("trap:")


@dataclass(frozen=True)
class Score:
    """Counts and scores for one move."""

    move: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        """Share of predicted-present emails that are labelled present."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled-present emails that are predicted present."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path = CORPUS) -> list[LabelledEmail]:
    """Parse the corpus file into labelled emails."""
    emails: list[LabelledEmail] = []
    header: tuple[str, dict[str, bool], str] | None = None
    lines: list[str] = []

    def close() -> None:
        if header is not None:
            ident, labels, note = header
            emails.append(LabelledEmail(ident, labels, note, "\n".join(lines).strip("\n") + "\n"))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            close()
            ident, flags, note = (part.strip() for part in line[4:].split("|", 2))
            marks = flags.split()
            if len(marks) != len(LETTERS):
                raise ValueError(f"email {ident}: expected 4 labels, got {flags!r}")
            labels = {
                name: mark == letter
                for (letter, name), mark in zip(LETTERS.items(), marks, strict=True)
            }
            header = (ident, labels, note)
            lines = []
        elif header is not None:
            lines.append(line)
    close()
    return emails


def score(emails: list[LabelledEmail]) -> tuple[dict[str, Score], list[str]]:
    """Return the per-move scores and a line for every disagreement."""
    counts = {name: [0, 0, 0, 0] for name in LETTERS.values()}
    errors: list[str] = []
    for item in emails:
        report = ft.validate_email(item.text)
        for name in LETTERS.values():
            got, want = report.moves[name].present, item.labels[name]
            slot = {(True, True): 0, (True, False): 1, (False, True): 2, (False, False): 3}
            counts[name][slot[got, want]] += 1
            if got != want:
                kind = "false positive" if got else "false negative"
                evidence = [(s.frame, s.text) for s in report.moves[name].evidence]
                errors.append(f"{item.ident} {name}: {kind} {evidence}")
    scores = {name: Score(name, *c) for name, c in counts.items()}
    return scores, errors


def table(scores: dict[str, Score], emails: list[LabelledEmail]) -> str:
    """Return the scores as a Markdown table."""
    traps = sum(1 for e in emails if e.hard_negative)
    rows = [
        f"{len(emails)} emails, {traps} hard negatives",
        "",
        "| move | TP | FP | FN | TN | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in scores.values():
        rows.append(
            f"| {s.move} | {s.tp} | {s.fp} | {s.fn} | {s.tn} | "
            f"{s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
        )
    rows.append("")
    rows.append(f"macro-F1: {macro_f1(scores):.3f}")
    return "\n".join(rows)


def macro_f1(scores: dict[str, Score]) -> float:
    """Return the mean of the per-move F1 scores."""
    return sum(s.f1 for s in scores.values()) / len(scores)


def select(emails: list[LabelledEmail], ids: str) -> list[LabelledEmail]:
    """Keep the emails whose id lies in the inclusive range ``FIRST:LAST``."""
    first, sep, last = ids.partition(":")
    if not sep or not first or not last:
        raise ValueError(f"--ids wants FIRST:LAST, got {ids!r}")
    return [e for e in emails if first <= e.ident <= last]


def main(argv: list[str] | None = None) -> int:
    """Print the table; with --errors, the disagreements too."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="labelled file to score (default: %(default)s)"
    )
    parser.add_argument(
        "--ids", help="score only the ids in the inclusive range FIRST:LAST (e.g. e-101:e-150)"
    )
    args = parser.parse_args(argv)
    emails = load(args.corpus)
    if args.ids:
        emails = select(emails, args.ids)
    scores, errors = score(emails)
    print(table(scores, emails))
    if args.errors:
        print()
        print("\n".join(errors) if errors else "no disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
