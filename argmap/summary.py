"""Plain-data summaries of a map for the query commands: counts, authors, listings, search."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import networkx as nx

from argmap.model import Claim, Side, Source, Stance

__all__ = [
    "StanceWriter",
    "author_rows",
    "citation",
    "claim_detail",
    "claim_rows",
    "map_stats",
    "search_claims",
]


def _claims(graph: nx.DiGraph) -> list[Claim]:
    return [graph.nodes[n]["claim"] for n in graph.nodes]


def map_stats(graph: nx.DiGraph) -> dict[str, Any]:
    """Counts of everything in the map, and per author.

    >>> from argmap.model import ArgMap, Claim
    >>> from argmap.graph import build_graph
    >>> map_stats(build_graph(ArgMap(claims=[Claim("a", "A")])))["claims"]
    1
    """
    claims = _claims(graph)
    kinds = Counter(kind for _, _, kind in graph.edges(data="kind"))
    sides = Counter(s.side for c in claims for s in c.stances)
    tags = Counter(t for c in claims for t in c.tags)
    return {
        "authors": len(graph.graph["authors"]),
        "sources": len(graph.graph["sources"]),
        "claims": len(claims),
        "motions": sum(graph.nodes[n]["motion"] for n in graph.nodes),
        "edges": graph.number_of_edges(),
        "supports": kinds["supports"],
        "rebuts": kinds["rebuts"],
        "stances": sides[Side.HOLDS] + sides[Side.DENIES],
        "holds": sides[Side.HOLDS],
        "denies": sides[Side.DENIES],
        "tags": dict(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
        "per_author": author_rows(graph),
    }


def author_rows(graph: nx.DiGraph) -> list[dict[str, Any]]:
    """One row per author: name, affiliation, sources, claims held and denied."""
    holds: Counter[str] = Counter()
    denies: Counter[str] = Counter()
    for claim in _claims(graph):
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


def citation(source: Source | None, author_names: dict[str, str]) -> str:
    """``Name, "Title", Venue, date``: how a brief or a show cites a source."""
    if source is None:
        return ""
    names = " and ".join(author_names.get(a, a) for a in source.authors)
    parts = [names, f"\u201c{source.title}\u201d", source.venue or "", source.date or ""]
    return ", ".join(p for p in parts if p)


class StanceWriter:
    """Turns stances into rows with the author's name, the source (the author's only one where
    the stance names none) and its citation; built once per graph, used for many claims."""

    def __init__(self, graph: nx.DiGraph) -> None:
        self.sources = graph.graph["sources"]
        self.names = {a.id: a.name for a in graph.graph["authors"].values()}
        self.sole = _sole_source(graph)

    def row(self, stance: Stance) -> dict[str, Any]:
        source_id = stance.source or self.sole.get(stance.author)
        return {
            "author": stance.author,
            "name": self.names.get(stance.author, stance.author),
            "quote": stance.quote,
            "source": source_id,
            "citation": citation(self.sources.get(source_id), self.names),
            "note": stance.note,
        }

    def sides(self, claim: Claim) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The rows of those who hold the claim, and of those who deny it."""
        held = [self.row(s) for s in claim.stances if s.side is Side.HOLDS]
        return held, [self.row(s) for s in claim.stances if s.side is Side.DENIES]


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


def _sole_source(graph: nx.DiGraph) -> dict[str, str]:
    by_author: dict[str, list[str]] = {}
    for source in graph.graph["sources"].values():
        for author in source.authors:
            by_author.setdefault(author, []).append(source.id)
    return {a: ids[0] for a, ids in by_author.items() if len(ids) == 1}


_WORD = re.compile(r"\w+", re.UNICODE)
# How much a word found in each field counts: a claim's own text says most about it.
_FIELD_WEIGHT = {"text": 3.0, "id": 2.0, "tag": 2.0, "quote": 1.0, "note": 0.5}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def search_claims(graph: nx.DiGraph, query: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Claims whose text, id, tags, quotes or notes match the words of ``query``, best first.

    Each word scores by its rarity across claims (idf) times the weight of the field it is in;
    a claim must match every word; the exact phrase in the text or a quote doubles the score.

    >>> from argmap.model import ArgMap, Claim
    >>> from argmap.graph import build_graph
    >>> g = build_graph(ArgMap(claims=[Claim("a", "Gas flows east"), Claim("b", "Arms flow")]))
    >>> [r["id"] for r in search_claims(g, "gas")]
    ['a']
    """
    terms = list(dict.fromkeys(_words(query)))
    if not terms:
        return []
    phrase = " ".join(terms)
    documents: dict[str, list[tuple[str, str, list[str]]]] = {}
    frequency: Counter[str] = Counter()
    for claim in _claims(graph):
        fields = [("text", claim.text), ("id", claim.id.replace("-", " "))]
        fields += [("tag", tag) for tag in claim.tags]
        fields += [("quote", s.quote) for s in claim.stances]
        if claim.note:
            fields.append(("note", claim.note))
        tokenized = [(name, value, _words(value)) for name, value in fields]
        documents[claim.id] = tokenized
        frequency.update({w for _, _, words in tokenized for w in words})
    total = len(documents)
    results = []
    for claim_id, tokenized_fields in documents.items():
        score = 0.0
        matched: list[dict[str, str]] = []
        found_terms: set[str] = set()
        for name, value, words in tokenized_fields:
            hits = [t for t in terms if t in words]
            if not hits:
                continue
            found_terms.update(hits)
            weight = sum(math.log(1 + total / frequency[t]) for t in hits) * _FIELD_WEIGHT[name]
            if len(terms) > 1 and phrase in " ".join(words):
                weight *= 2
            score += weight
            matched.append({"field": name, "text": value})
        if found_terms == set(terms):
            results.append(
                {
                    "id": claim_id,
                    "text": graph.nodes[claim_id]["text"],
                    "score": round(score, 3),
                    "matches": matched,
                }
            )
    results.sort(key=lambda r: (-r["score"], r["id"]))
    return results[:limit] if limit else results
