"""Who agrees with whom: the evidence between two authors, counted on positions, per level.

Evidence between two authors is every claim on which both have a ``for`` or ``against``
position (``argmap.positions``): the same position is one agreement, opposite positions one
disagreement, each claim once however many edges lead to it; ``mixed`` counts for nothing.
The ``verdict`` level is the evidence on motions, ``reasons`` the evidence on every other
claim, ``all`` both. Every score comes with its n; a score with n < 3 is thin.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from argmap.citations import StanceWriter
from argmap.positions import MIXED, Position, Positions

__all__ = [
    "LEVELS",
    "NORMALIZATIONS",
    "THIN",
    "Tally",
    "agreement_matrix",
    "compare_authors",
    "level_of",
    "motions_reached",
    "pair_tallies",
    "position_detail",
]

LEVELS = ("all", "verdict", "reasons")
# The --normalize choices: the plain score of DESIGN.md, and two of the Discourse Network
# Analyzer's normalizations of congruence and conflict counts.
NORMALIZATIONS = ("plain", "average", "jaccard")
# A score from fewer items than this is thin: shown, but hedged.
THIN = 3


@dataclass(slots=True)
class Tally:
    """Agreements and disagreements between two authors on one level."""

    agree: int = 0
    disagree: int = 0

    @property
    def n(self) -> int:
        return self.agree + self.disagree

    @property
    def score(self) -> float | None:
        """(agree − disagree) / (agree + disagree), None without evidence.

        >>> Tally(3, 1).score, Tally().score
        (0.5, None)
        """
        return (self.agree - self.disagree) / self.n if self.n else None

    @property
    def thin(self) -> bool:
        return self.n < THIN

    def add(self, agree: bool) -> None:
        if agree:
            self.agree += 1
        else:
            self.disagree += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "agree": self.agree,
            "disagree": self.disagree,
            "score": self.score,
            "n": self.n,
            "thin": self.thin,
        }


def level_of(graph: nx.DiGraph, claim: str) -> str:
    """ "verdict" for a motion, "reasons" for any other claim."""
    return "verdict" if graph.nodes[claim]["motion"] else "reasons"


def pair_tallies(
    graph: nx.DiGraph, positions: Positions
) -> dict[tuple[str, str], dict[str, Tally]]:
    """(a, b) with a < b -> {"verdict": Tally, "reasons": Tally, "all": Tally}, for every pair
    with a counted position on a common claim.

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.HOLDS, "r")])
    >>> g = build_graph(ArgMap(claims=[c]))
    >>> pair_tallies(g, author_positions(g))[("ann", "bob")]["all"]
    Tally(agree=1, disagree=0)
    """
    # (a, b) -> [verdict agree, verdict disagree, reasons agree, reasons disagree]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    motion = graph.nodes(data="motion")
    for claim, held in positions.by_claim.items():
        if len(held) < 2:
            continue
        counted = sorted((a, p.value) for a, p in held.items() if p.value != MIXED)
        offset = 0 if motion[claim] else 2
        for i, (a, x) in enumerate(counted):
            for b, y in counted[i + 1 :]:
                counts[(a, b)][offset + (x != y)] += 1
    return {
        pair: {
            "verdict": Tally(n[0], n[1]),
            "reasons": Tally(n[2], n[3]),
            "all": Tally(n[0] + n[2], n[1] + n[3]),
        }
        for pair, n in counts.items()
    }


def _cells(graph: nx.DiGraph, positions: Positions, level: str) -> dict[str, set[tuple[str, str]]]:
    """Author -> their counted (claim, position) cells on ``level``: DNA's statements."""
    cells: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for author, mine in positions.by_author.items():
        for claim, position in mine.items():
            if position.counts and level in ("all", level_of(graph, claim)):
                cells[author].add((claim, position.value))
    return cells


