"""Where authors agree and disagree: compare, crux, matrix, contested, camps, stances."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from argmap.cli.context import AppContext
from argmap.cli.options import (
    format_option,
    hops_option,
    level_option,
    output_option,
    stance_filter_options,
)
from argmap.cli.output import emit, view

if TYPE_CHECKING:
    import networkx as nx

    from argmap.positions import Positions


def counted(
    app: AppContext,
    tags: tuple[str, ...] = (),
    since: int | None = None,
    until: int | None = None,
    authors: tuple[str, ...] = (),
) -> nx.DiGraph:
    """The map's graph with only the stances the filters count, after checking their values."""
    from argmap.errors import ArgmapError
    from argmap.subgraph import counted_stances

    for author in authors:
        app.workspace.known_author(author)
    for tag in tags:
        app.workspace.known_tag(tag)
    if since is not None and until is not None and since > until:
        raise ArgmapError(f"--since {since} is after --until {until}; swap them")
    return counted_stances(app.workspace.graph, tags, since, until, authors)


def positions_of(graph: nx.DiGraph, hops: int, authors: tuple[str, ...] | None = None) -> Positions:
    from argmap.positions import author_positions

    return author_positions(graph, hops, authors)


def two_authors(app: AppContext, a: str, b: str, command: str) -> tuple[str, str]:
    from argmap.errors import ArgmapError

    a, b = app.workspace.known_author(a), app.workspace.known_author(b)
    if a == b:
        raise ArgmapError(f"{command} needs two different authors, got '{a}' twice")
    return a, b


def _emit_sized(
    app: AppContext,
    result: dict[str, Any],
    fmt: str,
    output: str | None,
    name: str,
    csv: Callable[[dict[str, Any]], str],
) -> None:
    """``result`` as JSON or CSV, or drawn by the view ``name`` to the terminal's width."""
    width = app.console.width
    table = view(name)
    emit(app, result, fmt, output, table=lambda r: table(r, width), csv=csv, empty=app.no_claims())


@click.command()
@click.argument("a")
@click.argument("b")
@stance_filter_options(with_author=False)
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

    a, b = two_authors(app, a, b, "compare")
    graph = counted(app, tags, since, until)
    result = compare_authors(graph, positions_of(graph, hops, (a, b)), a, b)
    emit(app, result, fmt, table=lambda r: view("agreement.compare_view")(graph, r))


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
      argmap crux lukin yuan --motion alliance-in-all-but-name --format json
    """
    from argmap.cruxes import cruxes
    from argmap.errors import ArgmapError

    a, b = two_authors(app, a, b, "crux")
    graph = app.workspace.graph
    if motion is not None:
        motion = app.workspace.known_claim(motion)
        if not graph.nodes[motion]["motion"]:
            raise ArgmapError(f"'{motion}' is not a motion (see 'argmap prep --motions')")
    result = cruxes(graph, positions_of(graph, hops, (a, b)), a, b, motion)
    emit(app, result, fmt, table=lambda r: view("agreement.crux_view")(graph, r, motion))


@click.command()
@level_option("all")
@click.option(
    "--normalize",
    type=click.Choice(["plain", "average", "jaccard"]),
    default="plain",
    show_default=True,
    help="plain: (agree-disagree)/(agree+disagree); average or jaccard: DNA's normalizations.",
)
@stance_filter_options()
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
    from argmap.export.csv import matrix_csv

    graph = counted(app, tags, since, until, authors)
    result = agreement_matrix(graph, positions_of(graph, hops), level, normalize)
    _emit_sized(app, result, fmt, output, "matrix.matrix_view", matrix_csv)


@click.command()
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@stance_filter_options()
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

    graph = counted(app, tags, since, until, authors)
    claims = contested_claims(graph, positions_of(graph, hops), limit=limit)
    emit(
        app,
        {"claims": claims},
        fmt,
        table=lambda r: view("positions.contested_view")(r["claims"]),
        empty=app.no_claims(),
    )


@click.command()
@level_option(None)
@click.option(
    "--resamples",
    type=click.IntRange(min=0),
    help="How many resamples of the claims measure each camp's stability "
    "[default: 100; 50 beyond 16 authors].",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the resampling.")
@click.option(
    "--all", "show_all", is_flag=True, help="List every shared, bridging and divisive claim."
)
@stance_filter_options()
@hops_option
@format_option("table", "json")
@click.pass_obj
def camps(
    app: AppContext,
    level: str | None,
    resamples: int | None,
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

    graph = counted(app, tags, since, until, authors)
    result = find_camps(graph, positions_of(graph, hops), level, resamples, seed)
    shown = None if show_all else 5
    emit(
        app,
        result,
        fmt,
        table=lambda r: view("camps.camps_view")(r, shown=shown),
        empty=app.no_claims(),
    )


@click.command()
@click.option("--derived", is_flag=True, help="Every position, and where it comes from.")
@stance_filter_options()
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
    from argmap.export.csv import stances_csv
    from argmap.positions import stance_table

    graph = counted(app, tags, since, until, authors)
    result = stance_table(graph, positions_of(graph, hops) if derived else None)
    _emit_sized(app, result, fmt, output, "positions.stances_table", stances_csv)
