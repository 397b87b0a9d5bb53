"""An AIF document's nodes and edges, checked and linked: what ``argmap.importers.aif`` reads
claims, relations and stances from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from argmap.importers.build import MapBuilder

__all__ = ["AifNode", "of_type", "read_edges", "read_nodes"]


@dataclass
class AifNode:
    """One node of an AIF graph: its type, text, illocution (lowercase letters) and links."""

    id: str
    type: str
    text: str
    illocution: str
    incoming: list[str] = field(default_factory=list)
    outgoing: list[str] = field(default_factory=list)


def read_nodes(raw: Any, builder: MapBuilder) -> dict[str, AifNode]:
    """The ``nodes`` list by id; an entry that is not a node is a warning and left out."""
    nodes: dict[str, AifNode] = {}
    for index, item in enumerate(raw):
        where = f"nodes[{index}]"
        if not isinstance(item, dict):
            builder.warn("bad-node", f"{where} is not an object; left out")
            continue
        node_id, kind, text = item.get("nodeID"), item.get("type"), item.get("text", "")
        if isinstance(node_id, int) and not isinstance(node_id, bool):
            node_id = str(node_id)
        if not isinstance(node_id, str) or not node_id:
            builder.warn("bad-node", f"{where} has no 'nodeID' string; left out")
            continue
        if not isinstance(kind, str) or not isinstance(text, str | None):
            builder.warn(
                "bad-node",
                f"node {node_id} ({where}) has no 'type' or a 'text' that is not a string; left out",
            )
            continue
        if node_id in nodes:
            builder.warn(
                "bad-node", f"node {node_id} ({where}) appears twice; the first one is kept"
            )
            continue
        scheme = item.get("scheme")
        illocution = text or (scheme if isinstance(scheme, str) else "")
        nodes[node_id] = AifNode(
            node_id, kind, text or "", re.sub(r"[^a-z]", "", illocution.lower())
        )
    return nodes


def read_edges(raw: Any, nodes: dict[str, AifNode], builder: MapBuilder) -> None:
    """Link ``nodes`` by the ``edges`` list; an edge to an unknown node is a warning."""
    if not isinstance(raw, list):
        builder.warn("bad-edge", "'edges' is not a list; the map has no edges")
        return
    seen: set[tuple[str, str]] = set()
    for index, item in enumerate(raw):
        where = f"edges[{index}]"
        if not isinstance(item, dict):
            builder.warn("bad-edge", f"{where} is not an object; left out")
            continue
        ends = [
            str(e) if isinstance(e, int) and not isinstance(e, bool) else e
            for e in (item.get("fromID"), item.get("toID"))
        ]
        source, target = ends
        if not isinstance(source, str) or not isinstance(target, str):
            builder.warn("bad-edge", f"{where} needs 'fromID' and 'toID'; left out")
            continue
        missing = [e for e in (source, target) if e not in nodes]
        if missing:
            builder.warn(
                "dangling-edge",
                f"{where} ({source} -> {target}) names unknown node {missing[0]}; left out",
            )
            continue
        if (source, target) not in seen:
            seen.add((source, target))
            nodes[source].outgoing.append(target)
            nodes[target].incoming.append(source)


def of_type(nodes: dict[str, AifNode], ids: Iterable[str], *types: str) -> list[str]:
    """The ``ids`` whose node is of one of ``types``."""
    return [i for i in ids if nodes[i].type in types]
