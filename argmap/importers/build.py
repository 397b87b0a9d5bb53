"""What the importers share: readable unique ids, clean text, and a builder that keeps a map valid.

The builder is why an imported map passes ``argmap check`` with no errors: it refuses self-loops,
an edge that would both support and rebut one target, and an author on both sides of a claim,
and turns each refusal into a warning naming where it came from.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from argmap.errors import ArgmapError, Diagnostic, Location, Severity
from argmap.load.fields import ID_PATTERN
from argmap.model import ArgMap, Author, Claim, Edge, EdgeKind, Side, Source, Stance

__all__ = ["Imported", "MapBuilder", "clean_text", "slugify"]

SLUG_CHARS = 40
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass
class Imported:
    """An imported map and what could not be carried over."""

    argmap: ArgMap
    warnings: list[Diagnostic] = field(default_factory=list)


def parse_json(text: str, name: str, what: str) -> object:
    """The JSON document in ``text``; an ArgmapError naming the line and column where it breaks."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ArgmapError(
            f"not valid JSON: {error.msg}", Location(name, error.lineno, error.colno)
        ) from None
    except RecursionError:
        raise ArgmapError(f"the JSON is nested too deeply to be {what}", Location(name)) from None


def clean_text(value: str) -> str:
    """Text fit for a map file: Unix line ends, no control characters, trimmed.

    >>> clean_text(" a\\r\\nb\\x00 ")
    'a\\nb'
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    return text.strip()


def slugify(text: str, limit: int = SLUG_CHARS) -> str:
    """A readable id from text: lowercase ASCII words joined by hyphens, cut at a word end.

    >>> slugify("Hate speech should be banned, even online!")
    'hate-speech-should-be-banned-even-online'
    >>> slugify("¿Qué?")
    'que'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (words[0][:limit] if words else "")


def is_kept_id(value: object) -> bool:
    """An id from the input worth keeping as is: valid in a map and not just a number."""
    return isinstance(value, str) and bool(ID_PATTERN.match(value)) and not value.isdigit()


class IdMaker:
    """Hands out unique ids: the wanted one when free, else a slug with -2, -3... appended."""

    def __init__(self, fallback: str) -> None:
        self.fallback = fallback
        self.taken: set[str] = set()

    def make(self, text: str, wanted: str | None = None, exact: bool = False) -> str:
        """``exact``: keep a wanted id that is only digits too (argmap's own formats)."""
        keep = (
            bool(ID_PATTERN.match(wanted)) if exact and wanted is not None else is_kept_id(wanted)
        )
        if wanted is not None and keep and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        base = slugify(text) or self.fallback
        new, n = base, 1
        while new in self.taken:
            n += 1
            new = f"{base}-{n}"
        self.taken.add(new)
        return new


