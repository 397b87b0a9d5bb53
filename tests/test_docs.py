"""Every command has a one-line summary and an example in --help, and is in the README."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from argmap.cli import COMMANDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_help_has_a_summary_and_an_example(run: Callable[..., Result], command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    summary = result.stdout.split("\n\n")[1].strip()
    assert summary and summary.endswith(".")
    assert "Example:" in result.stdout and f"argmap {command}" in result.stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_is_in_the_readme(command: str) -> None:
    assert f"argmap {command}" in README


def test_main_help_lists_every_command(run: Callable[..., Result]) -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.stdout
