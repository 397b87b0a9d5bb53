"""Answers to an attack, from the map, at any depth; and what to prepare where there is none.

An attack is answered directly by the claims that rebut it; one level down by an undercut, a
claim that rebuts a premise it rests on (a claim supporting it, directly or through a chain of
supports); and by an author who denies it or one of its premises, with the quote. "No answer
in the map" is said only where none of these exists at any depth.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any

import networkx as nx

from argmap.debate.case import Key, Links, ordered
from argmap.model import Side

__all__ = ["answerable", "deep_answers", "held_in", "hint", "premises", "turns"]


def answerable(graph: nx.DiGraph) -> set[str]:
    """The claims the map answers at some depth: rebutted or denied, or resting (through chains
    of supports) on a claim that is.

    >>> g = nx.DiGraph()
    >>> g.add_nodes_from("pqx", claim=None)
    >>> g.add_edge("p", "q", kind="supports")
    >>> g.add_edge("x", "p", kind="rebuts")
    >>> sorted(answerable(g))
    ['p', 'q']
    """
    hits = {target for _, target, kind in graph.edges(data="kind") if kind == "rebuts"}
    for node, claim in graph.nodes(data="claim"):
        if claim is not None and any(s.side is Side.DENIES for s in claim.stances):
            hits.add(node)
    seen, stack = set(hits), list(hits)
    while stack:  # forward along supports: what rests on an answered claim is open to an undercut
        node = stack.pop()
        for _, target, kind in graph.out_edges(node, data="kind"):
            if kind == "supports" and target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def premises(graph: nx.DiGraph, claim_id: str, links: Links | None = None) -> list[tuple[str, int]]:
    """The claims ``claim_id`` rests on, each with its depth (1: it supports the claim directly),
    nearest first, then by id; cycles are walked once.

    >>> g = nx.DiGraph()
    >>> g.add_edges_from([("p", "a"), ("q", "p"), ("a", "q")], kind="supports")
    >>> premises(g, "a")
    [('p', 1), ('q', 2)]
    """
    links = links or Links(graph)
    found: list[tuple[str, int]] = []
    seen = {claim_id}
    level, depth = [claim_id], 1
    while level:
        following = []
        for target in level:
            for premise in links(target, "supports"):
                if premise not in seen:
                    seen.add(premise)
                    following.append(premise)
        found += [(p, depth) for p in sorted(following)]
        level, depth = following, depth + 1
    return found


def _denials(graph: nx.DiGraph, claim_id: str) -> list[str]:
    return [s.author for s in graph.nodes[claim_id]["claim"].stances if s.side is Side.DENIES]


def deep_answers(
    graph: nx.DiGraph, attacker: str, key: Key | None = None, links: Links | None = None
) -> dict[str, Any]:
    """The map's answers to ``attacker`` at every depth.

    ``rebuttals``: the claims that rebut it. ``undercuts``: per premise that something rebuts,
    ``{"premise", "depth", "answers"}`` (depth 1: the premise supports the attacker directly).
    ``denials``: ``{"claim", "author"}``, an author denying the attacker or one of its premises.
    ``depth``: how deep the nearest answer is (1 for a rebuttal or a denial of the attacker
    itself, 1 + the premise's depth for an undercut), None when the map has none.

    >>> g = nx.DiGraph()
    >>> g.add_nodes_from("apyz", claim=None)
    >>> g.add_edge("p", "a", kind="supports")
    >>> g.add_edges_from([("y", "p"), ("z", "p")], kind="rebuts")
    >>> deep_answers(g, "a")
    {'rebuttals': [], 'undercuts': [{'premise': 'p', 'depth': 1, 'answers': ['y', 'z']}], 'denials': [], 'depth': 2}
    """
    links = links or Links(graph)
    rebuttals = ordered(links(attacker, "rebuts"), key)
    undercuts, denials, depths = [], [], []
    if rebuttals:
        depths.append(1)
    for claim_id, depth in [(attacker, 0), *premises(graph, attacker, links)]:
        if graph.nodes[claim_id].get("claim") is not None:
            for author in _denials(graph, claim_id):
                denials.append({"claim": claim_id, "author": author})
                depths.append(depth + 1)
        if depth:
            found = ordered(links(claim_id, "rebuts"), key)
            if found:
                undercuts.append({"premise": claim_id, "depth": depth, "answers": found})
                depths.append(depth + 1)
    return {
        "rebuttals": rebuttals,
        "undercuts": undercuts,
        "denials": denials,
        "depth": min(depths) if depths else None,
    }


def turns(
    graph: nx.DiGraph,
    attacker: str,
    yours: Mapping[str, list[str]],
    verdicts: Mapping[str, str],
    side: str,
) -> list[dict[str, Any]]:
    """Your points that an author of the attack grants: ``{"author", "claims"}`` per author of
    the attack whose verdict on the motion is the other side's and who holds some of your
    points (``yours``: author -> the points of your case they hold, :func:`held_in`).
    """
    found = []
    for author in graph.nodes[attacker]["held_by"]:
        verdict = verdicts.get(author)
        if verdict is None or verdict == side or verdict == "mixed":
            continue
        if yours.get(author):
            found.append({"author": author, "claims": list(yours[author])})
    return found


def held_in(graph: nx.DiGraph, claims: list[str]) -> dict[str, list[str]]:
    """Author -> the claims of ``claims`` they hold, in the order of ``claims``."""
    found: dict[str, list[str]] = {}
    for claim_id in claims:
        for author in graph.nodes[claim_id]["held_by"]:
            found.setdefault(author, []).append(claim_id)
    return found


_FIGURES = re.compile(r"\d\d|[$%\u00a3\u20ac]")  # a number of two digits or more, money, a share
_FORECAST = re.compile(r"\b(will|would|likely|unlikely|may|might|could)\b", re.IGNORECASE)


def hint(
    graph: nx.DiGraph,
    attack: dict[str, Any],
    targets: list[str],
    labels: dict[str, str],
    backing: dict[str, list[str]],
    allies: AbstractSet[str] = frozenset(),
) -> str:
    """What kind of answer to prepare for an attack the map does not answer, in a sentence or two.

    ``labels`` number the case's points; ``backing`` lists, per point, the points under it;
    ``allies`` are the authors on the student's side: a premise one of them holds is not one
    to rebut.
    """
    attacker = attack["id"]
    node = graph.nodes[attacker]
    quotes = " ".join(s.quote for s in node["claim"].stances)
    rests = [
        p
        for p, depth in premises(graph, attacker)
        if depth == 1 and not allies & set(graph.nodes[p]["held_by"])
    ]
    if rests:
        others = len(rests) - 1
        more = f" (or one of the {others} other premises)" if others > 1 else ""
        more = " (or its other premise)" if others == 1 else more
        first = (
            f"Rebut what it rests on: \u201c{node_text(graph, rests[0]).rstrip('.')}\u201d{more}."
        )
    elif _FIGURES.search(node["text"] + " " + quotes):
        first = (
            "It cites figures or dates: check which years they are from, and look for newer ones."
        )
    elif _FORECAST.search(node["text"]):
        first = "It is a forecast: show what could make it wrong, or a trend the other way."
    else:
        first = "Find a source that says otherwise, or show that it does not bear on your case."
    points = [t for t in targets if t in labels]
    if points:
        defended = [
            f"point {labels[t]} with {', '.join(labels[b] for b in backing[t][:2])}"
            for t in points
            if backing.get(t)
        ]
        second = f" Or defend {'; '.join(defended)}." if defended else ""
    else:
        top = [label for label in labels.values() if "." not in label][:2]
        said = f"point {top[0]}" if len(top) == 1 else f"points {' and '.join(top)}"
        second = f" Or weigh it against your {said}." if top else ""
    return first + second


def node_text(graph: nx.DiGraph, claim_id: str) -> str:
    text: str = graph.nodes[claim_id]["text"]
    return text if len(text) <= 90 else text[:90].rsplit(" ", 1)[0] + " \u2026"
