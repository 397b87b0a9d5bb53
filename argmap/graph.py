"""The one place an ArgMap becomes a networkx.DiGraph."""

from __future__ import annotations

import networkx as nx

from argmap.model import ArgMap, Claim, Side

__all__ = ["build_graph", "claims_of"]


def build_graph(argmap: ArgMap) -> nx.DiGraph:
    """Claims as nodes, supports/rebuts as edges, stances as node data.

    Node attributes: ``claim`` (the Claim), ``text``, ``tags``, ``held_by`` and ``denied_by``
    (author ids in file order), ``strength`` (None when not given), ``motion`` (a question the
    map asks: ``Claim.is_motion``). Edge attributes: ``kind``, ``"supports"`` or ``"rebuts"``,
    and ``note`` (None when the map gives none). Graph attributes ``authors`` and
    ``sources`` map ids to the Author and Source objects. Edges to unknown claims are left out
    (``check`` reports them); the first claim with a duplicated id wins.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind
    >>> m = ArgMap(claims=[Claim("a", "A", edges=[Edge("a", "b", EdgeKind.REBUTS)]), Claim("b", "B")])
    >>> sorted(build_graph(m).edges(data="kind"))
    [('a', 'b', 'rebuts')]
    """
    graph = nx.DiGraph(authors=dict(argmap.author_by_id), sources=dict(argmap.source_by_id))
    claims = argmap.claim_by_id
    for claim in claims.values():
        held = [s.author for s in claim.stances if s.side is Side.HOLDS]
        graph.add_node(
            claim.id,
            claim=claim,
            text=claim.text,
            tags=claim.tags,
            held_by=held,
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


def claims_of(graph: nx.DiGraph) -> list[Claim]:
    """The Claim objects of the graph's nodes, in node order."""
    return [graph.nodes[n]["claim"] for n in graph.nodes]
