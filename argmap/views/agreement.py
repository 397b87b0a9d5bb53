"""Terminal views of two authors: compare (per motion, then item by item) and crux.

Colour never carries meaning alone: positions are written out in words.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from rich.console import Group, RenderableType
from rich.text import Text

from argmap.views import clip_rows, hanging, indent
from argmap.views.matrix import score_style, signed
from argmap.wording import visible, visible_data

__all__ = ["compare_view", "crux_view", "motion_words", "tally_line"]

_SIDE_STYLE = {"for": "green", "against": "red", "mixed": "yellow"}
# The cruxes (and each author's grounds) shown per motion in the terminal, most influential
# first; JSON lists them all.
CRUXES_SHOWN = 5


def _name(graph: nx.DiGraph, author: str) -> str:
    known = graph.graph["authors"].get(author)
    return visible(known.name) if known is not None else author


def tally_line(label: str, tally: dict[str, Any]) -> Text:
    """``Verdict: 1 agreement, 0 disagreements: +1.00 (n = 1, thin)``."""
    agree, disagree = tally["agree"], tally["disagree"]
    line = Text(f"{label}: ", style="bold")
    line += f"{agree} agreement{'s' * (agree != 1)}, {disagree} disagreement{'s' * (disagree != 1)}"
    if tally["score"] is None:
        return line + Text(": no evidence", style="dim")
    line += ": "
    line += Text(f" {signed(tally['score'])} ", style=score_style(tally["score"], tally["thin"]))
    return line + Text(f" (n = {tally['n']}{', thin: read with care' if tally['thin'] else ''})")


def motion_words(row: dict[str, Any], a: str, b: str) -> str:
    """One motion for a pair in words: both verdicts, then what their reasons do.

    >>> motion_words({"a": "against", "b": "against", "verdict": "same", "reasons": "opposed",
    ...     "reasons_agree": 0, "reasons_disagree": 2}, "xie", "yuan")
    'both against, for different reasons (2 of 2 opposed)'
    """
    x, y, agree, disagree = row["a"], row["b"], row["reasons_agree"], row["reasons_disagree"]
    n = agree + disagree
    if row["verdict"] == "same":
        verdict = f"both {x}"
    elif row["verdict"] == "opposite":
        verdict = f"opposite verdicts ({a} {x}, {b} {y})"
    elif x is None and y is None:
        verdict = "neither takes a side"
    elif x is None or y is None:
        who, side = (b, y) if x is None else (a, x)
        other = a if x is None else b
        verdict = f"only {who} takes a side ({side}); {other} takes none"
    else:
        verdict = f"{a} {x}, {b} {y}"
    if row["reasons"] is None:
        return f"{verdict}; no reasons in common"
    if row["reasons"] == "shared":
        reasons = f"reasons shared: {agree} of {n}"
    elif row["reasons"] == "opposed":
        reasons = f"reasons opposed: {disagree} of {n}"
    else:
        reasons = f"reasons split: {agree} shared, {disagree} opposed"
    if row["verdict"] == "same" and row["reasons"] == "opposed":
        return f"{verdict}, for different reasons ({disagree} of {n} opposed)"
    if row["verdict"] == "opposite" and row["reasons"] == "shared":
        return f"{verdict}, despite shared reasons ({agree} of {n} shared)"
    return f"{verdict}; {reasons}"


def _how(graph: nx.DiGraph, side: dict[str, Any]) -> list[RenderableType]:
    """``yuan: against, explicitly`` or ``xie: for, through a, b``, then the quotes."""
    value = side["position"]
    line = Text(_name(graph, side["author"]), style="bold")
    line += Text(": ") + Text(value, style=_SIDE_STYLE[value])
    if side["explicit"]:
        line += Text(", explicitly" + (" (holds it)" if value == "for" else " (denies it)"))
    else:
        line += Text(f", through {', '.join(side['via'])}", style="dim")
    if side.get("conceded"):
        line += Text(f"; concedes {', '.join(side['conceded'])}", style="yellow")
    parts: list[RenderableType] = [indent(line, 5)]
    for quote in side["quotes"]:
        mark = "+" if quote["side"] == "holds" else "\u2212"
        text = Text(f"\u201c{quote['quote']}\u201d", style="italic")
        if quote["claim"] != side.get("claim"):
            text += Text(f" (on {quote['claim']})", style="dim")
        if quote["citation"]:
            text += Text(f"  {quote['citation']}", style="dim")
        parts.append(hanging(f"{mark} ", text, 7))
    return parts


def _items(graph: nx.DiGraph, title: str, style: str, items: list[dict[str, Any]]) -> list[Any]:
    parts: list[RenderableType] = [
        Text(f"\n{title} ({len(items)})", style=f"bold underline {style}")
    ]
    if not items:
        parts.append(indent(Text("none", style="dim"), 2))
    shown, more = clip_rows(items, "item")
    for number, item in enumerate(shown, 1):
        head = Text(f"{number}. ", style="bold") + Text(item["claim"], style="cyan")
        head += Text(
            f"  [{item['level']}]", style="magenta" if item["level"] == "verdict" else "dim"
        )
        parts.append(indent(head, 2))
        parts.append(indent(Text(item["text"]), 5))
        for key in ("a", "b"):
            parts += _how(graph, {**item[key], "claim": item["claim"]})
    if more:
        parts.append(indent(more, 2))
    return parts


def compare_view(graph: nx.DiGraph, result: dict[str, Any]) -> RenderableType:
    """Two authors: per motion in words, the two levels' scores, then every item with quotes."""
    result = visible_data(result)
    a, b = result["a"], result["b"]
    parts: list[RenderableType] = [
        Text.assemble(
            ("Compare ", "bold"),
            (f"{_name(graph, a)} ({a})", "cyan"),
            " and ",
            (f"{_name(graph, b)} ({b})", "cyan"),
        )
    ]
    if result["motions"]:
        parts.append(Text("\nOn the motions", style="bold underline"))
        motions, more = clip_rows(result["motions"], "motion")
        for row in motions:
            parts.append(indent(Text(row["id"], style="cyan"), 2))
            parts.append(indent(Text(motion_words(row, a, b)), 4))
        if more:
            parts.append(indent(more, 2))
    else:
        parts.append(Text("\nNeither takes a side on any motion, nor on its reasons.", style="dim"))
    parts.append(Text(""))
    parts.append(tally_line("Verdict (the motions)", result["verdict"]))
    parts.append(tally_line("Reasons (the other claims)", result["reasons"]))
    parts.append(tally_line("All", result))
    parts += _items(graph, "Agreements", "green", result["agreements"])
    parts += _items(graph, "Disagreements", "red", result["disagreements"])
    if result["mixed"]:
        parts += _items(graph, "Mixed: shown, not counted", "yellow", result["mixed"])
    if result.get("hops", 1) > 1:
        parts.append(
            Text(
                f"\nPositions derived through chains of up to {result['hops']} edges.", style="dim"
            )
        )
    return Group(*parts)


