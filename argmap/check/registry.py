"""The registry of diagnostic codes: one rule per code, its docstring its documentation.

As in yamllint, a rule's docstring is what a user reads: its first line says what the code
means (the README's table of codes is checked against it), then a paragraph on the rule, then
a ``PASS:`` and a ``FAIL:`` block of map YAML (a test loads both: the FAIL example gives the
code, the PASS example does not). Each example is a file read together with ``BACKGROUND``
(two authors, each with one source). Rules that read source texts (``--texts``) have a
``TEXT:`` block too, the contents of ``essay.txt`` in the texts folder. The loader's codes are documented
here the same way (``argmap.check.loader``), so that every code argmap emits has one entry.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argmap.errors import Diagnostic, Location, Severity
from argmap.model import ArgMap

__all__ = ["BACKGROUND", "RULES", "Problem", "Rule", "examples", "register", "rule"]

# The map file every documentation example is read with.
BACKGROUND = """\
authors:
  - {id: ann, name: Ann Archer}
  - {id: bob, name: Bob Baker}
sources:
  - {id: ann-2020, author: ann, title: On trade}
  - {id: bob-2021, author: bob, title: Against trade}
"""

# What a rule yields: where the problem is, and the message; the registry adds code and severity.
Problem = tuple[Location, str]
MapCheck = Callable[[ArgMap], Iterator[Problem]]
TextsCheck = Callable[[ArgMap, Path], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    """One diagnostic code: its severity, documentation, and the check that emits it.

    ``stage`` is "loader" (emitted while reading a file: the check is None), "map" (a rule
    over the whole map) or "texts" (a rule over the map and its source texts, with --texts).
    """

    code: str
    severity: Severity
    doc: str
    stage: str
    check: Callable[..., Iterator[Problem]] | None = None

    @property
    def summary(self) -> str:
        """The first line of the documentation: what the code means."""
        return self.doc.strip().splitlines()[0]

    def run(self, argmap: ArgMap, *args: Any) -> Iterator[Diagnostic]:
        """The rule's problems as Diagnostics with its code and severity."""
        assert self.check is not None
        for loc, message in self.check(argmap, *args):
            yield Diagnostic(loc, self.severity, self.code, message)


RULES: dict[str, Rule] = {}


def register(code: str, severity: Severity, doc: str, stage: str, check: Any = None) -> Rule:
    """Add the rule of ``code`` to the registry (one rule a code)."""
    if code in RULES:
        raise ValueError(f"two rules for the code '{code}'")
    entry = Rule(code, severity, inspect.cleandoc(doc), stage, check)
    RULES[code] = entry
    return entry


def rule(code: str, severity: Severity, texts: bool = False) -> Callable[[Any], Any]:
    """Register the decorated function as the rule of ``code``; its docstring documents it."""

    def decorate(check: Any) -> Any:
        register(code, severity, check.__doc__ or "", "texts" if texts else "map", check)
        return check

    return decorate


_BLOCK = re.compile(r"^(PASS|FAIL|TEXT):\n((?:[ \t]+.*\n|\n)*)", re.MULTILINE)


def examples(entry: Rule) -> dict[str, str]:
    """The ``PASS``, ``FAIL`` and ``TEXT`` blocks of a rule's documentation, dedented.

    >>> examples(Rule("x", Severity.ERROR, "x\\n\\nPASS:\\n    a: 1\\nFAIL:\\n    a: [\\n", "map"))
    {'PASS': 'a: 1\\n', 'FAIL': 'a: [\\n'}
    """
    found = {}
    for name, body in _BLOCK.findall(entry.doc + "\n"):
        found[name] = inspect.cleandoc(body) + "\n"
    return found
