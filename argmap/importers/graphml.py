"""GraphML to a map: argmap's own ``export graphml`` exactly, other tools' graphs as far as
they say what argmap needs.

A node whose ``argmap`` attribute holds argmap's JSON of the claim (as ``export graphml``
writes it) is read from that, and the graph's ``argmap`` attribute gives the authors and
sources: the same map comes back. Any other GraphML (Gephi, yEd, igraph): each node is a claim
with the text of its ``text`` or ``label`` attribute (else its id), ``tags`` split at commas
and ``motion``; each edge supports its target, or rebuts it when its ``kind`` is ``rebuts``
or its ``weight`` is negative. Such a file names no quotes, so the map has no stances.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from argmap.errors import ArgmapError, Location
from argmap.importers.build import Imported, MapBuilder, slugify
from argmap.importers.native import FORMAT, claim_details, read_graph_data
from argmap.model import EdgeKind

__all__ = ["read"]

NS = "{http://graphml.graphdrawing.org/xmlns}"
EXTENSION_KEY = "argmap"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def read(text: str, name: str) -> Imported:
    """Read GraphML; an ArgmapError for XML that is not GraphML."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        line, column = error.position
        raise ArgmapError(
            f"not valid XML: {error.msg}",
            Location(name, line, column + 1),
        ) from None
    graphs = _children(root, "graph") if _local(root.tag) == "graphml" else []
    if not graphs:
        raise ArgmapError(
            "not GraphML: expected a <graphml> document with a <graph>", Location(name, 1)
        )
    keys: dict[str, tuple[str, str]] = {}
    defaults: dict[str, str] = {}
    for key in _children(root, "key"):
        key_id = key.get("id", "")
        keys[key_id] = (key.get("attr.name") or key_id, key.get("attr.type") or "string")
        for default in _children(key, "default"):
            defaults[key_id] = default.text or ""
    graph = graphs[0]

    def data(element: ET.Element, kind: str) -> dict[str, str]:
        found = {
            keys[k][0]: v
            for k, v in defaults.items()
            if k in keys and _key_for(root, k) in (kind, "all")
        }
        for item in _children(element, "data"):
            name_ = keys.get(item.get("key", ""), (item.get("key", ""), "string"))[0]
            found[name_] = item.text or ""
        return found

    extension = _json(data(graph, "graph").get(EXTENSION_KEY))
    nodes = [(node, data(node, "node")) for node in _children(graph, "node")]
    if isinstance(extension, dict) and extension.get("format") == FORMAT:
        blobs = [(_json(values.get(EXTENSION_KEY)), node) for node, values in nodes]
        if all(isinstance(blob, dict) for blob, _ in blobs):
            return read_graph_data(
                {
                    **extension,
                    "nodes": [{**blob, "id": node.get("id")} for blob, node in blobs],
                    "edges": [_edge(e, data(e, "edge")) for e in _children(graph, "edge")],
                },
                name,
            )
    return _plain(name, graph, nodes, data)


def _key_for(root: ET.Element, key_id: str) -> str:
    for key in _children(root, "key"):
        if key.get("id") == key_id:
            return key.get("for", "all")
    return "all"


def _json(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return None


def _edge(element: ET.Element, values: dict[str, str]) -> dict[str, Any]:
    kind = values.get("kind")
    if kind not in ("supports", "rebuts"):
        try:
            kind = "rebuts" if float(values.get("weight", "1")) < 0 else "supports"
        except ValueError:
            kind = "supports"
    return {
        "source": element.get("source"),
        "target": element.get("target"),
        "kind": kind,
        "note": values.get("note") or None,
    }


def _plain(
    name: str, graph: ET.Element, nodes: list[tuple[ET.Element, dict[str, str]]], data: Any
) -> Imported:
    builder = MapBuilder(name, exact_ids=True)
    ids: dict[str, str] = {}
    for node, values in nodes:
        node_id = node.get("id") or ""
        if node_id in ids:
            builder.warn("bad-node", f"node '{node_id}' appears twice; the first one is kept")
            continue
        text = values.get("text") or values.get("label") or node_id
        wanted = node_id if node_id.islower() or not node_id else slugify(node_id, 60)
        ids[node_id] = builder.claim(text, f"node '{node_id}'", wanted_id=wanted)
        tags = [t.strip() for t in values.get("tags", "").split(",") if t.strip()]
        claim_details(
            builder,
            ids[node_id],
            {
                "tags": tags,
                "note": values.get("note"),
                "motion": values.get("motion", "").lower() == "true",
            },
        )
    for index, element in enumerate(_children(graph, "edge")):
        edge = _edge(element, data(element, "edge"))
        if edge["source"] not in ids or edge["target"] not in ids:
            builder.warn("bad-edge", f"edge {index + 1} names an unknown node; left out")
            continue
        builder.edge(
            ids[edge["source"]],
            ids[edge["target"]],
            EdgeKind(edge["kind"]),
            f"edge {index + 1}",
            note=edge["note"],
        )
    if not builder.motions:
        for claim_id in builder.roots():
            builder.mark_motion(claim_id)
    return builder.result()
