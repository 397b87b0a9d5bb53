"""export json, graphml, mermaid, markdown, html: what other tools read back."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from diagram_helpers import golden
from diagram_maps import DEBATE, HOSTILE

GOLDEN = Path(__file__).parent / "golden"
EDGES = {
    ("deals-stall", "energy-deals", "rebuts"),
    ("energy-deals", "motion", "supports"),
    ("energy-deals", "weak-trade", "rebuts"),
    ("shared-threat", "motion", "supports"),
    ("stalls-are-normal", "deals-stall", "rebuts"),
    ("weak-trade", "motion", "rebuts"),
}
NODES = {
    "deals-stall",
    "energy-deals",
    "lone",
    "motion",
    "shared-threat",
    "stalls-are-normal",
    "weak-trade",
}


@pytest.fixture
def debate(write_map: Callable[..., Path]) -> Path:
    return write_map(DEBATE, name="debate")


def export(run, map_dir, *args):
    result = run("--map", map_dir, "export", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_reads_back_in_networkx(run, debate):
    data = json.loads(export(run, debate, "json"))
    assert (data["format"], data["version"]) == ("argmap-graph", 1)
    g = nx.node_link_graph(data, directed=True, multigraph=False, edges="edges")
    assert set(g.nodes) == NODES
    assert {(u, v, k) for u, v, k in g.edges(data="kind")} == EDGES
    energy = g.nodes["energy-deals"]
    assert energy["held_by"] == ["cy", "ann"] and energy["tags"] == ["economy"]
    assert energy["stances"][1] == {
        "author": "ann",
        "side": "holds",
        "quote": "energy binds",
        "source": None,
        "note": None,
    }
    assert [a["name"] for a in data["authors"]] == ["Ann Archer", "Bob Baker", "Cy Cole"]


def test_json_focus(run, debate):
    data = json.loads(export(run, debate, "json", "--focus", "lone", "--depth", "3"))
    assert [n["id"] for n in data["nodes"]] == ["lone"] and data["edges"] == []


def test_graphml_reads_back_in_networkx(run, debate):
    g = nx.read_graphml(io.BytesIO(export(run, debate, "graphml").encode("utf-8")))
    assert set(g.nodes) == NODES
    assert {(u, v, k) for u, v, k in g.edges(data="kind")} == EDGES
    assert g.nodes["energy-deals"]["label"] == "Energy deals bind them."
    assert g.nodes["energy-deals"]["held_by"] == "cy, ann"
    assert g.nodes["motion"]["motion"] is True


def test_hostile_text_survives_json_and_graphml(run, write_map):
    hostile = write_map(HOSTILE)
    data = json.loads(export(run, hostile, "json"))
    texts = {n["id"]: n["text"] for n in data["nodes"]}
    assert texts["node"] == 'He said "no" and left \\ a backslash at the end \\'
    assert (
        texts["subgraph"] == "line one\nline two\\n not a newline; *stars* _under_ `code` #hash\n"
    )
    g = nx.read_graphml(io.BytesIO(export(run, hostile, "graphml").encode("utf-8")))
    assert g.nodes["end"]["text"].startswith("<b>not bold</b> & <br/> {braces}")
    assert g.nodes["emoji"]["text"] == "🐻‍❄️ bears 🇨🇳🇷🇺 and a bell and a tab here"  # no \a


def test_mermaid_flowchart(run, debate):
    out = export(run, debate, "mermaid")
    lines = out.splitlines()
    assert lines[0] == "flowchart BT"
    assert (
        '    c_motion(["<b>MOTION</b><br/>The two states will form an alliance.'
        '<br/><small>− Bob Baker</small>"])' in lines
    )
    assert "    c_shared_threat -->|supports| c_motion" in lines
    assert "    c_weak_trade -.->|rebuts| c_motion" in lines
    assert sum(line.startswith("    linkStyle ") for line in lines) == len(EDGES)


def test_mermaid_hostile_labels_have_no_raw_syntax(run, write_map):
    out = export(run, write_map(HOSTILE), "mermaid")
    for line in out.splitlines()[1:]:
        if '["' in line:
            inside = line.split('["', 1)[1].rsplit('"]', 1)[0]
            assert '"' not in inside
            assert "<" not in inside.replace("<br/>", "").replace("<small>", "").replace(
                "</small>", ""
            ).replace("<b>", "").replace("</b>", "")
    assert "    c_end([" in out  # 'end' would close the flowchart; the prefix keeps it an id


def test_markdown_outline_matches_golden(run, debate, update_golden):
    golden(GOLDEN / "debate-outline.md", export(run, debate, "markdown"), update_golden)


def test_markdown_escapes_text(run, write_map):
    out = export(run, write_map(HOSTILE), "markdown")
    assert "\\*stars\\* \\_under\\_ \\`code\\` \\#hash" in out
    assert "\\<b\\>not bold\\</b\\> \\& \\<br/\\>" in out


def test_html_page_is_self_contained(run, debate, tmp_path):
    page = tmp_path / "map.html"
    result = run("--map", debate, "export", "html", "-o", page)
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert text.count("<svg") == 1 and text.count('class="node"') == len(NODES) + 1
    assert '<a href="#n1.1">1.1.</a>' in text  # the repeat links to where the claim stands
    assert "src=" not in text and "<link" not in text  # nothing to fetch


def test_output_file_is_written_whole(run, debate, tmp_path):
    out = tmp_path / "map.dot"
    result = run("--map", debate, "export", "dot", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == export(run, debate, "dot")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_option_a_format_does_not_take(run, debate):
    result = run("--map", debate, "export", "json", "--color-by", "author")
    assert result.exit_code == 1
    assert "'export json' does not take --color-by" in result.stderr


def test_unwritable_output(run, debate, tmp_path):
    result = run("--map", debate, "export", "dot", "-o", tmp_path / "no" / "such" / "map.dot")
    assert result.exit_code == 1
    assert "cannot write" in result.stderr


@pytest.mark.parametrize("fmt", ["dot", "json", "graphml", "mermaid", "html", "argdown", "aif"])
@pytest.mark.parametrize(
    "choice",
    [("--focus", "lone", "--depth", "1"), ("--author", "cy"), ("--tag", "economy")],
    ids=["focus", "author", "tag"],
)
def test_every_format_draws_only_the_claims_chosen(run, debate, fmt, choice):
    whole = export(run, debate, fmt)
    part = export(run, debate, fmt, *choice)
    left_out = "Both states face the same rival"  # the text of shared-threat
    assert left_out in whole and left_out not in part
    assert len(part) < len(whole)


def test_aif_focus_and_depth_keep_fewer_nodes_than_the_whole_map(run):
    from conftest import BUNDLED_MAP

    whole = json.loads(export(run, BUNDLED_MAP, "aif"))
    part = json.loads(export(run, BUNDLED_MAP, "aif", "--focus", "formal-alliance", "--depth", "1"))
    assert len(part["nodes"]) < len(whole["nodes"])
    claims = {n["nodeID"] for n in part["nodes"] if n["type"] == "I"}
    assert "formal-alliance" in claims and len(claims) > 1


@pytest.mark.parametrize("fmt", ["json", "graphml", "mermaid", "markdown", "argdown", "aif"])
def test_a_style_option_a_format_cannot_honour_is_refused(run, debate, fmt):
    result = run("--map", debate, "export", fmt, "--cluster-by", "tag")
    assert result.exit_code == 1
    assert f"'export {fmt}' does not take --cluster-by; leave it out" in result.stderr
