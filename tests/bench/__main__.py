"""`python -m tests.bench`: time argmap's commands on generated maps and the bundled one.

Prints a table (Markdown) with each command's ratio to its floor and whether the performance
targets hold, and writes every measurement to bench-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

from argmap.load import load_map
from tests.bench import harness
from tests.bench.generator import generate_map
from tests.bench.harness import MapBench, Run, bench_map

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "claims"

# The performance targets (see the README's Performance section).
BUNDLED_LIMIT = 0.4  # seconds, every command on the bundled map
HELP_OVER_PASS = 0.1  # seconds over a bare `python -c pass`
COLD_RATIO = 1.5  # cold, times the cold floor (10,000 and 100,000 claims)
WARM_RATIO = 2.0  # warm, times the warm floor (10,000 claims)
PEAK_MB = 1024  # 100,000 claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="claims per generated map")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--out", default="bench-results.json", help="JSON results file")
    parser.add_argument("--work", help="where maps and caches go (default: a temporary dir)")
    parser.add_argument("--no-bundled", action="store_true", help="skip the bundled map")
    parser.add_argument(
        "--budget", type=float, default=harness.BUDGET, help="seconds of runs per figure, at most"
    )
    parser.add_argument(
        "--timeout", type=float, default=harness.TIMEOUT, help="seconds before a run is stopped"
    )
    args = parser.parse_args(argv)
    harness.BUDGET, harness.TIMEOUT = args.budget, args.timeout
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="argmap-bench-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = run_all(sizes, args.repeat, work, bundled=not args.no_bundled)
    table, misses = render(results, args.repeat)
    print()
    print(table)
    from tests.bench import sourcetext

    text_table, text_misses, text_figures = sourcetext.run(args.repeat)
    print()
    print(text_table)
    misses += text_misses
    document = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "repeat": args.repeat,
        "maps": [as_dict(r) for r in results],
        "sourcetext": text_figures,
        "misses": misses,
    }
    Path(args.out).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults written to {args.out}")
    if misses:
        print("targets missed:\n  " + "\n  ".join(misses))
    return 1 if misses else 0


def run_all(sizes: list[int], repeat: int, work: Path, bundled: bool) -> list[MapBench]:
    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results = []
    if bundled and BUNDLED.is_dir() and any(BUNDLED.rglob("*.yaml")):
        claims = len(load_map(BUNDLED, use_cache=False).claims)
        results.append(
            bench_map("bundled", BUNDLED, claims, _bundled_motion(), work, repeat, say=say)
        )
    for size in sizes:
        root = work / f"map-{size}"
        say(f"generating {size} claims in {root}")
        facts = generate_map(root, size)
        files = [Path(f) for f in facts["files"]]  # type: ignore[attr-defined]
        edit = files[len(files) // 2] if size >= 10_000 else None
        results.append(
            bench_map(f"{size}", root, size, str(facts["motion"]), work, repeat, edit, say=say)
        )
    return results


def _bundled_motion() -> str:
    """The bundled map's first motion (a claim nobody holds), for `prep`."""
    try:
        from argmap.load import load_map

        argmap = load_map(BUNDLED, use_cache=False)
        motions = [c.id for c in argmap.claims if c.is_motion]
        return motions[0] if motions else argmap.claims[0].id
    except Exception:  # noqa: BLE001 - a broken bundled map shows up as failed commands
        return "motion"


