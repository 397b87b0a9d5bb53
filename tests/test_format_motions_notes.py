"""`motion: true` and edge notes: read with their places, refused with a diagnostic when wrong,
described by the JSON Schema, written back, shown and exported."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from argmap.check import check_map
from argmap.graph import build_graph
from argmap.load import load_map
from argmap.load.schema import map_schema
from argmap.load.write_map import write_map

MAP = """\
authors:
  - id: ann
    name: Ann Archer
claims:
  - id: pact
    text: A pact will be signed within five years.
    motion: true
  - id: trade
    text: Trade has tripled.
    held_by: [{author: ann, quote: q}]
    supports:
      - {claim: pact, note: "both speak of the same years"}
  - id: doubt
    text: Nobody signs pacts.
    rebuts: [pact]
"""


def load_text(tmp_path: Path, text: str) -> Any:
    root = tmp_path / "m"
    root.mkdir(exist_ok=True)
    (root / "map.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return load_map(root, use_cache=False)


def codes(tmp_path: Path, text: str) -> list[tuple[int, int, str]]:
    found = check_map(load_text(tmp_path, text))
    return [(d.loc.line, d.loc.column, d.code) for d in found if d.severity == "error"]


def test_motion_flag_and_edge_note_are_read_with_their_places(tmp_path: Path) -> None:
    argmap = load_text(tmp_path, MAP)
    assert codes(tmp_path, MAP) == []
    claims = argmap.claim_by_id
    assert claims["pact"].motion is True and claims["pact"].is_motion
    (edge,) = claims["trade"].edges
    assert (edge.target, edge.note) == ("pact", "both speak of the same years")
    assert (edge.loc.line, edge.loc.column) == (12, 17)  # where the target id is written
    assert claims["doubt"].edges[0].note is None


def test_a_claim_nobody_holds_is_a_motion_only_when_it_bears_on_nothing(tmp_path: Path) -> None:
    graph = build_graph(load_text(tmp_path, MAP))
    # `doubt` is held by nobody but rebuts the motion: a reason, not a question.
    assert {n for n in graph if graph.nodes[n]["motion"]} == {"pact"}
    unflagged = load_text(tmp_path, MAP.replace("    motion: true\n", ""))
    assert build_graph(unflagged).nodes["pact"]["motion"]


def test_motion_false_overrides_the_old_rule(tmp_path: Path) -> None:
    text = MAP.replace("motion: true", "motion: false")
    assert not build_graph(load_text(tmp_path, text)).nodes["pact"]["motion"]


def test_bad_values_get_one_diagnostic_each_at_their_place(tmp_path: Path) -> None:
    text = MAP.replace("motion: true", "motion: maybe").replace(
        '{claim: pact, note: "both speak of the same years"}',
        "{claim: pact, nite: x}\n      - {note: y}\n      - [pact]",
    )
    assert codes(tmp_path, text) == [
        (7, 13, "wrong-type"),
        (12, 23, "unknown-key"),
        (13, 9, "missing-key"),
        (14, 9, "wrong-type"),
    ]
    # The rest of the claim is still read: the good target of the first entry stays.
    argmap = load_text(tmp_path, text)
    assert [e.target for e in argmap.claim_by_id["trade"].edges] == ["pact"]


def test_an_edge_note_to_an_unknown_claim_is_a_dangling_ref(tmp_path: Path) -> None:
    text = MAP.replace("{claim: pact,", "{claim: pakt,")
    assert codes(tmp_path, text) == [(12, 17, "dangling-ref")]


def test_the_schema_accepts_and_refuses_the_same_files(tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(map_schema())
    good = yaml.safe_load(MAP)
    assert not list(validator.iter_errors(good))
    for broken in (
        MAP.replace("motion: true", "motion: maybe"),
        MAP.replace("note: ", "nite: "),
        MAP.replace("{claim: pact, ", "{"),
    ):
        assert list(validator.iter_errors(yaml.safe_load(broken)))
        assert codes(tmp_path, broken)


def test_notes_and_motions_survive_writing_the_map_back(tmp_path: Path) -> None:
    argmap = load_text(tmp_path, MAP)
    write_map(argmap, tmp_path / "out", origin="test")
    again = load_map(tmp_path / "out", use_cache=False)
    assert again.claim_by_id["pact"].motion is True
    assert again.claim_by_id["trade"].edges[0].note == "both speak of the same years"


def test_show_and_exports_carry_the_edge_note(
    tmp_path: Path, run: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    load_text(tmp_path, MAP)
    root = tmp_path / "m"
    shown = run("--map", root, "show", "pact")
    assert "note: both speak of the same years" in shown.stdout
    assert "motion: a question the map asks" in shown.stdout
    detail = run_json("--map", root, "show", "pact")
    assert detail["supported_by"] == [
        {"id": "trade", "text": "Trade has tripled.", "note": "both speak of the same years"}
    ]
    exported = json.loads(run("--map", root, "export", "json").stdout)
    notes = {(e["source"], e["target"]): e["note"] for e in exported["edges"]}
    assert notes == {("trade", "pact"): "both speak of the same years", ("doubt", "pact"): None}
    assert "both speak of the same years" in run("--map", root, "export", "graphml").stdout
    assert (
        "trade supports pact: both speak of the same years"
        in run("--map", root, "export", "dot").stdout
    )
