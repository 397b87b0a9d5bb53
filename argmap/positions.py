"""Where each author stands on each claim: explicit stances, and positions derived from them.

An author's position on a claim is ``for``, ``against`` or ``mixed`` (DESIGN.md, "Agreement
between authors"):

- explicit: ``for`` a claim they hold, ``against`` a claim they deny;
- derived from the claims they hold: ``for`` a claim that one of them supports, ``against`` a
  claim that one of them rebuts, ``mixed`` when they hold claims on both sides of it. With
  ``hops`` > 1, chains of up to that many edges count; a chain's sign is the product of its
  edges' (the enemy of an enemy is a friend) and the shortest chains decide. A chain does not
  pass through a claim the author denies: denying a claim derives nothing from it.
- an explicit stance wins over what is derived; the held claims that point the other way are
  kept as the author's concessions on that claim.

Every function takes the graph of ``argmap.graph.build_graph`` first and returns plain data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import networkx as nx

from argmap.model import Side, Stance

__all__ = ["AGAINST", "FOR", "MIXED", "Position", "Positions", "author_positions", "stance_table"]

FOR, AGAINST, MIXED = "for", "against", "mixed"


class Position(NamedTuple):
    """One author's position on one claim.

    ``value`` is "for", "against" or "mixed". ``stance`` is the author's own stance on the claim
    when the position is explicit. ``via`` holds the claims the author holds from which the
    position is derived (empty when explicit); ``backing``, for an explicit position, the held
    claims that point the same way; ``conceded``, the held claims that point the other way
    (an explicit stance overrides them: the author concedes those reasons).
    """

    value: str
    stance: Stance | None = None
    via: tuple[str, ...] = ()
    backing: tuple[str, ...] = ()
    conceded: tuple[str, ...] = ()

    @property
    def explicit(self) -> bool:
        return self.stance is not None

    @property
    def counts(self) -> bool:
        """Whether the position is evidence: ``mixed`` counts for nothing."""
        return self.value != MIXED

    def as_dict(self) -> dict[str, Any]:
        return {
            "position": self.value,
            "explicit": self.explicit,
            "via": list(self.via),
            "backing": list(self.backing),
            "conceded": list(self.conceded),
        }


@dataclass(frozen=True)
class Positions:
    """Every author's positions: ``by_claim[claim][author]`` and ``by_author[author][claim]``."""

    by_claim: dict[str, dict[str, Position]]
    by_author: dict[str, dict[str, Position]]
    hops: int

    def of(self, author: str, claim: str) -> Position | None:
        return self.by_author.get(author, {}).get(claim)

    def sides(self, claim: str) -> tuple[list[str], list[str], list[str]]:
        """The authors ``for``, ``against`` and ``mixed`` on ``claim``, each sorted."""
        found: dict[str, list[str]] = {FOR: [], AGAINST: [], MIXED: []}
        for author, position in sorted(self.by_claim.get(claim, {}).items()):
            found[position.value].append(author)
        return found[FOR], found[AGAINST], found[MIXED]


Signals = dict[str, list[tuple[int, str]]]  # claim -> (+1 or -1, a held claim leading to it)


class _Edges:
    """Each claim's out-edges as (target, +1 for supports or -1 for rebuts), read once.

    For a handful of authors the claims they hold are read one by one; for many, every edge
    of the graph in one pass (cheaper than asking the graph claim by claim).
    """

    def __init__(self, graph: nx.DiGraph, all_at_once: bool) -> None:
        self.succ: Any = graph.succ
        self.known: dict[str, list[tuple[str, int]]] = {}
        if all_at_once:
            known: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for source, target, kind in graph.edges(data="kind"):
                known[source].append((target, 1 if kind == "supports" else -1))
            self.known = dict(known)
            self.succ = None

    def __call__(self, node: str) -> list[tuple[str, int]]:
        found = self.known.get(node)
        if found is None:
            found = []
            if self.succ is not None:
                found = [
                    (target, 1 if data["kind"] == "supports" else -1)
                    for target, data in self.succ[node].items()
                ]
            self.known[node] = found
        return found


def _signals(edges: _Edges, starts: list[str], denied: set[str], hops: int) -> Signals:
    """The claims an author's held claims (``starts``) lead to, with each chain's sign.

    Breadth first, one layer per edge: only the shortest chains to a claim count (a sign first
    reached at a longer distance than the other is left out), and no chain passes through a
    claim the author denies.
    """
    reached: Signals = {}
    if hops == 1:
        for start in starts:
            for target, sign in edges(start):
                reached.setdefault(target, []).append((sign, start))
        return reached
    frontier: dict[tuple[str, int], set[str]] = {(s, 1): {s} for s in starts}
    seen_at: dict[str, int] = {}  # claim -> the layer a chain first reached it
    seen_states = set(frontier)
    for layer in range(1, hops + 1):
        following: dict[tuple[str, int], set[str]] = defaultdict(set)
        for (node, sign), sources in frontier.items():
            if node in denied:
                continue
            for target, edge_sign in edges(node):
                state = (target, sign * edge_sign)
                if state not in seen_states:
                    following[state] |= sources
        for (target, sign), sources in following.items():
            seen_states.add((target, sign))
            if seen_at.setdefault(target, layer) == layer:
                reached.setdefault(target, []).extend((sign, s) for s in sources)
        frontier = following
        if not frontier:
            break
    return reached


