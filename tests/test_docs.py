"""The Sphinx documentation builds without a warning, and every code sample in it runs.

Both builds run offline in a few seconds. Deselect them with ``-m "not docs"`` when
iterating on something else; the README's test command runs them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import followup_timing

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

pytestmark = pytest.mark.docs

_DIRECTIVE = re.compile(
    r"^\.\. (?:autoclass|autoexception|autofunction|autodata|data|function|class|exception)"
    r"::\s+(?:followup_timing\.)?(\w+)\s*$",
    re.MULTILINE,
)


def _sphinx(builder: str, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", *options, "-q", "-b", builder, str(DOCS), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_api_reference_lists_every_public_name() -> None:
    """docs/api.rst documents each name of ``followup_timing.__all__``, and nothing else."""
    documented = _DIRECTIVE.findall((DOCS / "api.rst").read_text(encoding="utf-8"))
    public = set(followup_timing.__all__)
    missing = sorted(public - set(documented))
    assert not missing, (
        f"add an entry to docs/api.rst for each of {missing}, e.g. '.. autoclass:: {missing[0]}'"
    )
    stale = sorted(set(documented) - public)
    assert not stale, f"docs/api.rst documents names that are not public: {stale}"
    assert len(documented) == len(set(documented)), "docs/api.rst documents a name twice"


def test_html_builds_without_warnings(tmp_path: Path) -> None:
    """The HTML build passes with broken references and warnings as errors, offline."""
    result = _sphinx("html", tmp_path / "html", "-n", "-W", "--keep-going")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "html" / "index.html").is_file()


def test_doctests_pass(tmp_path: Path) -> None:
    """Every ``>>>`` sample in the pages and in the public docstrings gives its shown output."""
    result = _sphinx("doctest", tmp_path / "doctest")
    report = (tmp_path / "doctest" / "output.txt").read_text(encoding="utf-8")
    assert result.returncode == 0, report[-5000:] + result.stderr
    assert re.search(r"^\s*0 failures in tests$", report, re.MULTILINE), report[-5000:]
