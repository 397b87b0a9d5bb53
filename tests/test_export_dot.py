"""export dot and render: real Graphviz draws every DOT the suite writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from conftest import BUNDLED_MAP
from diagram_helpers import draw, drawn_text, golden, node_titles
from diagram_maps import DEBATE, HOSTILE

GOLDEN = Path(__file__).parent / "golden"
DEBATE_CLAIMS = [
    "deals-stall",
    "energy-deals",
    "lone",
    "motion",
    "shared-threat",
    "stalls-are-normal",
    "weak-trade",
]


@pytest.fixture
def debate(write_map: Callable[..., Path]) -> Path:
    return write_map(DEBATE, name="debate")


def dot_of(run: Callable[..., Result], map_dir: Path, *options: str) -> str:
    result = run("--map", map_dir, "export", "dot", *options)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_debate_dot_matches_golden(run, debate, update_golden):
    golden(GOLDEN / "debate.dot", dot_of(run, debate), update_golden)


def test_same_map_same_bytes(run, debate, write_map):
    # The same map written again in another place, files in another order, gives the same DOT.
    again = write_map(dict(reversed(list(DEBATE.items()))), name="again")
    assert dot_of(run, debate, "--color-by", "author") == dot_of(run, again, "--color-by", "author")


@pytest.mark.parametrize(
    ("options", "claims"),
    [
        ((), DEBATE_CLAIMS),
        (("--color-by", "author", "--cluster-by", "author"), DEBATE_CLAIMS),
        (("--color-by", "tag", "--cluster-by", "tag", "--rankdir", "LR"), DEBATE_CLAIMS),
        (("--color-by", "status"), DEBATE_CLAIMS),
        (("--color-by", "none", "--cluster-by", "none", "--rankdir", "BT"), DEBATE_CLAIMS),
        # one link from energy-deals: what it rebuts and supports, and its rebuttal
        (
            ("--focus", "energy-deals", "--depth", "1"),
            ["deals-stall", "energy-deals", "motion", "weak-trade"],
        ),
        (("--focus", "stalls-are-normal", "--depth", "0"), ["stalls-are-normal"]),
        # Ann's claims, and the motion that links two of them
        (("--author", "ann"), ["energy-deals", "motion", "shared-threat"]),
        (
            ("--author", "bob", "--author", "cy"),
            ["deals-stall", "energy-deals", "lone", "motion", "stalls-are-normal", "weak-trade"],
        ),
        # the economy claims, and the motion two of them bear on
        (("--tag", "economy"), ["deals-stall", "energy-deals", "motion", "weak-trade"]),
    ],
)
def test_every_option_draws_one_node_per_claim(run, debate, options, claims):
    svg = draw(dot_of(run, debate, *options))
    assert node_titles(svg) == sorted([*claims, "_legend"])


def test_supports_and_rebuts_look_different_without_colour(run, debate):
    dot = dot_of(run, debate)
    assert '"shared-threat" -> "motion" [color="#2e7d32", arrowhead=normal' in dot
    assert '"weak-trade" -> "motion" [color="#c62828", style=dashed, arrowhead=tee' in dot


def test_motion_and_focus_are_set_apart(run, debate):
    dot = dot_of(run, debate, "--focus", "energy-deals")
    motion = next(line for line in dot.splitlines() if line.startswith('  "motion" ['))
    focus = next(line for line in dot.splitlines() if line.startswith('  "energy-deals" ['))
    assert "MOTION" in motion and "bold" in motion
    assert "penwidth=3" in focus


def test_colour_by_author_stripes_a_shared_claim_and_names_authors_in_the_legend(run, debate):
    svg = draw(dot_of(run, debate, "--color-by", "author"))
    dot = dot_of(run, debate, "--color-by", "author")
    shared = next(line for line in dot.splitlines() if line.startswith('  "energy-deals" ['))
    assert "striped" in shared  # held by Cy and Ann
    assert "fill: who holds it" in drawn_text(svg)
    assert "Ann Archer" in drawn_text(svg)


def test_clusters_hold_claims_of_one_author_only(run, debate):
    dot = dot_of(run, debate, "--cluster-by", "author")
    clusters = dot.split('subgraph "cluster_author_')[1:]
    assert [c.split('"')[0] for c in clusters] == ["ann", "bob", "cy"]
    assert all('"energy-deals";' not in c for c in clusters)  # two holders: outside


def test_hostile_text_comes_out_as_written(run, write_map):
    svg = draw(dot_of(run, write_map(HOSTILE)))
    assert node_titles(svg) == [
        "_legend",
        "emoji",
        "end",
        "graph",
        "long",
        "node",
        "rtl-text",
        "subgraph",
    ]
    text = drawn_text(svg)
    for fragment in [
        'He said "no" and left \\ a',
        "<b>not bold</b> & <br/> {braces} [brackets] |pipes|",
        "-> arrows --> x",
        "&amp; &#x27; &lt; \\N \\G \\l %s %d {0} ${x} $(x) ]] ]]>",  # not substituted by dot
        "two\\n not a newline;",
        "العربية",
        "🐻",
        'Dr. O\'Brien "The <Hammer>" & {Sons}',
    ]:
        assert fragment in text
    assert "…" in text  # the very long text is cut, and the tooltip keeps all of it
    assert "with many words " * 100 + "https://example.org/" + "x" * 200 in svg


def test_bundled_map_loads_and_renders(run, tmp_path):
    out = tmp_path / "map.svg"
    result = run("--map", BUNDLED_MAP, "render", out)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count('<g id="node') >= 2


def test_unknown_names_get_did_you_mean(run, debate):
    for args, message in [
        (("--focus", "motoin"), "unknown claim 'motoin' — did you mean 'motion'?"),
        (("--author", "annn"), "unknown author 'annn' — did you mean 'ann'?"),
        (("--tag", "econmy"), "unknown tag 'econmy' — did you mean 'economy'?"),
        (("--depth", "2"), "--depth needs --focus"),
    ]:
        result = run("--map", debate, "export", "dot", *args)
        assert result.exit_code == 1
        assert message in result.stderr
