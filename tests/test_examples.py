"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# What each example must print: a line a reader of the example would check by eye.
EXPECTED = {
    "thanksgiving_window.py": [
        "Send between Fri 27 Nov 15:00 and Mon 30 Nov 15:00 (EST); best at Mon 30 Nov 09:00.",
        "Thu 26 Nov 2026 is Thanksgiving Day, a public holiday in US-NY",
    ],
}


def test_every_example_has_expectations() -> None:
    """A new example cannot slip in untested."""
    assert {p.name for p in EXAMPLES.glob("*.py")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs(name: str, tmp_path: Path) -> None:
    """The example exits 0 and prints its key lines."""
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for line in EXPECTED[name]:
        assert line in result.stdout
