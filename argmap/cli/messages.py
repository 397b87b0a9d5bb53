"""The library's errors in the words of the command line: what the user typed, and what to type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from argmap.errors import ArgmapError, DirectoryTaken, MapHasErrors, MapNotFound, UnknownName

if TYPE_CHECKING:
    import click

__all__ = ["describe", "error_document", "usage_document"]


def describe(error: ArgmapError) -> str:
    """The message for ``error``, with the flags that fix it where the library has data for them."""
    if isinstance(error, MapNotFound):
        if error.reason == "missing":
            return f"{error} (give one with --map DIR)"
        if error.reason == "not-a-directory":
            return f"{error}: --map takes the folder of a map's files"
    elif isinstance(error, DirectoryTaken):
        if error.reason == "is-a-file":
            return f"{error}; give a directory for the map with -o DIR"
        if error.reason == "not-only-map-files":
            return (
                f"{error}; --force replaces only a directory of map files: move the rest out "
                "or import into a new directory"
            )
        if error.reason == "holds-cwd":
            return f"{error}; import into a new directory, or run from outside it"
        return f"{error}; choose a new directory or pass --force to replace it"
    elif isinstance(error, MapHasErrors):
        return f"{error}; fix them first ('argmap check' lists them all)"
    elif isinstance(error, UnknownName):
        return f"{error}{_unknown_hint(error)}"
    return str(error)


def _unknown_hint(error: UnknownName) -> str:
    """What to type instead of a name the map does not have (as what the command wanted)."""
    import shlex

    name = shlex.quote(error.name)
    hints = {
        "author": f"'argmap list --author {name}' lists the claims {error.name} holds or denies",
        "claim": f"'argmap show {name}' shows it; 'argmap authors' lists the authors",
        "tag": f"'argmap list --tag {name}' lists its claims",
        "source": "'argmap authors' lists the authors and their sources",
    }
    found = [hints[error.is_a]] if error.is_a is not None else []
    if error.what == "claim" and error.is_a in (None, "tag"):
        words = " ".join(shlex.quote(w) for w in error.name.split())
        found.append(f"'argmap search {words}' finds claims by their words")
    elif error.what == "author" and error.is_a is None and not error.close:
        found.append("'argmap authors' lists them")
    return f" ({'; '.join(found)})" if found else ""


def error_document(error: ArgmapError) -> dict[str, Any]:
    """A refusal as the JSON document ``--format json`` prints on stdout.

    Always ``{"error": message}``; a map with errors adds the check's keys (``errors``,
    ``warnings``, ``diagnostics``, as ``check --format json``); an unknown name adds ``unknown``
    (what was looked for, the name, the closest names the map has).
    """
    document: dict[str, Any] = {"error": describe(error)}
    if isinstance(error, MapHasErrors):
        document.update(
            errors=len(error.errors),
            warnings=0,
            diagnostics=[d.as_dict() for d in error.errors],
        )
    elif isinstance(error, UnknownName):
        document["unknown"] = {"what": error.what, "name": error.name, "close": error.close}
        if error.is_a is not None:
            document["unknown"]["is_a"] = error.is_a
    if error.loc is not None:
        document["file"], document["line"], document["column"] = (
            error.loc.file,
            error.loc.line,
            error.loc.column,
        )
    return document


def usage_document(error: click.UsageError) -> dict[str, Any]:
    """A command line click refused (a bad option value, a missing argument) as JSON."""
    document: dict[str, Any] = {"error": error.format_message(), "usage": True}
    if error.ctx is not None:
        document["command"] = error.ctx.command_path
    return document
