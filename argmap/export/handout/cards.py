"""The brief as debate cards in a Word document, in the form policy debaters use.

A card is a tag line (the claim), the cite (short cite in bold, then author, title, venue and
date) and the body: the paragraph of the source around the quote, small, with the quoted
words large, bold and highlighted: what is read aloud. Cards are grouped as the case, the
other side's attacks, and the answers to each attack. Without source texts the body is the
quote alone; where a text was given but does not hold the quote, nothing is highlighted.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from argmap.debate import attack_groups, case_outline, say
from argmap.debate.cards import answer_list
from argmap.debate.wording import duration
from argmap.export.handout.packet import briefs_of, merged_sources

__all__ = ["HIGHLIGHT", "docx_cards"]

HIGHLIGHT = WD_COLOR_INDEX.YELLOW
_GREY = RGBColor(0x5B, 0x64, 0x73)
_FLAG = RGBColor(0x6B, 0x3F, 0xA0)
_WARN = RGBColor(0x7A, 0x4F, 0x00)


def _run(
    paragraph: Paragraph,
    text: str,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    colour: RGBColor | None = None,
) -> Any:
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    return run


def _small(doc: Any, text: str, colour: RGBColor = _GREY, italic: bool = True) -> Paragraph:
    paragraph = doc.add_paragraph()
    _run(paragraph, text, 8.5, italic=italic, colour=colour)
    paragraph.paragraph_format.space_after = Pt(2)
    return paragraph


def _evidence(doc: Any, s: dict[str, Any], denies: bool = False) -> None:
    """One piece of evidence: its cite line, then its body (or, for a denial, a small line)."""
    cite = doc.add_paragraph()
    cite.paragraph_format.space_after = Pt(1)
    _run(cite, ("Disputed: " if denies else "") + s["cite"], 10.5, bold=True)
    _run(cite, f" \u2014 {s['citation'] or s['name']}", 8.5, colour=_GREY)
    if s.get("concession"):
        _run(cite, f"  \u2691 {s['concession']}", 8.5, bold=True, colour=_FLAG)
    body = doc.add_paragraph()
    body.paragraph_format.space_after = Pt(6)
    if denies:
        _run(body, f"{s['name']} denies it: \u201c{s['quote']}\u201d", 9, italic=True)
    elif "passage" not in s:  # no source texts: the quote is the card
        _read_aloud(body, s["quote"])
    elif s["passage"] is None:
        _run(body, s["quote"], 9)
        _run(
            body,
            "  (not found in the source text: check it before reading it out)",
            8,
            colour=_WARN,
        )
    else:
        passage = s["passage"]
        _run(body, passage["before"], 8)
        _read_aloud(body, passage["quote"])
        _run(body, passage["after"], 8)
    if s.get("note_shown"):
        _small(doc, f"Note: {s['note_shown']}")


def _read_aloud(paragraph: Paragraph, text: str) -> None:
    run = _run(paragraph, text, 11, bold=True)
    run.underline = True
    run.font.highlight_color = HIGHLIGHT


def _card(
    doc: Any,
    data: dict[str, Any],
    claim_id: str,
    tag: str,
    denials: bool = True,
    lead: list[str] | None = None,
) -> None:
    """One card: the tag, how the claim stands, ``lead`` (what an attack does to the case),
    then each holder's evidence and, with ``denials``, who disputes it."""
    entry = data["claims"][claim_id]
    head = doc.add_paragraph()
    head.paragraph_format.keep_with_next = True
    head.paragraph_format.space_before = Pt(8)
    head.paragraph_format.space_after = Pt(1)
    _run(head, tag, 11.5, bold=True)
    _run(head, f"   {duration(entry['seconds'])}", 8.5, colour=_GREY)
    standing = _small(doc, entry["standing"])
    standing.paragraph_format.keep_with_next = True
    for line in lead or []:
        said = _small(doc, line, colour=RGBColor(0xB3, 0x26, 0x1E), italic=False)
        said.paragraph_format.keep_with_next = True
    for s in entry["held_by"]:
        _evidence(doc, s)
    if denials:
        for s in entry["denied_by"]:
            _evidence(doc, s, denies=True)
    if entry.get("note_shown"):
        _small(doc, f"Note: {entry['note_shown']}")


