"""Parsing many map files on several cores: forked children parse shares and send them back.

The parent reads every file; what is not in the cache is parsed here or, when there is enough
of it, shared out among forked children, which store their parts in the cache and send them
back encoded as the cache stores them (data only, checked as it is decoded). Whatever a child
fails to send is parsed here, so a failed fork or a crashed child costs time, never a file.
The parser (and with it PyYAML) is imported only when a file is to be parsed: a load that the
cache answers whole never imports it.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from argmap.load.cache import FileKey, PartCache, decode_part, encode_part
from argmap.load.part import MapPart

__all__ = ["MAX_WORKERS", "PARALLEL_BYTES", "Pending", "parse_all"]


@dataclass
class Pending:
    """A file read but not yet parsed."""

    index: int
    path: Path
    raw: bytes
    key: FileKey | None


# Below this many bytes to parse, a second process costs more than it saves.
PARALLEL_BYTES = 1 << 20
MAX_WORKERS = 4


def parse_all(pending: list[Pending], cache: PartCache | None) -> Iterator[tuple[int, MapPart]]:
    """Parse the pending files (storing each in the cache), on several cores when it pays.

    This process parses one share; forked children parse the others, store them in the cache
    and send them back encoded. Whatever a child fails to send is parsed here, so a failed fork
    or a crashed child costs time, never a file.
    """
    shares = _workers(pending)
    children = [_fork(share, cache) for share in shares[1:]]
    for item in shares[0]:
        yield item.index, _parse_and_store(item, cache)
    for share, child in zip(shares[1:], children, strict=True):
        sent = _collect(child) if child is not None else {}
        for item in share:
            part = sent.get(item.index)
            yield item.index, part if part is not None else _parse_and_store(item, cache)


def _workers(pending: list[Pending]) -> list[list[Pending]]:
    """``pending`` split into one share per process to use (just one share: no fork)."""
    if not hasattr(os, "fork") or sum(len(p.raw) for p in pending) < PARALLEL_BYTES:
        return [pending]
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return [pending]  # forking a process with threads can deadlock the child
    count = max(1, min(_cpu_count(), MAX_WORKERS, len(pending)))
    # Interleaved, so each share gets files of every size.
    return [pending[k::count] for k in range(count)]


def _cpu_count() -> int:
    """The cores this process may run on that other work leaves idle (at least one)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        # On a busy machine a second process only takes turns with this one on the same core,
        # and the encoding between them makes the load slower, not faster.
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        busy = 0.0
    return max(1, min(cores, 1 + int(cores - busy)))


def parse_map_bytes(raw: bytes, name: str) -> MapPart:
    """``argmap.load.convert.parse_map_bytes``, imported (PyYAML with it) on first use."""
    from argmap.load.convert import parse_map_bytes as parse

    return parse(raw, name)


def _parse_and_store(item: Pending, cache: PartCache | None) -> MapPart:
    part = parse_map_bytes(item.raw, str(item.path))
    if cache is not None and item.key is not None:
        cache.put(item.key, part)
    return part


_RECORD = struct.Struct("<IQ")  # file index, length of the encoded MapPart that follows


def _fork(share: list[Pending], cache: PartCache | None) -> tuple[int, int] | None:
    """A child process that parses ``share``: its pid and the pipe it answers on."""
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid:
        os.close(write_end)
        return pid, read_end
    status = 1
    try:  # the child: parse, store, send everything at the end, and leave without cleanup
        os.close(read_end)
        out = []
        for item in share:
            encoded = encode_part(parse_map_bytes(item.raw, str(item.path)))
            if cache is not None and item.key is not None:
                cache.put_encoded(item.key, encoded)
            out += [_RECORD.pack(item.index, len(encoded)), encoded]
        with os.fdopen(write_end, "wb") as pipe:
            pipe.writelines(out)
        status = 0
    finally:
        os._exit(status)


def _collect(child: tuple[int, int]) -> dict[int, MapPart]:
    """What a child sent: file index -> MapPart (a part it did not send is simply missing)."""
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    found: dict[int, MapPart] = {}
    offset = 0
    while offset + _RECORD.size <= len(data):
        index, length = _RECORD.unpack_from(data, offset)
        offset += _RECORD.size
        if offset + length > len(data):
            break
        part = decode_part(memoryview(data)[offset : offset + length])
        offset += length
        if part is not None:
            found[index] = part
    return found
