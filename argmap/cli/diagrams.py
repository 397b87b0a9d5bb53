"""Trees and diagrams: tree, export, render."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import click

from argmap.cli.context import AppContext, require_known
from argmap.cli.options import format_option, output_option
from argmap.errors import ArgmapError
from argmap.export import FORMATS

F = TypeVar("F", bound=Callable[..., Any])

# Options of the DOT writer (also taken by render and export html); None means "not given".
DIAGRAM_OPTIONS = ("color_by", "cluster_by", "rankdir")


def selection_options(function: F) -> F:
    """--focus, --depth, --author (repeatable), --tag."""
    for option in reversed(
        [
            click.option("--focus", metavar="CLAIM", help="Only the neighbourhood of CLAIM."),
            click.option(
                "--depth",
                type=click.IntRange(min=0),
                help="With --focus: how many links away from CLAIM (default 2).",
            ),
            click.option(
                "--author",
                "authors",
                multiple=True,
                metavar="A",
                help="Only claims author A holds or denies, and what links them (repeatable).",
            ),
            click.option("--tag", metavar="T", help="Only claims tagged T, and what links them."),
        ]
    ):
        function = option(function)
    return function


def diagram_options(function: F) -> F:
    """--color-by, --cluster-by, --rankdir (for DOT, render and HTML)."""
    for option in reversed(
        [
            click.option(
                "--color-by",
                type=click.Choice(["author", "tag", "status", "none"]),
                help="Fill claims by who holds them, their tags, or grounded status [none].",
            ),
            click.option(
                "--cluster-by",
                type=click.Choice(["author", "tag", "none"]),
                help="Box the claims of each author (held by them alone) or first tag [none].",
            ),
            click.option(
                "--rankdir",
                type=click.Choice(["TB", "LR", "BT", "RL"]),
                help="Where the motions sit: TB top (default), LR left, BT bottom, RL right.",
            ),
        ]
    ):
        function = option(function)
    return function


def _options(app: AppContext, given: dict[str, Any]) -> dict[str, Any]:
    """The options the user gave, checked against the map; the rest are left to the writer."""
    options = {k: v for k, v in given.items() if v is not None and v != ()}
    if "focus" in options:
        options["focus"] = app.claim_id(options["focus"])
    if "authors" in options:
        options["authors"] = [app.author_id(a) for a in options["authors"]]
    if "tag" in options:
        tags = {t for _, ts in app.graph.nodes(data="tags") for t in ts or ()}
        require_known(options["tag"], sorted(tags), "tag")
    return options


def _write(path: str, data: str | bytes) -> None:
    from argmap.files import write_atomic

    try:
        write_atomic(path, data)
    except OSError as error:
        raise ArgmapError(f"cannot write '{path}': {error.strerror or error}") from None


def _call(writer: Callable[..., str], fmt: str, graph: Any, options: dict[str, Any]) -> str:
    """Call ``writer`` with the options it takes; a clear error for one it does not."""
    parameters = inspect.signature(writer).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    for name in options:
        if not takes_any and name not in parameters:
            flag = "--" + name.replace("_", "-").removesuffix("s")
            raise ArgmapError(f"'export {fmt}' does not take {flag}; leave it out")
    return writer(graph, **options)


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

    root = outline(app.graph, app.claim_id(claim), depth)
    if fmt == "json":
        app.emit_json(as_dict(app.graph, root))
        return
    if fmt == "markdown":
        from argmap.export.markdown import outline_lines

        click.echo("\n".join(outline_lines(app.graph, [root])))
        return
    from argmap.views.tree import tree_view

    labels, strengths = _semantics(app.graph)
    app.console.print(tree_view(app.graph, root, labels, strengths))


def _semantics(graph: Any) -> tuple[dict[str, str], dict[str, float]]:
    """Grounded labels and DF-QuAD strengths, where the semantics module is installed."""
    try:
        from argmap.semantics import dfquad, grounded
    except ImportError:  # the semantics module comes with its own issue
        return {}, {}
    return grounded(graph), dfquad(graph)


@click.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(FORMATS)))
@output_option()
@selection_options
@diagram_options
@click.pass_obj
def export(app: AppContext, fmt: str, output: str | None, **given: Any) -> None:
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

    try:
        module = importlib.import_module(FORMATS[fmt])
    except ModuleNotFoundError as error:
        if error.name != FORMATS[fmt]:
            raise
        raise ArgmapError(f"export format '{fmt}' is not available yet in this version") from None
    text = _call(module.export, fmt, app.graph, _options(app, given))
    for warning in getattr(module, "limit_warnings", lambda _: [])(text):
        app.err.print(f"warning: {warning}", style="yellow", soft_wrap=True)
    if output is None:
        click.echo(text, nl=False)
        return
    _write(output, text)
    app.err.print(f"wrote {output}", soft_wrap=True)


@click.command()
@click.argument("out", metavar="OUT.svg|OUT.png|OUT.pdf", type=click.Path(dir_okay=False))
@selection_options
@diagram_options
@click.pass_obj
def render(app: AppContext, out: str, **given: Any) -> None:
    """Draw the map with Graphviz into an SVG, PNG or PDF file.

    Takes the options of 'export dot'. Needs Graphviz's dot program.

    \b
    Example:
      argmap render map.svg
      argmap render alliance.png --focus formal-alliance --depth 2 --color-by author
    """
    from pathlib import Path

    from argmap.export.dot import export as dot_export
    from argmap.render import FORMATS as SUFFIXES
    from argmap.render import find_dot, run_dot

    fmt = SUFFIXES.get(Path(out).suffix.lower())
    if fmt is None:
        raise ArgmapError(f"cannot tell the format of '{out}': name it .svg, .png or .pdf")
    find_dot()  # before any work: say how to install Graphviz
    source = dot_export(app.graph, **_options(app, given))
    _write(out, run_dot(source, fmt))
    app.err.print(f"wrote {out}", soft_wrap=True)
