"""Ranking passages for a query: Okapi BM25 over word stems, the standard parameters.

BM25 is the ranking function of Lucene and of most search engines: it rewards a query word
found in a passage by how rare the word is in the text (its idf), with diminishing returns for
repeats (``k1``) and a penalty for long passages (``b``). ``k1 = 1.2`` and ``b = 0.75`` are
Lucene's defaults, used as they are. A score is given as a share of the query's own score (a
passage holding every query word as often as the query does, at the query's length, scores
about 1), so scores read alike across queries and texts.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from argmap.sourcetext.passages import LONG_SENTENCE, Passage, split_passages
from argmap.words import terms

__all__ = ["K1", "B", "Bm25", "Match", "Ranker", "best_passages"]

K1 = 1.2
B = 0.75


class Bm25:
    """An index of documents (lists of terms) that scores queries against them.

    ``statistics`` are the documents that idf and the average length are counted over, when
    they differ from the documents scored (passages overlap; the sentences of a text do not).

    >>> index = Bm25([["bear", "dragon"], ["bear"], ["eagl"]])
    >>> [round(s, 2) for s in index.scores(["dragon", "bear"])]
    [1.2, 0.52, 0.0]
    """

    def __init__(
        self,
        documents: Sequence[Sequence[str]],
        statistics: Sequence[Sequence[str]] | None = None,
        k1: float = K1,
        b: float = B,
    ) -> None:
        counted = documents if statistics is None else statistics
        self.k1, self.b = k1, b
        self.count = len(counted)
        frequency = Counter(term for document in counted for term in set(document))
        self.idf = {term: self._idf(n) for term, n in frequency.items()}
        self.average = sum(len(d) for d in counted) / max(self.count, 1) or 1.0
        self.lengths = [len(d) for d in documents]
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, document in enumerate(documents):
            for term, tf in Counter(document).items():
                self.postings[term].append((index, tf))

    def _idf(self, n: int) -> float:
        return math.log(1 + (self.count - n + 0.5) / (n + 0.5))

    def term_idf(self, term: str) -> float:
        """A term's idf; a term no document has gets the highest."""
        found = self.idf.get(term)
        return self._idf(0) if found is None else found

    def _weight(self, tf: int, length: int) -> float:
        norm = self.k1 * (1 - self.b + self.b * length / self.average)
        return tf * (self.k1 + 1) / (tf + norm)

    def scores(self, query: Sequence[str]) -> list[float]:
        """The BM25 score of every document for ``query`` (its terms), in document order."""
        out = [0.0] * len(self.lengths)
        for term in set(query):
            idf = self.term_idf(term)
            for index, tf in self.postings.get(term, ()):
                out[index] += idf * self._weight(tf, self.lengths[index])
        return out

    def self_score(self, query: Sequence[str]) -> float:
        """The score a document made of exactly ``query`` would get: the unit of shares."""
        return sum(
            self.term_idf(term) * self._weight(tf, len(query))
            for term, tf in Counter(query).items()
        )

    def shares(self, query: Sequence[str]) -> list[float]:
        """``scores`` as shares of ``self_score``, at most 1."""
        unit = self.self_score(query)
        if not unit:
            return [0.0] * len(self.lengths)
        return [min(1.0, s / unit) for s in self.scores(query)]


@dataclass(frozen=True)
class Match:
    """A passage and how well it matches the query (0 to 1)."""

    passage: Passage
    score: float


class Ranker:
    """The passages of one text, indexed once and ranked for any number of queries."""

    def __init__(self, text: str, long: int = LONG_SENTENCE) -> None:
        self.text = text
        self.passages = split_passages(text, long)
        documents = [terms(p.text) for p in self.passages]
        # idf counts sentences, which do not overlap; clauses would count words twice.
        whole = [d for d, p in zip(documents, self.passages, strict=True) if p.whole]
        self.index = Bm25(documents, statistics=whole)

    def rank(self, query: str, top: int = 5) -> list[Match]:
        """The ``top`` best passages for ``query``, best first, none overlapping another.

        A passage that shares no word with the query is never returned.
        """
        shares = self.index.shares(terms(query))
        order = sorted(
            (i for i, s in enumerate(shares) if s > 0),
            key=lambda i: (-shares[i], self.passages[i].start, self.passages[i].end),
        )
        chosen: list[Match] = []
        for i in order:
            if len(chosen) >= top:
                break
            passage = self.passages[i]
            if not any(passage.overlaps(m.passage) for m in chosen):
                chosen.append(Match(passage, shares[i]))
        return chosen


def best_passages(query: str, text: str, top: int = 5) -> list[Match]:
    """The passages of ``text`` that best show ``query``, best first.

    >>> text = "The bear sleeps.\\nChina and Russia will not form an alliance soon."
    >>> [(m.passage.line, m.passage.text) for m in best_passages("no alliance soon", text)]
    [(2, 'China and Russia will not form an alliance soon.')]
    """
    return Ranker(text).rank(query, top)
