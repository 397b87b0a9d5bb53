"""The pro/con tree in the terminal: + supporters in green, − rebuttals in red, repeats as links.

Each claim's text wraps under its own start (a hanging indent) and ends with its id. A tree
too deep for the terminal to give every id its whole width beside the guides is drawn as an
outline instead, two columns a level, the numbers saying where each claim stands.
"""

from __future__ import annotations

import networkx as nx
from rich.console import Group, RenderableType
from rich.text import Text
from rich.tree import Tree

from argmap.outline import OutlineNode, walk
from argmap.views import ByWidth, hanging, indent
from argmap.wording import visible

__all__ = ["tree_view"]

SIGN = {"Pro": ("+", "green"), "Con": ("\u2212", "red")}
_GUIDE = 4  # columns a level of rich's tree guides takes


def _lead(node: OutlineNode) -> Text:
    lead = Text(f"{node.number} ", style="dim")
    if node.relation:
        sign, style = SIGN[node.relation]
        lead.append(f"{sign} ", style=f"bold {style}")
    return lead


def _body(
    graph: nx.DiGraph,
    node: OutlineNode,
    people: dict[str, str],
    labels: dict[str, str],
    strengths: dict[str, float],
) -> RenderableType:
    data = graph.nodes[node.claim]
    line = Text()
    if node.repeat_of is not None:
        line.append(f"\u21aa see {node.repeat_of}: ", style="italic")
        line.append(visible(data.get("text", "")), style="dim")
        return line
    if data.get("motion"):
        line.append("motion: ", style="bold magenta")
    line.append(visible(data.get("text", "")), style="bold" if node.relation is None else "")
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
    parts: list[RenderableType] = [line]
    stances = [
        mark + ", ".join(people.get(a, a) for a in dict.fromkeys(data.get(key) or ()))
        for mark, key in (("held by ", "held_by"), ("denied by ", "denied_by"))
        if data.get(key)
    ]
    if stances:
        parts.append(Text("; ".join(stances), style="dim"))
    if node.hidden:
        parts.append(Text(f"\u2026 {node.hidden} more below (raise --depth)", style="dim italic"))
    return Group(*parts)


def tree_view(
    graph: nx.DiGraph,
    root: OutlineNode,
    labels: dict[str, str] | None = None,
    strengths: dict[str, float] | None = None,
) -> RenderableType:
    """A rich Tree of the outline; ``labels``/``strengths`` add ``[in 0.62]`` after each claim."""
    people = {a: visible(author.name) for a, author in graph.graph.get("authors", {}).items()}
    labels = labels or {}
    strengths = strengths or {}

    def label(node: OutlineNode) -> RenderableType:
        return hanging(_lead(node), _body(graph, node, people, labels, strengths))

    def depth(node: OutlineNode) -> int:
        return node.number.count(".")

    nodes = list(walk(root))
    need = max(_GUIDE * depth(n) + len(_lead(n)) + len(n.claim) + 2 for n in nodes)

    def tree() -> RenderableType:
        top = Tree(label(root), guide_style="dim")
        stack = [(top, child) for child in reversed(root.children)]
        while stack:
            parent, node = stack.pop()
            branch = parent.add(label(node))
            stack.extend((branch, child) for child in reversed(node.children))
        return top

    def outline(width: int) -> RenderableType:
        lines = []
        for node in nodes:
            room = width - len(_lead(node)) - len(node.claim) - 2
            lines.append(indent(label(node), max(0, min(2 * depth(node), room))))
        return Group(*lines)

    return ByWidth(need, tree, outline)
