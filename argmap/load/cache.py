"""A per-file cache of parsed map files, so a large map is parsed again only where it changed.

Each map file's MapPart (its authors, sources, claims and the loader's problems, every object
with its place) is pickled to one cache file, named after the map file's path. The cache file
starts with a header: a magic line, the cache format, the Python version, a fingerprint of
argmap's own code, and the key of the map file it was made from: its resolved path, the name
the loader gives it, its size, modification time and a BLAKE2b hash of its bytes. An entry is
used only when every part of the key matches the file as it is now, so a changed file is
always parsed again, never answered from a stale entry. The bytes are read anyway (to parse
them on a miss), and hashing them costs little next to unpickling.

A cache that is missing, corrupt, truncated, foreign, from another version or unwritable is
ignored: the file is parsed as if there were no cache. Nothing here ever raises.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from argmap import __version__
from argmap.errors import Location

__all__ = ["FileKey", "PartCache", "cache_dir", "dumps", "file_key", "loads"]

MAGIC = b"argmap-cache\n"
FORMAT = 1
PRUNE_EVERY = 24 * 3600  # seconds between two sweeps for entries of files gone
# The code that decides what a MapPart (or a map's diagnostics) holds, relative to the argmap
# package: a change to any of it is a new cache.
_CODE = ("errors.py", "model.py", "textmatch.py", "load/*.py", "check/*.py")
# Only these classes may come out of a cache file: a planted pickle cannot run code.
_ALLOWED = {
    "argmap.model": {"Author", "Source", "Claim", "Stance", "Edge", "EdgeKind", "Side"},
    "argmap.errors": {"Diagnostic", "Location", "Severity"},
    "argmap.load.part": {"MapPart"},
    "argmap.load.cache": {"_location"},
}


def cache_dir() -> Path:
    """``$ARGMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/argmap``, else ``~/.cache/argmap``."""
    explicit = os.environ.get("ARGMAP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "argmap"


@dataclass(frozen=True, slots=True)
class FileKey:
    """What identifies one map file's content: a cache entry is used only when all of it matches."""

    path: str
    name: str
    size: int
    mtime_ns: int
    digest: str

    def as_tuple(self) -> tuple[str, str, int, int, str]:
        return (self.path, self.name, self.size, self.mtime_ns, self.digest)


def file_key(path: Path, stat: os.stat_result, raw: bytes) -> FileKey:
    """The key of map file ``path`` whose bytes are ``raw`` and whose stat was taken before."""
    return FileKey(
        path=os.path.realpath(path),
        name=str(path),
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        digest=hashlib.blake2b(raw, digest_size=20).hexdigest(),
    )


@cache
def code_fingerprint() -> str:
    """argmap's version and the size and mtime of the modules that shape a cached MapPart.

    An editable install changes code without changing the version; this catches that.
    """
    package = Path(__file__).resolve().parent.parent
    parts = [__version__, f"{sys.hexversion:x}", str(FORMAT)]
    for pattern in _CODE:
        for path in sorted(package.glob(pattern)):
            try:
                stat = path.stat()
                parts.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                parts.append(f"{path.relative_to(package)}:?")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def _location(file: str, line: int, column: int) -> Location:
    # Location is a frozen dataclass whose pickled form would call a slow generic __setstate__;
    # this rebuilds one in a third of the time, and there are millions in a large map.
    loc = _new(Location)
    _set(loc, "file", file)
    _set(loc, "line", line)
    _set(loc, "column", column)
    return loc


_new = object.__new__
_set = object.__setattr__


def _reduce_location(loc: Location) -> tuple[Any, tuple[str, int, int]]:
    return _location, (loc.file, loc.line, loc.column)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name not in _ALLOWED.get(module, ()):
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache file")
        return super().find_class(module, name)


