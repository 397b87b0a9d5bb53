"""The brief as one self-contained, printable HTML page (and, printed, the PDF).

Takes the plain-data brief of :func:`argmap.debate.brief` (anonymized or not), or a packet of
both sides (:func:`argmap.export.handout.packet`), and returns text. The page needs nothing
from the network: its style sheet is inline, and the diagram of the motion's neighbourhood,
when given, is inlined as SVG. All map text is escaped.
"""

from __future__ import annotations

import html
from typing import Any

from argmap.debate import attack_groups, case_outline, say
from argmap.debate.cards import answer_list
from argmap.debate.wording import duration
from argmap.export.handout.packet import briefs_of, merged_sources, teacher_numbers
from argmap.export.handout.style import CSS
from argmap.export.render import inline_svg

__all__ = ["html_handout"]

_DIAGRAM_LABEL = "diagram of the motion's neighbourhood"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _id(claim_id: str) -> str:
    return f'<span class="id">[{_e(claim_id)}]</span>'


def _stance(s: dict[str, Any], denies: bool = False) -> str:
    mark, cls = ("\u2212", "denies") if denies else ("+", "holds")
    verb = " denies it:" if denies else ":"
    flag = f' <span class="flag">\u2691 {_e(s["concession"])}</span>' if s.get("concession") else ""
    note = f' <span class="note">{_e(s["note_shown"])}</span>' if s.get("note_shown") else ""
    return (
        f'<li class="{cls}">{mark} <span class="who">{_e(s["name"])}</span>{verb} '
        f'<q>{_e(s["quote"])}</q> <span class="cite">({_e(s["cite"])})</span>{flag}{note}</li>'
    )


def _stances(entry: dict[str, Any], denials: bool = True) -> str:
    items = [_stance(s) for s in entry["held_by"]]
    if denials:
        items += [_stance(s, denies=True) for s in entry["denied_by"]]
    out = f'<ul class="stances">{"".join(items)}</ul>' if items else ""
    if entry.get("note_shown"):
        out += f'<p class="note">{_e(entry["note_shown"])}</p>'
    return out


def _case(data: dict[str, Any], key: str) -> str:
    outline = case_outline(data)
    if not outline:
        return '<p class="none">The map has no claim for this side: build the case from the sources.</p>'
    notes = {item["id"]: item.get("note") for item in data["case"]}
    parts = ['<ol class="case">']
    depth_now = 0
    for n, (label, depth, claim_id) in enumerate(outline):
        if n:
            if depth > depth_now:
                parts.append("<ol>")
            else:
                parts.append("</li>" + "</ol></li>" * (depth_now - depth))
        depth_now = depth
        entry = data["claims"][claim_id]
        dot = "." if depth == 0 else ""
        edge = f'<p class="note">{_e(notes[claim_id])}</p>' if notes.get(claim_id) else ""
        parts.append(
            f'<li id="{key}-{_e(claim_id)}"><div class="head"><span class="label">{_e(label)}{dot}</span>'
            f'<span class="claim">{_e(entry["text"])}</span> {_id(claim_id)} '
            f'<span class="time">{duration(entry["seconds"])}</span></div>'
            f'<div class="standing">{_e(entry["standing"])}</div>{_stances(entry)}{edge}'
        )
    parts.append("</li>" + "</ol></li>" * depth_now + "</ol>")
    return "".join(parts)


def _answers(data: dict[str, Any], attack: dict[str, Any], numbers: dict[str, str]) -> str:
    claims = data["claims"]
    items = []
    for answer in answer_list(attack):
        lead = f'<span class="lead">{_e(say.answer_lead(data, answer, attack["id"]))}</span> '
        if answer["kind"] == "denial":
            row = say.denial_row(data, answer)
            quoted = f'<ul class="stances">{_stance(row, denies=True)}</ul>' if row else ""
            items.append(f"<li>{lead}{quoted}</li>")
            continue
        entry = claims[answer["id"]]
        items.append(
            f"<li>{lead}{_e(entry['text'])} {_id(answer['id'])}"
            f"{_stances(entry, denials=False)}</li>"
        )
    if items:
        body = f'<ul class="answer-list">{"".join(items)}</ul>'
    else:
        hint = f'<p class="hint">{_e(attack["hint"])}</p>' if attack.get("hint") else ""
        body = f'<p class="none">{_e(say.NO_ANSWER)}</p>{hint}'
    body += "".join(
        f'<p class="turn">\u21ba {_e(say.turn_line(data, t, numbers))}</p>'
        for t in attack.get("turns", [])
    )
    return f'<div class="answers"><h4>Your answers</h4>{body}</div>'


def _attack(
    data: dict[str, Any], attack: dict[str, Any], n: int, key: str, numbers: dict[str, str]
) -> str:
    entry = data["claims"][attack["id"]]
    targets = "".join(
        f'<p class="target"><span class="lead">{_e(words)}</span> {_e(text)}</p>'
        for words, text in say.target_lines(data, attack)
    )
    notes = "".join(
        f'<p class="note">{_e(link["note"])}</p>' for link in attack["links"] if link.get("note")
    )
    return (
        f'<article class="attack" id="{key}-{n}"><h3>A{n}. {_e(entry["text"])} '
        f'{_id(attack["id"])} <span class="time">{duration(entry["seconds"])}</span></h3>'
        f'{targets}<div class="standing">{_e(entry["standing"])}</div>'
        f"{_stances(entry)}{notes}{_answers(data, attack, numbers)}</article>"
    )