class MapBuilder:
    """Collects claims, edges, authors and stances; refuses what ``check`` would call an error."""

    def __init__(self, file: str, exact_ids: bool = False) -> None:
        self.file = file
        self.exact_ids = exact_ids
        self.warnings: list[Diagnostic] = []
        self.claims: dict[str, Claim] = {}
        self.authors: dict[str, Author] = {}
        self.sources: dict[str, Source] = {}
        self.motions: set[str] = set()
        self._claim_ids = IdMaker("claim")
        self._author_ids = IdMaker("author")
        self._author_by_name: dict[str, str] = {}
        self._edge_kind: dict[tuple[str, str], tuple[EdgeKind, str]] = {}
        self._stances: dict[tuple[str, str], Stance] = {}

    def warn(self, code: str, message: str, line: int = 0) -> None:
        self.warnings.append(Diagnostic(Location(self.file, line), Severity.WARNING, code, message))

    def claim(
        self,
        text: str,
        where: str,
        wanted_id: str | None = None,
        tags: tuple[str, ...] = (),
        note: str | None = None,
        line: int = 0,
    ) -> str:
        """Add a claim and return its id; empty text is replaced and reported."""
        body = clean_text(text)
        if not body:
            body = f"(no text in {where})"
            self.warn("empty-text", f"{where} has no text; the claim says so", line)
        claim_id = self._claim_ids.make(body, wanted_id, self.exact_ids)
        self.claims[claim_id] = Claim(claim_id, body, tags=tags, note=note)
        return claim_id

    def add_note(self, claim_id: str, note: str) -> None:
        claim = self.claims[claim_id]
        claim.note = f"{claim.note}\n{note}" if claim.note else note

    def edge(
        self,
        source: str,
        target: str,
        kind: EdgeKind,
        where: str,
        line: int = 0,
        note: str | None = None,
    ) -> None:
        """``source`` supports or rebuts ``target``, unless that would make the map invalid."""
        if source == target:
            self.warn(
                "self-loop",
                f"{where}: claim '{source}' would {kind.rstrip('s')} itself; left out",
                line,
            )
            return
        earlier = self._edge_kind.get((source, target))
        if earlier is not None:
            if earlier[0] is not kind:
                self.warn(
                    "conflicting-edge",
                    f"{where}: '{source}' already {earlier[0]} '{target}' ({earlier[1]}), so this "
                    f"'{kind}' edge is left out (a claim cannot both support and rebut one claim)",
                    line,
                )
            return
        self._edge_kind[(source, target)] = (kind, where)
        self.claims[source].edges.append(
            Edge(source, target, kind, note=clean_text(note or "") or None)
        )

    def author(
        self, name: str, wanted_id: str | None = None, affiliation: str | None = None
    ) -> str:
        """The id of the author called ``name``, made on first sight (by id, with ``exact_ids``)."""
        name = clean_text(name) or "Unknown speaker"
        key = wanted_id if self.exact_ids and wanted_id else name
        known = self._author_by_name.get(key)
        if known is not None:
            return known
        author_id = self._author_ids.make(name, wanted_id, self.exact_ids)
        self._author_by_name[key] = author_id
        self.authors[author_id] = Author(author_id, name, clean_text(affiliation or "") or None)
        return author_id

    def source(self, source: Source) -> None:
        """A source as given; its authors must be known (else it is left out, with a warning)."""
        missing = [a for a in source.authors if a not in self.authors]
        if missing or not source.authors or source.id in self.sources:
            why = f"names unknown author '{missing[0]}'" if missing else "is incomplete or repeated"
            self.warn("bad-source", f"source '{source.id}' {why}; left out")
            return
        self.sources[source.id] = source

    def mark_motion(self, claim_id: str) -> None:
        """``claim_id`` is a motion: the map says ``motion: true`` for it."""
        self.motions.add(claim_id)

    def stance(
        self,
        claim_id: str,
        author_id: str,
        side: Side,
        quote: str,
        where: str,
        line: int = 0,
        source: str | None = None,
        note: str | None = None,
    ) -> None:
        """An author's stance; a second quote for the same side goes into the stance's note."""
        words = clean_text(quote)
        if not words:
            self.warn(
                "empty-quote", f"{where} has no words to quote; no stance for '{author_id}'", line
            )
            return
        earlier = self._stances.get((claim_id, author_id))
        if earlier is None:
            if source is not None and author_id not in getattr(
                self.sources.get(source), "authors", ()
            ):
                source = None  # a source the map does not have, or not by this author
            stance = Stance(
                claim_id, author_id, side, words, source, clean_text(note or "") or None
            )
            self._stances[(claim_id, author_id)] = stance
            self.claims[claim_id].stances.append(stance)
        elif earlier.side is not side:
            self.warn(
                "conflicting-stance",
                f"{where}: '{author_id}' already {earlier.side} '{claim_id}', so this '{side}' "
                f'("{_short(words)}") is left out',
                line,
            )
        elif words != earlier.quote and words not in (earlier.note or ""):
            also = f'Also said: "{words}"'
            earlier.note = f"{earlier.note}\n{also}" if earlier.note else also

    def result(self) -> Imported:
        """The map: the claims marked as motions get ``motion: true``; a claim that the map
        would otherwise take for a motion (nobody holds it, it bears on nothing) gets
        ``motion: false``, so an import has exactly the motions its source had."""
        for claim in self.claims.values():
            if claim.id in self.motions:
                claim.motion = True
            elif claim.motion is None and claim.is_motion:
                claim.motion = False
        argmap = ArgMap(
            authors=list(self.authors.values()),
            sources=list(self.sources.values()),
            claims=list(self.claims.values()),
        )
        return Imported(argmap, self.warnings)

    def roots(self) -> list[str]:
        """The claims that bear on nothing and that something bears on: the conclusions."""
        targets = {e.target for c in self.claims.values() for e in c.edges}
        return [c for c in self.claims if c in targets and not self.claims[c].edges]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
