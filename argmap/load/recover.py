"""Reading past a YAML syntax error: the list entry that holds it is cut short, the file parsed
again, so that one syntax error is one problem and the rest of the file loads.

A syntax error inside one entry of a list (a claim, an author, a source) is reported once;
that entry is read up to the error (or left out, if that does not parse either). An error
outside any entry (a top-level key) still stops the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from argmap.errors import Diagnostic, Location, Severity, YamlProblem

__all__ = ["entry_around", "salvage"]

# A list entry at the top of a section: "- " indented by at most four spaces.
_ENTRY = re.compile(r"( {0,4})-(?: |\Z)")
_MAX_SALVAGED = 50


def entry_around(lines: list[str], index: int) -> tuple[int, int] | None:
    """The lines [start, end) of the top-level list entry holding line ``index`` (0-based).

    >>> entry_around(["c:", "- id: a", "  text: 'open", "- id: b"], 2)
    (1, 3)
    """
    index = min(index, len(lines) - 1)
    for start in range(index, -1, -1):
        found = _ENTRY.match(lines[start])
        if found:
            indent = len(found.group(1))
            break
        if lines[start][:1] not in ("", " ", "\t", "#"):
            return None  # a top-level key: not inside an entry
    else:
        return None
    end = start + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.lstrip(" ")
        depth = len(line) - len(stripped)
        # A line indented with a tab (a syntax error itself) stays with the entry above.
        if stripped and stripped[0] not in "#\t" and depth <= indent:
            break
        end += 1
    return start, end


def salvage(
    text: str,
    file: str,
    first: YamlProblem,
    parse: Callable[[str, str], tuple[Any, list[Diagnostic]]],
) -> tuple[Any, list[Diagnostic], set[int]]:
    """``parse`` ``text`` again without the entries that hold syntax errors, each reported once.

    Returns the data, the problems and the lines (1-based) where the entries cut short begin.
    Raises ``first`` when the error is not inside an entry or cutting does not help.
    """
    lines = text.split("\n")
    reported: list[Diagnostic] = []
    cut: dict[tuple[int, int], int] = {}  # entry -> the first line cut from it
    problem = first
    for _ in range(_MAX_SALVAGED):
        entry = entry_around(lines, problem.context_line - 1)
        if entry is None:
            raise first
        start, end = entry
        if entry in cut:
            if cut[entry] == start:
                raise first
            cut_from = start  # the part before the error did not parse either: all of it
        else:
            cut_from = max(start + 1, problem.context_line - 1)
            reported.append(
                Diagnostic(
                    Location(file, problem.line, problem.column),
                    Severity.ERROR,
                    problem.code,
                    f"{problem.message} (the entry at line {start + 1} is read up to here; "
                    "the rest of the file is read)",
                )
            )
        cut[entry] = cut_from
        lines[cut_from:end] = [""] * (end - cut_from)
        try:
            data, problems = parse("\n".join(lines), file)
        except YamlProblem as again:
            if again.code != "yaml-syntax" or not again.line:
                raise first from None
            problem = again
            continue
        return data, problems + reported, {start + 1 for start, _ in cut}
    raise first
