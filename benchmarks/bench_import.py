"""Measure ``import followup_timing`` with ``python -X importtime`` in fresh interpreters.

Run:  python benchmarks/bench_import.py [--runs N]

Each run starts a new interpreter (so nothing is cached in ``sys.modules``) and reads the
``-X importtime`` tree below ``followup_timing``. The self times of the modules in that
tree are added up per group: the library's own modules, attrs, other third-party packages
and the standard library. The script prints the median of each group over the runs, the
median total, and the slowest modules, so a regression points at its cause. Modules the
interpreter imported before ``followup_timing`` (``site``, ``encodings``, ...) are not
counted: they are paid by every program. Bytecode is compiled once into a temporary
``PYTHONPYCACHEPREFIX`` before the measured runs, as it would be for an installed package
(even when the environment sets ``PYTHONDONTWRITEBYTECODE``); ``--no-bytecode`` measures
the worst case instead, every module compiled from source in every run.

The target (issue 5) is under 30 ms of the library's own, with ``holidays`` not imported.
Issue 10 adds a ratio: ``import followup_timing`` costs at most 1.5 times ``import attrs``
alone. Both are measured the same way, interleaved in the same run: the self times of every
module the statement imports that a bare interpreter (``-c pass``) does not, summed.
Nothing here asserts a time: tests/test_import.py checks the structure instead.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict

_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")
_THIRD_PARTY_ROOTS = frozenset(
    {"attr", "attrs", "holidays", "dateutil", "six", "icalendar", "tzdata", "typing_extensions"}
)
_EMAIL_HEAVY = ("email", "html", "holidays", "dateutil", "icalendar")
_LAZY_HALVES = ("followup_timing._email", "followup_timing._drafts._draft", "followup_timing._cli")


def group_of(module: str) -> str:
    """Return the group a module's self time is charged to."""
    root = module.split(".", 1)[0]
    if root == "followup_timing":
        return "followup_timing"
    if root in {"attr", "attrs"}:
        return "attrs"
    if root in _THIRD_PARTY_ROOTS:
        return "other third-party"
    return "stdlib"


def one_run(env: dict[str, str]) -> tuple[dict[str, float], dict[str, float], list[str]]:
    """Import followup_timing in a fresh interpreter with the environment *env*.

    Returns:
        Milliseconds per group (plus ``"total"``), self milliseconds per module, and the
        names of every module imported under followup_timing.
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import followup_timing"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.returncode:
        raise SystemExit(f"import followup_timing failed:\n{done.stderr[-2000:]}")
    rows = [m.groups() for m in map(_LINE.match, done.stderr.splitlines()) if m]
    # The tree is printed children first; the root line (``followup_timing`` at depth 1)
    # closes it. Everything printed since the previous depth-1 line belongs to it.
    end = next(i for i, r in enumerate(rows) if r[3] == "followup_timing" and len(r[2]) == 1)
    start = end
    while start > 0 and len(rows[start - 1][2]) > 1:
        start -= 1
    groups: dict[str, float] = defaultdict(float)
    modules: dict[str, float] = {}
    for self_us, _cumulative, _indent, name in rows[start : end + 1]:
        groups[group_of(name)] += int(self_us) / 1000
        modules[name] = int(self_us) / 1000
    groups["total"] = int(rows[end][1]) / 1000
    return dict(groups), modules, list(modules)


def _startup_modules(env: dict[str, str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "pass"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return {m.group(4) for m in map(_LINE.match, done.stderr.splitlines()) if m}


def statement_cost(statement: str, env: dict[str, str], startup: set[str]) -> float:
    """Milliseconds of imports *statement* adds to a bare interpreter (self times summed)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    rows = [m.groups() for m in map(_LINE.match, done.stderr.splitlines()) if m]
    return sum(int(self_us) for self_us, _, _, name in rows if name not in startup) / 1000


def ratio_to_attrs(env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median cost of ``import followup_timing`` and of ``import attrs``, interleaved."""
    startup = _startup_modules(env)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours.append(statement_cost("import followup_timing", env, startup))
        theirs.append(statement_cost("import attrs", env, startup))
    return statistics.median(ours), statistics.median(theirs)


def main() -> int:
    """Print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters (default 15)")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile every module from source in every run (PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    by_group: dict[str, list[float]] = defaultdict(list)
    by_module: dict[str, list[float]] = defaultdict(list)
    names: list[str] = []
    env = dict(os.environ)
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    cache = tempfile.TemporaryDirectory(prefix="bench-import-pyc-")
    env["PYTHONPYCACHEPREFIX"] = cache.name
    with cache:
        one_run(env)  # compile everything once, as an installed package would be
        for _ in range(args.runs):
            groups, modules, names = one_run(env)
            for key in ("followup_timing", "attrs", "other third-party", "stdlib", "total"):
                by_group[key].append(groups.get(key, 0.0))
            for name, ms in modules.items():
                by_module[name].append(ms)
    mode = "compiled from source" if args.no_bytecode else "bytecode cached"
    print(f"import followup_timing, median of {args.runs} fresh interpreters, {mode}:")
    for key, values in by_group.items():
        label = "total (cumulative)" if key == "total" else f"{key} (self times)"
        print(f"  {label:<34} {statistics.median(values):7.2f} ms")
    print("slowest modules (median self time):")
    slowest = sorted(by_module, key=lambda n: -statistics.median(by_module[n]))[:12]
    for name in slowest:
        print(f"  {name:<44} {statistics.median(by_module[name]):7.2f} ms")
        ours, theirs = ratio_to_attrs(env, args.runs)
    heavy = sorted(n for n in names if n.split(".", 1)[0] in _EMAIL_HEAVY)
    print("lazy modules imported anyway:", ", ".join(heavy) if heavy else "none")
    print(
        f"import followup_timing {ours:.2f} ms / import attrs {theirs:.2f} ms "
        f"= {ours / theirs:.2f} (target <= 1.5; all imports beyond a bare interpreter)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
