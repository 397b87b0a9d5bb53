"""A per-file cache of parsed map files, so a large map is parsed again only where it changed.

Each map file's MapPart (its authors, sources, claims and the loader's problems, every object
with its place) is stored as MessagePack, a format that can only ever hold data: reading an
entry builds argmap's own classes field by field, and an entry whose fields have the wrong
types, or that does not decode at all, is a miss. An entry starts with a magic line and a
header: the cache format, a fingerprint of argmap's own code, and the key of the map file it
was made from: its resolved path, the name the loader gives it, its size, modification time
and a BLAKE2b hash of its bytes. An entry is used only when every part of the key matches the
file as it is now, so a changed file is always parsed again, never answered from a stale entry.

A whole map's diagnostics are kept too, keyed by the content of all its files (not the names
they were given), so ``--map claims`` and ``--map /abs/claims`` share one entry; the file
names in it are those of the run that asks.

The directory (``argmap.load.cachedir``) is used only when nobody else can write to it. A cache
that is missing, corrupt, truncated, foreign, from another version or unwritable is ignored:
the file is parsed as if there were no cache. Nothing here ever raises.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from argmap import __version__
from argmap.errors import Diagnostic, Location
from argmap.load.cachedir import CacheDir, open_cache_dir
from argmap.load.part import MapPart

__all__ = [
    "FileKey",
    "PartCache",
    "cache_dir",
    "decode_part",
    "encode_part",
    "file_key",
    "read_entry",
]

MAGIC = b"argmap-cache\n"
FORMAT = 2
PRUNE_EVERY = 24 * 3600  # seconds between two sweeps for entries of files gone
# The code that decides what a MapPart (or a map's diagnostics) holds, relative to the argmap
# package: a change to any of it is a new cache.
_CODE = ("errors.py", "model.py", "textmatch.py", "load/*.py", "check/*.py")

_LENGTH = struct.Struct("<I")  # the length of the header that follows the magic line
ContentKey = tuple[str, int, int, str]  # resolved path, size, mtime_ns, digest


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

    def content(self) -> ContentKey:
        """The key without the name the file was given: the same for any way of naming it."""
        return (self.path, self.size, self.mtime_ns, self.digest)


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
    parts = [__version__, f"{sys.hexversion:x}", str(FORMAT), msgspec.__version__]
    for pattern in _CODE:
        for path in sorted(package.glob(pattern)):
            try:
                stat = path.stat()
                parts.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                parts.append(f"{path.relative_to(package)}:?")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


@dataclass
class _Checked:
    """A map's diagnostics, with the names its files had when they were made."""

    names: list[str]
    diagnostics: list[Diagnostic] = field(default_factory=list)


_ENCODER = msgspec.msgpack.Encoder()
_HEADER = msgspec.msgpack.Decoder(tuple[int, str, msgspec.Raw])
_PART = msgspec.msgpack.Decoder(MapPart)
_CHECKED = msgspec.msgpack.Decoder(_Checked)
_ANY = msgspec.msgpack.Decoder()


def encode_part(part: MapPart) -> bytes:
    """``part`` as the cache stores it (and as the parallel parse sends it between processes)."""
    return _ENCODER.encode(part)


def decode_part(data: bytes | memoryview, name: str | None = None) -> MapPart | None:
    """A MapPart encoded by ``encode_part``; None when the data is not one.

    With ``name``, every author, source and claim must have been read from the file of that
    name: a part made for another file is not one of this file's.
    """
    try:
        part = _PART.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    if name is not None:
        for items in (part.authors, part.sources, part.claims):
            if any(item.loc.file != name for item in items):
                return None
    return part


def read_entry(data: bytes) -> tuple[tuple[int, str, Any], memoryview] | None:
    """An entry's header (format, code fingerprint, key) and its payload; None if malformed."""
    start = len(MAGIC) + _LENGTH.size
    if not data.startswith(MAGIC) or len(data) < start:
        return None
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    view = memoryview(data)
    try:
        form, code, key = _HEADER.decode(view[start : start + length])
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    return (form, code, key), view[start + length :]


