"""Common ground on a motion: claims relevant to it that authors on both sides hold (or both
reject), and on which nobody on either side takes the other position: the motion's bridges,
in the sense of ``argmap.camps`` with the motion's two sides as the camps.

A claim that bears on no motion is background every question shares; another motion can be
common ground too ("both sides reject a formal alliance in the near term").
"""

from __future__ import annotations

import networkx as nx

from argmap.debate.case import Key, ordered
from argmap.positions import Positions, author_positions
from argmap.sides import claim_sides

__all__ = ["common_ground", "relevant"]


def relevant(graph: nx.DiGraph, motion: str) -> set[str]:
    """The claims that bear on ``motion``: those from which a chain of supports and rebuttals
    leads to it, those that share a topic tag with it (any tag but ``motion``), and the
    background claims, from which no chain leads to any motion.

    >>> g = nx.DiGraph()
    >>> g.add_nodes_from(["m", "n"], motion=True, tags=())
    >>> g.add_nodes_from(["a", "b", "c"], motion=False, tags=())
    >>> g.add_edges_from([("a", "m"), ("b", "n")], kind="supports")
    >>> sorted(relevant(g, "m"))
    ['a', 'c', 'n']
    """
    topics = set(graph.nodes[motion]["tags"]) - {"motion"}
    found = set(nx.ancestors(graph, motion))
    bearing = _upstream(graph, [n for n, is_motion in graph.nodes(data="motion") if is_motion])
    for node, tags in graph.nodes(data="tags"):
        if topics & set(tags) or node not in bearing:
            found.add(node)
    found.discard(motion)
    return found


def _upstream(graph: nx.DiGraph, starts: list[str]) -> set[str]:
    """The claims from which a chain of edges leads to one of ``starts`` (one walk for all)."""
    seen: set[str] = set()
    stack = list(starts)
    while stack:
        for source in graph.pred[stack.pop()]:
            if source not in seen:
                seen.add(source)
                stack.append(source)
    return seen


def common_ground(
    graph: nx.DiGraph, motion: str, positions: Positions | None = None, key: Key | None = None
) -> list[str]:
    """The claims relevant to ``motion`` that authors of both sides hold, or both deny, and on
    which every author of either side who has a position takes that same one.

    The sides are ``argmap.sides.claim_sides`` of the motion; an author's own stance counts
    (holding or denying), and positions derived from what they hold must agree with it.
    """
    if positions is None:
        positions = author_positions(graph)
    pro, con = claim_sides(positions, motion)
    if not pro or not con:
        return []
    found = []
    for claim_id in relevant(graph, motion):
        node = graph.nodes[claim_id]
        for stance, value in (("held_by", "for"), ("denied_by", "against")):
            authors = set(node[stance])
            if not (authors & pro and authors & con):
                continue
            held = positions.by_claim.get(claim_id, {})
            if all(p.value == value for a, p in held.items() if a in pro or a in con):
                found.append(claim_id)
    return ordered(found, key)
