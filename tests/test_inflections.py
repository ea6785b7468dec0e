"""The generated inflection table: current with its script, and what it maps."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from followup_timing._email import _lexicon as lex
from followup_timing._email._inflections import FORMS
from followup_timing._email._words import split_token

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "generate_inflections.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_inflections", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_committed_table_is_the_scripts_output() -> None:
    """Rerun scripts/generate_inflections.py after changing a word class: this fails if not."""
    script = _load_script()
    committed = script.TARGET.read_text(encoding="utf-8")
    assert committed == script.render(), "run: python scripts/generate_inflections.py"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("excites", "excite"),
        ("excited", "excite"),
        ("exciting", "excite"),
        ("energises", "energize"),
        ("energised", "energize"),
        ("analysed", "analyze"),
        ("modelled", "model"),
        ("led", "lead"),
        ("thanked", "thank"),
        ("thanking", "thank"),
        ("appeals", "appeal"),
        ("was", "be"),
        ("honoured", "honor"),
    ],
)
def test_forms_reach_their_lemma(form: str, lemma: str) -> None:
    """Inflections and British spellings map to the lemma the word classes hold."""
    assert FORMS[form] == lemma


def test_every_lemma_maps_to_itself() -> None:
    """No lemma of a class is listed as a form of another word."""
    lemmas = {w for cls in lex.LEMMA_CLASSES for w in cls}
    assert not lemmas & set(FORMS)


@pytest.mark.parametrize(
    ("token", "words"),
    [
        ("i'd", ("i", "would")),
        ("don't", ("do", "not")),
        ("can't", ("can", "not")),
        ("won't", ("will", "not")),
        ("couldn't", ("could", "not")),
        ("it's", ("it", "be")),
        ("team's", ("team", "'s")),
        ("i'm", ("i", "be")),
        ("we've", ("we", "have")),
        ("dont", ("do", "not")),
        ("thx", ("thanks",)),
        ("lmk", ("let", "me", "know")),
        ("excited", ("excited",)),
    ],
)
def test_contractions_expand(token: str, words: tuple[str, ...]) -> None:
    """Contractions, apostrophe-less spellings and texting forms expand to plain words."""
    assert split_token(token) == words
