"""The map as one self-contained HTML page: the diagram inlined as SVG, and the outline."""

from __future__ import annotations

import html
import re

import networkx as nx

from argmap.export import dot
from argmap.export.labels import author_names, who
from argmap.export.render import DIAGRAM_LIMIT, inline_svg, svg_or_note, too_large_note
from argmap.outline import OutlineNode, map_outline, outline

__all__ = ["export", "limit_warnings"]

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem;
       color: #222; }
figure { margin: 1rem 0; overflow: auto; border: 1px solid #ddd; padding: .5rem; }
figure svg { max-width: 100%; height: auto; }
ol.outline, ol.outline ol { list-style: none; padding-left: 1.4rem; }
ol.outline > li { padding-left: 0; }
.num { color: #777; font-variant-numeric: tabular-nums; margin-right: .3em; }
.pro { color: #2e7d32; font-weight: bold; }
.con { color: #c62828; font-weight: bold; }
.who { color: #666; font-size: .9em; }
.motion { font-weight: bold; }
.id { color: #999; font-family: monospace; font-size: .85em; }
"""


def _items(graph: nx.DiGraph, node: OutlineNode, people: dict[str, str]) -> list[str]:
    out = ['<li id="n' + node.number + '">' + f'<span class="num">{node.number}.</span>']
    if node.relation:
        out.append(f'<span class="{node.relation.lower()}">{node.relation}:</span> ')
    if node.repeat_of is not None:
        out.append(f'&rarr; see <a href="#n{node.repeat_of}">{node.repeat_of}.</a></li>')
        return out
    data = graph.nodes[node.claim]
    text = html.escape(data.get("text", ""))
    out.append(f'<span class="motion">{text}</span>' if data.get("motion") else text)
    stances = who(data, people)
    if stances:
        out.append(f' <span class="who">{html.escape("; ".join(stances))}</span>')
    out.append(f' <span class="id">{html.escape(node.claim)}</span>')
    if node.children:
        out.append("<ol>")
        for child in node.children:
            out.extend(_items(graph, child, people))
        out.append("</ol>")
    return [*out, "</li>"]


def export(
    graph: nx.DiGraph,
    *,
    focus: str | None = None,
    status: dict[str, str] | None = None,
    color_by: str = "none",
    cluster_by: str = "none",
    rankdir: str = "TB",
    title: str = "Argument map",
) -> str:
    """An HTML page that needs no network: the DOT diagram as SVG (when ``dot`` is installed)
    above the pro/con outline (under ``focus``, when given), both of the graph it is given.

    A graph of more than ``DIAGRAM_LIMIT`` claims gets no diagram, only a note saying why
    (``limit_warnings`` finds it): Graphviz's layout time grows far faster than the map, and
    the page is written in time linear in the map.
    """
    shown = graph
    svg: str | None
    note: str | None
    if graph.number_of_nodes() > DIAGRAM_LIMIT:
        svg, note = None, too_large_note(graph.number_of_nodes())
    else:
        source = dot.export(
            graph,
            focus=focus,
            status=status,
            color_by=color_by,
            cluster_by=cluster_by,
            rankdir=rankdir,
        )
        svg, note = svg_or_note(source)
    figure = (
        inline_svg(svg)
        if svg is not None
        else f'<p class="who" data-no-diagram="">{html.escape(note or "")}</p>'
    )
    trees = [outline(shown, focus)] if focus is not None else map_outline(shown)
    people = author_names(graph)
    body = ['<ol class="outline">']
    for tree in trees:
        body.extend(_items(shown, tree, people))
    body.append("</ol>")
    page = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<figure>{figure}</figure>",
        "<h2>Outline</h2>",
        *body,
        "</body>",
        "</html>",
    ]
    return "\n".join(page) + "\n"


_NO_DIAGRAM = re.compile(r'<p class="who" data-no-diagram="">No diagram: ([^<]*)</p>')


def limit_warnings(page: str) -> list[str]:
    """Why ``page`` has no diagram, when that is because the map is too large for one.

    >>> limit_warnings(export(nx.DiGraph()))
    []
    """
    found = _NO_DIAGRAM.search(page)
    if found is None or "claims are more than" not in found.group(1):
        return []
    return ["the page has no diagram: " + html.unescape(found.group(1))]
