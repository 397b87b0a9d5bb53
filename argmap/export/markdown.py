"""The map as a Markdown outline in the style of Kialo's export: ``1.1. Pro: …``, ``-> See 1.1.``."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from argmap.export.labels import author_names, clean, who
from argmap.outline import OutlineNode, map_outline, outline, walk

__all__ = ["escape", "export", "outline_lines"]

# Markdown syntax that could turn claim text into emphasis, links, code or HTML.
_SPECIAL = set("\\`*_[]<>&|~#")


def escape(text: str) -> str:
    r"""``text`` on one line with Markdown syntax backslash-escaped.

    >>> print(escape("a *b* <c>\nd"))
    a \*b\* \<c\> d
    """
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in clean(text))


def _item(graph: nx.DiGraph, node: OutlineNode, people: dict[str, str]) -> str:
    prefix = f"{node.number}. " + (f"{node.relation}: " if node.relation else "")
    if node.repeat_of is not None:
        return f"{prefix}-> See {node.repeat_of}."
    data = graph.nodes[node.claim]
    line = prefix + escape(data.get("text", ""))
    notes = ["motion"] if data.get("motion") else []
    notes += who(data, people, ("held by ", "denied by "))
    if notes:
        line += " *(" + escape("; ".join(notes)) + ")*"
    if node.hidden:
        line += f" (+{node.hidden} more below)"
    return line


def outline_lines(graph: nx.DiGraph, trees: Iterable[OutlineNode]) -> list[str]:
    """A nested Markdown list, one item per outline node, two spaces of indent per level."""
    people = author_names(graph)
    return [
        "  " * node.number.count(".") + "- " + _item(graph, node, people) for node in walk(trees)
    ]


def export(
    graph: nx.DiGraph,
    *,
    focus: str | None = None,
    depth: int | None = None,
    title: str = "Argument map",
) -> str:
    """The outline of the graph it is given: one numbered tree per motion or final conclusion.

    With ``focus``, only the tree under that claim. ``depth`` limits the levels of every tree.
    """
    trees = [outline(graph, focus, depth)] if focus is not None else map_outline(graph, depth)
    lines = [f"# {escape(title)}", "", *outline_lines(graph, trees)]
    return "\n".join(lines) + "\n"
