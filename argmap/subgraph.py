"""Which claims a command looks at: the stances that count, and the claims to draw.

Two questions, two functions. ``counted_stances`` (tags, dates, authors) answers which stances
the agreement analyses count; ``drawn_claims`` (focus, depth, authors, tag) answers which
claims a diagram or an export shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import networkx as nx

from argmap.citations import sole_sources, stance_year
from argmap.errors import require_known
from argmap.model import Claim, Side, Stance

__all__ = ["DEFAULT_DEPTH", "around", "counted_stances", "drawn_claims", "linked"]


def counted_stances(
    graph: nx.DiGraph,
    tags: Iterable[str] = (),
    since: int | None = None,
    until: int | None = None,
    authors: Iterable[str] = (),
) -> nx.DiGraph:
    """Which stances count: the part of ``graph`` the filters keep, as a new graph of that shape.

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
    >>> counted = counted_stances(g, since=2017), counted_stances(g, until=2016)
    >>> counted[0].nodes["c"]["held_by"], counted[1].nodes["c"]["held_by"]
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


# How far a focus reaches when no depth is given: the claim's reasons and the replies to them.
DEFAULT_DEPTH = 2


def around(graph: nx.DiGraph, claim: str, depth: int = DEFAULT_DEPTH) -> set[str]:
    """The claims at most ``depth`` supports/rebuts away from ``claim``, either direction.

    >>> g = nx.DiGraph([("a", "b"), ("b", "c"), ("d", "c")])
    >>> sorted(around(g, "a", 1)), sorted(around(g, "a", 2))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    return set(nx.ego_graph(graph, claim, radius=depth, undirected=True))


def linked(graph: nx.DiGraph, chosen: Iterable[str]) -> set[str]:
    """``chosen`` plus every other claim that is linked directly to two or more of them.

    Such a claim is what connects the chosen ones, typically the motion that one author's
    claim supports and another's rebuts.

    >>> g = nx.DiGraph([("a", "m"), ("b", "m"), ("c", "n")])
    >>> sorted(linked(g, ["a", "b", "c"]))
    ['a', 'b', 'c', 'm']
    """
    chosen = set(chosen)
    links = {
        n
        for n in graph.nodes
        if n not in chosen
        and len(chosen & (set(graph.predecessors(n)) | set(graph.successors(n)))) >= 2
    }
    return chosen | links


def drawn_claims(
    graph: nx.DiGraph,
    focus: str | None = None,
    depth: int | None = None,
    authors: Iterable[str] = (),
    tag: str | None = None,
) -> nx.DiGraph:
    """Which claims to draw: the subgraph to show; each filter given narrows the one before.

    ``focus``: the claims within ``depth`` (default 2) of it. ``authors``: the claims any of
    them holds or denies, and the claims linking two of those. ``tag``: the claims tagged so,
    and the claims linking two of those. Without filters, the whole graph. An unknown
    ``focus`` raises UnknownName; a ``depth`` without a ``focus`` (or below 0), ValueError.

    >>> g = nx.DiGraph([("a", "m"), ("b", "m"), ("c", "b")])
    >>> nx.set_node_attributes(g, {"a": ["x"], "b": ["y"], "c": ["y"], "m": []}, "held_by")
    >>> nx.set_node_attributes(g, [], "denied_by")
    >>> sorted(drawn_claims(g, authors=["x", "y"])), sorted(drawn_claims(g, focus="a", depth=1))
    (['a', 'b', 'c', 'm'], ['a', 'm'])
    """
    authors = list(authors)
    if depth is not None and (focus is None or depth < 0):
        raise ValueError(f"a depth ({depth}) needs a focus claim and must be 0 or more")
    nodes = set(graph.nodes)
    if focus is not None:
        require_known(focus, graph.nodes, "claim")
        nodes = around(graph, focus, DEFAULT_DEPTH if depth is None else depth)
    if authors:
        wanted = set(authors)
        view = graph.subgraph(nodes)
        mine = {
            n
            for n, data in view.nodes(data=True)
            if wanted & {*data.get("held_by", ()), *data.get("denied_by", ())}
        }
        nodes = linked(view, mine)
    if tag is not None:
        view = graph.subgraph(nodes)
        nodes = linked(view, {n for n, tags in view.nodes(data="tags") if tag in (tags or ())})
    if focus is not None:
        nodes.add(focus)
    return graph.subgraph(nodes) if nodes != set(graph.nodes) else graph
