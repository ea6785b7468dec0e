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