class PartCache:
    """Cached values in one directory, each valid only for the exact key it was stored with."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else cache_dir()
        self._made = False

    def _entry(self, kind: str, name: str) -> Path:
        digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=16)
        return self.directory / f"{kind}-{digest.hexdigest()}.pickle"

    def get(self, key: FileKey) -> Any:
        """The value stored for ``key``'s file if it was stored under exactly ``key``, else None."""
        return self._read(self._entry("file", key.path + "\0" + key.name), key.as_tuple())

    def put(self, key: FileKey, value: Any) -> None:
        """Store ``value`` for ``key``; a failure to write is ignored (the next run parses again)."""
        self.put_pickled(key, dumps(value))

    def put_pickled(self, key: FileKey, pickled: bytes) -> None:
        """Store a value already pickled with ``dumps``."""
        self._write(self._entry("file", key.path + "\0" + key.name), key.as_tuple(), pickled)

    def get_for(self, scope: str, key: tuple[Any, ...]) -> Any:
        """A value computed from many files (e.g. a whole map's diagnostics), or None."""
        return self._read(self._entry("map", scope), key)

    def put_for(self, scope: str, key: tuple[Any, ...], value: Any) -> None:
        self._write(self._entry("map", scope), key, dumps(value))

    def prune(self) -> None:
        """Remove the entries of map files that no longer exist, at most once a day.

        Without this, every map file ever read (a test's temporary map, a renamed file) would
        keep its entry forever.
        """
        stamp = self.directory / ".pruned"
        now = time.time()
        try:
            if now - stamp.stat().st_mtime < PRUNE_EVERY:
                return
        except OSError:
            pass
        try:
            stamp.touch()
            entries = list(self.directory.iterdir())
        except OSError:
            return
        for entry in entries:
            try:
                if entry.name.endswith(".tmp"):
                    gone = now - entry.stat().st_mtime > 3600  # left by a killed writer
                elif entry.name.endswith(".pickle"):
                    paths = self._paths_of(entry)
                    gone = not paths or not all(os.path.exists(path) for path in paths)
                else:
                    continue
                if gone:
                    entry.unlink()
            except OSError:
                continue

    def _paths_of(self, entry: Path) -> list[str]:
        """The map files an entry was made from, as its header names them ([] if unreadable)."""
        try:
            with open(entry, "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    return []
                _, _, key = _Unpickler(handle).load()
            if entry.name.startswith("file-"):
                return [key[0]]
            return [file[0] for file in key]
        except Exception:  # noqa: BLE001 - an unreadable entry is as good as gone
            return []

    def _read(self, entry: Path, key: tuple[Any, ...]) -> Any:
        try:
            with open(entry, "rb") as handle:
                data = handle.read()
            if not data.startswith(MAGIC):
                return None
            stream = io.BytesIO(data)
            stream.seek(len(MAGIC))
            if _Unpickler(stream).load() != (FORMAT, code_fingerprint(), key):
                return None
            return _Unpickler(stream).load()
        except Exception:  # noqa: BLE001 - a broken cache is ignored, whatever broke it
            return None

    def _write(self, entry: Path, key: tuple[Any, ...], pickled: bytes) -> None:
        try:
            if not self._made:
                self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
                self._made = True
            header = pickle.dumps((FORMAT, code_fingerprint(), key), pickle.HIGHEST_PROTOCOL)
            fd, tmp = tempfile.mkstemp(prefix=f".{entry.name}.", suffix=".tmp", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(MAGIC)
                    handle.write(header)
                    handle.write(pickled)
                os.replace(tmp, entry)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except Exception:  # noqa: BLE001 - an unwritable cache only costs the next run time
            return


def dumps(value: Any) -> bytes:
    """``value`` pickled the way the cache stores it."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # A private table: only this pickler reduces Locations the fast way.
    pickler.dispatch_table = {Location: _reduce_location}
    pickler.dump(value)
    return buffer.getvalue()


def loads(pickled: bytes) -> Any:
    """A value pickled by ``dumps``; None when it cannot be read back."""
    try:
        return _Unpickler(io.BytesIO(pickled)).load()
    except Exception:  # noqa: BLE001 - treated as missing, like a broken cache file
        return None
