"""One output path for every command: JSON, CSV or other text to stdout or a file; tables to
the terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import click

from argmap.errors import ArgmapError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


class HasConsole(Protocol):
    """What output needs of a command's context (``argmap.cli.context.AppContext``)."""

    @property
    def console(self) -> Console: ...


__all__ = ["emit", "refuse_map_path", "view", "write_to"]


def view(name: str) -> Callable[..., RenderableType]:
    """The view ``argmap.views.<module>.<function>`` named ``"module.function"``, imported on
    first call: rich is slow to import, and JSON output never needs it."""
    module, _, function = name.rpartition(".")

    def call(*args: Any, **kwargs: Any) -> RenderableType:
        import importlib

        found: Callable[..., RenderableType] = getattr(
            importlib.import_module(f"argmap.views.{module}"), function
        )
        return found(*args, **kwargs)

    return call


def write_to(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically; an OSError is one line of message, exit 1.

    Every file a command writes goes through here, so nothing is written over the map being
    read (``refuse_map_path``).
    """
    from argmap.files import write_atomic

    refuse_map_path(path)
    try:
        write_atomic(path, data)
    except OSError as error:
        raise ArgmapError(f"cannot write '{path}': {error.strerror or error}") from None


def refuse_map_path(path: str, directory: bool = False) -> None:
    """An ArgmapError if writing ``path`` could change the map this command reads (``--map``).

    A file is refused when it is one of the map's files (through any link) or a ``.yaml`` /
    ``.yml`` file inside the map's directory, which would become part of the map. With
    ``directory`` (a map directory to write), ``path`` is refused when it is the map's
    directory, lies inside it, or holds it.
    """
    from argmap.cli.context import AppContext

    context = click.get_current_context(silent=True)
    app = context.find_object(AppContext) if context is not None else None
    if app is None:
        return
    from argmap.load.discover import map_path_problem

    problem = map_path_problem(app.map_dir, path, directory)
    if problem:
        raise ArgmapError(f"refusing to write '{path}': {problem}")


def emit(
    app: HasConsole,
    data: Any,
    fmt: str,
    output: str | None = None,
    *,
    table: Callable[[Any], RenderableType] | None = None,
    soft_wrap: bool = False,
    empty: str | None = None,
    **writers: Callable[[Any], str],
) -> None:
    """Write ``data`` as ``fmt``.

    ``json`` is one JSON document (``argmap.files.dump_json``); a format named in ``writers``
    (``csv=...``, ``github=...``) is the text that writer makes of ``data``; both go to
    ``output`` (atomically) when given, else to stdout. Any other format is ``table(data)``,
    a rich renderable printed on the terminal, or the sentence ``empty`` when there is
    nothing to draw (a map with no claims yet): words, not empty table frames.
    """
    if fmt == "json":
        from argmap.files import dump_json

        text = dump_json(data)
    elif fmt in writers:
        text = writers[fmt](data)
    else:
        if table is None:
            raise AssertionError(f"no writer for --format {fmt}")  # pragma: no cover
        if output is not None:
            raise ArgmapError(f"-o writes a file for scripts: add --format json (not {fmt})")
        app.console.print(empty if empty else table(data), soft_wrap=soft_wrap)
        return
    if output is None:
        click.echo(text, nl=False)
    else:
        write_to(output, text)
