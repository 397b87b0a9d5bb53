"""A claim's status, as every command that shows one shows it: grounded label and DF-QuAD strength."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from argmap.semantics.dung import grounded
from argmap.semantics.gradual import base_scores, dfquad

__all__ = ["ClaimStatus", "claim_status"]


@dataclass(frozen=True)
class ClaimStatus:
    """Every claim's grounded label ("in", "out", "undec"), DF-QuAD strength and base score."""

    labels: dict[str, str]
    strength: dict[str, float]
    base: dict[str, float]


def claim_status(graph: nx.DiGraph, author: str | None = None) -> ClaimStatus:
    """The status of every claim of ``graph``, as the map stands or as ``author`` sees it.

    ``labels`` are the grounded labels over the rebut edges (``argmap.semantics.dung.grounded``);
    ``strength`` the DF-QuAD strengths from the ``base`` scores
    (``argmap.semantics.gradual.base_scores``). Status depends on the whole map: give it the
    whole graph, not a part chosen for drawing.

    >>> g = nx.DiGraph(); g.add_node("a", strength=0.5); g.add_node("b", strength=0.6)
    >>> g.add_edge("b", "a", kind="rebuts")
    >>> status = claim_status(g)
    >>> status.labels, status.strength
    ({'a': 'out', 'b': 'in'}, {'a': 0.2, 'b': 0.6})
    """
    base = base_scores(graph, author)
    return ClaimStatus(grounded(graph, author), dfquad(graph, base), base)
