"""The semantics command: evaluate which claims stand (or an abstract framework's arguments)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from argmap.cli.context import AppContext, require_known
from argmap.cli.output import emit
from argmap.errors import ArgmapError, FrameworkError, SearchLimit

if TYPE_CHECKING:
    import networkx as nx
    from rich.console import RenderableType

    from argmap.semantics.evaluate import Evaluation, Target

# The names of the semantics, kept here so that `evaluate --help` imports no semantics module.
SEMANTICS = ("grounded", "complete", "preferred", "stable", "dfquad", "hcat")


@click.command()
@click.option(
    "--semantics",
    type=click.Choice(SEMANTICS),
    default="grounded",
    show_default=True,
    help="Dung labelling/extensions over rebuttals, or a gradual strength.",
)
@click.option("--as", "author", metavar="AUTHOR", help="Evaluate as AUTHOR sees the map.")
@click.option(
    "--af",
    "af_file",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Evaluate an abstract framework file (ICCMA'23 .af/.i23, TGF, ASPARTIX .apx) instead of the map.",
)
@click.option(
    "--af-format",
    type=click.Choice(["i23", "tgf", "apx"]),
    help="The format of --af FILE (default: detected).",
)
@click.option(
    "--task",
    metavar="TASK",
    help="An ICCMA task: SE-, EE-, DC- or DS- with GR, CO, PR or ST; answers in ICCMA's form.",
)
@click.option("--argument", metavar="A", help="The query argument (or claim) of a DC-/DS- task.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Stop with an error past this many extensions.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=60.0,
    show_default=True,
    help="Stop with an error after this many seconds of search.",
)
@click.option(
    "--solver",
    type=click.Choice(["auto", "python", "clingo"]),
    default="auto",
    show_default=True,
    help="Extension search: the pure-Python labelling search, clingo, or by size.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "iccma"]),
    default="table",
    show_default=True,
    help="For people, for scripts, or ICCMA's solution lines.",
)
@click.pass_obj
def evaluate(
    app: AppContext,
    semantics: str,
    author: str | None,
    af_file: str | None,
    af_format: str | None,
    task: str | None,
    argument: str | None,
    limit: int,
    timeout: float,
    solver: str,
    fmt: str,
) -> None:
    """Which claims stand: labels, extensions or strengths under a semantics.

    \b
    Example:
      argmap evaluate
      argmap evaluate --semantics preferred --format json
      argmap evaluate --semantics dfquad --as yuan
      argmap evaluate --af bench.af --task DS-PR --argument 4
    """
    from argmap.semantics.iccma import parse_task

    if task:
        kind, semantics = parse_task(task)
        fmt = "iccma"
        if kind in ("DC", "DS") and not argument:
            raise ArgmapError(f"task {task.upper()} asks about one argument: add --argument A")
    elif argument:
        raise ArgmapError("--argument goes with a DC- or DS- task (e.g. --task DC-PR)")
    else:
        kind = "SE" if semantics == "grounded" else "EE"
    if fmt == "iccma" and semantics in ("dfquad", "hcat"):
        raise ArgmapError(
            "ICCMA tasks are about extensions; use --format table or json for strengths"
        )
    if af_file is not None and author is not None:
        raise ArgmapError(
            "--as evaluates a map as an author sees it; an --af framework has no authors"
        )
    if af_file is None and af_format is not None:
        raise ArgmapError("--af-format describes an --af FILE; give the file too")
    target, query = _target(app, af_file, af_format, author, argument)
    try:
        if fmt == "iccma":
            from argmap.semantics.iccma import answer_task

            lines = answer_task(target, kind, semantics, query, limit, timeout, solver)
            emit(app, lines, "iccma", iccma=lambda _: "".join(line + "\n" for line in lines))
            return
        _show(app, target, semantics, author, af_file, limit, timeout, solver, fmt)
    except SearchLimit as error:
        raise ArgmapError(search_limit_message(error)) from None


def search_limit_message(error: SearchLimit) -> str:
    """What to do about a search that stopped at its limit, in the words of this command."""
    from argmap.semantics.iccma import TASK_CODES

    example = f"ask one question with --task (e.g. DC-{TASK_CODES[error.semantics]} --argument A)"
    if error.kind == "count":
        return (
            f"more than {error.limit:g} {error.semantics} extensions; raise --limit, or {example}"
        )
    return (
        f"the {error.semantics} search ({error.solver}) did not finish in time; "
        f"raise --timeout, or {example}"
    )


def _target(
    app: AppContext,
    af_file: str | None,
    af_format: str | None,
    author: str | None,
    argument: str | None,
) -> tuple[Target, int | None]:
    """The map (as ``author`` sees it) or the framework file, and the query argument's index."""
    from argmap.semantics.evaluate import af_target, map_target

    if af_file is None:
        if author is not None:
            author = app.workspace.known_author(author)
        target = map_target(app.workspace.graph, author)
        query = target.af.index()[app.workspace.known_claim(argument)] if argument else None
        return target, query
    from argmap.semantics.framework import read_framework

    try:
        af = read_framework(af_file, af_format)
    except FrameworkError as error:
        for diagnostic in error.diagnostics[1:]:
            app.err.print(f"{diagnostic.loc}: {diagnostic.message}", soft_wrap=True)
        raise
    query = None
    if argument is not None:
        query = af.index()[require_known(argument, af.names, "argument")]
    return af_target(af), query


def _show(
    app: AppContext,
    target: Target,
    semantics: str,
    author: str | None,
    af_file: str | None,
    limit: int,
    timeout: float,
    solver: str,
    fmt: str,
) -> None:
    """The answer as JSON or as a table: the one path for a map and a framework file."""
    from argmap.semantics.evaluate import evaluate

    graph = app.workspace.graph if target.is_map else None
    if graph is not None and semantics == "grounded" and fmt != "json":
        from argmap.semantics.status import claim_status
        from argmap.views.semantics import labels_view

        status = claim_status(graph, author)
        emit(
            app,
            None,
            fmt,
            table=lambda _: labels_view(graph, status.labels, status.strength, author),
            empty=app.no_claims(),
        )
        return
    result = evaluate(target, semantics, limit=limit, timeout=timeout, solver=solver)
    data = {**result.as_dict(), **({"as": author} if author else {})}
    if graph is None and result.strength is not None and fmt == "table":
        fmt = "lines"  # a framework's strengths, for people: one argument a line
    emit(
        app,
        data,
        fmt,
        table=lambda _: _view(graph, target, result, author, af_file),
        lines=lambda _: _strength_lines(result.strength or {}),
        empty=app.no_claims() if graph is not None else None,
    )


def _strength_lines(strength: dict[str, float]) -> str:
    """One argument a line: its name and strength, tab-separated."""
    return "".join(f"{name}\t{value:.6f}\n" for name, value in strength.items())


def _view(
    graph: nx.DiGraph | None,
    target: Target,
    result: Evaluation,
    author: str | None,
    af_file: str | None,
) -> RenderableType:
    """The terminal view of an evaluation of the map (``graph``) or of a framework file."""
    from argmap.views import semantics as views

    semantics = result.semantics
    if result.strength is not None:
        assert graph is not None and result.base is not None
        return views.strengths_view(
            graph, semantics, result.strength, result.base, result.converged, author
        )
    if result.labels is not None:
        labels = list(result.labels.values())
        return views.af_labels_view(target.names, labels, str(af_file))
    assert result.extensions is not None
    if graph is not None:
        return views.extensions_view(graph, semantics, result.extensions, author)
    return views.af_extensions_view(semantics, result.extensions, str(af_file))
