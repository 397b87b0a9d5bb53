"""Helpers for the diagram tests: drawing DOT with the real Graphviz and reading the SVG."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

SVG = "{http://www.w3.org/2000/svg}"
WORD_JOINER = "\u2060"


def draw(dot_source: str) -> str:
    """The SVG that the real ``dot -Tsvg`` draws; fails the test if dot does not exit 0."""
    done = subprocess.run(
        ["dot", "-Tsvg"], input=dot_source.encode("utf-8"), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    assert not done.stderr, done.stderr.decode()  # no warnings either
    return done.stdout.decode("utf-8")


def node_titles(svg: str) -> list[str]:
    """The ids of the nodes drawn: one ``<g id="node…" class="node">`` group each."""
    root = ET.fromstring(svg)
    groups = [g for g in root.iter(f"{SVG}g") if g.get("id", "").startswith("node")]
    assert len(groups) == len(re.findall(r'<g id="node', svg))
    return sorted(g.findtext(f"{SVG}title") or "" for g in groups)


def drawn_text(svg: str) -> str:
    """All the text drawn in the SVG, one string (invisible word joiners removed)."""
    root = ET.fromstring(svg)
    return " ".join(t.text or "" for t in root.iter(f"{SVG}text")).replace(WORD_JOINER, "")


def golden(path: Path, text: str, update: bool) -> None:
    """Compare ``text`` with the golden file, or rewrite it under --update-golden."""
    if update:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run pytest --update-golden"
    assert text == path.read_text(encoding="utf-8")
