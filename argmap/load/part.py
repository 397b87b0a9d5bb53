"""What one map file contributes to a map: its authors, sources, claims and the loader's problems."""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.errors import Diagnostic, Location, Severity
from argmap.model import Author, Claim, Source

__all__ = ["MapPart", "problem"]


@dataclass
class MapPart:
    """What one file contributes to a map."""

    authors: list[Author] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)


def problem(
    loc: Location, code: str, message: str, severity: Severity = Severity.ERROR
) -> Diagnostic:
    """A loader diagnostic (an error unless ``severity`` says otherwise)."""
    return Diagnostic(loc, severity, code, message)
