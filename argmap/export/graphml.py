"""The map as GraphML for Gephi, yEd, Cytoscape, igraph and rustworkx.

Written here rather than by networkx, whose writer spells booleans ``True``/``False``: the
GraphML schema allows only ``true``/``false``, and strict readers (rustworkx) refuse the rest.
Beside the flat attributes those tools show, every node carries ``argmap``, the claim as JSON
(text, tags, stances with quotes, note, motion, base strength), and the graph carries the
authors and sources the same way, so ``argmap import graphml`` reads back the same map.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import networkx as nx

from argmap.export.json import graph_data
from argmap.export.labels import clean

__all__ = ["EXTENSION_KEY", "KEYS", "export", "graphml_document"]

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
# The attribute that holds argmap's own data as JSON, on the graph and on each node.
EXTENSION_KEY = "argmap"
# (for, attr.name, attr.type), in the order written; the key ids are d0, d1, ...
KEYS: tuple[tuple[str, str, str], ...] = (
    ("node", "label", "string"),
    ("node", "text", "string"),
    ("node", "tags", "string"),
    ("node", "held_by", "string"),
    ("node", "denied_by", "string"),
    ("node", "motion", "boolean"),
    ("node", "base_strength", "double"),
    ("node", "strength", "double"),
    ("node", "note", "string"),
    ("node", EXTENSION_KEY, "string"),
    ("edge", "kind", "string"),
    ("edge", "weight", "double"),
    ("edge", "note", "string"),
    ("graph", EXTENSION_KEY, "string"),
)
_KEY_ID = {(kind, name): f"d{i}" for i, (kind, name, _) in enumerate(KEYS)}
# What the node's JSON carries: everything about the claim but where it was read from.
_CLAIM_KEYS = ("text", "tags", "stances", "note", "motion", "strength", "base_strength")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _data(parent: ET.Element, kind: str, name: str, value: Any) -> None:
    if value is None or value == "":
        return
    element = ET.SubElement(parent, "data", key=_KEY_ID[(kind, name)])
    element.text = _value(value)


def _blob(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def graphml_document(graph: nx.DiGraph) -> str:
    """GraphML of the whole ``graph``, deterministic for the same map.

    >>> g = nx.DiGraph(authors={}, sources={}); g.add_node("a", text="A", motion=True)
    >>> '<data key="d5">true</data>' in graphml_document(g)
    True
    """
    data = graph_data(graph)
    root = ET.Element(
        "graphml",
        {
            "xmlns": NAMESPACE,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{NAMESPACE} {SCHEMA}",
        },
    )
    for i, (kind, name, type_) in enumerate(KEYS):
        ET.SubElement(
            root, "key", {"id": f"d{i}", "for": kind, "attr.name": name, "attr.type": type_}
        )
    top = ET.SubElement(root, "graph", id="argmap", edgedefault="directed")
    extension = {
        "format": data["format"],
        "version": data["version"],
        "authors": data["authors"],
        "sources": data["sources"],
    }
    _data(top, "graph", EXTENSION_KEY, _blob(extension))
    for node in data["nodes"]:
        element = ET.SubElement(top, "node", id=node["id"])
        text = clean(node["text"])
        _data(element, "node", "label", text)
        _data(element, "node", "text", text)
        _data(element, "node", "tags", ", ".join(node["tags"]))
        _data(element, "node", "held_by", ", ".join(node["held_by"]))
        _data(element, "node", "denied_by", ", ".join(node["denied_by"]))
        _data(element, "node", "motion", node["motion"])
        if node["base_strength"] is not None:
            _data(element, "node", "base_strength", float(node["base_strength"]))
            _data(element, "node", "strength", float(node["base_strength"]))
        _data(element, "node", "note", clean(node["note"] or ""))
        _data(element, "node", EXTENSION_KEY, _blob({k: node[k] for k in _CLAIM_KEYS}))
    for edge in data["edges"]:
        element = ET.SubElement(top, "edge", source=edge["source"], target=edge["target"])
        _data(element, "edge", "kind", edge["kind"])
        # Gephi reads "weight"; a rebuttal counts against, so it gets -1.
        _data(element, "edge", "weight", 1.0 if edge["kind"] == "supports" else -1.0)
        _data(element, "edge", "note", clean(edge["note"] or ""))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def export(graph: nx.DiGraph) -> str:
    """GraphML of the graph it is given (the whole map, or the part chosen to draw)."""
    return graphml_document(graph)
