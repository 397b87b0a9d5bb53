"""Checking a map: rules that turn an ArgMap into diagnostics, one rule per code.

The registry (``registry.RULES``) holds every code argmap emits, the loader's included, each
with its severity and its documentation (the rule's docstring). Rules live by subject:

- ``loader``: the codes the loader emits while reading a file (documentation only);
- ``ids``: duplicate ids and dangling references;
- ``edges``: self-loops, a support and a rebuttal at once, support cycles;
- ``stances``: an author on both sides, twice on one side, citing a source not theirs;
- ``usage``: unused authors and sources, orphan claims, repeated texts;
- ``quotes``: quotes checked against source texts (``--texts``).
"""

from __future__ import annotations

from pathlib import Path

from argmap.check import edges, ids, loader, quotes, stances, usage
from argmap.check.registry import RULES, Rule
from argmap.errors import Diagnostic, Severity
from argmap.model import ArgMap

__all__ = ["CODES", "RULES", "Rule", "check_map", "codes_table"]

del edges, ids, loader, stances, usage  # imported for the rules they register

# Every code argmap emits, with what it means.
CODES: dict[str, str] = {code: entry.summary for code, entry in RULES.items()}


def check_map(argmap: ArgMap, texts_dir: str | Path | None = None) -> list[Diagnostic]:
    """All problems of a map, the loader's included, sorted by place.

    With ``texts_dir``, quotes are checked against the sources' texts in that folder.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind
    >>> m = ArgMap(claims=[Claim("a", "A", edges=[Edge("a", "b", EdgeKind.SUPPORTS)])])
    >>> [d.code for d in check_map(m)]
    ['dangling-ref']
    """
    found = list(argmap.problems)
    for entry in RULES.values():
        if entry.stage == "map":
            found.extend(entry.run(argmap))
    if texts_dir is not None:
        texts = quotes.SourceTexts(texts_dir)
        for entry in RULES.values():
            if entry.stage == "texts":
                found.extend(entry.run(argmap, texts))
    return sorted(set(found), key=Diagnostic.sort_key)


_STAGES = ("loader", "map", "texts")


def codes_table() -> str:
    """The README's table of codes: errors first, then by stage (loader, map, texts)."""
    order = sorted(
        RULES.values(),
        key=lambda r: (r.severity is not Severity.ERROR, _STAGES.index(r.stage)),
    )
    rows = [f"| `{r.code}` | {r.severity} | {r.summary} |" for r in order]
    return "\n".join(["| code | severity | what it means |", "|---|---|---|", *rows]) + "\n"
