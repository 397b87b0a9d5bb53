"""Drawing DOT with Graphviz's ``dot`` program, what to say when it is missing, and inlining
its SVG in a page."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

from argmap.errors import ArgmapError

__all__ = [
    "DIAGRAM_LIMIT",
    "FORMATS",
    "MISSING_DOT",
    "find_dot",
    "inline_svg",
    "run_dot",
    "svg_or_note",
    "too_large_note",
]

# The most claims a page draws as a diagram: Graphviz's layout time grows far faster than the
# map (here 300 claims took 0.3 s, 600 took 1.2 s, 4,000 took eight minutes).
DIAGRAM_LIMIT = 500

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


def svg_or_note(source: str) -> tuple[str, None] | tuple[None, str]:
    """``source`` drawn as SVG, or None and a note saying why there is no diagram."""
    try:
        return run_dot(source, "svg").decode("utf-8"), None
    except ArgmapError as error:
        return None, f"No diagram: {error}"


def too_large_note(claims: int) -> str:
    """Why a diagram of ``claims`` claims is not drawn, and how to draw one.

    >>> too_large_note(4000)[:46]
    'No diagram: 4,000 claims are more than the 500'
    """
    return (
        f"No diagram: {claims:,} claims are more than the {DIAGRAM_LIMIT:,} a page draws, as "
        "Graphviz takes minutes to hours to lay out a map this size; draw part of it with "
        "--focus CLAIM --depth N, --author A or --tag T, or all of it with 'argmap render'"
    )


_SVG_START = re.compile(r"<svg\b", re.IGNORECASE)
_SVG_SIZE = re.compile(r'\s(width|height)="[^"]*"')


def inline_svg(svg: str, scalable: bool = False, label: str | None = None) -> str:
    """Graphviz's SVG ready to sit inside an HTML page: no XML prolog or DOCTYPE.

    ``scalable`` drops its fixed width and height, so the page's style sizes it; ``label``
    makes it an image with that accessible name.

    >>> inline_svg('<?xml version="1.0"?><svg width="8pt" height="4pt"><g/></svg>', True, "map")
    '<svg role="img" aria-label="map"><g/></svg>'
    """
    match = _SVG_START.search(svg)
    if match is None:
        return ""
    body = svg[match.start() :]
    head_end = body.index(">")
    head = body[:head_end]
    if scalable:
        head = _SVG_SIZE.sub("", head)
    if label is not None:
        head += (
            f' role="img" aria-label="{html.escape(label, quote=False).replace(chr(34), "&quot;")}"'
        )
    return head + body[head_end:]
