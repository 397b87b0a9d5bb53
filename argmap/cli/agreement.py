"""Where authors agree and disagree: compare, matrix, contested, camps, stances."""

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
        help="Also count claims linked by chains of up to N edges as evidence.",
    )(function)


def selected(
    app: AppContext,
    tags: tuple[str, ...] = (),
    since: int | None = None,
    until: int | None = None,
    authors: tuple[str, ...] = (),
) -> nx.DiGraph:
    """The map's graph narrowed by the filters, after checking the author ids and the years."""
    from argmap.errors import ArgmapError
    from argmap.subgraph import counted_stances as select

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
    """Where two authors agree and disagree, item by item, with quotes, then the score.

    \b
    Example:
      argmap compare yuan lukin
      argmap compare yuan lukin --tag economy --format json
    """
    from argmap.agreement import compare_authors
    from argmap.errors import ArgmapError

    a, b = app.author_id(a), app.author_id(b)
    if a == b:
        raise ArgmapError(f"compare needs two different authors, got '{a}' twice")
    graph = selected(app, tags, since, until)
    result = compare_authors(graph, a, b, hops=hops)
    if fmt == "json":
        app.emit_json(result)
        return
    from argmap.views.agreement import compare_view

    app.console.print(compare_view(graph, result))


@click.command()
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
    normalize: str,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    hops: int,
    fmt: str,
    output: str | None,
) -> None:
    """The author × author table: agreements, disagreements and the score of every pair.

    \b
    Example:
      argmap matrix
      argmap matrix --normalize jaccard --format csv -o matrix.csv
    """
    from argmap.agreement import agreement_matrix

    graph = selected(app, tags, since, until, authors)
    result = agreement_matrix(graph, normalize=normalize, hops=hops)
    if fmt == "json":
        import json

        _write(json.dumps(result, indent=2, ensure_ascii=False) + "\n", output)
        return
    if fmt == "csv":
        from argmap.export.csv import matrix_csv

        _write(matrix_csv(result), output)
        return
    from argmap.views.agreement import matrix_table

    app.console.print(matrix_table(result, normalize))


@click.command()
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@selection_options()
@format_option("table", "json")
@click.pass_obj
def contested(
    app: AppContext,
    limit: int | None,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    fmt: str,
) -> None:
    """Claims with authors on both sides, most contested first, with who stands where and why.

    \b
    Example:
      argmap contested --limit 5
      argmap contested --since 2020 --format json
    """
    from argmap.agreement import contested_claims

    claims = contested_claims(selected(app, tags, since, until, authors), limit=limit)
    if fmt == "json":
        app.emit_json({"claims": claims})
        return
    from argmap.views.agreement import contested_table

    app.console.print(contested_table(claims))


@click.command()
@selection_options()
@hops_option
@format_option("table", "json")
@click.pass_obj
def camps(
    app: AppContext,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    hops: int,
    fmt: str,
) -> None:
    """Authors grouped into camps that agree within and disagree across.

    \b
    Example:
      argmap camps
      argmap camps --tag economy --format json
    """
    from argmap.agreement import find_camps

    result = find_camps(selected(app, tags, since, until, authors), hops=hops)
    if fmt == "json":
        app.emit_json(result)
        return
    from argmap.views.agreement import camps_view

    app.console.print(camps_view(result))


@click.command()
@selection_options()
@format_option("table", "csv", "json")
@output_option()
@click.pass_obj
def stances(
    app: AppContext,
    tags: tuple[str, ...],
    since: int | None,
    until: int | None,
    authors: tuple[str, ...],
    fmt: str,
    output: str | None,
) -> None:
    """The raw author × claim table: + holds, − denies, blank for no stance.

    \b
    Example:
      argmap stances
      argmap stances --format csv -o stances.csv
    """
    from argmap.agreement import stance_table

    result = stance_table(selected(app, tags, since, until, authors))
    if fmt == "json":
        import json

        _write(json.dumps(result, indent=2, ensure_ascii=False) + "\n", output)
        return
    if fmt == "csv":
        from argmap.export.csv import stances_csv

        _write(stances_csv(result), output)
        return
    from argmap.views.agreement import stances_table

    app.console.print(stances_table(result))
