"""Drawing DOT with Graphviz's ``dot`` program, and what to say when it is missing."""

from __future__ import annotations

import shutil
import subprocess

from argmap.errors import ArgmapError

__all__ = ["FORMATS", "MISSING_DOT", "find_dot", "run_dot"]

# File suffix -> dot's -T format.
FORMATS = {".svg": "svg", ".png": "png", ".pdf": "pdf"}

MISSING_DOT = (
    "Graphviz's 'dot' program was not found on PATH; install Graphviz to draw diagrams "
    "(Debian/Ubuntu: sudo apt-get install graphviz; Fedora: sudo dnf install graphviz; "
    "macOS: brew install graphviz; Windows: winget install graphviz; others: "
    "https://graphviz.org/download/), or write DOT with 'argmap export dot' and draw it elsewhere"
)


def find_dot() -> str:
    """The path of ``dot``, or an ArgmapError that says how to install Graphviz."""
    dot = shutil.which("dot")
    if dot is None:
        raise ArgmapError(MISSING_DOT)
    return dot


def run_dot(source: str, fmt: str) -> bytes:
    """``source`` drawn by ``dot -T fmt``; an ArgmapError with dot's message if it fails."""
    done = subprocess.run(
        [find_dot(), f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True, check=False
    )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise ArgmapError(f"graphviz 'dot -T{fmt}' failed (exit {done.returncode}): {message}")
    return done.stdout
