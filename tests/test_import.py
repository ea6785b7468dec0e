"""``import followup_timing`` stays light: heavy modules load only when they are used.

These tests check which modules an import brings in, in a fresh interpreter, not how long
it takes: a wall-clock limit would fail on a busy machine and pass a regression on a fast
one. benchmarks/bench_import.py measures the time.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Modules that cost milliseconds each and are needed only by some functions.
LAZY = (
    "holidays",  # country calendars: ~100 ms
    "dateutil.parser",  # Interview.parse with free text
    "email.parser",  # validate_message
    "email.message",
    "email.policy",
    "email.utils",
    "html.parser",  # html_to_text, HTML bodies
    "icalendar",  # calendar export
)


def loaded_after(code: str) -> set[str]:
    """Return which of LAZY are in ``sys.modules`` after running *code* in a new interpreter."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    return modules & set(LAZY)


def test_import_loads_none_of_the_heavy_modules() -> None:
    """Importing the package imports none of holidays, dateutil.parser, email, html.parser."""
    assert loaded_after("import followup_timing") == set()


def test_checking_a_draft_loads_none_of_them() -> None:
    """validate_email works on text alone: the email and HTML parsers stay unloaded."""
    code = "import followup_timing as ft\nft.validate_email('Thank you for the interview.')"
    assert loaded_after(code) == set()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "ft.validate_message(b'Subject: Hi\\r\\n\\r\\nThank you!')",
            {"email.parser", "email.message", "email.policy", "email.utils", "html.parser"},
        ),
        ("ft.html_to_text('<p>Thank you!</p>')", {"html.parser"}),
    ],
)
def test_the_parsers_load_on_first_use(code: str, expected: set[str]) -> None:
    """The lazy modules do load when their function runs, so the names above are right."""
    assert loaded_after(f"import followup_timing as ft\n{code}") == expected


#: Private modules that ``import followup_timing`` must not load: the email validator, the
#: drafting half, follow-up plans and the command line load on first use. (Calendar export
#: is the ``icalendar`` package, which LAZY above keeps out.)
LAZY_HALVES = (
    "followup_timing._email",
    "followup_timing._drafts._draft",
    "followup_timing._drafts._candidate",
    "followup_timing._drafts._render",
    "followup_timing._drafts._templates",
    "followup_timing._timing._plan",
    "followup_timing._cli",
)
#: At most this many modules outside the package come with it on top of ``import attrs``
#: (datetime, zoneinfo and what they need: 14 in 0.2.0). Counting modules, not time, keeps
#: the check exact on a loaded machine; benchmarks/bench_import.py measures the time.
EXTRA_MODULES_BUDGET = 18


def modules_after(code: str) -> list[str]:
    """Every module in ``sys.modules`` after running *code* in a new interpreter."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules: list[str] = json.loads(done.stdout.splitlines()[-1])
    return modules


def test_import_loads_the_send_window_half_only() -> None:
    """``import followup_timing`` loads no module of the email, drafting or plan halves."""
    loaded = modules_after("import followup_timing")
    assert "followup_timing._timing._window" in loaded
    assert [m for m in loaded if m.startswith(LAZY_HALVES)] == []


def test_import_adds_few_modules_beyond_attrs() -> None:
    """Beyond what ``import attrs`` loads, the package brings at most a budget of modules."""
    before = set(modules_after("import attrs"))
    after = modules_after("import attrs\nimport followup_timing")
    extra = [m for m in after if m not in before and not m.startswith("followup_timing")]
    assert len(extra) <= EXTRA_MODULES_BUDGET, extra


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("validate_email", "followup_timing._email._validate"),
        ("Rules", "followup_timing._email._rules"),
        ("draft_email", "followup_timing._drafts._draft"),
        ("followup_plan", "followup_timing._timing._plan"),
    ],
)
def test_a_lazy_name_loads_its_half_on_first_use(name: str, module: str) -> None:
    """Using a name of a lazy half loads that half, and only the halves it needs."""
    loaded = modules_after(f"import followup_timing as ft\nft.{name}")
    assert module in loaded
    if not module.startswith("followup_timing._drafts"):
        assert "followup_timing._drafts._draft" not in loaded


def test_every_public_name_resolves_and_looks_public() -> None:
    """Each name of ``__all__`` resolves, ``dir()`` lists it, and classes name the package."""
    import followup_timing as ft

    for name in ft.__all__:
        value = getattr(ft, name)
        assert name in dir(ft)
        if isinstance(value, type) and not issubclass(value, BaseException):
            assert value.__module__ == "followup_timing", name
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        ft.nope  # noqa: B018


def test_new_pickles_name_the_public_module() -> None:
    """A value pickled today names ``followup_timing``, not the private module."""
    code = (
        "import pickle, followup_timing as ft\n"
        "print(pickle.dumps(ft.Rules(), protocol=0).decode('latin-1'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "followup_timing\nRules" in done.stdout
    assert "_rules" not in done.stdout


def test_type_checkers_see_every_lazy_name() -> None:
    """Each lazily loaded name is imported from its module under TYPE_CHECKING as well.

    So mypy and IDEs resolve ``followup_timing.Rules`` to the class itself, and the two
    lists cannot drift apart.
    """
    import ast
    from pathlib import Path

    import followup_timing as ft

    tree = ast.parse(Path(ft.__file__).read_text(encoding="utf-8"))
    guarded = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    typed = {
        alias.name: node.module
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == ft._LAZY
    assert set(ft._LAZY) <= set(ft.__all__)


def _probe(code: str) -> dict[str, object]:
    """Run *code* in a new interpreter and return what it printed as JSON on its last line."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


_VALIDATOR_STATE = (
    "import json, sys\n"
    "{code}\n"
    "frames = sys.modules.get('followup_timing._email._frames')\n"
    "print(json.dumps({{\n"
    "    'table': 'followup_timing._email._inflections' in sys.modules,\n"
    "    'frames': bool(frames and frames.frame_index.cache_info().currsize),\n"
    "    'lemminflect': 'lemminflect' in sys.modules,\n"
    "}}))"
)


def test_import_neither_loads_the_inflection_table_nor_builds_the_frames() -> None:
    """The word-form table and the frame index wait for the first validation."""
    state = _probe(_VALIDATOR_STATE.format(code="import followup_timing"))
    assert state == {"table": False, "frames": False, "lemminflect": False}


def test_first_validation_loads_the_table_but_never_lemminflect() -> None:
    """Validating loads the generated table and builds the frames; lemminflect stays out."""
    code = "import followup_timing as ft\nft.validate_email('Thank you for the interview.')"
    state = _probe(_VALIDATOR_STATE.format(code=code))
    assert state == {"table": True, "frames": True, "lemminflect": False}
