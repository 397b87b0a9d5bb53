"""Terminal views of ``evaluate``: labels with their reasons, extensions, strengths."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.views import clip_rows

__all__ = [
    "LABEL_STYLES",
    "af_extensions_view",
    "af_labels_view",
    "extensions_view",
    "label_text",
    "labels_view",
    "status_line",
    "strengths_view",
]

# Colour never carries the meaning alone: the label word and a mark are always printed.
LABEL_STYLES = {"in": ("✓", "green"), "out": ("✗", "red"), "undec": ("?", "yellow")}

SEMANTICS_TITLES = {
    "grounded": "Grounded labelling",
    "complete": "Complete extensions",
    "preferred": "Preferred extensions",
    "stable": "Stable extensions",
    "dfquad": "DF-QuAD strength",
    "hcat": "h-categorizer strength",
}


def label_text(label: str) -> Text:
    mark, style = LABEL_STYLES[label]
    return Text(f"{mark} {label}", style=style)


def _rebutters(graph: nx.DiGraph, claim: str) -> list[str]:
    return sorted(u for u, _, k in graph.in_edges(claim, data="kind") if k == "rebuts")


def _reason(graph: nx.DiGraph, claim: str, labels: dict[str, str], author: str | None) -> str:
    """Why a claim got its grounded label, in the words of a debate."""
    if author is not None and author in graph.nodes[claim]["denied_by"]:
        return f"{author} denies it"
    rebutters = _rebutters(graph, claim)
    if labels[claim] == "out":
        return "defeated by " + ", ".join(r for r in rebutters if labels[r] == "in")
    if labels[claim] == "in":
        if not rebutters:
            return "nothing rebuts it"
        return "every rebuttal is defeated: " + ", ".join(rebutters)
    open_ = [r for r in rebutters if labels[r] == "undec"]
    return "open rebuttal from " + ", ".join(open_) if open_ else "undecided"


def _claim_cell(graph: nx.DiGraph, claim: str) -> Text:
    return Text(claim, style="cyan") + Text("\n" + graph.nodes[claim]["text"], style="dim")


def _counts(labels: dict[str, str]) -> Text:
    text = Text()
    for label in ("in", "out", "undec"):
        if text:
            text += Text("  ")
        text += label_text(label) + Text(f" {sum(1 for v in labels.values() if v == label)}")
    return text


def labels_view(
    graph: nx.DiGraph,
    labels: dict[str, str],
    strength: dict[str, float],
    author: str | None = None,
) -> RenderableType:
    """The grounded label of each claim, why, and its DF-QuAD strength; in, undec, out order."""
    title = "Grounded labelling" + (f" as {author} sees it" if author else "")
    table = Table(title=title)
    table.add_column("label", no_wrap=True)
    table.add_column("DF-QuAD", justify="right", no_wrap=True)
    table.add_column("claim", ratio=3, overflow="fold")
    table.add_column("why", ratio=1, overflow="fold")
    order = {"in": 0, "undec": 1, "out": 2}
    shown, more = clip_rows(sorted(labels, key=lambda c: (order[labels[c]], c)), "claims")
    for claim in shown:
        table.add_row(
            label_text(labels[claim]),
            f"{strength[claim]:.2f}",
            _claim_cell(graph, claim),
            _reason(graph, claim, labels, author),
        )
    return Group(table, *([more] if more else []), _counts(labels))


def extensions_view(
    graph: nx.DiGraph, semantics: str, found: Sequence[Sequence[str]], author: str | None = None
) -> RenderableType:
    """Each extension, then each claim with how many extensions accept it."""
    title = f"{SEMANTICS_TITLES[semantics]} ({len(found)})" + (
        f" as {author} sees it" if author else ""
    )
    parts: list[RenderableType] = [Text(title, style="bold")]
    if not found:
        parts.append(
            Text(f"no {semantics} extension: every choice of claims leaves one unanswered")
        )
        return Group(*parts)
    for k, extension in enumerate(found, 1):
        parts.append(
            Text(f"  {k}. ", style="bold") + Text("{" + ", ".join(extension) + "}", style="cyan")
        )
    table = Table(title="Acceptance")
    table.add_column("in", justify="right", no_wrap=True)
    table.add_column("accepted", no_wrap=True)
    table.add_column("claim", ratio=1, overflow="fold")
    shown, more = clip_rows(sorted(graph.nodes), "claims")
    for claim in shown:
        n = sum(1 for e in found if claim in e)
        verdict = (
            Text("sceptically", style="green")
            if n == len(found)
            else Text("credulously", style="yellow")
            if n
            else Text("no", style="red")
        )
        table.add_row(f"{n}/{len(found)}", verdict, _claim_cell(graph, claim))
    parts.append(table)
    if more:
        parts.append(more)
    return Group(*parts)


def strengths_view(
    graph: nx.DiGraph,
    semantics: str,
    strength: dict[str, float],
    base: dict[str, float],
    converged: bool,
    author: str | None = None,
) -> RenderableType:
    """Claims by strength, strongest first, with the base score each started from."""
    title = SEMANTICS_TITLES[semantics] + (f" as {author} sees it" if author else "")
    table = Table(title=title)
    table.add_column("strength", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("base", justify="right", no_wrap=True)
    table.add_column("claim", ratio=1, overflow="fold")
    shown, more = clip_rows(sorted(strength, key=lambda c: (-strength[c], c)), "claims")
    for claim in shown:
        value = strength[claim]
        bar = Text("█" * round(value * 10) + "·" * (10 - round(value * 10)), style="blue")
        table.add_row(f"{value:.3f}", bar, f"{base[claim]:.2f}", _claim_cell(graph, claim))
    parts: list[RenderableType] = [table, *([more] if more else [])]
    if not converged:
        parts.append(
            Text(
                "note: the iteration on a cycle stopped at its cap without settling", style="yellow"
            )
        )
    return Group(*parts)


def status_line(label: str, strength: float, base: float) -> Text:
    """One line for ``show``: the grounded label and the DF-QuAD strength."""
    return (
        Text("status: ", style="bold")
        + label_text(label)
        + Text(" (grounded)   ")
        + Text(f"DF-QuAD strength {strength:.2f}", style="blue")
        + Text(f" (base {base:.2f})", style="dim")
    )


def af_labels_view(names: Sequence[str], labels: Sequence[str], file: str) -> RenderableType:
    """A framework's grounded labelling: counts, then the arguments of each label."""
    by_label = {
        label: [n for n, v in zip(names, labels, strict=True) if v == label]
        for label in LABEL_STYLES
    }
    parts: list[RenderableType] = [
        Text(f"Grounded labelling of {file}: {len(names)} arguments", style="bold"),
        _counts(dict(zip(names, labels, strict=True))),
    ]
    for label, members in by_label.items():
        if members:
            parts.append(label_text(label) + Text(": " + " ".join(members)))
    return Group(*parts)


def af_extensions_view(semantics: str, found: Sequence[Sequence[str]], file: str) -> RenderableType:
    """A framework's extensions, one a line."""
    parts: list[RenderableType] = [
        Text(f"{SEMANTICS_TITLES[semantics]} of {file}: {len(found)}", style="bold")
    ]
    for k, extension in enumerate(found, 1):
        parts.append(Text(f"  {k}. ", style="bold") + Text("{" + ", ".join(extension) + "}"))
    return Group(*parts)