def _side(data: dict[str, Any], both: bool) -> str:
    side = data["side"]
    suffix = f"-{side}" if both else ""
    groups = attack_groups(data)
    total, direct, deeper = say.answered(data)
    title = (
        f'<h2 class="side-title"><span class="side {side}">{side.upper()}</span> '
        f"{_e(say.SIDE[side])}</h2>"
        if both
        else ""
    )
    numbers = say.labels(data)
    attacks = "".join(
        _attack(data, a, n, f"attack{suffix}", numbers) for n, a in enumerate(groups, 1)
    )
    return f"""<section class="part" id="side{suffix or "-" + side}">
{title}
<section id="case{suffix}">
<h2>Your case</h2>
{f'<p class="summary">{_e(summary)}</p>' if (summary := say.case_line(data)) else ""}
{_case(data, "case" + suffix)}
</section>
<section id="attacks{suffix}">
<h2>Attacks to expect</h2>
<p class="summary">{total} attack{"s" if total != 1 else ""}, {_e(say.section_time(data, "attacks"))};
the map answers {direct} directly and {deeper} deeper in the map; {total - direct - deeper} to prepare.</p>
{attacks or "<p>The map has no attack on this case.</p>"}
</section>
</section>"""


def _teacher(briefs: list[dict[str, Any]]) -> str:
    rows = "; ".join(
        f"{b['side'].upper()}: "
        + ", ".join(f"{label} {value:.2f}" for label, value in teacher_numbers(b))
        for b in briefs
    )
    return (
        '<section id="teacher"><h2>For the teacher</h2><p>The points are ordered by how many '
        "authors stand behind them, then by unanswered attacks and by backing; ties by DF-QuAD "
        "strength (0 to 1, computed from the map's supports and rebuttals). DF-QuAD mostly "
        "reflects how finely an article was split into claims, so it is not shown to students. "
        f"DF-QuAD strengths: {_e(rows)}.</p></section>"
    )


def html_handout(data: dict[str, Any], svg: str | None = None, note: str | None = None) -> str:
    """The brief (or a packet of both sides) as one self-contained, printable HTML page.

    ``svg`` is the diagram of the motion's neighbourhood (Graphviz output), inlined when
    given; ``note`` says why there is none otherwise.
    """
    briefs = briefs_of(data)
    first = briefs[0]
    claims = first["claims"]
    motion = claims[first["motion"]]
    both = len(briefs) > 1
    if svg:
        diagram = (
            f"<figure>{inline_svg(svg, scalable=True, label=_DIAGRAM_LABEL)}<figcaption>The motion "
            "and the claims around it: arrows run from a claim to the claim it supports (solid "
            "green) or rebuts (dashed red); + marks who holds a claim, \u2212 who denies it."
            "</figcaption></figure>"
        )
    else:
        diagram = f'<p class="order">{_e(note or "No diagram.")}</p>'
    if both:
        badge = "<p>A packet for both sides: each side starts on a page of its own.</p>"
        title_side = "both sides"
    else:
        side = first["side"]
        badge = f'<p><span class="side {_e(side)}">{_e(side.upper())}</span> {_e(say.SIDE[side])} {_id(first["motion"])}</p>'
        title_side = side
    ground = "".join(
        f'<li><span class="lead">{_e(lead)}</span> {_e(claims[c]["text"])} {_id(c)} '
        f'<span class="cite">{_e(", ".join(who))}</span></li>'
        for c in first["common_ground"]
        for lead, who in [say.ground_lead(first, c)]
    )
    sources = "".join(
        f'<li><b>{_e(s["cite"])}</b> {_e(s["citation"] or s["id"])} <span class="cite">(quoted for '
        f"{len(s['claims'])} claim{'s' if len(s['claims']) != 1 else ''})</span></li>"
        for s in merged_sources(briefs)
    )
    sides = "\n".join(_side(b, both) for b in briefs)
    command = f"argmap prep {first['motion']} " + ("--both" if both else f"--side {first['side']}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Debate brief ({_e(title_side)}): {_e(motion["text"])}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header>
<p class="kicker">Debate brief</p>
<h1 id="motion">{_e(motion["text"])}</h1>
{badge}
<p class="order">{_e(first["order"])} Reading times are {_e(say.rate(first))}; + holds a claim, \u2212 denies it, \u2691 marks a concession.</p>
</header>
<section id="diagram">
{diagram}
</section>
{sides}
<section id="common-ground">
<h2>Common ground</h2>
{f'<ul class="ground">{ground}</ul>' if ground else f"<p>{_e(say.no_ground(first))}</p>"}
</section>
<section id="sources">
<h2>Sources to read</h2>
<ol class="sources">{sources}</ol>
</section>
{_teacher(briefs)}
<footer>Made with argmap: <code>{_e(command)}</code></footer>
</main>
</body>
</html>
"""
