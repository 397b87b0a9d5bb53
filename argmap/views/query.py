"""Terminal views of the query commands: stats, list, show, authors, search, overview."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from argmap.views import clip_rows

__all__ = ["author_table", "claim_panel", "claim_table", "search_table", "stats_table"]


def stats_table(stats: dict[str, Any]) -> RenderableType:
    """Counts, then one row per author."""
    counts = Table(title="Map", show_header=False, box=None, pad_edge=False)
    counts.add_column(style="bold")
    counts.add_column(justify="right")
    for label, key in [
        ("authors", "authors"),
        ("sources", "sources"),
        ("claims", "claims"),
        ("  of them motions", "motions"),
        ("edges", "edges"),
        ("  supports", "supports"),
        ("  rebuts", "rebuts"),
        ("stances", "stances"),
        ("  holds", "holds"),
        ("  denies", "denies"),
    ]:
        counts.add_row(label, str(stats[key]))
    parts: list[RenderableType] = [counts]
    if stats["tags"]:
        parts.append(Text("tags: " + ", ".join(f"{t} ({n})" for t, n in stats["tags"].items())))
    parts.append(author_table(stats["per_author"]))
    return Group(*parts)


def author_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Authors")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("name")
    table.add_column("affiliation", overflow="fold")
    table.add_column("sources", overflow="fold")
    table.add_column("holds", justify="right")
    table.add_column("denies", justify="right")
    for row in rows:
        table.add_row(
            row["id"],
            row["name"],
            row["affiliation"] or "",
            ", ".join(row["sources"]),
            str(row["holds"]),
            str(row["denies"]),
        )
    return table


def claim_table(rows: list[dict[str, Any]], title: str = "Claims") -> RenderableType:
    table = Table(title=f"{title} ({len(rows)})")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("holds", style="green", ratio=1)
    table.add_column("denies", style="red", ratio=1)
    shown, more = clip_rows(rows, "claims")
    for row in shown:
        text = Text(row["text"])
        if row["motion"]:
            text = Text("motion: ", style="bold magenta") + text
        table.add_row(row["id"], text, ", ".join(row["held_by"]), ", ".join(row["denied_by"]))
    return Group(table, more) if more else table


def _stance_lines(stances: list[dict[str, Any]], mark: str, style: str) -> list[Text]:
    lines = []
    for s in stances:
        line = Text(f"{mark} ", style=style) + Text(s["name"], style="bold")
        line += Text(f": \u201c{s['quote']}\u201d")
        if s["citation"]:
            line += Text(f"  ({s['citation']})", style="dim")
        if s["note"]:
            line += Text(f"\n    note: {s['note']}", style="italic dim")
        lines.append(line)
    return lines


def claim_panel(detail: dict[str, Any], status: RenderableType | None = None) -> Panel:
    """One claim, its stances with quotes, and its edges both ways."""
    body: list[RenderableType] = [Text(detail["text"], style="bold")]
    if detail["tags"]:
        body.append(Text("tags: " + ", ".join(detail["tags"]), style="dim"))
    if status is not None:
        body.append(status)
    sections = [
        ("held by", _stance_lines(detail["held_by"], "+", "green")),
        ("denied by", _stance_lines(detail["denied_by"], "-", "red")),
    ]
    for title, lines in sections:
        if lines:
            body.append(Text(f"\n{title}", style="underline"))
            body.extend(lines)
    if detail["motion"]:
        body.append(Text("\nmotion: a question the map asks; authors take sides", style="magenta"))
    for key, label, mark, style in [
        ("supports", "supports", "+>", "green"),
        ("rebuts", "rebuts", "->", "red"),
        ("supported_by", "supported by", "+<", "green"),
        ("rebutted_by", "rebutted by", "-<", "red"),
    ]:
        if detail[key]:
            body.append(Text(f"\n{label}", style="underline"))
            for other in detail[key]:
                line = Text(f"{mark} ", style=style) + Text(other["id"], style="cyan")
                line += Text(f"  {other['text']}")
                if other.get("note"):
                    line += Text(f"\n    note: {other['note']}", style="italic dim")
                body.append(line)
    if detail["note"]:
        body.append(Text(f"\nnote: {detail['note']}", style="italic"))
    return Panel(Group(*body), title=detail["id"], subtitle=detail["place"], title_align="left")


def search_table(query: str, results: list[dict[str, Any]]) -> Table:
    table = Table(title=f"Search: {query} ({len(results)} claims)")
    table.add_column("#", justify="right")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("claim, and where the words are", ratio=1)
    table.add_column("score", justify="right")
    for rank, result in enumerate(results, 1):
        cell = Text(result["text"])
        for match in result["matches"]:
            if match["field"] in ("quote", "note"):
                cell += Text(f"\n  {match['field']}: {match['text']}", style="dim")
        table.add_row(str(rank), result["id"], cell, f"{result['score']:.1f}")
    return table
