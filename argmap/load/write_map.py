"""An ArgMap written out as a map directory of YAML files, atomically.

The directory gets ``authors.yaml`` (when there are authors) and ``claims.yaml``, each
starting with a comment that says where the map came from. Everything is written into a
temporary directory beside the target and renamed into place at the end, so a failed import
leaves nothing half-written; an existing non-empty directory is replaced only with ``force``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from argmap.errors import DirectoryTaken
from argmap.model import ArgMap, Claim, EdgeKind, Side, Stance

__all__ = ["map_files", "write_map"]


def _stance(stance: Stance) -> dict[str, Any]:
    entry: dict[str, Any] = {"author": stance.author, "quote": stance.quote}
    if stance.source:
        entry["source"] = stance.source
    if stance.note:
        entry["note"] = stance.note
    return entry


def _claim(claim: Claim) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": claim.id, "text": claim.text}
    if claim.tags:
        entry["tags"] = list(claim.tags)
    for key, side in (("held_by", Side.HOLDS), ("denied_by", Side.DENIES)):
        stances = [_stance(s) for s in claim.stances if s.side is side]
        if stances:
            entry[key] = stances
    for key, kind in (("supports", EdgeKind.SUPPORTS), ("rebuts", EdgeKind.REBUTS)):
        targets: list[Any] = [
            {"claim": e.target, "note": e.note} if e.note else e.target
            for e in claim.edges
            if e.kind is kind
        ]
        if targets:
            entry[key] = targets
    if claim.strength is not None:
        entry["strength"] = claim.strength
    if claim.note:
        entry["note"] = claim.note
    if claim.motion is not None:
        entry["motion"] = claim.motion
    return entry


def _dump(header: str, data: dict[str, Any]) -> str:
    body = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )
    return f"# {header}\n{body}"


def map_files(argmap: ArgMap, origin: str) -> dict[str, str]:
    """File name -> YAML text of the map.

    >>> from argmap.model import ArgMap, Claim
    >>> print(map_files(ArgMap(claims=[Claim("a", "A: yes")]), "x.txt")["claims.yaml"])
    # Imported by argmap from x.txt
    claims:
    - id: a
      text: 'A: yes'
    <BLANKLINE>
    """
    header = f"Imported by argmap from {origin}"
    files: dict[str, str] = {}
    if argmap.authors:
        authors = [
            {
                "id": a.id,
                "name": a.name,
                **({"affiliation": a.affiliation} if a.affiliation else {}),
            }
            for a in argmap.authors
        ]
        files["authors.yaml"] = _dump(header, {"authors": authors})
    files["claims.yaml"] = _dump(header, {"claims": [_claim(c) for c in argmap.claims]})
    return files


def write_map(
    argmap: ArgMap, directory: str | os.PathLike[str], origin: str, force: bool = False
) -> list[Path]:
    """Write ``argmap`` as a map directory; return the files written.

    Refuses (DirectoryTaken) to write over a file, or to replace a non-empty directory unless
    ``force``; with ``force`` the directory is replaced as a whole.
    """
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise DirectoryTaken(str(target), "is-a-file")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise DirectoryTaken(str(target), "not-empty")
    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    try:
        # mkdtemp makes a private (0700) directory; the map should get the usual permissions.
        os.chmod(staging, 0o777 & ~_umask())
        for name, text in map_files(argmap, origin).items():
            (staging / name).write_text(text, encoding="utf-8")
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(target / p.name for p in target.iterdir())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _swap_in(staging: Path, target: Path) -> None:
    """Rename ``staging`` to ``target``, moving an old ``target`` aside first."""
    if not target.exists():
        os.rename(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=staging.parent))
    old.rmdir()
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
