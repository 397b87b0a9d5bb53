"""The map as Graphviz DOT: same map and options, same bytes."""

from __future__ import annotations

import html

import networkx as nx

from argmap.export.labels import author_names, clean, names, palette, wrap

__all__ = ["CLUSTER_BY", "COLOR_BY", "RANKDIR", "export"]

COLOR_BY = ("none", "author", "tag", "status")
CLUSTER_BY = ("none", "author", "tag")
# The user's direction says where the claims argued about sit: TB puts motions at the top and
# their reasons below. Edges run from a reason to the claim it bears on, so Graphviz needs the
# opposite rankdir.
RANKDIR = {"TB": "BT", "LR": "RL", "BT": "TB", "RL": "LR"}

WIDTH = 28  # characters per line of claim text
MAX_LINES = 9  # longer texts end in an ellipsis; the full text is the tooltip
SUPPORT = "#2e7d32"
REBUT = "#c62828"
MOTION_FILL = "#fff4d6"
FOCUS = "#1f4e99"
STAGGER = 3  # leaf claims are spread over at most this many ranks...
STAGGER_FROM = 4  # ...one more rank for every this many leaves
# Grounded labels: in green, out red, undecided amber.
STATUS = {"in": "#c8e6c9", "out": "#ffcdd2", "undec": "#ffe0a3"}
STATUS_WORDS = {"in": "in: stands", "out": "out: defeated", "undec": "undec: undecided"}

_HEADER = """\
digraph argmap {{
  graph [rankdir={rankdir}, fontname="Helvetica", fontsize=11, newrank=true, nodesep=0.3,
         ranksep=0.5, pad=0.25, outputorder=edgesfirst, bgcolor="white"];
  node [shape=box, style="rounded,filled", fillcolor="white", color="#666666",
        fontname="Helvetica", fontsize=11, margin="0.12,0.06"];
  edge [penwidth=1.4, arrowsize=0.8];
"""


