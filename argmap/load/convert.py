"""The YAML of one map file to model objects: every object keeps its file, line and column.

Each bad value is one diagnostic at its place; the rest of the file still converts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from argmap.errors import Location, YamlProblem, did_you_mean, shortened
from argmap.load.fields import DATE_PATTERN, ID_PATTERN, KIND_NAMES, SECTIONS, Field
from argmap.load.part import MapPart, problem
from argmap.load.yamlread import LocatedDict, LocatedList, parse_yaml
from argmap.model import Author, Claim, Edge, EdgeKind, Side, Source, Stance

__all__ = ["parse_map_bytes"]


def parse_map_bytes(raw: bytes, name: str) -> MapPart:
    """The MapPart of one file's bytes; ``name`` is the file named in every location."""
    part = MapPart()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - raw.rfind(b"\n", 0, error.start)
        part.problems.append(
            problem(
                Location(name, line, column),
                "not-utf8",
                f"byte 0x{raw[error.start]:02x} is not UTF-8; save the file as UTF-8",
            )
        )
        return part
    try:
        data, part.problems = parse_yaml(text, name)
    except YamlProblem as refused:
        part.problems.append(
            problem(Location(name, refused.line, refused.column), refused.code, refused.message)
        )
        return part
    _Converter(name, part).read(data)
    return part


_REQUIRED = {
    section: [(key, field_) for key, field_ in spec.items() if field_.required]
    for section, spec in SECTIONS.items()
}


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return f"'{shortened(value)}'"


