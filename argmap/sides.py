"""A claim's sides: the authors for and against it, and the claims most contested.

Sides stand on positions (``argmap.positions``): an author who denies a motion and concedes a
reason for it is against it, once.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from argmap.positions import Positions

__all__ = ["claim_sides", "contested_claims", "side_reasons"]


def claim_sides(positions: Positions, claim: str) -> tuple[set[str], set[str]]:
    """The authors whose position on ``claim`` is ``for``, and those whose position is ``against``.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> r = Claim("r", "R", stances=[Stance("r", "bob", Side.HOLDS, "q")], edges=[Edge("r", "c", EdgeKind.REBUTS)])
    >>> claim_sides(author_positions(build_graph(ArgMap(claims=[Claim("c", "C"), r]))), "c")
    (set(), {'bob'})
    """
    pro, con, _ = positions.sides(claim)
    return set(pro), set(con)


def side_reasons(positions: Positions, claim: str) -> list[dict[str, Any]]:
    """Why each author stands where they do on ``claim``.

    One entry per author and claim they stand through: ``side`` ("for", "against" or "mixed"),
    ``how``: "holds" or "denies" (explicit); "holds-support", "holds-rebuttal" or, for a mixed
    position, "holds-both" (derived from the held claim ``via``, which supports or rebuts the
    claim, or leads to it by a chain under ``hops``); or "concedes" (a held claim ``via`` that
    points the other way than the author's explicit stance: shown, not counted).
    """
    reasons = []
    for author, position in sorted(positions.by_claim.get(claim, {}).items()):
        side = position.value
        if position.stance is not None:
            how = "holds" if side == "for" else "denies"
            reasons.append({"author": author, "side": side, "how": how, "via": None})
            reasons += [
                {"author": author, "side": side, "how": "concedes", "via": v}
                for v in position.conceded
            ]
            continue
        how = {"for": "holds-support", "against": "holds-rebuttal"}.get(side, "holds-both")
        reasons += [{"author": author, "side": side, "how": how, "via": v} for v in position.via]
    return reasons


def contested_claims(
    graph: nx.DiGraph, positions: Positions, limit: int | None = None
) -> list[dict[str, Any]]:
    """Claims with authors on both sides, most contested first.

    Most contested: larger min(|for|, |against|), then larger |for| + |against|, then id.
    Each entry: ``id``, ``text``, ``motion``, ``for``, ``against`` and ``mixed`` (sorted author
    ids) and ``reasons`` (``side_reasons``). Reasons are built only for the claims returned.

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.DENIES, "r")])
    >>> g = build_graph(ArgMap(claims=[c]))
    >>> [(x["id"], x["for"], x["against"]) for x in contested_claims(g, author_positions(g))]
    [('c', ['ann'], ['bob'])]
    """
    found = []
    for claim in positions.by_claim:
        pro, con, mixed = positions.sides(claim)
        if pro and con:
            found.append((-min(len(pro), len(con)), -(len(pro) + len(con)), claim, pro, con, mixed))
    found.sort(key=lambda row: row[:3])
    return [
        {
            "id": claim,
            "text": graph.nodes[claim]["text"],
            "motion": graph.nodes[claim]["motion"],
            "for": pro,
            "against": con,
            "mixed": mixed,
            "reasons": _reasons_for_shown(positions, claim),
        }
        for _, _, claim, pro, con, mixed in found[:limit]
    ]


def _reasons_for_shown(positions: Positions, claim: str) -> list[dict[str, Any]]:
    reasons = side_reasons(positions, claim)
    order = {"for": 0, "against": 1, "mixed": 2}
    return sorted(reasons, key=lambda r: (order[r["side"]], r["author"], r["via"] or ""))
