"""Reading a map directory into one ArgMap: the files, the cache, the parallel parse."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from argmap.load.cache import ContentKey, PartCache, file_key
from argmap.load.discover import find_map_files, read_bytes
from argmap.load.parallel import Pending, parse_all
from argmap.load.part import MapPart
from argmap.model import ArgMap

__all__ = ["LoadedMap", "Progress", "load_map", "load_map_keyed", "read_map_file"]

# Called with (files done, files in all) as a load advances; the CLI draws it as a bar.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class LoadedMap:
    """A map as read, and the key of its content (see ``load_map_keyed``)."""

    argmap: ArgMap
    key: tuple[ContentKey, ...] | None


def load_map(
    root: str | os.PathLike[str], use_cache: bool = True, progress: Progress | None = None
) -> ArgMap:
    """Read every map file under ``root`` into one ArgMap, problems included.

    With ``use_cache``, files unchanged since they were last parsed come from the cache
    (``argmap.load.cache``). ``progress(done, total)`` is called as each file is done. Raises
    MapNotFound only when there is no map to read at all.
    """
    return load_map_keyed(root, use_cache, progress).argmap


def load_map_keyed(
    root: str | os.PathLike[str],
    use_cache: bool = True,
    progress: Progress | None = None,
    cache: PartCache | None = None,
) -> LoadedMap:
    """The map and the key of its content: one ``FileKey.content()`` per file, in order.

    The key is None without the cache or when a file could not be read; with it, anything
    computed from the whole map can be cached too (see ``argmap.workspace.Workspace``). The
    key names no file as it was given, so a relative and an absolute ``root`` share it.
    ``cache`` is the cache to use (by default one in ``cache_dir()``).
    """
    files = find_map_files(root)
    total = len(files)
    if not use_cache:
        cache = None
    elif cache is None:
        cache = PartCache()
    parts: list[MapPart | None] = [None] * total
    keys: list[ContentKey] | None = [] if use_cache else None
    pending: list[Pending] = []
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    with _gc_paused():
        for index, path in enumerate(files):
            read = read_bytes(path)
            if isinstance(read, MapPart):
                parts[index] = read
                keys = None
                advance()
                continue
            raw, stat = read
            key = None
            if cache is not None:
                # The stat is from before the read: if the file changes in between, the key's
                # mtime is older than the bytes, so the next run misses, never a stale hit.
                key = file_key(path, stat, raw)
                if keys is not None:
                    keys.append(key.content())
                cached = cache.get(key)
                if cached is not None:
                    parts[index] = cached
                    advance()
                    continue
            pending.append(Pending(index, path, raw, key))
        for index, parsed in parse_all(pending, cache):
            parts[index] = parsed
            advance()
    if cache is not None and pending:
        cache.prune()
    argmap = ArgMap(files=[str(p) for p in files])
    for each in parts:
        assert each is not None
        argmap.authors.extend(each.authors)
        argmap.sources.extend(each.sources)
        argmap.claims.extend(each.claims)
        argmap.problems.extend(each.problems)
    return LoadedMap(argmap, None if keys is None else tuple(keys))


@contextmanager
def _gc_paused() -> Iterator[None]:
    # The loader makes millions of small objects that never form cycles; collecting during the
    # bulk load only costs time.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_map_file(path: Path) -> MapPart:
    """One map file to a MapPart; what cannot be read becomes a problem, never an exception."""
    read = read_bytes(path)
    if isinstance(read, MapPart):
        return read
    from argmap.load.convert import parse_map_bytes

    return parse_map_bytes(read[0], str(path))