def agreement_matrix(
    graph: nx.DiGraph, positions: Positions, level: str = "all", normalize: str = "plain"
) -> dict[str, Any]:
    """The author × author table: one entry per unordered pair of the map's authors.

    ``{"authors", "level", "pairs": [{"a", "b", "agree", "disagree", "score", "n", "thin",
    "verdict": {...}, "reasons": {...}}]}`` with a < b; the top-level counts are those of
    ``level``. With ``normalize`` "average" or "jaccard" (the Discourse Network Analyzer's),
    agree and disagree on ``level`` are divided by DNA's norm (``average``: the mean number of
    counted positions of the two authors; ``jaccard``: the number of distinct (claim, position)
    cells of the two between them), the pairs gain ``agree_weight`` and ``disagree_weight``,
    and ``score`` is their difference.

    >>> from argmap.model import ArgMap, Author, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.HOLDS, "r")])
    >>> g = build_graph(ArgMap([Author("ann", "A"), Author("bob", "B")], claims=[c]))
    >>> pair = agreement_matrix(g, author_positions(g))["pairs"][0]
    >>> pair["score"], pair["n"], pair["thin"], pair["verdict"]["n"]
    (1.0, 1, True, 0)
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    if normalize not in NORMALIZATIONS:
        raise ValueError(f"normalize must be one of {NORMALIZATIONS}, not {normalize!r}")
    authors = sorted(graph.graph["authors"])
    tallies = pair_tallies(graph, positions)
    cells = _cells(graph, positions, level) if normalize != "plain" else {}
    empty = {lvl: Tally() for lvl in LEVELS}
    pairs = []
    for a, b in itertools.combinations(authors, 2):
        pair = tallies.get((a, b), empty)
        entry: dict[str, Any] = {"a": a, "b": b, **pair[level].as_dict()}
        entry["verdict"], entry["reasons"] = pair["verdict"].as_dict(), pair["reasons"].as_dict()
        if normalize != "plain":
            mine, theirs = cells.get(a, set()), cells.get(b, set())
            norm = (len(mine) + len(theirs)) / 2 if normalize == "average" else len(mine | theirs)
            chosen = pair[level]
            weights = (chosen.agree / norm, chosen.disagree / norm) if norm else (0.0, 0.0)
            entry["agree_weight"], entry["disagree_weight"] = weights
            entry["score"] = weights[0] - weights[1] if chosen.n else None
        pairs.append(entry)
    return {"authors": authors, "level": level, "normalize": normalize, "pairs": pairs}


def position_detail(
    graph: nx.DiGraph, author: str, claim: str, position: Position, writer: StanceWriter
) -> dict[str, Any]:
    """An author's position on a claim, how it is reached, and the quotes that show it: their
    own stance on the claim, or their stances on the claims it is derived through."""
    quotes = []
    if position.stance is not None:
        stance = position.stance
        quotes.append({"claim": claim, "side": str(stance.side), **writer.row(stance)})
    for via in position.via:
        for stance in graph.nodes[via]["claim"].stances:
            if stance.author == author:
                quotes.append({"claim": via, "side": str(stance.side), **writer.row(stance)})
    return {"author": author, **position.as_dict(), "quotes": quotes}


def _item(
    graph: nx.DiGraph,
    claim: str,
    a: tuple[str, Position],
    b: tuple[str, Position],
    writer: StanceWriter,
) -> dict[str, Any]:
    return {
        "claim": claim,
        "claims": [claim],
        "text": graph.nodes[claim]["text"],
        "level": level_of(graph, claim),
        "a": position_detail(graph, a[0], claim, a[1], writer),
        "b": position_detail(graph, b[0], claim, b[1], writer),
    }


def _verdict(x: Position | None, y: Position | None) -> str | None:
    if x is None or y is None or not x.counts or not y.counts:
        return None
    return "same" if x.value == y.value else "opposite"


def _reasons(tally: Tally) -> str | None:
    score = tally.score
    if score is None:
        return None
    return "shared" if score > 0 else "opposed" if score < 0 else "mixed"


def motions_reached(graph: nx.DiGraph, starts: list[str], motions: list[str]) -> dict[str, int]:
    """Each claim reachable from ``starts`` -> the motions a chain of edges leads to from it, as
    a bit set (bit k: ``motions[k]``; a motion reaches itself).

    The claims the starts reach are ordered so that each comes after what it leads to (depth
    first, finished first), and one pass in that order settles a map without cycles; passes
    repeat until nothing changes, which settles cycles too. One walk over what the starts
    reach, not a search from every start: on a large map they reach much of it.

    >>> g = nx.DiGraph([("a", "b"), ("b", "m"), ("c", "n")])
    >>> motions_reached(g, ["a", "c"], ["m", "n"])["a"]
    1
    """
    bit = {m: 1 << k for k, m in enumerate(motions)}
    succ = graph.succ
    targets: dict[str, list[str]] = {}
    finished: list[str] = []
    for start in starts:
        if start in targets:
            continue
        targets[start] = list(succ[start])
        stack = [(start, iter(targets[start]))]
        while stack:
            node, pending = stack[-1]
            for target in pending:
                if target not in targets:
                    targets[target] = list(succ[target])
                    stack.append((target, iter(targets[target])))
                    break
            else:
                stack.pop()
                finished.append(node)
    reach = {n: bit.get(n, 0) for n in finished}
    changed = True
    while changed:
        changed = False
        for node in finished:  # what a node leads to finished before it (but on a cycle)
            found = reach[node]
            for target in targets[node]:
                found |= reach[target]
            if found != reach[node]:
                reach[node], changed = found, True
    return reach


def _motion_rows(
    graph: nx.DiGraph, positions: Positions, a: str, b: str, both: list[str]
) -> list[dict[str, Any]]:
    """Per motion: both verdicts and the reasons upstream of it that the two share or oppose."""
    motions = sorted(n for n in graph.nodes if graph.nodes[n]["motion"])
    upstream: dict[str, Tally] = {m: Tally() for m in motions}
    counted = []
    for claim in both:
        x, y = positions.of(a, claim), positions.of(b, claim)
        assert x is not None and y is not None
        if not graph.nodes[claim]["motion"] and x.counts and y.counts:
            counted.append((claim, x.value == y.value))
    reach = motions_reached(graph, [c for c, _ in counted], motions)
    for claim, agree in counted:
        bits = reach[claim]
        while bits:
            low = bits & -bits
            upstream[motions[low.bit_length() - 1]].add(agree)
            bits ^= low
    rows = []
    for motion in motions:
        x, y, tally = positions.of(a, motion), positions.of(b, motion), upstream[motion]
        if x is None and y is None and not tally.n:
            continue
        rows.append(
            {
                "id": motion,
                "text": graph.nodes[motion]["text"],
                "a": x.value if x else None,
                "b": y.value if y else None,
                "a_explicit": bool(x and x.explicit),
                "b_explicit": bool(y and y.explicit),
                "verdict": _verdict(x, y),
                "reasons": _reasons(tally),
                "reasons_agree": tally.agree,
                "reasons_disagree": tally.disagree,
            }
        )
    return rows


def compare_authors(graph: nx.DiGraph, positions: Positions, a: str, b: str) -> dict[str, Any]:
    """Two authors per motion, then item by item, with their positions and quotes.

    ``agree``, ``disagree``, ``score``, ``n``: all levels together; ``verdict`` and ``reasons``:
    each level's counts. ``motions``: per motion, each author's position (or None), ``verdict``
    ("same", "opposite" or None) and ``reasons`` ("shared", "opposed", "mixed" or None, over the
    claims from which a chain of edges leads to the motion). ``agreements``, ``disagreements``
    and ``mixed`` (claims where one of them is mixed: shown, not counted) name their claim and,
    per author, the position, whether it is explicit, the claims it is derived through and the
    quotes.

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.HOLDS, "r")])
    >>> g = build_graph(ArgMap(claims=[c]))
    >>> r = compare_authors(g, author_positions(g), "ann", "bob")
    >>> r["score"], r["reasons"]["n"], r["agreements"][0]["a"]["explicit"]
    (1.0, 1, True)
    """
    mine, theirs = positions.by_author.get(a, {}), positions.by_author.get(b, {})
    both = sorted(mine.keys() & theirs.keys())
    writer = StanceWriter(graph)
    tallies = {level: Tally() for level in LEVELS}
    found: dict[str, list[dict[str, Any]]] = {"agreements": [], "disagreements": [], "mixed": []}
    for claim in both:
        x, y = mine[claim], theirs[claim]
        item = _item(graph, claim, (a, x), (b, y), writer)
        if not x.counts or not y.counts:
            found["mixed"].append(item)
            continue
        agree = x.value == y.value
        tallies[item["level"]].add(agree)
        tallies["all"].add(agree)
        found["agreements" if agree else "disagreements"].append(item)
    # Verdicts first, so a reader meets the motions before the reasons.
    for items in found.values():
        items.sort(key=lambda i: (i["level"] != "verdict", i["claim"]))
    return {
        "a": a,
        "b": b,
        **tallies["all"].as_dict(),
        "verdict": tallies["verdict"].as_dict(),
        "reasons": tallies["reasons"].as_dict(),
        "hops": positions.hops,
        "motions": _motion_rows(graph, positions, a, b, both),
        **found,
    }
