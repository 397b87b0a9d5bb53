"""The directory the cache keeps its entries in: one nobody else can write to, marked as argmap's.

A directory is used only when it is owned by this user and writable by no one else (so no other
local user can plant, replace or remove an entry), and when it is argmap's own: it holds
argmap's ``CACHEDIR.TAG`` (the Cache Directory Tagging convention, which backup tools honour),
or it is new, empty, or holds only names argmap makes. Otherwise the cache is not used, and
``problem`` says why.

The directory is opened once and every entry is reached through that open directory, so a
directory renamed or replaced after the check is never written into. Entries are opened
without following links and without blocking (a named pipe is skipped, never waited on), and
read only when they are regular files owned by this user. Every name the cache reads, writes or
removes is one it makes (``is_own_name``); nothing else in the directory is ever touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat as st
from pathlib import Path

__all__ = ["TAG", "CacheDir", "is_own_name", "open_cache_dir"]

TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by argmap.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
# Every name the cache makes: entries (and those of older versions), the prune stamp, the
# temporary files of a write, and the tag.
_OWN = re.compile(
    r"(file|map)-[0-9a-f]{32}\.(msgpack|pickle)|\.pruned|\.tmp-[0-9a-f]{16}"
    # the temporary files of an older argmap's killed writes
    r"|\.(file|map)-[0-9a-f]{32}\.pickle\.[a-z0-9_]{1,16}\.tmp"
)
# An entry larger than this is not read (none comes near it: a map file is at most 16 MB).
MAX_ENTRY_BYTES = 1 << 30

_READ = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def is_own_name(name: str) -> bool:
    """Whether ``name`` is one the cache makes (the only names it reads, writes or removes).

    >>> is_own_name("file-" + "0" * 32 + ".msgpack"), is_own_name("notes.txt")
    (True, False)
    """
    return name == TAG or _OWN.fullmatch(name) is not None


class CacheDir:
    """An open cache directory that passed the checks of ``open_cache_dir``."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd

    def read(self, name: str) -> bytes | None:
        """The bytes of entry ``name``: None unless it is a regular file of this user's."""
        try:
            fd = os.open(name, _READ, dir_fd=self.fd)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not _private_file(info) or info.st_size > MAX_ENTRY_BYTES:
                return None
            chunks = []
            while chunk := os.read(fd, max(info.st_size, 1 << 16)):
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError:
            return None
        finally:
            os.close(fd)

    def write(self, name: str, *chunks: bytes) -> None:
        """Write entry ``name`` atomically (a temporary file renamed into place), mode 0600."""
        tmp = f".tmp-{secrets.token_hex(8)}"
        fd = os.open(tmp, _CREATE, 0o600, dir_fd=self.fd)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.writelines(chunks)
            os.replace(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        except BaseException:
            self.remove(tmp)
            raise

    def remove(self, name: str) -> None:
        """Remove ``name`` if it is one of the cache's names (a link is removed, not followed)."""
        if is_own_name(name):
            with contextlib.suppress(OSError):
                os.unlink(name, dir_fd=self.fd)

    def names(self) -> list[str]:
        """The names in the directory that the cache makes (nothing else is listed)."""
        try:
            return [name for name in os.listdir(self.fd) if is_own_name(name)]
        except OSError:
            return []

    def stat(self, name: str) -> os.stat_result | None:
        """The stat of ``name`` itself (a link is not followed), or None."""
        try:
            return os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        except OSError:
            return None

    def touch(self, name: str) -> None:
        """Set the modification time of ``name`` to now, making it (empty) if missing."""
        info = self.stat(name)
        if info is not None and not _private_file(info):
            self.remove(name)  # a link or a pipe where the stamp should be
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600, dir_fd=self.fd)
        except OSError:
            return
        try:
            os.utime(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


def open_cache_dir(path: Path) -> CacheDir | str:
    """The cache directory at ``path`` (made 0700 if missing), or why it cannot be used.

    The reason is "" when the directory cannot be made or opened at all (a read-only home):
    that only costs time and is not worth a warning. Otherwise it is a sentence for the user.
    """
    try:
        directory = CacheDir(path, _open_or_make(path))
    except OSError:
        if path.exists() and not path.is_dir():
            return f"'{path}' is not a directory"
        return ""
    return _unsafe(directory) or directory


def _open_or_make(path: Path) -> int:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):  # made by a run beside this one: checked as any
        os.mkdir(path, 0o700)
    return os.open(path, flags)


def _unsafe(directory: CacheDir) -> str:
    """Why ``directory`` must not hold the cache ("" when it may), marking it as argmap's."""
    path, info = directory.path, os.fstat(directory.fd)
    if not st.S_ISDIR(info.st_mode):
        return f"'{path}' is not a directory"
    if info.st_uid != os.geteuid():
        return f"'{path}' belongs to another user"
    if info.st_mode & 0o022:
        return f"'{path}' is writable by other users (chmod go-w, or choose another directory)"
    tag = directory.stat(TAG)
    if tag is not None and _private_file(tag):
        return ""
    try:
        foreign = sorted(name for name in os.listdir(directory.fd) if not is_own_name(name))
    except OSError:
        return ""
    if foreign:
        shown = ", ".join(foreign[:3]) + (
            f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        )
        return (
            f"'{path}' holds files argmap did not make ({shown}); "
            "give the cache a directory of its own"
        )
    with contextlib.suppress(OSError):
        directory.write(TAG, _TAG_TEXT.encode())
    return ""


def _private_file(info: os.stat_result) -> bool:
    """A regular file of this user's that no one else may write."""
    return st.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o022
