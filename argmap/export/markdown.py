"""The map as a Markdown outline in the style of Kialo's export: ``1.1. Pro: …``, ``-> See 1.1.``.

It is a nested bullet list that any CommonMark reader parses as one list: the dot of a top-level
number is escaped (``- 1\\. …``, else ``- 1. `` starts a numbered list inside the bullet), claim
text has its Markdown syntax escaped, and the Markdown links in it (Kialo's claims have them)
stay links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import networkx as nx

from argmap.export.labels import author_names, clean, who
from argmap.outline import OutlineNode, map_outline, outline, walk

__all__ = ["escape", "export", "outline_lines"]

# Markdown syntax that could turn claim text into emphasis, links, code or HTML.
_SPECIAL = set("\\`*_[]<>&|~#")


# A Markdown link to a web address, and a bare web address: kept as they are.
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((https?://[^\s()<>]+)\)|(https?://[^\s<>\[\]]+)")


def _escape_plain(text: str) -> str:
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def escape(text: str) -> str:
    r"""``text`` on one line with Markdown syntax backslash-escaped, links kept.

    >>> print(escape("a *b* <c>\nd [site](https://x.org/a_b) https://y.org/c_d"))
    a \*b\* \<c\> d [site](https://x.org/a_b) https://y.org/c_d
    """
    text = clean(text)
    out: list[str] = []
    start = 0
    for link in _LINK.finditer(text):
        out.append(_escape_plain(text[start : link.start()]))
        if link.group(3):
            out.append(link.group(3))
        else:
            out.append(f"[{_escape_plain(link.group(1))}]({link.group(2)})")
        start = link.end()
    out.append(_escape_plain(text[start:]))
    return "".join(out)


def _number(number: str) -> str:
    """``1.`` as ``1\\.``: a bullet starting "1. " would hold a numbered list."""
    return number[:-1] + "\\." if number.count(".") == 1 else number


def _item(graph: nx.DiGraph, node: OutlineNode, people: dict[str, str]) -> str:
    prefix = f"{_number(node.number + '.')} " + (f"{node.relation}: " if node.relation else "")
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
