"""The map as an Argdown document: one statement per claim, titled by its id.

Each claim is written ``[id]: text #tag {held_by: [...], denied_by: [...], strength: x}`` with
its outgoing relations below it (``+> [target]`` supports, ``-> [target]`` rebuts). All ASCII
punctuation in texts is backslash-escaped, which Argdown reads as the character itself, so no
text can start a tag, a link, emphasis or a data block. Quotes are not written (the map's YAML
keeps them); authors appear as ids in each statement's data.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

__all__ = ["export"]

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


def _escape(text: str) -> str:
    r"""One line of text with every ASCII punctuation mark escaped.

    >>> _escape("a #b [c]\n d")
    'a \\#b \\[c\\] d'
    """
    return _PUNCT.sub(r"\\\1", " ".join(text.split()))


def _tag(tag: str) -> str:
    words = " ".join(re.sub(r"[()\\]", " ", tag).split())
    return f"#({words})" if words else ""


def _data(node: dict[str, Any]) -> str:
    parts = [f"{key}: [{', '.join(node[key])}]" for key in ("held_by", "denied_by") if node[key]]
    if node.get("strength") is not None:
        parts.append(f"strength: {node['strength']}")
    return " {" + ", ".join(parts) + "}" if parts else ""


def export(graph: nx.DiGraph) -> str:
    """An Argdown document of the claims and edges of the graph it is given.

    >>> g = nx.DiGraph(authors={}, sources={})
    >>> g.add_node("a", text="A.", tags=("t",), held_by=["ann"], denied_by=[], strength=None)
    >>> g.add_node("b", text="B?", tags=(), held_by=[], denied_by=[], strength=None)
    >>> g.add_edge("a", "b", kind="supports")
    >>> print(export(g), end="")
    # argmap export
    <BLANKLINE>
    [a]: A\\. #(t) {held_by: [ann]}
      +> [b]
    <BLANKLINE>
    [b]: B\\?
    """
    lines = ["# argmap export", ""]
    for claim_id in sorted(graph.nodes):
        node = graph.nodes[claim_id]
        tags = " ".join(t for t in map(_tag, node["tags"]) if t)
        lines.append(
            f"[{claim_id}]: {_escape(node['text'])}{' ' + tags if tags else ''}{_data(node)}"
        )
        for target in sorted(graph.successors(claim_id)):
            arrow = "+>" if graph.edges[claim_id, target]["kind"] == "supports" else "->"
            lines.append(f"  {arrow} [{target}]")
        lines.append("")
    return "\n".join(lines[:-1]) + "\n"
