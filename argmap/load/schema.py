"""The JSON Schema of a map file, built from the format's own field table."""

from __future__ import annotations

from typing import Any

from argmap.load.fields import ID_PATTERN, SECTIONS, Field

__all__ = ["map_schema"]

_ID = {"type": "string", "pattern": "^" + ID_PATTERN.pattern.removesuffix(r"\Z") + "$"}


def _field_schema(field: Field) -> dict[str, Any]:
    kinds: dict[str, dict[str, Any]] = {
        "id": dict(_ID),
        "ref": {"type": "string"},
        "refs": {"type": "array", "items": {"type": "string"}},
        "text": {"type": "string", "minLength": 1},
        "tags": {"type": "array", "items": {"type": "string"}},
        "stances": {"type": "array", "items": {"$ref": "#/$defs/stance"}},
        "date": {
            "anyOf": [
                {"type": "integer", "minimum": 1000, "maximum": 9999},
                {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
            ]
        },
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "flag": {"type": "boolean"},
        "edges": {
            "type": "array",
            "items": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/edge"}]},
        },
    }
    return {**kinds[field.kind], "description": field.description}


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
        "type": "object",
        "properties": {
            section: {"type": "array", "items": {"$ref": f"#/$defs/{section[:-1]}"}}
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
