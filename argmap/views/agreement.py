"""Terminal views of the agreement commands: compare, matrix, contested, camps, stances.

Colour never carries meaning alone: every coloured cell also prints its numbers or a sign.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from rich import box
from rich.color import Color
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from argmap.citations import citation
from argmap.views import clip_rows

__all__ = [
    "camps_view",
    "compare_view",
    "contested_table",
    "matrix_table",
    "stances_table",
]

_RED = (178, 34, 34)
_NEUTRAL = (96, 96, 96)
_GREEN = (34, 139, 34)
_MARK = {"holds": "+", "denies": "\u2212", "both": "\u00b1"}


def _score_style(score: float) -> Style:
    """Red through neutral grey to green as the score goes from −1 to +1."""
    end = _GREEN if score > 0 else _RED
    t = min(abs(score), 1.0)
    rgb = tuple(round(n + (e - n) * t) for n, e in zip(_NEUTRAL, end, strict=True))
    return Style(color="white", bgcolor=Color.from_rgb(*rgb), bold=True)


def _signed(score: float) -> str:
    text = f"{score:+.2f}"
    return text[1:] if text in ("+0.00", "-0.00") else text.replace("-", "\u2212")


def matrix_table(
    result: dict[str, Any], normalize: str = "plain", compact: bool = False
) -> RenderableType:
    """The author × author table: each cell the score, then agreements/disagreements.

    ``compact`` shows the scores alone, one line per author (for the overview).
    """
    authors = result["authors"]
    cells = {}
    for pair in result["pairs"]:
        cells[(pair["a"], pair["b"])] = cells[(pair["b"], pair["a"])] = pair
    # A light box with no vertical rules keeps nine or ten authors within 80 columns.
    table = Table(
        box=box.SIMPLE_HEAD, show_lines=not compact, pad_edge=False, collapse_padding=True
    )
    table.add_column("", style="cyan", no_wrap=True)
    for author in authors:
        table.add_column(author, justify="center", overflow="ellipsis", no_wrap=True, min_width=5)
    for row in authors:
        rendered: list[RenderableType] = [row]
        for column in authors:
            if row == column:
                rendered.append(Text("\u2014", style="dim"))
                continue
            pair = cells[(row, column)]
            counts = "" if compact else f"\n{pair['agree']}/{pair['disagree']}"
            if pair["score"] is None:
                rendered.append(Text(f"\u00b7{counts}", style="dim"))
            else:
                rendered.append(
                    Text(f"{_signed(pair['score'])}{counts}", style=_score_style(pair["score"]))
                )
        table.add_row(*rendered)
    formula = {
        "plain": "(agree \u2212 disagree) / (agree + disagree)",
        "average": "(agree \u2212 disagree) / mean stances of the two (DNA average)",
        "jaccard": "(agree \u2212 disagree) / distinct stances of the two (DNA Jaccard)",
    }[normalize]
    legend = Text(
        f"Each cell: score = {formula}, from \u22121 (red) to +1 (green)"
        + ("" if compact else "; then agreements/disagreements")
        + ". \u00b7 = no evidence.",
        style="dim",
    )
    title = Text(f"Agreement between authors ({len(authors)})", style="bold")
    return Group(title, table, legend)


def _name(graph: nx.DiGraph, author: str) -> str:
    known = graph.graph["authors"].get(author)
    return known.name if known is not None else author


def _stance_line(graph: nx.DiGraph, stance: dict[str, Any]) -> Text:
    names = {a.id: a.name for a in graph.graph["authors"].values()}
    mark = _MARK[stance["side"]]
    line = Text(f"   {mark} ", style="green" if mark == "+" else "red")
    line += Text(_name(graph, stance["author"]), style="bold")
    line += Text(f": \u201c{stance['quote']}\u201d")
    cited = citation(graph.graph["sources"].get(stance["source"] or ""), names)
    if cited:
        line += Text(f"  ({cited})", style="dim")
    return line


def _finding_text(finding: dict[str, Any]) -> Text:
    first, second = finding["stances"]
    if finding["link"] is None:
        if first["side"] == second["side"]:
            verb = "hold" if first["side"] == "holds" else "deny"
            return Text(f"{first['author']} and {second['author']} both {verb} {first['claim']}")
        return Text(
            f"{first['author']} {first['side']} {first['claim']}; "
            f"{second['author']} {second['side']} it"
        )
    chain = " \u2192 ".join(finding["path"])
    return Text(
        f"{first['author']} holds {first['claim']}, which {finding['link']} {second['claim']}"
        + (f" (via {chain})" if len(finding["path"]) > 2 else "")
        + f"; {second['author']} {second['side']} {second['claim']}"
    )


def compare_view(graph: nx.DiGraph, result: dict[str, Any]) -> RenderableType:
    """Two authors item by item: what each item is, the quotes that make it, then the score."""
    a, b = result["a"], result["b"]
    parts: list[RenderableType] = [
        Text.assemble(
            ("Compare ", "bold"),
            (f"{_name(graph, a)} ({a})", "cyan"),
            " and ",
            (f"{_name(graph, b)} ({b})", "cyan"),
        )
    ]
    for key, title, style in (
        ("agreements", "Agreements", "green"),
        ("disagreements", "Disagreements", "red"),
    ):
        items = result[key]
        parts.append(Text(f"\n{title} ({len(items)})", style=f"bold underline {style}"))
        if not items:
            parts.append(Text("  none", style="dim"))
        for number, item in enumerate(items, 1):
            for index, finding in enumerate(item["findings"]):
                lead = Text(f"{number}. " if index == 0 else "   ", style="bold")
                parts.append(lead + _finding_text(finding))
                parts.extend(_stance_line(graph, s) for s in finding["stances"])
            for claim in item["claims"]:
                parts.append(
                    Text(f"   {claim}: ", style="cyan")
                    + Text(graph.nodes[claim]["text"], style="italic")
                )
    score = result["score"]
    summary = Text(
        f"\n{result['agree']} agreements, {result['disagree']} disagreements; score ", style="bold"
    )
    if score is None:
        summary += Text("none (no evidence)", style="dim")
    else:
        summary += Text(f" {_signed(score)} ", style=_score_style(score))
        summary += Text("  (agree \u2212 disagree) / (agree + disagree)", style="dim")
    parts.append(summary)
    return Group(*parts)


def _side_cell(claim: dict[str, Any], side: str) -> Text:
    """One line per author on ``side``: why they are there (holds it, denies it, via a claim)."""
    why: dict[str, list[str]] = {}
    for reason in claim["reasons"]:
        if reason["side"] == side:
            how = f"{reason['how']} it" if reason["via"] is None else f"via {reason['via']}"
            why.setdefault(reason["author"], []).append(how)
    cell = Text()
    for author, hows in why.items():
        if cell:
            cell += Text("\n")
        cell += Text(author, style="bold") + Text(": " + "; ".join(hows), style="dim")
    return cell


def contested_table(
    claims: list[dict[str, Any]], title: str = "Contested claims", reasons: bool = True
) -> RenderableType:
    """Contested claims, most contested first, with who stands on each side (and why)."""
    table = Table(title=f"{title} ({len(claims)})", show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("claim", ratio=3)
    table.add_column("for", ratio=2, overflow="fold")
    table.add_column("against", ratio=2, overflow="fold")
    table.add_column("for v against", justify="center")
    shown, more = clip_rows(claims, "contested claims")
    for rank, claim in enumerate(shown, 1):
        text = Text(claim["id"], style="cyan") + Text(f"\n{claim['text']}")
        table.add_row(
            str(rank),
            text,
            _side_cell(claim, "for") if reasons else ", ".join(claim["for"]),
            _side_cell(claim, "against") if reasons else ", ".join(claim["against"]),
            f"{len(claim['for'])} v {len(claim['against'])}",
        )
    return Group(table, more) if more else table


def camps_view(
    result: dict[str, Any], shown: int = 5, more: str = "--format json"
) -> RenderableType:
    """Each camp: its members, the claims they share and the claims that divide it from others."""
    method = {
        "exact": "exact search over every partition",
        "louvain": "Louvain communities of the positive scores",
    }[result["method"]]
    parts: list[RenderableType] = [
        Text.assemble(
            (f"Camps ({len(result['camps'])})", "bold"),
            (
                (
                    f"  {method}; objective {result['objective']:+.2f} "
                    "(scores inside camps minus scores across)"
                ),
                "dim",
            ),
        )
    ]
    for number, camp in enumerate(result["camps"], 1):
        head = Text(f"\nCamp {number}: ", style="bold") + Text(
            ", ".join(camp["members"]), style="cyan"
        )
        if camp["cohesion"] is not None:
            head += Text(f"  (mean score inside {_signed(camp['cohesion'])})", style="dim")
        parts.append(head)
        for key, label in (("shared", "shares"), ("dividing", "divided from the others on")):
            rows = camp[key]
            if not rows:
                continue
            parts.append(Text(f"  {label} ({len(rows)}):", style="underline"))
            for row in rows[:shown]:
                line = Text(f"    {row['side']} ", style="green" if row["side"] == "for" else "red")
                line += Text(row["id"], style="cyan") + Text(f"  {', '.join(row['members'])}")
                if "others" in row:
                    line += Text(f"  v {', '.join(row['others'])}", style="dim")
                parts.append(line)
            if len(rows) > shown:
                parts.append(
                    Text(f"    \u2026 and {len(rows) - shown} more ({more} lists all)", style="dim")
                )
    if result["unplaced"]:
        parts.append(
            Text(f"\nno evidence with anyone: {', '.join(result['unplaced'])}", style="dim")
        )
    return Group(*parts)


def stances_table(result: dict[str, Any]) -> RenderableType:
    """Claims × authors: + holds, − denies, ± both, blank for no stance."""
    table = Table(title=f"Stances ({len(result['claims'])} claims)")
    table.add_column("claim", style="cyan", overflow="fold")
    for author in result["authors"]:
        table.add_column(author, justify="center", no_wrap=True)
    shown, more = clip_rows(result["claims"], "claims")
    for row in shown:
        marks = []
        for author in result["authors"]:
            side = row["stances"].get(author)
            style = {"holds": "green", "denies": "red"}.get(side or "", "yellow")
            marks.append(Text(_MARK[side], style=style) if side else Text(""))
        table.add_row(row["id"], *marks)
    legend = Text("+ holds, \u2212 denies, \u00b1 both, blank: no stance", style="dim")
    return Group(table, *([more] if more else []), legend)
