"""Terminal views of debate briefs, the motions list and drill rounds."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from argmap.debate import attack_groups, case_outline
from argmap.views import ByWidth, clip_rows, hanging
from argmap.wording import plural, visible_data

__all__ = [
    "NO_ANSWER",
    "answers_view",
    "attack_view",
    "brief_view",
    "drill_summary",
    "motions_table",
    "outline_labels",
    "side_line",
]


def _indent(renderable: RenderableType, pad: tuple[int, int, int, int]) -> Padding:
    # expand=False: no trailing spaces to the terminal's width when the brief is piped or saved
    return Padding(renderable, pad, expand=False)


NO_ANSWER = "no answer in the map: prepare one"


def side_line(data: dict[str, Any]) -> Text:
    """Which side the student argues, in words."""
    if data["side"] == "for":
        return Text.assemble(
            ("Your side: FOR", "bold green"), " — you argue that the motion is true."
        )
    return Text.assemble(
        ("Your side: AGAINST", "bold red"), " — you argue that the motion is false."
    )


def _stances(entry: dict[str, Any], indent: int, denials: bool = True) -> list[RenderableType]:
    lines: list[RenderableType] = []
    groups = [("+", "green", entry["held_by"], "")]
    if denials:
        groups.append(("−", "red", entry["denied_by"], "denies it: "))
    for mark, style, stances, verb in groups:
        for s in stances:
            line = Text(s["name"], style="bold")
            line += Text(f" {verb}" if verb else ": ") + Text(
                f"\u201c{s['quote']}\u201d", style="italic"
            )
            body = [line, *([Text(s["citation"], style="dim")] if s["citation"] else [])]
            lines.append(hanging(Text(f"{mark} ", style=style), Group(*body), indent))
    return lines


def _claim_text(claim_id: str, entry: dict[str, Any], style: str = "bold") -> Text:
    return Text.assemble((entry["text"], style), (f"  [{claim_id}]", "cyan"))


def _claim_line(
    label: str, claim_id: str, entry: dict[str, Any], style: str = "bold"
) -> RenderableType:
    """``label`` then the claim's text and id, wrapped lines under the text."""
    text = _claim_text(claim_id, entry, style)
    lead = Text(f"{label} ", style="bold")
    return hanging(lead, text) if label else text


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def _target(data: dict[str, Any], target: str, labels: dict[str, str]) -> Text:
    if target == data["motion"]:
        return Text("against the motion itself", style="magenta")
    text = data["claims"][target]["text"]
    return Text(f"against your point {labels[target]}: ", style="magenta") + Text(text, style="dim")


def answers_view(data: dict[str, Any], attack: dict[str, Any], indent: int = 4) -> RenderableType:
    """The map's answers to one attack, with their quotes, or the flag to prepare one."""
    if not attack["answers"]:
        return _indent(Text(f"! {NO_ANSWER}", style="bold yellow"), (0, 0, 0, indent))
    parts: list[RenderableType] = []
    for answer in attack["answers"]:
        entry = data["claims"][answer]
        line = Text(entry["text"]) + Text(f"  [{answer}]", style="cyan")
        parts.append(hanging(Text("→ ", style="green"), line, indent))
        parts.extend(_stances(entry, indent + 2, denials=False))
    return Group(*parts)


def outline_labels(data: dict[str, Any]) -> dict[str, str]:
    """Claim id -> its number in the case outline, for naming an attack's targets."""
    return {claim_id: label for label, _, claim_id in case_outline(data)}


