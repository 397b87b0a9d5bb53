"""The click group: global options, lazy loading of commands, errors turned into messages."""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING, Any

import click

from argmap import __version__
from argmap.cli.context import AppContext

if TYPE_CHECKING:
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

# The first paragraph of each command's help, which `argmap --help` lists: with these it needs
# to import none of the command modules (tests/test_startup.py keeps them equal to the help).
SUMMARIES = {
    "overview": "One screen: what the map holds, who agrees with whom, the most contested claims, camps.",
    "check": "Validate the map: syntax, types, references, conflicts, quotes.",
    "stats": "Counts: authors, sources, claims, edges, stances, per author.",
    "list": "Claims, filtered by author, tag or text.",
    "show": "One claim: who holds or denies it (with quotes), what it supports and rebuts.",
    "authors": "Authors, their sources, and how many claims each holds and denies.",
    "search": "Claims and quotes matching all the WORDS, best first.",
    "schema": "Print the JSON Schema of the map format (for editors' YAML language server).",
    "compare": "Two authors: per motion their verdicts and reasons, then every item with quotes.",
    "crux": "The claims that decide where two authors part on a motion, most influential first.",
    "matrix": "The author × author agreement scores, each with its n (the claims it rests on).",
    "contested": "Claims with authors on both sides, most contested first, with who stands where and why.",
    "camps": "Authors grouped into camps; how stable each camp is; bridges and divisive claims.",
    "stances": "The author × claim table: + holds, − denies; with --derived, every position.",
    "tree": "The pro/con tree under a claim: + supporters, − rebuttals, with their authors.",
    "export": "Write the map as dot, json, graphml, mermaid, markdown, html and more.",
    "render": "Draw the map with Graphviz into an SVG, PNG or PDF file.",
    "evaluate": "Which claims stand: labels, extensions or strengths under a semantics.",
    "prep": "A debate brief for one side of a motion: case, attacks, answers, quotes, sources.",
    "drill": "Practise: answer the other side's attacks one by one; see which of the map's answers yours resembles, and the map's answers.",
    "import": "Import an AIF, Kialo, Argdown, JSON or GraphML map into a new map directory.",
    "quote": "The passages of a source text that best show a claim, verbatim, with line numbers.",
    "ingest": "A draft map file from a new article: candidate claims with verbatim quotes.",
}  # fmt: skip

# The exit code of a command stopped by Ctrl-C (SIGINT), as shells report it: 128 + 2.
INTERRUPTED = 130


