"""Terminal view of the camps: members, cohesion with its evidence, stability, bridges, division."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

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
    parts: list[RenderableType] = [Text(f"  {title} ({len(rows)}):", style="underline")]
    for row in rows[:shown]:
        parts.append(line(row))
    if shown is not None and len(rows) > shown:
        parts.append(Text(f"    \u2026 and {len(rows) - shown} more ({more})", style="dim"))
    return parts


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
        head = Text(f"\nCamp {number}: ", style="bold") + Text(
            ", ".join(camp["members"]), style="cyan"
        )
        parts.append(head)
        detail = Text("  ")
        if camp["cohesion"] is not None:
            detail += Text(
                f"mean score inside {signed(camp['cohesion'])} over the {camp['cohesion_pairs']} of "
                f"{camp['pairs']} pairs with evidence; "
            )
        elif camp["pairs"]:
            detail += Text(f"none of its {camp['pairs']} pairs has evidence; ", style="dim")
        detail += Text(f"stability {camp['stability']:.2f} ({_stability_words(camp['stability'])})")
        parts.append(detail)
        if camp["shared"] and len(camp["members"]) > 1:
            parts += _rows(
                "they share",
                camp["shared"],
                shown,
                lambda row: (
                    Text(f"    {row['side']:<8}", style="green" if row["side"] == "for" else "red")
                    + Text(row["id"], style="cyan")
                    + Text(f"  {', '.join(row['members'])}", style="dim")
                ),
                more,
            )
        if camp["divided"]:
            parts += _rows(
                "its members part on",
                camp["divided"],
                shown,
                lambda row: (
                    Text("    ")
                    + Text(row["id"], style="cyan")
                    + Text(
                        f"  for: {', '.join(row['for'])}; against: {', '.join(row['against'])}",
                        style="dim",
                    )
                ),
                more,
            )
    if result["bridges"]:
        parts.append(Text("\nBridges: common ground across camps", style="bold"))
        parts += _rows(
            "claims with positions from several camps, all on one side",
            result["bridges"],
            shown,
            lambda row: (
                Text(f"    {row['side']:<8}", style="green" if row["side"] == "for" else "red")
                + Text(row["id"], style="cyan")
                + Text(
                    f"  camps {', '.join(map(str, row['camps']))}: {', '.join(row['members'])}",
                    style="dim",
                )
            ),
            more,
        )
    if result["divisive"]:
        parts.append(Text("\nDivisive claims: camps on opposite sides", style="bold"))
        parts += _rows(
            "claims",
            result["divisive"],
            shown,
            lambda row: (
                Text("    ")
                + Text(row["id"], style="cyan")
                + Text(
                    f"  for: {', '.join(row['members_for'])}; against: {', '.join(row['members_against'])}",
                    style="dim",
                )
            ),
            more,
        )
    if result["unplaced"]:
        parts.append(
            Text(f"\nNo evidence with anyone: {', '.join(result['unplaced'])}", style="dim")
        )
    return Group(*parts)
