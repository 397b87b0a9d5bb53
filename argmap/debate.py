"""Debate briefs: one side's case on a motion, the attacks it will face and the map's answers.

Everything here is plain data (dicts, lists, strings) so the terminal view, the JSON output,
the Markdown and HTML handouts and the drill all share one brief.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from argmap.citations import StanceWriter, citation
from argmap.positions import author_positions
from argmap.semantics.gradual import dfquad
from argmap.sides import claim_sides

__all__ = [
    "SIDES",
    "attack_groups",
    "attacks",
    "brief",
    "case",
    "case_outline",
    "common_ground",
    "motions",
]

SIDES = ("for", "against")


def _kind_neighbours(graph: nx.DiGraph, claim_id: str, kind: str) -> list[str]:
    """The claims with a ``kind`` edge into ``claim_id``, sorted."""
    return sorted(u for u, _, k in graph.in_edges(claim_id, data="kind") if k == kind)


def _strongest_first(ids: Iterable[str], strength: dict[str, float]) -> list[str]:
    return sorted(ids, key=lambda i: (-strength.get(i, 0.0), i))


def case(
    graph: nx.DiGraph, motion: str, side: str, strength: dict[str, float] | None = None
) -> list[dict[str, str]]:
    """The claims one side argues from, strongest first, each with the claim it backs (``via``).

    For ``for``: the claims that support the motion, directly or through a chain of supports.
    For ``against``: the claims that rebut the motion, and the chains of claims supporting
    those. A claim reached by several chains backs the nearest claim (fewest steps from the
    motion, then smallest id). Cycles are walked once.

    >>> g = nx.DiGraph()
    >>> g.add_edges_from([("a", "m"), ("b", "a")], kind="supports")
    >>> g.add_edge("c", "m", kind="rebuts")
    >>> [(x["id"], x["via"]) for x in case(g, "m", "for", strength={"a": 1.0})]
    [('a', 'm'), ('b', 'a')]
    >>> [(x["id"], x["via"]) for x in case(g, "m", "against")]
    [('c', 'm')]
    """
    _check_side(side)
    strength = strength or {}
    first_kind = "supports" if side == "for" else "rebuts"
    via: dict[str, str] = {}
    level = [motion]
    seen = {motion}
    kind = first_kind
    while level:
        following: list[str] = []
        for target in sorted(level):
            for claim_id in _kind_neighbours(graph, target, kind):
                if claim_id not in seen:
                    seen.add(claim_id)
                    via[claim_id] = target
                    following.append(claim_id)
        level, kind = following, "supports"
    return [{"id": i, "via": via[i]} for i in _strongest_first(via, strength)]


def attacks(
    graph: nx.DiGraph,
    motion: str,
    side: str,
    case_ids: Iterable[str],
    strength: dict[str, float] | None = None,
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
    _check_side(side)
    strength = strength or {}
    motion_kind = "rebuts" if side == "for" else "supports"
    pairs = [(a, motion) for a in _kind_neighbours(graph, motion, motion_kind)]
    pairs += [(a, c) for c in case_ids for a in _kind_neighbours(graph, c, "rebuts")]
    order = {target: n for n, target in enumerate([motion, *case_ids])}
    pairs.sort(key=lambda p: (-strength.get(p[0], 0.0), p[0], order[p[1]]))
    return [
        {
            "id": attacker,
            "target": target,
            "answers": _strongest_first(_kind_neighbours(graph, attacker, "rebuts"), strength),
        }
        for attacker, target in pairs
    ]


def attack_groups(data: dict[str, Any]) -> list[dict[str, Any]]:
    """A brief's attacks with one entry per attacker, for people to read and drill.

    Each entry has the attacker's ``id``, the ``targets`` it bears on and its ``answers``, in
    the order of ``data["attacks"]`` (an attacker's answers do not depend on its target).

    >>> attack_groups({"attacks": [{"id": "x", "target": "a", "answers": ["w"]},
    ...                            {"id": "x", "target": "b", "answers": ["w"]}]})
    [{'id': 'x', 'targets': ['a', 'b'], 'answers': ['w']}]
    """
    groups: dict[str, dict[str, Any]] = {}
    for attack in data["attacks"]:
        group = groups.setdefault(
            attack["id"], {"id": attack["id"], "targets": [], "answers": attack["answers"]}
        )
        group["targets"].append(attack["target"])
    return list(groups.values())


def common_ground(
    graph: nx.DiGraph, motion: str, strength: dict[str, float] | None = None
) -> list[str]:
    """Claims held by two different authors on opposite sides of the motion, strongest first.

    The sides are ``argmap.sides.claim_sides``: ``for`` holds the motion or a claim that
    supports it, ``against`` denies it or holds a claim that rebuts it. One author on both
    sides does not make common ground alone.
    """
    pro, con = claim_sides(author_positions(graph), motion)
    found = []
    for claim_id in graph.nodes:
        if claim_id == motion:
            continue
        holders = set(graph.nodes[claim_id]["held_by"])
        if any(a != b for a in holders & pro for b in holders & con):
            found.append(claim_id)
    return _strongest_first(found, strength or {})


def brief(graph: nx.DiGraph, motion: str, side: str) -> dict[str, Any]:
    """The brief for one side of a motion, as plain data.

    ``motion``, ``side``, ``case``, ``attacks`` and ``common_ground`` are the shape DESIGN.md
    fixes (see :func:`case`, :func:`attacks` and :func:`common_ground`); claims are ranked by
    their DF-QuAD strength (``argmap.semantics.dfquad``). Added keys: ``sides`` (the authors
    for and against the motion), ``claims`` (every claim named, with its text, strength and
    stances: who holds or denies it, the quote, the source and its citation) and ``sources``
    (every source quoted in the brief, most quoted first).
    """
    strength = dfquad(graph)
    case_items = case(graph, motion, side, strength)
    case_ids = [item["id"] for item in case_items]
    attack_items = attacks(graph, motion, side, case_ids, strength)
    ground = common_ground(graph, motion, strength)
    pro, con = claim_sides(author_positions(graph), motion)
    named = [motion, *case_ids, *ground]
    for item in attack_items:
        named += [item["id"], *item["answers"]]
    named = list(dict.fromkeys(named))
    writer = StanceWriter(graph)
    claims = {claim_id: _claim_entry(graph, claim_id, strength, writer) for claim_id in named}
    return {
        "motion": motion,
        "side": side,
        "case": case_items,
        "attacks": attack_items,
        "common_ground": ground,
        "sides": {"for": sorted(pro), "against": sorted(con)},
        "claims": claims,
        "sources": _sources(graph, claims),
    }


def _claim_entry(
    graph: nx.DiGraph, claim_id: str, strength: dict[str, float], writer: StanceWriter
) -> dict[str, Any]:
    held, denied = writer.sides(graph.nodes[claim_id]["claim"])
    return {
        "text": graph.nodes[claim_id]["text"],
        "strength": round(strength.get(claim_id, 0.0), 4),
        "held_by": held,
        "denied_by": denied,
    }


def _sources(graph: nx.DiGraph, claims: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources quoted in the brief: the ones a student should read, most quoted first."""
    quoted: dict[str, list[str]] = {}
    for claim_id, entry in claims.items():
        for stance in entry["held_by"] + entry["denied_by"]:
            if stance["source"]:
                quoted.setdefault(stance["source"], [])
                if claim_id not in quoted[stance["source"]]:
                    quoted[stance["source"]].append(claim_id)
    sources = graph.graph["sources"]
    names = {a.id: a.name for a in graph.graph["authors"].values()}
    rows = [
        {
            "id": source_id,
            "authors": list(sources[source_id].authors) if source_id in sources else [],
            "citation": citation(sources.get(source_id), names),
            "claims": claim_ids,
        }
        for source_id, claim_ids in quoted.items()
    ]
    return sorted(rows, key=lambda r: (-len(r["claims"]), r["id"]))


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


def _check_side(side: str) -> None:
    if side not in SIDES:
        raise ValueError(f"side must be 'for' or 'against', not {side!r}")
