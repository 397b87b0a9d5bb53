"""Debate briefs on hand-made maps: the exact case, attacks, answers and common ground."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from debate_maps import PHONES_MAP, TINY_MAP, UNIFORMS_MAP

from argmap.anonymize import anonymize
from argmap.check import check_map
from argmap.debate import attacks, brief, case, case_outline, common_ground, motions
from argmap.errors import Severity
from argmap.graph import build_graph
from argmap.load import load_map


def graph_of(
    write_map: Callable[..., Path], files: dict[str, str], name: str = "map"
) -> nx.DiGraph:
    argmap = load_map(write_map(files, name=name), use_cache=False)
    assert [d for d in check_map(argmap) if d.severity is Severity.ERROR] == []
    return build_graph(argmap)


@pytest.fixture
def uniforms(write_map: Callable[..., Path]) -> nx.DiGraph:
    return graph_of(write_map, UNIFORMS_MAP)


@pytest.fixture
def tiny(write_map: Callable[..., Path]) -> nx.DiGraph:
    return graph_of(write_map, TINY_MAP)


@pytest.fixture
def phones(write_map: Callable[..., Path]) -> nx.DiGraph:
    return graph_of(write_map, PHONES_MAP)


def test_case_for_follows_chains_of_supports_through_a_cycle(uniforms: nx.DiGraph) -> None:
    found = {item["id"]: item["via"] for item in case(uniforms, "uniforms", "for")}
    assert found == {
        "equality": "uniforms",
        "focus": "uniforms",
        "cost": "equality",
        "bullying": "equality",  # also supports focus: the smaller id of two equally near
        "study": "bullying",
        "habit": "focus",
        "routine": "habit",  # routine and habit support each other: each is listed once
    }


def test_case_against_is_the_rebuttals_and_their_supporters(uniforms: nx.DiGraph) -> None:
    found = {item["id"]: item["via"] for item in case(uniforms, "uniforms", "against")}
    assert found == {"expression": "uniforms", "identity": "expression"}


def test_attacks_on_the_for_side_with_answers(uniforms: nx.DiGraph) -> None:
    data = brief(uniforms, "uniforms", "for")
    found = sorted((a["id"], a["target"], a["answers"]) for a in data["attacks"])
    assert found == [
        ("expression", "uniforms", []),
        ("no-evidence", "focus", ["pilot", "trial"]),
        ("price", "cost", ["hand-me-downs"]),
    ]


def test_attacks_on_the_against_side_include_the_motions_supporters(uniforms: nx.DiGraph) -> None:
    data = brief(uniforms, "uniforms", "against")
    found = sorted((a["id"], a["target"], a["answers"]) for a in data["attacks"])
    assert found == [
        ("equality", "uniforms", []),
        ("fashion", "identity", []),
        ("focus", "uniforms", ["no-evidence"]),
    ]


def test_common_ground_needs_both_sides_and_nobody_on_either_side_against(
    uniforms: nx.DiGraph,
) -> None:
    # eve is against (she denies it); "solo" (eve alone) is not common ground, "pair" (eve and
    # pia, who is for) is; "focus" (quin and eve hold it) is not: cal, against the motion, holds
    # no-evidence, which rebuts it. "homework-useless" bears on the other motion only.
    assert sorted(common_ground(uniforms, "uniforms")) == ["pair", "rules-matter"]


def test_order_by_standing_then_dfquad_worked_by_hand(tiny: nx.DiGraph) -> None:
    # One author behind every claim and nothing backs any: the order falls to the unanswered
    # attacks (x is attacked twice, unanswered), then to DF-QuAD strength.
    data = brief(tiny, "m", "for")
    assert data["case"] == [
        {"id": "b", "via": "m", "note": None},
        {"id": "a", "via": "m", "note": None},
    ]
    assert [(a["id"], a["target"], a["answers"]) for a in data["attacks"]] == [
        ("z", "m", []),
        ("y", "m", []),
        ("x", "a", ["w2", "w1"]),
    ]
    assert data["claims"]["x"]["strength"] == pytest.approx(0.144)
    assert data["claims"]["a"]["strength"] == pytest.approx(0.428)
    assert data["claims"]["x"]["standing"] == "held by 1 author; attacked twice, none answered"
    assert data["claims"]["a"]["standing"] == "held by 1 author; attacked once, answered"
    against = brief(tiny, "m", "against")
    assert [c["id"] for c in against["case"]] == ["z", "y"]
    assert [(a["id"], a["answers"]) for a in against["attacks"]] == [("b", []), ("a", ["x"])]


def test_brief_carries_quotes_citations_and_sources(uniforms: nx.DiGraph) -> None:
    data = brief(uniforms, "uniforms", "for")
    assert data["sides"] == {"for": ["pia", "quin"], "against": ["cal", "dee", "eve"]}
    cost = data["claims"]["cost"]
    assert cost["held_by"] == [
        {
            "author": "pia",
            "name": "Pia Quist",
            "quote": "one uniform is cheaper",
            "source": "pia-2020",
            "citation": "Pia Quist, \u201cFor uniforms\u201d, School News, 2020",
            "note": None,
            "year": 2020,
            "cite": "Pia 2020",
            "note_shown": None,
            "verdict": "for",
            "concession": None,
        }
    ]
    assert data["sources"][0]["id"] == "pia-2020"  # quoted for the most claims of the brief
    assert {s["id"] for s in data["sources"]} == {
        "pia-2020",
        "quin-2021",
        "cal-2019",
        "dee-2022",
        "eve-2023",
    }


def test_brief_is_deterministic(write_map: Callable[..., Path]) -> None:
    first = brief(graph_of(write_map, UNIFORMS_MAP), "uniforms", "for")
    reordered = {"b.yaml": UNIFORMS_MAP["claims.yaml"], "a.yaml": UNIFORMS_MAP["people.yaml"]}
    assert brief(graph_of(write_map, reordered, name="reordered"), "uniforms", "for") == first


def test_outline_numbers_each_claim_under_the_one_it_backs(uniforms: nx.DiGraph) -> None:
    outline = case_outline(brief(uniforms, "uniforms", "for"))
    labels = {claim_id: (label, depth) for label, depth, claim_id in outline}
    assert len(outline) == 7
    assert labels["study"][1] == 2 and labels["study"][0].startswith(labels["bullying"][0] + ".")
    assert labels["routine"][0].startswith(labels["habit"][0] + ".")
    assert sorted(label for label, depth, _ in outline if depth == 0) == ["1", "2"]


def test_motions_most_evenly_divided_first(uniforms: nx.DiGraph) -> None:
    rows = motions(uniforms)
    assert [(r["id"], r["balance"], r["case_for"], r["case_against"]) for r in rows] == [
        ("uniforms", 0.6667, 7, 2),
        ("homework", 0.0, 0, 1),
    ]
    assert rows[1]["against"] == ["cal"] and rows[1]["for"] == []


def test_anonymize_removes_every_name_and_id(uniforms: nx.DiGraph) -> None:
    names = {a.id: a.name for a in uniforms.graph["authors"].values()}
    data = anonymize(brief(uniforms, "uniforms", "for"), names, uniforms.graph["sources"])
    text = repr(data)
    for author_id, name in names.items():
        assert name not in text and name.split()[-1] not in text
        assert f"'{author_id}'" not in text
    for source_id in uniforms.graph["sources"]:
        assert source_id not in text
    quote = data["claims"]["hand-me-downs"]["held_by"][0]["quote"]
    assert quote.startswith("as Author ") and quote.endswith(
        " admits, second-hand sales cut the cost"
    )
    # the same author gets the same label everywhere
    stance = data["claims"]["cost"]["held_by"][0]
    assert stance["citation"].startswith(stance["name"] + ", ")
    assert data["case"] == brief(uniforms, "uniforms", "for")["case"]


def test_unknown_side_is_refused(tiny: nx.DiGraph) -> None:
    with pytest.raises(ValueError, match="side"):
        case(tiny, "m", "neither")
    with pytest.raises(ValueError, match="side"):
        attacks(tiny, "m", "neither", [])
