"""Terminal views of who stands where: the stances table and the contested claims.

Ids are never cut or wrapped: each claim id starts its own line, and free text takes the slack.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.anonymize import letters
from argmap.views import clip_rows

__all__ = ["contested_view", "stances_table"]

_EXPLICIT = {"holds": "+", "denies": "\u2212", "both": "\u00b1"}
_DERIVED = {"for": "(+)", "against": "(\u2212)", "mixed": "(\u00b1)"}
_STYLE = {"+": "green", "\u2212": "red", "(+)": "green", "(\u2212)": "red"}


def stances_table(result: dict[str, Any], width: int) -> RenderableType:
    """Claims × authors: + holds, − denies, ± both; with positions, (+) (−) (±) derived.

    Author columns are lettered, with a key, when their names would not fit ``width``.
    """
    authors = result["authors"]
    derived = any("positions" in row for row in result["claims"])
    id_width = max((len(row["id"]) for row in result["claims"]), default=5)
    cell = 3 if derived else 1
    full = id_width + sum(max(len(a), cell) + 1 for a in authors)
    headers = authors if full <= width else [letters(k) for k in range(len(authors))]
    table = Table(box=None, pad_edge=False, show_edge=False, title_justify="left")
    table.add_column("claim", style="cyan", no_wrap=True)
    for header in headers:
        table.add_column(header, justify="center", no_wrap=True)
    shown, more = clip_rows(result["claims"], "claims")
    for row in shown:
        marks = []
        for author in authors:
            side = row["stances"].get(author)
            position = row.get("positions", {}).get(author)
            if side is not None:
                mark = _EXPLICIT[side]
            elif position is not None:
                mark = _DERIVED[position["position"]]
            else:
                mark = ""
            marks.append(Text(mark, style=_STYLE.get(mark, "yellow")))
        table.add_row(row["id"], *marks)
    parts: list[RenderableType] = [
        Text(f"Stances ({len(result['claims'])} claims)", style="bold"),
        table,
    ]
    if more:
        parts.append(more)
    if headers is not authors:
        parts.append(
            Text(
                "Columns: "
                + ", ".join(f"{h} = {a}" for h, a in zip(headers, authors, strict=True)),
                style="dim",
            )
        )
    legend = "+ holds, \u2212 denies, \u00b1 both"
    if derived:
        legend += "; derived from what the author holds: (+) for, (\u2212) against, (\u00b1) mixed"
    parts.append(Text(legend + "; blank: no position", style="dim"))
    return Group(*parts)


def _side_line(claim: dict[str, Any], side: str) -> Text:
    why: dict[str, list[str]] = {}
    for reason in claim["reasons"]:
        if reason["side"] != side:
            continue
        how = reason["how"]
        text = {"holds": "holds it", "denies": "denies it"}.get(how) or (
            f"concedes {reason['via']}" if how == "concedes" else f"via {reason['via']}"
        )
        why.setdefault(reason["author"], []).append(text)
    line = Text(f"     {side}: ", style={"for": "green", "against": "red"}.get(side, "yellow"))
    for n, (author, hows) in enumerate(why.items()):
        if n:
            line += Text(", ")
        line += Text(author, style="bold") + Text(f" ({'; '.join(hows)})", style="dim")
    return line


def contested_view(claims: list[dict[str, Any]], title: str = "Contested claims") -> RenderableType:
    """Most contested first: the id on its own line, the text, then who stands where and why."""
    parts: list[RenderableType] = [Text(f"{title} ({len(claims)})", style="bold")]
    if not claims:
        parts.append(Text("no claim has authors on both sides", style="dim"))
    shown, more = clip_rows(claims, "contested claims")
    for rank, claim in enumerate(shown, 1):
        head = Text(f"\n{rank}. ", style="bold") + Text(claim["id"], style="cyan")
        head += Text(f"  {len(claim['for'])} for v {len(claim['against'])} against")
        if claim.get("motion"):
            head += Text("  motion", style="magenta")
        parts += [head, Text(f"   {claim['text']}")]
        for side in ("for", "against", "mixed"):
            if any(r["side"] == side for r in claim["reasons"]):
                parts.append(_side_line(claim, side))
    if more:
        parts.append(more)
    return Group(*parts)
