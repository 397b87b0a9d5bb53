"""Shared fixtures: a CliRunner with a pinned terminal, and small maps written to tmp_path."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from argmap.cli import cli

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_MAP = ROOT / "claims"
SEEDS = ROOT.parent / "shared" / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files.")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test caches parsed maps in its own tmp_path, never in the user's cache."""
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def write_map(tmp_path: Path) -> Callable[..., Path]:
    """write_map({"a.yaml": "...yaml..."}) -> the map directory (texts are dedented)."""

    def write(files: dict[str, str], name: str = "map") -> Path:
        root = tmp_path / name
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        root.mkdir(exist_ok=True)
        return root

    return write


TWO_AUTHORS = (
    "authors: [{id: pia, name: Pia Quist}, {id: cal, name: Cal Stone}]\n"
    "sources: [{id: pia-1, author: pia, title: P}, {id: cal-1, author: cal, title: C}]\n"
)


@pytest.fixture
def two_author_map(write_map: Callable[..., Path]) -> Callable[[list[str]], Path]:
    """two_author_map(["  - {id: a, ...}", ...]) -> a map of those claims by pia and cal."""

    def write(claims: list[str]) -> Path:
        return write_map(
            {"people.yaml": TWO_AUTHORS, "claims.yaml": "\n".join(["claims:", *claims]) + "\n"}
        )

    return write


@pytest.fixture
def run(tmp_path: Path) -> Callable[..., Result]:
    """run("--map", dir, "stats") -> click Result; pinned width, no colour, private cache."""
    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1", "ARGMAP_CACHE_DIR": str(tmp_path / "cache")}

    def invoke(*args: Any, input: str | None = None) -> Result:
        return runner.invoke(
            cli, [str(a) for a in args], env=env, input=input, catch_exceptions=False
        )

    return invoke


@pytest.fixture
def run_json(run: Callable[..., Result]) -> Callable[..., Any]:
    """run_json(args...) -> the parsed JSON of a command that must succeed."""

    def invoke(*args: Any) -> Any:
        result = run(*args, "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return invoke


SMALL_MAP = {
    "people.yaml": """\
        authors:
          - id: ann
            name: Ann Archer
          - id: bob
            name: Bob Baker
            affiliation: Example University
        sources:
          - id: ann-2020
            author: ann
            title: Ann's essay
            date: 2020
          - id: bob-2021
            author: bob
            title: Bob's reply
            date: 2021-05
        """,
    "claims.yaml": """\
        claims:
          - id: motion
            text: The two states will form an alliance.
            tags: [alliance]
            denied_by:
              - author: bob
                quote: no alliance is coming
          - id: shared-threat
            text: Both states face the same rival.
            tags: [alliance, security]
            held_by:
              - author: ann
                quote: they face one rival
            supports: [motion]
          - id: weak-trade
            text: Trade between them is thin.
            tags: [economy]
            held_by:
              - author: bob
                quote: trade is thin
            rebuts: [motion]
          - id: energy-deals
            text: Energy deals bind them.
            tags: [economy, energy]
            held_by:
              - author: ann
                quote: energy deals bind them
            rebuts: [weak-trade]
        """,
}


@pytest.fixture
def small_map(write_map: Callable[..., Path]) -> Path:
    """Two authors on opposite sides of one motion."""
    return write_map(SMALL_MAP)
