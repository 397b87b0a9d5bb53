"""build_graph fills networkx's dicts directly: the graph must be the one networkx's API builds."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
from bench.generator import generate_map  # tests/bench, beside this file

from argmap.graph import build_graph, claims_of
from argmap.load import load_map
from argmap.model import ArgMap, Author, Claim, Edge, EdgeKind, Side, Stance


def by_the_api(argmap: ArgMap) -> nx.DiGraph:
    """The graph as add_node and add_edges_from build it."""
    graph = nx.DiGraph(authors=dict(argmap.author_by_id), sources=dict(argmap.source_by_id))
    claims = argmap.claim_by_id
    for claim in claims.values():
        graph.add_node(
            claim.id,
            claim=claim,
            text=claim.text,
            tags=claim.tags,
            held_by=[s.author for s in claim.stances if s.side is Side.HOLDS],
            denied_by=[s.author for s in claim.stances if s.side is Side.DENIES],
            strength=claim.strength,
            motion=claim.is_motion,
        )
    graph.add_edges_from(
        (edge.source, edge.target, {"kind": str(edge.kind), "note": edge.note})
        for claim in claims.values()
        for edge in claim.edges
        if edge.target in claims and edge.target != edge.source
    )
    return graph


def assert_same(built: nx.DiGraph, expected: nx.DiGraph) -> None:
    assert built.graph == expected.graph
    assert list(built.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(built.edges(data=True)) == list(expected.edges(data=True))
    for node in expected:
        assert list(built.pred[node].items()) == list(expected.pred[node].items())
        assert list(built.succ[node].items()) == list(expected.succ[node].items())
    assert built.number_of_edges() == expected.number_of_edges()
    # The graph still works as a graph: views, copies and algorithms see the same thing.
    assert nx.is_directed_acyclic_graph(built) == nx.is_directed_acyclic_graph(expected)
    assert sorted(built.reverse().edges) == sorted(expected.reverse().edges)
    assert sorted(built.subgraph(list(expected)[:5]).edges) == sorted(
        expected.subgraph(list(expected)[:5]).edges
    )


def test_a_generated_map_gives_the_same_graph(tmp_path: Path) -> None:
    generate_map(tmp_path / "map", 400, seed=3)
    argmap = load_map(tmp_path / "map", use_cache=False)
    built = build_graph(argmap)
    assert_same(built, by_the_api(argmap))
    assert claims_of(built) == list(argmap.claim_by_id.values())


def test_odd_maps_give_the_same_graph() -> None:
    """Duplicate ids, unknown targets, self-loops, an edge twice, both kinds to one target."""
    rng = random.Random(5)
    ids = [f"c{i}" for i in range(30)]
    for _ in range(50):
        claims = []
        for cid in rng.choices(ids, k=40):
            edges = [
                Edge(cid, rng.choice([*ids, "nowhere"]), rng.choice(list(EdgeKind)))
                for _ in range(rng.randint(0, 4))
            ]
            stances = [
                Stance(cid, rng.choice("ab"), rng.choice(list(Side)), quote="q")
                for _ in range(rng.randint(0, 3))
            ]
            claims.append(Claim(cid, "text", edges=edges, stances=stances))
        argmap = ArgMap(authors=[Author("a", "A"), Author("b", "B")], claims=claims)
        assert_same(build_graph(argmap), by_the_api(argmap))