def attack_view(
    data: dict[str, Any], attack: dict[str, Any], label: str, labels: dict[str, str]
) -> RenderableType:
    """One attack: what the other side says, on what, who says it and where."""
    entry = data["claims"][attack["id"]]
    targets = [_indent(_target(data, t, labels), (0, 0, 0, 4)) for t in attack["targets"]]
    return Group(
        _claim_line(label, attack["id"], entry), *targets, *_stances(entry, 4, denials=False)
    )


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
    ]
    outline = case_outline(data)
    parts.append(
        _heading(f"Your case: {plural(len(outline), 'claim')}, strongest first by DF-QuAD strength")
    )
    if not outline:
        parts.append(
            Text(
                "The map has no claim for this side: build the case from the sources.",
                style="yellow",
            )
        )
    shown_outline, more_case = clip_rows(outline, "claim of the case", many="claims of the case")
    for label, depth, claim_id in shown_outline:
        entry = data["claims"][claim_id]
        prefix = f"{label}." if depth == 0 else f"{label}"
        text = _claim_text(claim_id, entry, "bold" if depth == 0 else "")
        text += Text(f"  strength {entry['strength']:.2f}", style="dim")
        lead = Text(f"{prefix} ", style="bold")
        if depth:
            text = Text.assemble(("backed by ", "dim"), text)
        if depth == 0:
            parts.append(Text(""))
        parts.append(hanging(lead, text, 2 * depth))
        parts.extend(_stances(entry, 2 * depth + 4))

    if more_case:
        parts.append(more_case)
    groups = attack_groups(data)
    answered = sum(1 for a in groups if a["answers"])
    parts.append(
        _heading(
            f"Attacks to expect ({len(groups)}; the map answers {answered}, "
            f"{len(groups) - answered} to prepare)"
        )
    )
    if not groups:
        parts.append(Text("The map has no attack on this case.", style="dim"))
    labels = outline_labels(data)
    shown_groups, more_attacks = clip_rows(groups, "attack")
    for n, attack in enumerate(shown_groups, 1):
        parts.append(Text(""))
        parts.append(attack_view(data, attack, f"A{n}.", labels))
        parts.append(_indent(Text("Your answers:", style="underline"), (0, 0, 0, 4)))
        parts.append(answers_view(data, attack, 6))
    if more_attacks:
        parts.append(more_attacks)

    parts.append(_heading(f"Common ground ({len(data['common_ground'])})"))
    if not data["common_ground"]:
        parts.append(Text("No claim is held by authors on both sides.", style="dim"))
    sides = data.get("sides", {})
    for claim_id in data["common_ground"]:
        entry = data["claims"][claim_id]
        parts.append(hanging("• ", _claim_text(claim_id, entry, "")))
        holders = [_with_side(s, sides) for s in entry["held_by"]]
        parts.append(_indent(Text("held by " + ", ".join(holders), style="dim"), (0, 0, 0, 2)))

    parts.append(_heading(f"Sources to read ({len(data['sources'])})"))
    for source in data["sources"]:
        count = len(source["claims"])
        parts.append(
            hanging(
                "• ",
                Text(source["citation"] or source["id"])
                + Text(f"  (quoted for {plural(count, 'claim')})", style="dim"),
            )
        )
    return Group(*parts)


def _with_side(stance: dict[str, Any], sides: dict[str, list[str]]) -> str:
    tags = [side for side in ("for", "against") if stance["author"] in sides.get(side, [])]
    return stance["name"] + (f" ({', '.join(tags)})" if tags else "")


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


def drill_summary(rounds: list[dict[str, Any]], total: int) -> RenderableType:
    """The end of a drill: attacks seen, how many the map could answer, each round in a line."""
    rounds = visible_data(rounds)
    answered = [r for r in rounds if r["attack"]["answers"]]
    share = f" ({100 * len(answered) // len(rounds)}%)" if rounds else ""
    parts: list[RenderableType] = [
        Text("\nDrill over", style="bold underline"),
        Text(
            f"Attacks seen: {len(rounds)} of {total}. "
            f"The map could answer {len(answered)} of them{share}."
        ),
    ]
    for n, r in enumerate(rounds, 1):
        attack = r["attack"]
        said = r["response"].strip()
        line = Text.assemble((attack["id"], "cyan"), ": ")
        line += (
            Text(f"you said \u201c{said}\u201d") if said else Text("you left it blank", style="dim")
        )
        if attack["answers"]:
            line += Text("; the map answers with " + ", ".join(attack["answers"]), style="green")
        else:
            line += Text(f"; {NO_ANSWER}", style="bold yellow")
        parts.append(hanging(f"{n}. ", line, 2))
    return Group(*parts)
