"""Terminal views of who stands where: the stances table and the contested claims.

Ids are never cut or wrapped: each claim id starts its own line, and free text takes the slack.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.anonymize import letters
from argmap.views import clip_rows, hanging, indent
from argmap.wording import plural, visible

__all__ = ["contested_view", "stances_table"]

_EXPLICIT = {"holds": "+", "denies": "\u2212", "both": "\u00b1"}
_DERIVED = {"for": "(+)", "against": "(\u2212)", "mixed": "(\u00b1)"}
_STYLE = {"+": "green", "\u2212": "red", "(+)": "green", "(\u2212)": "red"}


def _mark(row: dict[str, Any], author: str) -> str:
    side = row["stances"].get(author)
    position = row.get("positions", {}).get(author)
    if side is not None:
        return _EXPLICIT[side]
    if position is not None:
        return _DERIVED[position["position"]]
    return ""


def stances_table(result: dict[str, Any], width: int) -> RenderableType:
    """Claims × authors: + holds, − denies, ± both; with positions, (+) (−) (±) derived.

    Author columns are lettered, with a key, when their names would not fit ``width``; where
    even letters do not fit beside the ids, each claim is a line that names who stands where.
    """
    authors = result["authors"]
    derived = any("positions" in row for row in result["claims"])
    shown, more = clip_rows(result["claims"], "claim")
    id_width = max((len(row["id"]) for row in shown), default=5)
    cell = 3 if derived else 1

    def fits(headers: list[str]) -> bool:
        # Each column after the first takes one column of padding on its left.
        return id_width + sum(max(len(h), cell) + 1 for h in headers) <= width

    lettered = [letters(k) for k in range(len(authors))]
    headers = authors if fits(authors) else lettered
    parts: list[RenderableType] = [
        Text(f"Stances ({plural(len(result['claims']), 'claim')})", style="bold")
    ]
    if fits(headers):
        table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 0, 0, 1))
        table.add_column("claim", style="cyan", no_wrap=True, min_width=id_width)
        for header in headers:
            table.add_column(header, justify="center", no_wrap=True)
        for row in shown:
            marks = [_mark(row, author) for author in authors]
            table.add_row(row["id"], *(Text(m, style=_STYLE.get(m, "yellow")) for m in marks))
        parts.append(table)
    else:
        headers = authors
        parts += [_stance_line(row, authors, width) for row in shown]
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


def _stance_line(row: dict[str, Any], authors: list[str], width: int) -> RenderableType:
    """One claim's stances in a line: ``claim-id  + ann, bob  − cy  (+) dee``."""
    by_mark: dict[str, list[str]] = {}
    for author in authors:
        mark = _mark(row, author)
        if mark:
            by_mark.setdefault(mark, []).append(author)
    marks = Text()
    for mark, who in by_mark.items():
        if marks:
            marks += "  "
        marks.append(f"{mark} ", style=_STYLE.get(mark, "yellow"))
        marks.append(", ".join(who))
    head = Text(row["id"], style="cyan")
    if not marks:
        return head
    if len(row["id"]) + 2 + min(marks.cell_len, 20) <= width:
        return hanging(Text.assemble(head, "  "), marks)
    return Group(head, indent(marks, 2))


def _side_line(claim: dict[str, Any], side: str) -> RenderableType:
    why: dict[str, list[str]] = {}
    for reason in claim["reasons"]:
        if reason["side"] != side:
            continue
        how = reason["how"]
        text = {"holds": "holds it", "denies": "denies it"}.get(how) or (
            f"concedes {reason['via']}" if how == "concedes" else f"via {reason['via']}"
        )
        why.setdefault(reason["author"], []).append(text)
    lead = Text(f"{side}: ", style={"for": "green", "against": "red"}.get(side, "yellow"))
    line = Text()
    for n, (author, hows) in enumerate(why.items()):
        if n:
            line += Text(", ")
        line += Text(author, style="bold") + Text(f" ({'; '.join(hows)})", style="dim")
    return hanging(lead, line, 5)


def contested_view(claims: list[dict[str, Any]], title: str = "Contested claims") -> RenderableType:
    """Most contested first: the id on its own line, the text, then who stands where and why."""
    parts: list[RenderableType] = [Text(f"{title} ({len(claims)})", style="bold")]
    if not claims:
        parts.append(Text("no claim has authors on both sides", style="dim"))
    shown, more = clip_rows(claims, "contested claim")
    for rank, claim in enumerate(shown, 1):
        head = Text(f"\n{rank}. ", style="bold") + Text(claim["id"], style="cyan")
        head += Text(f"  {len(claim['for'])} for v {len(claim['against'])} against")
        if claim.get("motion"):
            head += Text("  motion", style="magenta")
        parts += [head, indent(Text(visible(claim["text"])), 3)]
        for side in ("for", "against", "mixed"):
            if any(r["side"] == side for r in claim["reasons"]):
                parts.append(_side_line(claim, side))
    if more:
        parts.append(more)
    return Group(*parts)
