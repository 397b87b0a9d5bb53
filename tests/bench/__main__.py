"""`python -m tests.bench`: time argmap's commands on generated maps and the bundled one.

Installs argmap as a user does (compiled, no editable hooks) into the work folder, times each
command paired with its floor, and prints Markdown tables: each command's ratio to its floor
and whether the performance targets hold, how each grows from 10,000 to 100,000 claims, and
argmap beside Argdown's CLI where that is installed. Every figure goes to bench-results.json;
``--readme`` also writes the tables into the README's Performance section.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from argmap.load import load_map
from tests.bench import harness, sidebyside
from tests.bench.harness import MapBench, Paired, bench_map
from tests.bench.install import user_install

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "claims"

# The performance targets (see the README's Performance section).
# The two absolute targets are judged in CPU seconds (user + system): on a shared machine a
# process waits for a core, and its wall time then says more about the others than about it.
BUNDLED_LIMIT = 0.25  # CPU seconds warm, every command on the bundled map
HELP_OVER_PASS = 0.060  # CPU seconds over a bare `python -c pass`
LIGHT = ("check", "stats", "matrix")  # the commands held to the tighter cold ratio at 10,000
COLD_RATIO_10K = {"light": 1.5, "other": 2.0}
WARM_RATIO_10K = 2.0
COLD_RATIO_100K = 2.5
WARM_RATIO_100K = 3.0
GROWTH = 11.0  # at most this many times slower on 100,000 claims than on 10,000
PEAK_MB = 1024  # 100,000 claims

START = "<!-- bench:start (written by python -m tests.bench --readme README.md) -->"
END = "<!-- bench:end -->"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="claims per generated map")
    parser.add_argument("--repeat", type=int, default=5, help="pairs of runs per figure (median)")
    parser.add_argument("--out", default="bench-results.json", help="JSON results file")
    parser.add_argument("--work", help="where maps and caches go (default: a temporary dir)")
    parser.add_argument("--no-bundled", action="store_true", help="skip the bundled map")
    parser.add_argument("--no-argdown", action="store_true", help="skip Argdown side by side")
    parser.add_argument("--no-sourcetext", action="store_true", help="skip quote and ingest")
    parser.add_argument("--readme", help="write the tables into this README's Performance section")
    parser.add_argument(
        "--render",
        metavar="RESULTS",
        nargs="+",
        help="time nothing: print the tables of results files (runs of other sizes, together)",
    )
    parser.add_argument(
        "--budget", type=float, default=harness.BUDGET, help="seconds of runs per figure, at most"
    )
    parser.add_argument(
        "--timeout", type=float, default=harness.TIMEOUT, help="seconds before a run is stopped"
    )
    args = parser.parse_args(argv)
    if args.render:
        return render_files([Path(r) for r in args.render], args.readme)
    harness.BUDGET, harness.TIMEOUT = args.budget, args.timeout
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="argmap-bench-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results, beside = run_all(
            sizes, args.repeat, work, bundled=not args.no_bundled, argdown=not args.no_argdown
        )
    document: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None,
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "repeat": args.repeat,
        "maps": [as_dict(r) for r in results],
        "argdown": [b.as_dict() for b in beside],
        "argdown_skipped": None if args.no_argdown else sidebyside.available(),
    }
    tables, misses = report(results, beside, args.repeat, document["argdown_skipped"])
    print()
    print(tables)
    if not args.no_sourcetext:
        from tests.bench import sourcetext

        text_table, text_misses, text_figures = sourcetext.run(args.repeat)
        print()
        print(text_table)
        misses += text_misses
        document["sourcetext"] = text_figures
    document["misses"] = misses
    Path(args.out).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults written to {args.out}")
    if args.readme:
        write_readme(Path(args.readme), tables)
        print(f"tables written to {args.readme}")
    if misses:
        print("targets missed:\n  " + "\n  ".join(misses))
    return 1 if misses else 0


def render_files(paths: list[Path], readme: str | None) -> int:
    """The tables of results files written before (and into ``readme``, if given)."""
    results: list[MapBench] = []
    beside: list[sidebyside.SideBySide] = []
    repeat, skipped = 0, None
    for path in paths:
        document = json.loads(path.read_text(encoding="utf-8"))
        results += [MapBench.from_dict(m) for m in document["maps"]]
        beside += [sidebyside.SideBySide.from_dict(b) for b in document.get("argdown", [])]
        repeat = max(repeat, document["repeat"])
        skipped = skipped or document.get("argdown_skipped")
    tables, misses = report(results, beside, repeat, None if beside else skipped)
    print(tables)
    if readme:
        write_readme(Path(readme), tables)
        print(f"tables written to {readme}")
    if misses:
        print("targets missed:\n  " + "\n  ".join(misses))
    return 1 if misses else 0


def report(
    results: list[MapBench],
    beside: list[sidebyside.SideBySide],
    repeat: int,
    argdown_skipped: str | None,
) -> tuple[str, list[str]]:
    """Every table, in Markdown, and the targets missed."""
    table, misses = render(results, repeat)
    growth, growth_misses = render_growth(results)
    misses += growth_misses
    tables = [table, growth, render_summary(results)]
    if beside:
        tables.append(sidebyside.render(beside))
    elif argdown_skipped:
        tables.append(f"Argdown side by side: skipped ({argdown_skipped}).")
    return "\n\n".join(t for t in tables if t), misses


def run_all(
    sizes: list[int], repeat: int, work: Path, bundled: bool, argdown: bool
) -> tuple[list[MapBench], list[sidebyside.SideBySide]]:
    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    say(f"installing argmap as a user would, in {work / 'install'}")
    install = user_install(work / "install")
    results, beside = [], []
    with_argdown = argdown and sidebyside.available() is None
    if with_argdown:
        say(f"Argdown {sidebyside.version()} side by side")
    if bundled and BUNDLED.is_dir() and any(BUNDLED.rglob("*.yaml")):
        argmap = load_map(BUNDLED, use_cache=False)
        motions = [c.id for c in argmap.claims if c.is_motion] or [argmap.claims[0].id]
        people = sorted(a.id for a in argmap.authors) + ["a", "b"]
        actors = (motions[0], people[0], people[1])
        results.append(
            bench_map(
                "bundled", BUNDLED, len(argmap.claims), actors, install, work, repeat, say=say
            )
        )
    for size in sizes:
        root = work / f"map-{size}"
        say(f"generating {size} claims in {root}")
        facts = _generated(root, size)
        files = [Path(f) for f in facts["files"]]
        edit = files[len(files) // 2] if size >= 10_000 else None
        actors = (str(facts["motion"]), "author-00", "author-01")
        results.append(
            bench_map(f"{size}", root, size, actors, install, work, repeat, edit, say=say)
        )
        if with_argdown:
            beside.append(
                sidebyside.compare(
                    f"{size}", root, size, install, work, repeat, not beside, say=say
                )
            )
    return results, beside


def _generated(root: Path, size: int) -> dict[str, Any]:
    """``generate_map(root, size)``'s facts, the map made by a child process: this one stays
    small, since every run it starts counts this one's memory in its peak until it execs."""
    script = (
        "import json, sys; from pathlib import Path; from tests.bench.generator import generate_map; "
        "print(json.dumps(generate_map(Path(sys.argv[1]), int(sys.argv[2])), default=str))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(root), str(size)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    facts: dict[str, Any] = json.loads(done.stdout)
    return facts


def _cold_limit(bench: MapBench, label: str) -> float | None:
    if bench.claims >= 100_000:
        return COLD_RATIO_100K
    if bench.claims >= 10_000:
        return COLD_RATIO_10K["light" if label in LIGHT else "other"]
    return None


def _warm_limit(bench: MapBench) -> float | None:
    if bench.claims >= 100_000:
        return WARM_RATIO_100K
    if bench.claims >= 10_000:
        return WARM_RATIO_10K
    return None


def targets(bench: MapBench, label: str, cold: Paired | None, warm: Paired | None) -> list[str]:
    """The targets ``label`` misses on this map; [] when all hold."""
    runs = [r for r in (cold, warm) if r is not None]
    failed = [r.failed for r in runs if r.failed]
    if failed:
        return [f"failed ({failed[0]})"]
    out = []
    if label == "--help" and warm is not None:
        if warm.cpu_over > HELP_OVER_PASS:
            out.append(f"--help {warm.cpu_over * 1000:.0f} ms CPU over python -c pass > 60 ms")
        return out
    if bench.name == "bundled" and warm is not None and warm.run.cpu >= BUNDLED_LIMIT:
        out.append(f"warm {warm.run.cpu:.2f} CPU s >= {BUNDLED_LIMIT}s")
    limit = _cold_limit(bench, label)
    if limit is not None and cold is not None and cold.ratio > limit:
        out.append(f"cold {cold.ratio:.2f}x floor > {limit}x")
    limit = _warm_limit(bench)
    if limit is not None and warm is not None and warm.ratio > limit:
        out.append(f"warm {warm.ratio:.2f}x floor > {limit}x")
    if bench.claims >= 100_000:
        peak = max(r.run.peak_mb for r in runs)
        if peak >= PEAK_MB:
            out.append(f"peak {peak:.0f} MB >= {PEAK_MB} MB")
    return out


def render(results: list[MapBench], repeat: int) -> tuple[str, list[str]]:
    """The Markdown table and the list of missed targets."""
    rows = [
        (
            "| map | command | cold s | cold ÷ floor | warm s | warm CPU s | warm ÷ floor | peak MB "
            "| targets |"
        ),
        "|---|---|--:|--:|--:|--:|--:|--:|---|",
    ]
    misses = []
    for bench in results:
        name = f"{bench.name} ({bench.claims} claims, {bench.files} files)"
        for label, run in bench.floors.items():
            rows.append(
                f"| {name} | *{label}* | | | {run.seconds:.3f} | {run.cpu:.3f} | "
                f"| {run.peak_mb:.0f} | |"
            )
        labels = list(dict.fromkeys([*bench.warm, *bench.skipped]))
        for label in labels:
            if label in bench.skipped:
                rows.append(f"| {name} | {label} | | | | | | | skipped: {bench.skipped[label]} |")
                continue
            cold, warm = bench.cold.get(label), bench.warm.get(label)
            missed = targets(bench, label, cold, warm)
            misses += [f"{bench.name} {label}: {m}" for m in missed]
            rows.append(
                f"| {name} | {label} | {_s(cold, repeat)} | {_ratio(cold)} | {_s(warm, repeat)} "
                f"| {_cpu(warm)} | {_ratio(warm)} | {_peak(cold, warm)} "
                f"| {'; '.join(missed) or 'ok'} |"
            )
        if bench.edited is not None:
            run = bench.edited
            status = f"failed ({run.failed})" if run.failed else "ok"
            rows.append(
                f"| {name} | check, one file edited | | | {_s(run, repeat)} | {_cpu(run)} "
                f"| {_ratio(run)} | {run.run.peak_mb:.0f} | {status} |"
            )
    return "\n".join(rows), misses


def render_growth(results: list[MapBench]) -> tuple[str, list[str]]:
    """How many times more CPU time each command takes on 100,000 claims than on 10,000.

    CPU seconds, not wall: the two maps' runs happen minutes apart, and on a shared machine the
    wall time of each says as much about the other work of that moment as about argmap.
    """
    small = next((b for b in results if b.claims == 10_000), None)
    large = next((b for b in results if b.claims == 100_000), None)
    if small is None or large is None:
        return "", []
    rows = [
        f"| 10,000 → 100,000 claims (CPU time) | cold × | warm × | target ≤ {GROWTH:.0f}× |",
        "|---|--:|--:|---|",
    ]
    misses = []
    for label in large.warm:
        if label == "--help" or label not in small.warm:
            continue
        grew: dict[str, float] = {}
        failed = []
        for kind in ("cold", "warm"):
            a, b = getattr(small, kind).get(label), getattr(large, kind).get(label)
            if a is None or b is None:
                continue
            if a.failed or b.failed:
                failed.append(kind)
            else:
                grew[kind] = b.run.cpu / a.run.cpu
        missed = [f"{k} {g:.1f}x" for k, g in grew.items() if g > GROWTH]
        misses += [f"growth {label}: {m} > {GROWTH:.0f}x" for m in missed]
        missed += [f"{k} failed" for k in failed]
        cells = " | ".join(f"{grew[k]:.1f}" if k in grew else "" for k in ("cold", "warm"))
        rows.append(f"| {label} | {cells} | {'; '.join(missed) or 'ok'} |")
    return "\n".join(rows), misses


def render_summary(results: list[MapBench]) -> str:
    """The ratios alone, one row per size and state, one column per command."""
    sized = [b for b in results if b.claims >= 10_000 and b.name != "bundled"]
    if not sized:
        return ""
    labels = [label for label in sized[0].cold if "--format" not in label]
    rows = [
        "| command ÷ floor | " + " | ".join(labels) + " |",
        "|---|" + "--:|" * len(labels),
    ]
    for kind in ("cold", "warm"):
        for bench in sized:
            figures = getattr(bench, kind)
            cells = [f"{figures[label].ratio:.2f}" if label in figures else "" for label in labels]
            rows.append(f"| {kind} {bench.claims:,} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def write_readme(path: Path, tables: str) -> None:
    """Replace what stands between the bench markers in ``path`` with ``tables``."""
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{path} has no bench markers ({START} ... {END})")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{tables}\n{END}{tail}", encoding="utf-8")


def _s(run: Paired | None, repeat: int) -> str:
    if run is None:
        return ""
    # Fewer runs than asked: the figure's time budget ran out (see harness.BUDGET).
    runs = f" (n={len(run.run.runs)})" if len(run.run.runs) < repeat else ""
    return f"{run.seconds:.3f}{runs}"


def _cpu(run: Paired | None) -> str:
    return "" if run is None else f"{run.run.cpu:.3f}"


def _ratio(run: Paired | None) -> str:
    return "" if run is None else f"{run.ratio:.2f}"


def _peak(*runs: Paired | None) -> str:
    return f"{max(r.run.peak_mb for r in runs if r is not None):.0f}"


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
        "misses": [
            f"{label}: {m}"
            for label in bench.warm
            for m in targets(bench, label, bench.cold.get(label), bench.warm.get(label))
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
