"""Time whole argmap commands as a user runs them, next to the floors they are measured against.

Every run is a fresh process: wall time from start to exit, and its peak resident memory from
``os.wait4``. A command is timed cold (its cache directory emptied before each run) and warm
(cache filled by a run before), and each figure is the median of ``repeat`` runs.

The floors, timed the same way:

- ``cold floor``: a bare Python that parses the same files with PyYAML's C loader and nothing
  else: what reading the map costs with no argmap in it.
- ``warm floor``: a bare Python that imports networkx and decodes every cache file of the map.
- ``python -c pass``: the floor for ``argmap --help``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PYTHON = sys.executable
# The console script a user runs, beside this Python (python -m argmap where there is none).
_SCRIPT = Path(PYTHON).parent / "argmap"
ARGMAP = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "argmap"]

COLD_FLOOR = """
import sys, yaml
for name in sys.argv[1:]:
    with open(name, "rb") as handle:
        yaml.load(handle.read(), Loader=yaml.CSafeLoader)
"""

WARM_FLOOR = """
import sys, networkx
from argmap.load.cache import decode_part, read_entry
for name in sys.argv[1:]:
    with open(name, "rb") as handle:
        decode_part(read_entry(handle.read())[1])  # the map file's part, past the header
"""


@dataclass
class Run:
    """Median wall time and the largest peak memory of repeated runs of one command line."""

    seconds: float
    peak_mb: float
    runs: list[float]
    failed: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 4),
            "peak_mb": round(self.peak_mb, 1),
            "runs": [round(r, 4) for r in self.runs],
            "failed": self.failed,
        }


@dataclass(frozen=True)
class Command:
    """A command as a user types it, and what must exist for it to run."""

    label: str
    args: tuple[str, ...]
    needs: tuple[str, ...] = ()
    uses_map: bool = True


def commands(motion: str) -> list[Command]:
    """The commands the issue names, in its order; ``needs`` are COMMANDS entries (and formats)."""
    return [
        Command("--help", ("--help",), uses_map=False),
        Command("check", ("check",), ("check",)),
        Command("stats", ("stats",), ("stats",)),
        Command("matrix", ("matrix",), ("matrix",)),
        Command("contested", ("contested",), ("contested",)),
        Command("export dot", ("export", "dot"), ("export", "format:dot")),
        Command("evaluate", ("evaluate",), ("evaluate",)),
        Command("prep", ("prep", motion, "--side", "for"), ("prep",)),
        # The same analyses without the terminal tables, to tell their cost from rich's.
        Command("contested --format json", ("contested", "--format", "json"), ("contested",)),
        Command("evaluate --format json", ("evaluate", "--format", "json"), ("evaluate",)),
        Command(
            "prep --format json", ("prep", motion, "--side", "for", "--format", "json"), ("prep",)
        ),
    ]


def missing(command: Command) -> list[str]:
    """What ``command`` needs that argmap does not have yet (asked of the code as it is now)."""
    import importlib.util

    from argmap.cli import COMMANDS

    gone = []
    for need in command.needs:
        if need.startswith("format:"):
            from argmap.export import FORMATS

            name = need.split(":", 1)[1]
            if name not in FORMATS or importlib.util.find_spec(FORMATS[name].module) is None:
                gone.append(f"export format {name}")
        elif need not in COMMANDS:
            gone.append(f"command {need}")
        else:
            module = COMMANDS[need].partition(":")[0]
            if importlib.util.find_spec(module) is None:
                gone.append(f"module {module}")
    return gone


# A figure stops repeating once its runs have taken this long (one run at least), and a run
# is stopped after TIMEOUT: the slowest commands on 100,000 claims would otherwise take hours.
BUDGET = 30.0
TIMEOUT = 300.0


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, str | None]:
    """Wall seconds, peak MB and an error (None when it exited 0) of one process."""
    timeout = TIMEOUT
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        failed = None
        if seconds >= timeout:
            failed = f"stopped after {timeout:.0f} s"
        elif process.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            failed = f"exit {process.returncode}: " + " | ".join(tail)
    # ru_maxrss is in kilobytes on Linux.
    return seconds, usage.ru_maxrss / 1024, failed


def timed(argv: list[str], env: dict[str, str], repeat: int, before: Any = None) -> Run:
    """Run ``argv`` up to ``repeat`` times (calling ``before()`` ahead of each run)."""
    times: list[float] = []
    peaks: list[float] = []
    for _ in range(repeat):
        if before is not None:
            before()
        seconds, peak, failed = run_once(argv, env)
        if failed:
            return Run(seconds, peak, [seconds], failed)
        times.append(seconds)
        peaks.append(peak)
        if sum(times) > BUDGET:
            break
    return Run(statistics.median(times), max(peaks), times)


@dataclass
class MapBench:
    """Everything measured on one map."""

    name: str
    claims: int
    files: int
    floors: dict[str, Run] = field(default_factory=dict)
    cold: dict[str, Run] = field(default_factory=dict)
    warm: dict[str, Run] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    edited: Run | None = None


def environment(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"ARGMAP_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "100"})
    env.pop("ARGMAP_MAP", None)
    return env


def bench_map(
    name: str,
    root: Path,
    claims: int,
    motion: str,
    work: Path,
    repeat: int,
    edit_one: Path | None = None,
    say: Any = print,
) -> MapBench:
    """Time every command that exists on the map in ``root``, with its floors."""
    files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    cache = work / f"cache-{name}"
    env = environment(cache)
    result = MapBench(name, claims, len(files))

    def empty_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    say(f"[{name}] floors")
    result.floors["python -c pass"] = timed([PYTHON, "-c", "pass"], env, repeat)
    result.floors["cold floor"] = timed([PYTHON, "-c", COLD_FLOOR, *map(str, files)], env, repeat)
    for command in commands(motion):
        gone = missing(command)
        if gone:
            result.skipped[command.label] = "not present: " + ", ".join(gone)
            say(f"[{name}] {command.label}: skipped ({result.skipped[command.label]})")
            continue
        argv = (
            [*ARGMAP, "--map", str(root), *command.args]
            if command.uses_map
            else [
                *ARGMAP,
                *command.args,
            ]
        )
        say(f"[{name}] {command.label}")
        if command.uses_map:
            result.cold[command.label] = timed(argv, env, repeat, before=empty_cache)
            run_once(argv, env)  # fill the cache
        result.warm[command.label] = timed(argv, env, repeat)
    empty_cache()
    run_once([*ARGMAP, "--map", str(root), "check"], env)
    entries = sorted(str(p) for p in cache.glob("file-*.msgpack"))
    result.floors["warm floor"] = timed([PYTHON, "-c", WARM_FLOOR, *entries], env, repeat)
    if edit_one is not None:
        say(f"[{name}] check after editing one file")
        original = edit_one.read_bytes()
        count = iter(range(10**6))

        def edit() -> None:
            edit_one.write_bytes(original + f"# edit {next(count)}\n".encode())

        try:
            result.edited = timed([*ARGMAP, "--map", str(root), "check"], env, repeat, edit)
        finally:
            edit_one.write_bytes(original)
    return result
