"""Writing output: JSON the one way argmap writes it, and files that a crash never leaves half written."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from argmap.wording import escaped

__all__ = ["dump_json", "write_atomic"]


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
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=sort_keys) + "\n"
    # json escapes C0 itself; DEL, C1 and the bidi controls can only stand inside strings here.
    return escaped(text)


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The existing file's mode, or what the user's umask gives a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
