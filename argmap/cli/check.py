"""`argmap check`: validate a map."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from argmap.cli.context import AppContext
from argmap.cli.options import format_option
from argmap.cli.output import emit
from argmap.errors import Diagnostic, Severity
from argmap.wording import plural, visible

if TYPE_CHECKING:
    from rich.text import Text


@click.command()
@click.option(
    "--texts",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Check every quote against the source texts in DIR.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@format_option("text", "json", "github")
@click.pass_obj
def check(app: AppContext, texts: str | None, strict: bool, fmt: str) -> None:
    """Validate the map: syntax, types, references, conflicts, quotes.

    Prints every problem, sorted by place, as file:line:col: severity: message [code].
    Exits 1 when there is an error (or, with --strict, a warning).

    \b
    Example:
      argmap check --strict --texts ../sources
      argmap check --format github   # annotations in GitHub Actions
    """
    diagnostics = app.workspace.diagnostics(texts)
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    data = {
        "errors": errors,
        "warnings": warnings,
        "diagnostics": [d.as_dict() for d in diagnostics],
    }
    if diagnostics or fmt != "text":
        emit(
            app,
            data,
            fmt,
            table=lambda _: _text(diagnostics),
            soft_wrap=True,
            github=lambda _: "".join(_github_annotation(d) + "\n" for d in diagnostics),
        )
    if fmt == "text":
        summary = f"{plural(errors, 'error')}, {plural(warnings, 'warning')} in {app.map_dir}"
        # Plain text, no style: click writes it without importing rich (a clean map's check
        # then never does).
        click.echo("ok: " + summary if not diagnostics else summary, err=True)
    if errors or (strict and warnings):
        raise click.exceptions.Exit(1)


def _text(diagnostics: list[Diagnostic]) -> Text:
    """One line a diagnostic, errors red and warnings yellow."""
    from rich.text import Text

    text = Text()
    for n, d in enumerate(diagnostics):
        if n:
            text.append("\n")
        text.append(visible(str(d)), style="red" if d.severity is Severity.ERROR else "yellow")
    return text


def _github_annotation(d: Diagnostic) -> str:
    level = "error" if d.severity is Severity.ERROR else "warning"
    # Annotations are shown to people: control characters written out, as on a terminal.
    message = (
        visible(f"{d.message} [{d.code}]")
        .replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
    )
    place = f"file={d.loc.file}"
    if d.loc.line:
        place += f",line={d.loc.line}"
    if d.loc.column:
        place += f",col={d.loc.column}"
    return f"::{level} {place},title={d.code}::{message}"
