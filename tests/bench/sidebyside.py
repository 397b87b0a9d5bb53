"""argmap beside Argdown's command line (``@argdown/cli``) on the same map.

The map is argmap's own ``export argdown`` of each generated map; Argdown draws it as DOT
(``argdown map FILE --format dot --stdout``), argmap as ``export dot``, cold (empty cache) and
warm. Runs alternate as for the floors (``harness.paired``), and each ratio is argmap's time
over Argdown's: below 1, argmap is faster. ``--help`` is compared too. Argdown is installed
by ``make bench`` (``npm ci`` in tests/bench/argdown, its version pinned by the lockfile);
without it (no Node, no network) this part is skipped and says so.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .harness import Paired, paired, run_once

FOLDER = Path(__file__).resolve().parent / "argdown"
ARGDOWN = FOLDER / "node_modules" / ".bin" / "argdown"


def available() -> str | None:
    """None when Argdown's CLI can run here, else why not."""
    if shutil.which("node") is None:
        return "no node on PATH"
    if not ARGDOWN.exists():
        return "not installed (make bench runs npm ci in tests/bench/argdown)"
    return None


def version() -> str:
    try:
        done = subprocess.run(
            [str(ARGDOWN), "--version"], check=False, capture_output=True, text=True, timeout=60
        )
        return done.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


@dataclass
class SideBySide:
    """argmap ÷ Argdown on one map (and ``--help``, on the first)."""

    name: str
    claims: int
    cold: Paired | None = None
    warm: Paired | None = None
    help: Paired | None = None
    failed: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SideBySide:
        runs = {
            k: Paired.from_dict(data[k]) if k in data else None for k in ("cold", "warm", "help")
        }
        return cls(data["name"], data["claims"], **runs, failed=data["failed"])

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "claims": self.claims,
            **{
                key: getattr(self, key).as_dict()
                for key in ("cold", "warm", "help")
                if getattr(self, key) is not None
            },
            "failed": self.failed,
        }


def compare(
    name: str,
    root: Path,
    claims: int,
    install: Any,
    work: Path,
    repeat: int,
    with_help: bool,
    say: Any = print,
) -> SideBySide:
    """argmap's ``export dot`` (cold and warm) paired with Argdown's ``map`` of the same map."""
    cache = work / f"cache-argdown-{name}"
    env = install.environment(ARGMAP_CACHE_DIR=str(cache), NO_COLOR="1", COLUMNS="100")
    document = work / f"map-{name}.argdown"
    result = SideBySide(name, claims)
    made = run_once(
        [install.argmap, "--map", str(root), "export", "argdown", "-o", str(document)], env
    )
    if made.failed:
        result.failed.append(f"export argdown: {made.failed}")
        return result
    theirs = [str(ARGDOWN), "map", str(document), "--format", "dot", "--stdout"]
    ours = [install.argmap, "--map", str(root), "export", "dot"]

    def empty_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    say(f"[{name}] beside Argdown: export dot")
    result.cold = paired(ours, theirs, env, repeat, before=empty_cache)
    run_once(ours, env)
    result.warm = paired(ours, theirs, env, repeat)
    if with_help:
        result.help = paired([install.argmap, "--help"], [str(ARGDOWN), "--help"], env, repeat)
    for key in ("cold", "warm", "help"):
        run = getattr(result, key)
        if run is not None and run.failed:
            result.failed.append(f"{key}: {run.failed}")
    empty_cache()
    return result


def render(results: list[SideBySide]) -> str:
    """The Markdown rows: argmap's time and memory over Argdown's, per map."""
    rows = [
        (
            "| map | argmap cold s | argmap warm s | Argdown s | cold ÷ Argdown | warm ÷ Argdown "
            "| peak MB argmap / Argdown |"
        ),
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        if r.failed or r.cold is None or r.warm is None:
            rows.append(f"| {r.claims} claims | failed: {'; '.join(r.failed)} | | | | | |")
            continue
        theirs = r.cold.floor
        rows.append(
            f"| {r.claims} claims | {r.cold.seconds:.3f} | {r.warm.seconds:.3f} "
            f"| {theirs.seconds:.3f} | {r.cold.ratio:.2f} | {r.warm.ratio:.2f} "
            f"| {max(r.cold.run.peak_mb, r.warm.run.peak_mb):.0f} / {theirs.peak_mb:.0f} |"
        )
    # One --help row: runs of several sizes rendered together each carry one.
    helps = [r.help for r in results if r.help is not None and not r.help.failed]
    for h in helps[:1]:
        rows.append(
            f"| `--help` | | {h.seconds:.3f} | {h.floor.seconds:.3f} | | {h.ratio:.2f} "
            f"| {h.run.peak_mb:.0f} / {h.floor.peak_mb:.0f} |"
        )
    return "\n".join(rows)
