"""The README's Python examples run, and print what their comments say they print."""

from __future__ import annotations

import ast
import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.S | re.M)
# A trailing comment on a print() or a bare expression gives its output: up to two spaces
# or ": " (what follows is commentary). Comments in parentheses are prose, not output.
TRAILING = re.compile(r"^(?P<code>\S.*?)\s+# (?P<comment>[^(].*)$")


def expectations(block: str) -> tuple[str, list[str]]:
    """The block rewritten so that bare expressions print, and the output it promises."""
    lines, expected = [], []
    previous_indented = False
    for line in block.splitlines():
        comment_only = line.startswith("# ")
        if comment_only and (previous_indented or (expected and lines[-1] == "")):
            expected.append(line[2:])
            lines.append("")
            continue
        match = TRAILING.match(line)
        if match and not _is_statement(match["code"]):
            code = match["code"]
            head = match["comment"].split("  ")[0].split(": ")[0]
            expected.append(head)
            if not code.startswith("print("):
                code = f"print(repr({code}))"
            line = code
        lines.append(line)
        previous_indented = line.startswith((" ", "\t"))
    return "\n".join(lines), expected


def _is_statement(code: str) -> bool:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return True
    return not (len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr))


def test_readme_has_python_examples() -> None:
    """The README shows each half of the library in Python."""
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block(block: str) -> None:
    """The block runs from the repository root and prints each promised output."""
    code, expected = expectations(block)
    out = io.StringIO()
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(cwd)
    printed = out.getvalue()
    for text in expected:
        assert text in printed, f"README promises {text!r}; the code printed:\n{printed}"
