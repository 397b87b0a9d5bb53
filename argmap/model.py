"""The map as plain data: authors, sources, claims, stances and edges. No I/O here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TypeVar

from argmap.errors import Diagnostic, Location

__all__ = [
    "ArgMap",
    "Author",
    "Claim",
    "Edge",
    "EdgeKind",
    "Side",
    "Source",
    "Stance",
    "sole_sources_of",
]

NOWHERE = Location("<unknown>")
_T = TypeVar("_T", "Author", "Source", "Claim")


class EdgeKind(StrEnum):
    """How one claim bears on another."""

    SUPPORTS = "supports"
    REBUTS = "rebuts"


class Side(StrEnum):
    """Which side of a claim an author takes."""

    HOLDS = "holds"
    DENIES = "denies"


@dataclass(slots=True)
class Author:
    id: str
    name: str
    affiliation: str | None = None
    loc: Location = NOWHERE


@dataclass(slots=True)
class Source:
    id: str
    authors: tuple[str, ...]
    title: str
    venue: str | None = None
    date: str | None = None
    url: str | None = None
    text: str | None = None
    loc: Location = NOWHERE
    author_loc: Location = NOWHERE

    @property
    def year(self) -> int | None:
        """The year of ``date``, or None when the source is undated."""
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None


@dataclass(slots=True)
class Stance:
    """An author holding or denying a claim, with the quote that shows it."""

    claim: str
    author: str
    side: Side
    quote: str
    source: str | None = None
    note: str | None = None
    loc: Location = NOWHERE
    author_loc: Location = NOWHERE
    quote_loc: Location = NOWHERE
    source_loc: Location = NOWHERE


@dataclass(slots=True)
class Edge:
    """``source`` supports or rebuts ``target``; ``loc`` is where the target id is written."""

    source: str
    target: str
    kind: EdgeKind
    loc: Location = NOWHERE
    note: str | None = None


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    tags: tuple[str, ...] = ()
    stances: list[Stance] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    strength: float | None = None
    note: str | None = None
    motion: bool | None = None
    loc: Location = NOWHERE
    text_loc: Location = NOWHERE

    @property
    def is_motion(self) -> bool:
        """A question authors take sides on: ``motion: true``, or (in maps that do not say)
        a claim nobody holds that supports or rebuts nothing."""
        if self.motion is not None:
            return self.motion
        return not self.edges and not any(s.side is Side.HOLDS for s in self.stances)


@dataclass
class ArgMap:
    """Everything read from a map directory, in file order, duplicates included.

    ``problems`` holds what the loader could not read (syntax errors, wrong types, unknown keys);
    the ``check`` layer adds the rules that look across the whole map.
    """

    authors: list[Author] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @cached_property
    def author_by_id(self) -> dict[str, Author]:
        return _first_by_id(self.authors)

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return _first_by_id(self.sources)

    @cached_property
    def claim_by_id(self) -> dict[str, Claim]:
        return _first_by_id(self.claims)

    def stances(self) -> list[Stance]:
        return [s for c in self.claims for s in c.stances]

    def edges(self) -> list[Edge]:
        return [e for c in self.claims for e in c.edges]


def sole_sources_of(sources: Iterable[Source]) -> dict[str, str]:
    """Author id -> source id, for the authors with exactly one of ``sources``.

    >>> sole_sources_of([Source("s", ("ann", "bob"), "T"), Source("t", ("bob",), "U")])
    {'ann': 's'}
    """
    by_author: dict[str, list[str]] = {}
    for source in sources:
        for author in source.authors:
            by_author.setdefault(author, []).append(source.id)
    return {author: ids[0] for author, ids in by_author.items() if len(ids) == 1}


def _first_by_id(items: list[_T]) -> dict[str, _T]:
    found: dict[str, _T] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found
