"""The semantics command: evaluate which claims stand (or an abstract framework's arguments)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from argmap.cli.context import AppContext
from argmap.errors import ArgmapError

if TYPE_CHECKING:
    from argmap.af import Framework

SEMANTICS = ("grounded", "complete", "preferred", "stable", "dfquad", "hcat")
TASK_SEMANTICS = {"GR": "grounded", "CO": "complete", "PR": "preferred", "ST": "stable"}
TASK_KINDS = ("SE", "EE", "DC", "DS")


def parse_task(task: str) -> tuple[str, str]:
    """``"DC-PR"`` -> ("DC", "preferred"); an ArgmapError naming the tasks otherwise."""
    kind, _, code = task.upper().partition("-")
    if kind not in TASK_KINDS or code not in TASK_SEMANTICS:
        tasks = ", ".join(f"{k}-{c}" for k in TASK_KINDS for c in TASK_SEMANTICS)
        raise ArgmapError(f"unknown task '{task}'; argmap answers {tasks}")
    return kind, TASK_SEMANTICS[code]


def iccma_extension(af: Framework, members: list[int]) -> str:
    """``w 1 3 7`` for ICCMA'23 frameworks, ``[a1,a3,a7]`` for named ones."""
    if af.fmt == "i23":
        return " ".join(["w", *(af.names[i] for i in sorted(members))])
    return "[" + ",".join(sorted(af.names[i] for i in members)) + "]"


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
    if af_file is not None:
        if author is not None:
            raise ArgmapError(
                "--as evaluates a map as an author sees it; an --af framework has no authors"
            )
        _evaluate_af(
            app, af_file, af_format, semantics, kind, argument, limit, timeout, solver, fmt
        )
        return
    if af_format is not None:
        raise ArgmapError("--af-format describes an --af FILE; give the file too")
    _evaluate_map(app, semantics, author, kind, argument, limit, timeout, solver, fmt)


def _evaluate_map(
    app: AppContext,
    semantics: str,
    author: str | None,
    kind: str,
    argument: str | None,
    limit: int,
    timeout: float,
    solver: str,
    fmt: str,
) -> None:
    from argmap import semantics as sem

    graph = app.graph
    if author is not None:
        author = app.author_id(author)
    extra: dict[str, Any] = {"as": author} if author else {}
    if fmt == "iccma":
        af = sem.framework_of(graph, author)
        index = af.index()
        query = index[app.claim_id(argument)] if argument else None
        _answer_task(app, af, semantics, kind, query, limit, timeout, solver, hide=f"@{author}")
        return
    if semantics in ("dfquad", "hcat"):
        base = sem.base_scores(graph, author)
        result = sem.gradual(graph, semantics, base)
        if fmt == "json":
            app.emit_json(
                {
                    "semantics": semantics,
                    "strength": {c: round(v, 6) for c, v in result.strength.items()},
                    # "base" is the older name of "base_strength"; both stay.
                    "base_strength": base,
                    "base": base,
                    "converged": result.converged,
                    **extra,
                }
            )
            return
        from argmap.views.semantics import strengths_view

        app.console.print(
            strengths_view(graph, semantics, result.strength, base, result.converged, author)
        )
        return
    if semantics == "grounded":
        labels = sem.grounded(graph, author)
        if fmt == "json":
            app.emit_json({"semantics": "grounded", "labels": labels, **extra})
            return
        from argmap.views.semantics import labels_view

        strength = sem.dfquad(graph, sem.base_scores(graph, author))
        app.console.print(labels_view(graph, labels, strength, author))
        return
    found = sem.extensions(graph, semantics, author, limit=limit, timeout=timeout, solver=solver)
    if fmt == "json":
        app.emit_json({"semantics": semantics, "extensions": found, **extra})
        return
    from argmap.views.semantics import extensions_view

    app.console.print(extensions_view(graph, semantics, found, author))


def _evaluate_af(
    app: AppContext,
    af_file: str,
    af_format: str | None,
    semantics: str,
    kind: str,
    argument: str | None,
    limit: int,
    timeout: float,
    solver: str,
    fmt: str,
) -> None:
    from argmap import semantics as sem
    from argmap.af import FrameworkError, read_framework

    try:
        af = read_framework(af_file, af_format)
    except FrameworkError as error:
        for diagnostic in error.diagnostics[1:]:
            app.err.print(f"{diagnostic.loc}: {diagnostic.message}", soft_wrap=True)
        raise
    query = None
    if argument is not None:
        from argmap.cli.context import require_known

        query = af.index()[require_known(argument, af.names, "argument")]
    if fmt == "iccma":
        _answer_task(app, af, semantics, kind, query, limit, timeout, solver)
        return
    if semantics in ("dfquad", "hcat"):
        # A framework file has no base scores: every argument starts at 1, which makes hcat
        # Besnard and Hunter's original h-categorizer.
        result = sem.gradual_af(af.names, af.attacks, [], [1.0] * len(af.names), semantics)
        if fmt == "json":
            app.emit_json(
                {
                    "semantics": semantics,
                    "strength": {c: round(v, 6) for c, v in result.strength.items()},
                    "converged": result.converged,
                }
            )
            return
        for name, value in result.strength.items():
            click.echo(f"{name}\t{value:.6f}")
        return
    if semantics == "grounded":
        labels = sem.grounded_af(af)
        if fmt == "json":
            app.emit_json(
                {"semantics": "grounded", "labels": dict(zip(af.names, labels, strict=True))}
            )
            return
        from argmap.views.semantics import af_labels_view

        app.console.print(af_labels_view(af.names, labels, af_file))
        return
    found = sem.extensions_af(af, semantics, limit=limit, timeout=timeout, solver=solver)
    named = [[af.names[i] for i in e] for e in found]
    if fmt == "json":
        app.emit_json({"semantics": semantics, "extensions": named})
        return
    from argmap.views.semantics import af_extensions_view

    app.console.print(af_extensions_view(semantics, named, af_file))


def _answer_task(
    app: AppContext,
    af: Framework,
    semantics: str,
    kind: str,
    query: int | None,
    limit: int,
    timeout: float,
    solver: str,
    hide: str | None = None,
) -> None:
    """Print the answer in ICCMA's solution form: YES/NO, an extension, or all of them."""
    from argmap import semantics as sem

    # In a map evaluated --as an author, the author's own argument is not one of the claims.
    shown = {i for i, name in enumerate(af.names) if name != hide}

    def line(members: list[int]) -> str:
        return iccma_extension(af, [i for i in members if i in shown])

    if kind in ("DC", "DS"):
        assert query is not None
        click.echo("YES" if sem.accepted(af, semantics, query, kind, timeout, solver) else "NO")
    elif kind == "SE":
        one = sem.one_extension(af, semantics, timeout, solver)
        click.echo("NO" if one is None else line(one))
    else:
        found = sem.extensions_af(af, semantics, limit=limit, timeout=timeout, solver=solver)
        if af.fmt == "i23":
            for members in found:
                click.echo(line(members))
        else:
            click.echo("[" + ",".join(line(members) for members in found) + "]")
