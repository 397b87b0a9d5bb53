"""The map as AIF JSON (the AIFdb layout: ``nodes``, ``edges``, ``locutions``, ``participants``).

A claim is an I-node whose ``nodeID`` is the claim id; ``a supports b`` is ``a -> RA -> b``
and ``a rebuts b`` is ``a -> CA -> b``. An author's stance is an L-node ("Name : quote")
anchored on the claim by a YA node: "Asserting" for holds, "Disagreeing" for denies; the
locution names the author as its ``personID`` and the stance's source as its ``source``.
What AIF cannot say goes into one extension key, ``"argmap"``, which AIF readers leave alone:
``{"format": "argmap-aif-extension", "version": 1, "claims": {I-node id: {"tags",
"base_strength", "note", "motion"}}, "relations": {RA/CA node id: {"note"}}, "locutions":
{L-node id: {"note"}}, "authors": [...], "sources": [...]}`` (authors and sources as ``export
json`` writes them). argmap's ``import aif`` reads the document and the extension back to the
same map: claims, edges, stances, tags, strengths, notes, motions, authors and sources.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from argmap.export.json import graph_data
from argmap.files import dump_json
from argmap.model import Claim, Side

__all__ = ["EXTENSION_KEY", "export"]

# The top-level key of what AIF cannot say; `import aif` reads it back.
EXTENSION_KEY = "argmap"


def export(graph: nx.DiGraph) -> str:
    """AIF JSON of the graph it is given (the whole map, or the part chosen to draw),
    deterministic for the same map.

    >>> import json
    >>> g = nx.DiGraph(authors={}, sources={})
    >>> g.add_node("a", text="A"); g.add_node("b", text="B")
    >>> g.add_edge("a", "b", kind="rebuts")
    >>> [(n["nodeID"], n["type"]) for n in json.loads(export(g))["nodes"]]
    [('a', 'I'), ('b', 'I'), ('ca-1', 'CA')]
    """
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    locutions: list[dict[str, Any]] = []
    counts: dict[str, int] = {}

    def node(kind: str, text: str, node_id: str | None = None) -> str:
        if node_id is None:
            counts[kind] = counts.get(kind, 0) + 1
            node_id = f"{kind.lower()}-{counts[kind]}"
        nodes.append({"nodeID": node_id, "text": text, "type": kind, "timestamp": ""})
        return node_id

    def edge(source: str, target: str) -> None:
        edges.append(
            {"edgeID": f"e-{len(edges) + 1}", "fromID": source, "toID": target, "formEdgeID": None}
        )

    for claim_id in sorted(graph.nodes):
        node("I", graph.nodes[claim_id]["text"], claim_id)
    data = graph_data(graph)
    relations: dict[str, dict[str, str]] = {}
    for source, target, kind in sorted(graph.edges(data="kind")):
        relation = (
            node("RA", "Default Inference")
            if kind == "supports"
            else node("CA", "Default Conflict")
        )
        edge(source, relation)
        edge(relation, target)
        if graph.edges[source, target].get("note"):
            relations[relation] = {"note": graph.edges[source, target]["note"]}
    notes: dict[str, dict[str, str]] = {}
    authors = graph.graph.get("authors", {})
    for claim_id in sorted(graph.nodes):
        claim: Claim | None = graph.nodes[claim_id].get("claim")
        for stance in claim.stances if claim is not None else []:
            author = authors.get(stance.author)
            name = author.name if author is not None else stance.author
            locution = node("L", f"{name} : {stance.quote}")
            locutions.append(
                {
                    "nodeID": locution,
                    "personID": stance.author,
                    "timestamp": "",
                    "start": None,
                    "end": None,
                    "source": stance.source,
                }
            )
            if stance.note:
                notes[locution] = {"note": stance.note}
            anchor = node("YA", "Asserting" if stance.side is Side.HOLDS else "Disagreeing")
            edge(locution, anchor)
            edge(anchor, claim_id)
    participants = [
        {"participantID": a.id, "firstname": a.name, "surname": ""}
        for a in sorted(authors.values(), key=lambda a: a.id)
    ]
    claims = {
        n["id"]: {
            key: n[key]
            for key in ("tags", "base_strength", "note", "motion")
            if n[key] not in (None, [], False)
        }
        for n in data["nodes"]
    }
    document = {
        "nodes": nodes,
        "edges": edges,
        "locutions": locutions,
        "participants": participants,
        EXTENSION_KEY: {
            "format": "argmap-aif-extension",
            "version": 1,
            "claims": {k: v for k, v in claims.items() if v},
            "relations": relations,
            "locutions": notes,
            "authors": data["authors"],
            "sources": data["sources"],
        },
    }
    return dump_json(document)