def _side(doc: Any, data: dict[str, Any], both: bool) -> None:
    claims = data["claims"]
    level = 2 if both else 1
    if both:
        doc.add_heading(f"{data['side'].upper()}: {say.SIDE[data['side']]}", level=1)
    doc.add_heading("Case", level=level)
    summary = say.case_line(data, "cards")
    if summary:
        _small(doc, summary, italic=False)
    notes = {item["id"]: item.get("note") for item in data["case"]}
    outline = case_outline(data)
    if not outline:
        _small(doc, "The map has no claim for this side: build the case from the sources.")
    for label, _, claim_id in outline:
        _card(doc, data, claim_id, f"{label}  {claims[claim_id]['text']}")
        if notes.get(claim_id):
            _small(doc, f"Note: {notes[claim_id]}")
    groups = attack_groups(data)
    doc.add_heading("Their attacks", level=level)
    _small(
        doc,
        f"{len(groups)} cards of the other side, {say.section_time(data, 'attacks')}.",
        italic=False,
    )
    if not groups:
        _small(doc, "The map has no attack on this case.")
    for n, attack in enumerate(groups, 1):
        targets = [f"{words} {text}".strip() for words, text in say.target_lines(data, attack)]
        _card(doc, data, attack["id"], f"A{n}.  {claims[attack['id']]['text']}", lead=targets)
        for link in attack["links"]:
            if link.get("note"):
                _small(doc, f"Note: {link['note']}")
    doc.add_heading("Answers", level=level)
    if data["reading"]["answers"]:
        _small(doc, f"{say.section_time(data, 'answers').capitalize()}.", italic=False)
    elif groups:
        _small(doc, "The map answers none of these attacks: prepare each as its hint says.")
    numbers = say.labels(data)
    for n, attack in enumerate(groups, 1):
        doc.add_heading(f"Answers to A{n}: {claims[attack['id']]['text']}", level=level + 1)
        found = answer_list(attack)
        for answer in found:
            lead = say.answer_lead(data, answer, attack["id"])
            if answer["kind"] == "denial":
                _small(doc, lead, italic=False)
                row = say.denial_row(data, answer)
                if row is not None:
                    _evidence(doc, row, denies=True)
                continue
            _card(doc, data, answer["id"], f"{lead} {claims[answer['id']]['text']}", denials=False)
        if not found:
            _small(
                doc,
                f"{say.NO_ANSWER} {attack.get('hint') or ''}".strip(),
                colour=_WARN,
                italic=False,
            )
        for turn in attack.get("turns", []):
            _small(doc, "\u21ba " + say.turn_line(data, turn, numbers), italic=False)


def docx_cards(data: dict[str, Any]) -> bytes:
    """The brief (or a packet of both sides) as debate cards, a .docx file's bytes."""
    briefs = briefs_of(data)
    first = briefs[0]
    claims = first["claims"]
    both = len(briefs) > 1
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    doc.core_properties.author = "argmap"
    doc.core_properties.title = f"Debate cards: {claims[first['motion']]['text']}"
    doc.styles["Title"].font.size = Pt(20)
    doc.add_heading(claims[first["motion"]]["text"], level=0)
    intro = doc.add_paragraph()
    _run(
        intro,
        "Debate cards. " + ("Both sides. " if both else f"{say.SIDE[first['side']]} "),
        bold=True,
    )
    _run(
        intro,
        "Read aloud the highlighted words; the rest of each card is the source's paragraph "
        f"around them. Times are {say.rate(first)}. \u2691 marks a concession. {first['order']}",
        9,
    )
    for data_ in briefs:
        _side(doc, data_, both)
    doc.add_heading("Common ground", level=1)
    if not first["common_ground"]:
        _small(doc, say.no_ground(first), italic=False)
    for claim_id in first["common_ground"]:
        lead, who = say.ground_lead(first, claim_id)
        paragraph = doc.add_paragraph(style="List Bullet")
        _run(paragraph, f"{lead} ", bold=True)
        _run(paragraph, claims[claim_id]["text"])
        _run(paragraph, f" \u2014 {', '.join(who)}", 8.5, colour=_GREY)
    doc.add_heading("Sources", level=1)
    for source in merged_sources(briefs):
        paragraph = doc.add_paragraph(style="List Number")
        _run(paragraph, f"{source.get('cite') or ''} ", bold=True)
        _run(paragraph, source["citation"] or source["id"], 9)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
