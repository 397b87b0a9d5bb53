"""The map as GraphML for Gephi, yEd and Cytoscape, written by networkx."""

from __future__ import annotations

import networkx as nx

from argmap.export.labels import clean

__all__ = ["export", "flat_graph"]


def flat_graph(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with only the plain values GraphML can hold: lists joined by ", ", no None.

    ``label`` repeats the text, because Gephi and yEd show a node's ``label``.

    >>> g = nx.DiGraph(); g.add_node("a", text="A", tags=("x", "y"), held_by=[], motion=True)
    >>> flat_graph(g).nodes["a"]["tags"]
    'x, y'
    """
    flat = nx.DiGraph()
    for n in sorted(graph.nodes):
        data = graph.nodes[n]
        attrs: dict[str, str | float | bool] = {
            "label": clean(data.get("text", "")),
            "text": clean(data.get("text", "")),
            "tags": ", ".join(data.get("tags", ())),
            "held_by": ", ".join(data.get("held_by", ())),
            "denied_by": ", ".join(data.get("denied_by", ())),
            "motion": bool(data.get("motion", False)),
        }
        if data.get("strength") is not None:
            attrs["strength"] = float(data["strength"])
        flat.add_node(n, **attrs)
    for u, v in sorted(graph.edges):
        kind, note = graph.edges[u, v]["kind"], graph.edges[u, v].get("note")
        # Gephi reads "weight"; a rebuttal counts against, so it gets -1.
        flat.add_edge(u, v, kind=kind, weight=1.0 if kind == "supports" else -1.0)
        if note:
            flat.edges[u, v]["note"] = clean(note)
    return flat


def export(graph: nx.DiGraph) -> str:
    """GraphML of the graph it is given (the whole map, or the part chosen to draw)."""
    return "\n".join(nx.generate_graphml(flat_graph(graph), prettyprint=True)) + "\n"