def _ids(found: Iterable[str]) -> tuple[str, ...]:
    """Claim ids, sorted and each once."""
    return tuple(sorted(set(found)))


def author_positions(
    graph: nx.DiGraph, hops: int = 1, authors: Iterable[str] | None = None
) -> Positions:
    """Every author's position on every claim they have one on (only ``authors``' when given).

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind, Stance, Side
    >>> from argmap.graph import build_graph
    >>> m = ArgMap(claims=[Claim("m", "M", stances=[Stance("m", "bob", Side.DENIES, "no")]),
    ...     Claim("r", "R", stances=[Stance("r", "ann", Side.HOLDS, "q"),
    ...         Stance("r", "bob", Side.HOLDS, "yes")], edges=[Edge("r", "m", EdgeKind.SUPPORTS)])])
    >>> p = author_positions(build_graph(m))
    >>> p.of("ann", "m").value, p.of("bob", "m").value, p.of("bob", "m").conceded
    ('for', 'against', ('r',))
    """
    if hops < 1:
        raise ValueError(f"hops must be 1 or more, not {hops}")
    wanted = set(authors) if authors is not None else None
    explicit: dict[str, dict[str, Stance]] = defaultdict(dict)
    held: dict[str, list[str]] = defaultdict(list)
    denied: dict[str, set[str]] = defaultdict(set)
    for node, claim in graph.nodes(data="claim"):
        for stance in claim.stances:
            author = stance.author
            if wanted is not None and author not in wanted:
                continue
            explicit[author].setdefault(node, stance)
            if stance.side is Side.HOLDS:
                held[author].append(node)
            else:
                denied[author].add(node)
    edges = _Edges(graph, all_at_once=wanted is None or len(wanted) > 5)
    by_author: dict[str, dict[str, Position]] = {}
    by_claim: dict[str, dict[str, Position]] = defaultdict(dict)
    for author in sorted(explicit):
        own = explicit[author]
        reached = _signals(edges, held.get(author, []), denied.get(author, set()), hops)
        mine: dict[str, Position] = {}
        for claim_id in own.keys() | reached.keys():
            signal = reached.get(claim_id, ())
            pro: tuple[str, ...] = ()
            con: tuple[str, ...] = ()
            if len(signal) == 1:  # the common case: one held claim leads here
                ((sign, start),) = signal
                if sign > 0:
                    pro = (start,)
                else:
                    con = (start,)
            elif signal:
                pro = _ids(s for sign, s in signal if sign > 0)
                con = _ids(s for sign, s in signal if sign < 0)
            stance = own.get(claim_id)
            if stance is not None:
                if stance.side is Side.HOLDS:
                    position = Position(FOR, stance, backing=pro, conceded=con)
                else:
                    position = Position(AGAINST, stance, backing=con, conceded=pro)
            elif not con:
                position = Position(FOR, via=pro)
            elif not pro:
                position = Position(AGAINST, via=con)
            else:
                position = Position(MIXED, via=_ids((*pro, *con)))
            mine[claim_id] = position
            by_claim[claim_id][author] = position
        by_author[author] = mine
    return Positions(dict(by_claim), by_author, hops)


def stance_table(graph: nx.DiGraph, positions: Positions | None = None) -> dict[str, Any]:
    """The author × claim table: who holds (+) and who denies (−) each claim.

    ``{"authors": [ids], "claims": [{"id", "text", "stances": {author: "holds" / "denies" /
    "both"}}]}``, claims with at least one stance, in id order. With ``positions``, every claim
    with a position, and each row gains ``positions``: author -> ``Position.as_dict()``.

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.DENIES, "q")])
    >>> stance_table(build_graph(ArgMap(claims=[c])))["claims"][0]["stances"]
    {'ann': 'denies'}
    """
    rows = []
    seen: set[str] = set()
    for node in sorted(graph.nodes):
        marks: dict[str, str] = {}
        for s in graph.nodes[node]["claim"].stances:
            side = str(s.side)
            marks[s.author] = side if marks.get(s.author, side) == side else "both"
        derived = positions.by_claim.get(node, {}) if positions is not None else {}
        if not marks and not derived:
            continue
        seen.update(marks, derived)
        row: dict[str, Any] = {
            "id": node,
            "text": graph.nodes[node]["text"],
            "stances": dict(sorted(marks.items())),
        }
        if positions is not None:
            row["positions"] = {a: p.as_dict() for a, p in sorted(derived.items())}
        rows.append(row)
    authors = sorted(set(graph.graph["authors"]) | seen)
    return {"authors": authors, "claims": rows}
