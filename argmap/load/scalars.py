"""YAML 1.2's core schema for plain scalars, read and written.

Plain scalars are resolved as editors and JSON Schema validators read YAML: ``no``, ``on`` and
``2016-13-45`` are strings (YAML 1.1, PyYAML's default, made them false, true and a date that
fails), ``017`` is 17. ``dump_yaml`` quotes every string either version would read as
something else, so what argmap writes reads back the same in argmap and in editors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

__all__ = ["CORE", "CORE_VALUE", "dump_yaml"]

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
# First character -> (tag, pattern) to try, in order; "" is the empty plain scalar.
CORE: dict[str, list[tuple[str, re.Pattern[str]]]] = {"": [(NULL_TAG, re.compile(r"\Z"))]}
for _tag, _pattern, _firsts in (
    (NULL_TAG, r"(?:~|null|Null|NULL)\Z", "~nN"),
    (BOOL_TAG, r"(?:true|True|TRUE|false|False|FALSE)\Z", "tTfF"),
    (INT_TAG, r"[-+]?[0-9]+\Z", "-+0123456789"),
    (INT_TAG, r"0o[0-7]+\Z", "0"),
    (INT_TAG, r"0x[0-9a-fA-F]+\Z", "0"),
    (FLOAT_TAG, r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z", "-+.0123456789"),
    (FLOAT_TAG, r"[-+]?\.(?:inf|Inf|INF)\Z", "-+."),
    (FLOAT_TAG, r"\.(?:nan|NaN|NAN)\Z", "."),
):
    for _first in _firsts:
        CORE.setdefault(_first, []).append((_tag, re.compile(_pattern)))


def _core_int(value: str) -> int:
    # "0o17" and "0x1f" by their prefix; a plain "017" is decimal in YAML 1.2.
    return int(value, 0) if value.startswith(("0o", "0x")) else int(value)


def _core_float(value: str) -> float:
    lowered = value.lower()
    if lowered.endswith(".nan"):
        return float("nan")
    if lowered.endswith(".inf"):
        return float("-inf") if value.startswith("-") else float("inf")
    return float(value)


# Tag -> the value of a plain scalar that matched its pattern.
CORE_VALUE: dict[str, Callable[[str], Any]] = {
    NULL_TAG: lambda _: None,
    BOOL_TAG: lambda value: value.lower() == "true",
    INT_TAG: _core_int,
    FLOAT_TAG: _core_float,
}


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """PyYAML's safe dumper (libyaml's emitter where PyYAML has it: six times faster, the same
    text), quoting every string that YAML 1.2 would read as something else (``0E0``,
    ``0o17``) as well as those YAML 1.1 would."""


for _first, _resolvers in CORE.items():
    for _tag, _regexp in _resolvers:
        _Dumper.add_implicit_resolver(_tag, _regexp, [_first] if _first else None)


def dump_yaml(data: Any) -> str:
    """``data`` as block-style YAML, keys in the given order, that ``parse_yaml`` reads back.

    >>> print(dump_yaml({"text": "0E0", "tags": ["no", "x"]}), end="")
    text: '0E0'
    tags:
    - 'no'
    - x
    """
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
