"""Debate commands: prep (a brief for one side of a motion, or the list of motions) and drill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from argmap.cli.context import AppContext
from argmap.cli.options import format_option, output_option
from argmap.cli.output import emit, view

if TYPE_CHECKING:
    import networkx as nx

SIDE = click.Choice(["for", "against"])
HANDOUTS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def _brief(
    app: AppContext, claim: str, side: str, anonymous: bool
) -> tuple[dict[str, Any], dict[str, str] | None]:
    """The brief, anonymized when asked, and the author labels it was anonymized with.

    The labels are computed once, here, so that the text and the diagram of a handout letter
    every author the same way.
    """
    from argmap.anonymize import anonymize, author_labels
    from argmap.debate import brief

    graph = app.workspace.graph
    data = brief(graph, app.workspace.known_claim(claim), side)
    if not anonymous:
        return data, None
    names = {a.id: a.name for a in graph.graph["authors"].values()}
    labels = author_labels(data, names)
    return anonymize(data, names, graph.graph["sources"], labels), labels


@click.command()
@click.argument("claim", required=False)
@click.option("--side", type=SIDE, help="The side to prepare: for or against the motion.")
@click.option(
    "--anonymize",
    "anonymous",
    is_flag=True,
    help="Replace author names with Author A, B, ... (for a blind exercise).",
)
@click.option(
    "--motions",
    "list_motions",
    is_flag=True,
    help="List the map's motions, most evenly divided first, instead of a brief.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="How many steps from the motion the HTML handout's diagram reaches (1 keeps it legible).",
)
@format_option("table", "json")
@output_option(
    "Write the brief to FILE: .md a Markdown handout, .html a printable page, .json data."
)
@click.pass_obj
def prep(
    app: AppContext,
    claim: str | None,
    side: str | None,
    anonymous: bool,
    list_motions: bool,
    depth: int,
    fmt: str,
    output: str | None,
) -> None:
    """A debate brief for one side of a motion: case, attacks, answers, quotes, sources.

    \b
    Example:
      argmap prep formal-alliance --side against
      argmap prep formal-alliance --side for -o brief.html
      argmap prep --motions
    """
    if list_motions:
        _motions(app, anonymous, fmt, output)
        return
    if claim is None:
        raise click.UsageError("missing the motion: argmap prep CLAIM --side for|against")
    if side is None:
        raise click.UsageError("missing option '--side': choose for or against")
    data, labels = _brief(app, claim, side, anonymous)
    if output is None:
        emit(app, data, fmt, table=view("debate.brief_view"))
        return
    _write_handout(app, data, output, depth, labels)


def _write_handout(
    app: AppContext, data: dict[str, Any], output: str, depth: int, labels: dict[str, str] | None
) -> None:
    from pathlib import Path

    from argmap.debate import attack_groups
    from argmap.errors import ArgmapError
    from argmap.export.handout import html_handout, markdown_handout
    from argmap.wording import plural

    kind = HANDOUTS.get(Path(output).suffix.lower())
    if kind is None:
        raise ArgmapError(
            f"cannot tell the handout type of '{output}': name it .md, .html or .json"
        )

    def page(_: Any) -> str:
        svg, note = _diagram(app.workspace.graph, data, depth, labels)
        if note:
            app.err.print(f"warning: {note}", soft_wrap=True)
        return html_handout(data, svg=svg, note=note)

    emit(app, data, kind, output, markdown=markdown_handout, html=page)
    groups = attack_groups(data)
    answered = sum(1 for a in groups if a["answers"])
    app.err.print(
        f"wrote {output}: {plural(len(data['case']), 'case claim')}, "
        f"{plural(len(groups), 'attack')} ({answered} answered in the map)",
        soft_wrap=True,
    )


def _diagram(
    graph: nx.DiGraph, data: dict[str, Any], depth: int, labels: dict[str, str] | None
) -> tuple[str | None, str | None]:
    """The SVG of the motion's neighbourhood, or None and why there is none (no Graphviz).

    With ``labels`` (an anonymized brief), the diagram names authors by the brief's labels.
    """
    from argmap.export.dot import export
    from argmap.export.render import svg_or_note
    from argmap.subgraph import drawn_claims

    shown = drawn_claims(graph, focus=data["motion"], depth=depth)
    if labels is not None:  # the diagram names authors too
        from argmap.model import Author

        shown = shown.copy()
        shown.graph["authors"] = {a: Author(a, label) for a, label in labels.items()}
    return svg_or_note(export(shown, focus=data["motion"]))


def _motions(app: AppContext, anonymous: bool, fmt: str, output: str | None) -> None:
    from argmap.anonymize import anonymize
    from argmap.debate import motions
    from argmap.errors import ArgmapError

    if output is not None:
        raise ArgmapError("-o writes a brief; for the motions use --format json and redirect it")
    graph = app.workspace.graph
    rows = motions(graph)
    if anonymous:
        names = {a.id: a.name for a in graph.graph["authors"].values()}
        rows = anonymize({"motions": rows}, names)["motions"]
    emit(
        app,
        {"motions": rows},
        fmt,
        table=lambda data: view("debate.motions_table")(data["motions"]),
        empty=app.no_claims(),
    )


@click.command()
@click.argument("claim")
@click.option(
    "--side", type=SIDE, required=True, help="The side you argue: for or against the motion."
)
@click.option(
    "--rounds", type=click.IntRange(min=1), help="At most N attacks (default: all of them)."
)
@click.option("--seed", type=int, help="Seed for the order of the attacks, to repeat a drill.")
@click.option(
    "--anonymize", "anonymous", is_flag=True, help="Replace author names with Author A, B, ..."
)
@click.pass_obj
def drill(
    app: AppContext, claim: str, side: str, rounds: int | None, seed: int | None, anonymous: bool
) -> None:
    """Practise: answer the other side's attacks one by one, then see the map's answers.

    Each round shows one attack; type your answer and press Enter (an empty line passes). The
    map's answers follow, with their quotes. Input may be piped, one answer a line.

    \b
    Example:
      argmap drill formal-alliance --side for --rounds 3 --seed 1
      printf 'trade is growing\\n\\n' | argmap drill formal-alliance --side against --rounds 2
    """
    import random
    import sys

    from rich.text import Text

    from argmap.debate import attack_groups
    from argmap.views.debate import (
        answers_view,
        attack_view,
        drill_summary,
        outline_labels,
        side_line,
    )
    from argmap.wording import visible_data

    data, _ = _brief(app, claim, side, anonymous)
    data = visible_data(data)  # shown on the terminal only
    attacks = attack_groups(data)
    random.Random(seed).shuffle(attacks)
    chosen = attacks[:rounds] if rounds else attacks
    console = app.console
    console.print(
        Text.assemble(
            ("Motion: ", "bold magenta"), (data["claims"][data["motion"]]["text"], "bold")
        )
    )
    console.print(side_line(data))
    if not chosen:
        console.print(
            Text("The map has no attack on this side's case: nothing to drill.", style="yellow")
        )
        return
    done: list[dict[str, Any]] = []
    labels = outline_labels(data)
    for n, attack in enumerate(chosen, 1):
        console.print(
            Text(f"\nRound {n} of {len(chosen)}: the other side says", style="bold underline")
        )
        console.print(attack_view(data, attack, "", labels))
        try:
            response = click.prompt("Your answer", default="", show_default=False)
        except click.Abort:  # input ran out (a pipe) or the student stopped: sum up so far
            console.print()
            break
        if not sys.stdin.isatty():
            console.print()
        console.print(Text("The map's answers:", style="bold"))
        console.print(answers_view(data, attack, 2))
        done.append({"attack": attack, "response": response})
    console.print(drill_summary(done, len(attacks)))
