"""The HTML handout printed to PDF by a real browser: headless Chromium, offline.

The page is self-contained (inline styles, inline SVG, no script), so the browser fetches
nothing; it runs with a throw-away profile and its network services off, and prints with the
page's own print style sheet (A4, no browser header or footer).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from argmap.errors import ArgmapError

__all__ = ["BROWSERS", "MISSING_CHROMIUM", "find_chromium", "print_pdf"]

# The names Chromium goes by on PATH; $ARGMAP_CHROMIUM names another.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 120  # seconds a print may take

MISSING_CHROMIUM = (
    "cannot print a PDF: Chromium was not found on PATH (Debian/Ubuntu: sudo apt-get install "
    "chromium; or set ARGMAP_CHROMIUM to a Chromium or Chrome program); write the brief as "
    ".html and print it from a browser instead"
)

_FLAGS = (
    "--headless",
    "--no-sandbox",  # the page is argmap's own, escaped and without script; root needs it
    "--disable-gpu",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-pdf-header-footer",
)


def find_chromium() -> str:
    """The Chromium program to print with, or an ArgmapError saying how to get one."""
    named = os.environ.get("ARGMAP_CHROMIUM")
    for candidate in ([named] if named else []) + list(BROWSERS):
        found = shutil.which(candidate)
        if found:
            return found
    raise ArgmapError(MISSING_CHROMIUM)


def print_pdf(page: str, browser: str | None = None) -> bytes:
    """The PDF that headless Chromium (``browser``, else :func:`find_chromium`'s) prints of the
    HTML ``page``."""
    browser = browser or find_chromium()
    with tempfile.TemporaryDirectory(prefix="argmap-print-") as tmp:
        folder = Path(tmp)
        source, target = folder / "brief.html", folder / "brief.pdf"
        source.write_text(page, encoding="utf-8")
        command = [
            browser,
            *_FLAGS,
            f"--user-data-dir={folder / 'profile'}",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT, check=False, cwd=folder
            )
        except subprocess.TimeoutExpired:
            raise ArgmapError(f"Chromium did not print the PDF within {TIMEOUT} s") from None
        except OSError as error:
            raise ArgmapError(f"cannot run Chromium ({browser}): {error}") from None
        data = target.read_bytes() if target.exists() else b""
        if done.returncode != 0 or not data.startswith(b"%PDF"):
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise ArgmapError(
                f"Chromium could not print the PDF (exit {done.returncode}): " + " ".join(said)
            )
        return data
