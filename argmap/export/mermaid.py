"""The map as a Mermaid flowchart, which GitHub draws inside Markdown."""

from __future__ import annotations

import networkx as nx

from argmap.export.labels import author_names, who, wrap

__all__ = ["export", "label", "node_id"]

SUPPORT = "#2e7d32"
REBUT = "#c62828"
# Characters that Mermaid would read as syntax inside a quoted label, as its entity codes.
_ENTITIES = {'"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;"}


def node_id(claim: str) -> str:
    """A Mermaid-safe node id: a prefix keeps ids like ``end`` or ``o-x`` from being syntax.

    >>> node_id("end"), node_id("us-pivot")
    ('c_end', 'c_us_pivot')
    """
    return "c_" + claim.replace("-", "_")


def label(text: str) -> str:
    """Text for a quoted Mermaid label: entity codes for syntax, lines joined by <br/>.

    >>> label('a "b" <c> #d')
    'a #quot;b#quot; #lt;c#gt; #35;d'
    """
    lines = ["".join(_ENTITIES.get(ch, ch) for ch in line) for line in wrap(text, 32)]
    return "<br/>".join(lines)


def export(graph: nx.DiGraph, *, focus: str | None = None) -> str:
    """A ``flowchart BT`` of the graph it is given: motions on top, supports solid green,
    rebuts dotted red; the ``focus`` claim, when drawn, with a thick blue border."""
    shown = graph
    people = author_names(graph)
    out = ["flowchart BT"]
    for n in sorted(shown.nodes):
        data = shown.nodes[n]
        text = label(data.get("text", ""))
        stances = who(data, people)
        if stances:
            text += "<br/><small>" + label("; ".join(stances)) + "</small>"
        if data.get("motion"):
            text = "<b>MOTION</b><br/>" + text
        shape = ('(["', '"])') if data.get("motion") else ('["', '"]')
        out.append(f"    {node_id(n)}{shape[0]}{text}{shape[1]}")
    styles = []
    for i, (u, v) in enumerate(sorted(shown.edges)):
        kind = shown.edges[u, v]["kind"]
        arrow = "-->|supports|" if kind == "supports" else "-.->|rebuts|"
        out.append(f"    {node_id(u)} {arrow} {node_id(v)}")
        color = SUPPORT if kind == "supports" else REBUT
        styles.append(f"    linkStyle {i} stroke:{color},stroke-width:2px")
    out.extend(styles)
    motions = [node_id(n) for n in sorted(shown.nodes) if shown.nodes[n].get("motion")]
    out.append("    classDef motion fill:#fff4d6,stroke:#8a5a00,stroke-width:2px")
    if motions:
        out.append(f"    class {','.join(motions)} motion")
    if focus is not None:
        out.append(f"    style {node_id(focus)} stroke:#1f4e99,stroke-width:4px")
    return "\n".join(out) + "\n"
