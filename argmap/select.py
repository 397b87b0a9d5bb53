"""Narrowing a graph to the claims and stances a question is about: by tag, date and author."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import networkx as nx

from argmap.model import Claim, Side, Stance

__all__ = ["select", "sole_sources", "stance_source", "stance_year"]


def sole_sources(graph: nx.DiGraph) -> dict[str, str]:
    """Author id -> their source id, for the authors who have exactly one source.

    >>> from argmap.model import ArgMap, Source
    >>> from argmap.graph import build_graph
    >>> sole_sources(build_graph(ArgMap(sources=[Source("s", ("ann",), "T")])))
    {'ann': 's'}
    """
    by_author: dict[str, list[str]] = {}
    for source in graph.graph["sources"].values():
        for author in source.authors:
            by_author.setdefault(author, []).append(source.id)
    return {author: ids[0] for author, ids in by_author.items() if len(ids) == 1}


def stance_source(stance: Stance, sole: dict[str, str]) -> str | None:
    """The source a stance is quoted from: its own, else its author's only source."""
    return stance.source or sole.get(stance.author)


def stance_year(graph: nx.DiGraph, stance: Stance, sole: dict[str, str]) -> int | None:
    """The year of a stance's source, or None when the source or its date is unknown."""
    source = graph.graph["sources"].get(stance_source(stance, sole) or "")
    return source.year if source is not None else None


def select(
    graph: nx.DiGraph,
    tags: Iterable[str] = (),
    since: int | None = None,
    until: int | None = None,
    authors: Iterable[str] = (),
) -> nx.DiGraph:
    """The part of ``graph`` that counts under the filters, as a new graph of the same shape.

    Only claims with one of ``tags`` are kept (all claims when no tag is given), with the edges
    between kept claims. A stance counts when its author is one of ``authors`` (all when none is
    given) and, when ``since`` or ``until`` is given, its source's year lies in that range
    (inclusive); a stance whose source or date is unknown does not count under a date filter.
    ``graph.graph["authors"]`` keeps only the chosen authors. Without filters ``graph`` itself is
    returned.

    >>> from argmap.model import ArgMap, Claim, Source, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q", source="s")])
    >>> g = build_graph(ArgMap(sources=[Source("s", ("ann",), "T", date="2016")], claims=[c]))
    >>> select(g, since=2017).nodes["c"]["held_by"], select(g, until=2016).nodes["c"]["held_by"]
    ([], ['ann'])
    """
    tags = set(tags)
    chosen = set(authors)
    if not tags and not chosen and since is None and until is None:
        return graph
    sole = sole_sources(graph)

    def counts(stance: Stance) -> bool:
        if chosen and stance.author not in chosen:
            return False
        if since is None and until is None:
            return True
        year = stance_year(graph, stance, sole)
        if year is None:
            return False
        return (since is None or year >= since) and (until is None or year <= until)

    kept: dict[str, Claim] = {}
    for node, data in graph.nodes(data=True):
        claim: Claim = data["claim"]
        if tags and not tags & set(claim.tags):
            continue
        kept[node] = replace(claim, stances=[s for s in claim.stances if counts(s)])
    known = graph.graph["authors"]
    narrowed = nx.DiGraph(
        authors={a: known[a] for a in known if not chosen or a in chosen},
        sources=dict(graph.graph["sources"]),
    )
    narrowed.add_nodes_from(
        (
            node,
            {
                **graph.nodes[node],
                "claim": claim,
                "held_by": [s.author for s in claim.stances if s.side is Side.HOLDS],
                "denied_by": [s.author for s in claim.stances if s.side is Side.DENIES],
            },
        )
        for node, claim in kept.items()
    )
    narrowed.add_edges_from(
        (u, v, data) for u, v, data in graph.edges(data=True) if u in kept and v in kept
    )
    return narrowed
