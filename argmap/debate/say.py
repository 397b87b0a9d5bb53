"""What every writer of a brief says of its parts, in the same words: an attack's targets, an
answer's kind, your points an attacking author grants, the common ground, reading times.

Each function takes the plain data of :func:`argmap.debate.brief.brief` (anonymized or not).
"""

from __future__ import annotations

from typing import Any

from argmap.debate.case import attack_groups, case_outline
from argmap.debate.wording import duration

__all__ = [
    "NO_ANSWER",
    "SIDE",
    "answer_lead",
    "answered",
    "case_line",
    "denial_row",
    "ground_lead",
    "labels",
    "no_ground",
    "rate",
    "section_time",
    "target_lines",
    "turn_line",
]

NO_ANSWER = "No answer in the map: prepare one."
SIDE = {
    "for": "You argue FOR the motion: that it is true.",
    "against": "You argue AGAINST the motion: that it is false.",
}


def labels(data: dict[str, Any]) -> dict[str, str]:
    """Claim id -> its number in the case outline ("1.2")."""
    return {claim_id: label for label, _, claim_id in case_outline(data)}


def answered(data: dict[str, Any]) -> tuple[int, int, int]:
    """(attackers, answered directly, answered only deeper in the map)."""
    groups = attack_groups(data)
    direct = sum(1 for a in groups if a.get("depth") == 1)
    deeper = sum(1 for a in groups if (a.get("depth") or 0) > 1)
    return len(groups), direct, deeper


def target_lines(data: dict[str, Any], attack: dict[str, Any]) -> list[tuple[str, str]]:
    """Per target of an attack group: (what it does, in words, capitalized; the point's text,
    or "" for the motion)."""
    out = []
    for link in attack["links"]:
        words = link.get("relation_words") or f"bears on {link['target']}"
        text = "" if link["target"] == data["motion"] else data["claims"][link["target"]]["text"]
        out.append((words[0].upper() + words[1:] + (":" if text else "."), text))
    return out


def answer_lead(data: dict[str, Any], answer: dict[str, Any], attacker: str) -> str:
    """How an answer to ``attacker`` is labelled: "Rebuttal:", "Undercut: its premise “X” is
    answered by:", "Denied:" (the denial follows)."""
    if answer["kind"] == "rebuttal":
        return "Rebuttal:"
    if answer["kind"] == "undercut":
        premise = data["claims"][answer["premise"]]["text"]
        deeper = "" if answer["depth"] == 1 else f" ({answer['depth']} levels down)"
        return f"Undercut{deeper}: its premise \u201c{premise}\u201d is answered by:"
    if answer["claim"] == attacker:
        return "Denied:"
    return f"Denied, its premise \u201c{data['claims'][answer['claim']]['text']}\u201d:"


def denial_row(data: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any] | None:
    """The stance row of a denial answer."""
    entry = data["claims"][answer["claim"]]
    return next((s for s in entry["denied_by"] if s["author"] == answer["author"]), None)


def turn_line(data: dict[str, Any], turn: dict[str, Any], numbers: dict[str, str]) -> str:
    """ "Yuan, who says this, also holds your point 1.1.1.1 (“Russia has ample resources”): use
    it." """
    claims = data["claims"]
    name = next(
        (
            s["name"]
            for entry in claims.values()
            for s in entry["held_by"]
            if s["author"] == turn["author"]
        ),
        turn["author"],
    )
    points = [c for c in turn["claims"] if c in numbers]
    if len(points) == 1:
        said = f"point {numbers[points[0]]} (\u201c{_short(claims[points[0]]['text'])}\u201d)"
    else:
        said = "points " + ", ".join(numbers[c] for c in points)
    return f"{name}, who says this, also holds your {said}: use it."


def _short(text: str, most: int = 70) -> str:
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " \u2026"


def ground_lead(data: dict[str, Any], claim_id: str) -> tuple[str, list[str]]:
    """("Both sides hold:" or "Both sides reject:", the names with their sides)."""
    entry = data["claims"][claim_id]
    sides = data.get("sides", {})
    holders = [s for s in entry["held_by"] if _side(s, sides)]
    rows = holders or [s for s in entry["denied_by"] if _side(s, sides)]
    lead = "Both sides hold:" if holders else "Both sides reject:"
    return lead, [f"{s['name']} ({_side(s, sides)})" for s in rows]


def _side(stance: dict[str, Any], sides: dict[str, list[str]]) -> str:
    return next(
        (side for side in ("for", "against") if stance["author"] in sides.get(side, [])), ""
    )


def rate(data: dict[str, Any]) -> str:
    """ "at 150 words a minute"."""
    return f"at {data['reading']['wpm']} words a minute"


def section_time(data: dict[str, Any], section: str) -> str:
    """ "about 6 min 50 s to read aloud" for a section of the brief (case, attacks, answers)."""
    return f"about {duration(data['reading'][section])} to read aloud"


def no_ground(data: dict[str, Any]) -> str:
    """The one line a brief says where it has no common ground, and why."""
    sides = data.get("sides", {})
    if not sides.get("for") or not sides.get("against"):
        return "No author argues one of the sides, so there is no common ground between them."
    return "No claim relevant to the motion is held by authors on both sides."


def case_line(data: dict[str, Any], unit: str = "points") -> str | None:
    """ "11 points, about 3 min 35 s to read aloud at 150 words a minute.", or None when the
    case is empty (the writer says so instead)."""
    if not data["case"]:
        return None
    return f"{len(data['case'])} {unit}, {section_time(data, 'case')} {rate(data)}."
