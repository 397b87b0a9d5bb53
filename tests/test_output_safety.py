"""Nothing the user wrote is lost: every -o refuses the map's own files, a read-only file and
a folder of other things; writes go through links, whole or not at all; a problem is one line."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from unprivileged import give_away, run_argmap

ESSAY = (
    "Energy deals bind the two states together. Trade between them is still thin, "
    "and that will not change soon. The shared rival pushes them closer every year.\n"
)


@pytest.fixture
def essay(tmp_path: Path) -> Path:
    path = tmp_path / "essay.txt"
    path.write_text(ESSAY, encoding="utf-8")
    return path


def _commands(essay: Path) -> dict[str, list[object]]:
    """Every command that writes a file, without its output path (added last)."""
    return {
        "export json": ["export", "json", "-o"],
        "export dot": ["export", "dot", "-o"],
        "matrix": ["matrix", "--format", "json", "-o"],
        "stances": ["stances", "--format", "csv", "-o"],
        "prep": ["prep", "motion", "--side", "against", "-o"],
        "ingest": ["ingest", essay, "--author", "ann", "--source", "ann-2020", "--force", "-o"],
        "render": ["render"],
    }


COMMANDS = ["export json", "export dot", "matrix", "stances", "prep", "ingest", "render"]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("command", COMMANDS)
def test_no_output_goes_over_a_file_of_the_map(
    command: str, run: Callable[..., Result], small_map: Path, essay: Path, tmp_path: Path
) -> None:
    args = _commands(essay)[command]
    before = _snapshot(small_map)
    # The map's own file; a new .yaml inside the map; a link (named as the command expects)
    # to a file of the map.
    link = tmp_path / ("out.md" if command == "prep" else "out.svg")
    link.symlink_to(small_map / "claims.yaml")
    (small_map / "sub").mkdir()
    targets = [small_map / "claims.yaml", small_map / "sub" / "new.yml", link]
    for target in targets:
        result = run("--map", small_map, *args, target)
        assert result.exit_code == 1, (target, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), lines
        if command not in ("prep", "render") or target == link:  # those two want .md, .svg
            assert lines[0].startswith("error: refusing to write"), lines
        assert "Traceback" not in result.output
    assert _snapshot(small_map) == before
    assert link.is_symlink()


def test_a_hard_link_to_a_map_file_is_refused(
    run: Callable[..., Result], small_map: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "twin.json"
    os.link(small_map / "claims.yaml", twin)
    result = run("--map", small_map, "export", "json", "-o", twin)
    assert result.exit_code == 1
    assert "it is a file of the map being read" in result.stderr


def test_other_files_in_the_map_directory_may_be_written(
    run: Callable[..., Result], small_map: Path
) -> None:
    result = run("--map", small_map, "export", "json", "-o", small_map / "map.json")
    assert result.exit_code == 0, result.output
    assert (small_map / "map.json").read_text().startswith("{")


def test_output_through_a_link_goes_to_its_target_atomically(
    run: Callable[..., Result], small_map: Path, tmp_path: Path
) -> None:
    real = tmp_path / "exports" / "map.dot"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.dot"
    link.symlink_to(real)
    result = run("--map", small_map, "export", "dot", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text().startswith("digraph")
    assert sorted(p.name for p in real.parent.iterdir()) == ["map.dot"]  # no temporary left


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_directory_is_one_line_and_exit_1(
    command: str, run: Callable[..., Result], small_map: Path, essay: Path, tmp_path: Path
) -> None:
    name = "brief.md" if command == "prep" else "out.svg"
    result = run("--map", small_map, *_commands(essay)[command], tmp_path / "missing" / name)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: cannot write")
    assert "No such file or directory" in lines[-1] or "no directory" in lines[-1]
    assert not any(line.startswith("error") for line in lines[:-1])
    assert "Traceback" not in result.output


@pytest.fixture
def reachable() -> Iterator[Path]:
    """A folder everyone may enter (pytest's own are root's alone), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="argmap-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_file_is_not_replaced(small_map: Path, reachable: Path) -> None:
    folder = reachable / "theirs"
    folder.mkdir()
    give_away(folder)
    kept = folder / "kept.json"
    kept.write_text("keep me\n")
    give_away(kept)
    kept.chmod(0o444)
    env = {"ARGMAP_CACHE_DIR": str(folder / "cache")}
    result = run_argmap("--map", small_map, "export", "json", "-o", kept, env=env)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == f"error: cannot write '{kept}': the file is read-only"
    assert kept.read_text() == "keep me\n"
    assert sorted(p.name for p in folder.iterdir()) == ["cache", "kept.json"]
    # A folder the user may not write to: one line too.
    closed = reachable / "closed"
    closed.mkdir(mode=0o755)
    result = run_argmap("--map", small_map, "matrix", "--format", "json", "-o", closed / "m.json")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("Permission denied")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_no_one_may_write_is_refused_even_to_root(
    run: Callable[..., Result], small_map: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "kept.json"
    kept.write_text("keep me\n")
    kept.chmod(0o444)
    result = run("--map", small_map, "export", "json", "-o", kept)
    assert result.exit_code == 1
    assert "the file is read-only" in result.stderr
    assert kept.read_text() == "keep me\n"


def test_a_device_is_written_to_not_replaced(run: Callable[..., Result], small_map: Path) -> None:
    result = run("--map", small_map, "export", "json", "-o", os.devnull)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


# -- Ctrl-C ---------------------------------------------------------------------------------


def test_ctrl_c_while_writing_is_exit_130_one_line_and_no_file(
    run: Callable[..., Result], small_map: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.replace

    def interrupted(*args: Any, **kwargs: Any) -> None:
        if kwargs:  # the cache's own writes
            return real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr("argmap.files.os.replace", interrupted)
    out = tmp_path / "out" / "map.json"
    out.parent.mkdir()
    result = run("--map", small_map, "export", "json", "-o", out)
    assert result.exit_code == 130
    assert result.stderr == "interrupted\n"
    assert list(out.parent.iterdir()) == []  # neither the file nor a temporary


def test_ctrl_c_stops_a_long_drawing_with_exit_130(small_map: Path, tmp_path: Path) -> None:
    # A Graphviz that takes its time, and says when it has started.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    started = tmp_path / "started"
    fake = bin_dir / "dot"
    fake.write_text(f"#!/bin/sh\ntouch {started}\nexec sleep 60\n")
    fake.chmod(0o755)
    out = tmp_path / "out"
    out.mkdir()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "ARGMAP_CACHE_DIR": str(tmp_path / "cache"),
        "NO_COLOR": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "argmap", "--map", str(small_map), "export", "html", "-o"]
        + [str(out / "map.html")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert started.exists(), process.communicate()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert stderr == "interrupted\n"
    assert list(out.iterdir()) == []


def test_dev_stdout_is_the_stream_the_shell_opened(small_map: Path, tmp_path: Path) -> None:
    out = tmp_path / "redirected.json"
    with open(out, "w") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "argmap", "--map", str(small_map), "export", "json"]
            + ["-o", "/dev/stdout"],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "ARGMAP_CACHE_DIR": str(tmp_path / "cache")},
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert out.read_text().startswith("{")
    assert stat.S_ISLNK(os.lstat("/dev/stdout").st_mode)  # still the link it was
