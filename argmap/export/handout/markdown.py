"""The brief (or a packet of both sides) as a Markdown handout."""

from __future__ import annotations

import re
from typing import Any

from argmap.debate import attack_groups, case_outline, say
from argmap.debate.cards import answer_list
from argmap.debate.wording import duration
from argmap.export.handout.packet import briefs_of, merged_sources, teacher_numbers

__all__ = ["markdown_handout"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Text with Markdown's special characters escaped and line breaks folded."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _stance(s: dict[str, Any], indent: str, denies: bool = False) -> list[str]:
    verb = " denies it:" if denies else ":"
    lead = "disputed: " if denies else ""
    lines = [
        f"{indent}- {lead}**{_md(s['name'])}**{verb} \u201c{_md(s['quote'])}\u201d ({_md(s['cite'])})"
    ]
    if s.get("concession"):
        lines.append(f"{indent}  \u2691 *{_md(s['concession'])}*")
    if s.get("note_shown"):
        lines.append(f"{indent}  *Note: {_md(s['note_shown'])}*")
    return lines


def _stances(entry: dict[str, Any], indent: str, denials: bool = True) -> list[str]:
    lines = [line for s in entry["held_by"] for line in _stance(s, indent)]
    if denials:
        lines += [line for s in entry["denied_by"] for line in _stance(s, indent, True)]
    if entry.get("note_shown"):
        lines.append(f"{indent}- *Note: {_md(entry['note_shown'])}*")
    return lines


def _side(data: dict[str, Any], both: bool) -> list[str]:
    claims = data["claims"]
    out = [f"## {data['side'].upper()}: {say.SIDE[data['side']]}", ""] if both else []
    level = "###" if both else "##"
    out += [f"{level} Your case", ""]
    summary = say.case_line(data)
    out += [summary, ""] if summary else []
    outline = case_outline(data)
    if not outline:
        out += ["The map has no claim for this side: build the case from the sources.", ""]
    notes = {item["id"]: item.get("note") for item in data["case"]}
    for label, depth, claim_id in outline:
        indent = "  " * depth
        entry = claims[claim_id]
        lead = f"**{label}.**" if depth == 0 else f"backed by *{label}*"
        out.append(
            f"{indent}- {lead} {_md(entry['text'])} (`{claim_id}`, {duration(entry['seconds'])})"
        )
        out.append(f"{indent}  <br>*{_md(entry['standing'])}*")
        out += _stances(entry, indent + "  ")
        if notes.get(claim_id):
            out.append(f"{indent}  - *Note: {_md(notes[claim_id])}*")
    total, direct, deeper = say.answered(data)
    out += [
        "",
        f"{level} Attacks to expect ({total}; the map answers {direct} directly, {deeper} deeper)",
        "",
        f"{say.section_time(data, 'attacks').capitalize()}.",
        "",
    ]
    if not total:
        out += ["The map has no attack on this case.", ""]
    numbers = say.labels(data)
    for n, attack in enumerate(attack_groups(data), 1):
        entry = claims[attack["id"]]
        out += [f"{level}# A{n}. {_md(entry['text'])} (`{attack['id']}`)", ""]
        for words, text in say.target_lines(data, attack):
            out.append(f"**{_md(words)}** {_md(text)}".rstrip() + "  ")
        out.append(f"*{_md(entry['standing'])}*")
        out += ["", *_stances(entry, "")]
        out += [f"- *Note: {_md(link['note'])}*" for link in attack["links"] if link.get("note")]
        out += ["", "**Your answers:**", ""]
        found = answer_list(attack)
        for answer in found:
            lead = _md(say.answer_lead(data, answer, attack["id"]))
            if answer["kind"] == "denial":
                row = say.denial_row(data, answer)
                out.append(f"- *{lead}*")
                out += _stance(row, "  ", denies=True) if row else []
                continue
            out.append(f"- *{lead}* {_md(claims[answer['id']]['text'])} (`{answer['id']}`)")
            out += _stances(claims[answer["id"]], "  ", denials=False)
        if not found:
            out.append(f"> **{say.NO_ANSWER}** {_md(attack.get('hint') or '')}".rstrip())
        for turn in attack.get("turns", []):
            out += ["", f"\u21ba {_md(say.turn_line(data, turn, numbers))}"]
        out.append("")
    return out


def markdown_handout(data: dict[str, Any]) -> str:
    """The brief (or a packet of both sides) as a Markdown handout: headings, the numbered
    case, attacks with answers at every depth, common ground, sources, a teacher's note."""
    briefs = briefs_of(data)
    first = briefs[0]
    claims = first["claims"]
    both = len(briefs) > 1
    heading = "both sides of the motion" if both else f"{first['side'].upper()} the motion"
    out = [
        f"# Debate brief: {heading}",
        "",
        f"**Motion:** {_md(claims[first['motion']]['text'])} (`{first['motion']}`)",
        "",
    ]
    if not both:
        out += [say.SIDE[first["side"]], ""]
    out += [
        f"{first['order']} Reading times are {say.rate(first)}; \u2691 marks a concession.",
        "",
    ]
    for data_ in briefs:
        out += _side(data_, both)
    out += ["## Common ground", ""]
    if not first["common_ground"]:
        out.append(say.no_ground(first))
    for claim_id in first["common_ground"]:
        lead, who = say.ground_lead(first, claim_id)
        out.append(
            f"- *{lead}* {_md(claims[claim_id]['text'])} (`{claim_id}`) — {_md(', '.join(who))}"
        )
    out += ["", "## Sources to read", ""]
    for n, source in enumerate(merged_sources(briefs), 1):
        count = len(source["claims"])
        out.append(
            f"{n}. **{_md(source.get('cite') or '')}** {_md(source['citation'] or source['id'])} "
            f"(quoted for {count} claim{'s' if count != 1 else ''})"
        )
    strengths = "; ".join(
        f"{b['side'].upper()}: " + ", ".join(f"{label} {v:.2f}" for label, v in teacher_numbers(b))
        for b in briefs
    )
    command = f"argmap prep {first['motion']} " + ("--both" if both else f"--side {first['side']}")
    out += [
        "",
        "---",
        "",
        (
            "*For the teacher: ties in the order are broken by DF-QuAD strength (0 to 1, from "
            "the map's supports and rebuttals; it mostly reflects how finely an article was "
            f"split into claims). {strengths}.*"
        ),
        "",
        f"*Made with argmap: `{command}`.*",
        "",
    ]
    return "\n".join(out)
