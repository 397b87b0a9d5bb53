"""The first queries: overview, stats, list, show, authors, search, schema."""

from __future__ import annotations

import click

from argmap.cli.context import AppContext
from argmap.cli.options import format_option


@click.command()
@format_option("table", "json")
@click.pass_obj
def overview(app: AppContext, fmt: str) -> None:
    """One screen: what the map holds, who agrees with whom, the most contested claims, camps.

    \b
    Example:
      argmap overview
    """
    from argmap.agreement import agreement_matrix
    from argmap.camps import find_camps
    from argmap.positions import author_positions
    from argmap.sides import contested_claims
    from argmap.summary import map_stats

    graph = app.graph
    positions = author_positions(graph)
    stats = map_stats(graph)
    matrices = {
        level: agreement_matrix(graph, positions, level) for level in ("verdict", "reasons")
    }
    contested = contested_claims(graph, positions, limit=3)
    camps = find_camps(graph, positions)
    motions = []
    for claim_id in sorted(n for n in graph.nodes if graph.nodes[n]["motion"]):
        backers, opponents, mixed = positions.sides(claim_id)
        motions.append({"id": claim_id, "for": backers, "against": opponents, "mixed": mixed})
    if fmt == "json":
        app.emit_json(
            {
                "stats": stats,
                "motions": motions,
                "matrix": matrices["verdict"],
                "matrices": matrices,
                "contested": contested,
                "camps": camps,
            }
        )
        return
    from argmap.views import Trimmed
    from argmap.views.overview import overview_view

    app.console.print(
        Trimmed(overview_view(graph, stats, matrices, contested, camps, motions, app.console.width))
    )


@click.command()
@format_option("table", "json")
@click.pass_obj
def stats(app: AppContext, fmt: str) -> None:
    """Counts: authors, sources, claims, edges, stances, per author.

    \b
    Example:
      argmap stats --format json
    """
    from argmap.summary import map_stats

    result = map_stats(app.graph)
    if fmt == "json":
        app.emit_json(result)
        return
    from argmap.views.query import stats_table

    app.console.print(stats_table(result))


@click.command("list")
@click.option(
    "--author",
    "authors",
    multiple=True,
    metavar="A",
    help="Only claims author A holds or denies (repeatable).",
)
@click.option("--tag", metavar="T", help="Only claims tagged T.")
@click.option("--text", metavar="WORDS", help="Only claims whose text contains WORDS.")
@format_option("table", "json")
@click.pass_obj
def list_claims(
    app: AppContext, authors: tuple[str, ...], tag: str | None, text: str | None, fmt: str
) -> None:
    """Claims, filtered by author, tag or text.

    \b
    Example:
      argmap list --author yuan --tag economy
    """
    from argmap.summary import claim_rows

    for author in authors:
        app.author_id(author)
    rows = claim_rows(app.graph, authors=authors, tag=tag, text=text)
    if fmt == "json":
        app.emit_json({"claims": rows})
        return
    from argmap.views.query import claim_table

    app.console.print(claim_table(rows))


@click.command()
@click.argument("claim")
@format_option("table", "json")
@click.pass_obj
def show(app: AppContext, claim: str, fmt: str) -> None:
    """One claim: who holds or denies it (with quotes), what it supports and rebuts.

    \b
    Example:
      argmap show formal-alliance
    """
    from argmap.semantics import base_scores, dfquad, grounded
    from argmap.summary import claim_detail

    detail = claim_detail(app.graph, app.claim_id(claim))
    claim_id, base = detail["id"], base_scores(app.graph)
    label, strength = grounded(app.graph)[claim_id], dfquad(app.graph, base)[claim_id]
    if fmt == "json":
        app.emit_json({**detail, "grounded": label, "dfquad": strength})
        return
    from argmap.views.query import claim_panel
    from argmap.views.semantics import status_line

    app.console.print(claim_panel(detail, status=status_line(label, strength, base[claim_id])))


@click.command()
@format_option("table", "json")
@click.pass_obj
def authors(app: AppContext, fmt: str) -> None:
    """Authors, their sources, and how many claims each holds and denies.

    \b
    Example:
      argmap authors
    """
    from argmap.summary import author_rows

    rows = author_rows(app.graph)
    if fmt == "json":
        app.emit_json({"authors": rows})
        return
    from argmap.views.query import author_table

    app.console.print(author_table(rows))


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="At most this many claims.",
)
@format_option("table", "json")
@click.pass_obj
def search(app: AppContext, words: tuple[str, ...], limit: int, fmt: str) -> None:
    """Claims and quotes matching all the WORDS, best first.

    \b
    Example:
      argmap search nato expansion
    """
    from argmap.summary import search_claims

    query = " ".join(words)
    results = search_claims(app.graph, query, limit=limit)
    if fmt == "json":
        app.emit_json({"query": query, "results": results})
        return
    from argmap.views.query import search_table

    app.console.print(search_table(query, results))


@click.command()
@click.pass_obj
def schema(app: AppContext) -> None:
    """Print the JSON Schema of the map format (for editors' YAML language server).

    \b
    Example:
      argmap schema > argmap.schema.json
    """
    from argmap.schema import map_schema

    app.emit_json(map_schema())
