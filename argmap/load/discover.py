"""Finding a map's files, and reading each within the size limit for one map file."""

from __future__ import annotations

import os
from pathlib import Path

from argmap.errors import Location, MapNotFound
from argmap.files import read_regular
from argmap.load.part import MapPart, problem

__all__ = [
    "DEFAULT_MAX_FILE_MB",
    "MAP_SUFFIXES",
    "find_map_files",
    "map_path_problem",
    "max_file_bytes",
    "read_bytes",
]

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
        return read_regular(path), stat
    except OSError as error:
        part = MapPart()
        part.problems.append(
            problem(Location(name), "unreadable", f"cannot read file: {error.strerror}")
        )
        return part


def map_path_problem(root: str | os.PathLike[str], path: str, directory: bool = False) -> str:
    """Why writing ``path`` would change the map in ``root`` ("" when it would not).

    A file is a problem when it is one of the map's files (through any link, or as a hard
    link) or a ``.yaml`` / ``.yml`` file inside the map's directory, which the next load would
    read as part of the map. With ``directory``, ``path`` is a map directory to write: it must
    not be the map's directory, lie inside it, or hold it.
    """
    if not os.path.isdir(root):
        return ""
    real_root = Path(os.path.realpath(root))
    target = Path(os.path.realpath(path))
    if directory:
        if target == real_root:
            return f"it is the directory of the map being read (--map {root})"
        if real_root in target.parents:
            return f"it is inside the directory of the map being read (--map {root})"
        if target in real_root.parents:
            return f"it holds the directory of the map being read (--map {root})"
        return ""
    if _same_as_a_map_file(root, target):
        return f"it is a file of the map being read (--map {root}); write the output elsewhere"
    if real_root in target.parents and target.suffix.lower() in MAP_SUFFIXES:
        return (
            f"a {target.suffix} file inside the map directory ({root}) would be read as part "
            "of the map; write the output elsewhere"
        )
    return ""


def _same_as_a_map_file(root: str | os.PathLike[str], target: Path) -> bool:
    try:
        files = find_map_files(root)
    except MapNotFound:
        return False
    try:
        info = target.stat()
        same = {(info.st_dev, info.st_ino)}
    except OSError:
        same = set()
    for file in files:
        if Path(os.path.realpath(file)) == target:
            return True
        try:
            file_info = file.stat()
        except OSError:
            continue
        if (file_info.st_dev, file_info.st_ino) in same:
            return True
    return False