class ArgmapGroup(click.Group):
    """Loads commands on demand and turns an ArgmapError into a message and exit code 1, and
    Ctrl-C into one line and exit code 130."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, from SUMMARIES: no command module is imported."""
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        rows = []
        for name in COMMANDS:
            summary = SUMMARIES.get(name)
            if summary is None:  # a command without a summary yet: ask the command itself
                command = self.get_command(ctx, name)
                rows.append((name, command.get_short_help_str(limit) if command else ""))
            else:
                rows.append((name, click.Command(name, help=summary).get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return with_global_options(command)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        ctx.meta["argmap.args"] = list(args)
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
        except click.UsageError as error:
            if not _wants_json(ctx):
                raise
            from argmap.cli.messages import usage_document
            from argmap.files import dump_json

            click.echo(dump_json(usage_document(error)), nl=False)
            error.show()
            ctx.exit(error.exit_code)
        except Exception as error:
            # Imported only now, so that `argmap --help` does not import argmap.errors.
            from argmap.errors import ArgmapError

            if not isinstance(error, ArgmapError):
                raise
            _refuse(ctx, error)


def _wants_json(ctx: click.Context) -> bool:
    """Whether the command line asks for ``--format json`` (read from the words typed, so that
    a refusal before the command's options are parsed is answered in JSON too)."""
    args = ctx.meta.get("argmap.args", [])
    for k, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--format=json" or (arg == "--format" and args[k + 1 : k + 2] == ["json"]):
            return True
    return False


def _refuse(ctx: click.Context, error: ArgmapError) -> None:
    """``error`` as one line on stderr (and, with --format json, a JSON document on stdout);
    exit 1. A map with errors shows the first of them too."""
    from argmap.cli.messages import describe, error_document
    from argmap.errors import MapHasErrors

    app = ctx.find_object(AppContext)
    message = f"error: {describe(error)}"
    wants_json = _wants_json(ctx)
    if wants_json:
        from argmap.files import dump_json

        click.echo(dump_json(error_document(error)), nl=False)
    if app is None:
        click.echo(message, err=True)
    else:
        if isinstance(error, MapHasErrors) and not wants_json:
            for diagnostic in error.errors[:ERRORS_SHOWN]:
                app.err.print(str(diagnostic), soft_wrap=True)
        app.err.print(message, style="bold red", soft_wrap=True)
    ctx.exit(1)


MAP_HELP = "The map directory (or $ARGMAP_MAP)."
NO_COLOR_HELP = "No colours (NO_COLOR is respected too)."
NO_CACHE_HELP = "Read every map file again, ignoring the cache."


def _set_global(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """Store a global option given after the command name on the invocation's AppContext."""
    app = ctx.find_object(AppContext)
    if app is None or value is None or value is False:
        return
    if param.name == "map_dir":
        app.map_dir = value
    elif param.name == "no_color":
        app.color = False
    elif param.name == "no_cache":
        app.use_cache = False


def _global_options() -> list[click.Parameter]:
    """``--map``, ``--no-color`` and ``--no-cache`` as a command takes them after its name.

    They only override: the group's own options (and $ARGMAP_MAP) give the defaults.
    """
    common: dict[str, Any] = {"expose_value": False, "is_eager": True, "callback": _set_global}
    return [
        click.Option(["--map", "map_dir"], metavar="DIR", help=MAP_HELP, **common),
        click.Option(["--no-color"], is_flag=True, default=None, help=NO_COLOR_HELP, **common),
        click.Option(["--no-cache"], is_flag=True, default=None, help=NO_CACHE_HELP, **common),
    ]


def with_global_options(command: click.Command) -> click.Command:
    """``command`` taking the global options after its name too (added once)."""
    names = {p.name for p in command.params}
    command.params.extend(p for p in _global_options() if p.name not in names)
    return command


@click.group(cls=ArgmapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="argmap")
@click.option(
    "--map",
    "map_dir",
    metavar="DIR",
    envvar="ARGMAP_MAP",
    default="claims",
    show_default=True,
    help=MAP_HELP,
)
@click.option("--no-color", is_flag=True, help=NO_COLOR_HELP)
@click.option("--no-cache", is_flag=True, help=NO_CACHE_HELP)
@click.pass_context
def cli(ctx: click.Context, map_dir: str, no_color: bool, no_cache: bool) -> None:
    """Map who claims what, and where authors agree and disagree.

    \b
    Example:
      argmap overview
      argmap --map my-map/ check --strict
      argmap matrix --map my-map/ --no-color   # global options after the command too
    """
    ctx.obj = AppContext(map_dir=map_dir, color=not no_color, use_cache=not no_cache)


def main() -> None:
    """Console-script entry point."""
    # No automatic garbage collection in a command run. A command builds its data once and
    # keeps nearly all of it to the end (the map, the graph, the analyses' data), and that data
    # holds almost no reference cycles; the collector nevertheless walked all of it again and
    # again as it grew, the more often the larger the map. Without it the peak memory is the
    # same: hardly anything a command drops is cyclic garbage. (A program that uses argmap as a
    # library keeps its collector: the workspace freezes the map and the graph out of its sight.)
    gc.disable()
    cli(prog_name="argmap", windows_expand_args=False, auto_envvar_prefix=None)


__all__ = ["COMMANDS", "INTERRUPTED", "SUMMARIES", "cli", "main", "with_global_options"]
