"""render: the real Graphviz writes SVG, PNG and PDF; without it, how to install it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from diagram_maps import DEBATE

from argmap.cli import cli


@pytest.fixture
def debate(write_map: Callable[..., Path]) -> Path:
    return write_map(DEBATE, name="debate")


@pytest.mark.parametrize(
    ("name", "magic"), [("map.svg", b"<?xml"), ("map.png", b"\x89PNG"), ("map.pdf", b"%PDF")]
)
def test_render_each_format(run, debate, tmp_path, name, magic):
    out = tmp_path / name
    result = run("--map", debate, "render", out, "--color-by", "author")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)


def test_render_svg_draws_every_claim(run, debate, tmp_path):
    out = tmp_path / "focus.svg"
    assert run("--map", debate, "render", out, "--focus", "motion", "--depth", "1").exit_code == 0
    # motion, its three reasons and the legend
    assert out.read_text(encoding="utf-8").count('<g id="node') == 5


def test_render_needs_a_known_suffix(run, debate, tmp_path):
    result = run("--map", debate, "render", tmp_path / "map.gif")
    assert result.exit_code == 1
    assert "name it .svg, .png or .pdf" in result.stderr


def test_render_without_graphviz_says_how_to_install_it(debate, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "NO_COLOR": "1", "ARGMAP_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(
        cli, ["--map", str(debate), "render", str(tmp_path / "m.svg")], env=env
    )
    assert result.exit_code == 1
    assert "apt-get install graphviz" in result.stderr
    assert "brew install graphviz" in result.stderr
    assert not (tmp_path / "m.svg").exists()


def test_html_without_graphviz_still_has_the_outline(debate, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "NO_COLOR": "1", "ARGMAP_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(cli, ["--map", str(debate), "export", "html"], env=env)
    assert result.exit_code == 0
    assert "<svg" not in result.stdout
    assert "No diagram: Graphviz" in result.stdout
    assert "Energy deals bind them." in result.stdout
