"""argmap's own graph data (what ``export json`` writes) back to a map.

``export json`` writes it as a whole; ``export graphml`` and ``export aif`` carry the parts their
formats cannot hold in an ``argmap`` extension key. Ids are kept as they are; what would make the
map invalid (an edge to a claim the file does not have, a stance by an unknown author, a
source by an unknown author) is left out with a warning.
"""

from __future__ import annotations

from typing import Any

from argmap.errors import ArgmapError, Location
from argmap.importers.build import Imported, MapBuilder
from argmap.model import EdgeKind, Side, Source

__all__ = ["FORMAT", "read_authors_and_sources", "read_graph_data"]

FORMAT = "argmap-graph"
_KINDS = {"supports": EdgeKind.SUPPORTS, "rebuts": EdgeKind.REBUTS}
_SIDES = {"holds": Side.HOLDS, "denies": Side.DENIES}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def read_authors_and_sources(data: dict[str, Any], builder: MapBuilder) -> None:
    """The ``authors`` and ``sources`` lists of the graph data, into ``builder``."""
    for index, author in enumerate(_list(data.get("authors"))):
        if not isinstance(author, dict) or not _text(author.get("id")):
            builder.warn("bad-author", f"authors[{index}] has no 'id'; left out")
            continue
        builder.author(
            _text(author.get("name")) or author["id"],
            author["id"],
            _text(author.get("affiliation")),
        )
    for index, source in enumerate(_list(data.get("sources"))):
        if not isinstance(source, dict) or not _text(source.get("id")):
            builder.warn("bad-source", f"sources[{index}] has no 'id'; left out")
            continue
        date = source.get("date")
        builder.source(
            Source(
                id=source["id"],
                authors=tuple(a for a in _list(source.get("authors")) if isinstance(a, str)),
                title=_text(source.get("title")) or source["id"],
                venue=_text(source.get("venue")),
                date=str(date) if isinstance(date, str | int) and date != "" else None,
                url=_text(source.get("url")),
                text=_text(source.get("text")),
            )
        )


def claim_details(builder: MapBuilder, claim_id: str, node: dict[str, Any]) -> None:
    """Tags, base strength, note and motion of a node, onto the claim ``claim_id``."""
    claim = builder.claims[claim_id]
    tags = tuple(t for t in _list(node.get("tags")) if isinstance(t, str) and t.strip())
    if tags:
        claim.tags = tags
    strength = node.get("base_strength", node.get("strength"))
    if isinstance(strength, int | float) and not isinstance(strength, bool):
        if 0 <= strength <= 1:
            claim.strength = float(strength)
        else:
            builder.warn(
                "bad-strength",
                f"claim '{claim_id}': strength {strength} is not in [0, 1]; left out",
            )
    note = _text(node.get("note"))
    if note:
        builder.add_note(claim_id, note)
    if node.get("motion") is True:
        builder.mark_motion(claim_id)


def read_graph_data(data: Any, name: str) -> Imported:
    """The map in ``data``, the shape ``export json`` writes; an ArgmapError for another shape."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArgmapError(
            f'not argmap\'s JSON: expected an object with "format": "{FORMAT}" '
            "(what 'argmap export json' writes)",
            Location(name, 1),
        )
    version = data.get("version")
    builder = MapBuilder(name, exact_ids=True)
    if isinstance(version, int) and version > 1:
        builder.warn(
            "newer-format",
            f"format version {version} is newer than this argmap reads (1); keys it does not know are left out",
        )
    read_authors_and_sources(data, builder)
    ids: dict[str, str] = {}
    for index, node in enumerate(_list(data.get("nodes"))):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            builder.warn("bad-node", f"nodes[{index}] has no 'id'; left out")
            continue
        if node["id"] in ids:
            builder.warn("bad-node", f"node '{node['id']}' appears twice; the first one is kept")
            continue
        where = f"node '{node['id']}'"
        ids[node["id"]] = builder.claim(str(node.get("text") or ""), where, wanted_id=node["id"])
        claim_details(builder, ids[node["id"]], node)
    done: set[str] = set()
    for node in _list(data.get("nodes")):
        if not isinstance(node, dict) or node.get("id") not in ids or node["id"] in done:
            continue
        done.add(node["id"])
        claim_id = ids[node["id"]]
        for number, stance in enumerate(_list(node.get("stances"))):
            where = f"node '{node['id']}' stance {number + 1}"
            author = stance.get("author") if isinstance(stance, dict) else None
            side = _SIDES.get(str(stance.get("side"))) if isinstance(stance, dict) else None
            if author not in builder.authors or side is None:
                builder.warn("bad-stance", f"{where} names no known author and side; left out")
                continue
            builder.stance(
                claim_id,
                author,
                side,
                str(stance.get("quote") or ""),
                where,
                source=_text(stance.get("source")),
                note=_text(stance.get("note")),
            )
    for index, edge in enumerate(_list(data.get("edges"))):
        ends = [edge.get(k) if isinstance(edge, dict) else None for k in ("source", "target")]
        kind = _KINDS.get(str(edge.get("kind"))) if isinstance(edge, dict) else None
        where = f"edges[{index}]"
        if ends[0] not in ids or ends[1] not in ids or kind is None:
            builder.warn(
                "bad-edge",
                f"{where} needs a known source and target and a kind (supports or rebuts); left out",
            )
            continue
        builder.edge(ids[ends[0]], ids[ends[1]], kind, where, note=_text(edge.get("note")))
    return builder.result()
