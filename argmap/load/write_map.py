"""An ArgMap written out as a map directory of YAML files, atomically.

The directory gets ``authors.yaml`` (when there are authors), ``sources.yaml`` (when there
are sources) and ``claims.yaml``, each starting with a comment that says where the map came
from; claims too many for one file under the loader's size limit go to ``claims-1.yaml``,
``claims-2.yaml``... Everything is written into a
temporary directory beside the target and renamed into place at the end, so a failed import
leaves nothing half-written; an existing non-empty directory is replaced only with ``force``,
and only when it holds nothing but map files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argmap.errors import DirectoryTaken
from argmap.load.discover import MAP_SUFFIXES, max_file_bytes
from argmap.load.scalars import dump_yaml
from argmap.model import ArgMap, Claim, EdgeKind, Side, Source, Stance

__all__ = ["check_target", "map_files", "not_map_files", "write_map"]


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


def _source(source: Source) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": source.id}
    if len(source.authors) == 1:
        entry["author"] = source.authors[0]
    else:
        entry["authors"] = list(source.authors)
    entry["title"] = source.title
    for key in ("venue", "date", "url", "text"):
        value = getattr(source, key)
        if value:
            entry[key] = value
    return entry


def _dump(header: str, data: dict[str, Any]) -> str:
    return f"# {header}\n{dump_yaml(data)}"


def _claim_files(header: str, claims: list[Claim], limit: int) -> dict[str, str]:
    """``claims.yaml``, or as many ``claims-N.yaml`` as keep each file under ``limit`` bytes."""
    items = [dump_yaml([_claim(c)]) for c in claims]
    head = f"# {header}\nclaims:\n"
    if not items or len(head.encode()) + sum(len(i.encode()) for i in items) <= limit:
        return {"claims.yaml": head + "".join(items) if items else _dump(header, {"claims": []})}
    chunks: list[list[str]] = [[]]
    size = len(head.encode())
    for item in items:
        length = len(item.encode())
        if chunks[-1] and size + length > limit:
            chunks.append([])
            size = len(head.encode())
        chunks[-1].append(item)
        size += length
    return {f"claims-{n}.yaml": head + "".join(chunk) for n, chunk in enumerate(chunks, 1)}


def map_files(argmap: ArgMap, origin: str, limit: int | None = None) -> dict[str, str]:
    """File name -> YAML text of the map; no file over ``limit`` bytes (default: 90% of the
    loader's limit) unless one claim alone is larger.

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
    if argmap.sources:
        files["sources.yaml"] = _dump(header, {"sources": [_source(s) for s in argmap.sources]})
    if limit is None:
        limit = max_file_bytes() * 9 // 10
    files.update(_claim_files(header, argmap.claims, limit))
    return files


def write_map(
    argmap: ArgMap,
    directory: str | os.PathLike[str],
    origin: str,
    force: bool = False,
    accept: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Write ``argmap`` as a map directory; return the files written.

    The files are written into a staging directory first; ``accept(staging)`` may look at them
    and raise to write nothing. Refuses (DirectoryTaken) to write over a file, or to replace a
    non-empty directory unless ``force``; even with ``force`` a directory is replaced only when
    it holds map files and nothing else (anything else the user keeps there would be lost) and
    not the current directory. An empty directory (``-o .`` included) is filled in place.
    """
    target = Path(os.path.realpath(directory))  # a link to a directory: the directory
    fill = check_target(directory, force)
    parent = target if fill else target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    try:
        # mkdtemp makes a private (0700) directory; the map should get the usual permissions.
        os.chmod(staging, 0o777 & ~_umask())
        for name, text in map_files(argmap, origin).items():
            (staging / name).write_text(text, encoding="utf-8")
        if accept is not None:
            accept(staging)
        if fill:
            for written in sorted(staging.iterdir()):
                os.rename(written, target / written.name)
            staging.rmdir()
        else:
            _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(target / p.name for p in target.iterdir())


def check_target(directory: str | os.PathLike[str], force: bool = False) -> bool:
    """DirectoryTaken if ``write_map`` may not write ``directory``; else whether it is an
    existing empty directory (filled in place) rather than one to make or replace."""
    given = str(directory)
    target = Path(os.path.realpath(directory))
    if target.exists() and not target.is_dir():
        raise DirectoryTaken(given, "is-a-file")
    if not target.is_dir():
        return False
    if not any(target.iterdir()):
        return True
    if not force:
        raise DirectoryTaken(given, "not-empty")
    others = not_map_files(target)
    if others:
        raise DirectoryTaken(given, "not-only-map-files", others)
    here = Path.cwd()
    if target == here or target in here.parents:
        raise DirectoryTaken(given, "holds-cwd")
    return False


def not_map_files(directory: Path) -> list[str]:
    """What ``directory`` holds besides map files (``*.yaml`` / ``*.yml``, in folders too):
    its top-level entries that are, or hold, anything else, a folder named with a final /.

    >>> import tempfile; root = Path(tempfile.mkdtemp())
    >>> for name in ("a.yaml", "sub/b.yml", ".git/HEAD", "notes.md"):
    ...     (root / name).parent.mkdir(exist_ok=True); _ = (root / name).write_text("x")
    >>> not_map_files(root)
    ['.git/', 'notes.md']
    """
    found = []
    for entry in sorted(directory.iterdir()):
        if entry.is_symlink():
            found.append(entry.name)
        elif entry.is_dir():
            if not_map_files(entry):
                found.append(entry.name + "/")
        elif not (entry.is_file() and entry.suffix in MAP_SUFFIXES):
            found.append(entry.name)
    return found


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