def _grounds(row: dict[str, Any], a: str, b: str) -> list[RenderableType]:
    """What each author rests the verdict on: the held claims their position comes through."""
    grounds = row.get("grounds", {})
    if not any(grounds.values()):
        return []
    title = "they rest their verdicts on" if not row["cruxes"] else "and rest their verdicts on"
    parts: list[RenderableType] = [indent(Text(title, style="underline"), 2)]
    for key, who in (("a", a), ("b", b)):
        shown, more = clip_rows(grounds.get(key, []), "claim", CRUXES_SHOWN)
        for ground in shown:
            line = Text(f"{who} ({row[key]}): ", style="bold") + Text(ground["id"], style="cyan")
            line += Text(f"  influence {ground['influence']:.4f}", style="dim")
            parts.append(indent(line, 4))
            parts.append(indent(Text(ground["text"]), 6))
        if more:
            parts.append(indent(Text(f"{who}: ") + more, 4))
    return parts


def crux_view(
    graph: nx.DiGraph, result: dict[str, Any], motion: str | None = None
) -> RenderableType:
    """Per motion on which two authors part, the claims that decide it, most influential first."""
    result = visible_data(result)
    a, b = result["a"], result["b"]
    parts: list[RenderableType] = [
        Text.assemble(
            ("Where ", "bold"), (a, "cyan"), (" and ", "bold"), (b, "cyan"), (" part", "bold")
        )
    ]
    if not result["motions"]:
        where = f"on {motion}" if motion else "on any motion"
        line = f"{a} and {b} do not part {where}"
        agreed = [f"{m['id']} (both {m['side']})" for m in result["agreed"]]
        line += (
            f": they take the same side on {', '.join(agreed)}."
            if agreed
            else ": no motion has a position from both."
        )
        parts.append(Text(line))
        parts.append(Text(f"See where they differ on reasons: argmap compare {a} {b}", style="dim"))
        return Group(*parts)
    motions, more_motions = clip_rows(result["motions"], "motion")
    for row in motions:
        parts.append(
            Text(f"\n{row['id']}", style="bold cyan") + Text(f"  {a} {row['a']}, {b} {row['b']}")
        )
        parts.append(indent(Text(row["text"], style="italic"), 2))
        if not row["cruxes"]:
            why = "no claim upstream of it on which their positions are opposite"
            parts.append(indent(Text(why, style="dim"), 2))
        cruxes, more_cruxes = clip_rows(row["cruxes"], "crux", CRUXES_SHOWN, many="cruxes")
        for number, crux in enumerate(cruxes, 1):
            head = Text(f"{number}. ", style="bold") + Text(crux["id"], style="cyan")
            head += Text(f"  influence {crux['influence']:.4f}", style="dim")
            parts.append(indent(head, 2))
            parts.append(indent(Text(crux["text"]), 5))
            for key in ("a", "b"):
                parts += _how(graph, {**crux["detail"][key], "claim": crux["id"]})
        if more_cruxes:
            parts.append(indent(more_cruxes, 2))
        parts += _grounds(row, a, b)
    if more_motions:
        parts.append(Text(""))
        parts.append(more_motions)
    parts.append(
        Text(
            "\nInfluence: how much the motion's DF-QuAD strength changes when the claim is "
            "taken out of the map.",
            style="dim",
        )
    )
    return Group(*parts)
