"""The agreement analyses on a large map, beyond loading: `python -m tests.bench.agreement`.

A generated map of 10,000 claims and 50 authors is loaded once and moved out of the garbage
collector's sight, with automatic collection off, as in a command; then each command's work
(positions, the analysis, the terminal view) is timed in this process as CPU time (what the
machine's other load does not inflate), median of several runs. The target: `matrix`, `compare` and `camps` each within 0.3 s
beyond loading.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from argmap.agreement import agreement_matrix, compare_authors
from argmap.camps import find_camps
from argmap.graph import build_graph
from argmap.load import load_map
from argmap.positions import author_positions
from argmap.views.agreement import compare_view
from argmap.views.camps import camps_view
from argmap.views.matrix import matrix_view

from .generator import generate_map

TARGET = 0.3  # seconds beyond loading


def _print(renderable: Any) -> None:
    Console(file=io.StringIO(), width=100).print(renderable)


def tasks(graph: Any) -> dict[str, Callable[[], None]]:
    authors = sorted(graph.graph["authors"])
    a, b = authors[0], authors[1]

    def matrix() -> None:
        _print(matrix_view(agreement_matrix(graph, author_positions(graph)), 100))

    def compare() -> None:
        positions = author_positions(graph, authors=(a, b))
        _print(compare_view(graph, compare_authors(graph, positions, a, b)))

    def camps() -> None:
        _print(camps_view(find_camps(graph, author_positions(graph))))

    return {"matrix": matrix, "compare": compare, "camps": camps}


def measure(claims: int, authors: int, repeat: int, work: Path) -> dict[str, float]:
    root = work / f"agreement-{claims}-{authors}"
    generate_map(root, claims, authors=authors)
    graph = build_graph(load_map(root, use_cache=False))
    gc.freeze()
    gc.disable()
    found = {}
    for name, task in tasks(graph).items():
        runs = []
        for _ in range(repeat):
            start = time.process_time()
            task()
            runs.append(time.process_time() - start)
        found[name] = statistics.median(runs)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.agreement", description=__doc__)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--authors", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        found = measure(args.claims, args.authors, args.repeat, Path(work))
    print(
        f"| command, {args.claims} claims, {args.authors} authors | seconds beyond loading | target |"
    )
    print("|---|---|---|")
    ok = True
    for name, seconds in found.items():
        met = seconds <= TARGET
        ok &= met
        print(f"| {name} | {seconds:.3f} | {'met' if met else 'MISSED'} (≤ {TARGET} s) |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
