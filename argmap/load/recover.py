"""Reading past a YAML syntax error: the list entry that holds it is cut short, the file parsed
again, so that one syntax error is one problem and the rest of the file loads. A character YAML
does not allow (a NUL byte) is one problem at its place too, and the file is read without it.

A syntax error inside one entry of a list (a claim, an author, a source) is reported once;
that entry is read up to the error (or left out, if that does not parse either). An error
outside any entry (a top-level key) still stops the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from argmap.errors import Diagnostic, Location, Severity, YamlProblem, shortened

__all__ = ["entry_around", "mark_partial", "printable", "salvage"]

# A list entry at the top of a section: "- " indented by at most four spaces.
_ENTRY = re.compile(r"( {0,4})-(?: |\Z)")
_MAX_SALVAGED = 50
# What YAML does not allow in a file (its reader refuses the whole file at the first one).
_NOT_PRINTABLE = re.compile(
    "[^\\x09\\x0a\\x0d\\x20-\\x7e\\x85\\xa0-\\ud7ff\\ue000-\\ufffd\\U00010000-\\U0010ffff]"
)
# How many such characters are reported one by one in a file.
_MAX_CHARACTER_PROBLEMS = 20


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


def printable(text: str, file: str) -> tuple[str, list[Diagnostic]]:
    """``text`` with each character YAML does not allow (NUL, other control characters) made
    U+FFFD, and one problem at the place of each: the rest of the file is then read."""
    if _NOT_PRINTABLE.search(text) is None:
        return text, []
    problems: list[Diagnostic] = []
    found = list(_NOT_PRINTABLE.finditer(text))
    for match in found[:_MAX_CHARACTER_PROBLEMS]:
        start = match.start()
        line = text.count("\n", 0, start) + 1
        column = start - text.rfind("\n", 0, start)
        char = match.group()
        name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "a control character")
        around = text[text.rfind("\n", 0, start) + 1 : start + 30].split("\n", 1)[0]
        shown = shortened(around.encode("unicode_escape").decode("ascii"), 50)
        problems.append(
            Diagnostic(
                Location(file, line, column),
                Severity.ERROR,
                "bad-character",
                f"character U+{ord(char):04X} ({name}) is not allowed in YAML, in '{shown}'; "
                "remove it",
            )
        )
    if len(found) > _MAX_CHARACTER_PROBLEMS:
        last = problems[-1]
        problems[-1] = Diagnostic(
            last.loc,
            last.severity,
            last.code,
            f"{last.message} ({len(found) - _MAX_CHARACTER_PROBLEMS:,} more such characters "
            "in this file)",
        )
    return _NOT_PRINTABLE.sub("\ufffd", text), problems


_CONTROL_NAMES = {0: "NUL", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def mark_partial(data: Any, starts: set[int]) -> None:
    """Mark the entries (of the parsed ``data``) that begin on ``starts`` lines, and the
    mappings inside them, as cut short: their missing keys are not reported again."""
    if not isinstance(data, dict):
        return
    for section in data.values():
        for item in section if isinstance(section, list) else []:
            if isinstance(item, dict) and getattr(item, "line", None) in starts:
                _mark_all(item)


def _mark_all(value: Any) -> None:
    if isinstance(value, dict):
        located: Any = value  # a LocatedDict of argmap.load.yamlread
        located.partial = True
        for inner in value.values():
            _mark_all(inner)
    elif isinstance(value, list):
        for inner in value:
            _mark_all(inner)
