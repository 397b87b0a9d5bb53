"""The pro/con outline and the tree command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from diagram_helpers import golden
from diagram_maps import DEBATE

from argmap.outline import map_outline, outline, walk

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def debate(write_map: Callable[..., Path]) -> Path:
    return write_map(DEBATE, name="debate")


def rows(tree):
    return [(n.number, n.relation, n.claim, n.repeat_of, n.hidden) for n in walk(tree)]


class TestOutline:
    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        g.add_edge("pro", "m", kind="supports")
        g.add_edge("con", "m", kind="rebuts")
        g.add_edge("pro", "con", kind="rebuts")  # pro is met again under con
        g.add_edge("con", "pro", kind="rebuts")  # and con under pro: a cycle
        return g

    def test_pros_before_cons_and_repeats_point_back(self):
        assert rows(outline(self.graph(), "m")) == [
            ("1", None, "m", None, 0),
            ("1.1", "Pro", "pro", None, 0),
            ("1.1.1", "Con", "con", None, 0),
            ("1.1.1.1", "Con", "pro", "1.1", 0),
            ("1.2", "Con", "con", "1.1.1", 0),
        ]

    def test_depth_counts_what_it_leaves_out(self):
        assert rows(outline(self.graph(), "m", depth=1)) == [
            ("1", None, "m", None, 0),
            ("1.1", "Pro", "pro", None, 1),
            ("1.2", "Con", "con", None, 1),
        ]

    def test_the_root_reached_again_is_a_repeat(self):
        g = nx.DiGraph()
        g.add_edge("a", "b", kind="supports")
        g.add_edge("b", "a", kind="rebuts")
        assert rows(outline(g, "a")) == [
            ("1", None, "a", None, 0),
            ("1.1", "Con", "b", None, 0),
            ("1.1.1", "Pro", "a", "1", 0),
        ]

    def test_map_outline_starts_from_motions_and_covers_cycles(self):
        g = nx.DiGraph()
        g.add_node("z-motion", motion=True)
        g.add_node("a-conclusion", motion=False)
        g.add_edge("x", "y", kind="supports")  # x and y only lead to each other
        g.add_edge("y", "x", kind="supports")
        trees = map_outline(g)
        assert [(t.number, t.claim) for t in trees] == [
            ("1", "z-motion"),
            ("2", "a-conclusion"),
            ("3", "x"),
        ]
        assert [n.claim for n in walk(trees)].count("x") == 2  # once, and once as a repeat

    def test_a_long_chain_needs_no_recursion(self):
        g = nx.DiGraph()
        nx.add_path(g, [str(i) for i in range(3000)], kind="supports")
        assert len(list(walk(outline(g, "2999")))) == 3000


def test_tree_marks_signs_authors_and_repeats(run, debate):
    result = run("--map", debate, "tree", "motion")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 motion: The two states will form an alliance.")
    assert any("1.1 + Energy deals bind them." in line for line in lines)
    assert any("held by Cy Cole, Ann Archer" in line for line in lines)
    assert any("1.3 − Trade between them is thin." in line for line in lines)
    assert any("1.3.1 − ↪ see 1.1: Energy deals bind them." in line for line in lines)
    assert sum("Energy deals bind them." in line for line in lines) == 2  # not expanded again


def test_tree_shows_grounded_label_and_strength(run, debate):
    out = run("--map", debate, "tree", "motion").stdout
    # deals-stall is rebutted by an unattacked claim: out.
    assert "The energy deals keep stalling. [out " in out
    assert "Stalls are normal in energy talks. [in " in out


def test_tree_depth(run, debate):
    out = run("--map", debate, "tree", "motion", "--depth", "1").stdout
    assert "stalling" not in out
    assert "1 more below" in out


def test_tree_markdown_matches_golden(run, debate, update_golden):
    result = run("--map", debate, "tree", "motion", "--format", "markdown")
    golden(GOLDEN / "debate-tree.md", result.stdout, update_golden)
    assert "  - 1.3. Con: Trade between them is thin." in result.stdout
    assert "    - 1.3.1. Con: -> See 1.1." in result.stdout


def test_tree_json(run_json, debate):
    data = run_json("--map", debate, "tree", "motion", "--depth", "1")
    assert [(c["number"], c["relation"], c["id"]) for c in data["children"]] == [
        ("1.1", "Pro", "energy-deals"),
        ("1.2", "Pro", "shared-threat"),
        ("1.3", "Con", "weak-trade"),
    ]
    assert data["children"][0]["hidden"] == 1


def test_tree_unknown_claim(run, debate):
    result = run("--map", debate, "tree", "motoin")
    assert result.exit_code == 1
    assert "did you mean 'motion'?" in result.stderr
