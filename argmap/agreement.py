"""Where authors agree and disagree: evidence between two authors, scores, sides and camps.

Every function takes the graph of ``argmap.graph.build_graph`` (or of ``argmap.select.select``)
first and returns plain data; nothing here prints.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from argmap.citations import sole_sources, stance_source
from argmap.model import Claim, Side, Stance

__all__ = [
    "CAMPS_EXACT_LIMIT",
    "NORMALIZATIONS",
    "Evidence",
    "Finding",
    "agreement_matrix",
    "author_evidence",
    "claim_sides",
    "compare_authors",
    "contested_claims",
    "find_camps",
    "pair_counts",
    "stance_table",
]

# The --normalize choices: the plain score of DESIGN.md, and two of the Discourse Network
# Analyzer's normalizations of congruence and conflict counts.
NORMALIZATIONS = ("plain", "average", "jaccard")
# Up to this many authors `find_camps` searches every partition; beyond it, Louvain.
CAMPS_EXACT_LIMIT = 16


@dataclass(frozen=True, slots=True)
class Finding:
    """One way an item of evidence shows: ``first`` and ``second`` are the two stances, and
    ``link`` how ``first.claim`` bears on ``second.claim`` ("supports", "rebuts", or None for
    the same claim); ``path`` the claims from one to the other."""

    first: Stance
    second: Stance
    link: str | None
    path: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One item of evidence between authors ``a`` < ``b``, about one claim or one linked pair."""

    a: str
    b: str
    claims: tuple[str, ...]
    agree: bool
    findings: tuple[Finding, ...]


def _stances(graph: nx.DiGraph, node: str) -> list[Stance]:
    claim: Claim = graph.nodes[node]["claim"]
    return claim.stances


def _relations(graph: nx.DiGraph, hops: int) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(x, y) -> (kind, path) for every y reached from x along at most ``hops`` edges.

    A path's kind is "supports" when it has an even number of rebuttals (the enemy of an enemy
    is a friend), else "rebuts"; where the shortest paths from x to y disagree, x and y are not
    related at all, so no evidence rests on an ambiguous chain.
    """
    if hops == 1:
        return {(u, v): (kind, (u, v)) for u, v, kind in graph.edges(data="kind")}
    related: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    for start in graph.nodes:
        # Breadth first, one layer at a time: node -> {sign: a path with that sign}.
        layer: dict[str, dict[bool, tuple[str, ...]]] = {start: {True: (start,)}}
        seen = {start}
        for _ in range(hops):
            following: dict[str, dict[bool, tuple[str, ...]]] = {}
            for node, signs in layer.items():
                for _, target, kind in graph.out_edges(node, data="kind"):
                    if target in seen:
                        continue
                    for positive, path in signs.items():
                        sign = positive == (kind == "supports")
                        following.setdefault(target, {}).setdefault(sign, (*path, target))
            seen.update(following)
            for target, signs in following.items():
                if len(signs) == 1:
                    ((positive, path),) = signs.items()
                    related[(start, target)] = ("supports" if positive else "rebuts", path)
            layer = following
    return related


_Raw = tuple[tuple[str, ...], bool, Stance, Stance, str | None, tuple[str, ...]]


def _findings(graph: nx.DiGraph, hops: int) -> Iterator[_Raw]:
    """Every (claims, agree, stance, stance, link, path) of DESIGN.md's three rules."""
    for node in graph.nodes:
        stances = _stances(graph, node)
        for s, t in itertools.combinations(stances, 2):
            if s.author != t.author:
                yield (node,), s.side is t.side, s, t, None, (node,)
    for (x, y), (kind, path) in _relations(graph, hops).items():
        key = (x, y) if x < y else (y, x)
        targets = _stances(graph, y)
        for s in _stances(graph, x):
            if s.side is not Side.HOLDS:
                continue
            for t in targets:
                if s.author == t.author:
                    continue
                if t.side is Side.HOLDS:
                    # Both hold: a support links them, a rebuttal sets them apart.
                    yield key, kind == "supports", s, t, kind, path
                else:
                    # One holds x, the other denies y: supporting y opposes the denier;
                    # rebutting y stands with them against y.
                    yield key, kind == "rebuts", s, t, kind, path