def quote(value: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, one line.

    >>> print(quote('say "hi" \\\\ bye'))
    "say \\"hi\\" \\\\ bye"
    """
    return '"' + clean(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _html(text: str) -> str:
    # Graphviz expands \N, \G, \L... even in HTML labels, entities or not; an invisible word
    # joiner after each backslash keeps it literal.
    return html.escape(text, quote=True).replace("\\", "\\\u2060")


# Tooltips: Graphviz decodes entities and backslash escapes here too. One translate table
# (not a loop over characters) keeps this fast on large maps.
_TIP_ESCAPES = str.maketrans({"&": "&amp;", '"': '\\"', "\\": "\\\\\u2060"})


def _tip(text: str) -> str:
    """A quoted tooltip; Graphviz decodes entities and backslash escapes here too."""
    return '"' + clean(text).translate(_TIP_ESCAPES) + '"'


def _lines(text: str) -> list[str]:
    lines = wrap(text, WIDTH)
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1] + " …"]
    return lines


def _label(data: dict, authors: dict[str, str], status: str | None) -> str:
    """An HTML-like label: a MOTION tag, the wrapped text, then + holders and − deniers."""
    rows = []
    if data.get("motion"):
        rows.append(
            '<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="#8a5a00"><B>MOTION</B>'
            "</FONT></TD></TR>"
        )
    text = '<BR ALIGN="LEFT"/>'.join(_html(line) for line in _lines(data.get("text", "")))
    if data.get("motion"):
        text = f'<FONT POINT-SIZE="13"><B>{text}</B></FONT>'
    rows.append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{text}</TD></TR>')
    people = []
    for sign, color, ids in (
        ("+", SUPPORT, data.get("held_by", ())),
        ("\u2212", REBUT, data.get("denied_by", ())),
    ):
        if ids:
            who = wrap(f"{sign} " + ", ".join(names(dict.fromkeys(ids), authors)), WIDTH + 6)
            people.append(
                f'<FONT POINT-SIZE="9" COLOR="{color}">'
                + '<BR ALIGN="LEFT"/>'.join(_html(w) for w in who)
                + "</FONT>"
            )
    if status is not None:
        people.append(f'<FONT POINT-SIZE="9" COLOR="#444444">[{status}]</FONT>')
    if people:
        rows.append(
            '<TR><TD ALIGN="LEFT" BALIGN="LEFT">' + '<BR ALIGN="LEFT"/>'.join(people) + "</TD></TR>"
        )
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
        + "".join(rows)
        + "</TABLE>>"
    )


def _keys(data: dict, by: str) -> list[str]:
    """The authors (holders, in order) or tags a claim is coloured or clustered by."""
    if by == "author":
        return list(dict.fromkeys(data.get("held_by", ())))
    if by == "tag":
        return list(dict.fromkeys(data.get("tags", ())))
    return []


def _fill(keys: list[str], colors: dict[str, str]) -> list[str]:
    """Node attributes that fill a claim with one colour, or stripes of several."""
    if not keys:
        return []
    if len(keys) == 1:
        return [f'fillcolor="{colors[keys[0]]}"']
    share = f"{1 / len(keys):.3f}"
    stripes = ":".join(f"{colors[k]};{share}" for k in keys)
    return ['style="filled,striped"', f'fillcolor="{stripes}"']


def _legend(color_by: str, colors: dict[str, str], key_names: dict[str, str]) -> str:
    samples = [
        (f'<FONT COLOR="{SUPPORT}">\u2500\u2500\u2500\u25b6</FONT>', "supports (solid)"),
        (f'<FONT COLOR="{REBUT}"><B>- - -\u22a3</B></FONT>', "rebuts (dashed)"),
        (f'<FONT COLOR="{SUPPORT}">+ name</FONT>', "holds the claim"),
        (f'<FONT COLOR="{REBUT}">\u2212 name</FONT>', "denies the claim"),
        ('<FONT POINT-SIZE="9"><B>MOTION</B></FONT>', "a question authors take sides on"),
    ]
    rows = ['<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>']
    for sample, meaning in samples:
        fill = f' BGCOLOR="{MOTION_FILL}"' if "MOTION" in sample else ""
        rows.append(f'<TR><TD ALIGN="LEFT"{fill}>{sample}</TD><TD ALIGN="LEFT">{meaning}</TD></TR>')
    if colors:
        title = {"author": "fill: who holds it", "tag": "fill: tag", "status": "fill: grounded"}
        rows.append(f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{title[color_by]}</B></TD></TR>')
        for key, color in colors.items():
            rows.append(
                f'<TR><TD BGCOLOR="{color}"> </TD>'
                f'<TD ALIGN="LEFT">{_html(key_names.get(key, key))}</TD></TR>'
            )
    table = (
        '<<TABLE BORDER="1" COLOR="#999999" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>>"
    )
    return f'  "_legend" [shape=plain, fontsize=10, label={table}];\n'


def export(
    graph: nx.DiGraph,
    *,
    focus: str | None = None,
    status: dict[str, str] | None = None,
    color_by: str = "none",
    cluster_by: str = "none",
    rankdir: str = "TB",
    legend: bool = True,
) -> str:
    """DOT source for the graph it is given (the whole map, or the part chosen to draw).

    Claims are boxes (motions bold, with a MOTION tag), supports solid green arrows, rebuts
    dashed red arrows with a tee head; the ``focus`` claim has a thick blue border. Nodes and
    edges come sorted, so output is reproducible. ``status`` (claim id -> grounded label, of
    the whole map: ``argmap.semantics.claim_status``) writes each claim's label in its box;
    ``color_by="status"`` fills by it.

    >>> g = nx.DiGraph(authors={})
    >>> g.add_node("a", text='say "hi"', held_by=[], denied_by=[], tags=(), motion=True)
    >>> '"a" [' in export(g, legend=False)
    True
    """
    if color_by not in COLOR_BY or cluster_by not in CLUSTER_BY or rankdir not in RANKDIR:
        raise ValueError(
            f"color_by is one of {COLOR_BY}, cluster_by of {CLUSTER_BY}, rankdir of "
            f"{tuple(RANKDIR)}; got {color_by!r}, {cluster_by!r}, {rankdir!r}"
        )
    if color_by == "status" and status is None:
        raise ValueError("color_by='status' needs the claims' status")
    status = status or {}
    shown = graph
    people = author_names(graph)
    nodes = sorted(shown.nodes)

    colors: dict[str, str] = {}
    key_names: dict[str, str] = {}
    if color_by == "status":
        colors = {s: c for s, c in STATUS.items() if any(status.get(n) == s for n in nodes)}
        key_names = STATUS_WORDS
    elif color_by != "none":
        colors = palette(k for n in nodes for k in _keys(shown.nodes[n], color_by))
        key_names = people if color_by == "author" else {}

    out = [_HEADER.format(rankdir=RANKDIR[rankdir]), "\n"]
    for n in nodes:
        data = shown.nodes[n]
        label = status.get(n)
        attrs = [
            f"label={_label(data, people, label)}",
            f"tooltip={_tip(n + ': ' + data.get('text', ''))}",
        ]
        if data.get("motion"):
            attrs += [
                'style="rounded,filled,bold"',
                f'fillcolor="{MOTION_FILL}"',
                "penwidth=2",
                'color="#8a5a00"',
            ]
        if color_by == "status" and label in STATUS:
            attrs.append(f'fillcolor="{STATUS[label]}"')
        elif color_by in ("author", "tag"):
            attrs += _fill(_keys(data, color_by), colors)
        if n == focus:
            attrs += ["penwidth=3", f'color="{FOCUS}"']
        out.append(f"  {quote(n)} [{', '.join(attrs)}];\n")

    if cluster_by != "none":
        out.append(_clusters(shown, nodes, cluster_by, people))

    out.append("\n")
    lengths = _staggered(shown)
    for u, v in sorted(shown.edges):
        kind, note = shown.edges[u, v]["kind"], shown.edges[u, v].get("note")
        tip = _tip(f"{u} {kind} {v}" + (f": {note}" if note else ""))
        if kind == "supports":
            style = f'color="{SUPPORT}", arrowhead=normal'
        else:
            style = f'color="{REBUT}", style=dashed, arrowhead=tee'
        if (u, v) in lengths:
            style += f", minlen={lengths[u, v]}"
        out.append(f"  {quote(u)} -> {quote(v)} [{style}, tooltip={tip}];\n")

    if legend:
        out.append("\n" + _legend(color_by, colors, key_names))
    out.append("}\n")
    return "".join(out)


def _staggered(graph: nx.DiGraph) -> dict[tuple[str, str], int]:
    """Longer edges for some leaf claims (no reasons of their own), as Graphviz's ``unflatten``.

    Without this, the leaves of a big map crowd into one or two ranks and the picture comes out
    many times wider than tall. Leaves are dealt round-robin to up to three ranks, grouped by
    the claim they bear on so that siblings spread out; small maps (few leaves) are untouched.
    """
    leaves = sorted(
        (n for n in graph.nodes if graph.in_degree(n) == 0 and graph.out_degree(n) > 0),
        key=lambda n: (min(graph.successors(n)), n),
    )
    levels = min(STAGGER, 1 + len(leaves) // STAGGER_FROM)
    lengths: dict[tuple[str, str], int] = {}
    for i, leaf in enumerate(leaves):
        if i % levels:
            for target in graph.successors(leaf):
                lengths[leaf, target] = 1 + i % levels
    return lengths


def _clusters(graph: nx.DiGraph, nodes: list[str], by: str, people: dict[str, str]) -> str:
    """One box per author (claims only they hold) or per tag (claims whose first tag it is)."""
    groups: dict[str, list[str]] = {}
    for n in nodes:
        keys = _keys(graph.nodes[n], by)
        if (by == "author" and len(keys) == 1) or (by == "tag" and keys):
            groups.setdefault(keys[0], []).append(n)
    out = ["\n"]
    for key in sorted(groups):
        title = people.get(key, key) if by == "author" else f"#{key}"
        out.append(
            f"  subgraph {quote(f'cluster_{by}_{key}')} {{\n"
            f'    label=<<B>{_html(title)}</B>>; labeljust="l"; style="rounded,filled"; '
            'fillcolor="#f5f5f5"; color="#bbbbbb";\n'
        )
        out.extend(f"    {quote(n)};\n" for n in groups[key])
        out.append("  }\n")
    return "".join(out)
