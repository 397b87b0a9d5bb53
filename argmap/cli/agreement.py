"""Where authors agree and disagree: compare, crux, matrix, contested, camps, stances."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from argmap.cli.context import AppContext, require_known
from argmap.cli.options import format_option, output_option

if TYPE_CHECKING:
    import networkx as nx

F = TypeVar("F", bound=Callable[..., Any])


def selection_options(with_author: bool = True) -> Callable[[F], F]:
    """``--tag``, ``--since``, ``--until`` and (unless ``with_author`` is False) ``--author``."""

    def decorate(function: F) -> F:
        if with_author:
            function = click.option(
                "--author",
                "authors",
                multiple=True,
                metavar="A",
                help="Only author A's stances, and only A in the table (repeatable).",
            )(function)
        function = click.option(
            "--until",
            type=int,
            metavar="YEAR",
            help="Only stances from sources dated YEAR or earlier.",
        )(function)
        function = click.option(
            "--since",
            type=int,
            metavar="YEAR",
            help="Only stances from sources dated YEAR or later.",
        )(function)
        return click.option(
            "--tag",
            "tags",
            multiple=True,
            metavar="T",
            help="Only claims tagged T (repeatable: any of them).",
        )(function)

    return decorate


def hops_option(function: F) -> F:
    return click.option(
        "--hops",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Derive positions through chains of up to N edges (the shortest chains decide).",
    )(function)


def level_option(default: str | None) -> Callable[[F], F]:
    """``--level all|verdict|reasons``."""
    return click.option(
        "--level",
        type=click.Choice(["all", "verdict", "reasons"]),
        default=default,
        show_default=default is not None,
        help="verdict: positions on the motions; reasons: on the other claims; all: both.",
    )


def _positions(graph: nx.DiGraph, hops: int, authors: tuple[str, ...] | None = None) -> Any:
    from argmap.positions import author_positions

    return author_positions(graph, hops, authors)


def selected(
    app: AppContext,
    tags: tuple[str, ...] = (),
    since: int | None = None,
    until: int | None = None,
    authors: tuple[str, ...] = (),
) -> nx.DiGraph:
    """The map's graph narrowed by the filters, after checking the author ids and the years."""
    from argmap.errors import ArgmapError
    from argmap.select import select

    for author in authors:
        app.author_id(author)
    if since is not None and until is not None and since > until:
        raise ArgmapError(f"--since {since} is after --until {until}; swap them")
    known_tags = {t for n in app.graph.nodes for t in app.graph.nodes[n]["tags"]}
    for tag in tags:
        require_known(tag, sorted(known_tags), "tag")
    return select(app.graph, tags=tags, since=since, until=until, authors=authors)


def _write(text: str, output: str | None) -> None:
    if output:
        from argmap.files import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@click.command()
@click.argument("a")
@click.argument("b")
@selection_options(with_author=False)
@hops_option
@format_option("table", "json")
@click.pass_obj
def compare(
    app: AppContext,
    a: str,
    b: str,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    hops: int,
    fmt: str,
) -> None:
    """Two authors: per motion their verdicts and reasons, then every item with quotes.

    \b
    Example:
      argmap compare yuan lukin
      argmap compare yuan xie --format json
    """
    from argmap.agreement import compare_authors
    from argmap.errors import ArgmapError

    a, b = app.author_id(a), app.author_id(b)
    if a == b:
        raise ArgmapError(f"compare needs two different authors, got '{a}' twice")
    graph = selected(app, tags, since, until)
    result = compare_authors(graph, _positions(graph, hops, (a, b)), a, b)
    if fmt == "json":
        app.emit_json(result)
        return
    from argmap.views import Trimmed
    from argmap.views.agreement import compare_view

    app.console.print(Trimmed(compare_view(graph, result)))


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--motion", metavar="M", help="Only the motion M.")
@hops_option
@format_option("table", "json")
@click.pass_obj
def crux(app: AppContext, a: str, b: str, motion: str | None, hops: int, fmt: str) -> None:
    """The claims that decide where two authors part on a motion, most influential first.

    \b
    Example:
      argmap crux lukin yuan
      argmap crux lukin yuan --motion formal-alliance --format json
    """
    from argmap.cruxes import cruxes
    from argmap.errors import ArgmapError

    a, b = app.author_id(a), app.author_id(b)
    if a == b:
        raise ArgmapError(f"crux needs two different authors, got '{a}' twice")
    graph = app.graph
    if motion is not None:
        motion = app.claim_id(motion)
        if not graph.nodes[motion]["motion"]:
            raise ArgmapError(f"'{motion}' is not a motion (see 'argmap prep --motions')")
    result = cruxes(graph, _positions(graph, hops, (a, b)), a, b, motion)
    if fmt == "json":
        app.emit_json(result)
        return
    from argmap.views import Trimmed
    from argmap.views.agreement import crux_view

    app.console.print(Trimmed(crux_view(graph, result, motion)))


