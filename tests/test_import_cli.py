"""`argmap import` on the command line: writing the map directory, refusing to overwrite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / "data" / "interchange"


def test_import_writes_a_map_that_checks_and_analyses(run: Callable, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "debate"
    result = run("import", "aif", DATA / "dialogue.json", "-o", out)
    assert result.exit_code == 0, result.output
    assert "node 52 (CA) bears on node 50 (RA)" in result.stderr
    assert "imported 6 claims, 3 edges, 2 authors, 5 stances" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["authors.yaml", "claims.yaml"]
    assert run("--map", out, "check").exit_code == 0
    matrix = run("--map", out, "matrix", "--format", "json")
    # Ann holds taxes, Bob denies it; Ann's schools support it and Bob's growth rebuts it: the
    # same claim every time, so one disagreement, counted once.
    assert '"disagree": 1' in matrix.stdout and '"score": -1.0' in matrix.stdout


def test_refuses_a_non_empty_directory_without_force(run: Callable, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "taken"
    out.mkdir()
    (out / "mine.yaml").write_text("claims: []\n")
    result = run("import", "kialo", DATA / "cars.txt", "-o", out)
    assert result.exit_code == 1 and "--force" in result.stderr
    assert [p.name for p in out.iterdir()] == ["mine.yaml"]
    assert run("import", "kialo", DATA / "cars.txt", "-o", out, "--force").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["claims.yaml"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp dirs left


def test_unreadable_input_is_an_error_naming_the_place(run: Callable, tmp_path: Path) -> None:  # type: ignore[type-arg]
    bad = tmp_path / "bad.json"
    bad.write_text('{"nodes": [\n  {"nodeID": }\n')
    result = run("import", "aif", bad, "-o", tmp_path / "out")
    assert result.exit_code == 1 and f"{bad}:2:" in result.stderr
    assert not (tmp_path / "out").exists()