class _Converter:
    """Turns one file's located YAML data into model objects, noting every problem."""

    def __init__(self, file: str, part: MapPart) -> None:
        self.file = file
        self.part = part

    def at(self, place: tuple[int, int]) -> Location:
        return Location(self.file, place[0], place[1])

    def report(self, place: tuple[int, int], code: str, message: str) -> None:
        self.part.problems.append(problem(self.at(place), code, message))

    def not_a(
        self, place: tuple[int, int], key: str, kind: str, value: Any, code: str = "wrong-type"
    ) -> None:
        """Report that ``key``'s value is not of ``kind`` (a field kind of the format); where
        text or an id belongs, say how to write a number or true/false as text."""
        hint = _quote_hint(key, value) if kind in ("id", "ref", "text") else ""
        self.report(place, code, f"'{key}' must be {KIND_NAMES[kind]}, not {_kind_of(value)}{hint}")

    def read(self, data: Any) -> None:
        if data is None:
            return
        if not isinstance(data, LocatedDict):
            place = (getattr(data, "line", 1), getattr(data, "column", 1))
            self.report(
                place,
                "not-a-mapping",
                f"a map file must be a mapping with 'authors', 'sources' or 'claims', not {_kind_of(data)}",
            )
            return
        makers = {"authors": self.author, "sources": self.source, "claims": self.claim}
        for key, value in data.items():
            if key not in makers:
                self.report(
                    data.key_at[key],
                    "unknown-key",
                    f"unknown top-level key '{shortened(key)}'{did_you_mean(key, makers)}; "
                    "a map file holds 'authors', 'sources' and 'claims'",
                )
                continue
            if value is None:
                continue
            if not isinstance(value, LocatedList):
                self.report(
                    data.value_at[key],
                    "wrong-type",
                    f"'{key}' must be a list, not {_kind_of(value)}",
                )
                continue
            for item, place in zip(value, value.item_at, strict=True):
                if isinstance(item, LocatedDict):
                    makers[key](item)
                else:
                    self.report(
                        place,
                        "wrong-type",
                        f"each entry of '{key}' must be a mapping, not {_kind_of(item)}",
                    )

    def fields(self, item: LocatedDict, section: str, what: str) -> dict[str, Any]:
        """The valid values of ``item``'s keys, reporting unknown, missing and mistyped ones."""
        spec = SECTIONS[section]
        values: dict[str, Any] = {}
        for key, value in item.items():
            field_ = spec.get(key)
            if field_ is None:
                self.report(
                    item.key_at[key],
                    "unknown-key",
                    f"unknown key '{shortened(key)}' in {what}{did_you_mean(key, spec)}; "
                    f"allowed: {', '.join(spec)}",
                )
                continue
            if value is None:
                continue
            converted = self.value(field_, value, item, key)
            if converted is not None:
                values[key] = converted
        if getattr(item, "partial", False):
            return values  # cut short by a syntax error, reported already
        for key, field_ in _REQUIRED[section]:
            if key not in item:
                self.report((item.line, item.column), "missing-key", f"{what} has no '{key}'")
            elif item[key] is None and field_.kind != "text":
                self.report(item.value_at[key], "missing-key", f"'{key}' of {what} is empty")
        return values

    def value(self, field_: Field, value: Any, item: LocatedDict, key: str) -> Any:
        kind = field_.kind
        # The common case first: a string where text or an id belongs (most of a map).
        if value.__class__ is str and (
            kind == "text" or kind == "ref" or (kind == "id" and ID_PATTERN.match(value))
        ):
            return value
        place = item.value_at[key]
        if kind in ("id", "ref"):
            if not isinstance(value, str):
                self.not_a(place, key, kind, value)
                return None
            if kind == "id" and not ID_PATTERN.match(value):
                self.report(
                    place,
                    "bad-id",
                    f"id '{shortened(value)}' may use only lowercase letters, digits and hyphens, "
                    f"starting with a letter or digit (try '{shortened(_suggest_id(value))}')",
                )
            return value
        if kind == "text":
            if not isinstance(value, str):
                self.not_a(place, key, kind, value)
                return None
            return value
        if kind in ("refs", "tags"):
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, LocatedList):
                self.not_a(place, key, kind, value)
                return None
            places = items.item_at if isinstance(value, LocatedList) else [place]
            good = []
            for entry, entry_place in zip(items, places, strict=True):
                if isinstance(entry, str):
                    good.append((entry, entry_place))
                else:
                    what = "a tag" if kind == "tags" else "an id"
                    self.report(
                        entry_place,
                        "wrong-type",
                        f"each entry of '{key}' must be {what}, not {_kind_of(entry)}"
                        + _quote_hint(None, entry),
                    )
            return good
        if kind == "edges":
            return self.edge_entries(value, place, key)
        if kind == "flag":
            if not isinstance(value, bool):
                self.not_a(place, key, kind, value)
                return None
            return value
        if kind == "date":
            if isinstance(value, dt.date):  # an explicit !!timestamp
                return value.isoformat()[:10]
            text = (
                str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""
            )
            if not DATE_PATTERN.match(text):
                self.not_a(place, key, "date", value, "bad-date")
                return None
            return text
        if kind == "score":
            if isinstance(value, bool) or not isinstance(value, int | float):
                self.not_a(place, key, "score", value)
                return None
            if not 0 <= value <= 1:
                self.report(
                    place,
                    "out-of-range",
                    f"'{key}' must be between 0 and 1, not {shortened(value)}",
                )
                return None
            return float(value)
        if kind == "stances":
            if not isinstance(value, LocatedList):
                self.not_a(place, key, kind, value)
                return None
            return value
        raise AssertionError(f"unknown field kind {kind}")  # pragma: no cover

    def edge_entries(
        self, value: Any, place: tuple[int, int], key: str
    ) -> list[tuple[str, tuple[int, int], str | None]] | None:
        """(target, place, note) for each entry of ``supports``/``rebuts``: an id or a mapping."""
        if isinstance(value, str):
            return [(value, place, None)]
        if not isinstance(value, LocatedList):
            self.not_a(place, key, "edges", value)
            return None
        good: list[tuple[str, tuple[int, int], str | None]] = []
        for entry, entry_place in zip(value, value.item_at, strict=True):
            if isinstance(entry, str):
                good.append((entry, entry_place, None))
            elif isinstance(entry, LocatedDict):
                values = self.fields(entry, "edge", f"an entry of '{key}'")
                if "claim" in values:
                    target_place = entry.value_at.get("claim", entry_place)
                    good.append((values["claim"], target_place, values.get("note")))
            else:
                self.report(
                    entry_place,
                    "wrong-type",
                    f"each entry of '{key}' must be a claim id or a mapping with 'claim' "
                    f"(and 'note'), not {_kind_of(entry)}",
                )
        return good

    def required_text(self, values: dict[str, Any], item: LocatedDict, key: str, what: str) -> str:
        text = values.get(key, "")
        if key in item and not str(text).strip() and (key in values or item[key] is None):
            self.report(
                item.value_at[key], "empty-text", f"'{key}' of {what} is empty; write it out"
            )
        return str(text)

    def author(self, item: LocatedDict) -> None:
        values = self.fields(item, "authors", "author")
        if "id" not in values:
            return
        what = f"author '{values['id']}'"
        self.part.authors.append(
            Author(
                id=values["id"],
                name=self.required_text(values, item, "name", what),
                affiliation=values.get("affiliation"),
                loc=self.at((item.line, item.column)),
            )
        )

    def source(self, item: LocatedDict) -> None:
        values = self.fields(item, "sources", "source")
        if "id" not in values:
            return
        what = f"source '{values['id']}'"
        authors: list[tuple[str, tuple[int, int]]] = []
        if "author" in values:
            authors.append((values["author"], item.value_at["author"]))
        authors.extend(values.get("authors", []))
        if "author" in item and "authors" in item:
            self.report(
                item.key_at["authors"],
                "conflicting-keys",
                f"{what} has both 'author' and 'authors'; keep one",
            )
        elif not authors and "author" not in item and "authors" not in item:
            self.report(
                (item.line, item.column), "missing-key", f"{what} has no 'author' (or 'authors')"
            )
        self.part.sources.append(
            Source(
                id=values["id"],
                authors=tuple(a for a, _ in authors),
                title=self.required_text(values, item, "title", what),
                venue=values.get("venue"),
                date=values.get("date"),
                url=values.get("url"),
                text=values.get("text"),
                loc=self.at((item.line, item.column)),
                author_loc=self.at(authors[0][1]) if authors else self.at((item.line, item.column)),
            )
        )

    def claim(self, item: LocatedDict) -> None:
        values = self.fields(item, "claims", "claim")
        if "id" not in values:
            return
        claim_id = values["id"]
        what = f"claim '{claim_id}'"
        claim = Claim(
            id=claim_id,
            text=self.required_text(values, item, "text", what),
            tags=tuple(tag for tag, _ in values.get("tags", [])),
            strength=values.get("strength"),
            note=values.get("note"),
            motion=values.get("motion"),
            loc=self.at((item.line, item.column)),
            text_loc=self.at(item.value_at.get("text", (item.line, item.column))),
        )
        for key, side in (("held_by", Side.HOLDS), ("denied_by", Side.DENIES)):
            entries = values.get(key)
            if entries is None:
                continue
            for entry, place in zip(entries, entries.item_at, strict=True):
                if isinstance(entry, LocatedDict):
                    self.stance(claim, side, entry)
                else:
                    self.report(
                        place,
                        "wrong-type",
                        f"each entry of '{key}' must be a mapping with author and quote, not {_kind_of(entry)}",
                    )
        for key, kind in (("supports", EdgeKind.SUPPORTS), ("rebuts", EdgeKind.REBUTS)):
            for target, place, note in values.get(key, []):
                claim.edges.append(Edge(claim_id, target, kind, self.at(place), note))
        self.part.claims.append(claim)

    def stance(self, claim: Claim, side: Side, item: LocatedDict) -> None:
        what = f"a stance on '{claim.id}'"
        values = self.fields(item, "stance", what)
        if "author" not in values:
            return
        here = (item.line, item.column)
        claim.stances.append(
            Stance(
                claim=claim.id,
                author=values["author"],
                side=side,
                quote=self.required_text(values, item, "quote", what),
                source=values.get("source"),
                note=values.get("note"),
                loc=self.at(here),
                author_loc=self.at(item.value_at.get("author", here)),
                quote_loc=self.at(item.value_at.get("quote", here)),
                source_loc=self.at(item.value_at.get("source", here)),
            )
        )


def _quote_hint(key: str | None, value: Any) -> str:
    """For a number or true/false where text belongs: how to write it as text."""
    if not isinstance(value, bool | int | float):
        return ""
    shown = str(value).lower() if isinstance(value, bool) else shortened(value)
    return f'; put it in quotes: {key + ": " if key else ""}"{shown}"'


def _suggest_id(value: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug or "claim-1"
