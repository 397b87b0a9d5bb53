"""The real parsers the tests read exports with, run by Node: each folder holds a parse.mjs
that reads a document on stdin and prints JSON (installed by `make test`, npm ci there)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ARGDOWN = HERE / "argdown"
MERMAID = HERE / "mermaid"


def node_parse(folder: Path, document: str) -> dict[str, Any]:
    """What ``folder``'s parse.mjs prints for ``document``, as JSON."""
    done = subprocess.run(
        ["node", "parse.mjs"],
        input=document,
        capture_output=True,
        text=True,
        cwd=folder,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result
