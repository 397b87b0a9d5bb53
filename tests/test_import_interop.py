"""Importers mark motions, read xAIF and conceding, unescape Kialo, explain Argdown source,
read other tools' GraphML, and split a large map so that it still checks."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import yaml

from argmap.errors import ArgmapError
from argmap.importers import import_file
from argmap.importers.aif import read as read_aif
from argmap.importers.graphml import read as read_graphml
from argmap.importers.kialo import read as read_kialo
from argmap.model import Side

DATA = Path(__file__).parent / "data" / "interchange"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"


def _dialogue(illocution: str) -> dict[str, Any]:
    return {
        "nodes": [
            {"nodeID": "1", "text": "Taxes should rise.", "type": "I"},
            {"nodeID": "2", "text": "Schools need money.", "type": "I"},
            {"nodeID": "3", "text": "Default Inference", "type": "RA"},
            {"nodeID": "10", "text": "Ann : schools need money", "type": "L"},
            {"nodeID": "11", "text": "Bob : fine, taxes should rise", "type": "L"},
            {"nodeID": "20", "text": "Asserting", "type": "YA"},
            {"nodeID": "21", "text": illocution, "type": "YA"},
        ],
        "edges": [
            {"edgeID": "1", "fromID": "2", "toID": "3"},
            {"edgeID": "2", "fromID": "3", "toID": "1"},
            {"edgeID": "3", "fromID": "10", "toID": "20"},
            {"edgeID": "4", "fromID": "20", "toID": "2"},
            {"edgeID": "5", "fromID": "11", "toID": "21"},
            {"edgeID": "6", "fromID": "21", "toID": "1"},
        ],
        "locutions": [],
    }


@pytest.mark.parametrize("illocution", ["Popular Conceding", "Conceding", "Agreeing", "Restating"])
def test_conceding_agreeing_restating_hold_the_claim(illocution: str) -> None:
    imported = read_aif(json.dumps(_dialogue(illocution)), "d.json")
    claim = imported.argmap.claim_by_id["taxes-should-rise"]
    assert [(s.author, s.side) for s in claim.stances] == [("bob", Side.HOLDS)]
    assert not [w for w in imported.warnings if w.code == "not-a-stance"]


def test_xaif_wrapper_is_read() -> None:
    xaif = {
        "AIF": {
            **_dialogue("Popular Conceding"),
            "participants": [{"participantID": 1, "firstname": "Ann", "surname": "Archer"}],
        },
        "text": "<span>the dialogue</span>",
        "OVA": {"firstname": "", "nodes": [], "edges": []},
    }
    imported = read_aif(json.dumps(xaif), "ova3.json")
    assert {c.id for c in imported.argmap.claims} == {"taxes-should-rise", "schools-need-money"}
    assert sorted(a.name for a in imported.argmap.authors) == ["Ann", "Bob"]


def test_aif_roots_are_the_motions() -> None:
    imported = read_aif(json.dumps(_dialogue("Asserting")), "d.json")
    motions = {c.id: c.motion for c in imported.argmap.claims}
    assert motions == {"taxes-should-rise": True, "schools-need-money": None}


def test_kialo_thesis_is_marked_a_motion_and_escapes_are_undone(tmp_path: Path) -> None:
    text = (
        "Discussion Title: Should \\@handles be public\\?\n\n"
        "1. Handles \\@like\\_this should be public\\!\n"
        '1.1. Pro: It costs 5\\$ \\#cheap \\& \\"fair\\".\n'
        "1.2. Con: -> See 1.1.\n"
    )
    imported = read_kialo(text, "k.txt")
    claims = imported.argmap.claim_by_id
    thesis = claims["handles-like-this-should-be-public"]
    assert thesis.text == "Handles @like_this should be public!" and thesis.motion is True
    assert claims["it-costs-5-cheap-fair"].text == 'It costs 5$ #cheap & "fair".'
    assert [c.id for c in imported.argmap.claims if c.is_motion] == [thesis.id]


def test_imports_write_motion_true(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "cars"
    assert run("import", "kialo", DATA / "cars.txt", "-o", out).exit_code == 0
    claims = yaml.safe_load((out / "claims.yaml").read_text())["claims"]
    assert [c["id"] for c in claims if c.get("motion")] == ["cities-should-ban-cars"]
    overview = run("--map", out, "overview").stdout
    assert "(1 motions)" in overview or "(1 motion)" in overview


def test_argdown_source_gets_told_how_to_make_the_json(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "map.argdown"
    source.write_text("[Thesis]: Cars should be banned.\n  + <Pollution>: Cars pollute.\n")
    for fmt in ("argdown", "argdown-json"):
        result = run("import", fmt, source, "-o", tmp_path / "out")
        assert result.exit_code == 1
        assert "argdown json" in result.stderr and "not valid JSON" not in result.stderr
    with pytest.raises(ArgmapError, match="Argdown source"):
        import_file("argdown", source)


def test_graphml_from_another_tool() -> None:
    g = nx.DiGraph()
    g.add_node("Claim A", label="Cities should ban cars.")
    g.add_node("Claim B", label="Cars pollute.", tags="air, health")
    g.add_node("Claim C", label="Deliveries need roads.")
    g.add_edge("Claim B", "Claim A", weight=1.0)
    g.add_edge("Claim C", "Claim A", weight=-1.0)
    text = "\n".join(nx.generate_graphml(g))
    imported = read_graphml(text, "other.graphml")
    claims = imported.argmap.claim_by_id
    assert claims["claim-b"].tags == ("air", "health")
    assert sorted((e.source, str(e.kind), e.target) for e in imported.argmap.edges()) == [
        ("claim-b", "supports", "claim-a"),
        ("claim-c", "rebuts", "claim-a"),
    ]
    assert [c.id for c in imported.argmap.claims if c.is_motion] == ["claim-a"]


def test_graphml_that_is_not_graphml_is_an_error() -> None:
    with pytest.raises(ArgmapError, match="not valid XML"):
        read_graphml("<graphml><graph>", "bad.graphml")
    with pytest.raises(ArgmapError, match="not GraphML"):
        read_graphml("<svg/>", "pic.svg")


def test_a_large_import_is_split_under_the_file_limit(
    run: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["Discussion Title: Many", "", "1. The thesis."]
    lines += [
        f"1.{i}. {'Pro' if i % 2 else 'Con'}: Reason number {i} " + "x" * 200 for i in range(1, 400)
    ]
    kialo = tmp_path / "many.txt"
    kialo.write_text("\n".join(lines) + "\n")
    monkeypatch.setenv("ARGMAP_MAX_FILE_MB", "0.02")  # about 20 KB a file
    out = tmp_path / "many"
    result = run("import", "kialo", kialo, "-o", out)
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert len(files) > 3 and all(name.startswith("claims-") for name in files)
    assert all(p.stat().st_size < 0.02 * 2**20 for p in out.iterdir())
    assert "check: 0 errors" in result.stderr
    assert run("--map", out, "stats", "--format", "json").exit_code == 0


@pytest.mark.skipif(not CORPORA.is_dir(), reason="the shared corpora are not beside the project")
def test_real_corpora_mark_few_motions() -> None:
    kialo = import_file("kialo", CORPORA / "kialo" / "should-hate-speech-be-illegal-6148.txt")
    assert [c.motion for c in kialo.argmap.claims].count(True) == 1
    assert sum(c.is_motion for c in kialo.argmap.claims) == 1
    primer = import_file("argdown-json", CORPORA / "argdown" / "argdown-primer.argdown-cli.json")
    motions = [c.id for c in primer.argmap.claims if c.is_motion]
    assert 0 < len(motions) < len(primer.argmap.claims) // 2
    assert all(not primer.argmap.claim_by_id[m].edges for m in motions)


def test_graphml_export_round_trip_through_networkx_stays_readable(
    run: Callable[..., Any], small_map: Path
) -> None:
    text = run("--map", small_map, "export", "graphml").stdout
    g = nx.read_graphml(io.StringIO(text))
    assert g.nodes["motion"]["motion"] is True
