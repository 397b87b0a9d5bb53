"""Where a stance comes from: each author's sole source, a stance's source and year, citations."""

from __future__ import annotations

from typing import Any

import networkx as nx

from argmap.model import Claim, Side, Source, Stance, sole_sources_of

__all__ = ["StanceWriter", "citation", "sole_sources", "stance_source", "stance_year"]


def sole_sources(graph: nx.DiGraph) -> dict[str, str]:
    """Author id -> their source id, for the authors who have exactly one source.

    >>> from argmap.model import ArgMap, Source
    >>> from argmap.graph import build_graph
    >>> sole_sources(build_graph(ArgMap(sources=[Source("s", ("ann",), "T")])))
    {'ann': 's'}
    """
    return sole_sources_of(graph.graph["sources"].values())


def stance_source(stance: Stance, sole: dict[str, str]) -> str | None:
    """The source a stance is quoted from: its own, else its author's only source."""
    return stance.source or sole.get(stance.author)


def stance_year(graph: nx.DiGraph, stance: Stance, sole: dict[str, str]) -> int | None:
    """The year of a stance's source, or None when the source or its date is unknown."""
    source = graph.graph["sources"].get(stance_source(stance, sole) or "")
    return source.year if source is not None else None


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
        self.sole = sole_sources(graph)

    def row(self, stance: Stance) -> dict[str, Any]:
        source_id = stance_source(stance, self.sole)
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
