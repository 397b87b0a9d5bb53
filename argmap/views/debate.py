"""Terminal views of debate briefs and the motions list (the drill's are in ``views.drill``)."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from argmap.debate import attack_groups, case_outline, say
from argmap.debate.cards import answer_list
from argmap.debate.wording import duration
from argmap.views import ByWidth, clip_rows, hanging
from argmap.wording import visible_data

# Answers shown under each attack in the terminal, nearest first; JSON and handouts keep all.
ANSWERS_SHOWN = 5

__all__ = [
    "answers_view",
    "attack_view",
    "brief_view",
    "motions_table",
    "outline_labels",
    "side_line",
]

outline_labels = say.labels


def _indent(renderable: RenderableType, pad: tuple[int, int, int, int]) -> Padding:
    # expand=False: no trailing spaces to the terminal's width when the brief is piped or saved
    return Padding(renderable, pad, expand=False)


def _at(indent: int, renderable: RenderableType) -> Padding:
    return _indent(renderable, (0, 0, 0, indent))


def side_line(data: dict[str, Any]) -> Text:
    """Which side the student argues, in words."""
    if data["side"] == "for":
        return Text.assemble(
            ("Your side: FOR", "bold green"), " — you argue that the motion is true."
        )
    return Text.assemble(
        ("Your side: AGAINST", "bold red"), " — you argue that the motion is false."
    )


def _stance(s: dict[str, Any], indent: int, denies: bool = False) -> list[RenderableType]:
    mark, style = ("−", "red") if denies else ("+", "green")
    said = Text.assemble(
        (s["name"], "bold"),
        " denies it: " if denies else ": ",
        (f"\u201c{s['quote']}\u201d", "italic"),
        (f" ({s['cite']})", "dim"),
    )
    lines: list[RenderableType] = [hanging(Text(f"{mark} ", style=style), said, indent)]
    if s.get("concession"):
        lines.append(_at(indent + 2, Text(f"\u2691 {s['concession']}", style="bold yellow")))
    if s.get("note_shown"):
        lines.append(hanging("note: ", Text(s["note_shown"], style="dim italic"), indent + 2))
    return lines


def _stances(entry: dict[str, Any], indent: int, denials: bool = True) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for s in entry["held_by"]:
        lines += _stance(s, indent)
    if denials:
        for s in entry["denied_by"]:
            lines += _stance(s, indent, denies=True)
    if entry.get("note_shown"):
        lines.append(hanging("note: ", Text(entry["note_shown"], style="dim italic"), indent))
    return lines


def _claim_line(label: str, claim_id: str, entry: dict[str, Any], style: str = "bold") -> Text:
    lead = f"{label} " if label else ""
    return Text.assemble((lead, "bold"), (entry["text"], style), (f"  [{claim_id}]", "cyan"))


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def answers_view(
    data: dict[str, Any],
    attack: dict[str, Any],
    indent: int = 4,
    numbers: dict[str, str] | None = None,
) -> RenderableType:
    """The map's answers to one attack at every depth (the nearest few), labelled, with their
    quotes; or the flag to prepare one, with a hint of what kind; and the points its own authors
    grant. ``numbers`` are the case outline's labels (``say.labels``), computed once a brief."""
    parts: list[RenderableType] = []
    found = answer_list(attack)
    shown, more = clip_rows(found, "answer", limit=ANSWERS_SHOWN)
    for answer in shown:
        lead = Text("→ ", style="green") + Text(
            say.answer_lead(data, answer, attack["id"]), style="green"
        )
        if answer["kind"] == "denial":
            row = say.denial_row(data, answer)
            parts.append(_at(indent, lead))
            if row is not None:
                parts += _stance(row, indent + 2, denies=True)
            continue
        entry = data["claims"][answer["id"]]
        parts.append(_at(indent, lead + Text(" ") + _claim_line("", answer["id"], entry, "")))
        parts += _stances(entry, indent + 2, denials=False)
    if more:
        parts.append(_at(indent, more))
    if not found:
        parts.append(_at(indent, Text(f"! {say.NO_ANSWER}", style="bold yellow")))
        if attack.get("hint"):
            parts.append(_at(indent + 2, Text(attack["hint"], style="yellow")))
    numbers = say.labels(data) if numbers is None else numbers
    for turn in attack.get("turns", []):
        parts.append(
            _at(indent, Text("\u21ba " + say.turn_line(data, turn, numbers), style="green"))
        )
    return Group(*parts)


def attack_view(
    data: dict[str, Any], attack: dict[str, Any], label: str, numbers: dict[str, str]
) -> RenderableType:
    """One attack: what the other side says, what it does to your case, who says it."""
    entry = data["claims"][attack["id"]]
    parts: list[RenderableType] = [_claim_line(label, attack["id"], entry)]
    for words, text in say.target_lines(data, attack):
        parts.append(
            _at(4, Text(words + (" " if text else ""), style="magenta") + Text(text, style="dim"))
        )
    for link in attack["links"]:
        if link.get("note"):
            parts.append(_at(4, Text(f"note: {link['note']}", style="dim italic")))
    parts.append(_at(4, Text(entry["standing"], style="dim")))
    parts += _stances(entry, 4, denials=True)
    return Group(*parts)


