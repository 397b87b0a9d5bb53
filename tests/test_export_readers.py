"""Every export read by the real readers people pair argmap with: strict GraphML readers
(rustworkx, igraph), Mermaid's own parser, a CommonMark parser."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import igraph
import pytest
import rustworkx
from conftest import BUNDLED_MAP
from diagram_maps import DEBATE, HOSTILE


@pytest.fixture(params=["bundled", "debate", "hostile"])
def any_map(request: pytest.FixtureRequest, write_map: Callable[..., Path]) -> Path:
    maps = {"debate": DEBATE, "hostile": HOSTILE}
    return BUNDLED_MAP if request.param == "bundled" else write_map(maps[request.param])


def export(run: Callable[..., Any], map_dir: Path, *args: str) -> str:
    result = run("--map", map_dir, "export", *args)
    assert result.exit_code == 0, result.output
    text: str = result.stdout
    return text


def test_graphml_reads_in_rustworkx_and_igraph(
    run: Callable[..., Any], any_map: Path, tmp_path: Path
) -> None:
    path = tmp_path / "map.graphml"
    path.write_text(export(run, any_map, "graphml"), encoding="utf-8")
    assert not re.search(r">(True|False)<", path.read_text())  # the schema's spelling only
    graphs = rustworkx.read_graphml(str(path))
    assert len(graphs) == 1
    strict = graphs[0]
    loose = igraph.Graph.Read_GraphML(str(path))
    assert strict.num_nodes() == loose.vcount() and strict.num_edges() == loose.ecount()
    motions = {data["id"] for data in strict.nodes() if data.get("motion") is True}
    assert motions == {v["id"] for v in loose.vs if v["motion"]}
    assert motions  # every map here has a motion
    assert {data["kind"] for data in strict.edges()} <= {"supports", "rebuts"}
