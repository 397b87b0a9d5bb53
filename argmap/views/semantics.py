"""Terminal views of ``evaluate``: labels with their reasons, extensions, strengths."""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from argmap.views import ByWidth, clip_rows, hanging
from argmap.wording import plural, visible

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
    return Text.assemble((claim, "cyan"), ("\n" + visible(graph.nodes[claim]["text"]), "dim"))


def _claim_table(
    title: str,
    columns: list[tuple[str, str]],
    rows: list[tuple[list[RenderableType | str], str, str]],
    graph: nx.DiGraph,
) -> RenderableType:
    """Claims with a few short values each: a table where the ids and texts fit, else a list.

    ``columns`` are (header, justify) of the short values; each row is (values, claim id,
    words after the claim or ""). In the list, the values lead and the id starts the line
    beside them, the text and the words under it.
    """
    id_width = max([5, *(len(claim) for _, claim, _ in rows)])
    reason = any(why for _, _, why in rows)
    values = sum(max([len(h), 8]) for h, _ in columns)
    need = values + id_width + 30 + (id_width if reason else 0) + 3 * (len(columns) + 2) + 1

    def wide() -> RenderableType:
        table = Table(title=title)
        for header, justify in columns:
            table.add_column(header, justify=justify, no_wrap=True)  # type: ignore[arg-type]
        table.add_column("claim", ratio=3, min_width=id_width)
        if reason:
            table.add_column("why", ratio=1, min_width=id_width)
        for cells, claim, why in rows:
            table.add_row(*cells, _claim_cell(graph, claim), *([why] if reason else []))
        return table

    def narrow(width: int) -> RenderableType:
        texts = [
            [c if isinstance(c, Text) else Text(str(c)) for c in cells] for cells, _, _ in rows
        ]
        widths = [max([0, *(r[k].cell_len for r in texts)]) for k in range(len(columns))]
        parts: list[RenderableType] = [Text(title, style="bold")]
        for cells, (_, claim, why) in zip(texts, rows, strict=True):
            lead = Text()
            for cell, w, (_, justify) in zip(cells, widths, columns, strict=True):
                pad = " " * (w - cell.cell_len)
                lead += (Text(pad) + cell if justify == "right" else cell + pad) + "  "
            body: list[RenderableType] = [
                Text(claim, style="cyan"),
                Text(visible(graph.nodes[claim]["text"])),
            ]
            if why:
                body.append(Text(why, style="dim"))
            parts.append(hanging(lead, Group(*body)))
        return Group(*parts)

    return ByWidth(need, wide, narrow)


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
    order = {"in": 0, "undec": 1, "out": 2}
    shown, more = clip_rows(sorted(labels, key=lambda c: (order[labels[c]], c)), "claim")
    rows: list[tuple[list[RenderableType | str], str, str]] = [
        (
            [label_text(labels[claim]), f"{strength[claim]:.2f}"],
            claim,
            _reason(graph, claim, labels, author),
        )
        for claim in shown
    ]
    table = _claim_table(title, [("label", "left"), ("DF-QuAD", "right")], rows, graph)
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
        members = Text("{" + ", ".join(extension) + "}", style="cyan")
        parts.append(hanging(Text(f"{k}. ", style="bold"), members, 2))
    shown, more = clip_rows(sorted(graph.nodes), "claim")
    rows: list[tuple[list[RenderableType | str], str, str]] = []
    for claim in shown:
        n = sum(1 for e in found if claim in e)
        verdict = (
            Text("sceptically", style="green")
            if n == len(found)
            else Text("credulously", style="yellow")
            if n
            else Text("no", style="red")
        )
        rows.append(([f"{n}/{len(found)}", verdict], claim, ""))
    parts.append(_claim_table("Acceptance", [("in", "right"), ("accepted", "left")], rows, graph))
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
    shown, more = clip_rows(sorted(strength, key=lambda c: (-strength[c], c)), "claim")
    rows: list[tuple[list[RenderableType | str], str, str]] = []
    for claim in shown:
        value = strength[claim]
        bar = Text("█" * round(value * 10) + "·" * (10 - round(value * 10)), style="blue")
        rows.append(([f"{value:.3f}", bar, f"{base[claim]:.2f}"], claim, ""))
    columns = [("strength", "right"), ("", "left"), ("base", "right")]
    table = _claim_table(title, columns, rows, graph)
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
        Text(
            f"Grounded labelling of {visible(file)}: {plural(len(names), 'argument')}", style="bold"
        ),
        _counts(dict(zip(names, labels, strict=True))),
    ]
    for label, members in by_label.items():
        if members:
            parts.append(hanging(label_text(label) + ": ", Text(visible(" ".join(members)))))
    return Group(*parts)


def af_extensions_view(semantics: str, found: Sequence[Sequence[str]], file: str) -> RenderableType:
    """A framework's extensions, one a line."""
    parts: list[RenderableType] = [
        Text(f"{SEMANTICS_TITLES[semantics]} of {visible(file)}: {len(found)}", style="bold")
    ]
    for k, extension in enumerate(found, 1):
        members = Text(visible("{" + ", ".join(extension) + "}"))
        parts.append(hanging(Text(f"{k}. ", style="bold"), members, 2))
    return Group(*parts)
