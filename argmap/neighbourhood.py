"""Choosing the part of a map to draw: around one claim, by authors, by tag."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from argmap.errors import ArgmapError

__all__ = ["DEFAULT_DEPTH", "around", "linked", "select"]

# How far --focus reaches when --depth is not given: the claim's reasons and the replies to them.
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


def select(
    graph: nx.DiGraph,
    focus: str | None = None,
    depth: int | None = None,
    authors: Iterable[str] = (),
    tag: str | None = None,
) -> nx.DiGraph:
    """The subgraph to show; each filter given narrows the one before.

    ``focus``: the claims within ``depth`` (default 2) of it. ``authors``: the claims any of
    them holds or denies, and the claims linking two of those. ``tag``: the claims tagged so,
    and the claims linking two of those. Without filters, the whole graph.

    >>> g = nx.DiGraph([("a", "m"), ("b", "m"), ("c", "b")])
    >>> nx.set_node_attributes(g, {"a": ["x"], "b": ["y"], "c": ["y"], "m": []}, "held_by")
    >>> nx.set_node_attributes(g, [], "denied_by")
    >>> sorted(select(g, authors=["x", "y"])), sorted(select(g, focus="a", depth=1))
    (['a', 'b', 'c', 'm'], ['a', 'm'])
    """
    authors = list(authors)
    if depth is not None and focus is None:
        raise ArgmapError("--depth needs --focus CLAIM (the claim to draw around)")
    if depth is not None and depth < 0:
        raise ArgmapError("--depth must be 0 or more")
    nodes = set(graph.nodes)
    if focus is not None:
        if focus not in graph:
            raise ArgmapError(f"unknown claim '{focus}'")
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
