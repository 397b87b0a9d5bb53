"""Camps: authors grouped so that they agree within and disagree across, and how stable that is.

A camp partition maximizes the net agreements (agreements minus disagreements) of pairs inside
camps minus those of pairs across camps: correlation clustering, where the number of camps is
whatever serves the objective best. Up to ``EXACT_LIMIT`` authors every set partition is
searched (branch and bound); beyond, a local search of the same objective (``_local_search``).

Stability is the clusterwise bootstrap of Hennig (2007): the claims the evidence rests on are
resampled with replacement, the camps found again, and each camp scored by its mean Jaccard
similarity with the most similar camp of each resample (1.0: found every time).
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from typing import Any

import networkx as nx

from argmap.agreement import level_of
from argmap.positions import MIXED, Positions

__all__ = ["EXACT_LIMIT", "RESAMPLES", "RESAMPLES_LARGE", "SEED", "camp_level", "find_camps"]

# Up to this many authors the partition search is exact; beyond, a local search.
EXACT_LIMIT = 16
RESAMPLES = 100
# Beyond EXACT_LIMIT authors each resample costs a local search: fewer by default.
RESAMPLES_LARGE = 50
SEED = 0
# The verdict level is used when the motions carry positions from at least this many authors.
VERDICT_AUTHORS = 3

Weights = dict[tuple[str, str], float]


def camp_level(graph: nx.DiGraph, positions: Positions) -> str:
    """ "verdict" when the motions carry counted positions from three authors or more, else "all".

    Camps are about the map's questions first; where too few authors take sides on them, every
    claim has to serve.
    """
    authors = {
        author
        for claim, held in positions.by_claim.items()
        if graph.nodes[claim]["motion"]
        for author, position in held.items()
        if position.value != MIXED
    }
    return "verdict" if len(authors) >= VERDICT_AUTHORS else "all"


def _contributions(
    graph: nx.DiGraph, positions: Positions, level: str
) -> list[list[tuple[tuple[str, str], int]]]:
    """Per claim on ``level``: (pair, +1 for agreement / −1 for disagreement) it contributes."""
    found = []
    for claim in sorted(positions.by_claim):
        if level != "all" and level_of(graph, claim) != level:
            continue
        held = positions.by_claim[claim]
        counted = sorted((a, p.value) for a, p in held.items() if p.value != MIXED)
        pairs = [
            ((a, b), 1 if x == y else -1) for (a, x), (b, y) in itertools.combinations(counted, 2)
        ]
        if pairs:
            found.append(pairs)
    return found


def _net(contributions: list[list[tuple[tuple[str, str], int]]], counts: list[int]) -> Weights:
    weights: Weights = defaultdict(float)
    for pairs, count in zip(contributions, counts, strict=True):
        if count:
            for pair, sign in pairs:
                weights[pair] += sign * count
    return dict(weights)


def _best_partition(authors: list[str], weight: Weights) -> list[list[str]]:
    """The partition of ``authors`` with the largest sum of weights inside camps (exact).

    Branch and bound over set partitions: authors are placed one at a time into an existing
    camp or a new one (so no partition is visited twice); a branch is cut when what it has plus
    the most the unplaced authors could still add cannot beat the best found.
    """
    n = len(authors)
    w = [[0.0] * n for _ in range(n)]
    for i, j in itertools.combinations(range(n), 2):
        pair = (authors[i], authors[j])
        w[i][j] = w[j][i] = weight.get(pair, 0.0)
    # Place the most engaged authors first: their choices decide most, so bounds bite early.
    order = sorted(range(n), key=lambda i: (-sum(abs(x) for x in w[i]), i))
    # optimistic[k]: the most that the pairs among order[k:] could still add.
    optimistic = [0.0] * (n + 1)
    for k in range(n - 1, -1, -1):
        i = order[k]
        optimistic[k] = optimistic[k + 1] + sum(max(w[i][order[m]], 0.0) for m in range(k + 1, n))
    best_value = -float("inf")
    best: list[list[int]] = []
    camps: list[list[int]] = []
    gains: list[list[float]] = []  # gains[c][k]: what placing order[k] in camp c adds

    def bound(k: int, value: float) -> float:
        extra = sum(max(0.0, max((g[m] for g in gains), default=0.0)) for m in range(k, n))
        return value + extra + optimistic[k]

    def place(k: int, value: float) -> None:
        nonlocal best_value, best
        if k == n:
            if value > best_value + 1e-12:
                best_value, best = value, [list(c) for c in camps]
            return
        if bound(k, value) <= best_value + 1e-12:
            return
        i = order[k]
        for c in sorted(range(len(camps)), key=lambda c: -gains[c][k]):
            camps[c].append(i)
            row = gains[c]
            for m in range(k + 1, n):
                row[m] += w[i][order[m]]
            place(k + 1, value + row[k])
            for m in range(k + 1, n):
                row[m] -= w[i][order[m]]
            camps[c].pop()
        camps.append([i])
        gains.append([w[i][order[m]] if m > k else 0.0 for m in range(n)])
        place(k + 1, value)
        gains.pop()
        camps.pop()

    place(0, 0.0)
    return [[authors[i] for i in camp] for camp in best]


def _local_search(authors: list[str], weight: Weights) -> list[list[str]]:
    """A good partition of many authors, by local moves on the same objective.

    Every author starts alone; each is moved to the camp with which it has the most net
    agreement, as long as that gains, and then the two camps with the most net agreement
    between them are merged, as long as that gains; the two steps repeat until neither does.
    Deterministic: authors are visited in order, ties go to the lowest camp number.
    """
    n = len(authors)
    index = {a: k for k, a in enumerate(authors)}
    links: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    pairs: list[tuple[int, int, float]] = []
    for (a, b), w in weight.items():
        if w:
            i, j = index[a], index[b]
            links[i].append((j, w))
            links[j].append((i, w))
            pairs.append((i, j, w))
    linked = [i for i in range(n) if links[i]]
    camp = list(range(n))
    fresh = n  # the next unused camp number
    while True:
        moved = False
        for i in linked:
            totals: dict[int, float] = {}
            for j, w in links[i]:
                c = camp[j]
                totals[c] = totals.get(c, 0.0) + w
            here = totals.pop(camp[i], 0.0)
            target, gain = -1, max(here, 0.0) + 1e-9
            for c, total in totals.items():
                if total > gain or (total == gain and target != -1 and c < target):
                    target, gain = c, total
            if target != -1:
                camp[i], moved = target, True
            elif here < -1e-9:  # alone is better than against its camp
                camp[i], fresh, moved = fresh, fresh + 1, True
        between: dict[tuple[int, int], float] = {}
        for i, j, w in pairs:
            x, y = camp[i], camp[j]
            if x != y:
                key = (x, y) if x < y else (y, x)
                between[key] = between.get(key, 0.0) + w
        best, merge = 1e-9, None
        for key, total in sorted(between.items()):
            if total > best:
                best, merge = total, key
        if merge is not None:
            camp = [merge[0] if c == merge[1] else c for c in camp]
        elif not moved:
            break
    found: dict[int, list[str]] = defaultdict(list)
    for i, c in enumerate(camp):
        found[c].append(authors[i])
    return list(found.values())


def _partition(authors: list[str], weight: Weights, exact_limit: int) -> list[list[str]]:
    found = (
        _best_partition(authors, weight)
        if len(authors) <= exact_limit
        else _local_search(authors, weight)
    )
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def _stability(
    camps: list[list[str]],
    authors: list[str],
    contributions: list[list[tuple[tuple[str, str], int]]],
    resamples: int,
    seed: int,
    exact_limit: int,
) -> list[float]:
    """Each camp's mean best Jaccard similarity with the camps found on resampled claims."""
    rng = random.Random(seed)
    total = [0.0] * len(camps)
    size = len(contributions)
    for _ in range(resamples):
        counts = [0] * size
        for k in rng.choices(range(size), k=size):
            counts[k] += 1
        weights = _net(contributions, counts)
        found = [set(c) for c in _partition(authors, weights, exact_limit)]
        for index, camp in enumerate(camps):
            mine = set(camp)
            total[index] += max(len(mine & other) / len(mine | other) for other in found)
    return [round(t / resamples, 3) if resamples else 1.0 for t in total]


