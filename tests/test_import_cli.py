"""`argmap import` on the command line: writing the map directory, refusing to overwrite."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

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


def test_force_replaces_only_a_directory_of_map_files(run: Callable, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "project"
    (out / ".git").mkdir(parents=True)
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (out / "notes.md").write_text("my notes\n")
    (out / "texts").mkdir()
    (out / "texts" / "001.txt").write_text("a source text\n")
    (out / "claims.yaml").write_text("claims: []\n")
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    result = run("import", "kialo", DATA / "cars.txt", "-o", out, "--force")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        (
            f"error: '{out}' holds more than map files: .git/, notes.md, texts/; --force "
            "replaces only a directory of map files: move the rest out or import into a new "
            "directory"
        )
    ]
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    # Map files in folders of their own are map files too.
    maps = tmp_path / "maps"
    (maps / "old").mkdir(parents=True)
    (maps / "old" / "a.yml").write_text("claims: []\n")
    assert run("import", "kialo", DATA / "cars.txt", "-o", maps, "--force").exit_code == 0
    assert sorted(p.name for p in maps.iterdir()) == ["claims.yaml"]


def test_importing_into_the_current_directory(
    run: Callable,  # type: ignore[type-arg]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert run("import", "kialo", DATA / "cars.txt", "-o", ".").exit_code == 0  # empty: filled
    assert sorted(p.name for p in here.iterdir()) == ["claims.yaml"]
    result = run("import", "kialo", DATA / "cars.txt", "-o", ".", "--force")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: '.' holds the current directory; import into a new directory, "
        "or run from outside it"
    )
    assert sorted(p.name for p in here.iterdir()) == ["claims.yaml"]


def test_an_import_never_goes_into_the_map_being_read(
    run: Callable,  # type: ignore[type-arg]
    small_map: Path,
) -> None:
    before = sorted(p.name for p in small_map.iterdir())
    for out in (small_map, small_map / "imported", small_map.parent):
        result = run("--map", small_map, "import", "kialo", DATA / "cars.txt", "-o", out, "--force")
        assert result.exit_code == 1, out
        assert "refusing to write" in result.stderr and "map being read" in result.stderr
    assert sorted(p.name for p in small_map.iterdir()) == before


def test_an_import_that_would_fail_check_writes_nothing(
    run: Callable,  # type: ignore[type-arg]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Files so small that every claim alone is over the size limit for one map file.
    monkeypatch.setenv("ARGMAP_MAX_FILE_MB", "0.0001")
    out = tmp_path / "cars"
    result = run("import", "kialo", DATA / "cars.txt", "-o", out)
    assert result.exit_code == 1
    assert "[file-too-large]" in result.stderr
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(
            f"error: nothing written to {out}: the imported map would fail 'argmap check' with"
        )
    )
    assert not out.exists()
    assert not list(tmp_path.glob(".cars*"))


def test_a_named_pipe_is_refused_not_waited_on(run: Callable, tmp_path: Path) -> None:  # type: ignore[type-arg]
    pipe = tmp_path / "map.json"
    os.mkfifo(pipe)
    result = run("import", "aif", pipe, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: cannot read '{pipe}': it is a named pipe, not a regular file"
    )


def test_a_file_too_large_to_import_in_memory_is_refused_with_a_message(
    run: Callable,  # type: ignore[type-arg]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ARGMAP_MAX_IMPORT_MB", "0.001")  # about 1 KB
    result = run("import", "aif", DATA / "dialogue.json", "-o", tmp_path / "out")
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot import '{DATA / 'dialogue.json'}': it is ")
    assert "split the file, or raise $ARGMAP_MAX_IMPORT_MB" in line
    assert not (tmp_path / "out").exists()
