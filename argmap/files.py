"""Reading and writing files: JSON the one way argmap writes it, output files that a crash never
leaves half written, and input that is a regular file, never a pipe that is waited on."""

from __future__ import annotations

import errno
import math
import os
import stat
import tempfile
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from argmap.wording import escaped

__all__ = [
    "FileTooLarge",
    "NotRegularFile",
    "dump_json",
    "read_regular",
    "write_atomic",
    "write_target",
]


def dump_json(data: Any, sort_keys: bool = False) -> str:
    r"""``data`` as argmap writes every JSON document: indented, UTF-8 as is, a final newline.

    Control characters are escaped (``\u001b``, ``\u202e``): the document holds the text
    exactly, and printed on a terminal it cannot drive the terminal.

    >>> print(dump_json({"b": 1, "a": "é\x9b"}, sort_keys=True), end="")
    {
      "a": "é\u009b",
      "b": 1
    }
    """
    # json.dumps(data, indent=2, ensure_ascii=False, sort_keys=sort_keys), which with an indent
    # runs json's pure-Python encoder; _encode writes the same text (tests/test_files.py) in
    # about half the time, strings escaped by json's C function.
    text = _encode(data, "", sort_keys) + "\n"
    # json escapes C0 itself; DEL, C1 and the bidi controls can only stand inside strings here.
    return escaped(text)


_INFINITY = float("inf")


def _encode(o: Any, pad: str, sort_keys: bool) -> str:
    kind = type(o)
    if kind is str:
        return encode_basestring(o)
    if kind is dict or isinstance(o, dict):
        if not o:
            return "{}"
        inner = pad + "  "
        items = sorted(o.items()) if sort_keys else o.items()
        return (
            "{\n"
            + inner
            + (",\n" + inner).join(
                [
                    encode_basestring(k if type(k) is str else _key(k))
                    + ": "
                    + (encode_basestring(v) if type(v) is str else _encode(v, inner, sort_keys))
                    for k, v in items
                ]
            )
            + "\n"
            + pad
            + "}"
        )
    if kind is list or kind is tuple or isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = pad + "  "
        if all(type(v) is str for v in o):
            parts: Any = map(encode_basestring, o)
        else:
            parts = [_encode(v, inner, sort_keys) for v in o]
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "]"
    if isinstance(o, str):
        return encode_basestring(o)
    text = _plain(o)
    if text is None:
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")
    return text


def _plain(o: Any) -> str | None:
    """None, a boolean or a number as json writes it; None for anything else."""
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    return None


def _float(o: float) -> str:
    if math.isnan(o):
        return "NaN"
    if o == _INFINITY:
        return "Infinity"
    if o == -_INFINITY:
        return "-Infinity"
    return float.__repr__(o)


def _key(key: Any) -> str:
    """A dict key as json writes it."""
    if isinstance(key, str):
        return key
    text = _plain(key)
    if text is None:
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
    return text


class NotRegularFile(OSError):
    """An input that is not a regular file (a named pipe, a device, a directory, a socket)."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", path)
        self.kind = kind


class FileTooLarge(OSError):
    """An input larger than the limit for what it is read as; ``size`` and ``limit`` in bytes."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(
            errno.EFBIG,
            f"it is {size / 2**20:,.0f} MB, over the {limit / 2**20:,.0f} MB limit",
            path,
        )
        self.size = size
        self.limit = limit


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``; NotRegularFile (an OSError) for anything else,
    FileTooLarge for a file of more than ``limit`` bytes.

    The file is opened without waiting: a named pipe with no writer would otherwise block the
    open, and then the read, for ever.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        mode = info.st_mode
        if not stat.S_ISREG(mode):
            kind = next((k for test, k in _KINDS if test(mode)), "not a file")
            raise NotRegularFile(str(path), kind)
        if limit is not None and info.st_size > limit:
            raise FileTooLarge(str(path), info.st_size, limit)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)


def write_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` puts the bytes: through any symbolic links, to the file they name."""
    return Path(os.path.realpath(path))


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A symbolic link is written through: its target gets the new content (atomically) and the
    link stays a link. An existing file that is read-only (no write permission for this user,
    or none for anyone) is not replaced: PermissionError. A terminal, ``/dev/null`` or a named
    pipe is written to as it is (there is nothing to replace); other special files are refused.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if _is_stream(path):
        with open(path, "wb") as stream:
            stream.write(payload)
        return
    target = write_target(path)
    _refuse_read_only(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _is_stream(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a character device, a named pipe or a file named through ``/dev``
    (``/dev/stdout``, ``/dev/fd/3``: the stream the shell opened); NotRegularFile for a socket
    or a block device, which no output should go to."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if os.path.abspath(path).startswith("/dev/") and stat.S_ISREG(mode):
        return True
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return True
    if stat.S_ISSOCK(mode) or stat.S_ISBLK(mode):
        raise NotRegularFile(str(path), "a socket" if stat.S_ISSOCK(mode) else "a device")
    return False


def _refuse_read_only(target: Path) -> None:
    """PermissionError when ``target`` exists and may not be written: renaming a new file over
    it needs only the directory's permission, and would undo what the read-only mode says."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # a new file (or one the write itself will report)
    if stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, "the file is read-only", str(target))


def _mode_for(target: Path) -> int:
    """The existing file's mode, or what the user's umask gives a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