def author_evidence(graph: nx.DiGraph, a: str, b: str, hops: int = 1) -> list[Evidence]:
    """Every item of evidence between authors ``a`` and ``b``, each counted once.

    Evidence is DESIGN.md's: a stance on the same claim (same side agrees, opposite sides
    disagree); both holding claims where one supports the other (agree) or rebuts it
    (disagree); one holding x and the other denying y where x supports y (disagree) or rebuts
    it (agree). An item is one claim, or one pair of linked claims however the link is found;
    an item whose findings point both ways (an author on both sides of it) counts as neither.
    ``hops`` > 1 also links claims joined by longer chains of edges.

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.DENIES, "r")])
    >>> [(e.claims, e.agree) for e in author_evidence(build_graph(ArgMap(claims=[c])), "bob", "ann")]
    [(('c',), False)]
    """
    pair = (a, b) if a < b else (b, a)
    found: dict[tuple[str, ...], tuple[set[bool], list[Finding]]] = {}
    for key, agree, s, t, link, path in _findings(graph, hops):
        if {s.author, t.author} == set(pair):
            verdicts, findings = found.setdefault(key, (set(), []))
            verdicts.add(agree)
            findings.append(Finding(s, t, link, path))
    return [
        Evidence(pair[0], pair[1], key, verdicts == {True}, tuple(findings))
        for key, (verdicts, findings) in sorted(found.items())
        if len(verdicts) == 1
    ]


def pair_counts(graph: nx.DiGraph, hops: int = 1) -> dict[tuple[str, str], tuple[int, int]]:
    """(a, b) with a < b -> (agreements, disagreements), for every pair with any evidence.

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.HOLDS, "r")])
    >>> pair_counts(build_graph(ArgMap(claims=[c])))
    {('ann', 'bob'): (1, 0)}
    """
    # (a, b, claims) -> 1 for agreement, 2 for disagreement, 3 for findings both ways.
    verdicts: dict[tuple[str, str, tuple[str, ...]], int] = defaultdict(int)
    for key, agree, s, t, _, _ in _findings(graph, hops):
        a, b = (s.author, t.author) if s.author < t.author else (t.author, s.author)
        verdicts[(a, b, key)] |= 1 if agree else 2
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for (a, b, _), verdict in verdicts.items():
        if verdict != 3:
            counts[(a, b)][verdict - 1] += 1
    return {pair: (n[0], n[1]) for pair, n in sorted(counts.items())}


def _score(agree: int, disagree: int) -> float | None:
    return (agree - disagree) / (agree + disagree) if agree + disagree else None


def _cells(graph: nx.DiGraph) -> dict[str, set[tuple[str, Side]]]:
    """Author -> the (claim, side) cells of their stances: DNA's statements."""
    cells: dict[str, set[tuple[str, Side]]] = defaultdict(set)
    for node in graph.nodes:
        for stance in _stances(graph, node):
            cells[stance.author].add((node, stance.side))
    return cells


def agreement_matrix(graph: nx.DiGraph, normalize: str = "plain", hops: int = 1) -> dict[str, Any]:
    """The author × author table: one entry per unordered pair of the graph's authors.

    ``{"authors": [ids], "pairs": [{"a", "b", "agree", "disagree", "score"}]}`` with a < b.
    ``score`` is (agree − disagree) / (agree + disagree), None without evidence. With
    ``normalize`` "average" or "jaccard" (the Discourse Network Analyzer's), agree and
    disagree are divided by DNA's norm (``average``: the mean number of stances of the two
    authors; ``jaccard``: the number of distinct (claim, side) stances the two take between
    them), the pairs gain ``agree_weight`` and ``disagree_weight``, and ``score`` is their
    difference.

    >>> from argmap.model import ArgMap, Author, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.HOLDS, "r")])
    >>> agreement_matrix(build_graph(ArgMap([Author("ann", "A"), Author("bob", "B")], claims=[c])))["pairs"]
    [{'a': 'ann', 'b': 'bob', 'agree': 1, 'disagree': 0, 'score': 1.0}]
    """
    if normalize not in NORMALIZATIONS:
        raise ValueError(f"normalize must be one of {NORMALIZATIONS}, not {normalize!r}")
    authors = sorted(graph.graph["authors"])
    counts = pair_counts(graph, hops)
    cells = _cells(graph) if normalize != "plain" else {}
    pairs = []
    for a, b in itertools.combinations(authors, 2):
        agree, disagree = counts.get((a, b), (0, 0))
        entry: dict[str, Any] = {"a": a, "b": b, "agree": agree, "disagree": disagree}
        if normalize == "plain":
            entry["score"] = _score(agree, disagree)
        else:
            mine, theirs = cells.get(a, set()), cells.get(b, set())
            norm = (len(mine) + len(theirs)) / 2 if normalize == "average" else len(mine | theirs)
            weights = (agree / norm, disagree / norm) if norm else (0.0, 0.0)
            entry["agree_weight"], entry["disagree_weight"] = weights
            entry["score"] = weights[0] - weights[1] if agree + disagree else None
        pairs.append(entry)
    return {"authors": authors, "pairs": pairs}


