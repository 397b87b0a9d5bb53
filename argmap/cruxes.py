"""Cruxes: the claims that decide where two authors part on a motion.

For a motion on which two authors' verdicts are opposite, the cruxes are the claims upstream
of it (a chain of supports and rebuttals leads from them to the motion) on which their
positions are opposite, ranked by influence: how much the motion's DF-QuAD strength changes
when the claim is taken out of the map.
"""

from __future__ import annotations

from collections import deque
from typing import Any

import networkx as nx

from argmap.agreement import motions_reached, position_detail
from argmap.citations import StanceWriter
from argmap.positions import Positions
from argmap.semantics.gradual import base_scores, dfquad, dfquad_step

__all__ = ["cruxes", "influence"]


# A change of a strength smaller than this is not carried further: DF-QuAD damps a change at
# every step, so the region a removed claim reaches stays small even on a long chain; influence
# is given to six decimals.
SETTLED = 1e-9
# The most recomputations one removal may cost (a cycle that does not settle stops here).
MAX_STEPS = 100_000


def influence(
    graph: nx.DiGraph, claims: list[str], motions: list[str]
) -> dict[str, dict[str, float]]:
    """Claim -> {motion: |change of the motion's DF-QuAD strength when that claim is removed|}.

    The strengths are computed once; a removal's change is then carried forward from the
    claim to what it bears on, claim by claim, until it dies out (``SETTLED``), and only into
    claims that lead to one of ``motions``, instead of evaluating the map again per claim.

    >>> g = nx.DiGraph()
    >>> g.add_node("m", strength=0.5, motion=True); g.add_node("r", strength=1.0, motion=False)
    >>> g.add_edge("r", "m", kind="rebuts")
    >>> influence(g, ["r"], ["m"])
    {'r': {'m': 0.5}}
    """
    strength = dfquad(graph)
    base = base_scores(graph)
    reach = motions_reached(graph, claims, motions)
    wanted = {m: k for k, m in enumerate(motions)}
    succ, pred = graph.succ, graph.pred
    inputs: dict[str, list[tuple[str, bool]]] = {}  # node -> (source, supports?), read once

    def sources(node: str) -> list[tuple[str, bool]]:
        found = inputs.get(node)
        if found is None:
            found = inputs[node] = [(u, d["kind"] == "supports") for u, d in pred[node].items()]
        return found

    found: dict[str, dict[str, float]] = {}
    for claim in claims:
        current: dict[str, float] = {}
        visits: dict[str, int] = {}
        queue = deque(t for t in succ[claim] if reach.get(t))
        steps = 0
        while queue and steps < MAX_STEPS:
            node = queue.popleft()
            steps += 1
            attacks: list[float] = []
            supports: list[float] = []
            for other, supporting in sources(node):
                if other != claim:
                    value = current.get(other, strength[other])
                    (supports if supporting else attacks).append(value)
            old = current.get(node, strength[node])
            new = dfquad_step(base[node], attacks, supports)
            visits[node] = visits.get(node, 0) + 1
            if visits[node] > 3:  # met again: a cycle; averaging settles it, as gradual does
                new = (old + new) / 2.0
            if abs(new - old) > SETTLED:
                current[node] = new
                queue.extend(t for t in succ[node] if reach.get(t))
        found[claim] = {
            node: round(abs(value - strength[node]), 6)
            for node, value in current.items()
            if node in wanted
        }
    return found


def cruxes(
    graph: nx.DiGraph, positions: Positions, a: str, b: str, motion: str | None = None
) -> dict[str, Any]:
    """Per motion on which ``a`` and ``b`` hold opposite verdicts, the claims that decide it.

    ``{"a", "b", "motions": [{"id", "a", "b", "cruxes": [{"id", "a", "b", "influence"}]}]}``,
    most influential first (then by id); ``motion`` narrows to one motion (it is listed only
    when their verdicts on it are opposite). Each motion also gives ``grounds``: per author,
    the claims their position on it comes through (held claims that support or rebut it), by
    influence: where no claim divides them, they rest their verdicts on different claims. ``agreed`` lists the motions on which they take
    the same side, for a reader told they do not part.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> m = Claim("m", "M", motion=True, stances=[Stance("m", "bob", Side.DENIES, "never")])
    >>> r = Claim("r", "R", stances=[Stance("r", "ann", Side.HOLDS, "q"),
    ...     Stance("r", "bob", Side.DENIES, "no")], edges=[Edge("r", "m", EdgeKind.SUPPORTS)])
    >>> g = build_graph(ArgMap(claims=[m, r]))
    >>> [c["id"] for c in cruxes(g, author_positions(g), "ann", "bob")["motions"][0]["cruxes"]]
    ['r']
    """
    mine, theirs = positions.by_author.get(a, {}), positions.by_author.get(b, {})
    motions = (
        [motion] if motion is not None else sorted(n for n in graph if graph.nodes[n]["motion"])
    )
    writer = StanceWriter(graph)
    # The claims on which their positions are opposite, and the motions each leads to.
    opposed = sorted(
        c
        for c in mine.keys() & theirs.keys()
        if mine[c].counts and theirs[c].counts and mine[c].value != theirs[c].value
    )
    reach = motions_reached(graph, opposed, motions)
    found, agreed = [], []
    for k, m in enumerate(motions):
        x, y = mine.get(m), theirs.get(m)
        if x is None or y is None or not x.counts or not y.counts:
            continue
        if x.value == y.value:
            agreed.append({"id": m, "side": x.value})
            continue
        opposite = [c for c in opposed if c != m and reach[c] >> k & 1]
        # What each rests the verdict on: the claims their position on the motion comes through.
        grounds = {who: sorted({*p.via, *p.backing}) for who, p in (("a", x), ("b", y))}
        found.append((m, x, y, opposite, grounds))
    candidates = {
        c for _, _, _, opposite, grounds in found for c in (*opposite, *grounds["a"], *grounds["b"])
    }
    parted_motions = [m for m, *_ in found]
    changes = influence(graph, sorted(candidates), parted_motions) if candidates else {}
    parted = []
    for m, x, y, opposite, grounds in found:
        weight = {c: changes[c].get(m, 0.0) for c in (*opposite, *grounds["a"], *grounds["b"])}
        ranked = sorted(opposite, key=lambda c: (-weight[c], c))
        parted.append(
            {
                "id": m,
                "text": graph.nodes[m]["text"],
                "a": x.value,
                "b": y.value,
                "cruxes": [
                    {
                        "id": c,
                        "text": graph.nodes[c]["text"],
                        "a": mine[c].value,
                        "b": theirs[c].value,
                        "influence": weight[c],
                        "detail": {
                            "a": position_detail(graph, a, c, mine[c], writer),
                            "b": position_detail(graph, b, c, theirs[c], writer),
                        },
                    }
                    for c in ranked
                ],
                "grounds": {
                    who: [
                        {"id": c, "text": graph.nodes[c]["text"], "influence": weight[c]}
                        for c in sorted(ids, key=lambda c: (-weight[c], c))
                    ]
                    for who, ids in grounds.items()
                },
            }
        )
    return {"a": a, "b": b, "motions": parted, "agreed": agreed}
