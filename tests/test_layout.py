"""The package's layout: imports run one way through the stages, never in a circle, and modules stay small.

Every ``import`` in a module counts, wherever it stands: at the top, inside a
function, under ``TYPE_CHECKING``. The package root ``__init__`` is exempt as an
importer (it gathers the public names); importing it from inside the package is
always upward. ``layout()`` gives the figures to quote::

    .venv/bin/python -c "import sys; sys.path[:0] = ['tests']; import test_layout; print(test_layout.layout())"
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "policydiff"
SOURCE = Path(__file__).resolve().parents[1] / "src" / PACKAGE

STAGES: list[set[str]] = [
    {"errors", "model", "registry", "version", "samples", "storage", "collector"},
    {"normalize", "diffing", "words", "script", "radicals"},
    {"read"},
    {"collation", "alignment"},
    {"diffusion"},
    {"report"},
    {"cli", "cli_corpus", "cli_options", "console", "demo", "inventory", "__main__"},
]
"""The stages bottom to top, by the first name under the package (a module or a subpackage).

A module may import from its own stage and those below. A new module or
subpackage must be placed here on purpose, or the test fails.
"""

APART = {frozenset({"collation", "alignment"})}
"""Stages of one rank that must not import each other either (what both need lives below them)."""

ROOT_RANK = len(STAGES)
"""The package root imports every stage, so importing it is upward from anywhere."""

MAX_LINES = 330
"""About 300 lines, with a little room: past this a module is split."""

OVERSIZED: set[str] = set()
"""Modules known to be over ``MAX_LINES`` for now (an entry that is no longer over fails, so the set shrinks)."""


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name, for its ``__init__``)."""
    found = {}
    for path in sorted(SOURCE.rglob("*.py")):
        parts = (PACKAGE, *path.relative_to(SOURCE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _importer_package(name: str, path: Path) -> str:
    """The package that a relative import in module ``name`` starts from."""
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that module ``name`` imports, anywhere in its file."""
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _importer_package(name, path).split(".")
                package = package[: len(package) - node.level + 1]
                base = ".".join(package + ([base] if base else []))
            for alias in node.names:
                targets.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {_module_of(t, known) for t in targets if t == PACKAGE or t.startswith(PACKAGE + ".")} - {name}


def _module_of(target: str, known: set[str]) -> str:
    """The longest known module that ``target`` names or lies in."""
    while target not in known:
        target = target.rpartition(".")[0]
    return target


def stage(name: str) -> str:
    """The stage of a module: the first name under the package (``policydiff.read.outline`` is ``read``)."""
    return name.split(".")[1] if name != PACKAGE else ""


def rank(name: str) -> int:
    """The rank of a module's stage, bottom 0; an unplaced module raises ``KeyError``."""
    if name == PACKAGE:
        return ROOT_RANK
    for i, names in enumerate(STAGES):
        if stage(name) in names:
            return i
    raise KeyError(f"{name} has no place in STAGES (tests/test_layout.py): put its stage there on purpose")


def graph() -> dict[str, set[str]]:
    """Each module and the package's modules it imports."""
    found = modules()
    return {name: imported(name, path, set(found)) for name, path in found.items()}


def upward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The imports that go to a higher stage, or between stages kept apart (the root's own are exempt)."""
    bad = []
    for source, targets in edges.items():
        if source == PACKAGE:
            continue
        for target in sorted(targets):
            apart = frozenset({stage(source), stage(target)}) in APART
            if rank(target) > rank(source) or apart:
                bad.append((source, target))
    return bad


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


@dataclass(frozen=True)
class Layout:
    """The figures of the import graph."""

    modules: int
    """Modules in the package, its root and every ``__init__`` included."""
    arrows: int
    """Distinct (importer, imported) pairs of the package's modules."""
    upward: int
    """Arrows to a higher stage, or between ``collation`` and ``alignment``."""
    circles: int
    """Groups of modules that import each other round in a circle."""


def layout() -> Layout:
    """Count the modules, arrows, upward arrows and circles of the package as the tests below see them."""
    edges = graph()
    return Layout(len(edges), sum(map(len, edges.values())), len(upward(edges)), len(circles(edges)))


def test_every_module_has_a_stage() -> None:
    unplaced = []
    for name in modules():
        try:
            rank(name)
        except KeyError:
            unplaced.append(name)
    assert unplaced == [], f"add their stages to STAGES in {Path(__file__).name}"


def test_no_upward_imports() -> None:
    assert upward(graph()) == []


def test_no_circles() -> None:
    assert circles(graph()) == []


def test_layout_counts() -> None:
    counts = layout()
    print(counts)
    assert counts.modules == len(modules()) and counts.arrows > counts.modules
    assert (counts.upward, counts.circles) == (0, 0)


def test_the_walk_sees_every_kind_of_import(tmp_path: Path) -> None:
    """Imports inside functions and under TYPE_CHECKING count, relative ones resolve, and stages are ranked."""
    module = tmp_path / "x.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from .. import samples\n"
        "from ..normalize import normalize\n"
        "from . import outline\n"
        "if TYPE_CHECKING:\n"
        "    from ..collation import Collation\n"
        "def late() -> None:\n"
        "    import policydiff.report.files\n",
        encoding="utf-8",
    )
    known = set(modules())
    assert imported("policydiff.read.x", module, known) == {
        "policydiff.samples", "policydiff.normalize", "policydiff.read.outline", "policydiff.collation",
        "policydiff.report.files",
    }
    edges = {"policydiff.read.x": {"policydiff.report"}, "policydiff.report": {"policydiff.read.x"}}
    assert upward(edges) == [("policydiff.read.x", "policydiff.report")]
    assert circles(edges) == [["policydiff.read.x", "policydiff.report"]]
    assert upward({"policydiff.collation.a": {"policydiff.alignment.b"}, "policydiff.alignment.b": set()})
    assert upward({"policydiff.cli": {PACKAGE}, PACKAGE: {"policydiff.cli"}}) == [("policydiff.cli", PACKAGE)]


def test_modules_are_small() -> None:
    lengths = {path.relative_to(SOURCE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
               for path in modules().values()}
    over = {name for name, n in lengths.items() if n > MAX_LINES}
    assert sorted(over - OVERSIZED) == [], f"split these modules (limit {MAX_LINES} lines)"
    assert sorted(OVERSIZED - over) == [], "no longer over the limit: remove them from OVERSIZED"
