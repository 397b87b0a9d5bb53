"""The first queries: overview, stats, list, show, authors, search, schema."""

from __future__ import annotations

from typing import Any

import click

from argmap.cli.context import AppContext
from argmap.cli.options import format_option
from argmap.cli.output import emit, view


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

    graph = app.workspace.graph
    positions = author_positions(graph)
    matrices = {
        level: agreement_matrix(graph, positions, level) for level in ("verdict", "reasons")
    }
    motions = []
    for claim_id in sorted(n for n in graph.nodes if graph.nodes[n]["motion"]):
        backers, opponents, mixed = positions.sides(claim_id)
        motions.append({"id": claim_id, "for": backers, "against": opponents, "mixed": mixed})
    result = {
        "stats": map_stats(graph),
        "motions": motions,
        "matrix": matrices["verdict"],
        "matrices": matrices,
        "contested": contested_claims(graph, positions, limit=3),
        "camps": find_camps(graph, positions),
    }
    width = app.console.width

    def table(data: dict[str, Any]) -> Any:
        return view("overview.overview_view")(graph, data, width)

    emit(app, result, fmt, table=table, empty=app.no_claims())


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

    emit(app, map_stats(app.workspace.graph), fmt, table=view("query.stats_table"))
    if fmt == "table" and app.no_claims():
        app.console.print(app.no_claims())


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
        app.workspace.known_author(author)
    if tag is not None:
        app.workspace.known_tag(tag)
    rows = claim_rows(app.workspace.graph, authors=authors, tag=tag, text=text)
    empty = app.no_claims() or (
        None if rows else "no claim matches: " + _filters(authors, tag, text)
    )
    emit(
        app,
        {"claims": rows},
        fmt,
        table=lambda data: view("query.claim_table")(data["claims"]),
        empty=empty,
    )


def _filters(authors: tuple[str, ...], tag: str | None, text: str | None) -> str:
    """The filters of ``list`` as typed, for saying that nothing passes them all."""
    import shlex

    words = [f"--author {a}" for a in authors]
    words += [f"--tag {shlex.quote(tag)}"] if tag else []
    words += [f"--text {shlex.quote(text)}"] if text else []
    return " ".join(words)


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
    from argmap.semantics.status import claim_status
    from argmap.summary import claim_detail

    graph = app.workspace.graph
    detail = claim_detail(graph, app.workspace.known_claim(claim))
    claim_id, status = detail["id"], claim_status(graph)
    label, strength = status.labels[claim_id], status.strength[claim_id]
    emit(
        app,
        # One key, one meaning, as in `evaluate`: `strength` is the computed (DF-QuAD)
        # strength, `base_strength` the base score it starts from (the map's `strength` key,
        # else the default).
        {
            **detail,
            "base_strength": status.base[claim_id],
            "strength": strength,
            "grounded": label,
            "dfquad": strength,
        },
        fmt,
        table=lambda _: view("query.claim_panel")(
            detail, status=view("semantics.status_line")(label, strength, status.base[claim_id])
        ),
    )


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

    rows = author_rows(app.workspace.graph)
    emit(
        app, {"authors": rows}, fmt, table=lambda data: view("query.author_table")(data["authors"])
    )


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

    Each word matches in any of its forms: "sanction" finds "sanctions", "alliances" finds
    "alliance". A claim matches when its text, id, tags, quotes or notes hold every word.

    \b
    Example:
      argmap search nato expansion
    """
    from argmap.search import query_terms, search_claims

    query = " ".join(words)
    results = search_claims(app.workspace.graph, query, limit=limit)

    def table(data: dict[str, Any]) -> Any:
        if not data["results"]:
            return view("query.empty_search")(query, len(query_terms(query)))
        return view("query.search_table")(data["query"], data["results"])

    emit(app, {"query": query, "results": results}, fmt, table=table, empty=app.no_claims())


@click.command()
@click.pass_obj
def schema(app: AppContext) -> None:
    """Print the JSON Schema of the map format (for editors' YAML language server).

    \b
    Example:
      argmap schema > argmap.schema.json
    """
    from argmap.load.schema import map_schema

    emit(app, map_schema(), "json")
