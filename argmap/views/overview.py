"""The one-screen overview of a map (the main job of `make run`)."""

from __future__ import annotations

from typing import Any

import networkx as nx
from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.views import ByWidth, indent
from argmap.views.camps import camps_view
from argmap.views.matrix import matrix_view
from argmap.wording import plural, visible

__all__ = ["overview_view"]


def _compact_table(title: str) -> Table:
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)


def _authors(stats: dict[str, Any], years: dict[str, str]) -> Table:
    table = _compact_table("Authors")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("name")
    table.add_column("year", justify="right")
    table.add_column("holds", justify="right")
    table.add_column("denies", justify="right")
    for row in stats["per_author"]:
        table.add_row(
            row["id"],
            visible(row["name"]),
            years.get(row["id"], ""),
            str(row["holds"]),
            str(row["denies"]),
        )
    return table


def _sides_table(title: str, rows: list[dict[str, Any]]) -> RenderableType:
    """Claims with who is for and against them: a table where the ids fit, else a list."""
    claim_width = max((len(r["id"]) for r in rows), default=5)
    author_width = max(
        (len(a) for r in rows for a in [*r["for"], *r["against"], *r.get("mixed", [])]),
        default=1,
    )
    need = claim_width + 2 * max(author_width, 10) + 7 + 12

    def against(row: dict[str, Any]) -> str:
        text = ", ".join(row["against"]) or "-"
        if row.get("mixed"):
            text += f" (mixed: {', '.join(row['mixed'])})"
        return text

    def wide() -> RenderableType:
        table = _compact_table(title)
        table.add_column("claim", style="cyan", no_wrap=True, min_width=claim_width)
        table.add_column("for", style="green", min_width=author_width)
        table.add_column("against", style="red", min_width=author_width)
        table.add_column("", justify="right", no_wrap=True)
        for row in rows:
            table.add_row(
                row["id"],
                ", ".join(row["for"]) or "-",
                against(row),
                f"{len(row['for'])} v {len(row['against'])}",
            )
        return table

    def narrow(width: int) -> RenderableType:
        parts: list[RenderableType] = [Text(title, style="italic")]
        for row in rows:
            head = Text.assemble(
                (row["id"], "cyan"), f"  {len(row['for'])} v {len(row['against'])}"
            )
            sides = Text.assemble(
                ("for: ", "green"),
                ", ".join(row["for"]) or "-",
                ("; against: ", "red"),
                against(row),
            )
            parts += [head, indent(sides, 2)]
        return Group(*parts, Text(""))

    return ByWidth(need, wide, narrow)


def overview_view(graph: nx.DiGraph, data: dict[str, Any], width: int) -> RenderableType:
    """Counts and authors; the motions and who stands where; the verdict and reasons matrices;
    top contested; camps with their stability (``data`` as ``overview --format json``)."""
    stats, matrices, contested = data["stats"], data["matrices"], data["contested"]
    camps, motions = data["camps"], data["motions"]
    headline = Text.assemble(
        ("argmap ", "bold"),
        f"{plural(stats['claims'], 'claim')} ({plural(stats['motions'], 'motion')}) by "
        f"{plural(stats['authors'], 'author')} from {plural(stats['sources'], 'source')}; "
        f"{plural(stats['edges'], 'edge')} ({stats['supports']} supports, {stats['rebuts']} "
        f"rebuts); {plural(stats['stances'], 'stance')} ({stats['holds']} holds, "
        f"{stats['denies']} denies)",
    )
    years: dict[str, list[str]] = {}
    for source in graph.graph["sources"].values():
        for author in source.authors:
            if source.year:
                years.setdefault(author, []).append(str(source.year))
    parts: list[RenderableType] = [
        headline,
        _authors(stats, {a: ", ".join(sorted(set(y))) for a, y in years.items()}),
    ]
    if motions:
        parts.append(_sides_table("Motions: who stands for and against", motions))
    parts.append(matrix_view(matrices["verdict"], width, "Agreement on the verdict (the motions)"))
    parts.append(
        matrix_view(matrices["reasons"], width, "Agreement on the reasons (the other claims)")
    )
    if contested:
        parts.append(_sides_table("Most contested claims", contested))
    parts.append(camps_view(camps, shown=2, more="argmap camps --all lists all"))
    parts.append(
        Text(
            "\nMore: argmap show CLAIM, argmap compare A B, argmap crux A B, argmap contested, "
            "argmap matrix, argmap tree CLAIM, argmap prep CLAIM --side for",
            style="dim",
        )
    )
    return Group(*parts)
