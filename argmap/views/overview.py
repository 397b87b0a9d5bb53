"""The one-screen overview of a map (the main job of `make run`)."""

from __future__ import annotations

from typing import Any

import networkx as nx
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.views.query import author_table

__all__ = ["overview_view"]


def overview_view(graph: nx.DiGraph, stats: dict[str, Any]) -> RenderableType:
    """Counts, authors and motions; later sections add the agreement analysis."""
    headline = Text.assemble(
        ("argmap ", "bold"),
        f"{stats['claims']} claims ({stats['motions']} motions) by {stats['authors']} authors "
        f"from {stats['sources']} sources; {stats['edges']} edges "
        f"({stats['supports']} supports, {stats['rebuts']} rebuts); {stats['stances']} stances "
        f"({stats['holds']} holds, {stats['denies']} denies)",
    )
    parts: list[RenderableType] = [headline, author_table(stats["per_author"])]
    motions = sorted(n for n in graph.nodes if graph.nodes[n]["motion"])
    if motions:
        table = Table(title="Motions (claims nobody holds outright)")
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("motion")
        table.add_column("denied by", style="red")
        for claim_id in motions:
            data = graph.nodes[claim_id]
            table.add_row(claim_id, data["text"], ", ".join(data["denied_by"]))
        parts.append(table)
    return Group(*parts)
