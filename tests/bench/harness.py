"""Time whole argmap commands as a user runs them, each paired with the floor it is measured by.

Every run is a fresh process of argmap installed as a user installs it (``install``): wall time
from start to exit, CPU time (user + system) and peak resident memory from ``os.wait4``. A
command is timed cold (its cache directory emptied before each run) and warm (cache filled by
a run before). The machine may be shared, so a command is never compared with a floor timed
at another moment: its runs alternate with runs of its floor (floor first, then command first,
and so on), each pair gives one ratio, and a figure is the median of the pairs' ratios (and
the median of the command's own runs for its seconds).

The floors:

- ``cold floor``: a bare Python that parses the same files with PyYAML's C loader, collection
  paused, and nothing else: what reading the map costs with no argmap in it.
- ``warm floor``: a bare Python that imports networkx and reads the same data, already parsed,
  with one ``json.load`` (``floor_json``): what a command costs at the least once nothing needs
  parsing.
- ``python -c pass``: the floor of ``argmap --help``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COLD_FLOOR = """
import gc, sys, yaml
gc.disable()
for name in sys.argv[1:]:
    with open(name, "rb") as handle:
        yaml.load(handle.read(), Loader=yaml.CSafeLoader)
"""

WARM_FLOOR = """
import json, sys, networkx
with open(sys.argv[1], "rb") as handle:
    json.load(handle)
"""

# A figure stops repeating once its runs have taken this long (MIN_PAIRS pairs at least), and
# a run is stopped after TIMEOUT: the slowest commands on 100,000 claims would otherwise take
# hours.
BUDGET = 60.0
MIN_PAIRS = 2
TIMEOUT = 300.0


@dataclass
class Sample:
    """One process: wall and CPU seconds, peak MB, and an error (None when it exited 0)."""

    wall: float
    cpu: float
    peak_mb: float
    failed: str | None = None


@dataclass
class Run:
    """Median wall and CPU time and the largest peak memory of repeated runs of one command."""

    seconds: float
    cpu: float
    peak_mb: float
    runs: list[float]
    failed: str | None = None

    @classmethod
    def of(cls, samples: Sequence[Sample]) -> Run:
        failed = next((s.failed for s in samples if s.failed), None)
        return cls(
            statistics.median(s.wall for s in samples),
            statistics.median(s.cpu for s in samples),
            max(s.peak_mb for s in samples),
            [s.wall for s in samples],
            failed,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Run:
        return cls(data["seconds"], data["cpu"], data["peak_mb"], data["runs"], data["failed"])

    def as_dict(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 4),
            "cpu": round(self.cpu, 4),
            "peak_mb": round(self.peak_mb, 1),
            "runs": [round(r, 4) for r in self.runs],
            "failed": self.failed,
        }


@dataclass
class Paired:
    """A command's runs and its floor's, alternated: the medians of the pairs' ratios."""

    run: Run
    floor: Run
    ratio: float  # median of wall(command) / wall(floor) over the pairs
    cpu_ratio: float  # the same in CPU seconds, which other load on the machine inflates less
    over: float  # median of wall(command) - wall(floor), for --help
    cpu_over: float  # the same in CPU seconds

    @property
    def seconds(self) -> float:
        return self.run.seconds

    @property
    def failed(self) -> str | None:
        return self.run.failed or self.floor.failed

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paired:
        return cls(
            Run.from_dict(data),
            Run.from_dict(data["floor"]),
            data["ratio"],
            data["cpu_ratio"],
            data["over_floor"],
            data.get("cpu_over_floor", data["cpu"] - data["floor"]["cpu"]),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.run.as_dict(),
            "floor": self.floor.as_dict(),
            "ratio": round(self.ratio, 3),
            "cpu_ratio": round(self.cpu_ratio, 3),
            "over_floor": round(self.over, 4),
            "cpu_over_floor": round(self.cpu_over, 4),
        }


