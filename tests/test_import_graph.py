"""The package's import graph: layers that only point down, and two independent halves.

The graph is read from the source with :mod:`ast`, so an import hidden inside a function
counts like one at the top of a module: a cycle masked that way still fails here. Imports
under ``if TYPE_CHECKING:`` are left out, as they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "followup_timing"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[str]:
    """Every module named by an import anywhere in *tree*, except under TYPE_CHECKING."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (name for child in node.orelse for name in _imports(child))
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            # ``from package import module`` names the module; the package itself is
            # already loading (a parent always is), so it is no edge of its own.
            submodules = [f"{node.module}.{alias.name}" for alias in node.names]
            if not all(name in MODULES for name in submodules):
                yield node.module
            yield from (name for name in submodules if name in MODULES)
        yield from _imports(node)


def graph() -> dict[str, set[str]]:
    """Each of the package's modules -> the package's modules it imports."""
    edges: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        edges[name] = {target for target in _imports(tree) if target in MODULES} - {name}
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def test_the_walk_sees_imports_inside_functions() -> None:
    """The reader finds an import inside a function, and skips TYPE_CHECKING ones."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import a\n"
        "def f():\n    from b import c\n    import d\n"
        "    from followup_timing._cli import _check\n"
    )
    found = set(_imports(ast.parse(source)))
    assert found == {"typing", "b", "d", "followup_timing._cli._check"}


def test_find_cycle_finds_one() -> None:
    """The cycle finder reports a cycle it is given, and none in a tree."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycles() -> None:
    """No module imports itself through others, at module level or inside a function."""
    assert find_cycle(graph()) is None


def test_timing_half_does_not_import_the_email_or_drafting_half() -> None:
    """``_timing`` shares only neutral modules (errors, kinds, small types) with the rest."""
    edges = graph()
    crossing = sorted(
        (source, target)
        for source, targets in edges.items()
        if source.startswith("followup_timing._timing")
        for target in targets
        if target.startswith(("followup_timing._email", "followup_timing._drafts"))
    )
    assert crossing == []


def test_email_half_does_not_import_the_timing_half() -> None:
    """``_email`` never imports ``_timing`` or ``_drafts``: the validator stands alone."""
    edges = graph()
    crossing = sorted(
        (source, target)
        for source, targets in edges.items()
        if source.startswith("followup_timing._email")
        for target in targets
        if target.startswith(("followup_timing._timing", "followup_timing._drafts"))
    )
    assert crossing == []
