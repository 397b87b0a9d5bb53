"""Words for people: a count with its noun, and text with its control characters made visible.

A map, an imported file or a source text is written by someone else: its text may hold escape
sequences that set a terminal's title, clear its screen, rewrite earlier lines, plant hidden
links or reorder what is shown. Everything argmap shows in a terminal passes through
:func:`visible` first; files it writes keep the text exact (escaped as their format requires).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["CONTROL", "escaped", "plural", "visible", "visible_data"]

# Control characters (C0 but tab and newline, DEL, C1) and the invisible bidirectional
# formatting characters, which reorder what a terminal shows (the "Trojan Source" characters).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\r":
        return "\\r"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character written out as an escape (``\\x1b``, ``\\r``,
    ``\\u202e``): shown, never obeyed. Tabs, newlines and all printable text are kept.

    >>> visible("title\\x1b]0;pwned\\x07 and\\rover \\u202eright")
    'title\\\\x1b]0;pwned\\\\x07 and\\\\rover \\\\u202eright'
    >>> visible("plain text, “quoted”, é") == "plain text, “quoted”, é"
    True
    """
    return CONTROL.sub(_escape, text) if CONTROL.search(text) else text


def escaped(text: str) -> str:
    r"""``text`` with each control character as a ``\uXXXX`` escape: for the inside of JSON
    strings and YAML double-quoted scalars, which read the escape back as the character.

    >>> escaped("a\x9bb\u202e")
    'a\\u009bb\\u202e'
    """
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` with ``noun``, in the plural unless the count is one.

    >>> plural(1, "claim"), plural(0, "claim"), plural(2, "camp"), plural(3, "ally", "allies")
    ('1 claim', '0 claims', '2 camps', '3 allies')
    """
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def visible_data(data: Any) -> Any:
    """``data`` (dicts, lists, tuples, strings) with :func:`visible` applied to every string.

    >>> visible_data({"text": "a\\x1bb", "n": 2, "ids": ["x"]})
    {'text': 'a\\\\x1bb', 'n': 2, 'ids': ['x']}
    """
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, dict):
        return {visible_data(k): visible_data(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return type(data)(visible_data(v) for v in data)
    return data
