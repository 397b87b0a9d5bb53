"""Tiny maps for the agreement tests: claims with stances, edges and motions, built in code."""

from __future__ import annotations

import networkx as nx

from argmap.graph import build_graph
from argmap.model import ArgMap, Author, Claim, Edge, EdgeKind, Side, Source, Stance


def make_graph(
    claims: dict[str, list[tuple[str, Side]]],
    edges: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    motions: tuple[str, ...] = (),
    sources: list[Source] = (),  # type: ignore[assignment]
    tags: dict[str, tuple[str, ...]] | None = None,
    source_of: dict[tuple[str, str], str] | None = None,
) -> nx.DiGraph:
    """claims: id -> [(author, side)]; edges: (source, target, "supports" / "rebuts")."""
    built = [
        Claim(
            cid,
            f"text of {cid}",
            tags=(tags or {}).get(cid, ()),
            stances=[
                Stance(cid, a, s, f"{a} on {cid}", source=(source_of or {}).get((a, cid)))
                for a, s in stances
            ],
            edges=[Edge(u, v, EdgeKind(k)) for u, v, k in edges if u == cid],
            motion=cid in motions,
        )
        for cid, stances in claims.items()
    ]
    authors = sorted({a for stances in claims.values() for a, _ in stances})
    return build_graph(
        ArgMap(authors=[Author(a, a.title()) for a in authors], sources=list(sources), claims=built)
    )
