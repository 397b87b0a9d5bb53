"""The map as a Mermaid flowchart, which GitHub draws inside Markdown.

Labels are one line each: Mermaid wraps them to its own width (wrapping them here as well broke
lines twice). Past Mermaid's default limits (``maxTextSize``, ``maxEdges``) it draws only an
error, so ``limit_warnings`` says when a flowchart is too big and what to do.
"""

from __future__ import annotations

import networkx as nx

from argmap.export.labels import author_names, clean, who

__all__ = ["MAX_EDGES", "MAX_TEXT_SIZE", "export", "label", "limit_warnings", "node_id"]

# Mermaid's defaults (mermaid 11: `maxTextSize`, `maxEdges`); a site may raise them.
MAX_TEXT_SIZE = 50_000
MAX_EDGES = 500

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
    """Text for a quoted Mermaid label: one line, entity codes for syntax; Mermaid wraps it.

    >>> label('a "b" <c> #d')
    'a #quot;b#quot; #lt;c#gt; #35;d'
    """
    return "".join(_ENTITIES.get(ch, ch) for ch in clean(text))


def limit_warnings(flowchart: str) -> list[str]:
    """What in ``flowchart`` passes Mermaid's default limits, and what to do about it.

    >>> limit_warnings("flowchart BT\\n    c_a --> c_b\\n")
    []
    """
    advice = (
        "Mermaid draws only an error past it: export part of the map with --focus CLAIM "
        "--depth N (or --author A, --tag T), or raise the limit where the diagram is drawn"
    )
    found = []
    # Mermaid counts the length of a JavaScript string: UTF-16 code units.
    size = len(flowchart.encode("utf-16-le")) // 2
    if size > MAX_TEXT_SIZE:
        found.append(
            f"the flowchart is {size:,} characters, over Mermaid's default maxTextSize of "
            f"{MAX_TEXT_SIZE:,}; {advice}"
        )
    edges = sum(1 for line in flowchart.splitlines() if line.startswith("    linkStyle "))
    if edges > MAX_EDGES:
        found.append(
            f"the flowchart has {edges:,} edges, over Mermaid's default maxEdges of "
            f"{MAX_EDGES:,}; {advice}"
        )
    return found


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
