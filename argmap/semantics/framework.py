"""The abstract-framework model (Dung's arguments and attacks) and the readers of its file formats.

Three formats, detected by content (or named with ``fmt``):

- ``i23``: ICCMA 2023, a ``p af N`` header, then one ``i j`` attack a line over arguments
  ``1..N``; lines starting with ``#`` are comments.
- ``tgf``: Trivial Graph Format as ICCMA 2017-2021 used it: one argument name a line, a line
  ``#``, then one ``a b`` attack a line.
- ``apx``: ASPARTIX facts, ``arg(a).`` and ``att(a,b).``; ``%`` starts a comment.

Every malformed line becomes a Diagnostic with its file and line; the reader raises one
FrameworkError carrying all of them, so a truncated or hand-edited file is never half-read.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from argmap.errors import (
    ArgmapError,
    Diagnostic,
    FrameworkError,
    Location,
    Severity,
    shortened,
)
from argmap.files import NotRegularFile, read_regular

__all__ = [
    "FORMATS",
    "Framework",
    "detect_format",
    "parse_framework",
    "read_framework",
]

FORMATS = ("i23", "tgf", "apx")

# A file with more broken lines than this is not worth listing line by line.
MAX_DIAGNOSTICS = 20
# An ICCMA 2023 file lists its arguments only through their attacks: a header may declare
# arguments that no attack names (they are unattacked and attack nothing), but not more of them
# than this and than the arguments the attacks do name (a wrong count, or a file cut short).
MAX_UNNAMED = 100_000
# The most digits an argument number or a count may have (more would be past any framework).
MAX_DIGITS = 12


@dataclass(slots=True)
class Framework:
    """Dung's (A, R): argument names, and attacks as (attacker, target) indexes into ``names``.

    >>> af = Framework(["a", "b"], [(0, 1)])
    >>> af.attack_names()
    [('a', 'b')]
    """

    names: list[str]
    attacks: list[tuple[int, int]] = field(default_factory=list)
    fmt: str = "apx"

    def attack_names(self) -> list[tuple[str, str]]:
        return [(self.names[a], self.names[b]) for a, b in self.attacks]

    def index(self) -> dict[str, int]:
        """Argument name -> index."""
        return {name: i for i, name in enumerate(self.names)}


def read_framework(path: str | Path, fmt: str | None = None) -> Framework:
    """Read an argumentation framework file; ``fmt`` is one of FORMATS or None to detect it.

    Only a regular file is read: a named pipe or a device is refused, never waited on.
    """
    path = Path(path)
    try:
        text = read_regular(path).decode("utf-8")
    except FileNotFoundError:
        raise ArgmapError(f"no framework file '{path}'") from None
    except NotRegularFile as error:
        raise ArgmapError(
            f"'{path}' is {error.kind}, not a regular file; give an .af, .tgf or .apx file"
        ) from None
    except OSError as error:
        raise ArgmapError(f"cannot read '{path}': {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise ArgmapError(f"'{path}' is not UTF-8 text ({error.reason})") from None
    return parse_framework(text, str(path), fmt)


def parse_framework(text: str, file: str = "<string>", fmt: str | None = None) -> Framework:
    """Parse framework text; raise FrameworkError naming every malformed line.

    >>> parse_framework("p af 3\\n# a comment\\n1 2\\n2 3\\n").attacks
    [(0, 1), (1, 2)]
    >>> parse_framework("arg(a).\\narg(b).\\natt(a,b).\\n").attack_names()
    [('a', 'b')]
    >>> parse_framework("a\\nb\\n#\\nb a\\n").attack_names()
    [('b', 'a')]
    """
    lines = text.splitlines()
    fmt = fmt or detect_format(lines)
    parser = {"i23": _parse_i23, "tgf": _parse_tgf, "apx": _parse_apx}[fmt]
    af = parser(lines, file)
    if not af.names and not (fmt == "i23" and any(line.split()[:1] == ["p"] for line in lines)):
        # An i23 file may say 'p af 0'; any other file without an argument is empty or cut.
        problems = _Problems(file)
        problems.add(1, "the framework file is empty: it names no argument", "empty-framework")
        problems.raise_any()
    return af


def detect_format(lines: list[str]) -> str:
    """The format of a framework, from its first line that is not blank or a comment.

    >>> detect_format(["# made by hand", "p af 2", "1 2"]), detect_format(["att(a,b)."])
    ('i23', 'apx')
    >>> detect_format(["a1", "a2", "#", "a1 a2"])
    'tgf'
    """
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "%")):
            continue
        if stripped.startswith("p ") or stripped == "p":
            return "i23"
        if stripped.startswith(("arg(", "att(", "arg ", "att ")):
            return "apx"
        return "tgf"
    return "tgf"


class _Problems:
    """Collects a file's diagnostics and stops collecting after MAX_DIAGNOSTICS."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[Diagnostic] = []

    def add(self, line: int, message: str, code: str = "bad-framework-line") -> None:
        if len(self.found) < MAX_DIAGNOSTICS:
            self.found.append(Diagnostic(Location(self.file, line), Severity.ERROR, code, message))

    def raise_any(self) -> None:
        if self.found:
            raise FrameworkError(self.found)


def _number(text: str) -> int | None:
    """``text`` as an argument number or count: ASCII digits, not too many of them."""
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        return int(text)
    return None


