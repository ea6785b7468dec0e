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
    """The benchmark script prints a Markdown table with one row per move."""
    scores, _ = corpus.score(EMAILS)
    lines = corpus.table(scores, EMAILS).splitlines()
    assert [line.split("|")[1].strip() for line in lines[-4:]] == list(ft.MOVE_NAMES)
