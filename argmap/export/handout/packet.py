"""One or two briefs as a handout takes them: a brief, or a packet of both sides."""

from __future__ import annotations

from typing import Any

from argmap.debate import case_outline

__all__ = ["briefs_of", "merged_sources", "packet", "teacher_numbers"]


def packet(briefs: list[dict[str, Any]]) -> dict[str, Any]:
    """Both sides' briefs of one motion as one document: ``{"motion", "briefs"}``."""
    return {"motion": briefs[0]["motion"], "briefs": briefs}


def briefs_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The briefs of a packet, or the one brief."""
    return list(data["briefs"]) if "briefs" in data else [data]


def merged_sources(briefs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sources the briefs quote, each once, most quoted first."""
    merged: dict[str, dict[str, Any]] = {}
    for data in briefs:
        for source in data["sources"]:
            row = merged.setdefault(source["id"], {**source, "claims": []})
            row["claims"] += [c for c in source["claims"] if c not in row["claims"]]
    return sorted(merged.values(), key=lambda r: (-len(r["claims"]), r["id"]))


def teacher_numbers(data: dict[str, Any]) -> list[tuple[str, float]]:
    """(point or attack label, DF-QuAD strength) for the teacher's note: "1.2", "A3"."""
    rows = [(label, data["claims"][c]["strength"]) for label, _, c in case_outline(data)]
    seen: list[str] = []
    for attack in data["attacks"]:
        if attack["id"] not in seen:
            seen.append(attack["id"])
    rows += [(f"A{n}", data["claims"][a]["strength"]) for n, a in enumerate(seen, 1)]
    return rows
