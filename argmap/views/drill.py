"""Terminal views of a drill: how a typed answer compares with the map's, and the summing-up."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from argmap.debate.say import answer_lead, denial_row
from argmap.views import hanging

__all__ = ["drill_summary", "match_line"]


def _answer_name(data: dict[str, Any], answer: dict[str, Any]) -> str:
    return answer.get("id") or answer["claim"]


def _named(data: dict[str, Any], answer: dict[str, Any]) -> str:
    """An answer in a few words: its claim id, or whose denial it is."""
    if answer["kind"] != "denial":
        return str(answer["id"])
    row = denial_row(data, answer)
    return f"{row['name'] if row else answer['author']}'s denial"


def match_line(
    data: dict[str, Any], attack: dict[str, Any], matches: list[tuple[dict[str, Any], float]]
) -> Text:
    """What the student's answer resembles among the map's answers, in one line."""
    if not attack_has_answers(attack):
        return Text("The map has no answer to compare yours with.", style="yellow")
    if not matches:
        return Text(
            "Your answer does not resemble the map's answers: compare them.", style="yellow"
        )
    answer, share = matches[0]
    lead = answer_lead(data, answer, attack["id"]).rstrip(":")
    if answer["kind"] == "denial":
        row = denial_row(data, answer)
        said = f"{row['name']}: \u201c{row['quote']}\u201d" if row else ""
    else:
        said = data["claims"][answer["id"]]["text"]
    line = Text(
        f"Your answer resembles the map's answer ({round(100 * share)}% of your words' weight): ",
        style="bold green",
    )
    return (
        line
        + Text(f"{lead} " if answer["kind"] != "rebuttal" else "")
        + Text(said)
        + Text(f"  [{_answer_name(data, answer)}]", style="cyan")
    )


def attack_has_answers(attack: dict[str, Any]) -> bool:
    return bool(attack["answers"] or attack.get("undercuts") or attack.get("denials"))


def drill_summary(rounds: list[dict[str, Any]], total: int, data: dict[str, Any]) -> RenderableType:
    """The end of a drill: attacks seen, how many the map could answer, how many of those the
    student's answers matched, each round in a line."""
    answerable = [r for r in rounds if attack_has_answers(r["attack"])]
    matched = [r for r in answerable if r.get("matches")]
    share = f" ({100 * len(answerable) // len(rounds)}%)" if rounds else ""
    parts: list[RenderableType] = [
        Text("\nDrill over", style="bold underline"),
        Text(
            f"Attacks seen: {len(rounds)} of {total}. "
            f"The map could answer {len(answerable)} of them{share}."
        ),
    ]
    if answerable:
        parts.append(
            Text(f"Your answers matched the map's in {len(matched)} of {len(answerable)}.")
        )
    for n, r in enumerate(rounds, 1):
        attack = r["attack"]
        said = r["response"].strip()
        line = Text.assemble((attack["id"], "cyan"), ": ")
        line += (
            Text(f"you said \u201c{said}\u201d") if said else Text("you left it blank", style="dim")
        )
        if r.get("matches"):
            line += Text(f"; matched {_named(data, r['matches'][0][0])}", style="bold green")
        elif attack_has_answers(attack):
            names = attack["answers"] + [
                a for u in attack.get("undercuts", []) for a in u["answers"]
            ]
            names += [d["author"] + " denies " + d["claim"] for d in attack.get("denials", [])]
            line += Text("; the map answers with " + ", ".join(names), style="green")
        else:
            line += Text("; no answer in the map: prepare one", style="bold yellow")
        parts.append(hanging(f"{n}. ", line, 2))
    return Group(*parts)
