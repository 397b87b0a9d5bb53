"""The JSON Schema of a map file, built from the format's own field table.

It accepts and refuses what ``check`` accepts and refuses in one file read as YAML 1.2 (as
editors and validators read it): the same id and date patterns, text that is text (a number
is not), one id where a list of ids belongs, an empty optional key. What needs the whole map
(references, duplicate ids) and duplicate keys are beyond a schema; ``check`` finds them.
"""

from __future__ import annotations

from typing import Any

from argmap.load.fields import DATE_PATTERN, ID_PATTERN, SECTIONS, Field

__all__ = ["map_schema"]


def _anchored(pattern: str) -> str:
    return "^" + pattern.removesuffix(r"\Z") + "$"


_ID = {"type": "string", "pattern": _anchored(ID_PATTERN.pattern)}


def _field_schema(field: Field) -> dict[str, Any]:
    string_list = {"type": "array", "items": {"type": "string"}}
    kinds: dict[str, dict[str, Any]] = {
        "id": dict(_ID),
        "ref": {"type": "string"},
        "refs": {"anyOf": [{"type": "string"}, string_list]},
        # Required text must say something; an optional note may be empty.
        "text": {"type": "string", "pattern": r"\S"} if field.required else {"type": "string"},
        "tags": {"anyOf": [{"type": "string"}, string_list]},
        "stances": {"type": "array", "items": {"$ref": "#/$defs/stance"}},
        "date": {
            "anyOf": [
                {"type": "integer", "minimum": 1000, "maximum": 9999},
                {"type": "string", "pattern": _anchored(DATE_PATTERN.pattern)},
            ]
        },
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "flag": {"type": "boolean"},
        "edges": {
            "anyOf": [
                {"type": "string"},
                {
                    "type": "array",
                    "items": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/edge"}]},
                },
            ]
        },
    }
    schema = kinds[field.kind]
    if not field.required:  # `key:` with no value is the key left out
        schema = {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "description": field.description}


def _object(section: str) -> dict[str, Any]:
    fields = SECTIONS[section]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {key: _field_schema(f) for key, f in fields.items()},
        "required": [key for key, f in fields.items() if f.required],
        "additionalProperties": False,
    }
    if section == "sources":
        schema["oneOf"] = [{"required": ["author"]}, {"required": ["authors"]}]
    return schema


def map_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for one map file.

    >>> sorted(map_schema()["properties"])
    ['authors', 'claims', 'sources']
    """
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "argmap map file",
        "description": "Authors, sources and claims of an argmap argument map.",
        "type": ["object", "null"],
        "properties": {
            section: {
                "type": ["array", "null"],
                "items": {"$ref": f"#/$defs/{section[:-1]}"},
            }
            for section in ("authors", "sources", "claims")
        },
        "additionalProperties": False,
        "$defs": {
            "author": _object("authors"),
            "source": _object("sources"),
            "claim": _object("claims"),
            "stance": _object("stance"),
            "edge": _object("edge"),
        },
    }