Rows = list[dict[str, Any]]


def _across_camps(
    camps: list[list[str]], positions: Positions, graph: nx.DiGraph
) -> tuple[list[Rows], list[Rows], Rows, Rows]:
    """One pass over the claims: what each camp shares and is divided on, the bridges and the
    divisive claims.

    A camp shares a claim when two or more of its members take a position on it and all the
    same one, and is divided on it when some of its members are for it and some against. A
    bridge has positions from members of several camps, all on one side; a claim is divisive
    when two camps take opposite positions on it (a camp's position: the one its members who
    take one share).
    """
    camp_of = {a: k for k, camp in enumerate(camps) for a in camp}
    shared: list[Rows] = [[] for _ in camps]
    divided: list[Rows] = [[] for _ in camps]
    bridges, divisive = [], []
    text = graph.nodes
    for claim, held in positions.by_claim.items():
        if len(held) < 2:
            continue
        by_camp: dict[int, dict[str, str]] = {}
        for author, position in held.items():
            k = camp_of.get(author)
            if k is not None:
                by_camp.setdefault(k, {})[author] = position.value
        if len(by_camp) < 2 and not any(len(mine) > 1 for mine in by_camp.values()):
            continue  # one placed author: nothing shared, divided, bridged or divisive
        sides: dict[str, list[int]] = {"for": [], "against": []}
        for k, mine in sorted(by_camp.items()):
            values = set(mine.values())
            if {"for", "against"} <= values:
                divided[k].append(
                    {
                        "id": claim,
                        "for": sorted(a for a, v in mine.items() if v == "for"),
                        "against": sorted(a for a, v in mine.items() if v == "against"),
                    }
                )
            if len(values) != 1 or MIXED in values:
                continue
            value = values.pop()
            sides[value].append(k + 1)
            if len(mine) >= 2:
                shared[k].append({"id": claim, "side": value, "members": sorted(mine)})
        placed = {a: v for mine in by_camp.values() for a, v in mine.items() if v != MIXED}
        values = set(placed.values())
        touched = sorted({camp_of[a] for a in placed})
        if len(touched) > 1 and len(values) == 1:
            bridges.append(
                {
                    "id": claim,
                    "text": text[claim]["text"],
                    "side": values.pop(),
                    "camps": [k + 1 for k in touched],
                    "members": sorted(placed),
                }
            )
        if sides["for"] and sides["against"]:
            divisive.append(
                {
                    "id": claim,
                    "text": text[claim]["text"],
                    "for": sides["for"],
                    "against": sides["against"],
                    "members_for": sorted(a for a, v in placed.items() if v == "for"),
                    "members_against": sorted(a for a, v in placed.items() if v == "against"),
                }
            )
    for rows in shared:
        rows.sort(key=lambda x: (-len(x["members"]), x["id"]))
    for rows in divided:
        rows.sort(key=lambda x: (-min(len(x["for"]), len(x["against"])), x["id"]))
    bridges.sort(key=lambda b: (-len(b["camps"]), -len(b["members"]), b["id"]))
    divisive.sort(key=lambda d: (-len(d["members_for"]) - len(d["members_against"]), d["id"]))
    return shared, divided, bridges, divisive


