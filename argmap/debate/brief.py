"""The brief for one side of a motion, as plain data that every writer shares.

Everything here is plain data (dicts, lists, strings), words included, so the terminal view,
the JSON output, the Markdown, HTML, PDF and docx handouts and the drill all say the same, and
anonymizing the data anonymizes every word of them.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from argmap.citations import StanceWriter, citation
from argmap.debate.answers import answerable, deep_answers, held_in, hint, turns
from argmap.debate.case import attacks, case, case_outline, check_side
from argmap.debate.ground import common_ground
from argmap.debate.standing import ORDER, Standing
from argmap.debate.wording import WPM, concession, read_seconds, short_cite, shorten, telling
from argmap.positions import author_positions
from argmap.semantics.gradual import dfquad
from argmap.sides import claim_sides

__all__ = ["brief"]

_RELATION = {
    ("for", "motion"): "against the motion: a reason to say it is false",
    ("against", "motion"): "for the motion: a reason to say it is true",
}


def brief(graph: nx.DiGraph, motion: str, side: str, wpm: int = WPM) -> dict[str, Any]:
    """The brief for one side of a motion.

    ``motion``, ``side``, ``case``, ``attacks`` and ``common_ground`` are the shape DESIGN.md
    fixes (see :func:`argmap.debate.case.case`, :func:`argmap.debate.case.attacks` and
    :func:`argmap.debate.ground.common_ground`), in the order of
    :class:`argmap.debate.standing.Standing`. Added: per case item the ``note`` of its edge
    where it bears on time, figures or hedges; per attack its ``relation`` (the edge's kind),
    ``relation_words``, the edge's ``note``, the answers deeper in the map (``undercuts``,
    ``denials``, ``depth``: :func:`argmap.debate.answers.deep_answers`), ``turns`` (your points
    its authors grant) and a ``hint`` where the map has no answer; ``sides`` (the authors for
    and against the motion), ``claims`` (every claim named: text, DF-QuAD ``strength``, its
    ``standing`` in words, ``seconds`` to read its card aloud, notes, and the stances with
    citation, short cite, the author's ``verdict`` on the motion and the ``concession`` it
    makes), ``sources``, ``reading`` (``wpm`` and seconds per section) and ``order`` (the
    ordering in one line).
    """
    check_side(side)
    strength = dfquad(graph)
    positions = author_positions(graph)
    standing = Standing(graph, strength, answerable(graph))
    key = standing.key
    links = standing.links
    case_items = case(graph, motion, side, key, links)
    case_ids = [item["id"] for item in case_items]
    for item in case_items:
        item["note"] = telling(graph.edges[item["id"], item["via"]]["note"])
    outline = case_outline({"motion": motion, "case": case_items})
    labels = {claim_id: label for label, _, claim_id in outline}
    under: dict[str, list[str]] = {}
    for item in case_items:
        under.setdefault(item["via"], []).append(item["id"])
    verdicts = {a: p.value for a, p in positions.by_claim.get(motion, {}).items()}
    attack_items = _attacks(graph, motion, side, case_ids, standing, labels, under, verdicts)
    ground = common_ground(graph, motion, positions, key)
    pro, con = claim_sides(positions, motion)

    roles: dict[str, str] = {motion: "motion"}
    for claim_id in case_ids:
        roles.setdefault(claim_id, "yours")
    for attack in attack_items:
        roles.setdefault(attack["id"], "theirs")
        for answer in attack["answers"]:
            roles.setdefault(answer, "yours")
        for undercut in attack["undercuts"]:
            roles.setdefault(undercut["premise"], "theirs")
            for answer in undercut["answers"]:
                roles.setdefault(answer, "yours")
        for denial in attack["denials"]:
            roles.setdefault(denial["claim"], "theirs")
    for claim_id in ground:
        roles.setdefault(claim_id, "both")
    writer = StanceWriter(graph)
    claims = {
        claim_id: _claim_entry(graph, claim_id, role, side, verdicts, standing, writer, wpm)
        for claim_id, role in roles.items()
    }
    answers = {a for i in attack_items for a in i["answers"]}
    answers |= {a for i in attack_items for u in i["undercuts"] for a in u["answers"]}
    attackers = {i["id"] for i in attack_items}
    return {
        "motion": motion,
        "side": side,
        "case": case_items,
        "attacks": attack_items,
        "common_ground": ground,
        "sides": {"for": sorted(pro), "against": sorted(con)},
        "claims": claims,
        "sources": _sources(graph, claims),
        "reading": {
            "wpm": wpm,
            "case": sum(claims[c]["seconds"] for c in case_ids),
            "attacks": sum(claims[c]["seconds"] for c in attackers),
            "answers": sum(claims[c]["seconds"] for c in answers),
        },
        "order": ORDER,
    }


def _attacks(
    graph: nx.DiGraph,
    motion: str,
    side: str,
    case_ids: list[str],
    standing: Standing,
    labels: dict[str, str],
    under: dict[str, list[str]],
    verdicts: dict[str, str],
) -> list[dict[str, Any]]:
    key, links = standing.key, standing.links
    items = attacks(graph, motion, side, case_ids, key, links)
    targets: dict[str, list[str]] = {}
    for item in items:
        targets.setdefault(item["id"], []).append(item["target"])
    deep: dict[str, dict[str, Any]] = {}
    yours = held_in(graph, case_ids)
    allies = {author for author, verdict in verdicts.items() if verdict == side}
    for item in items:
        attacker, target = item["id"], item["target"]
        edge = graph.edges[attacker, target]
        item["relation"] = edge["kind"]
        if target == motion:
            item["relation_words"] = _RELATION[side, "motion"]
        else:
            item["relation_words"] = f"rebuts your point {labels[target]}"
        item["note"] = shorten(edge["note"]) if edge["note"] else None
        if attacker not in deep:
            deep[attacker] = deep_answers(graph, attacker, key, links)
        found = deep[attacker]
        item["undercuts"] = found["undercuts"]
        item["denials"] = found["denials"]
        item["depth"] = found["depth"]
        item["turns"] = turns(graph, attacker, yours, verdicts, side)
        item["hint"] = (
            None if found["depth"] else hint(graph, item, targets[attacker], labels, under, allies)
        )
    return items


def _claim_entry(
    graph: nx.DiGraph,
    claim_id: str,
    role: str,
    side: str,
    verdicts: dict[str, str],
    standing: Standing,
    writer: StanceWriter,
    wpm: int,
) -> dict[str, Any]:
    node = graph.nodes[claim_id]
    claim = node["claim"]
    held, denied = writer.sides(claim)
    sources = graph.graph["sources"]
    for row in held + denied:
        row["concession"] = None
        source = sources.get(row["source"] or "")
        row["year"] = source.year if source is not None else None
        row["cite"] = short_cite(row["author"], row["name"], row["year"])
        row["note_shown"] = telling(row["note"])
        row["verdict"] = verdicts.get(row["author"])
    for row in held:  # holding a claim of the side one argues against concedes it
        verdict = row["verdict"]
        other = verdict in ("for", "against") and verdict != side
        mine = verdict == side
        if (role == "yours" and other) or (role == "theirs" and mine):
            row["concession"] = concession(row["name"], verdict or "", mine)
    read = " ".join([node["text"], *(f"{r['cite']} {r['quote']}" for r in held)])
    return {
        "text": node["text"],
        "strength": round(standing.strength.get(claim_id, 0.0), 4),
        "standing": standing.words(claim_id),
        "seconds": read_seconds(read, wpm),
        "note": claim.note,
        "note_shown": telling(claim.note),
        "held_by": held,
        "denied_by": denied,
    }


def _sources(graph: nx.DiGraph, claims: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources quoted in the brief: the ones a student should read, most quoted first."""
    quoted: dict[str, list[str]] = {}
    for claim_id, entry in claims.items():
        for stance in entry["held_by"] + entry["denied_by"]:
            if stance["source"]:
                quoted.setdefault(stance["source"], [])
                if claim_id not in quoted[stance["source"]]:
                    quoted[stance["source"]].append(claim_id)
    sources = graph.graph["sources"]
    names = {a.id: a.name for a in graph.graph["authors"].values()}
    rows = [
        {
            "id": source_id,
            "authors": list(sources[source_id].authors) if source_id in sources else [],
            "citation": citation(sources.get(source_id), names),
            "year": sources[source_id].year if source_id in sources else None,
            "cite": _source_cite(sources.get(source_id), names),
            "claims": claim_ids,
        }
        for source_id, claim_ids in quoted.items()
    ]
    return sorted(rows, key=lambda r: (-len(r["claims"]), r["id"]))


def _source_cite(source: Any, names: dict[str, str]) -> str:
    """A source's short cite, as its cards give it ("Yuan 2016")."""
    if source is None or not source.authors:
        return ""
    first = source.authors[0]
    return short_cite(first, names.get(first, first), source.year)