class PartCache:
    """Cached values in one directory, each valid only for the exact key it was stored with.

    ``problem`` says why the directory is not used (once it has been tried), for a warning.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else cache_dir()
        self.problem: str | None = None
        self._dir: CacheDir | None = None
        self._tried = False

    def _open(self) -> CacheDir | None:
        if not self._tried:
            self._tried = True
            opened = open_cache_dir(self.directory)
            if isinstance(opened, CacheDir):
                self._dir = opened
            else:
                self.problem = opened or None
        return self._dir

    def get(self, key: FileKey) -> MapPart | None:
        """The part stored for ``key``'s file if it was stored under exactly ``key``, else None."""
        payload = self._read(_entry("file", key.path + "\0" + key.name), key.as_tuple())
        return None if payload is None else decode_part(payload, key.name)

    def put(self, key: FileKey, part: MapPart) -> None:
        """Store ``part``; a failure to write is ignored (the next run parses again)."""
        self.put_encoded(key, encode_part(part))

    def put_encoded(self, key: FileKey, payload: bytes) -> None:
        """Store a part already encoded with ``encode_part``."""
        self._write(_entry("file", key.path + "\0" + key.name), key.as_tuple(), payload)

    def get_diagnostics(
        self, scope: str, key: tuple[ContentKey, ...], names: list[str]
    ) -> list[Diagnostic] | None:
        """A map's diagnostics stored for exactly ``key``, named as ``names`` name its files."""
        payload = self._read(_entry("map", scope), key)
        if payload is None:
            return None
        try:
            found = _CHECKED.decode(payload)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None
        if len(found.names) != len(names):
            return None
        return _renamed(found.diagnostics, found.names, names)

    def put_diagnostics(
        self,
        scope: str,
        key: tuple[ContentKey, ...],
        names: list[str],
        diagnostics: list[Diagnostic],
    ) -> None:
        self._write(_entry("map", scope), key, _ENCODER.encode(_Checked(names, diagnostics)))

    def prune(self) -> None:
        """Remove the entries of map files that no longer exist, at most once a day.

        Without this, every map file ever read (a test's temporary map, a renamed file) would
        keep its entry forever. Only the cache's own names are looked at.
        """
        directory = self._open()
        if directory is None:
            return
        now = time.time()
        stamp = directory.stat(".pruned")
        if stamp is not None and now - stamp.st_mtime < PRUNE_EVERY:
            return
        directory.touch(".pruned")
        for name in directory.names():
            info = directory.stat(name)
            if info is None:
                continue
            if name.endswith(".tmp") or name.startswith(".tmp-"):
                gone = now - info.st_mtime > 3600  # left by a killed writer
            elif name.endswith((".msgpack", ".pickle")):
                paths = self._paths_of(directory, name)
                gone = not paths or not all(os.path.exists(path) for path in paths)
            else:
                continue
            if gone:
                directory.remove(name)

    @staticmethod
    def _paths_of(directory: CacheDir, name: str) -> list[str]:
        """The map files an entry was made from, as its header names them ([] if unreadable)."""
        data = directory.read(name)
        entry = read_entry(data) if data is not None else None
        if entry is None:
            return []
        try:
            key = _ANY.decode(entry[0][2])
            if name.startswith("file-"):
                return [str(key[0])]
            return [str(file[0]) for file in key]
        except (msgspec.DecodeError, TypeError, IndexError, KeyError):
            return []

    def _read(self, name: str, key: tuple[Any, ...]) -> memoryview | None:
        directory = self._open()
        data = directory.read(name) if directory is not None else None
        entry = read_entry(data) if data is not None else None
        if entry is None:
            return None
        (form, code, stored), payload = entry
        if form != FORMAT or code != code_fingerprint() or bytes(stored) != _ENCODER.encode(key):
            return None
        return payload

    def _write(self, name: str, key: tuple[Any, ...], payload: bytes) -> None:
        directory = self._open()
        if directory is None:
            return
        header = _ENCODER.encode((FORMAT, code_fingerprint(), msgspec.Raw(_ENCODER.encode(key))))
        try:
            directory.write(name, MAGIC, _LENGTH.pack(len(header)), header, payload)
        except OSError:
            return  # an unwritable cache only costs the next run time


def _entry(kind: str, name: str) -> str:
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=16)
    return f"{kind}-{digest.hexdigest()}.msgpack"


def _renamed(diagnostics: list[Diagnostic], old: list[str], new: list[str]) -> list[Diagnostic]:
    """``diagnostics`` made when the map's files were named ``old``, as if named ``new``.

    Places are renamed, and so are the places a message names ("first defined at ...").
    """
    if old == new:
        return diagnostics
    names = dict(zip(old, new, strict=True))
    pattern = re.compile("|".join(re.escape(n) for n in sorted(old, key=len, reverse=True)))

    def rename(text: str) -> str:
        return pattern.sub(lambda match: names[match.group(0)], text)

    return [
        Diagnostic(
            Location(names.get(d.loc.file, d.loc.file), d.loc.line, d.loc.column),
            d.severity,
            d.code,
            rename(d.message),
        )
        for d in diagnostics
    ]
