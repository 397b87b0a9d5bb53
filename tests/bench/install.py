"""argmap installed as a user installs it, for the benchmark to time.

A development checkout is an editable install: a finder hook that every Python of the virtual
environment runs at start-up, and (where ``PYTHONDONTWRITEBYTECODE`` is set) modules compiled
again on every run. A user's ``pip install argmap`` has neither: the package is a plain copy in
site-packages with its bytecode compiled at install time. ``user_install`` makes that: a
virtual environment without pip, a copy of the package compiled as pip compiles it, the
console script pip writes, and the dependencies of the development environment (already
compiled by pip) reached through a ``.pth`` path line, which adds the folder without running
the development environment's own ``.pth`` hooks.
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

__all__ = ["Install", "user_install"]

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "argmap"

SCRIPT = """#!{python}
import sys
from argmap.cli import main
if __name__ == "__main__":
    sys.argv[0] = sys.argv[0].removesuffix(".exe")
    sys.exit(main())
"""


class Install:
    """Where the installed copy lives: its Python, its console script, its environment."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.python = str(prefix / "bin" / "python")
        self.argmap = str(prefix / "bin" / "argmap")

    def environment(self, **extra: str) -> dict[str, str]:
        """The caller's environment as a user's shell has it: bytecode written, no venv hooks."""
        env = dict(os.environ)
        for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYTHONHOME", "ARGMAP_MAP"):
            env.pop(name, None)
        env.update(extra)
        return env


def user_install(prefix: Path) -> Install:
    """Install this checkout's argmap under ``prefix`` (replacing what is there) and compile it."""
    shutil.rmtree(prefix, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(prefix)],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    install = Install(prefix)
    site = Path(
        subprocess.run(
            [install.python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    shutil.copytree(PACKAGE, site / "argmap", ignore=shutil.ignore_patterns("__pycache__"))
    # pip compiles every module it installs; the optimization level a plain `python` reads.
    compileall.compile_dir(site / "argmap", quiet=1, workers=0)
    deps = sysconfig.get_paths()["purelib"]
    (site / "argmap-bench-deps.pth").write_text(deps + "\n", encoding="utf-8")
    script = Path(install.argmap)
    script.write_text(SCRIPT.format(python=install.python), encoding="utf-8")
    script.chmod(0o755)
    return install
