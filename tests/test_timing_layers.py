"""The timing half stands alone: it imports no other half, and no import hides in a function."""

from __future__ import annotations

import ast
from pathlib import Path

import followup_timing

_PACKAGE = Path(followup_timing.__file__).parent
_TIMING = sorted((_PACKAGE / "_timing").glob("*.py"))
_SHARED = ("followup_timing._timing", "followup_timing._durations", "followup_timing._frozenmap")
_SHARED += ("followup_timing._kinds", "followup_timing.exceptions")
_SHARED += ("followup_timing._validators",)


def _imports(tree: ast.AST) -> list[tuple[str, ast.AST]]:
    found: list[tuple[str, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, node))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node) for alias in node.names)
    return found


def test_timing_imports_only_itself_and_neutral_modules() -> None:
    """_timing imports nothing of the email, drafting or CLI halves, not even for typing."""
    assert _TIMING
    for path in _TIMING:
        for module, _ in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if module.startswith("followup_timing"):
                assert module.startswith(_SHARED), f"{path.name} imports {module}"


def test_no_library_import_inside_a_function() -> None:
    """Imports of the library's own modules sit at the top of each timing module: none is
    deferred into a function to dodge an import cycle (optional packages may be)."""
    for path in _TIMING:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for module, _ in _imports(function):
                assert not module.startswith("followup_timing"), (
                    f"{path.name}: {function.name}() imports {module}"
                )


def test_kinds_live_outside_both_halves() -> None:
    """The step kinds and tones are a neutral module, and the table agrees with the type."""
    import typing

    from followup_timing import _kinds

    assert typing.get_args(_kinds.StepKind) == _kinds.STEP_KINDS == tuple(_kinds.STEP_KIND_NAMES)
    assert not (_PACKAGE / "_drafts" / "_kinds.py").exists()
