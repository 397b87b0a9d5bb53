"""The pro/con tree in the terminal: + supporters in green, − rebuttals in red, repeats as links."""

from __future__ import annotations

import networkx as nx
from rich.text import Text
from rich.tree import Tree

from argmap.export.labels import author_names, who
from argmap.outline import OutlineNode

__all__ = ["tree_view"]

SIGN = {"Pro": ("+", "green"), "Con": ("\u2212", "red")}


def _line(
    graph: nx.DiGraph,
    node: OutlineNode,
    people: dict[str, str],
    labels: dict[str, str],
    strengths: dict[str, float],
) -> Text:
    line = Text(f"{node.number} ", style="dim")
    if node.relation:
        sign, style = SIGN[node.relation]
        line.append(f"{sign} ", style=f"bold {style}")
    data = graph.nodes[node.claim]
    if node.repeat_of is not None:
        line.append(f"\u21aa see {node.repeat_of}: ", style="italic")
        line.append(data.get("text", ""), style="dim")
        return line
    if data.get("motion"):
        line.append("motion: ", style="bold magenta")
    line.append(data.get("text", ""), style="bold" if node.relation is None else "")
    if node.claim in labels or node.claim in strengths:
        status = " ".join(
            [labels.get(node.claim, "")]
            + ([f"{strengths[node.claim]:.2f}"] if node.claim in strengths else [])
        ).strip()
        line.append(
            f" [{status}]",
            style={"in": "green", "out": "red"}.get(labels.get(node.claim, ""), "yellow"),
        )
    line.append(f"  {node.claim}", style="cyan dim")
    stances = who(data, people, ("held by ", "denied by "))
    if stances:
        line.append("\n" + "; ".join(stances), style="dim")
    if node.hidden:
        line.append(f"\n\u2026 {node.hidden} more below (raise --depth)", style="dim italic")
    return line


def tree_view(
    graph: nx.DiGraph,
    root: OutlineNode,
    labels: dict[str, str] | None = None,
    strengths: dict[str, float] | None = None,
) -> Tree:
    """A rich Tree of the outline; ``labels``/``strengths`` add ``[in 0.62]`` after each claim."""
    people = author_names(graph)
    labels = labels or {}
    strengths = strengths or {}
    top = Tree(_line(graph, root, people, labels, strengths), guide_style="dim")
    stack = [(top, child) for child in reversed(root.children)]
    while stack:
        parent, node = stack.pop()
        branch = parent.add(_line(graph, node, people, labels, strengths))
        stack.extend((branch, child) for child in reversed(node.children))
    return top
