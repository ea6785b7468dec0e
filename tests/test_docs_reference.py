"""What a reader of the docs sees: real signatures, self-contained samples, every command.

The samples themselves run in tests/test_docs.py (Sphinx's doctest builder, with the
settings checked here); this module checks the rendered API reference and the pages'
coverage.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import followup_timing

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

pytestmark = pytest.mark.docs


def _conf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_conf", DOCS / "conf.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CONF = _conf()
ATTRS_CLASSES = [
    getattr(followup_timing, name)
    for name in followup_timing.__all__
    if isinstance(getattr(followup_timing, name), type)
    and attrs.has(getattr(followup_timing, name))
]


@pytest.fixture(scope="module")
def api_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The API reference as the text builder renders it."""
    out = tmp_path_factory.mktemp("text")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "text", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return (out / "api.txt").read_text(encoding="utf-8")


def _signature(api_text: str, cls: type) -> str:
    match = re.search(rf"^class followup_timing\.{cls.__name__}\((.*)\)$", api_text, re.MULTILINE)
    assert match is not None, f"no signature for {cls.__name__} in the API reference"
    return match.group(1)


def test_there_are_attrs_classes_to_check() -> None:
    """The public attrs classes are found (a guard against checking nothing)."""
    names = {cls.__name__ for cls in ATTRS_CLASSES}
    assert {"TimingPolicy", "BusinessCalendar", "Interview", "Rules", "EmailContext"} <= names


@pytest.mark.parametrize("cls", ATTRS_CLASSES, ids=lambda cls: cls.__name__)
def test_signatures_show_real_defaults_and_types(api_text: str, cls: type) -> None:
    """No attrs internals in a signature; every default shown as a reader would write it."""
    signature = _signature(api_text, cls)
    for internal in ("attr_dict", "NOTHING", ": object", "Factory("):
        assert internal not in signature, f"{cls.__name__}: {internal!r} in ({signature})"
    for field in attrs.fields(cls):
        if not field.init:
            continue
        assert f"{field.alias}: " in signature, f"{cls.__name__}.{field.alias} has no type"
        if field.default is not attrs.NOTHING:
            shown = f"{field.alias}: .* = {re.escape(CONF.default_text(field.default))}(?:, |$)"
            assert re.search(shown, signature), f"{cls.__name__}.{field.alias} in ({signature})"


@pytest.mark.parametrize("cls", ATTRS_CLASSES, ids=lambda cls: cls.__name__)
def test_converters_declare_the_types_they_accept(cls: type) -> None:
    """Each converter's parameter type (what attrs puts in ``__init__``) is a real type."""
    annotations = cls.__init__.__annotations__
    for field in attrs.fields(cls):
        if field.init and field.converter is not None:
            assert annotations.get(field.alias) not in (None, object, "object"), field.alias


def test_the_issues_example_signature(api_text: str) -> None:
    """TimingPolicy shows ``min_delay: timedelta | str = timedelta(hours=24)``: the real
    default and the types it accepts (a duration string such as ``"24h"`` too)."""
    signature = _signature(api_text, followup_timing.TimingPolicy)
    assert "min_delay: timedelta | str = timedelta(hours=24)" in signature
    assert "max_delay: timedelta | str = timedelta(hours=48)" in signature
    assert "preferred_hours: tuple[time, time] | None = (time(9, 0), time(11, 0))" in signature


@pytest.mark.parametrize(
    ("default", "text"),
    [
        (attrs.Factory(dict), "{}"),
        (attrs.Factory(frozenset), "frozenset()"),
        (attrs.Factory(followup_timing.TimingPolicy), "TimingPolicy()"),
        (followup_timing.TimingPolicy().min_delay, "timedelta(hours=24)"),
        (followup_timing.TimingPolicy().min_delay * 7, "timedelta(weeks=1)"),
        (followup_timing.TimingPolicy().min_delay / 48, "timedelta(minutes=30)"),
        (2_000_000, "2_000_000"),
        ("business_days", "'business_days'"),
    ],
)
def test_default_text(default: object, text: str) -> None:
    """Defaults are written as source a reader would type."""
    assert CONF.default_text(default) == text


def test_doctest_compares_exception_details() -> None:
    """Documented error messages must match the real ones, not only the exception type."""
    assert not CONF.doctest_default_flags & doctest.IGNORE_EXCEPTION_DETAIL


def test_samples_get_no_hidden_imports() -> None:
    """The doctest setup imports nothing for the samples: each page imports what it uses."""
    setup = CONF.doctest_global_setup
    assert "followup_timing" not in setup
    assert "datetime" not in setup
    assert "ZoneInfo" not in setup


def test_the_command_line_page_shows_every_command() -> None:
    """ "Using the command line" runs an example of each command ``--help`` lists."""
    script = shutil.which("followup-timing", path=str(Path(sys.executable).parent))
    assert script is not None
    usage = subprocess.run(
        [script, "--help"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    listed = usage.split("COMMAND\n", 1)[1].split("\n\n", 1)[0]
    commands = set(re.findall(r"^    (\w+) ", listed, re.MULTILINE))
    assert commands == {"window", "plan", "check", "draft"}, usage
    page = (DOCS / "howto" / "cli.rst").read_text(encoding="utf-8")
    shown = set(re.findall(r"^   \$ followup-timing (\w+)", page, re.MULTILINE))
    assert commands <= shown


def _public_doctests() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(recurse=True)
    tests: dict[str, doctest.DocTest] = {}
    for name in followup_timing.__all__:
        for test in finder.find(getattr(followup_timing, name), name, globs={}, module=False):
            if test.examples and test.docstring not in tests:
                tests[test.docstring or ""] = test
    return list(tests.values())


PUBLIC_DOCTESTS = _public_doctests()


def test_there_are_docstring_examples_to_run() -> None:
    """The public names' docstrings hold examples (a guard against checking nothing)."""
    assert len(PUBLIC_DOCTESTS) >= 50


@pytest.mark.parametrize("test", PUBLIC_DOCTESTS, ids=lambda test: test.name)
def test_each_docstring_example_runs_in_a_fresh_python(
    test: doctest.DocTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each docstring's example, alone in an empty namespace, imports what it uses and shows
    the real output, error messages included (as pasted into ``python`` in the repository)."""
    monkeypatch.chdir(ROOT)
    test.globs = {}
    runner = doctest.DocTestRunner(optionflags=CONF.doctest_default_flags)
    report: list[str] = []
    result = runner.run(test, out=report.append)
    assert result.failed == 0, "".join(report)
