"""One dispatch for ``evaluate``: a semantics on a map or on a framework file, as plain data.

A map and a framework file both become a Target (a framework, plus the supports and base scores
the gradual semantics use), and ``evaluate`` answers any semantics on either in the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from argmap.semantics.dung import extensions_af, framework_of, grounded_af
from argmap.semantics.framework import Framework
from argmap.semantics.gradual import GRADUAL, base_scores, gradual_af

__all__ = ["SEMANTICS", "Evaluation", "Target", "af_target", "evaluate", "map_target"]

SEMANTICS = ("grounded", "complete", "preferred", "stable", "dfquad", "hcat")


@dataclass(frozen=True)
class Target:
    """What a semantics is evaluated on.

    ``af`` holds the arguments and attacks; its first ``own`` arguments are the ones answers
    name. Arguments past them (``@author``, when a map is read as an author sees it) take part
    in Dung's semantics only. ``supports`` and ``base`` (one score per own argument) are what
    the gradual semantics add. ``is_map``: the arguments are a map's claims.
    """

    af: Framework
    own: int
    supports: list[tuple[int, int]] = field(default_factory=list)
    base: list[float] = field(default_factory=list)
    is_map: bool = False

    @property
    def names(self) -> list[str]:
        """The names of the own arguments, in index order."""
        return self.af.names[: self.own]


def map_target(graph: nx.DiGraph, author: str | None = None) -> Target:
    """A map's claims (sorted ids) as a Target; with ``author``, as that author sees the map.

    >>> g = nx.DiGraph(); g.add_edge("b", "a", kind="rebuts"); g.add_edge("c", "a", kind="supports")
    >>> nx.set_node_attributes(g, None, "strength")
    >>> t = map_target(g)
    >>> t.names, t.af.attacks, t.supports, t.base
    (['a', 'b', 'c'], [(1, 0)], [(2, 0)], [0.5, 0.5, 0.5])
    """
    af = framework_of(graph, author)
    own = graph.number_of_nodes()
    index = {name: i for i, name in enumerate(af.names[:own])}
    supports = [(index[u], index[v]) for u, v, k in graph.edges(data="kind") if k == "supports"]
    base = base_scores(graph, author)
    return Target(af, own, supports, [base[n] for n in af.names[:own]], is_map=True)


def af_target(af: Framework) -> Target:
    """A framework file as a Target.

    A framework file has no base scores: every argument starts at 1, which makes hcat Besnard
    and Hunter's original h-categorizer.
    """
    return Target(af, len(af.names), [], [1.0] * len(af.names))


@dataclass(frozen=True)
class Evaluation:
    """The answer of one semantics: labels (grounded), extensions, or strengths (gradual)."""

    semantics: str
    labels: dict[str, str] | None = None
    extensions: list[list[str]] | None = None
    strength: dict[str, float] | None = None
    base: dict[str, float] | None = None
    converged: bool = True

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of ``evaluate --format json`` (strengths rounded to 6 places)."""
        if self.labels is not None:
            return {"semantics": self.semantics, "labels": self.labels}
        if self.extensions is not None:
            return {"semantics": self.semantics, "extensions": self.extensions}
        assert self.strength is not None
        data: dict[str, Any] = {
            "semantics": self.semantics,
            "strength": {c: round(v, 6) for c, v in self.strength.items()},
        }
        if self.base is not None:
            # "base" is the older name of "base_strength"; both stay.
            data["base_strength"] = self.base
            data["base"] = self.base
        data["converged"] = self.converged
        return data


def evaluate(
    target: Target,
    semantics: str,
    limit: int = 10_000,
    timeout: float = 60.0,
    solver: str = "auto",
) -> Evaluation:
    """``semantics`` (one of SEMANTICS) on ``target``.

    Extensions of a map are lists of claim ids, sorted; of a framework file, lists of argument
    names in the file's order. Raises SearchLimit past ``limit`` extensions or ``timeout``.

    >>> af = Framework(["a", "b"], [(0, 1), (1, 0)])
    >>> evaluate(af_target(af), "preferred").extensions
    [['a'], ['b']]
    >>> evaluate(af_target(af), "grounded").labels
    {'a': 'undec', 'b': 'undec'}
    """
    af, own, names = target.af, target.own, target.names
    if semantics in GRADUAL:
        attacks = [(a, b) for a, b in af.attacks if a < own and b < own]
        result = gradual_af(names, attacks, target.supports, target.base, semantics)
        base = dict(zip(names, target.base, strict=True)) if target.is_map else None
        return Evaluation(
            semantics, strength=result.strength, base=base, converged=result.converged
        )
    if semantics == "grounded":
        labels = grounded_af(af)[:own]
        return Evaluation(semantics, labels=dict(zip(names, labels, strict=True)))
    found = extensions_af(af, semantics, limit=limit, timeout=timeout, solver=solver)
    named = [[af.names[i] for i in e if i < own] for e in found]
    if target.is_map:
        named = sorted(sorted(e) for e in named)
    return Evaluation(semantics, extensions=named)
