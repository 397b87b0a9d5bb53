"""`export argdown`: the real Argdown parser reads the document without errors, relations intact."""

from __future__ import annotations

import json
from pathlib import Path

from node_parsers import ARGDOWN, node_parse

from argmap.export.argdown import export
from argmap.graph import build_graph
from argmap.importers.argdown_json import read
from argmap.load import load_map


def parse(document: str) -> dict:  # type: ignore[type-arg]
    return node_parse(ARGDOWN, document)


def test_argdown_reads_the_export_with_relations_and_data(small_map: Path) -> None:
    parsed = parse(export(build_graph(load_map(small_map))))
    assert parsed["errors"] == []
    relations = sorted((r["from"], r["relationType"], r["to"]) for r in parsed["json"]["relations"])
    assert relations == [
        ("energy-deals", "attack", "weak-trade"),
        ("shared-threat", "support", "motion"),
        ("weak-trade", "attack", "motion"),
    ]
    motion = parsed["json"]["statements"]["motion"]
    assert motion["data"] == {"denied_by": ["bob"]} and motion["tags"] == ["alliance"]


def test_special_characters_survive_the_real_parser(write_map) -> None:  # type: ignore[no-untyped-def]
    text = "A #b [c](d) *e* _f_ <g> {h} @[i] // j <!-- k --> \\ l: 50% 'm' \"n\" — ü"
    root = write_map(
        {
            "c.yaml": f"claims:\n  - id: odd\n    text: {json.dumps(text)}\n    tags: [x (y)]\n    supports: [plain]\n  - id: plain\n    text: Plain.\n"
        }
    )
    parsed = parse(export(build_graph(load_map(root))))
    assert parsed["errors"] == []
    imported = read(json.dumps(parsed["json"]), "parsed.json")
    claims = imported.argmap.claim_by_id
    assert claims["odd"].text == text and claims["odd"].tags == ("x y",)
    assert [(e.source, str(e.kind), e.target) for e in imported.argmap.edges()] == [
        ("odd", "supports", "plain")
    ]