def claim_sides(graph: nx.DiGraph, claim_id: str) -> tuple[set[str], set[str]]:
    """The authors ``for`` and ``against`` a claim.

    ``for``: who holds it or holds a claim that supports it; ``against``: who denies it or
    holds a claim that rebuts it. An author can be on both sides.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind, Stance, Side
    >>> from argmap.graph import build_graph
    >>> r = Claim("r", "R", stances=[Stance("r", "bob", Side.HOLDS, "q")], edges=[Edge("r", "c", EdgeKind.REBUTS)])
    >>> claim_sides(build_graph(ArgMap(claims=[Claim("c", "C"), r])), "c")
    (set(), {'bob'})
    """
    pro = set(graph.nodes[claim_id]["held_by"])
    con = set(graph.nodes[claim_id]["denied_by"])
    for source, _, kind in graph.in_edges(claim_id, data="kind"):
        (pro if kind == "supports" else con).update(graph.nodes[source]["held_by"])
    return pro, con


def _reasons(graph: nx.DiGraph, claim_id: str) -> list[dict[str, Any]]:
    """Why each author is on a side of a claim: held, denied, or a supporter or rebuttal held."""
    reasons = [
        {"author": a, "side": "for", "how": "holds", "via": None}
        for a in graph.nodes[claim_id]["held_by"]
    ] + [
        {"author": a, "side": "against", "how": "denies", "via": None}
        for a in graph.nodes[claim_id]["denied_by"]
    ]
    for source, _, kind in sorted(graph.in_edges(claim_id, data="kind")):
        side, how = (
            ("for", "holds-support") if kind == "supports" else ("against", "holds-rebuttal")
        )
        reasons += [
            {"author": a, "side": side, "how": how, "via": source}
            for a in graph.nodes[source]["held_by"]
        ]
    return sorted(reasons, key=lambda r: (r["side"] != "for", r["author"], r["via"] or ""))


def contested_claims(graph: nx.DiGraph, limit: int | None = None) -> list[dict[str, Any]]:
    """Claims with authors on both sides, most contested first.

    Most contested: larger min(|for|, |against|), then larger |for| + |against|, then id.
    Each entry: ``id``, ``text``, ``for`` and ``against`` (sorted author ids) and ``reasons``
    (each author's side, ``how``: holds / denies / holds-support / holds-rebuttal, and ``via``:
    the supporting or rebutting claim).

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.DENIES, "r")])
    >>> [(x["id"], x["for"], x["against"]) for x in contested_claims(build_graph(ArgMap(claims=[c])))]
    [('c', ['ann'], ['bob'])]
    """
    found = []
    for node in graph.nodes:
        pro, con = claim_sides(graph, node)
        if pro and con:
            found.append((-min(len(pro), len(con)), -(len(pro) + len(con)), node, pro, con))
    found.sort(key=lambda row: row[:3])
    return [
        {
            "id": node,
            "text": graph.nodes[node]["text"],
            "for": sorted(pro),
            "against": sorted(con),
            "reasons": _reasons(graph, node),
        }
        for _, _, node, pro, con in found[:limit]
    ]


