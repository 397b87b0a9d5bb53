"""Finding a map's files, and reading each within the size limit for one map file."""

from __future__ import annotations

import os
from pathlib import Path

from argmap.errors import Location, MapNotFound
from argmap.load.part import MapPart, problem

__all__ = ["DEFAULT_MAX_FILE_MB", "MAP_SUFFIXES", "find_map_files", "max_file_bytes", "read_bytes"]

MAP_SUFFIXES = (".yaml", ".yml")
DEFAULT_MAX_FILE_MB = 16


def max_file_bytes() -> int:
    """The largest map file read, from $ARGMAP_MAX_FILE_MB (default 16 MB)."""
    try:
        megabytes = float(os.environ.get("ARGMAP_MAX_FILE_MB", DEFAULT_MAX_FILE_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_FILE_MB
    return int(megabytes * 1024 * 1024)


def find_map_files(root: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` under ``root``, sorted; MapNotFound if there is none."""
    path = Path(root)
    if not path.exists():
        raise MapNotFound(str(root), "missing")
    if not path.is_dir():
        raise MapNotFound(str(root), "not-a-directory")
    files = sorted(p for p in path.rglob("*") if p.suffix in MAP_SUFFIXES and p.is_file())
    if not files:
        raise MapNotFound(str(root), "no-files")
    return files


def read_bytes(path: Path) -> MapPart | tuple[bytes, os.stat_result]:
    """The file's bytes and its stat from before reading, or a MapPart with the problem."""
    name = str(path)
    try:
        stat = path.stat()
        limit = max_file_bytes()
        if stat.st_size > limit:
            part = MapPart()
            part.problems.append(
                problem(
                    Location(name),
                    "file-too-large",
                    f"file is {stat.st_size / 2**20:.0f} MB, over the {limit / 2**20:.0f} MB "
                    "limit for one map file; split it into several files "
                    "(or raise $ARGMAP_MAX_FILE_MB)",
                )
            )
            return part
        return path.read_bytes(), stat
    except OSError as error:
        part = MapPart()
        part.problems.append(
            problem(Location(name), "unreadable", f"cannot read file: {error.strerror}")
        )
        return part
