"""Printable handouts of a debate brief: Markdown, and a self-contained HTML page.

Both take the plain-data brief of :func:`argmap.debate.brief` (anonymized or not) and return
text. The HTML page needs nothing from the network: its style sheet is inline, and the diagram
of the motion's neighbourhood, when given, is inlined as SVG.
"""

from __future__ import annotations

import html
import re
from typing import Any

from argmap.debate import attack_groups, case_outline
from argmap.export.render import inline_svg

__all__ = ["NO_ANSWER", "html_handout", "markdown_handout"]

NO_ANSWER = "No answer in the map: prepare one."
_DIAGRAM_LABEL = "diagram of the motion's neighbourhood"
_SIDE = {
    "for": "You argue FOR the motion: that it is true.",
    "against": "You argue AGAINST the motion: that it is false.",
}


def _answered(groups: list[dict[str, Any]]) -> int:
    return sum(1 for a in groups if a["answers"])


def _target_words(data: dict[str, Any], target: str, labels: dict[str, str]) -> tuple[str, str]:
    """("Against your point 1.2:", its text) or ("Against the motion itself.", "")."""
    if target == data["motion"]:
        return "Against the motion itself.", ""
    return f"Against your point {labels[target]}:", data["claims"][target]["text"]


def _labels(data: dict[str, Any]) -> dict[str, str]:
    return {claim_id: label for label, _, claim_id in case_outline(data)}


# --- Markdown ----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Text with Markdown's special characters escaped and line breaks folded."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_stances(entry: dict[str, Any], indent: str, denials: bool = True) -> list[str]:
    lines = []
    for s in entry["held_by"]:
        cite = f" — {_md(s['citation'])}" if s["citation"] else ""
        lines.append(f"{indent}- **{_md(s['name'])}**: \u201c{_md(s['quote'])}\u201d{cite}")
    if denials:
        for s in entry["denied_by"]:
            cite = f" — {_md(s['citation'])}" if s["citation"] else ""
            lines.append(
                f"{indent}- disputed: **{_md(s['name'])}** denies it: "
                f"\u201c{_md(s['quote'])}\u201d{cite}"
            )
    return lines


def markdown_handout(data: dict[str, Any]) -> str:
    """The brief as a Markdown handout (headings, numbered case, attacks with answers)."""
    claims = data["claims"]
    motion = claims[data["motion"]]
    out = [
        f"# Debate brief: {data['side'].upper()} the motion",
        "",
        f"**Motion:** {_md(motion['text'])} (`{data['motion']}`)",
        "",
        _SIDE[data["side"]] + " Claims are ordered strongest first, by DF-QuAD strength.",
        "",
        "## Your case",
        "",
    ]
    outline = case_outline(data)
    if not outline:
        out += ["The map has no claim for this side: build the case from the sources.", ""]
    for label, depth, claim_id in outline:
        indent = "  " * depth
        lead = "**" + label + ".**" if depth == 0 else f"backed by *{label}*"
        out.append(f"{indent}- {lead} {_md(claims[claim_id]['text'])} (`{claim_id}`)")
        out += _md_stances(claims[claim_id], indent + "  ")
    labels = _labels(data)
    groups = attack_groups(data)
    out += [
        "",
        f"## Attacks to expect ({len(groups)}; the map answers {_answered(groups)})",
        "",
    ]
    if not groups:
        out += ["The map has no attack on this case.", ""]
    for n, attack in enumerate(groups, 1):
        entry = claims[attack["id"]]
        out += [f"### A{n}. {_md(entry['text'])} (`{attack['id']}`)", ""]
        for target in attack["targets"]:
            lead, text = _target_words(data, target, labels)
            out.append(f"*{lead}* {_md(text)}".rstrip() + "  ")
        out[-1] = out[-1].rstrip()
        out += ["", *_md_stances(entry, "", denials=False), "", "**Your answers:**", ""]
        if not attack["answers"]:
            out.append(f"> **{NO_ANSWER}**")
        for answer in attack["answers"]:
            out.append(f"- {_md(claims[answer]['text'])} (`{answer}`)")
            out += _md_stances(claims[answer], "  ", denials=False)
        out.append("")
    out += ["## Common ground", ""]
    if not data["common_ground"]:
        out.append("No claim is held by authors on both sides.")
    for claim_id in data["common_ground"]:
        holders = ", ".join(_md(s["name"]) for s in claims[claim_id]["held_by"])
        out.append(f"- {_md(claims[claim_id]['text'])} (`{claim_id}`) — held by {holders}")
    out += ["", "## Sources to read", ""]
    for source in data["sources"]:
        count = len(source["claims"])
        out.append(
            f"- {_md(source['citation'] or source['id'])} "
            f"(quoted for {count} claim{'s' if count != 1 else ''})"
        )
    out += ["", f"*Made with argmap: `argmap prep {data['motion']} --side {data['side']}`.*", ""]
    return "\n".join(out)


