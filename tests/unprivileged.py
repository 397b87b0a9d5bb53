"""Running argmap as a user without root's power over permissions.

Root writes to read-only files and into other users' directories, so a test of what argmap
refuses to do there means nothing as root. As root (CI), ``run_argmap`` runs the command as
``nobody`` through util-linux's ``setpriv``, keeping only the power to read and search (so the
checkout and the test's files stay readable wherever they are) and none to write; as any other
user it runs the command as that user, whose permissions already hold.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

__all__ = ["NOBODY", "give_away", "run_argmap"]

NOBODY = 65534  # the uid and gid setpriv switches to (Debian's nobody and nogroup)


def _prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    # No skip: CI runs as root, and tools/system-deps.sh installs util-linux's setpriv.
    assert setpriv is not None, "setpriv (util-linux) is needed to run a test as nobody"
    return [
        setpriv,
        f"--reuid={NOBODY}",
        f"--regid={NOBODY}",
        "--clear-groups",
        "--inh-caps=-all,+dac_read_search",
        "--ambient-caps=+dac_read_search",
    ]


def give_away(path: Path) -> None:
    """Make ``path`` the unprivileged user's (a no-op when the tests do not run as root)."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


def run_argmap(
    *args: object, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``argmap ARGS`` in a process of its own, without root's power to write anywhere."""
    base = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": "/nonexistent",
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "LANG": "C.UTF-8",
    }
    base.update(env or {})
    return subprocess.run(
        [*_prefix(), sys.executable, "-m", "argmap", *map(str, args)],
        env=base,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
