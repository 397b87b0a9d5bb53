"""Source texts: their passages, the passages that best show a claim, draft claims of an article.

Nothing here knows the map format: the functions take and return plain strings and numbers,
so ``check`` (its closest-passage hint) and the CLI (``quote``, ``ingest``) can share them.
"""

from __future__ import annotations

from argmap.sourcetext.passages import Passage, locate, sentences, split_passages
from argmap.sourcetext.rank import Bm25, Match, Ranker, best_passages

__all__ = [
    "Bm25",
    "Match",
    "Passage",
    "Ranker",
    "best_passages",
    "locate",
    "sentences",
    "split_passages",
]
