"""Plain-data summaries of a map for the query commands: counts, authors, claims, one claim."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from argmap.citations import StanceWriter
from argmap.graph import claims_of
from argmap.model import Claim, Side

__all__ = ["author_rows", "claim_detail", "claim_rows", "map_stats"]


def map_stats(graph: nx.DiGraph) -> dict[str, Any]:
    """Counts of everything in the map, and per author.

    >>> from argmap.model import ArgMap, Claim
    >>> from argmap.graph import build_graph
    >>> map_stats(build_graph(ArgMap(claims=[Claim("a", "A")])))["claims"]
    1
    """
    claims = claims_of(graph)
    kinds = Counter(kind for _, _, kind in graph.edges(data="kind"))
    # Sides told apart by identity: counting the enum members would hash each one in Python.
    holds = denies = 0
    for claim in claims:
        for stance in claim.stances:
            if stance.side is Side.HOLDS:
                holds += 1
            elif stance.side is Side.DENIES:
                denies += 1
    tags = Counter(t for c in claims for t in c.tags)
    return {
        "authors": len(graph.graph["authors"]),
        "sources": len(graph.graph["sources"]),
        "claims": len(claims),
        "motions": sum(1 for _, motion in graph.nodes(data="motion") if motion),
        "edges": graph.number_of_edges(),
        "supports": kinds["supports"],
        "rebuts": kinds["rebuts"],
        "stances": holds + denies,
        "holds": holds,
        "denies": denies,
        "tags": dict(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
        "per_author": author_rows(graph),
    }


def author_rows(graph: nx.DiGraph) -> list[dict[str, Any]]:
    """One row per author: name, affiliation, sources, claims held and denied."""
    holds: Counter[str] = Counter()
    denies: Counter[str] = Counter()
    for claim in claims_of(graph):
        for stance in claim.stances:
            (holds if stance.side is Side.HOLDS else denies)[stance.author] += 1
    sources: dict[str, list[str]] = {}
    for source in graph.graph["sources"].values():
        for author in source.authors:
            sources.setdefault(author, []).append(source.id)
    return [
        {
            "id": author.id,
            "name": author.name,
            "affiliation": author.affiliation,
            "sources": sources.get(author.id, []),
            "holds": holds[author.id],
            "denies": denies[author.id],
        }
        for author in sorted(graph.graph["authors"].values(), key=lambda a: a.id)
    ]


def claim_rows(
    graph: nx.DiGraph,
    authors: tuple[str, ...] = (),
    tag: str | None = None,
    text: str | None = None,
) -> list[dict[str, Any]]:
    """Claims in id order, keeping those with a stance by any of ``authors``, with ``tag``,
    and containing ``text`` (case-insensitive)."""
    needle = text.casefold() if text else None
    rows = []
    for claim_id in sorted(graph.nodes):
        data = graph.nodes[claim_id]
        if authors and not set(authors) & (set(data["held_by"]) | set(data["denied_by"])):
            continue
        if tag and tag not in data["tags"]:
            continue
        if needle and needle not in data["text"].casefold():
            continue
        rows.append(
            {
                "id": claim_id,
                "text": data["text"],
                "tags": list(data["tags"]),
                "held_by": list(data["held_by"]),
                "denied_by": list(data["denied_by"]),
                "motion": data["motion"],
            }
        )
    return rows


def claim_detail(graph: nx.DiGraph, claim_id: str) -> dict[str, Any]:
    """Everything about one claim: stances with quotes and sources, edges both ways."""
    claim: Claim = graph.nodes[claim_id]["claim"]
    held, denied = StanceWriter(graph).sides(claim)

    def linked(pairs: Any) -> list[dict[str, str | None]]:
        return [
            {"id": other, "text": graph.nodes[other]["text"], "note": note}
            for other, note in sorted(pairs)
        ]

    out_edges = [(v, d["kind"], d.get("note")) for _, v, d in graph.out_edges(claim_id, data=True)]
    in_edges = [(u, d["kind"], d.get("note")) for u, _, d in graph.in_edges(claim_id, data=True)]
    return {
        "id": claim_id,
        "text": claim.text,
        "tags": list(claim.tags),
        "motion": claim.is_motion,
        "held_by": held,
        "denied_by": denied,
        "supports": linked((v, n) for v, k, n in out_edges if k == "supports"),
        "rebuts": linked((v, n) for v, k, n in out_edges if k == "rebuts"),
        "supported_by": linked((u, n) for u, k, n in in_edges if k == "supports"),
        "rebutted_by": linked((u, n) for u, k, n in in_edges if k == "rebuts"),
        "strength": claim.strength,
        "note": claim.note,
        "place": str(claim.loc),
    }
