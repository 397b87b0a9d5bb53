"""The one place an ArgMap becomes a networkx.DiGraph."""

from __future__ import annotations

import networkx as nx

from argmap.model import ArgMap

__all__ = ["build_graph", "edges_of_kind"]


def build_graph(argmap: ArgMap) -> nx.DiGraph:
    """Claims as nodes, supports/rebuts as edges, stances as node data.

    Node attributes: ``claim`` (the Claim), ``text``, ``tags``, ``held_by`` and ``denied_by``
    (author ids in file order), ``strength`` (None when not given), ``motion`` (nobody holds it).
    Edge attribute ``kind`` is ``"supports"`` or ``"rebuts"``. Graph attributes ``authors`` and
    ``sources`` map ids to the Author and Source objects. Edges to unknown claims are left out
    (``check`` reports them); the first claim with a duplicated id wins.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind
    >>> m = ArgMap(claims=[Claim("a", "A", edges=[Edge("a", "b", EdgeKind.REBUTS)]), Claim("b", "B")])
    >>> sorted(build_graph(m).edges(data="kind"))
    [('a', 'b', 'rebuts')]
    """
    graph = nx.DiGraph(authors=dict(argmap.author_by_id), sources=dict(argmap.source_by_id))
    claims = argmap.claim_by_id
    graph.add_nodes_from(
        (
            claim.id,
            {
                "claim": claim,
                "text": claim.text,
                "tags": claim.tags,
                "held_by": claim.held_by,
                "denied_by": claim.denied_by,
                "strength": claim.strength,
                "motion": claim.is_motion,
            },
        )
        for claim in claims.values()
    )
    graph.add_edges_from(
        (edge.source, edge.target, {"kind": str(edge.kind)})
        for claim in claims.values()
        for edge in claim.edges
        if edge.target in claims and edge.target != edge.source
    )
    return graph


def edges_of_kind(graph: nx.DiGraph, kind: str) -> list[tuple[str, str]]:
    """The (source, target) pairs of one kind, sorted.

    >>> g = nx.DiGraph(); g.add_edge("a", "b", kind="supports"); g.add_edge("c", "b", kind="rebuts")
    >>> edges_of_kind(g, "rebuts")
    [('c', 'b')]
    """
    return sorted((u, v) for u, v, k in graph.edges(data="kind") if k == kind)
