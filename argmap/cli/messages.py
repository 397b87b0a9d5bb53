"""The library's errors in the words of the command line: what the user typed, and what to type."""

from __future__ import annotations

from argmap.errors import ArgmapError, DirectoryTaken, MapHasErrors, MapNotFound

__all__ = ["describe"]


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
    return str(error)
