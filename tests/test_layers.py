"""Imports point one way: model -> load -> check -> graph -> analyses -> writers -> cli.

Each analysis module has a rank of its own, so two analyses cannot import each other; the
third-party libraries stay in their layers; there are no import cycles; no module is long.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "argmap"

# Module (or package prefix) -> rank. A module may import argmap modules of its own rank or
# below; a package's modules share its rank. A new module must be given a rank here.
RANKS = {
    # stdlib only: places, diagnostics and exceptions; output files; text folding
    "argmap": 0,
    "argmap.errors": 0,
    "argmap.files": 0,
    "argmap.textmatch": 0,
    "argmap.wording": 0,
    # words and passages of source texts: the check's hints, quote and ingest
    "argmap.words": 0,
    "argmap.sourcetext": 0,
    # plain data
    "argmap.model": 1,
    # the map format in and out, and other tools' formats in
    "argmap.load": 2,
    "argmap.importers": 2,
    # rules over a map
    "argmap.check": 3,
    # the one place a map becomes a graph
    "argmap.graph": 4,
    # analyses over the graph, one question a module, each its own rank
    "argmap.citations": 5,
    "argmap.summary": 6,
    "argmap.search": 7,
    "argmap.subgraph": 8,
    "argmap.anonymize": 9,
    "argmap.outline": 10,
    "argmap.semantics": 11,
    "argmap.positions": 12,
    "argmap.agreement": 13,
    "argmap.sides": 14,
    "argmap.camps": 15,
    "argmap.cruxes": 16,
    "argmap.debate": 17,
    # writers: files and terminal views
    "argmap.export": 18,
    "argmap.views": 18,
    # a map directory as the commands see it, below the command line
    "argmap.workspace": 19,
    "argmap.cli": 20,
    "argmap.__main__": 20,
}

# Third-party libraries and the modules (by prefix) allowed to import them.
LIBRARIES = {
    "yaml": ("argmap.load",),
    "msgspec": ("argmap.load",),
    "click": ("argmap.cli",),
    "rich": ("argmap.views", "argmap.cli"),
    "networkx": tuple(name for name, rank in RANKS.items() if rank >= RANKS["argmap.graph"]),
}

# Longest a module may grow, in lines.
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _key(name: str, table: dict[str, int] | tuple[str, ...]) -> str | None:
    return max((k for k in table if name == k or name.startswith(k + ".")), key=len, default=None)


def rank_of(name: str) -> int:
    key = _key(name, RANKS)
    if key is None:
        raise AssertionError(f"{name} has no rank: add it to RANKS in {__file__}")
    return RANKS[key]


MODULES = sorted(PACKAGE.rglob("*.py"))
NAMES = {module_name(p) for p in MODULES}


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function, by its full name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from argmap.check import edges` imports the module argmap.check.edges too
            found.update(
                f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in NAMES
            )
    return found


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_module_imports_only_from_its_rank_or_below(path: Path) -> None:
    name = module_name(path)
    own = rank_of(name)
    for imported in imports(path):
        top = imported.split(".")[0]
        if top == "argmap":
            assert rank_of(imported) <= own, f"{name} (rank {own}) imports {imported}"
        elif top in LIBRARIES:
            assert _key(name, LIBRARIES[top]), f"{name} imports {top}"


def test_no_import_cycles() -> None:
    graph = nx.DiGraph()
    for path in MODULES:
        name = module_name(path)
        graph.add_edges_from((name, i) for i in imports(path) if i in NAMES and i != name)
    cycles = list(nx.simple_cycles(graph))
    assert cycles == []


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_no_module_is_long(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module_name(path)} has {lines} lines; split it by question"
