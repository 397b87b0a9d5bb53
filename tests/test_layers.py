"""Imports point one way: model -> load -> check -> graph -> analyses -> writers -> cli."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "argmap"

# Module (or package prefix) -> layer. A module may import argmap modules of its own layer or
# below. A new module must be given a layer here.
LAYERS = {
    "argmap": 0,
    "argmap.__main__": 7,
    "argmap.errors": 0,
    "argmap.fields": 0,
    "argmap.files": 0,
    "argmap.textmatch": 0,
    "argmap.words": 0,
    "argmap.sourcetext": 0,
    "argmap.model": 1,
    "argmap.yamlread": 2,
    "argmap.load": 2,
    "argmap.cache": 2,
    "argmap.af": 2,
    "argmap.importers": 2,
    "argmap.write_map": 2,
    "argmap.check": 3,
    "argmap.graph": 4,
    "argmap.summary": 5,
    "argmap.schema": 5,
    "argmap.select": 5,
    "argmap.positions": 5,
    "argmap.agreement": 5,
    "argmap.sides": 5,
    "argmap.camps": 5,
    "argmap.cruxes": 5,
    "argmap.semantics": 5,
    "argmap.solver": 5,
    "argmap.outline": 5,
    "argmap.neighbourhood": 5,
    "argmap.debate": 5,
    "argmap.export": 6,
    "argmap.views": 6,
    "argmap.render": 6,
    "argmap.handout": 6,
    "argmap.cli": 7,
}

# Third-party libraries and the only layers allowed to import them.
LIBRARIES = {"yaml": {2}, "click": {7}, "rich": {2, 6, 7}}  # rich at 2: the load progress bar


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(name: str) -> int:
    best = max(
        (key for key in LAYERS if name == key or name.startswith(key + ".")), key=len, default=None
    )
    if best is None:
        raise AssertionError(f"{name} has no layer: add it to LAYERS in {__file__}")
    return LAYERS[best]


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_module_imports_only_from_its_layer_or_below(path: Path) -> None:
    name = module_name(path)
    own = layer_of(name)
    for imported in imports(path):
        top = imported.split(".")[0]
        if top == "argmap":
            assert layer_of(imported) <= own, f"{name} (layer {own}) imports {imported}"
        elif top in LIBRARIES:
            assert own in LIBRARIES[top], f"{name} (layer {own}) imports {top}"
