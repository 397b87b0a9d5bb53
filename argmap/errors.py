"""Places in map files, diagnostics about them, and the one error type argmap raises."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["ArgmapError", "Diagnostic", "Location", "Severity"]


@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A 1-based place in a file; ``column`` is 0 when unknown."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        if not self.column:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


class Severity(StrEnum):
    """How bad a diagnostic is: errors make ``check`` fail, warnings only under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a map, with its place and a stable code."""

    loc: Location
    severity: Severity
    code: str
    message: str

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.loc.file, self.loc.line, self.loc.column, self.code, self.message)

    def __str__(self) -> str:
        return f"{self.loc}: {self.severity}: {self.message} [{self.code}]"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.loc.file,
            "line": self.loc.line,
            "column": self.loc.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
        }


class ArgmapError(Exception):
    """A problem the user can fix; the CLI prints it without a traceback and exits 1."""

    def __init__(self, message: str, loc: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}" if self.loc else self.message
