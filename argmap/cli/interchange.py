"""`argmap import`: other tools' maps (AIF, Kialo, Argdown JSON) and argmap's own exports
(JSON, GraphML) into a map directory."""

from __future__ import annotations

from pathlib import Path

import click

from argmap.cli import ERRORS_SHOWN
from argmap.cli.context import AppContext
from argmap.errors import ArgmapError, Diagnostic, Location, Severity

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
@click.option("--force", is_flag=True, help="Replace DIR if it holds map files (and nothing else).")
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
    from argmap.cli.output import refuse_map_path
    from argmap.importers import import_file
    from argmap.load.write_map import check_target, write_map
    from argmap.wording import plural

    refuse_map_path(out_dir, directory=True)
    check_target(out_dir, force)  # before the import: a large file is read for nothing
    imported = import_file(fmt, file)
    for warning in imported.warnings:
        app.err.print(str(warning), style="yellow", soft_wrap=True)
    warnings: list[Diagnostic] = []

    def accept(staging: Path) -> None:
        """Check the files as written; a map that would fail ``check`` is not written."""
        diagnostics = _checked(staging, out_dir)
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        if errors:
            for error in errors[:ERRORS_SHOWN]:
                app.err.print(str(error), style="red", soft_wrap=True)
            raise ArgmapError(
                f"nothing written to {out_dir}: the imported map would fail 'argmap check' "
                f"with {plural(len(errors), 'error')}"
            )
        warnings.extend(diagnostics)

    write_map(
        imported.argmap,
        out_dir,
        origin=f"{fmt} file {click.format_filename(file, shorten=True)}",
        force=force,
        accept=accept,
    )
    argmap = imported.argmap
    app.err.print(
        f"imported {plural(len(argmap.claims), 'claim')}, {plural(len(argmap.edges()), 'edge')}, "
        f"{plural(len(argmap.authors), 'author')}, {plural(len(argmap.stances()), 'stance')} "
        f"into {out_dir}; {plural(len(imported.warnings), 'import warning')}; "
        f"check: {plural(0, 'error')}, {plural(len(warnings), 'warning')}",
        soft_wrap=True,
    )


def _checked(staging: Path, out_dir: str) -> list[Diagnostic]:
    """``check_map`` of the map files in ``staging``, their places named as in ``out_dir``."""
    from argmap.check import check_map
    from argmap.load import load_map

    inside, shown = str(staging), out_dir.rstrip("/") or "/"
    return [
        Diagnostic(
            Location(d.loc.file.replace(inside, shown, 1), d.loc.line, d.loc.column),
            d.severity,
            d.code,
            d.message.replace(inside, shown),
        )
        for d in check_map(load_map(staging, use_cache=False))
    ]