def _shown(line: str) -> str:
    """``line`` stripped and cut short for a message."""
    return shortened(line.strip())


def _parse_i23(lines: list[str], file: str) -> Framework:
    problems = _Problems(file)
    n = -1
    header = 0
    attacks: list[tuple[int, int]] = []
    append = attacks.append
    for number, line in enumerate(lines, 1):
        # The common case first, with split and int only: crusti.i23 has 333,711 of these lines.
        parts = line.split()
        if len(parts) == 2 and n >= 0:
            a, b = parts
            if a.isdigit() and b.isdigit() and a.isascii() and b.isascii():
                # At most MAX_DIGITS digits: int() of a longer string is slow, or refused.
                if len(a) <= MAX_DIGITS and len(b) <= MAX_DIGITS:
                    i, j = int(a), int(b)
                    if 1 <= i <= n and 1 <= j <= n:
                        append((i - 1, j - 1))
                        continue
                problems.add(number, f"attack '{_shown(line)}' names an argument outside 1..{n}")
                continue
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] == "p":
            count = _number(parts[2]) if len(parts) == 3 and parts[1] == "af" else None
            if n >= 0:
                problems.add(number, "a second 'p af N' header; a file holds one framework")
            elif count is None:
                problems.add(number, f"bad header '{_shown(line)}': expected 'p af N'")
                n = 0
            else:
                n, header = count, number
            continue
        if n < 0:
            problems.add(number, "attack before the 'p af N' header")
            n = 0
            continue
        problems.add(
            number, f"bad attack line '{_shown(line)}': expected two argument numbers 'i j'"
        )
    if n < 0:
        problems.add(max(len(lines), 1), "no 'p af N' header: not an ICCMA 2023 framework")
    elif n > MAX_UNNAMED:
        named = len({k for attack in attacks for k in attack})
        if n - named > max(MAX_UNNAMED, named):
            problems.add(
                header,
                f"the header declares {n:,} arguments but the attacks name only {named:,} of "
                "them: is the count wrong, or the file cut short?",
                "bad-framework-header",
            )
    problems.raise_any()
    return Framework([str(k) for k in range(1, n + 1)], attacks, "i23")


def _unknown(name: str, index: dict[str, int]) -> str:
    close = difflib.get_close_matches(name, list(index), n=1) if len(index) <= 5000 else []
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"attack names unknown argument '{_shown(name)}'{hint}"


def _parse_tgf(lines: list[str], file: str) -> Framework:
    problems = _Problems(file)
    index: dict[str, int] = {}
    attacks: list[tuple[int, int]] = []
    in_attacks = False
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            continue
        if not in_attacks:
            if parts[0] == "#":
                in_attacks = True
            elif len(parts) != 1:
                problems.add(
                    number,
                    f"argument line '{_shown(line)}' has {len(parts)} fields; "
                    "TGF lists one argument a line, then '#', then the attacks",
                )
            elif parts[0] in index:
                problems.add(number, f"argument '{_shown(parts[0])}' is listed twice")
            else:
                index[parts[0]] = len(index)
            continue
        if len(parts) != 2:
            problems.add(number, f"bad attack line '{_shown(line)}': expected 'a b'")
            continue
        a, b = parts
        i, j = index.get(a), index.get(b)
        if i is None or j is None:
            problems.add(number, _unknown(a if i is None else b, index))
            continue
        attacks.append((i, j))
    problems.raise_any()
    return Framework(list(index), attacks, "tgf")


def _apx_statements(line: str) -> list[str] | None:
    """``arg(a). att(a,b).`` -> ["arg(a)", "att(a,b)"]; None when a statement is unfinished."""
    body = line.split("%", 1)[0].strip()
    if not body:
        return []
    if not body.endswith("."):
        return None
    return [s.strip() for s in body[:-1].split(").") if s.strip()]


def _parse_apx(lines: list[str], file: str) -> Framework:
    problems = _Problems(file)
    index: dict[str, int] = {}
    pending: list[tuple[int, str, str]] = []
    for number, line in enumerate(lines, 1):
        statements = _apx_statements(line)
        if statements is None:
            problems.add(
                number,
                f"unfinished statement '{_shown(line)}' (no closing '.'); is the file cut short?",
            )
            continue
        for statement in statements:
            head, _, rest = statement.partition("(")
            head = head.strip()
            rest = rest.rstrip(")").strip()
            args = [a.strip() for a in rest.split(",")]
            if head == "arg" and len(args) == 1 and args[0]:
                if args[0] in index:
                    problems.add(number, f"argument '{args[0]}' is declared twice")
                else:
                    index[args[0]] = len(index)
            elif head == "att" and len(args) == 2 and all(args):
                pending.append((number, args[0], args[1]))
            else:
                problems.add(
                    number,
                    f"bad statement '{_shown(statement)}.': expected 'arg(a).' or 'att(a,b).'",
                )
    # Attacks may come before the arguments they name, so they are resolved at the end.
    attacks: list[tuple[int, int]] = []
    for number, a, b in pending:
        i, j = index.get(a), index.get(b)
        if i is None or j is None:
            problems.add(number, _unknown(a if i is None else b, index))
        else:
            attacks.append((i, j))
    problems.raise_any()
    return Framework(list(index), attacks, "apx")
