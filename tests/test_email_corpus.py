"""The validator against the team's labelled corpus of follow-up emails."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import followup_timing as ft

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "email_corpus.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("email_corpus", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


corpus = _load_script()
EMAILS = corpus.load()


def test_corpus_size_and_hard_negatives() -> None:
    """The corpus has at least 80 emails, 25 of them hard negatives, with unique ids."""
    assert len(EMAILS) >= 80
    assert sum(1 for e in EMAILS if e.hard_negative) >= 25
    assert len({e.ident for e in EMAILS}) == len(EMAILS)


@pytest.mark.parametrize("move", ft.MOVE_NAMES)
def test_each_move_has_f1_of_at_least_0_9(move: str) -> None:
    """Per-move F1 against the labels is at least 0.9."""
    scores, _ = corpus.score(EMAILS)
    assert scores[move].f1 >= 0.9, corpus.table(scores, EMAILS)


@pytest.mark.parametrize("item", [e for e in EMAILS if e.hard_negative], ids=lambda e: e.ident)
def test_hard_negatives(item: object) -> None:
    """Each trap email gets exactly its labelled moves."""
    report = ft.validate_email(item.text)  # type: ignore[attr-defined]
    got = {name: move.present for name, move in report.moves.items()}
    assert got == item.labels  # type: ignore[attr-defined]


def test_table_prints() -> None:
    """The benchmark script prints a Markdown table with one row per move, then macro-F1."""
    scores, _ = corpus.score(EMAILS)
    lines = corpus.table(scores, EMAILS).splitlines()
    rows = [line for line in lines if line.startswith("| ") and "---" not in line][1:]
    assert [line.split("|")[1].strip() for line in rows] == list(ft.MOVE_NAMES)
    assert lines[-1] == f"macro-F1: {corpus.macro_f1(scores):.3f}"


# -- the development set --------------------------------------------------------------------
# tests/data/dev_emails.txt: 100 emails written from tests/data/GUIDELINES.md alone by a
# writer who had not seen the rules; used for tuning (the blind set is measured elsewhere).

DEV = corpus.load(corpus.DEV_SET)


def test_dev_set_size_and_ids() -> None:
    """The development set has 100 emails with unique ids."""
    assert len(DEV) == 100
    assert len({e.ident for e in DEV}) == len(DEV)


@pytest.mark.parametrize("move", ft.MOVE_NAMES)
def test_dev_set_each_move_has_f1_of_at_least_0_95(move: str) -> None:
    """Per-move F1 on the development set is at least 0.95 (0.99 or more when measured)."""
    scores, _ = corpus.score(DEV)
    assert scores[move].f1 >= 0.95, corpus.table(scores, DEV)


def test_dev_set_macro_f1_and_precision() -> None:
    """Macro-F1 on the development set stays within 0.02 of the 0.998 measured; every
    move's precision is at least 0.95."""
    scores, _ = corpus.score(DEV)
    assert corpus.macro_f1(scores) >= 0.978, corpus.table(scores, DEV)
    assert all(s.precision >= 0.95 for s in scores.values()), corpus.table(scores, DEV)


def test_corpus_option_scores_any_labelled_file(capsys: pytest.CaptureFixture[str]) -> None:
    """--corpus PATH scores another file in the same format."""
    assert corpus.main(["--corpus", str(corpus.DEV_SET)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("100 emails, ")
    assert "macro-F1: " in out


# -- the second development set -------------------------------------------------------------
# tests/data/dev2_emails.txt: 150 emails written independently from tests/data/GUIDELINES.md.
# e-001..e-100 were used for tuning; e-101..e-150 were only ever scored as a whole (their
# errors never read), so their figures say how far the tuning generalises.

DEV2 = corpus.load(corpus.DEV_SET_2)

#: Per-move F1 measured on all 150 emails, minus 0.02.
DEV2_F1_FLOORS = {
    "gratitude": 0.975,
    "interest": 0.910,
    "qualifications": 0.948,
    "call_to_action": 0.970,
}


def test_dev2_set_size_and_ids() -> None:
    """The second development set has 150 emails, e-001 to e-150, with unique ids."""
    assert [e.ident for e in DEV2] == [f"e-{n:03d}" for n in range(1, 151)]


@pytest.mark.parametrize("move", ft.MOVE_NAMES)
def test_dev2_set_f1_floor_and_precision(move: str) -> None:
    """Each move's F1 on the second development set stays within 0.02 of the figure
    reached, and its precision is at least 0.95."""
    scores, _ = corpus.score(DEV2)
    assert scores[move].f1 >= DEV2_F1_FLOORS[move], corpus.table(scores, DEV2)
    assert scores[move].precision >= 0.95, corpus.table(scores, DEV2)


def test_ids_option_scores_a_range(capsys: pytest.CaptureFixture[str]) -> None:
    """--ids FIRST:LAST scores only the emails whose ids lie in the inclusive range."""
    assert corpus.main(["--corpus", str(corpus.DEV_SET_2), "--ids", "e-101:e-150"]) == 0
    assert capsys.readouterr().out.startswith("50 emails, ")
    assert [e.ident for e in corpus.select(DEV2, "e-001:e-003")] == ["e-001", "e-002", "e-003"]


@pytest.mark.parametrize("bad", ["e-101", ":e-150", "e-101:"])
def test_ids_option_refuses_a_malformed_range(bad: str) -> None:
    """A range without both ends is refused with a message naming the expected shape."""
    with pytest.raises(ValueError, match="FIRST:LAST"):
        corpus.select(DEV2, bad)
