"""Writers of the map in other formats: one module per format, each with ``export(graph, **options) -> str``."""

from __future__ import annotations

import importlib
from collections.abc import Callable

__all__ = ["FORMATS", "exporter"]

# Format name -> module; each module defines export(graph: nx.DiGraph, **options) -> str.
FORMATS: dict[str, str] = {
    "dot": "argmap.export.dot",
    "json": "argmap.export.json",
    "graphml": "argmap.export.graphml",
    "mermaid": "argmap.export.mermaid",
    "markdown": "argmap.export.markdown",
    "html": "argmap.export.html",
    "argdown": "argmap.export.argdown",
    "aif": "argmap.export.aif",
}


def exporter(name: str) -> Callable[..., str]:
    """The ``export`` function of format ``name``."""
    function: Callable[..., str] = importlib.import_module(FORMATS[name]).export
    return function
