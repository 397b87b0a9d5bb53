"""Import every real corpus file and check the result: `python -m tests.corpora_check DIR`.

DIR holds aif/*.json, kialo/*.txt and argdown/*.argdown-cli.json (../shared/data/corpora).
Prints one line per file (claims, edges, authors, stances, import warnings, check result)
and exits 1 if any file fails to import or its map has a check error.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from argmap.check import check_map
from argmap.errors import ArgmapError, Severity
from argmap.importers import import_file
from argmap.load import load_map
from argmap.load.write_map import write_map

PATTERNS = {
    "aif": "aif/*.json",
    "kialo": "kialo/*.txt",
    "argdown-json": "argdown/*.argdown-cli.json",
}


def main(root: str) -> int:
    files = [
        (fmt, path)
        for fmt, pattern in PATTERNS.items()
        for path in sorted(Path(root).glob(pattern))
    ]
    if not files:
        print(f"no corpus files under {root}", file=sys.stderr)
        return 1
    failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for fmt, path in files:
            try:
                imported = import_file(fmt, path)
                out = Path(scratch) / path.stem
                write_map(imported.argmap, out, origin=str(path))
                diagnostics = check_map(load_map(out, use_cache=False))
            except ArgmapError as error:
                failed += 1
                print(f"FAIL {path.name}: {error}")
                continue
            m = imported.argmap
            status = "FAIL" if any(d.severity is Severity.ERROR for d in diagnostics) else "ok"
            failed += status == "FAIL"
            errors = sum(d.severity == "error" for d in diagnostics)
            print(
                f"{status:4} {fmt:12} {path.name}: {len(m.claims)} claims, {len(m.edges())} edges, "
                f"{len(m.authors)} authors, {len(m.stances())} stances; {len(imported.warnings)} import "
                f"warnings; check {errors} errors, {len(diagnostics) - errors} warnings"
            )
            for diagnostic in diagnostics:
                if diagnostic.severity == "error":
                    print(f"     {diagnostic}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/corpora"))
