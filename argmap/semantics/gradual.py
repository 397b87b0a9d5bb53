"""Gradual strengths in [0, 1]: DF-QuAD over supports and rebuts, the h-categorizer over rebuts.

DF-QuAD is Rago, Toni, Aurisicchio and Baroni (2016); the weighted h-categorizer is Besnard and
Hunter (2001) and Amgoud et al. (2017). On cycles both use an averaged fixed-point iteration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

__all__ = [
    "DEFAULT_BASE",
    "GRADUAL",
    "GradualResult",
    "base_scores",
    "dfquad",
    "dfquad_step",
    "gradual",
    "gradual_af",
    "hcategorizer",
]

GRADUAL = ("dfquad", "hcat")
DEFAULT_BASE = 0.5
TOLERANCE = 1e-9
MAX_ITERATIONS = 10_000


@dataclass(frozen=True)
class GradualResult:
    """Strengths, and whether the iteration on cycles settled within the cap."""

    strength: dict[str, float]
    converged: bool
    iterations: int


def base_scores(graph: nx.DiGraph, author: str | None = None) -> dict[str, float]:
    """Each claim's base score: its ``strength``, else 0.5; as ``author`` sees it, 1 for the
    claims they hold and 0 for the claims they deny.

    >>> g = nx.DiGraph(); g.add_node("a", strength=None, held_by=["x"], denied_by=[])
    >>> base_scores(g), base_scores(g, "x")
    ({'a': 0.5}, {'a': 1.0})
    """
    scores = {}
    for claim, data in sorted(graph.nodes(data=True), key=_first):
        score = data.get("strength")
        scores[claim] = DEFAULT_BASE if score is None else float(score)
        if author is not None:
            if author in data.get("held_by", ()):
                scores[claim] = 1.0
            elif author in data.get("denied_by", ()):
                scores[claim] = 0.0
    return scores


def _first(item: tuple[str, Any]) -> str:
    return item[0]


def _aggregate(values: list[float]) -> float:
    """DF-QuAD's F: 1 - prod(1 - v), 0 for no values (probabilistic sum)."""
    rest = 1.0
    for v in values:
        rest *= 1.0 - v
    return 1.0 - rest


def _dfquad_update(base: float, attacks: list[float], supports: list[float]) -> float:
    va, vs = _aggregate(attacks), _aggregate(supports)
    if va >= vs:
        return base - base * (va - vs)
    return base + (1.0 - base) * (vs - va)


def _hcat_update(base: float, attacks: list[float], supports: list[float]) -> float:
    return base / (1.0 + sum(attacks))


_UPDATES = {"dfquad": _dfquad_update, "hcat": _hcat_update}


def gradual_af(
    names: list[str],
    attacks: list[tuple[int, int]],
    supports: list[tuple[int, int]],
    base: list[float],
    kind: str,
    tolerance: float = TOLERANCE,
    max_iterations: int = MAX_ITERATIONS,
) -> GradualResult:
    """Gradual strengths over indexed arguments; ``kind`` is "dfquad" or "hcat".

    Strongly connected components are solved in topological order: an argument outside any
    cycle gets its exact value in one step from its (already final) attackers and supporters.
    Inside a cycle the values start at the base scores and follow the averaged iteration
    ``s <- (s + f(s)) / 2`` until every ``|f(s) - s|`` is below ``tolerance``, or
    ``max_iterations`` rounds have run (then ``converged`` is False). Averaging has the same
    fixed points as ``f`` and damps the oscillation plain iteration shows on even cycles.

    >>> gradual_af(["a", "b"], [(0, 1)], [], [1.0, 1.0], "hcat").strength
    {'a': 1.0, 'b': 0.5}
    """
    update = _UPDATES[kind]
    n = len(names)
    attackers: list[list[int]] = [[] for _ in range(n)]
    supporters: list[list[int]] = [[] for _ in range(n)]
    for a, b in set(attacks):
        attackers[b].append(a)
    if kind == "dfquad":
        for a, b in set(supports):
            supporters[b].append(a)
    strength = list(base)
    # Every argument whose attackers and supporters are all final is final in one step, in
    # topological order (Kahn); only what is left, cycles and what they reach, needs the
    # components and the iteration.
    waiting = [len(attackers[x]) + len(supporters[x]) for x in range(n)]
    dependents: list[list[int]] = [[] for _ in range(n)]
    for x in range(n):
        for a in attackers[x]:
            dependents[a].append(x)
        for s in supporters[x]:
            dependents[s].append(x)
    ready = [x for x in range(n) if not waiting[x]]
    for x in ready:  # grows as it goes
        strength[x] = update(
            base[x], [strength[a] for a in attackers[x]], [strength[s] for s in supporters[x]]
        )
        for y in dependents[x]:
            waiting[y] -= 1
            if not waiting[y]:
                ready.append(y)
    converged, rounds = True, 0
    if len(ready) < n:
        rest = [x for x in range(n) if waiting[x]]
        converged, rounds = _solve_cycles(
            rest, attackers, supporters, base, strength, update, tolerance, max_iterations
        )
    return GradualResult(dict(zip(names, strength, strict=True)), converged, rounds)


