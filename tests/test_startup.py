"""`argmap --help` stays fast: listing the commands imports none of the heavy libraries."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("networkx", "rich", "yaml", "argmap.load", "argmap.graph")

PROBE = """
import json, sys
from argmap.cli import cli
try:
    cli(sys.argv[1:], prog_name="argmap")
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def imported_by(*args: str) -> list[str]:
    """The heavy modules imported by `argmap ARGS...`, run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return found


def test_help_lists_every_command_without_importing_heavy_libraries() -> None:
    assert imported_by("--help") == []


def test_a_commands_help_imports_nothing_heavy_either() -> None:
    assert imported_by("check", "--help") == []


def test_the_listed_summaries_are_the_commands_own_help() -> None:
    """`--help` lists SUMMARIES without importing the commands: they must say what each says."""
    import click

    from argmap.cli import COMMANDS, SUMMARIES, cli

    ctx = click.Context(cli)
    assert set(SUMMARIES) == set(COMMANDS)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        listed = click.Command(name, help=SUMMARIES[name])
        assert listed.get_short_help_str(1000) == command.get_short_help_str(1000), (
            f"SUMMARIES[{name!r}] in argmap/cli/__init__.py: make it the first paragraph of "
            f"the command's help"
        )
