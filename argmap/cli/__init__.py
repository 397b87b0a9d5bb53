"""The click group: global options, lazy loading of commands, errors turned into messages."""

from __future__ import annotations

import importlib
from typing import Any

import click

from argmap import __version__
from argmap.cli.context import AppContext
from argmap.errors import ArgmapError

# How many of a broken map's errors a query command prints before pointing at `argmap check`.
ERRORS_SHOWN = 10

# Command name -> "module:function". Modules are imported only when their command runs (or when
# --help lists the commands), so `argmap --help` stays fast.
COMMANDS = {
    "overview": "argmap.cli.query:overview",
    "check": "argmap.cli.check:check",
    "stats": "argmap.cli.query:stats",
    "list": "argmap.cli.query:list_claims",
    "show": "argmap.cli.query:show",
    "authors": "argmap.cli.query:authors",
    "search": "argmap.cli.query:search",
    "schema": "argmap.cli.query:schema",
    # agreement commands
    "compare": "argmap.cli.agreement:compare",
    "crux": "argmap.cli.agreement:crux",
    "matrix": "argmap.cli.agreement:matrix",
    "contested": "argmap.cli.agreement:contested",
    "camps": "argmap.cli.agreement:camps",
    "stances": "argmap.cli.agreement:stances",
    # diagram commands
    "tree": "argmap.cli.diagrams:tree",
    "export": "argmap.cli.diagrams:export",
    "render": "argmap.cli.diagrams:render",
    # semantics commands
    "evaluate": "argmap.cli.evaluate:evaluate",
    # debate commands
    "prep": "argmap.cli.debate:prep",
    "drill": "argmap.cli.debate:drill",
    # interchange commands
    "import": "argmap.cli.interchange:import_map",
    # source-text commands
    "quote": "argmap.cli.sourcetext:quote",
    "ingest": "argmap.cli.sourcetext:ingest",
}


# The exit code of a command stopped by Ctrl-C (SIGINT), as shells report it: 128 + 2.
INTERRUPTED = 130


class ArgmapGroup(click.Group):
    """Loads commands on demand and turns an ArgmapError into a message and exit code 1, and
    Ctrl-C into one line and exit code 130."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            import difflib

            close = difflib.get_close_matches(name, COMMANDS, n=1)
            hint = f" — did you mean '{close[0]}'?" if close else ""
            ctx.fail(f"no command '{name}'{hint} (see 'argmap --help')")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Output files are written whole or not at all (argmap.files.write_atomic), so
            # there is nothing half written to clean up: say so in one line.
            app = ctx.find_object(AppContext)
            if app is not None:
                app.stop_progress()
            import sys

            # On a terminal the line starts after the "^C" the terminal echoed.
            click.echo(("\n" if sys.stderr.isatty() else "") + "interrupted", err=True)
            ctx.exit(INTERRUPTED)
        except ArgmapError as error:
            from argmap.cli.messages import describe
            from argmap.errors import MapHasErrors

            app = ctx.find_object(AppContext)
            message = f"error: {describe(error)}"
            if app is not None:
                if isinstance(error, MapHasErrors):
                    for diagnostic in error.errors[:ERRORS_SHOWN]:
                        app.err.print(str(diagnostic), soft_wrap=True)
                app.err.print(message, style="bold red", soft_wrap=True)
            else:
                click.echo(message, err=True)
            ctx.exit(1)


@click.group(cls=ArgmapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="argmap")
@click.option(
    "--map",
    "map_dir",
    metavar="DIR",
    envvar="ARGMAP_MAP",
    default="claims",
    show_default=True,
    help="The map directory (or $ARGMAP_MAP).",
)
@click.option("--no-color", is_flag=True, help="No colours (NO_COLOR is respected too).")
@click.option("--no-cache", is_flag=True, help="Read every map file again, ignoring the cache.")
@click.pass_context
def cli(ctx: click.Context, map_dir: str, no_color: bool, no_cache: bool) -> None:
    """Map who claims what, and where authors agree and disagree.

    \b
    Example:
      argmap overview
      argmap --map my-map/ check --strict
    """
    ctx.obj = AppContext(map_dir=map_dir, color=not no_color, use_cache=not no_cache)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="argmap", windows_expand_args=False, auto_envvar_prefix=None)


__all__ = ["COMMANDS", "INTERRUPTED", "cli", "main"]
