"""Trees and diagrams: tree, export, render."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from argmap.cli.context import AppContext
from argmap.cli.options import diagram_style_options, drawing_options, format_option, output_option
from argmap.cli.output import emit, write_to
from argmap.errors import ArgmapError
from argmap.export import FORMATS

if TYPE_CHECKING:
    import networkx as nx


def _flag(name: str) -> str:
    """The flag of a writer keyword: ``color_by`` -> ``--color-by``."""
    return "--" + name.replace("_", "-")


def _drawn(
    app: AppContext,
    fmt: str,
    focus: str | None,
    depth: int | None,
    authors: tuple[str, ...],
    tag: str | None,
    style: dict[str, Any],
) -> tuple[nx.DiGraph, dict[str, Any]]:
    """Select once: the claims to draw, and the options to hand the writer of ``fmt``.

    The options given are checked against the map, and against what the format declares it
    takes; an option it cannot honour is refused with a message.
    """
    from argmap.subgraph import drawn_claims

    declared = FORMATS[fmt]
    workspace = app.workspace
    for name, value in style.items():
        if value is not None and name not in declared.options:
            raise ArgmapError(f"'export {fmt}' does not take {_flag(name)}; leave it out")
    if depth is not None and focus is None and not declared.outline:
        raise ArgmapError("--depth needs --focus CLAIM (the claim to draw around)")
    if focus is not None:
        focus = workspace.known_claim(focus)
    authors = tuple(workspace.known_author(a) for a in authors)
    if tag is not None:
        workspace.known_tag(tag)
    graph = workspace.graph
    options: dict[str, Any] = {k: v for k, v in style.items() if v is not None}
    if declared.outline:
        # --focus is the root of the outline and --depth its levels, not a neighbourhood.
        shown = drawn_claims(graph, authors=authors, tag=tag)
        if focus is not None and focus not in shown:
            shown = graph.subgraph({*shown.nodes, focus})
        options.update({"focus": focus, "depth": depth})
    else:
        shown = drawn_claims(graph, focus=focus, depth=depth, authors=authors, tag=tag)
        if "focus" in declared.options:
            options["focus"] = focus
    if options.get("color_by") == "status":
        from argmap.semantics.status import claim_status

        # Acceptability depends on the whole map, so it is worked out on all of it.
        options["status"] = claim_status(graph).labels
    return shown, {k: v for k, v in options.items() if v is not None}


@click.command()
@click.argument("claim")
@click.option(
    "--depth", type=click.IntRange(min=0), help="At most N levels below CLAIM (default: all)."
)
@format_option("text", "markdown", "json")
@click.pass_obj
def tree(app: AppContext, claim: str, depth: int | None, fmt: str) -> None:
    """The pro/con tree under a claim: + supporters, − rebuttals, with their authors.

    A claim met a second time (maps have cycles) points back to where it
    already stands instead of being expanded again. --format markdown prints
    a Kialo-style numbered outline (1.1. Pro: …, 1.2. Con: …, -> See 1.1.).

    \b
    Example:
      argmap tree formal-alliance --depth 2
      argmap tree formal-alliance --format markdown > alliance.md
    """
    from argmap.outline import as_dict, outline

    graph = app.workspace.graph
    root = outline(graph, app.workspace.known_claim(claim), depth)

    def markdown(_: Any) -> str:
        from argmap.export.markdown import outline_lines

        return "\n".join(outline_lines(graph, [root])) + "\n"

    def view(_: Any) -> Any:
        from argmap.semantics.status import claim_status
        from argmap.views.tree import tree_view

        status = claim_status(graph)
        return tree_view(graph, root, status.labels, status.strength)

    emit(app, as_dict(graph, root), fmt, table=view, markdown=markdown)


@click.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(FORMATS)))
@output_option()
@drawing_options
@diagram_style_options
@click.pass_obj
def export(
    app: AppContext,
    fmt: str,
    output: str | None,
    focus: str | None,
    depth: int | None,
    authors: tuple[str, ...],
    tag: str | None,
    **style: Any,
) -> None:
    """Write the map as dot, json, graphml, mermaid, markdown, html and more.

    Formats: dot (Graphviz), json (node-link, every attribute), graphml (Gephi,
    yEd), mermaid (a flowchart GitHub draws), markdown (Kialo-style outline),
    html (one page: the diagram and the outline), argdown, aif. --focus,
    --author and --tag choose part of the map; --color-by, --cluster-by and
    --rankdir shape the diagram (dot and html).

    \b
    Example:
      argmap export dot -o map.dot --color-by author
      argmap export dot --focus formal-alliance --depth 1 | dot -Tsvg > focus.svg
      argmap export mermaid --author yuan --author lukin
    """
    import importlib

    shown, options = _drawn(app, fmt, focus, depth, authors, tag, style)
    declared = FORMATS[fmt]
    module = importlib.import_module(declared.module)
    text: str = module.export(shown, **options)
    if declared.limits is not None:
        for warning in getattr(module, declared.limits)(text):
            app.err.print(f"warning: {warning}", style="yellow", soft_wrap=True)
    emit(app, None, "text", output, text=lambda _: text)
    if output is not None:
        app.err.print(f"wrote {output}", soft_wrap=True)


@click.command()
@click.argument("out", metavar="OUT.svg|OUT.png|OUT.pdf", type=click.Path(dir_okay=False))
@drawing_options
@diagram_style_options
@click.pass_obj
def render(
    app: AppContext,
    out: str,
    focus: str | None,
    depth: int | None,
    authors: tuple[str, ...],
    tag: str | None,
    **style: Any,
) -> None:
    """Draw the map with Graphviz into an SVG, PNG or PDF file.

    Takes the options of 'export dot'. Needs Graphviz's dot program.

    \b
    Example:
      argmap render map.svg
      argmap render alliance.png --focus formal-alliance --depth 2 --color-by author
    """
    from pathlib import Path

    from argmap.export.dot import export as dot_export
    from argmap.export.render import DIAGRAM_LIMIT, find_dot, run_dot
    from argmap.export.render import FORMATS as SUFFIXES

    fmt = SUFFIXES.get(Path(out).suffix.lower())
    if fmt is None:
        raise ArgmapError(f"cannot tell the format of '{out}': name it .svg, .png or .pdf")
    find_dot()  # before any work: say how to install Graphviz
    shown, options = _drawn(app, "dot", focus, depth, authors, tag, style)
    if shown.number_of_nodes() > DIAGRAM_LIMIT:
        app.err.print(
            f"warning: drawing {shown.number_of_nodes():,} claims: Graphviz can take minutes to "
            "hours on a map this size (Ctrl-C stops it); --focus CLAIM --depth N draws part",
            style="yellow",
            soft_wrap=True,
        )
    write_to(out, run_dot(dot_export(shown, **options), fmt))
    app.err.print(f"wrote {out}", soft_wrap=True)
