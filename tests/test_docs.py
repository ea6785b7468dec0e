"""The Sphinx documentation builds without a warning, and every code sample in it runs.

Both builds run offline in a few seconds. Deselect them with ``-m "not docs"`` when
iterating on something else; the README's test command runs them.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
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


# -- Console examples -------------------------------------------------------------------
# Pages show the command line in ``.. code-block:: console`` blocks. Every ``$ followup-timing``
# command in them is run here, in a scratch folder holding examples/ and docs/samples/, and
# its output (stdout and stderr) must be the block's text. A line "..." stands for any
# number of lines; a command ending in '; echo "exit status $?"' also prints its status.

_CONSOLE_BLOCK = re.compile(r"^\.\. code-block:: console\n\n((?:   .*\n|\n)+)", re.MULTILINE)
_EXIT_STATUS = '; echo "exit status $?"'


def _console_examples() -> list[object]:
    examples = []
    for page in sorted(DOCS.rglob("*.rst")):
        text = page.read_text(encoding="utf-8")
        for block in _CONSOLE_BLOCK.findall(text):
            lines = [line[3:] for line in block.rstrip("\n").split("\n")]
            command, output = None, []
            for line in [*lines, "$ "]:
                if line.startswith("$ "):
                    if command is not None and command.startswith("followup-timing "):
                        name = f"{page.relative_to(DOCS)}: {command[:60]}"
                        expected = "\n".join(output).rstrip("\n")
                        examples.append(pytest.param(command, expected, id=name))
                    command, output = line[2:], []
                else:
                    output.append(line)
    return examples


def _matches(expected: str, actual: str) -> bool:
    pattern = "".join(
        r"(?:.*\n)*" if line == "..." else re.escape(line) + r"\n" for line in expected.split("\n")
    )
    return re.fullmatch(pattern, actual + "\n") is not None


@pytest.mark.parametrize(("command", "expected"), _console_examples())
def test_console_example(command: str, expected: str, tmp_path: Path) -> None:
    """The command shown in the docs prints exactly what the docs show."""
    # The installed entry point itself, as a reader runs it.
    script = shutil.which("followup-timing", path=str(Path(sys.executable).parent))
    assert script is not None, "install the package (pip install -e .) to get followup-timing"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    for sample in (DOCS / "samples").iterdir():
        shutil.copy(sample, tmp_path / sample.name)
    show_status = command.endswith(_EXIT_STATUS)
    args = shlex.split(command.removesuffix(_EXIT_STATUS))
    result = subprocess.run(
        [script, *args[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
        check=False,
    )
    actual = result.stdout.rstrip("\n")
    if show_status:
        actual += f"\nexit status {result.returncode}"
    else:
        assert result.returncode == 0, actual
    assert _matches(expected, actual), f"--- expected\n{expected}\n--- actual\n{actual}"
