"""The one-screen overview of a map (the main job of `make run`)."""

from __future__ import annotations

from typing import Any

import networkx as nx
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.views.agreement import camps_view, contested_table, matrix_table
from argmap.views.query import author_table

__all__ = ["overview_view"]


def overview_view(
    graph: nx.DiGraph,
    stats: dict[str, Any],
    matrix: dict[str, Any],
    contested: list[dict[str, Any]],
    camps: dict[str, Any],
) -> RenderableType:
    """Counts, authors and motions, then who agrees with whom: matrix, contested claims, camps."""
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
    parts.append(matrix_table(matrix))
    if contested:
        parts.append(contested_table(contested, title="Most contested claims", reasons=False))
    parts.append(camps_view(camps, shown=3, more="argmap camps"))
    return Group(*parts)