def _best_partition(authors: list[str], weight: dict[tuple[str, str], float]) -> list[list[str]]:
    """The partition of ``authors`` with the largest sum of scores inside camps (exact).

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
        options = sorted(range(len(camps)), key=lambda c: -gains[c][k])
        for c in options:
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


def _louvain(authors: list[str], weight: dict[tuple[str, str], float]) -> list[list[str]]:
    positive = nx.Graph()
    positive.add_nodes_from(authors)
    positive.add_weighted_edges_from((a, b, s) for (a, b), s in weight.items() if s > 0)
    return [list(c) for c in nx.community.louvain_communities(positive, seed=0)]


def find_camps(
    graph: nx.DiGraph, hops: int = 1, exact_limit: int = CAMPS_EXACT_LIMIT
) -> dict[str, Any]:
    """Authors split into camps that agree within and disagree across.

    The objective is the sum of pair scores inside camps minus the sum across camps (a pair
    without evidence counts 0): correlation clustering, where the number of camps is whatever
    serves the objective best. Maximizing it is the same as maximizing the sum inside camps,
    since inside + across is fixed. Authors with no evidence with anyone are left ``unplaced``.
    Up to ``exact_limit`` authors every set partition is searched (branch and bound);
    beyond, Louvain communities of the graph of positive scores (seed 0) are used.

    Each camp: ``members``; ``shared``, the claims on which at least two members (the one,
    for a camp of one) stand on the same side and none on the other; ``dividing``, the
    contested claims on which the camp stands on one side only and other camps' members stand
    on the other.

    >>> from argmap.model import ArgMap, Author, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", a, s, "q") for a, s in
    ...     [("ann", Side.HOLDS), ("bob", Side.HOLDS), ("cy", Side.DENIES)]])
    >>> [k["members"] for k in find_camps(build_graph(ArgMap(claims=[c])))["camps"]]
    [['ann', 'bob'], ['cy']]
    """
    counts = pair_counts(graph, hops)
    weight = {pair: _score(*n) or 0.0 for pair, n in counts.items()}
    engaged = sorted({a for pair in counts for a in pair})
    known = set(graph.graph["authors"]) | {
        s.author for n in graph.nodes for s in _stances(graph, n)
    }
    if len(engaged) <= exact_limit:
        method, partition = "exact", _best_partition(engaged, weight)
    else:
        method, partition = "louvain", _louvain(engaged, weight)
    camps = sorted((sorted(c) for c in partition), key=lambda c: (-len(c), c))
    camp_of = {a: k for k, members in enumerate(camps) for a in members}
    inside = sum(s for (a, b), s in weight.items() if camp_of[a] == camp_of[b])
    across = sum(s for (a, b), s in weight.items() if camp_of[a] != camp_of[b])
    sides = {node: claim_sides(graph, node) for node in graph.nodes}
    return {
        "method": method,
        "objective": round(inside - across, 6),
        "camps": [_describe_camp(members, camp_of, sides, weight) for members in camps],
        "unplaced": sorted(known - set(engaged)),
    }


def _describe_camp(
    members: list[str],
    camp_of: dict[str, int],
    sides: dict[str, tuple[set[str], set[str]]],
    weight: dict[tuple[str, str], float],
) -> dict[str, Any]:
    mine = set(members)
    me = camp_of[members[0]]
    shared, dividing = [], []
    for node, (pro, con) in sorted(sides.items()):
        for side, ours, theirs in (("for", pro, con), ("against", con, pro)):
            here = sorted(ours & mine)
            if not here or theirs & mine:
                continue
            if len(here) >= min(2, len(members)):
                shared.append({"id": node, "side": side, "members": here})
            others = sorted(a for a in theirs if a in camp_of and camp_of[a] != me)
            if others:
                dividing.append({"id": node, "side": side, "members": here, "others": others})
    shared.sort(key=lambda x: (-len(x["members"]), x["id"]))
    dividing.sort(key=lambda x: (-min(len(x["members"]), len(x["others"])), x["id"]))
    pairs = list(itertools.combinations(members, 2))
    cohesion = sum(weight.get(p, 0.0) for p in pairs) / len(pairs) if pairs else None
    return {"members": members, "cohesion": cohesion, "shared": shared, "dividing": dividing}


def compare_authors(graph: nx.DiGraph, a: str, b: str, hops: int = 1) -> dict[str, Any]:
    """Two authors item by item: ``agreements``, ``disagreements``, the counts and the score.

    Each item: ``claims`` and ``findings``, each finding naming the two stances (author,
    claim, side, quote, source) and the ``link`` between their claims (None for the same
    claim, else "supports" or "rebuts" with its ``path``).

    >>> from argmap.model import ArgMap, Claim, Stance, Side
    >>> from argmap.graph import build_graph
    >>> c = Claim("c", "C", stances=[Stance("c", "ann", Side.HOLDS, "q"), Stance("c", "bob", Side.HOLDS, "r")])
    >>> compare_authors(build_graph(ArgMap(claims=[c])), "ann", "bob")["score"]
    1.0
    """
    sole = sole_sources(graph)

    def stance(s: Stance) -> dict[str, Any]:
        return {
            "author": s.author,
            "claim": s.claim,
            "side": str(s.side),
            "quote": s.quote,
            "source": stance_source(s, sole),
            "note": s.note,
        }

    def item(e: Evidence) -> dict[str, Any]:
        findings = []
        for f in e.findings:
            entry = {
                "stances": [stance(f.first), stance(f.second)],
                "link": f.link,
                "path": list(f.path),
            }
            if entry not in findings:
                findings.append(entry)
        return {"claims": list(e.claims), "findings": findings}

    items = author_evidence(graph, a, b, hops)
    agree = [item(e) for e in items if e.agree]
    disagree = [item(e) for e in items if not e.agree]
    return {
        "a": a,
        "b": b,
        "agree": len(agree),
        "disagree": len(disagree),
        "score": _score(len(agree), len(disagree)),
        "agreements": agree,
        "disagreements": disagree,
    }


def stance_table(graph: nx.DiGraph) -> dict[str, Any]:
    """The raw author × claim table: who holds (+) and who denies (−) each claim.

    ``{"authors": [ids], "claims": [{"id", "text", "stances": {author: "holds" / "denies" /
    "both"}}]}``, claims with at least one stance, in id order.

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
        for s in _stances(graph, node):
            side = str(s.side)
            marks[s.author] = side if marks.get(s.author, side) == side else "both"
        if marks:
            seen.update(marks)
            rows.append(
                {
                    "id": node,
                    "text": graph.nodes[node]["text"],
                    "stances": dict(sorted(marks.items())),
                }
            )
    authors = sorted(set(graph.graph["authors"]) | seen)
    return {"authors": authors, "claims": rows}
