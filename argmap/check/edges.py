"""Rules on supports and rebuttals: no self-loops, no two ways at once, no circular support."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from argmap.check.registry import Problem, rule
from argmap.errors import Severity
from argmap.model import ArgMap, EdgeKind

__all__ = ["self_loop", "support_and_rebut", "support_cycle"]


@rule("self-loop", Severity.ERROR)
def self_loop(argmap: ArgMap) -> Iterator[Problem]:
    """a claim that supports or rebuts itself

    A claim cannot be a reason for, or against, itself.

    PASS:
        claims:
          - {id: a, text: A., rebuts: [b]}
          - {id: b, text: B.}
    FAIL:
        claims:
          - {id: a, text: A., rebuts: [a]}
    """
    for claim in argmap.claims:
        for edge in claim.edges:
            if edge.target == claim.id:
                yield edge.loc, f"claim '{claim.id}' {edge.kind} itself"


@rule("support-and-rebut", Severity.ERROR)
def support_and_rebut(argmap: ArgMap) -> Iterator[Problem]:
    """a claim that both supports and rebuts the same target

    A claim bears on another one way: keep the link the text supports. The second link is
    reported.

    PASS:
        claims:
          - {id: a, text: A., supports: [b]}
          - {id: b, text: B.}
    FAIL:
        claims:
          - {id: a, text: A., supports: [b], rebuts: [b]}
          - {id: b, text: B.}
    """
    for claim in argmap.claims:
        kinds: dict[str, set[EdgeKind]] = defaultdict(set)
        for edge in claim.edges:
            if edge.target == claim.id:
                continue
            kinds[edge.target].add(edge.kind)
            if len(kinds[edge.target]) == 2:
                first, then = (
                    ("supports", "rebuts")
                    if edge.kind is EdgeKind.REBUTS
                    else ("rebuts", "supports")
                )
                yield (
                    edge.loc,
                    f"claim '{claim.id}' both {first} and {then} '{edge.target}'; keep one",
                )


@rule("support-cycle", Severity.WARNING)
def support_cycle(argmap: ArgMap) -> Iterator[Problem]:
    """claims that support each other in a circle

    Circular reasoning: a claim cannot, even indirectly, support itself. Reported once per
    circle, at its first claim, with the shortest way round.

    PASS:
        claims:
          - {id: a, text: A., supports: [b]}
          - {id: b, text: B.}
    FAIL:
        claims:
          - {id: a, text: A., supports: [b]}
          - {id: b, text: B., supports: [a]}
    """
    claims = argmap.claim_by_id
    supports: dict[str, list[str]] = {}
    for claim in claims.values():
        targets = [
            e.target
            for e in claim.edges
            if e.kind is EdgeKind.SUPPORTS and e.target in claims and e.target != claim.id
        ]
        if targets:
            supports[claim.id] = targets
    for component in _strongly_connected(supports):
        if len(component) < 2:
            continue
        first = min(component, key=lambda c: claims[c].loc)
        path = _shortest_cycle(supports, component, first)
        yield (
            claims[first].loc,
            (
                "support cycle: "
                + " -> ".join(path)
                + "; a claim cannot (even indirectly) support itself"
            ),
        )


def _strongly_connected(graph: dict[str, list[str]]) -> Iterator[set[str]]:
    """Tarjan's strongly connected components, iteratively (maps can be deep chains)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in graph:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(graph.get(root, ())))]
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(graph.get(succ, ()))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    yield component


def _shortest_cycle(graph: dict[str, list[str]], component: set[str], start: str) -> list[str]:
    """The shortest path start -> ... -> start inside ``component`` (breadth first)."""
    parent: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for succ in graph.get(node, ()):
                if succ == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if succ in component and succ not in parent:
                    parent[succ] = node
                    following.append(succ)
        frontier = following
    raise AssertionError("a strongly connected component has a cycle")  # pragma: no cover
