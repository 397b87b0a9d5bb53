"""The command line as a whole: global options anywhere, refusals as JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from argmap.cli import COMMANDS


@pytest.mark.parametrize(
    "args",
    [
        ["--map", "{map}", "--no-color", "--no-cache", "stats"],
        ["stats", "--map", "{map}", "--no-color", "--no-cache"],
        ["--no-cache", "stats", "--map={map}", "--no-color"],
        ["--map", "elsewhere", "stats", "--map", "{map}"],
    ],
    ids=["before", "after", "mixed", "after-overrides-before"],
)
def test_global_options_go_before_or_after_the_command(
    run: Callable[..., Result], small_map: Path, args: list[str]
) -> None:
    result = run(*(a.replace("{map}", str(small_map)) for a in args), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == 4


def test_every_command_takes_the_global_options(run: Callable[..., Result]) -> None:
    for name in COMMANDS:
        help_text = run(name, "--help").stdout
        for option in ("--map DIR", "--no-color", "--no-cache"):
            assert option in help_text, (name, option)


def test_no_color_after_the_command_drops_colour(small_map: Path) -> None:
    from click.testing import CliRunner

    from argmap.cli import cli

    env = {"COLUMNS": "100", "FORCE_COLOR": "1", "NO_COLOR": ""}
    coloured = CliRunner().invoke(cli, ["--map", str(small_map), "matrix"], env=env)
    before = CliRunner().invoke(cli, ["--no-color", "--map", str(small_map), "matrix"], env=env)
    after = CliRunner().invoke(cli, ["matrix", "--map", str(small_map), "--no-color"], env=env)
    assert after.exit_code == 0
    assert "\x1b[36m" in coloured.stdout  # the authors in cyan
    assert "\x1b[36m" not in after.stdout
    assert after.stdout == before.stdout


def test_no_cache_after_the_command_reads_the_files_again(
    run: Callable[..., Result], small_map: Path
) -> None:
    assert run("--map", small_map, "show", "motion").exit_code == 0
    claims = small_map / "claims.yaml"
    # Same size, same modification time: only a read of the file sees the change.
    stat = claims.stat()
    claims.write_text(claims.read_text().replace("The two", "Two the"))
    import os

    os.utime(claims, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert "Two the" in run("show", "motion", "--map", small_map, "--no-cache").stdout


BROKEN = {"a.yaml": "claims:\n  - {id: a, text: A, supports: [b]}\n"}


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["overview"],
        ["list"],
        ["matrix"],
        ["contested"],
        ["stances"],
        ["evaluate"],
        ["show", "a"],
        ["prep", "--motions"],
    ],
)
def test_a_map_with_errors_is_refused_in_json_with_its_diagnostics(
    run: Callable[..., Result], write_map: Callable[..., Path], command: list[str]
) -> None:
    result = run("--map", write_map(BROKEN), *command, "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["errors"] == 1
    (diagnostic,) = document["diagnostics"]
    assert diagnostic["code"] == "dangling-ref"
    assert diagnostic["line"] == 2
    assert "1 error;" in document["error"]
    assert "error:" in result.stderr


def test_an_unknown_id_is_refused_in_json(run: Callable[..., Result], small_map: Path) -> None:
    result = run("--map", small_map, "show", "motoin", "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["unknown"] == {"what": "claim", "name": "motoin", "close": ["motion"]}
    assert "unknown claim 'motoin'" in document["error"]


@pytest.mark.parametrize(
    "args",
    [
        ["matrix", "--level", "nonsense", "--format", "json"],
        ["contested", "--format", "json", "--hops", "0"],
        ["prep", "--format", "json"],
    ],
)
def test_a_bad_option_value_is_refused_in_json_with_exit_2(
    run: Callable[..., Result], small_map: Path, args: list[str]
) -> None:
    result = run("--map", small_map, *args)
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["usage"] is True
    assert document["error"]
    assert "Usage:" in result.stderr


def test_other_errors_are_refused_in_json(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("--map", tmp_path / "nowhere", "stats", "--format=json")
    assert result.exit_code == 1
    assert "does not exist" in json.loads(result.stdout)["error"]


def test_without_json_a_refusal_writes_nothing_on_stdout(
    run: Callable[..., Result], small_map: Path
) -> None:
    result = run("--map", small_map, "show", "motoin")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "did you mean 'motion'" in result.stderr
