"""The drill's marking: which of the map's answers a student's typed answer resembles.

Offline text matching: Okapi BM25 over word stems (``argmap.sourcetext.Bm25``, as ``argmap
quote`` ranks passages), each of the map's answers being its claim's text with its quotes, and
the brief's claims giving the statistics (how rare each word is).
"""

from __future__ import annotations

from typing import Any

from argmap.debate.cards import answer_list
from argmap.sourcetext import Bm25
from argmap.words import terms

__all__ = ["RESEMBLES", "answer_text", "resemblance"]

# A typed answer resembles one of the map's when at least this share of what the typed words
# weigh (BM25, the typed answer's own score being 1) is found in it, from two words or more.
RESEMBLES = 0.3


def answer_text(data: dict[str, Any], answer: dict[str, Any]) -> str:
    """The words of one of the map's answers: its claim and quotes, or the denial's quote."""
    if answer["kind"] == "denial":
        entry = data["claims"][answer["claim"]]
        return " ".join(s["quote"] for s in entry["denied_by"] if s["author"] == answer["author"])
    entry = data["claims"][answer["id"]]
    return " ".join([entry["text"], *(s["quote"] for s in entry["held_by"])])


def _document(data: dict[str, Any], claim_id: str) -> list[str]:
    entry = data["claims"][claim_id]
    quotes = [s["quote"] for s in entry["held_by"] + entry["denied_by"]]
    return terms(" ".join([entry["text"], *quotes]))


def resemblance(
    data: dict[str, Any], attack: dict[str, Any], typed: str
) -> list[tuple[dict[str, Any], float]]:
    """The map's answers to ``attack`` that ``typed`` resembles, closest first, with the share
    (0 to 1); empty when it resembles none or the map has none.

    >>> data = {"claims": {"x": {"text": "Uniforms cost too much.", "held_by": [], "denied_by": []},
    ...     "r": {"text": "Second-hand uniform sales cut the cost.", "held_by": [],
    ...           "denied_by": []}}}
    >>> [(a["id"], round(s, 2)) for a, s in resemblance(data, {"answers": ["r"]},
    ...     "second-hand sales are cheap")]
    [('r', 0.45)]
    """
    query = terms(typed)
    answers = answer_list(attack)
    if not query or not answers:
        return []
    documents = [terms(answer_text(data, a)) for a in answers]
    statistics = [_document(data, c) for c in data["claims"]]
    index = Bm25(documents, statistics=statistics or documents)
    shares = index.shares(query)
    found = []
    for answer, document, share in zip(answers, documents, shares, strict=True):
        shared = len(set(query) & set(document))
        if share >= RESEMBLES and (shared >= 2 or len(set(query)) == 1):
            found.append((answer, share))
    return sorted(found, key=lambda pair: -pair[1])
