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
from markdown_it import MarkdownIt
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


def _outline_items(markdown: str) -> tuple[list[str], list[str]]:
    """The block tokens of a CommonMark parse, and the text of every list item."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    items = [
        tokens[i + 2].content
        for i, t in enumerate(tokens)
        if t.type == "list_item_open" and tokens[i + 2].type == "inline"
    ]
    return [t.type for t in tokens], items


def test_markdown_outline_is_one_nested_bullet_list(run: Callable[..., Any], any_map: Path) -> None:
    out = export(run, any_map, "markdown")
    types, items = _outline_items(out)
    assert "ordered_list_open" not in types  # no "- 1. " read as a numbered list in a bullet
    top_level = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(top_level) >= 1 and out.count("\n\n- ") == 1  # one list, not one per tree
    outline = [line for line in out.splitlines() if line.lstrip().startswith("- ")]
    assert len(items) == len(outline)  # every line is one item, none swallowed
    # Each item starts with its Kialo number, "1." or "1.2.3." as the reader shows it.
    numbers = [item.replace("\\", "").split(" ", 1)[0] for item in items]
    assert all(re.fullmatch(r"(\d+\.)+", number) for number in numbers), numbers[:5]


def test_markdown_links_stay_links(run: Callable[..., Any], write_map: Callable[..., Path]) -> None:
    root = write_map(
        {
            "c.yaml": "claims:\n  - id: m\n    text: 'See [the report](https://example.org/r_1) "
            "on *trade* and https://example.org/a_b'\n    motion: true\n"
        }
    )
    tokens = MarkdownIt("commonmark").parse(export(run, root, "markdown"))
    inline = next(t for t in tokens if t.type == "inline" and "report" in t.content)
    children = inline.children or []
    links = [t.attrs["href"] for t in children if t.type == "link_open"]
    assert links == ["https://example.org/r_1"]
    text = "".join(t.content for t in children if t.type == "text")
    assert "*trade*" in text and "https://example.org/a_b" in text  # not emphasis
