"""Readers of other tools' argument maps: each turns a file into an ArgMap plus warnings.

Every importer module defines ``read(text: str, name: str) -> Imported``. What it cannot carry
over becomes a warning naming the node or line it came from; input it cannot read at all raises
an ArgmapError that names the place.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable

from argmap.errors import ArgmapError, Location
from argmap.files import FileTooLarge, read_regular
from argmap.importers.build import Imported

__all__ = ["IMPORTERS", "Imported", "import_file", "importer", "max_import_bytes"]

DEFAULT_MAX_IMPORT_MB = 64
# Measured: importing a 14 MB AIF file (100,000 nodes) peaked at 229 MB.
MEMORY_PER_BYTE = 16


def max_import_bytes() -> int:
    """The largest file an import reads, from $ARGMAP_MAX_IMPORT_MB (default 64 MB): the
    memory an import takes grows with its file, and must stay within the machine's."""
    try:
        megabytes = float(os.environ.get("ARGMAP_MAX_IMPORT_MB", DEFAULT_MAX_IMPORT_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_IMPORT_MB
    return int(megabytes * 1024 * 1024)


# Format name -> module; each module defines read(text, name) -> Imported.
IMPORTERS: dict[str, str] = {
    "aif": "argmap.importers.aif",
    "kialo": "argmap.importers.kialo",
    "argdown-json": "argmap.importers.argdown_json",
    # The same reader: the name people look for first; it explains how to get the JSON.
    "argdown": "argmap.importers.argdown_json",
    "json": "argmap.importers.json",
    "graphml": "argmap.importers.graphml",
}


def importer(name: str) -> Callable[[str, str], Imported]:
    """The ``read`` function of format ``name``."""
    function: Callable[[str, str], Imported] = importlib.import_module(IMPORTERS[name]).read
    return function


def import_file(fmt: str, path: str | os.PathLike[str]) -> Imported:
    """Read ``path`` as format ``fmt``; an ArgmapError if it cannot be read at all."""
    name = str(path)
    try:
        raw = read_regular(path, max_import_bytes())
    except FileTooLarge as error:
        raise ArgmapError(
            f"cannot import '{name}': {error.strerror}: an import holds the whole map in memory "
            f"(about {MEMORY_PER_BYTE} times the file); split the file, or raise "
            "$ARGMAP_MAX_IMPORT_MB"
        ) from None
    except OSError as error:
        raise ArgmapError(f"cannot read '{name}': {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ArgmapError(
            f"byte 0x{raw[error.start]:02x} is not UTF-8; save the file as UTF-8",
            Location(name, line),
        ) from None
    return importer(fmt)(text, name)