def _cohesion(
    members: list[str], contributions: list[list[tuple[tuple[str, str], int]]]
) -> tuple[float | None, int]:
    """The mean score of the camp's pairs with evidence, and how many pairs have some."""
    mine = set(members)
    tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for pairs in contributions:
        for (a, b), sign in pairs:
            if a in mine and b in mine:
                tallies[(a, b)][sign < 0] += 1
    scores = [(agree - disagree) / (agree + disagree) for agree, disagree in tallies.values()]
    return (sum(scores) / len(scores) if scores else None), len(scores)


def find_camps(
    graph: nx.DiGraph,
    positions: Positions,
    level: str | None = None,
    resamples: int | None = None,
    seed: int = SEED,
    exact_limit: int = EXACT_LIMIT,
) -> dict[str, Any]:
    """Authors split into camps, with each camp's cohesion and stability, bridges and divisive
    claims.

    ``level`` is "verdict", "reasons" or "all"; None chooses with ``camp_level``. Authors with
    no evidence with anyone on the level are ``unplaced``. Each camp: ``members``;
    ``cohesion``, the mean score on the level of its pairs that have evidence (pairs without
    are left out, never counted as 0), over ``cohesion_pairs`` of ``pairs``; ``stability``
    (see the module docstring); ``shared`` and ``divided`` (see ``_across_camps``). Bridges and
    divisive claims are read on every claim, whatever level drew the camps.

    >>> from argmap.model import ArgMap, Author, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> from argmap.positions import author_positions
    >>> c = Claim("c", "C", stances=[Stance("c", a, s, "q") for a, s in
    ...     [("ann", Side.HOLDS), ("bob", Side.HOLDS), ("cy", Side.DENIES)]])
    >>> g = build_graph(ArgMap(claims=[c]))
    >>> [k["members"] for k in find_camps(g, author_positions(g), resamples=10)["camps"]]
    [['ann', 'bob'], ['cy']]
    """
    chosen = level or camp_level(graph, positions)
    contributions = _contributions(graph, positions, chosen)
    weights = _net(contributions, [1] * len(contributions))
    engaged = sorted({a for pair in weights for a in pair})
    camps = _partition(engaged, weights, exact_limit)
    if resamples is None:
        resamples = RESAMPLES if len(engaged) <= exact_limit else RESAMPLES_LARGE
    stability = _stability(camps, engaged, contributions, resamples, seed, exact_limit)
    camp_of = {a: k for k, members in enumerate(camps) for a in members}
    inside = sum(s for (a, b), s in weights.items() if camp_of[a] == camp_of[b])
    across = sum(s for (a, b), s in weights.items() if camp_of[a] != camp_of[b])
    shared, divided, bridges, divisive = _across_camps(camps, positions, graph)
    described = []
    for k, members in enumerate(camps):
        cohesion, with_evidence = _cohesion(members, contributions)
        described.append(
            {
                "members": members,
                "cohesion": cohesion,
                "cohesion_pairs": with_evidence,
                "pairs": len(members) * (len(members) - 1) // 2,
                "stability": stability[k],
                "shared": shared[k],
                "divided": divided[k],
            }
        )
    known = set(graph.graph["authors"]) | set(positions.by_author)
    return {
        "level": chosen,
        "method": "exact" if len(engaged) <= exact_limit else "local search",
        "objective": inside - across,
        "resamples": resamples,
        "seed": seed,
        "camps": described,
        "bridges": bridges,
        "divisive": divisive,
        "unplaced": sorted(known - set(engaged)),
    }
