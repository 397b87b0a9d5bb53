"""The one place an ArgMap becomes a networkx.DiGraph."""

from __future__ import annotations

import networkx as nx

from argmap.model import ArgMap, Claim, EdgeKind, Side

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
    # The graph's own dicts are filled directly (networkx documents them for subclasses:
    # node -> data, node -> successor -> edge data, and the same edge data by predecessor);
    # add_node and add_edges_from check and copy per call, which took most of the build on a
    # large map. tests/test_graph.py holds this equal to the graph networkx's API builds.
    nodes, succ, pred = graph._node, graph._succ, graph._pred
    holds, denies = Side.HOLDS, Side.DENIES
    supports, rebuts = EdgeKind.SUPPORTS, EdgeKind.REBUTS
    for claim_id, claim in claims.items():
        held, denied = [], []
        for stance in claim.stances:
            if stance.side is holds:
                held.append(stance.author)
            elif stance.side is denies:
                denied.append(stance.author)
        nodes[claim_id] = {
            "claim": claim,
            "text": claim.text,
            "tags": claim.tags,
            "held_by": held,
            "denied_by": denied,
            "strength": claim.strength,
            "motion": claim.is_motion,
        }
        succ[claim_id] = {}
        pred[claim_id] = {}
    for claim in claims.values():
        for edge in claim.edges:
            source, target = edge.source, edge.target
            if target in claims and target != source:
                if source not in nodes:  # as add_edge would: a node without data
                    nodes[source], succ[source], pred[source] = {}, {}, {}
                # Identity, not str(kind): an enum's str and hash are Python calls.
                kind = edge.kind
                name = "supports" if kind is supports else "rebuts" if kind is rebuts else str(kind)
                data = {"kind": name, "note": edge.note}
                succ[source][target] = data
                pred[target][source] = data
    return graph


def claims_of(graph: nx.DiGraph) -> list[Claim]:
    """The Claim objects of the graph's nodes, in node order."""
    return [claim for _, claim in graph.nodes(data="claim")]
