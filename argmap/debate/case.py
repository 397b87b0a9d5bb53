"""A side's case on a motion, the attacks it will face, the outline of the case, the motions.

Each function takes an optional ``key``: claim id -> a sort key, smallest first (the brief
passes :class:`argmap.debate.standing.Standing`'s); without one, claims come in id order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from argmap.positions import author_positions
from argmap.sides import claim_sides

__all__ = [
    "SIDES",
    "Key",
    "Links",
    "attack_groups",
    "attacks",
    "case",
    "case_outline",
    "check_side",
    "motions",
    "ordered",
]

SIDES = ("for", "against")

Key = Callable[[str], Any]


class Links:
    """Each claim's in-neighbours by edge kind, read once per claim: a brief asks for the same
    claims' neighbours many times over. Make one per brief; the graph must not change meanwhile.
    """

    def __init__(self, graph: nx.DiGraph) -> None:
        self.pred = graph.pred
        self.known: dict[str, dict[str, list[str]]] = {}

    def __call__(self, claim_id: str, kind: str) -> list[str]:
        """The claims with a ``kind`` edge into ``claim_id``, sorted."""
        kinds = self.known.get(claim_id)
        if kinds is None:
            kinds = self.known[claim_id] = {}
            pred = self.pred[claim_id]
            for source in sorted(pred):
                kinds.setdefault(pred[source]["kind"], []).append(source)
        return kinds.get(kind, [])


def ordered(ids: Iterable[str], key: Key | None = None) -> list[str]:
    """``ids`` by ``key`` (strongest first, when it is the brief's), else by id."""
    return sorted(ids, key=key) if key is not None else sorted(ids)


def case(
    graph: nx.DiGraph, motion: str, side: str, key: Key | None = None, links: Links | None = None
) -> list[dict[str, Any]]:
    """The claims one side argues from, strongest first, each with the claim it backs (``via``).

    For ``for``: the claims that support the motion, directly or through a chain of supports.
    For ``against``: the claims that rebut the motion, and the chains of claims supporting
    those. A claim reached by several chains backs the nearest claim (fewest steps from the
    motion, then smallest id). Cycles are walked once.

    >>> g = nx.DiGraph()
    >>> g.add_edges_from([("a", "m"), ("b", "a")], kind="supports")
    >>> g.add_edge("c", "m", kind="rebuts")
    >>> [(x["id"], x["via"]) for x in case(g, "m", "for")]
    [('a', 'm'), ('b', 'a')]
    >>> [(x["id"], x["via"]) for x in case(g, "m", "against")]
    [('c', 'm')]
    """
    check_side(side)
    links = links or Links(graph)
    first_kind = "supports" if side == "for" else "rebuts"
    via: dict[str, str] = {}
    level = [motion]
    seen = {motion}
    kind = first_kind
    while level:
        following: list[str] = []
        for target in sorted(level):
            for claim_id in links(target, kind):
                if claim_id not in seen:
                    seen.add(claim_id)
                    via[claim_id] = target
                    following.append(claim_id)
        level, kind = following, "supports"
    return [{"id": i, "via": via[i]} for i in ordered(via, key)]


def attacks(
    graph: nx.DiGraph,
    motion: str,
    side: str,
    case_ids: Iterable[str],
    key: Key | None = None,
    links: Links | None = None,
) -> list[dict[str, Any]]:
    """What the other side will say, strongest attacker first, each with the map's answers.

    The claims that rebut any claim of the case, and, against ``for``, the claims that rebut
    the motion; against ``against``, the claims that support it (their target is the motion).
    One entry per attacker and target; ``answers`` are the claims that rebut the attacker,
    strongest first.

    >>> g = nx.DiGraph()
    >>> g.add_edge("a", "m", kind="supports")
    >>> g.add_edges_from([("x", "a"), ("y", "m"), ("z", "x")], kind="rebuts")
    >>> attacks(g, "m", "for", ["a"])
    [{'id': 'x', 'target': 'a', 'answers': ['z']}, {'id': 'y', 'target': 'm', 'answers': []}]
    """
    check_side(side)
    links = links or Links(graph)
    case_ids = list(case_ids)
    motion_kind = "rebuts" if side == "for" else "supports"
    pairs = [(a, motion) for a in links(motion, motion_kind)]
    pairs += [(a, c) for c in case_ids for a in links(c, "rebuts")]
    order = {target: n for n, target in enumerate([motion, *case_ids])}
    rank = {a: n for n, a in enumerate(ordered({a for a, _ in pairs}, key))}
    pairs.sort(key=lambda p: (rank[p[0]], order[p[1]]))
    return [
        {
            "id": attacker,
            "target": target,
            "answers": ordered(links(attacker, "rebuts"), key),
        }
        for attacker, target in pairs
    ]


# The keys of an attack entry that belong to its target; the others are the attacker's own.
TARGET_KEYS = ("target", "relation", "relation_words", "note")


def attack_groups(data: dict[str, Any]) -> list[dict[str, Any]]:
    """A brief's attacks with one entry per attacker, for people to read and drill.

    Each entry has the attacker's own keys (``id``, ``answers`` and what the brief added), the
    ``targets`` it bears on, and ``links``: per target, the entry's target keys (``target``,
    and ``relation`` and ``note`` where the brief gives them), in the order of
    ``data["attacks"]`` (an attacker's answers do not depend on its target).

    >>> attack_groups({"attacks": [{"id": "x", "target": "a", "answers": ["w"]},
    ...                            {"id": "x", "target": "b", "answers": ["w"]}]})
    [{'id': 'x', 'answers': ['w'], 'targets': ['a', 'b'], 'links': [{'target': 'a'}, {'target': 'b'}]}]
    """
    groups: dict[str, dict[str, Any]] = {}
    for attack in data["attacks"]:
        own = {k: v for k, v in attack.items() if k not in TARGET_KEYS}
        group = groups.setdefault(attack["id"], {**own, "targets": [], "links": []})
        group["targets"].append(attack["target"])
        group["links"].append({k: attack[k] for k in TARGET_KEYS if k in attack})
    return list(groups.values())


def case_outline(data: dict[str, Any]) -> list[tuple[str, int, str]]:
    """The case as a numbered outline: (label, depth, claim id), each claim under the one it backs.

    Points that back the motion directly are numbered 1, 2, ...; their backing 1.1, 1.2, ...;
    strongest first at every level (the order of ``data["case"]``).

    >>> case_outline({"motion": "m", "case": [{"id": "a", "via": "m"}, {"id": "b", "via": "a"},
    ...     {"id": "c", "via": "m"}]})
    [('1', 0, 'a'), ('1.1', 1, 'b'), ('2', 0, 'c')]
    """
    children: dict[str, list[str]] = {}
    for item in data["case"]:
        children.setdefault(item["via"], []).append(item["id"])
    outline: list[tuple[str, int, str]] = []
    # Depth-first with an explicit stack: support chains in big maps outrun Python's recursion.
    stack = [(f"{n}", 0, c) for n, c in enumerate(children.get(data["motion"], []), 1)][::-1]
    while stack:
        label, depth, claim_id = stack.pop()
        outline.append((label, depth, claim_id))
        below = children.get(claim_id, [])
        stack.extend((f"{label}.{n}", depth + 1, c) for n, c in reversed(list(enumerate(below, 1))))
    return outline


def motions(graph: nx.DiGraph) -> list[dict[str, Any]]:
    """The map's motions, most evenly divided first.

    ``balance`` is min(|for|, |against|) / max(|for|, |against|) over the authors on each side
    (``argmap.sides.claim_sides``): 1.0 when the authors split evenly, 0.0 when one side has
    nobody. Ties: more authors first, then id. ``case_for`` and ``case_against`` count the
    claims each side's case would have.
    """
    rows = []
    positions = author_positions(graph)
    for claim_id in graph.nodes:
        if not graph.nodes[claim_id]["motion"]:
            continue
        pro, con = claim_sides(positions, claim_id)
        most = max(len(pro), len(con))
        rows.append(
            {
                "id": claim_id,
                "text": graph.nodes[claim_id]["text"],
                "for": sorted(pro),
                "against": sorted(con),
                "balance": round(min(len(pro), len(con)) / most, 4) if most else 0.0,
                "case_for": len(case(graph, claim_id, "for")),
                "case_against": len(case(graph, claim_id, "against")),
            }
        )
    rows.sort(key=lambda r: (-r["balance"], -(len(r["for"]) + len(r["against"])), r["id"]))
    return rows


def check_side(side: str) -> None:
    if side not in SIDES:
        raise ValueError(f"side must be 'for' or 'against', not {side!r}")
