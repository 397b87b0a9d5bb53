"""Debate cards: each quote of a brief in the paragraph of its source text that holds it.

A card's body is the source's paragraph around the quote, the quoted words being what is read
aloud; the words come from the source text itself (``argmap.sourcetext.locate`` finds a quote
up to typography), so the read-aloud part is verbatim from the source.
"""

from __future__ import annotations

import copy
from typing import Any

from argmap.sourcetext.passages import locate, paragraph

__all__ = ["CONTEXT_WORDS", "answer_list", "with_passages"]

# At most this many words of the paragraph are kept on each side of a quote.
CONTEXT_WORDS = 90


def _trim(text: str, keep_end: bool) -> str:
    words = text.split(" ")
    if len(text.split()) <= CONTEXT_WORDS:
        return text
    if keep_end:
        return "\u2026 " + " ".join(words[-CONTEXT_WORDS:]).lstrip()
    return " ".join(words[:CONTEXT_WORDS]).rstrip() + " \u2026"


def passage(quote: str, text: str) -> dict[str, Any] | None:
    """``{"before", "quote", "after", "line"}``: the quote as the source writes it, with the
    rest of its paragraph on each side, or None when the text does not hold the quote.

    >>> passage('he said "no"', "Intro.\\n\\nThen he said \u201cno\u201d and left.\\n")
    {'before': 'Then ', 'quote': 'he said \u201cno\u201d', 'after': ' and left.', 'line': 3}
    """
    found = locate(quote, text)
    if found is None:
        return None
    start, end = found
    first, last = paragraph(text, start, end)
    return {
        "before": _trim(" ".join(text[first:start].split("\n")).lstrip(), keep_end=True),
        "quote": text[start:end],
        "after": _trim(" ".join(text[end:last].split("\n")).rstrip(), keep_end=False),
        "line": text.count("\n", 0, start) + 1,
    }


def with_passages(data: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A copy of a brief whose every stance has ``passage``: the paragraph of its source text
    around the quote (:func:`passage`), or None where ``texts`` (source id -> the text) has no
    text for its source or the text does not hold the quote."""
    out = copy.deepcopy(data)
    for entry in out["claims"].values():
        for row in entry["held_by"] + entry["denied_by"]:
            text = texts.get(row["source"] or "")
            row["passage"] = passage(row["quote"], text) if text is not None else None
    return out


def answer_list(attack: dict[str, Any]) -> list[dict[str, Any]]:
    """Every answer the map has to one attack (an entry of ``attack_groups``), nearest first:
    ``{"kind": "rebuttal", "id"}``, ``{"kind": "undercut", "id", "premise", "depth"}`` and
    ``{"kind": "denial", "claim", "author"}``.

    >>> answer_list({"answers": ["r"], "undercuts": [{"premise": "p", "depth": 1,
    ...     "answers": ["u"]}], "denials": [{"claim": "p", "author": "ann"}]})
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'kind': 'rebuttal', 'id': 'r'}, {'kind': 'undercut', 'id': 'u', 'premise': 'p', 'depth': 1},
     {'kind': 'denial', 'claim': 'p', 'author': 'ann'}]
    """
    found: list[dict[str, Any]] = [{"kind": "rebuttal", "id": a} for a in attack["answers"]]
    for undercut in attack.get("undercuts", []):
        found += [
            {
                "kind": "undercut",
                "id": a,
                "premise": undercut["premise"],
                "depth": undercut["depth"],
            }
            for a in undercut["answers"]
        ]
    found += [{"kind": "denial", **d} for d in attack.get("denials", [])]
    return found
