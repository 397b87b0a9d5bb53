"""The pro/con tree under a claim, as plain data: numbered like Kialo, repeats marked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import networkx as nx

__all__ = ["OutlineNode", "as_dict", "map_outline", "outline", "walk"]

# Edge kind -> the relation of a child to the claim it is listed under (Kialo's words).
RELATION = {"supports": "Pro", "rebuts": "Con"}


@dataclass
class OutlineNode:
    """One place in the outline.

    ``number`` is Kialo-style ("1.2.1"); ``relation`` is "Pro" or "Con" (None for a root);
    ``repeat_of`` is the number where the claim already stands when it is reached again (its
    children are then not listed); ``hidden`` counts the children left out by ``depth``.
    """

    claim: str
    number: str
    relation: str | None = None
    repeat_of: str | None = None
    hidden: int = 0
    children: list[OutlineNode] = field(default_factory=list)


def _reasons(graph: nx.DiGraph, claim: str) -> list[tuple[str, str]]:
    """(relation, child) for the claims bearing on ``claim``: pros first, then cons, by id."""
    kinds = [(graph.edges[u, claim]["kind"], u) for u in graph.predecessors(claim)]
    return [(RELATION[k], u) for k, u in sorted(kinds, key=lambda ku: (ku[0] != "supports", ku[1]))]


def outline(
    graph: nx.DiGraph,
    root: str,
    depth: int | None = None,
    start: str = "1",
    seen: dict[str, str] | None = None,
) -> OutlineNode:
    """The pro/con tree under ``root``, at most ``depth`` levels deep (None: all of it).

    Claims are visited depth first in reading order, so a claim reached a second time always
    refers back to a number above it. ``seen`` (claim -> number) carries repeats across roots.

    >>> g = nx.DiGraph()
    >>> g.add_edge("a", "m", kind="supports"); g.add_edge("b", "m", kind="rebuts")
    >>> g.add_edge("a", "b", kind="rebuts")
    >>> [(n.number, n.relation, n.claim, n.repeat_of) for n in walk(outline(g, "m"))]
    [('1', None, 'm', None), ('1.1', 'Pro', 'a', None), ('1.2', 'Con', 'b', None), \
('1.2.1', 'Con', 'a', '1.1')]
    """
    seen = {} if seen is None else seen
    top = OutlineNode(root, start)
    # An explicit stack instead of recursion: long chains of reasons must not hit Python's
    # recursion limit. Entries: (parent, claim, number, relation, level), popped in reading order.
    stack: list[tuple[OutlineNode | None, str, str, str | None, int]] = [
        (None, root, start, None, 0)
    ]
    while stack:
        parent, claim, number, relation, level = stack.pop()
        if parent is None:
            node = top
        elif claim in seen:
            parent.children.append(OutlineNode(claim, number, relation, repeat_of=seen[claim]))
            continue
        else:
            node = OutlineNode(claim, number, relation)
            parent.children.append(node)
        seen[claim] = number
        reasons = _reasons(graph, claim)
        if depth is not None and level >= depth:
            node.hidden = len(reasons)
            continue
        for i, (rel, child) in reversed(list(enumerate(reasons, start=1))):
            stack.append((node, child, f"{number}.{i}", rel, level + 1))
    return top


def map_outline(graph: nx.DiGraph, depth: int | None = None) -> list[OutlineNode]:
    """The outline of a whole map: one tree per root, repeats marked across all of them.

    The roots are the claims that bear on no other claim: motions first, then final conclusions;
    claims that lead to no root (only cycles of reasons) start further trees of their own.

    >>> g = nx.DiGraph(); g.add_edge("a", "b", kind="supports"); g.add_node("c")
    >>> [(t.number, t.claim) for t in map_outline(g)]
    [('1', 'b'), ('2', 'c')]
    """
    seen: dict[str, str] = {}
    trees: list[OutlineNode] = []
    roots = sorted(
        (n for n in graph.nodes if graph.out_degree(n) == 0),
        key=lambda n: (not graph.nodes[n].get("motion", False), n),
    )
    # One walk up from all roots at once: a walk per root would cross shared reasons again and
    # again (quadratic in a large map).
    reached = set(roots)
    stack = list(roots)
    while stack:
        for reason in graph.predecessors(stack.pop()):
            if reason not in reached:
                reached.add(reason)
                stack.append(reason)
    for claim in [*roots, *sorted(set(graph.nodes) - reached)]:
        if claim not in seen:
            trees.append(outline(graph, claim, depth, start=str(len(trees) + 1), seen=seen))
    return trees


def walk(nodes: OutlineNode | Iterable[OutlineNode]) -> Iterator[OutlineNode]:
    """Every node of the outline(s) in reading order."""
    stack = [nodes] if isinstance(nodes, OutlineNode) else list(nodes)[::-1]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def as_dict(graph: nx.DiGraph, node: OutlineNode) -> dict[str, object]:
    """The outline as nested plain data (for ``tree --format json``), with each claim's text.

    >>> g = nx.DiGraph(); g.add_node("m", text="M")
    >>> as_dict(g, outline(g, "m"))
    {'id': 'm', 'number': '1', 'relation': None, 'text': 'M', 'repeat_of': None, 'hidden': 0, \
'children': []}
    """
    return {
        "id": node.claim,
        "number": node.number,
        "relation": node.relation,
        "text": graph.nodes[node.claim].get("text", ""),
        "repeat_of": node.repeat_of,
        "hidden": node.hidden,
        "children": [as_dict(graph, child) for child in node.children],
    }
