"""Terminal view of the camps: members, cohesion with its evidence, stability, bridges, division."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from argmap.views import hanging, indent
from argmap.views.matrix import signed

__all__ = ["camps_view"]

LEVEL_WORDS = {
    "verdict": "positions on the motions",
    "reasons": "positions on claims other than motions",
    "all": "positions on every claim",
}


def _stability_words(value: float) -> str:
    """Hennig's reading of a clusterwise bootstrap Jaccard."""
    if value >= 0.85:
        return "stable"
    if value >= 0.6:
        return "fairly stable"
    if value >= 0.5:
        return "weak"
    return "dissolves when the claims are resampled"


def _rows(
    title: str, rows: list[dict[str, Any]], shown: int | None, line: Any, more: str
) -> list[RenderableType]:
    parts: list[RenderableType] = [indent(Text(f"{title} ({len(rows)}):", style="underline"), 2)]
    for row in rows[:shown]:
        parts.append(indent(line(row), 4))
    if shown is not None and len(rows) > shown:
        parts.append(indent(Text(f"\u2026 and {len(rows) - shown} more ({more})", style="dim"), 4))
    return parts


def _sided(row: dict[str, Any], rest: Text) -> RenderableType:
    """``for     claim-id  rest``, the rest's wrapped lines under the id."""
    side = Text(f"{row['side']:<8}", style="green" if row["side"] == "for" else "red")
    return hanging(side, Text.assemble((row["id"], "cyan"), rest))


def camps_view(
    result: dict[str, Any], shown: int | None = 5, more: str = "argmap camps --all lists all"
) -> RenderableType:
    """Each camp with its cohesion and stability; then bridges and divisive claims.

    ``shown`` rows of each list (None: all of them); ``more`` says how to see the rest.
    """
    method = {
        "exact": "exact search over every partition",
        "local search": "local search (moves of one author, merges of camps)",
    }[result["method"]]
    parts: list[RenderableType] = [
        Text(f"Camps ({len(result['camps'])})", style="bold")
        + Text(
            f"  on {LEVEL_WORDS[result['level']]}; {method}; stability from "
            f"{result['resamples']} resamples of the claims (seed {result['seed']})",
            style="dim",
        )
    ]
    for number, camp in enumerate(result["camps"], 1):
        parts.append(Text(""))
        parts.append(
            hanging(
                Text(f"Camp {number}: ", style="bold"),
                Text(", ".join(camp["members"]), style="cyan"),
            )
        )
        detail = Text()
        if camp["cohesion"] is not None:
            detail += Text(
                f"mean score inside {signed(camp['cohesion'])} over the {camp['cohesion_pairs']} of "
                f"{camp['pairs']} pairs with evidence; "
            )
        elif camp["pairs"]:
            detail += Text(f"none of its {camp['pairs']} pairs has evidence; ", style="dim")
        detail += Text(f"stability {camp['stability']:.2f} ({_stability_words(camp['stability'])})")
        parts.append(indent(detail, 2))
        if camp["shared"] and len(camp["members"]) > 1:
            parts += _rows(
                "they share",
                camp["shared"],
                shown,
                lambda row: _sided(row, Text(f"  {', '.join(row['members'])}", style="dim")),
                more,
            )
        if camp["divided"]:
            parts += _rows(
                "its members part on",
                camp["divided"],
                shown,
                lambda row: hanging(
                    Text(row["id"] + "  ", style="cyan"),
                    Text(
                        f"for: {', '.join(row['for'])}; against: {', '.join(row['against'])}",
                        style="dim",
                    ),
                ),
                more,
            )
    if result["bridges"]:
        parts.append(Text("\nBridges: common ground across camps", style="bold"))
        parts += _rows(
            "claims with positions from several camps, all on one side",
            result["bridges"],
            shown,
            lambda row: _sided(
                row,
                Text(
                    f"  camps {', '.join(map(str, row['camps']))}: {', '.join(row['members'])}",
                    style="dim",
                ),
            ),
            more,
        )
    if result["divisive"]:
        parts.append(Text("\nDivisive claims: camps on opposite sides", style="bold"))
        parts += _rows(
            "claims",
            result["divisive"],
            shown,
            lambda row: hanging(
                Text(row["id"] + "  ", style="cyan"),
                Text(
                    f"for: {', '.join(row['members_for'])}; "
                    f"against: {', '.join(row['members_against'])}",
                    style="dim",
                ),
            ),
            more,
        )
    if result["unplaced"]:
        parts.append(
            Text(f"\nNo evidence with anyone: {', '.join(result['unplaced'])}", style="dim")
        )
    return Group(*parts)