def _solve_cycles(
    rest: list[int],
    attackers: list[list[int]],
    supporters: list[list[int]],
    base: list[float],
    strength: list[float],
    update: Callable[[float, list[float], list[float]], float],
    tolerance: float,
    max_iterations: int,
) -> tuple[bool, int]:
    """The arguments of ``rest`` (cycles and what they reach), component by component in
    topological order, into ``strength``; whether every iteration settled, and its rounds."""
    links = nx.DiGraph()
    links.add_nodes_from(rest)
    inside = set(rest)
    links.add_edges_from(
        (a, x) for x in rest for a in (*attackers[x], *supporters[x]) if a in inside
    )
    condensed = nx.condensation(links)
    converged, rounds = True, 0
    for component in nx.topological_sort(condensed):
        members = sorted(condensed.nodes[component]["members"])
        cyclic = len(members) > 1 or links.has_edge(members[0], members[0])
        if not cyclic:
            x = members[0]
            strength[x] = update(
                base[x], [strength[a] for a in attackers[x]], [strength[s] for s in supporters[x]]
            )
            continue
        for round_ in range(1, max_iterations + 1):
            rounds = max(rounds, round_)
            target = [
                update(
                    base[x],
                    [strength[a] for a in attackers[x]],
                    [strength[s] for s in supporters[x]],
                )
                for x in members
            ]
            residual = max(abs(t - strength[x]) for t, x in zip(target, members, strict=True))
            if residual < tolerance:
                for t, x in zip(target, members, strict=True):
                    strength[x] = t
                break
            for t, x in zip(target, members, strict=True):
                strength[x] = (strength[x] + t) / 2.0
        else:
            converged = False
    return converged, rounds


def gradual(graph: nx.DiGraph, kind: str, base: dict[str, float] | None = None) -> GradualResult:
    """DF-QuAD ("dfquad", supports and rebuts) or h-categorizer ("hcat", rebuts) strengths.

    ``base`` maps claim ids to base scores; missing claims get ``base_scores(graph)``.

    >>> g = nx.DiGraph(); g.add_node("a", strength=None); g.add_edge("b", "a", kind="supports")
    >>> g.nodes["b"]["strength"] = 0.8
    >>> gradual(g, "dfquad").strength
    {'a': 0.9, 'b': 0.8}
    """
    names = sorted(graph.nodes)
    if base is not None and all(name in base for name in names):
        scores = base
    else:
        scores = base_scores(graph)
        scores.update(base or {})
    index = {name: i for i, name in enumerate(names)}
    attacks = [(index[u], index[v]) for u, v, k in graph.edges(data="kind") if k == "rebuts"]
    supports = [(index[u], index[v]) for u, v, k in graph.edges(data="kind") if k == "supports"]
    return gradual_af(names, attacks, supports, [scores[n] for n in names], kind)


def dfquad(graph: nx.DiGraph, base: dict[str, float] | None = None) -> dict[str, float]:
    """Each claim's DF-QuAD strength in [0, 1], from base scores, supports and rebuts.

    With ``va`` and ``vs`` the aggregated strengths of the claim's rebutters and supporters
    (``1 - prod(1 - s)``, 0 when there are none) and ``b`` its base score, the strength is
    ``b - b * (va - vs)`` when ``va >= vs``, else ``b + (1 - b) * (vs - va)``.

    >>> g = nx.DiGraph(); g.add_node("a", strength=0.5); g.add_node("b", strength=0.6)
    >>> g.add_edge("b", "a", kind="rebuts")
    >>> dfquad(g)
    {'a': 0.2, 'b': 0.6}
    """
    return gradual(graph, "dfquad", base).strength


def hcategorizer(graph: nx.DiGraph, base: dict[str, float] | None = None) -> dict[str, float]:
    """Each claim's weighted h-categorizer strength: ``w / (1 + sum of its rebutters' strengths)``.

    >>> g = nx.DiGraph(); g.add_node("a", strength=1.0); g.add_node("b", strength=1.0)
    >>> g.add_edge("b", "a", kind="rebuts")
    >>> hcategorizer(g)
    {'a': 0.5, 'b': 1.0}
    """
    return gradual(graph, "hcat", base).strength


def dfquad_step(base: float, attacks: list[float], supports: list[float]) -> float:
    """One claim's DF-QuAD strength from its base score and its attackers' and supporters'
    strengths.

    >>> dfquad_step(0.5, [0.6], [])
    0.2
    """
    return _dfquad_update(base, attacks, supports)
