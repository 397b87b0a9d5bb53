"""The click group: global options, lazy loading of commands, errors turned into messages."""

from __future__ import annotations

import importlib
from typing import Any

import click

from argmap import __version__
from argmap.cli.context import AppContext

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


class ArgmapGroup(click.Group):
    """Loads commands on demand and turns an ArgmapError into a message and exit code 1."""

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
        except Exception as error:
            # Imported only now, so that `argmap --help` does not import argmap.errors.
            from argmap.errors import ArgmapError, MapHasErrors

            if not isinstance(error, ArgmapError):
                raise
            from argmap.cli.messages import describe

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
    from argmap.workspace import collect_at_exit_only

    collect_at_exit_only()
    cli(prog_name="argmap", windows_expand_args=False, auto_envvar_prefix=None)


__all__ = ["COMMANDS", "SUMMARIES", "cli", "main"]
