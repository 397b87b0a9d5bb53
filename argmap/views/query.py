"""Terminal views of the query commands: stats, list, show, authors, search.

Ids are never cut or wrapped: a table keeps its id column as wide as its longest id, and where
that leaves the text too little room, the table becomes a list in which each id starts a line.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from argmap.views import ByWidth, clip_rows, hanging, indent
from argmap.wording import plural, visible, visible_data

__all__ = [
    "author_table",
    "claim_panel",
    "claim_table",
    "empty_search",
    "search_table",
    "stats_table",
]

# The least room a table leaves its free text before it becomes a list.
TEXT_ROOM = 40


def _widest(values: Any, least: int = 0) -> int:
    return max([least, *(len(v) for v in values)])


def _frame(columns: int) -> int:
    """Columns a rich Table with a box spends on borders and padding around ``columns``."""
    return 3 * columns + 1


def stats_table(stats: dict[str, Any]) -> RenderableType:
    """Counts, then one row per author."""
    stats = visible_data(stats)
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
        tags = ", ".join(f"{t} ({n})" for t, n in stats["tags"].items())
        parts.append(hanging("tags: ", Text(tags)))
    if stats["per_author"]:
        parts.append(author_table(stats["per_author"]))
    return Group(*parts)


def author_table(rows: list[dict[str, Any]]) -> RenderableType:
    """Authors with their sources and counts: a table where it fits, else a list."""
    rows = visible_data(rows)
    if not rows:
        return Text("the map has no authors yet", style="dim")
    id_width = _widest((r["id"] for r in rows), 2)
    source_width = _widest((s for r in rows for s in r["sources"]), 7)
    need = id_width + source_width + 2 * 18 + 6 + 6 + _frame(6)

    def wide() -> RenderableType:
        table = Table(title=f"Authors ({len(rows)})")
        table.add_column("id", style="cyan", no_wrap=True, min_width=id_width)
        table.add_column("name", ratio=1)
        table.add_column("affiliation", ratio=1)
        table.add_column("sources", no_wrap=True, min_width=source_width)
        table.add_column("holds", justify="right")
        table.add_column("denies", justify="right")
        for row in rows:
            table.add_row(
                row["id"],
                row["name"],
                row["affiliation"] or "",
                "\n".join(row["sources"]),
                str(row["holds"]),
                str(row["denies"]),
            )
        return table

    def narrow(width: int) -> RenderableType:
        parts: list[RenderableType] = [Text(f"Authors ({len(rows)})", style="bold")]
        for row in rows:
            head = Text.assemble(
                (row["id"], "cyan"),
                (f"  {row['name']}", "bold"),
                (f"  holds {row['holds']}, denies {row['denies']}", "dim"),
            )
            lines: list[RenderableType] = []
            if row["affiliation"]:
                lines.append(Text(row["affiliation"]))
            if row["sources"]:
                lines.append(hanging("sources: ", Text(", ".join(row["sources"])), 0))
            parts += [Text(""), head, indent(Group(*lines), 2)]
        return Group(*parts)

    return ByWidth(need, wide, narrow)


def _stance_marks(row: dict[str, Any]) -> Text:
    marks = Text()
    if row["held_by"]:
        marks.append("+ " + ", ".join(row["held_by"]), style="green")
    if row["denied_by"]:
        marks.append(("  " if marks else "") + "\u2212 " + ", ".join(row["denied_by"]), style="red")
    return marks


def claim_table(rows: list[dict[str, Any]], title: str = "Claims") -> RenderableType:
    """Claims with who holds and denies them: a table where it fits, else a list."""
    shown, more = clip_rows(rows, "claim")
    shown = visible_data(list(shown))
    heading = f"{title} ({len(rows)})"
    id_width = _widest((r["id"] for r in shown), 2)
    author_width = _widest((a for r in shown for a in r["held_by"] + r["denied_by"]), 6)
    need = id_width + TEXT_ROOM + 2 * author_width + _frame(4)

    def text_of(row: dict[str, Any]) -> Text:
        return Text.assemble(("motion: " if row["motion"] else "", "bold magenta"), row["text"])

    def wide() -> RenderableType:
        table = Table(title=heading, expand=True)
        table.add_column("id", style="cyan", no_wrap=True, min_width=id_width)
        table.add_column("claim", ratio=3)
        table.add_column("holds", style="green", ratio=1, min_width=author_width)
        table.add_column("denies", style="red", ratio=1, min_width=author_width)
        for row in shown:
            table.add_row(
                row["id"], text_of(row), ", ".join(row["held_by"]), ", ".join(row["denied_by"])
            )
        return table

    def narrow(width: int) -> RenderableType:
        parts: list[RenderableType] = [Text(heading, style="bold")]
        for row in shown:
            head = Text(row["id"], style="cyan")
            marks = _stance_marks(row)
            if marks:
                head = Text.assemble(head, "  ", marks)
            parts += [head, indent(text_of(row), 2)]
        return Group(*parts)

    layout = ByWidth(need, wide, narrow)
    return Group(layout, more) if more else layout


def _stance_lines(stances: list[dict[str, Any]], mark: str, style: str) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for s in stances:
        said = Text.assemble((s["name"], "bold"), f": \u201c{s['quote']}\u201d")
        body: list[RenderableType] = [said]
        if s["citation"]:
            body.append(Text(f"({s['citation']})", style="dim"))
        if s["note"]:
            body.append(hanging("note: ", Text(s["note"]), 0))
        lines.append(hanging(Text(f"{mark} ", style=style), Group(*body)))
    return lines


def claim_panel(detail: dict[str, Any], status: RenderableType | None = None) -> RenderableType:
    """One claim, its stances with quotes, and its edges both ways."""
    detail = visible_data(detail)
    body: list[RenderableType] = [Text(detail["text"], style="bold")]
    if detail["tags"]:
        body.append(hanging("tags: ", Text(", ".join(detail["tags"]), style="dim")))
    if status is not None:
        body.append(status)
    sections = [
        ("held by", _stance_lines(detail["held_by"], "+", "green")),
        ("denied by", _stance_lines(detail["denied_by"], "\u2212", "red")),
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
                linked: list[RenderableType] = [Text(other["id"], style="cyan")]
                linked.append(Text(other["text"]))
                if other.get("note"):
                    linked.append(hanging("note: ", Text(other["note"], style="italic dim")))
                body.append(hanging(Text(f"{mark} ", style=style), Group(*linked)))
    if detail["note"]:
        body.append(Text(""))
        body.append(hanging(Text("note: ", style="italic"), Text(detail["note"], style="italic")))
    claim_id, place = detail["id"], detail["place"]

    def titled() -> RenderableType:
        return Panel(Group(*body), title=claim_id, subtitle=place, title_align="left")

    def untitled(width: int) -> RenderableType:
        # An id longer than the frame's top line: the id takes a line of its own instead.
        return Panel(Group(Text(claim_id, style="cyan"), *body), subtitle=place)

    # A panel measures as wide as its longest line: only the title's room decides.
    return ByWidth(len(claim_id) + 6, titled, untitled, measured=False)


def search_table(query: str, results: list[dict[str, Any]]) -> RenderableType:
    """The claims found, best first, with the quotes and notes the words are in."""
    results = visible_data(results)
    heading = f"Search: {visible(query)} ({plural(len(results), 'claim')}, best first)"
    id_width = _widest((r["id"] for r in results), 2)
    need = 4 + id_width + TEXT_ROOM + 6 + _frame(4)

    def found_in(result: dict[str, Any]) -> list[RenderableType]:
        return [
            hanging(f"{match['field']}: ", Text(match["text"]))
            for match in result["matches"]
            if match["field"] in ("quote", "note")
        ]

    def wide() -> RenderableType:
        table = Table(title=heading)
        table.add_column("#", justify="right")
        table.add_column("id", style="cyan", no_wrap=True, min_width=id_width)
        table.add_column("claim, and where the words are", ratio=1)
        table.add_column("score", justify="right")
        for rank, result in enumerate(results, 1):
            cell = Group(Text(result["text"]), *(indent(f, 2) for f in found_in(result)))
            table.add_row(str(rank), result["id"], cell, f"{result['score']:.1f}")
        return table

    def narrow(width: int) -> RenderableType:
        parts: list[RenderableType] = [Text(heading, style="bold")]
        number = len(str(len(results)))
        for rank, result in enumerate(results, 1):
            head = Text.assemble((result["id"], "cyan"), (f"  score {result['score']:.1f}", "dim"))
            body = Group(head, Text(result["text"]), *(f for f in found_in(result)))
            parts.append(hanging(f"{rank:>{number}}. ", body))
        return Group(*parts)

    return ByWidth(need, wide, narrow)


def empty_search(query: str, words: int) -> RenderableType:
    """No claim matches: say so, and what to try."""
    advice = (
        "try fewer words, or shorter ones (every word must match)"
        if words > 1
        else "try a shorter or another word"
    )
    return Group(
        Text(f"No claim matches \u201c{visible(query)}\u201d.", style="bold"),
        Text(advice + "; 'argmap list' shows every claim.", style="dim"),
    )
