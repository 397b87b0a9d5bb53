"""`export aif`: AIF JSON that `import aif` reads back to the same map."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from argmap.export.aif import export
from argmap.graph import build_graph
from argmap.importers.aif import read
from argmap.load import load_map
from argmap.model import ArgMap


def contents(argmap: ArgMap) -> tuple[list, list, list, list]:  # type: ignore[type-arg]
    return (
        sorted((c.id, c.text) for c in argmap.claims),
        sorted((e.source, str(e.kind), e.target) for e in argmap.edges()),
        sorted((s.claim, s.author, str(s.side), s.quote) for s in argmap.stances()),
        sorted((a.id, a.name) for a in argmap.authors),
    )


def test_round_trip_keeps_claims_edges_and_stances(small_map: Path) -> None:
    original = load_map(small_map)
    imported = read(export(build_graph(original)), "small.json")
    assert imported.warnings == []
    assert contents(imported.argmap) == contents(original)


def test_stances_are_locutions_anchored_by_asserting_or_disagreeing(small_map: Path) -> None:
    document = json.loads(export(build_graph(load_map(small_map))))
    nodes = {n["nodeID"]: n for n in document["nodes"]}
    anchors = {(e["fromID"], e["toID"]) for e in document["edges"]}
    denial = next(
        n for n in document["nodes"] if n["type"] == "L" and n["text"].startswith("Bob Baker")
    )
    assert denial["text"] == "Bob Baker : no alliance is coming"
    (ya,) = [t for f, t in anchors if f == denial["nodeID"]]
    assert nodes[ya]["text"] == "Disagreeing" and (ya, "motion") in anchors
    assert {
        "nodeID": denial["nodeID"],
        "personID": "bob",
        "timestamp": "",
        "start": None,
        "end": None,
        "source": None,
    } in document["locutions"]
    assert (
        sorted(n["type"] for n in document["nodes"]).count("CA") == 2
    )  # weak-trade and energy-deals


def test_export_then_import_by_cli(small_map: Path, run: Callable, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "small.aif.json"
    out.write_text(export(build_graph(load_map(small_map))), encoding="utf-8")
    result = run("import", "aif", out, "-o", tmp_path / "back")
    assert result.exit_code == 0, result.output
    assert contents(load_map(tmp_path / "back")) == contents(load_map(small_map))
