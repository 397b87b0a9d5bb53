"""How well a claim stands in the map, in words a student can use, and the order of a brief.

A claim stands better the more authors stand behind it (holding it, or holding a claim that
backs it through a chain of supports), the fewer its unanswered attacks and denials, and the
more claims back it. That is the order of every list of a brief, strongest first; DF-QuAD
strength (``argmap.semantics.gradual``) breaks the remaining ties, then the id.
"""

from __future__ import annotations

import networkx as nx

from argmap.debate.case import Links

__all__ = ["BACKING_LIMIT", "ORDER", "Standing", "times"]

# Backing is counted up to this many claims ("backed by over 500 claims"): enough for words,
# and a generated map's support chains can reach thousands.
BACKING_LIMIT = 500

ORDER = (
    "Strongest first: more authors behind a point (holding it or backing it), then fewer "
    "unanswered attacks and denials, then more backing."
)


def times(n: int) -> str:
    """once, twice, 3 times."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Standing:
    """Each claim's backing, the authors behind it and its attacks, computed once per claim.

    ``answerable`` is :func:`argmap.debate.answers.answerable` of the graph; ``strength`` the
    DF-QuAD strengths.
    """

    def __init__(self, graph: nx.DiGraph, strength: dict[str, float], answerable: set[str]) -> None:
        self.graph = graph
        self.links = Links(graph)
        self.strength = strength
        self.answerable = answerable
        self._backing: dict[str, list[str]] = {}
        self._behind: dict[str, set[str]] = {}
        self._key: dict[str, tuple[int, int, int, float, str]] = {}

    def backing(self, claim_id: str) -> list[str]:
        """The claims that support ``claim_id`` directly or through chains, nearest first."""
        found = self._backing.get(claim_id)
        if found is None:
            found, seen, level = [], {claim_id}, [claim_id]
            while level and len(found) < BACKING_LIMIT:
                following = []
                for target in level:
                    for premise in self.links(target, "supports"):
                        if premise not in seen:
                            seen.add(premise)
                            following.append(premise)
                found += following
                level = following
            found = self._backing[claim_id] = found[:BACKING_LIMIT]
        return found

    def behind(self, claim_id: str) -> set[str]:
        """The authors who hold the claim or a claim that backs it."""
        authors = self._behind.get(claim_id)
        if authors is None:
            nodes = self.graph.nodes
            authors = set(nodes[claim_id]["held_by"])
            for backer in self.backing(claim_id):
                authors.update(nodes[backer]["held_by"])
            self._behind[claim_id] = authors
        return authors

    def attackers(self, claim_id: str) -> tuple[int, int]:
        """How many claims rebut it, and how many of those the map answers."""
        found = self.links(claim_id, "rebuts")
        return len(found), sum(1 for a in found if a in self.answerable)

    def key(self, claim_id: str) -> tuple[int, int, int, float, str]:
        """The sort key of the brief's order, strongest first (see the module's docstring)."""
        found = self._key.get(claim_id)
        if found is None:
            attacked, answered = self.attackers(claim_id)
            open_ = attacked - answered + len(self.graph.nodes[claim_id]["denied_by"])
            found = self._key[claim_id] = (
                -len(self.behind(claim_id)),
                open_,
                -len(self.backing(claim_id)),
                -round(self.strength.get(claim_id, 0.0), 6),
                claim_id,
            )
        return found

    def words(self, claim_id: str) -> str:
        """ "held by 2 authors; backed by 3 claims from 2 authors; attacked once, answered"."""
        node = self.graph.nodes[claim_id]
        held = len(node["held_by"])
        parts = [f"held by {_count(held, 'author')}" if held else "held by nobody in the map"]
        backing = self.backing(claim_id)
        if backing:
            backers = {a for b in backing for a in self.graph.nodes[b]["held_by"]}
            over = "over " if len(backing) >= BACKING_LIMIT else ""
            parts.append(
                f"backed by {over}{_count(len(backing), 'claim')} from {_count(len(backers), 'author')}"
            )
        attacked, answered = self.attackers(claim_id)
        if not attacked:
            parts.append("not attacked in the map")
        elif answered == attacked:
            parts.append(
                f"attacked {times(attacked)}, {'answered' if attacked == 1 else 'all answered'}"
            )
        else:
            said = str(answered) if answered else ("not" if attacked == 1 else "none")
            parts.append(f"attacked {times(attacked)}, {said} answered")
        denied = len(node["denied_by"])
        if denied:
            parts.append(f"denied by {_count(denied, 'author')}")
        return "; ".join(parts)