@click.command()
@level_option("all")
@click.option(
    "--normalize",
    type=click.Choice(["plain", "average", "jaccard"]),
    default="plain",
    show_default=True,
    help="plain: (agree-disagree)/(agree+disagree); average or jaccard: DNA's normalizations.",
)
@selection_options()
@hops_option
@format_option("table", "json", "csv")
@output_option()
@click.pass_obj
def matrix(
    app: AppContext,
    level: str,
    normalize: str,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    hops: int,
    fmt: str,
    output: str | None,
) -> None:
    """The author × author agreement scores, each with its n (the claims it rests on).

    \b
    Example:
      argmap matrix --level verdict
      argmap matrix --format csv -o matrix.csv
    """
    from argmap.agreement import agreement_matrix

    graph = selected(app, tags, since, until, authors)
    result = agreement_matrix(graph, _positions(graph, hops), level, normalize)
    if fmt == "json":
        import json

        _write(json.dumps(result, indent=2, ensure_ascii=False) + "\n", output)
        return
    if fmt == "csv":
        from argmap.export.tables import matrix_csv

        _write(matrix_csv(result), output)
        return
    from argmap.views import Trimmed
    from argmap.views.matrix import matrix_view

    app.console.print(Trimmed(matrix_view(result, app.console.width)))


@click.command()
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@selection_options()
@hops_option
@format_option("table", "json")
@click.pass_obj
def contested(
    app: AppContext,
    limit: int | None,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    hops: int,
    fmt: str,
) -> None:
    """Claims with authors on both sides, most contested first, with who stands where and why.

    \b
    Example:
      argmap contested --limit 5
      argmap contested --since 2020 --format json
    """
    from argmap.sides import contested_claims

    graph = selected(app, tags, since, until, authors)
    claims = contested_claims(graph, _positions(graph, hops), limit=limit)
    if fmt == "json":
        app.emit_json({"claims": claims})
        return
    from argmap.views import Trimmed
    from argmap.views.positions import contested_view

    app.console.print(Trimmed(contested_view(claims)))


@click.command()
@level_option(None)
@click.option(
    "--resamples",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="How many resamples of the claims measure each camp's stability.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the resampling.")
@click.option(
    "--all", "show_all", is_flag=True, help="List every shared, bridging and divisive claim."
)
@selection_options()
@hops_option
@format_option("table", "json")
@click.pass_obj
def camps(
    app: AppContext,
    level: str | None,
    resamples: int,
    seed: int,
    show_all: bool,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    hops: int,
    fmt: str,
) -> None:
    """Authors grouped into camps; how stable each camp is; bridges and divisive claims.

    Without --level, camps are drawn on the verdict (the motions) when the motions
    carry positions from three authors or more, else on every claim.

    \b
    Example:
      argmap camps
      argmap camps --level all --all --format json
    """
    from argmap.camps import find_camps

    graph = selected(app, tags, since, until, authors)
    result = find_camps(graph, _positions(graph, hops), level, resamples, seed)
    if fmt == "json":
        app.emit_json(result)
        return
    from argmap.views import Trimmed
    from argmap.views.camps import camps_view

    app.console.print(Trimmed(camps_view(result, shown=None if show_all else 5)))


@click.command()
@click.option("--derived", is_flag=True, help="Every position, and where it comes from.")
@selection_options()
@hops_option
@format_option("table", "csv", "json")
@output_option()
@click.pass_obj
def stances(
    app: AppContext,
    derived: bool,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    hops: int,
    fmt: str,
    output: str | None,
) -> None:
    """The author × claim table: + holds, − denies; with --derived, every position.

    \b
    Example:
      argmap stances
      argmap stances --derived --format csv -o positions.csv
    """
    from argmap.positions import stance_table

    graph = selected(app, tags, since, until, authors)
    result = stance_table(graph, _positions(graph, hops) if derived else None)
    if fmt == "json":
        import json

        _write(json.dumps(result, indent=2, ensure_ascii=False) + "\n", output)
        return
    if fmt == "csv":
        from argmap.export.tables import stances_csv

        _write(stances_csv(result), output)
        return
    from argmap.views import Trimmed
    from argmap.views.positions import stances_table

    app.console.print(Trimmed(stances_table(result, app.console.width)))
