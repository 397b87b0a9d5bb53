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
from node_parsers import MERMAID, node_parse

from argmap.export.mermaid import MAX_EDGES, MAX_TEXT_SIZE


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


def test_mermaid_parses_every_export(run: Callable[..., Any], any_map: Path) -> None:
    parsed = node_parse(MERMAID, export(run, any_map, "mermaid"))
    assert parsed["ok"], parsed.get("error")
    assert parsed["type"].startswith("flowchart")


def test_mermaid_limits_are_mermaids_own(run: Callable[..., Any]) -> None:
    limits = node_parse(MERMAID, "flowchart BT\n")["limits"]
    assert limits == {"maxTextSize": MAX_TEXT_SIZE, "maxEdges": MAX_EDGES}


def test_mermaid_labels_are_wrapped_by_mermaid_alone(run: Callable[..., Any]) -> None:
    out = export(run, BUNDLED_MAP, "mermaid")
    line = next(x for x in out.splitlines() if x.startswith("    c_alliance_of_equals_possible["))
    assert "great-power politics may revive old-style alliances" in line
    assert line.count("<br/>") == 1  # only before the authors' line


def test_mermaid_past_the_limits_warns_and_says_what_to_do(
    run: Callable[..., Any], write_map: Callable[..., Path]
) -> None:
    claims = ["claims:", "  - id: motion", "    text: The motion.", "    motion: true"]
    for i in range(520):
        claims += [f"  - id: reason-{i}", f"    text: Reason {i} " + "words " * 12]
        claims += ["    supports: [motion]"]
    big = write_map({"claims.yaml": "\n".join(claims) + "\n"})
    result = run("--map", big, "export", "mermaid")
    assert result.exit_code == 0
    assert "maxEdges of 500" in result.stderr and "maxTextSize of 50,000" in result.stderr
    assert "--focus CLAIM --depth N" in result.stderr
    # Mermaid itself refuses what the warning warned about.
    assert not node_parse(MERMAID, result.stdout)["ok"]
    small = run("--map", big, "export", "mermaid", "--focus", "reason-1", "--depth", "1")
    assert small.stderr == "" and node_parse(MERMAID, small.stdout)["ok"]