# --- HTML --------------------------------------------------------------------------------------

_CSS = """
:root { --ink: #1d2330; --muted: #5b6473; --for: #1f7a3a; --against: #b3261e;
        --line: #d9dde3; --soft: #f4f6f8; --warn: #8a5a00; --warn-bg: #fff4d6; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
       font: 16px/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1, h2, h3, .kicker, .label, figcaption, footer { font-family: "Helvetica Neue", Arial,
       "DejaVu Sans", sans-serif; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem;
          color: var(--muted); margin: 0; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .3rem 0 .6rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem;
     margin-top: 2.2rem; }
h3 { font-size: 1.02rem; margin: 0 0 .3rem; }
.side { display: inline-block; padding: .25rem .7rem; border-radius: 4px; color: #fff;
        font-family: "Helvetica Neue", Arial, sans-serif; font-weight: bold; }
.side.for { background: var(--for); } .side.against { background: var(--against); }
.order { color: var(--muted); font-size: .9rem; }
.id { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: .75rem;
      color: var(--muted); white-space: nowrap; }
ol.case, ol.case ol { list-style: none; padding-left: 0; margin: 0; }
ol.case ol { margin-left: 1.6rem; border-left: 2px solid var(--line); padding-left: .8rem; }
ol.case > li { margin: 1rem 0; }
ol.case li li { margin: .6rem 0; }
.label { font-weight: bold; margin-right: .3rem; }
.claim { font-weight: bold; }
ol.case li li > .claim { font-weight: normal; }
ul.stances { list-style: none; margin: .25rem 0 0 0; padding: 0; }
ul.stances li { margin: .2rem 0; padding-left: .9rem; text-indent: -.9rem; font-size: .95rem; }
.who { font-weight: bold; }
q { font-style: italic; }
.cite { display: block; color: var(--muted); font-size: .82rem; text-indent: 0; }
.denies .who { color: var(--against); }
article.attack { border: 1px solid var(--line); border-left: 5px solid var(--against);
                 border-radius: 4px; padding: .8rem 1rem; margin: 1rem 0; }
.target { color: var(--muted); font-size: .9rem; margin: 0 0 .3rem; }
.answers { background: var(--soft); border-radius: 4px; padding: .5rem .8rem; margin-top: .6rem; }
.answers h4 { margin: 0 0 .3rem; font: bold .85rem "Helvetica Neue", Arial, sans-serif;
              text-transform: uppercase; letter-spacing: .05em; color: var(--for); }
.answers ul.answer-list { margin: 0; padding-left: 1.1rem; }
.none { background: var(--warn-bg); color: var(--warn); font-weight: bold;
        font-family: "Helvetica Neue", Arial, sans-serif; padding: .4rem .7rem; border-radius: 4px; }
.summary { font-family: "Helvetica Neue", Arial, sans-serif; font-size: .9rem; }
figure { margin: 1rem 0; border: 1px solid var(--line); border-radius: 4px; padding: .5rem; }
figure svg { display: block; width: 100%; height: auto; max-height: 75vh; }
figcaption { color: var(--muted); font-size: .8rem; margin-top: .3rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  article.attack, ol.case > li, figure { break-inside: avoid; page-break-inside: avoid; }
  figure svg { max-height: 16cm; }
  .side, .none, .answers { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_stances(entry: dict[str, Any], denials: bool = True) -> str:
    items = []
    for s in entry["held_by"]:
        items.append(_html_stance(s, "holds", ":"))
    if denials:
        items.extend(_html_stance(s, "denies", " denies it:") for s in entry["denied_by"])
    return f'<ul class="stances">{"".join(items)}</ul>' if items else ""


def _html_stance(s: dict[str, Any], cls: str, verb: str) -> str:
    cite = f'<span class="cite">{_e(s["citation"])}</span>' if s["citation"] else ""
    mark = "+" if cls == "holds" else "\u2212"
    return (
        f'<li class="{cls}">{mark} <span class="who">{_e(s["name"])}</span>{_e(verb)} '
        f"<q>{_e(s['quote'])}</q>{cite}</li>"
    )


def _id(claim_id: str) -> str:
    return f'<span class="id">[{_e(claim_id)}]</span>'


def _html_case(data: dict[str, Any]) -> str:
    outline = case_outline(data)
    if not outline:
        return '<p class="none">The map has no claim for this side: build the case from the sources.</p>'
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
        lead = "" if depth == 0 else '<span class="order">backed by</span> '
        dot = "." if depth == 0 else ""
        parts.append(
            f'<li id="case-{_e(claim_id)}">{lead}<span class="label">{_e(label)}{dot}</span>'
            f'<span class="claim">{_e(entry["text"])}</span> {_id(claim_id)}'
            f"{_html_stances(entry)}"
        )
    parts.append("</li>" + "</ol></li>" * depth_now + "</ol>")
    return "".join(parts)


def _html_attack(
    data: dict[str, Any], attack: dict[str, Any], n: int, labels: dict[str, str]
) -> str:
    claims = data["claims"]
    entry = claims[attack["id"]]
    targets = "".join(
        f'<p class="target">{_e(lead)} {_e(text)}</p>'
        for lead, text in (_target_words(data, t, labels) for t in attack["targets"])
    )
    if attack["answers"]:
        items = "".join(
            f"<li>{_e(claims[a]['text'])} {_id(a)}{_html_stances(claims[a], denials=False)}</li>"
            for a in attack["answers"]
        )
        answers = f'<ul class="answer-list">{items}</ul>'
    else:
        answers = f'<p class="none">{_e(NO_ANSWER)}</p>'
    return (
        f'<article class="attack" id="attack-{n}"><h3>A{n}. {_e(entry["text"])} '
        f"{_id(attack['id'])}</h3>{targets}"
        f"{_html_stances(entry, denials=False)}"
        f'<div class="answers"><h4>Your answers</h4>{answers}</div></article>'
    )


def html_handout(data: dict[str, Any], svg: str | None = None, note: str | None = None) -> str:
    """The brief as one self-contained, printable HTML page.

    ``svg`` is the diagram of the motion's neighbourhood (Graphviz output), inlined when
    given; ``note`` says why there is none otherwise. All map text is escaped.
    """
    claims = data["claims"]
    motion = claims[data["motion"]]
    side = data["side"]
    labels = _labels(data)
    groups = attack_groups(data)
    total = len(groups)
    answered = _answered(groups)
    if svg:
        diagram = (
            f"<figure>{inline_svg(svg, scalable=True, label=_DIAGRAM_LABEL)}<figcaption>The motion and the claims around it: "
            "arrows run from a claim to the claim it supports (solid green) or rebuts "
            "(dashed red); + marks who holds a claim, \u2212 who denies it."
            "</figcaption></figure>"
        )
    else:
        diagram = f'<p class="order">{_e(note or "No diagram.")}</p>'
    attacks = "".join(_html_attack(data, a, n, labels) for n, a in enumerate(groups, 1))
    ground = "".join(
        f'<li>{_e(claims[c]["text"])} {_id(c)} <span class="order">held by '
        f"{_e(', '.join(s['name'] for s in claims[c]['held_by']))}</span></li>"
        for c in data["common_ground"]
    )
    sources = "".join(
        f'<li>{_e(s["citation"] or s["id"])} <span class="order">(quoted for '
        f"{len(s['claims'])} claim{'s' if len(s['claims']) != 1 else ''})</span></li>"
        for s in data["sources"]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Debate brief ({_e(side)}): {_e(motion["text"])}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<header>
<p class="kicker">Debate brief</p>
<h1 id="motion">{_e(motion["text"])}</h1>
<p><span class="side {_e(side)}">{_e(side.upper())}</span> {_e(_SIDE[side])} {_id(data["motion"])}</p>
<p class="order">Claims are ordered strongest first, by DF-QuAD strength.</p>
</header>
<section id="diagram">
<h2>The motion's neighbourhood</h2>
{diagram}
</section>
<section id="case">
<h2>Your case</h2>
{_html_case(data)}
</section>
<section id="attacks">
<h2>Attacks to expect</h2>
<p class="summary">{total} attack{"s" if total != 1 else ""}; the map answers {answered},
{total - answered} to prepare.</p>
{attacks or "<p>The map has no attack on this case.</p>"}
</section>
<section id="common-ground">
<h2>Common ground</h2>
{f"<ul>{ground}</ul>" if ground else "<p>No claim is held by authors on both sides.</p>"}
</section>
<section id="sources">
<h2>Sources to read</h2>
<ul>{sources}</ul>
</section>
<footer>Made with argmap: <code>argmap prep {_e(data["motion"])} --side {_e(side)}</code></footer>
</main>
</body>
</html>
"""
