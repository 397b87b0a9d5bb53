"""Searching a map: the claims whose text, id, tags, quotes or notes match some words."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import networkx as nx

from argmap.graph import claims_of
from argmap.words import terms as _terms

__all__ = ["query_terms", "search_claims"]


# How much a word found in each field counts: a claim's own text says most about it.
_FIELD_WEIGHT = {"text": 3.0, "id": 2.0, "tag": 2.0, "quote": 1.0, "note": 0.5}


def query_terms(query: str) -> list[str]:
    """The stems a search looks for: the query's content words, each once, in order; its
    stop words only when it has nothing else ("the one").

    >>> query_terms("The alliances of the alliance"), query_terms("the one")
    (['allianc'], ['the', 'one'])
    """
    found = _terms(query) or _terms(query, keep_stopwords=True)
    return list(dict.fromkeys(found))


def _words(text: str) -> list[str]:
    return _terms(text, keep_stopwords=True)


def search_claims(graph: nx.DiGraph, query: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Claims whose text, id, tags, quotes or notes match the words of ``query``, best first.

    Words match in any of their forms (their Snowball stems: "sanction" finds "sanctions",
    "allied" finds "ally"). Each word scores by its rarity across claims (idf) times the
    weight of the field it is in; a claim must match every word; the words in the query's
    order in the text or a quote double the score.

    >>> from argmap.model import ArgMap, Claim
    >>> from argmap.graph import build_graph
    >>> g = build_graph(ArgMap(claims=[Claim("a", "Gas flows east"), Claim("b", "Arms flow")]))
    >>> [r["id"] for r in search_claims(g, "gas")], [r["id"] for r in search_claims(g, "flowing")]
    (['a'], ['a', 'b'])
    """
    terms = query_terms(query)
    if not terms:
        return []
    phrase = " ".join(terms)
    documents: dict[str, list[tuple[str, str, list[str]]]] = {}
    frequency: Counter[str] = Counter()
    for claim in claims_of(graph):
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
