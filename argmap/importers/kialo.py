"""Kialo's plain-text export to a map.

The export reads::

    Discussion Title: Should hate speech be illegal?

    1. Hate speech should be banned.
    1.1. Con: It is better to challenge bad ideas than to ban them.
    1.1.1. Pro: -> See 1.2.3.

The thesis (``1.``) becomes the motion (``motion: true``). A ``Pro`` supports its parent, a
``Con`` rebuts it, and ``-> See N.`` makes the claim numbered N a pro or con of this parent too.
Lines that do not start with a number continue the claim above. Kialo's backslash escapes
(``\\(``, ``\\[``, ``\\@``: a backslash before any ASCII punctuation mark) are undone;
markdown links stay in the text. Kialo has no authors, so the
map has claims and edges but no stances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from argmap.errors import ArgmapError, Location
from argmap.importers.build import Imported, MapBuilder
from argmap.model import EdgeKind

__all__ = ["read"]

_TITLE = re.compile(r"Discussion Title:\s*(.*)\Z")
_ITEM = re.compile(r"((?:\d+\.)+)(?:\s+|\Z)(.*)\Z")
_LABEL = re.compile(r"(Pro|Con):\s*(.*)\Z", re.IGNORECASE | re.DOTALL)
_SEE = re.compile(r"->\s*See\s+((?:\d+\.)*\d+)\.?\s*\Z", re.IGNORECASE)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass
class _Item:
    number: str
    label: str | None
    lines: list[str]
    line: int
    children: list[_Item] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _parent(number: str) -> str:
    return number.rsplit(".", 2)[0] + "." if number.count(".") > 1 else ""


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def read(text: str, name: str) -> Imported:
    """Read a Kialo export; an ArgmapError when the file has no numbered claim at all."""
    builder = MapBuilder(name)
    title, items = _scan(text, builder)
    if not items:
        raise ArgmapError(
            "no Kialo claims found: an export has lines like '1. thesis' and '1.1. Pro: ...'",
            Location(name, 1),
        )
    by_number: dict[str, _Item] = {}
    for item in items:
        if item.number in by_number:
            first = by_number[item.number].line
            builder.warn(
                "duplicate-number",
                f"line {item.line}: number {item.number} again (first at line {first}); "
                "this line and what continues it are left out",
                item.line,
            )
            continue
        by_number[item.number] = item
    ids: dict[str, str] = {}
    refs: list[tuple[_Item, str]] = []
    for item in by_number.values():
        see = _SEE.match(item.text)
        if see:
            refs.append((item, see.group(1) + "."))
            continue
        note = f"Kialo {item.number}"
        if item.number.count(".") == 1 and title:
            note += f"; discussion: {title}"
        ids[item.number] = builder.claim(
            _unescape(item.text), f"line {item.line}", note=note, line=item.line
        )
        if item.number.count(".") == 1:
            builder.mark_motion(ids[item.number])
    for item in by_number.values():
        if item.number in ids and item.number.count(".") > 1:
            _link(builder, item, ids[item.number], ids, by_number)
    for item, target in refs:
        if target not in ids:
            builder.warn(
                "dangling-ref",
                f"line {item.line}: '-> See {target}' names no claim in this file; left out",
                item.line,
            )
            continue
        _link(builder, item, ids[target], ids, by_number)
    return builder.result()


def _link(
    builder: MapBuilder, item: _Item, source: str, ids: dict[str, str], items: dict[str, _Item]
) -> None:
    parent = _parent(item.number)
    where = f"line {item.line} ({item.number})"
    if parent not in ids:
        why = "is a '-> See' line" if parent in items else "is missing"
        builder.warn(
            "missing-parent",
            f"{where}: its parent {parent} {why}; the claim stands alone",
            item.line,
        )
        return
    if item.label is None:
        builder.warn(
            "no-label", f"{where} is neither 'Pro:' nor 'Con:'; not linked to {parent}", item.line
        )
        return
    kind = EdgeKind.SUPPORTS if item.label == "pro" else EdgeKind.REBUTS
    builder.edge(source, ids[parent], kind, where, item.line)


def _scan(text: str, builder: MapBuilder) -> tuple[str | None, list[_Item]]:
    """The discussion title and the numbered items, continuation lines attached."""
    title: str | None = None
    items: list[_Item] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            if items:
                items[-1].lines.append("")
            continue
        found = _TITLE.match(line.strip())
        if found and title is None and not items:
            title = _unescape(found.group(1).strip())
            continue
        item = _ITEM.match(line.strip())
        if item:
            labelled = _LABEL.match(item.group(2))
            label, body = (
                (labelled.group(1).lower(), labelled.group(2))
                if labelled
                else (None, item.group(2))
            )
            items.append(_Item(item.group(1), label, [body], number))
        elif items:
            items[-1].lines.append(line.strip())
        else:
            builder.warn(
                "stray-text",
                f"line {number} is outside any claim; left out: {line.strip()[:60]}",
                number,
            )
    return title, items
