"""The map as node-link JSON: every attribute of claims, stances, edges, authors and sources."""

from __future__ import annotations

from typing import Any

import networkx as nx

from argmap.files import dump_json

__all__ = ["FORMAT_VERSION", "export", "graph_data"]

# Bumped when a key is renamed or removed; adding keys keeps the version.
FORMAT_VERSION = 1


def graph_data(graph: nx.DiGraph) -> dict[str, Any]:
    """The graph as plain data, in the node-link shape networkx reads (``edges="edges"``).

    >>> g = nx.DiGraph(authors={}, sources={}); g.add_node("a", claim=None, text="A", tags=())
    >>> graph_data(g)["nodes"][0]["text"]
    'A'
    """
    nodes = []
    for n in sorted(graph.nodes):
        data = graph.nodes[n]
        claim = data.get("claim")
        nodes.append(
            {
                "id": n,
                "text": data.get("text", ""),
                "tags": list(data.get("tags", ())),
                "held_by": list(data.get("held_by", ())),
                "denied_by": list(data.get("denied_by", ())),
                "motion": bool(data.get("motion", False)),
                # The map's `strength` key, the base score; "strength" is kept for version 1.
                "base_strength": data.get("strength"),
                "strength": data.get("strength"),
                "note": claim.note if claim is not None else None,
                "stances": [
                    {
                        "author": s.author,
                        "side": str(s.side),
                        "quote": s.quote,
                        "source": s.source,
                        "note": s.note,
                    }
                    for s in (claim.stances if claim is not None else [])
                ],
                "file": claim.loc.file if claim is not None else None,
                "line": claim.loc.line if claim is not None else None,
            }
        )
    edges = [
        {
            "source": u,
            "target": v,
            "kind": graph.edges[u, v]["kind"],
            "note": graph.edges[u, v].get("note"),
        }
        for u, v in sorted(graph.edges)
    ]
    authors = [
        {"id": a.id, "name": a.name, "affiliation": a.affiliation}
        for _, a in sorted(graph.graph.get("authors", {}).items())
    ]
    sources = [
        {
            "id": s.id,
            "authors": list(s.authors),
            "title": s.title,
            "venue": s.venue,
            "date": s.date,
            "year": s.year,
            "url": s.url,
            "text": s.text,
        }
        for _, s in sorted(graph.graph.get("sources", {}).items())
    ]
    return {
        "format": "argmap-graph",
        "version": FORMAT_VERSION,
        "directed": True,
        "multigraph": False,
        "graph": {},
        "nodes": nodes,
        "edges": edges,
        "authors": authors,
        "sources": sources,
    }


def export(graph: nx.DiGraph) -> str:
    """The graph it is given (the whole map, or the part chosen to draw) as one JSON
    document, keys sorted."""
    return dump_json(graph_data(graph), sort_keys=True)
