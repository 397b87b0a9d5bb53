"""Check argmap's semantics against the ICCMA reference answers in ../shared/data/iccma.

    python -m tests.iccma_check ../shared/data/iccma            # CI sample: about a minute
    python -m tests.iccma_check ../shared/data/iccma --preferred all --bench

Grounded is checked on every instance that has a ``solutions/<instance>.GR`` answer; preferred
(every extension, and the DC-PR / DS-PR answers of ``summary.csv``) on a fixed sample, or on all
answered instances with ``--preferred all``; the truncated file in ``malformed/`` must be
refused with its last line named. ``--bench`` times grounded labelling on a random framework of
100,000 arguments and 200,000 attacks. Exit status 1 on any mismatch.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

from argmap.errors import ArgmapError, FrameworkError
from argmap.semantics import accepted, extensions_af, grounded_af
from argmap.semantics.framework import Framework, read_framework

# Preferred answers checked in CI: every family, small and large, python and clingo paths.
PREFERRED_SAMPLE = [
    "probo_examples/ex1.apx",
    "probo_examples/ex2.apx",
    "probo_examples/ex3.apx",
    "p4s3r0_argument_solver/i23/Small-result-b2.af",
    "p4s3r0_argument_solver/i23/B-1-BA_40_30_3.af",
    "p4s3r0_argument_solver/i23/A-1-admbuster_6000.af",
    "p4s3r0_argument_solver/i23/A-1-stb_437_137.af",
    "p4s3r0_argument_solver/i23/A-2-WS_300_16_90_30.af",
    "p4s3r0_argument_solver/i23/Medium-result-b1.af",
    "aig-hagen_acceptable_arguments/A-1-ferry2.pfile-L2-C1-05.pddl.3.cnf.tgf",
    "aig-hagen_acceptable_arguments/B-3-stb_767_429.tgf",
    "aig-hagen_acceptable_arguments/T-1-cascadespoint-or-us.gml.20.tgf",
    "aasgd_iccma2017/BA_60_60_2.tgf",
    "aasgd_iccma2017/afinput_exp_cycles_indvary3_step4_batch_yyy03.tgf",
    "craandijk_afgen_samples/n100p5q2.apx",
    "craandijk_afgen_samples/n192p5q2_ve.apx",
    "aasgd_iccma2017/aircoach_20130716_1324.gml.50.tgf",
    "aig-hagen_acceptable_arguments/B-2-comune-di-castellanza_20151218_2338.gml.80.tgf",
]


def read_answer_line(line: str) -> frozenset[str]:
    """``w 1 4 7`` or ``[a1,a4,a7]`` -> the set of argument names."""
    line = line.strip()
    if line.startswith("w"):
        return frozenset(line.split()[1:])
    inner = line.strip("[]")
    return frozenset(n.strip() for n in inner.split(",") if n.strip())


def names_of(af: Framework, members: list[int]) -> frozenset[str]:
    return frozenset(af.names[i] for i in members)


def check_grounded(data: Path, failures: list[str]) -> int:
    answers = sorted((data / "solutions").glob("**/*.GR"))
    answers = [a for a in answers if "preferred" not in a.parts]
    for answer in answers:
        rel = answer.relative_to(data / "solutions").with_suffix("")
        af = read_framework(data / rel)
        labels = grounded_af(af)
        ours = frozenset(n for n, label in zip(af.names, labels, strict=True) if label == "in")
        if ours != read_answer_line(answer.read_text()):
            failures.append(f"grounded differs on {rel}")
    return len(answers)


def check_preferred(data: Path, which: str, timeout: float, failures: list[str]) -> int:
    summary = {
        row["instance"]: row
        for row in csv.DictReader((data / "solutions/preferred/summary.csv").open())
    }
    answers = sorted((data / "solutions/preferred").glob("**/*.PR"))
    checked = 0
    for answer in answers:
        rel = str(answer.relative_to(data / "solutions/preferred").with_suffix(""))
        if which == "sample" and rel not in PREFERRED_SAMPLE:
            continue
        af = read_framework(data / rel)
        start = time.monotonic()
        try:
            found = extensions_af(af, "preferred", limit=100_000, timeout=timeout)
        except ArgmapError as error:
            failures.append(f"preferred on {rel}: {error}")
            continue
        ours = {names_of(af, e) for e in found}
        expected = {
            read_answer_line(line) for line in answer.read_text().splitlines() if line.strip()
        }
        seconds = time.monotonic() - start
        status = "ok" if ours == expected else "MISMATCH"
        print(f"  preferred {rel}: {len(ours)} extension(s), {seconds:.2f} s, {status}")
        if ours != expected:
            failures.append(f"preferred differs on {rel}")
        row = summary.get(rel, {})
        if row.get("query"):
            index = af.index()[row["query"]]
            for mode in ("DC", "DS"):
                answer_yes = accepted(af, "preferred", index, mode, timeout=timeout)
                if ("YES" if answer_yes else "NO") != row[f"{mode}_PR"]:
                    failures.append(f"{mode}-PR for {row['query']} differs on {rel}")
        checked += 1
    return checked


def check_malformed(data: Path, failures: list[str]) -> None:
    for path in sorted((data / "malformed").glob("*")):
        last = len(path.read_text().splitlines())
        try:
            read_framework(path)
        except FrameworkError as error:
            if error.loc is None or error.loc.line != last:
                failures.append(f"{path.name}: the error should name line {last}: {error}")
        else:
            failures.append(f"{path.name}: a truncated file was read without an error")


def bench_grounded(n: int = 100_000, m: int = 200_000) -> None:
    rng = random.Random(2023)
    attacks = [(rng.randrange(n), rng.randrange(n)) for _ in range(m)]
    af = Framework([str(i) for i in range(1, n + 1)], attacks, "i23")
    start = time.perf_counter()
    labels = grounded_af(af)
    seconds = time.perf_counter() - start
    counts = {label: labels.count(label) for label in ("in", "out", "undec")}
    print(f"grounded on {n:,} arguments / {m:,} attacks: {seconds:.3f} s  {counts}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default="../shared/data/iccma", type=Path)
    parser.add_argument("--preferred", choices=["sample", "all", "none"], default="sample")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per preferred search")
    parser.add_argument("--bench", action="store_true", help="time grounded on 100k/200k")
    args = parser.parse_args(argv)
    if not (args.data / "solutions").is_dir():
        print(f"no ICCMA data at {args.data}", file=sys.stderr)
        return 2
    failures: list[str] = []
    start = time.monotonic()
    n_grounded = check_grounded(args.data, failures)
    print(f"grounded: {n_grounded} instances, {time.monotonic() - start:.1f} s")
    check_malformed(args.data, failures)
    if args.preferred != "none":
        n_preferred = check_preferred(args.data, args.preferred, args.timeout, failures)
        print(f"preferred: {n_preferred} instances")
    if args.bench:
        bench_grounded()
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"{'FAILED' if failures else 'all answers match'} ({time.monotonic() - start:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
