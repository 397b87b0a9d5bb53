"""`argmap import`: other tools' maps (AIF, Kialo, Argdown JSON) and argmap's own exports
(JSON, GraphML) into a map directory."""

from __future__ import annotations

import click

from argmap.cli.context import AppContext

# The names of argmap.importers.IMPORTERS, spelled out so that --help need not import them.
IMPORT_FORMATS = ("aif", "kialo", "argdown-json", "argdown", "json", "graphml")


@click.command("import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(IMPORT_FORMATS))
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="The map directory to write.",
)
@click.option("--force", is_flag=True, help="Replace DIR even if it is not empty.")
@click.pass_obj
def import_map(app: AppContext, fmt: str, file: str, out_dir: str, force: bool) -> None:
    """Import an AIF, Kialo, Argdown, JSON or GraphML map into a new map directory.

    FORMAT is aif (AIF or xAIF JSON, as AIFdb, OVA and argmap export it), kialo
    (Kialo's plain-text export), argdown-json or argdown (what `argdown json`
    writes), json (what `argmap export json` writes) or graphml (`argmap export
    graphml`, or another tool's GraphML). What could not be carried over is
    printed as warnings naming the node or line it came from; the written map is
    then checked, and any check warnings are counted.

    \b
    Example:
      argmap import aif nodeset10343.json -o us2016/
      argmap import kialo should-hate-speech-be-illegal.txt -o hate-speech/ --force
      argmap export json -o map.json && argmap import json map.json -o copy/
      argmap --map us2016/ matrix
    """
    from argmap.check import check_map
    from argmap.errors import Severity
    from argmap.importers import import_file
    from argmap.load import load_map
    from argmap.load.write_map import write_map
    from argmap.wording import plural

    imported = import_file(fmt, file)
    for warning in imported.warnings:
        app.err.print(str(warning), style="yellow", soft_wrap=True)
    write_map(
        imported.argmap,
        out_dir,
        origin=f"{fmt} file {click.format_filename(file, shorten=True)}",
        force=force,
    )
    argmap = imported.argmap
    diagnostics = check_map(load_map(out_dir, use_cache=False))
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    for error in errors:
        app.err.print(str(error), style="red", soft_wrap=True)
    app.err.print(
        f"imported {plural(len(argmap.claims), 'claim')}, {plural(len(argmap.edges()), 'edge')}, "
        f"{plural(len(argmap.authors), 'author')}, {plural(len(argmap.stances()), 'stance')} "
        f"into {out_dir}; {plural(len(imported.warnings), 'import warning')}; "
        f"check: {plural(len(errors), 'error')}, "
        f"{plural(len(diagnostics) - len(errors), 'warning')}",
        soft_wrap=True,
    )
    if errors:
        raise click.exceptions.Exit(1)