def targets(bench: MapBench, label: str, cold: Run | None, warm: Run | None) -> list[str]:
    """The targets ``label`` misses on this map; [] when all hold."""
    runs = [r for r in (cold, warm) if r is not None]
    failed = [r.failed for r in runs if r.failed]
    if failed:
        return [f"failed ({failed[0]})"]
    out = []
    floors = bench.floors
    if label == "--help" and warm is not None:
        limit = floors["python -c pass"].seconds + HELP_OVER_PASS
        if warm.seconds > limit:
            out.append(f"--help {warm.seconds:.3f}s > python -c pass + {HELP_OVER_PASS}s")
        return out
    if bench.name == "bundled":
        out += [f"{r.seconds:.2f}s >= {BUNDLED_LIMIT}s" for r in runs if r.seconds >= BUNDLED_LIMIT]
    if bench.claims >= 10_000 and cold is not None:
        ratio = cold.seconds / floors["cold floor"].seconds
        if ratio > COLD_RATIO:
            out.append(f"cold {ratio:.2f}x floor > {COLD_RATIO}x")
    if bench.claims == 10_000 and warm is not None:
        ratio = warm.seconds / floors["warm floor"].seconds
        if ratio > WARM_RATIO:
            out.append(f"warm {ratio:.2f}x floor > {WARM_RATIO}x")
    if bench.claims >= 100_000:
        peak = max(r.peak_mb for r in runs)
        if peak >= PEAK_MB:
            out.append(f"peak {peak:.0f} MB >= {PEAK_MB} MB")
    return out


def render(results: list[MapBench], repeat: int) -> tuple[str, list[str]]:
    """The Markdown table and the list of missed targets."""
    rows = [
        "| map | command | cold s | cold ÷ floor | warm s | warm ÷ floor | peak MB | targets |",
        "|---|---|--:|--:|--:|--:|--:|---|",
    ]
    misses = []
    for bench in results:
        name = f"{bench.name} ({bench.claims} claims, {bench.files} files)"
        for label, run in bench.floors.items():
            rows.append(f"| {name} | *{label}* | | | {run.seconds:.3f} | | {run.peak_mb:.0f} | |")
        cold_floor = bench.floors["cold floor"].seconds
        warm_floor = bench.floors["warm floor"].seconds
        labels = list(dict.fromkeys([*bench.warm, *bench.skipped]))
        for label in labels:
            if label in bench.skipped:
                rows.append(f"| {name} | {label} | | | | | | skipped: {bench.skipped[label]} |")
                continue
            cold, warm = bench.cold.get(label), bench.warm.get(label)
            # --help reads no map: its floor is a bare interpreter.
            floor = bench.floors["python -c pass"].seconds if label == "--help" else warm_floor
            missed = targets(bench, label, cold, warm)
            misses += [f"{bench.name} {label}: {m}" for m in missed]
            rows.append(
                f"| {name} | {label} | {_s(cold, repeat)} | {_ratio(cold, cold_floor)} | {_s(warm, repeat)} "
                f"| {_ratio(warm, floor)} | {_peak(cold, warm)} "
                f"| {'; '.join(missed) or 'ok'} |"
            )
        if bench.edited is not None:
            run = bench.edited
            status = f"failed ({run.failed})" if run.failed else "ok"
            rows.append(
                f"| {name} | check, one file edited | | | {run.seconds:.3f} "
                f"| {_ratio(run, warm_floor)} | {run.peak_mb:.0f} | {status} |"
            )
    return "\n".join(rows), misses


def _s(run: Run | None, repeat: int) -> str:
    if run is None:
        return ""
    # Fewer runs than asked: the figure's time budget ran out (see harness.BUDGET).
    runs = f" (n={len(run.runs)})" if len(run.runs) < repeat else ""
    return f"{run.seconds:.3f}{runs}"


def _ratio(run: Run | None, floor: float) -> str:
    return "" if run is None or not floor else f"{run.seconds / floor:.2f}"


def _peak(*runs: Run | None) -> str:
    return f"{max(r.peak_mb for r in runs if r is not None):.0f}"


def as_dict(bench: MapBench) -> dict[str, Any]:
    return {
        "name": bench.name,
        "claims": bench.claims,
        "files": bench.files,
        "floors": {k: v.as_dict() for k, v in bench.floors.items()},
        "cold": {k: v.as_dict() for k, v in bench.cold.items()},
        "warm": {k: v.as_dict() for k, v in bench.warm.items()},
        "skipped": bench.skipped,
        "check_one_file_edited": bench.edited.as_dict() if bench.edited else None,
        "misses": targets_all(bench),
    }


def targets_all(bench: MapBench) -> list[str]:
    return [
        f"{label}: {m}"
        for label in bench.warm
        for m in targets(bench, label, bench.cold.get(label), bench.warm.get(label))
    ]


if __name__ == "__main__":
    sys.exit(main())