def run_once(argv: Sequence[str], env: dict[str, str]) -> Sample:
    """Run one process to its end, output discarded."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env)
        timer = threading.Timer(TIMEOUT, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        failed = None
        if wall >= TIMEOUT:
            failed = f"stopped after {TIMEOUT:.0f} s"
        elif code != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            failed = f"exit {code}: " + " | ".join(tail)
    # ru_maxrss is in kilobytes on Linux.
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, failed)


def timed(
    argv: Sequence[str], env: dict[str, str], repeat: int, before: Callable[[], Any] | None = None
) -> Run:
    """Run ``argv`` up to ``repeat`` times (calling ``before()`` ahead of each run)."""
    samples: list[Sample] = []
    for _ in range(repeat):
        if before is not None:
            before()
        samples.append(run_once(argv, env))
        if samples[-1].failed or sum(s.wall for s in samples) > BUDGET:
            break
    return Run.of(samples)


def paired(
    argv: Sequence[str],
    floor: Sequence[str],
    env: dict[str, str],
    repeat: int,
    before: Callable[[], Any] | None = None,
) -> Paired:
    """``argv`` and ``floor`` alternately, ``repeat`` pairs (fewer past BUDGET seconds)."""
    runs: list[Sample] = []
    floors: list[Sample] = []
    spent = 0.0
    for i in range(repeat):
        order = ((floors, floor), (runs, argv)) if i % 2 == 0 else ((runs, argv), (floors, floor))
        for into, line in order:
            if into is runs and before is not None:
                before()
            into.append(run_once(line, env))
            spent += into[-1].wall
        if runs[-1].failed or floors[-1].failed:
            break
        if len(runs) >= MIN_PAIRS and spent > BUDGET:
            break
    pairs = list(zip(runs, floors, strict=True))
    return Paired(
        Run.of(runs),
        Run.of(floors),
        statistics.median(r.wall / f.wall for r, f in pairs),
        statistics.median(r.cpu / max(f.cpu, 1e-6) for r, f in pairs),
        statistics.median(r.wall - f.wall for r, f in pairs),
        statistics.median(r.cpu - f.cpu for r, f in pairs),
    )


@dataclass(frozen=True)
class Command:
    """A command as a user types it, and what must exist for it to run."""

    label: str
    args: tuple[str, ...]
    needs: tuple[str, ...] = ()
    uses_map: bool = True


def commands(motion: str, a: str, b: str) -> list[Command]:
    """The commands the targets cover (``needs`` are COMMANDS entries and export formats).

    ``motion`` is a motion of the map (for ``prep``), ``a`` and ``b`` two of its authors.
    A command argmap does not have yet is skipped, so the list may name commands to come.
    """
    return [
        Command("--help", ("--help",), uses_map=False),
        Command("check", ("check",), ("check",)),
        Command("stats", ("stats",), ("stats",)),
        Command("matrix", ("matrix",), ("matrix",)),
        Command("contested", ("contested",), ("contested",)),
        Command("compare", ("compare", a, b), ("compare",)),
        Command("camps", ("camps",), ("camps",)),
        Command("crux", ("crux", a, b), ("crux",)),
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


@dataclass
class MapBench:
    """Everything measured on one map."""

    name: str
    claims: int
    files: int
    floors: dict[str, Run] = field(default_factory=dict)
    cold: dict[str, Paired] = field(default_factory=dict)
    warm: dict[str, Paired] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    edited: Paired | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MapBench:
        """A MapBench as ``tests.bench.__main__.as_dict`` wrote it to the results file."""
        edited = data.get("check_one_file_edited")
        return cls(
            data["name"],
            data["claims"],
            data["files"],
            {k: Run.from_dict(v) for k, v in data["floors"].items()},
            {k: Paired.from_dict(v) for k, v in data["cold"].items()},
            {k: Paired.from_dict(v) for k, v in data["warm"].items()},
            data["skipped"],
            Paired.from_dict(edited) if edited else None,
        )


def map_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


# The map's data, parsed, as one JSON file: what the warm floor reads. Written by a child
# process, so that this one never holds the map: a child's peak memory (ru_maxrss) counts
# what it shares with its parent from the fork until the exec, and would then include it.
FLOOR_JSON = """
import json, sys, yaml
data = []
for name in sys.argv[2:]:
    with open(name, "rb") as handle:
        data.append(yaml.load(handle.read(), Loader=yaml.CSafeLoader))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(data, out, default=str)
"""


def floor_json(python: str, files: list[Path], out: Path) -> Path:
    """Write the warm floor's JSON file of ``files`` to ``out`` (with ``python``)."""
    subprocess.run([python, "-c", FLOOR_JSON, str(out), *map(str, files)], check=True)
    return out


def bench_map(
    name: str,
    root: Path,
    claims: int,
    actors: tuple[str, str, str],
    install: Any,
    work: Path,
    repeat: int,
    edit_one: Path | None = None,
    say: Callable[[str], Any] = print,
) -> MapBench:
    """Time every command that exists on the map in ``root``, each paired with its floor.

    ``actors`` are a motion and two authors of the map; ``install`` is a ``user_install``.
    """
    files = map_files(root)
    cache = work / f"cache-{name}"
    env = install.environment(ARGMAP_CACHE_DIR=str(cache), NO_COLOR="1", COLUMNS="100")
    result = MapBench(name, claims, len(files))
    python, argmap = install.python, install.argmap

    def empty_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    bare = [python, "-c", "pass"]
    cold_floor = [python, "-c", COLD_FLOOR, *map(str, files)]
    warm_floor = [
        python,
        "-c",
        WARM_FLOOR,
        str(floor_json(python, files, work / f"floor-{name}.json")),
    ]
    say(f"[{name}] floors")
    result.floors["python -c pass"] = timed(bare, env, repeat)
    result.floors["cold floor"] = timed(cold_floor, env, repeat)
    result.floors["warm floor"] = timed(warm_floor, env, repeat)
    for command in commands(*actors):
        gone = missing(command)
        if gone:
            result.skipped[command.label] = "not present: " + ", ".join(gone)
            say(f"[{name}] {command.label}: skipped ({result.skipped[command.label]})")
            continue
        say(f"[{name}] {command.label}")
        if not command.uses_map:
            result.warm[command.label] = paired([argmap, *command.args], bare, env, repeat)
            continue
        argv = [argmap, "--map", str(root), *command.args]
        result.cold[command.label] = paired(argv, cold_floor, env, repeat, before=empty_cache)
        run_once(argv, env)  # fill the cache
        result.warm[command.label] = paired(argv, warm_floor, env, repeat)
    if edit_one is not None:
        say(f"[{name}] check after editing one file")
        original = edit_one.read_bytes()
        count = iter(range(10**6))

        def edit() -> None:
            edit_one.write_bytes(original + f"# edit {next(count)}\n".encode())

        try:
            run_once([argmap, "--map", str(root), "check"], env)
            result.edited = paired(
                [argmap, "--map", str(root), "check"], warm_floor, env, repeat, edit
            )
        finally:
            edit_one.write_bytes(original)
    empty_cache()
    return result