def brief_view(data: dict[str, Any]) -> RenderableType:
    """The whole brief: motion, case, attacks with answers, common ground, sources."""
    data = visible_data(data)
    motion = data["claims"][data["motion"]]
    parts: list[RenderableType] = [
        Text.assemble(
            ("Motion: ", "bold magenta"),
            (motion["text"], "bold"),
            (f"  [{data['motion']}]", "cyan"),
        ),
        side_line(data),
        Text(data["order"], style="dim"),
    ]
    outline = case_outline(data)
    summary = say.case_line(data, "claims")
    parts.append(_heading(f"Your case: {summary.rstrip('.')}" if summary else "Your case"))
    if not outline:
        parts.append(
            Text(
                "The map has no claim for this side: build the case from the sources.",
                style="yellow",
            )
        )
    shown_outline, more_case = clip_rows(outline, "claim of the case", many="claims of the case")
    notes = {item["id"]: item.get("note") for item in data["case"]}
    for label, depth, claim_id in shown_outline:
        entry = data["claims"][claim_id]
        prefix = f"{label}." if depth == 0 else f"{label}"
        text = _claim_line("", claim_id, entry, "bold" if depth == 0 else "")
        if depth:
            text = Text.assemble(("backed by ", "dim"), text)
        if depth == 0:
            parts.append(Text(""))
        parts.append(hanging(Text(f"{prefix} ", style="bold"), text, 2 * depth))
        standing = f"{entry['standing']} · {duration(entry['seconds'])}"
        parts.append(_at(2 * depth + 4, Text(standing, style="dim")))
        parts.extend(_stances(entry, 2 * depth + 4))
        if notes.get(claim_id):
            note = Text(notes[claim_id], style="dim italic")
            parts.append(hanging("note: ", note, 2 * depth + 4))
    if more_case:
        parts.append(more_case)

    total, direct, deeper = say.answered(data)
    parts.append(
        _heading(
            f"Attacks to expect ({total}; the map answers {direct} directly, {deeper} deeper, "
            f"{total - direct - deeper} to prepare)"
        )
    )
    if not total:
        parts.append(Text("The map has no attack on this case.", style="dim"))
    numbers = say.labels(data)
    shown_groups, more_attacks = clip_rows(attack_groups(data), "attack")
    for n, attack in enumerate(shown_groups, 1):
        parts.append(Text(""))
        parts.append(attack_view(data, attack, f"A{n}.", numbers))
        parts.append(_at(4, Text("Your answers:", style="underline")))
        parts.append(answers_view(data, attack, 6, numbers))
    if more_attacks:
        parts.append(more_attacks)

    parts.append(_heading(f"Common ground ({len(data['common_ground'])})"))
    if not data["common_ground"]:
        parts.append(Text(say.no_ground(data), style="dim"))
    shown_ground, more_ground = clip_rows(data["common_ground"], "shared claim")
    for claim_id in shown_ground:
        entry = data["claims"][claim_id]
        lead, who = say.ground_lead(data, claim_id)
        parts.append(hanging(f"• {lead} ", _claim_line("", claim_id, entry, "")))
        parts.append(_at(2, Text(", ".join(who), style="dim")))
    if more_ground:
        parts.append(more_ground)

    parts.append(_heading(f"Sources to read ({len(data['sources'])})"))
    shown_sources, more_sources = clip_rows(data["sources"], "source")
    for source in shown_sources:
        count = len(source["claims"])
        parts.append(
            hanging(
                "• ",
                Text.assemble(
                    source["citation"] or source["id"],
                    (f"  (quoted for {count} claim{'s' if count != 1 else ''})", "dim"),
                ),
            )
        )
    if more_sources:
        parts.append(more_sources)
    return Group(*parts)


def motions_table(rows: list[dict[str, Any]]) -> RenderableType:
    """The motions, most evenly divided first, with the authors (ids) on each side.

    A table where the ids fit beside the other columns, else a list, each id starting a line.
    """
    rows = visible_data(rows)
    title = f"Motions ({len(rows)}), most evenly divided first"
    id_width = max((len(row["id"]) for row in rows), default=6)

    def side(row: dict[str, Any], key: str) -> str:
        return f"{len(row[key])}: " + ", ".join(row[key]) if row[key] else "\u2014"

    def wide() -> RenderableType:
        table = Table(title=title, expand=True)
        table.add_column("motion", ratio=5, min_width=id_width)
        table.add_column("balance", justify="right")
        table.add_column("for", style="green", ratio=2)
        table.add_column("against", style="red", ratio=2)
        table.add_column("case\nfor / against", justify="center", no_wrap=True)
        for row in rows:
            table.add_row(
                Text(row["text"]) + Text(f"\n{row['id']}", style="cyan"),
                f"{row['balance']:.2f}",
                side(row, "for"),
                side(row, "against"),
                f"{row['case_for']} / {row['case_against']}",
            )
        return table

    def narrow(width: int) -> RenderableType:
        parts: list[RenderableType] = [Text(title, style="bold")]
        for row in rows:
            balance = (
                f"  balance {row['balance']:.2f}; "
                f"case {row['case_for']} for / {row['case_against']} against"
            )
            head = Text.assemble((row["id"], "cyan"), (balance, "dim"))
            sides = Text.assemble(
                ("for ", "green"), side(row, "for"), ("; against ", "red"), side(row, "against")
            )
            parts += [Text(""), head, hanging("  ", Group(Text(row["text"]), sides))]
        return Group(*parts)

    return ByWidth(max(id_width, 30) + 7 + 2 * 12 + 13 + 16, wide, narrow)
