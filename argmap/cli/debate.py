"""Debate commands: prep (a brief for one side of a motion, both sides, or the list of
motions) and drill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from argmap.cli.context import AppContext
from argmap.cli.options import format_option, output_option
from argmap.cli.output import emit, view, write_to

if TYPE_CHECKING:
    import networkx as nx

SIDE = click.Choice(["for", "against"])
HANDOUTS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".pdf": "pdf",
    ".docx": "docx",
}


def _brief(
    app: AppContext,
    claim: str,
    sides: list[str],
    anonymous: bool,
    wpm: int,
    texts: str | None = None,
) -> tuple[dict[str, Any], Any]:
    """The brief (a packet of briefs for two sides), with its source paragraphs when ``texts``
    is given, anonymized when asked; and the Anonymizer it was anonymized with (else None).

    The anonymizer is made once, here, so that the text and the diagram of a handout letter
    every author the same way.
    """
    from argmap.anonymize import anonymizer_for
    from argmap.debate import brief
    from argmap.export.handout import packet

    graph = app.workspace.graph
    motion = app.workspace.known_claim(claim)
    briefs = [brief(graph, motion, side, wpm) for side in sides]
    if texts is not None:
        from argmap.debate.cards import with_passages

        found = _read_texts(app, graph, texts)
        briefs = [with_passages(b, found) for b in briefs]
    data = briefs[0] if len(briefs) == 1 else packet(briefs)
    if not anonymous:
        return data, None
    names = {a.id: a.name for a in graph.graph["authors"].values()}
    anonymizer = anonymizer_for(data, names, graph.graph["sources"])
    return anonymizer.data(data), anonymizer


def _read_texts(app: AppContext, graph: nx.DiGraph, folder: str) -> dict[str, str]:
    """Source id -> its text, for the sources whose ``text:`` file is in ``folder``."""
    from pathlib import Path

    from argmap.errors import ArgmapError

    root = Path(folder)
    if not root.is_dir():
        raise ArgmapError(f"--texts: no folder '{folder}'")
    found: dict[str, str] = {}
    for source in graph.graph["sources"].values():
        if not source.text:
            continue
        try:
            found[source.id] = (root / source.text).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            app.err.print(
                f"warning: cannot read text '{root / source.text}' of source '{source.id}': "
                f"{reason}",
                soft_wrap=True,
            )
    return found


@click.command()
@click.argument("claim", required=False)
@click.option("--side", type=SIDE, help="The side to prepare: for or against the motion.")
@click.option("--both", is_flag=True, help="One packet with both sides, for a class split in two.")
@click.option(
    "--anonymize",
    "anonymous",
    is_flag=True,
    help="Hide who wrote what: Author A, B, ...; no titles or venues (a blind exercise).",
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
    help="How many steps from the motion the handout's diagram reaches (1 keeps it legible).",
)
@click.option(
    "--texts",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Source texts in DIR: each card's body is the quote's paragraph (.docx, JSON).",
)
@click.option(
    "--wpm",
    type=click.IntRange(min=60, max=400),
    default=150,
    show_default=True,
    help="Speaking rate for reading times, in words a minute.",
)
@format_option("table", "json")
@output_option(
    "Write the brief to FILE: .md Markdown, .html a printable page, .pdf that page printed "
    "(Chromium), .docx debate cards, .json data."
)
@click.pass_obj
def prep(
    app: AppContext,
    claim: str | None,
    side: str | None,
    both: bool,
    anonymous: bool,
    list_motions: bool,
    depth: int,
    texts: str | None,
    wpm: int,
    fmt: str,
    output: str | None,
) -> None:
    """A debate brief for one side of a motion: case, attacks, answers, quotes, sources.

    \b
    Example:
      argmap prep formal-alliance --side against
      argmap prep formal-alliance --side for -o brief.pdf
      argmap prep formal-alliance --side for --texts ../sources -o cards.docx
      argmap prep formal-alliance --both -o packet.html
      argmap prep --motions
    """
    if list_motions:
        _motions(app, anonymous, fmt, output)
        return
    if claim is None:
        raise click.UsageError("missing the motion: argmap prep CLAIM --side for|against")
    if both and side is not None:
        raise click.UsageError("--both prepares both sides: leave out --side")
    if side is None and not both:
        raise click.UsageError("missing option '--side': choose for or against (or --both)")
    kind = None
    if output is not None:
        kind = _handout_kind(output)
    sides = ["for", "against"] if both else [side or "for"]
    data, anonymizer = _brief(app, claim, sides, anonymous, wpm, texts)
    if output is None or kind is None:
        if both and fmt != "json":
            from rich.console import Group

            emit(
                app,
                data,
                fmt,
                table=lambda d: Group(*(view("debate.brief_view")(b) for b in d["briefs"])),
            )
            return
        emit(app, data, fmt, table=view("debate.brief_view"))
        return
    _write_handout(app, data, output, kind, depth, anonymizer)


def _handout_kind(output: str) -> str:
    from pathlib import Path

    from argmap.errors import ArgmapError

    kind = HANDOUTS.get(Path(output).suffix.lower())
    if kind is None:
        raise ArgmapError(
            f"cannot tell the handout type of '{output}': name it .md, .html, .pdf, .docx or .json"
        )
    return kind


def _write_handout(
    app: AppContext, data: dict[str, Any], output: str, kind: str, depth: int, anonymizer: Any
) -> None:
    from argmap.debate.say import answered
    from argmap.export.handout import html_handout, markdown_handout
    from argmap.export.handout.packet import briefs_of
    from argmap.wording import plural

    def page(_: Any) -> str:
        svg, note = _diagram(app.workspace.graph, data, depth, anonymizer)
        if note:
            app.err.print(f"warning: {note}", soft_wrap=True)
        return html_handout(data, svg=svg, note=note)

    if kind == "pdf":
        from argmap.export.handout.pdf import find_chromium, print_pdf

        browser = find_chromium()  # before drawing anything: say first what is missing
        write_to(output, print_pdf(page(data), browser))
    elif kind == "docx":
        from argmap.export.handout.cards import docx_cards

        write_to(output, docx_cards(data))
    else:
        emit(app, data, kind, output, markdown=markdown_handout, html=page)
    for brief in briefs_of(data):
        total, direct, deeper = answered(brief)
        app.err.print(
            f"wrote {output}: {brief['side'].upper()}: {plural(len(brief['case']), 'case claim')}, "
            f"{plural(total, 'attack')} ({direct} answered directly in the map, {deeper} deeper, "
            f"{total - direct - deeper} to prepare)",
            soft_wrap=True,
        )


def _diagram(
    graph: nx.DiGraph, data: dict[str, Any], depth: int, anonymizer: Any
) -> tuple[str | None, str | None]:
    """The SVG of the motion's neighbourhood, or None and why there is none (no Graphviz).

    With an ``anonymizer`` (an anonymized brief), the diagram names authors by the brief's
    labels, and its texts and notes are anonymized as the brief's are.
    """
    from argmap.export.dot import export
    from argmap.export.render import svg_or_note
    from argmap.subgraph import drawn_claims

    shown = drawn_claims(graph, focus=data["motion"], depth=depth)
    if anonymizer is not None:  # the diagram names authors too
        from argmap.model import Author

        shown = shown.copy()
        shown.graph["authors"] = {a: Author(a, label) for a, label in anonymizer.labels.items()}
        for node in shown.nodes:
            shown.nodes[node]["text"] = anonymizer.text(shown.nodes[node]["text"])
        for u, v in shown.edges:
            note = shown.edges[u, v].get("note")
            if note:
                shown.edges[u, v]["note"] = anonymizer.text(note)
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
    """Practise: answer the other side's attacks one by one; see which of the map's answers
    yours resembles, and the map's answers.

    Each round shows one attack; type your answer and press Enter (an empty line passes). The
    drill says which of the map's answers yours resembles (word matching, offline), then
    shows the map's answers with their quotes. Input may be piped, one answer a line.

    \b
    Example:
      argmap drill formal-alliance --side for --rounds 3 --seed 1
      printf 'trade is growing\\n\\n' | argmap drill formal-alliance --side against --rounds 2
    """
    import random
    import sys

    from rich.text import Text

    from argmap.debate import attack_groups
    from argmap.debate.drill import resemblance
    from argmap.views.debate import answers_view, attack_view, outline_labels, side_line
    from argmap.views.drill import drill_summary, match_line
    from argmap.wording import visible_data

    data, _ = _brief(app, claim, [side], anonymous, 150)
    shown = visible_data(data)  # what the terminal shows: control characters written out
    attacks = attack_groups(data)
    random.Random(seed).shuffle(attacks)
    chosen = attacks[:rounds] if rounds else attacks
    console = app.console
    console.print(
        Text.assemble(
            ("Motion: ", "bold magenta"), (shown["claims"][data["motion"]]["text"], "bold")
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
        console.print(attack_view(shown, attack, "", labels))
        try:
            response = click.prompt("Your answer", default="", show_default=False)
        except click.Abort:  # input ran out (a pipe) or the student stopped: sum up so far
            console.print()
            break
        if not sys.stdin.isatty():
            console.print()
        matches = resemblance(data, attack, response) if response.strip() else []
        if response.strip():
            console.print(match_line(shown, attack, matches))
        console.print(Text("The map's answers:", style="bold"))
        console.print(answers_view(shown, attack, 2))
        done.append({"attack": attack, "response": response, "matches": matches})
    console.print(drill_summary(done, len(attacks), shown))
