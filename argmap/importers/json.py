"""argmap's own JSON (``argmap export json``) back to a map: see ``argmap.importers.native``."""

from __future__ import annotations

from argmap.importers.build import Imported, parse_json
from argmap.importers.native import read_graph_data

__all__ = ["read"]


def read(text: str, name: str) -> Imported:
    """Read what ``argmap export json`` wrote; an ArgmapError for any other JSON."""
    return read_graph_data(parse_json(text, name, "argmap's JSON"), name)
