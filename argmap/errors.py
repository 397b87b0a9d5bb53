"""Places in map files, diagnostics about them, and every exception argmap raises.

The library raises with data (which name, which limit, how much); the CLI words the message
for people (``argmap.cli.messages``), flags included.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from argmap.wording import plural

__all__ = [
    "ArgmapError",
    "Diagnostic",
    "DirectoryTaken",
    "FrameworkError",
    "Location",
    "MapHasErrors",
    "MapNotFound",
    "SearchLimit",
    "Severity",
    "UnknownName",
    "YamlProblem",
    "did_you_mean",
    "require_known",
    "shortened",
]


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


class MapNotFound(ArgmapError):
    """No map to read at ``path``: ``reason`` is "missing", "not-a-directory" or "no-files"."""

    def __init__(self, path: str, reason: str) -> None:
        words = {
            "missing": f"map directory '{path}' does not exist",
            "not-a-directory": f"'{path}' is not a directory",
            "no-files": f"no map files (*.yaml, *.yml) in '{path}'",
        }
        super().__init__(words[reason])
        self.path = path
        self.reason = reason


class DirectoryTaken(ArgmapError):
    """A map cannot be written to ``path``: ``reason`` is "is-a-file", "not-empty",
    "not-only-map-files" (``others`` names what else it holds) or "holds-cwd"."""

    def __init__(self, path: str, reason: str, others: list[str] | None = None) -> None:
        others = others or []
        shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        words = {
            "is-a-file": f"'{path}' is a file",
            "not-empty": f"'{path}' is not empty",
            "not-only-map-files": f"'{path}' holds more than map files: {shown}",
            "holds-cwd": f"'{path}' holds the current directory",
        }
        super().__init__(words[reason])
        self.path = path
        self.reason = reason
        self.others = others


class MapHasErrors(ArgmapError):
    """A map whose ``check`` found errors; ``errors`` holds them, sorted by place."""

    def __init__(self, path: str, errors: list[Diagnostic]) -> None:
        super().__init__(f"the map in '{path}' has {plural(len(errors), 'error')}")
        self.path = path
        self.errors = errors


class UnknownName(ArgmapError):
    """An id the map does not have; ``close`` are the nearest ids it does have, and ``is_a``
    what the name is in the map instead ("author" where a claim was asked for), if anything.
    """

    def __init__(self, what: str, name: str, close: list[str], is_a: str | None = None) -> None:
        if is_a is not None:
            message = f"'{name}' is {_a(is_a)}, not {_a(what)}"
        else:
            hint = " — did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else ""
            message = f"unknown {what} '{name}'{hint}"
        super().__init__(message)
        self.what = what
        self.name = name
        self.close = close
        self.is_a = is_a


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def shortened(value: object, limit: int = 60) -> str:
    """``value`` as text for a message, cut to ``limit`` characters with an ellipsis when
    longer (a 100,000-digit number is not repeated in full).

    >>> shortened("1" * 100_000, 10)
    '111111111…'
    >>> shortened("short")
    'short'
    """
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def did_you_mean(name: object, known: Iterable[object]) -> str:
    """`` (did you mean 'x'?)`` with the closest of ``known``, or nothing.

    >>> did_you_mean("us-pivot", ["us-pivot-asia", "trade"])
    " (did you mean 'us-pivot-asia'?)"
    """
    import difflib  # here: most runs never need it, and it is slow to import

    close = difflib.get_close_matches(str(name), [str(k) for k in known], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def require_known(name: str, known: Iterable[str], what: str) -> str:
    """Return ``name`` if it is in ``known``; otherwise raise UnknownName with the closest.

    >>> require_known("bob", ["ann", "bob"], "author")
    'bob'
    >>> require_known("bobb", ["ann", "bob"], "author")
    Traceback (most recent call last):
    argmap.errors.UnknownName: unknown author 'bobb' — did you mean 'bob'?
    """
    known = list(known)
    if name in known:
        return name
    import difflib

    raise UnknownName(what, name, difflib.get_close_matches(name, known, n=3, cutoff=0.6))


class SearchLimit(ArgmapError):
    """An enumeration of extensions stopped at its limit.

    ``kind`` is "count" (more than ``limit`` extensions) or "time" (``limit`` seconds passed);
    ``semantics`` is the semantics searched and ``solver`` the search that ran out of time.
    """

    def __init__(
        self, kind: str, semantics: str = "", limit: float = 0, solver: str | None = None
    ) -> None:
        if kind == "count":
            message = f"more than {limit:g} {semantics} extensions"
        else:
            by = f" ({solver})" if solver else ""
            message = f"the {semantics} search{by} did not finish in {limit:g} seconds"
        super().__init__(message)
        self.kind = kind
        self.semantics = semantics
        self.limit = limit
        self.solver = solver


class FrameworkError(ArgmapError):
    """A framework file that cannot be read; ``diagnostics`` names every bad line found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        first = diagnostics[0]
        more = len(diagnostics) - 1
        message = first.message + (f" (and {plural(more, 'more problem')})" if more else "")
        super().__init__(message, first.loc)
        self.diagnostics = diagnostics


class YamlProblem(Exception):
    """A file that cannot be read as a map file at all, with the place and a code.

    Raised inside the loader only: it becomes a Diagnostic of the file, never reaches a user.
    ``context_line`` is where the construct the parser was reading began (an unclosed quote's
    opening line), when the parser says.
    """

    def __init__(
        self, code: str, message: str, line: int = 0, column: int = 0, context_line: int = 0
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.context_line = context_line or line
