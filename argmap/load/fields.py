"""The keys of the map format, their types and meaning: read by the loader and by `schema`."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DATE_PATTERN", "ID_PATTERN", "KIND_NAMES", "SECTIONS", "Field"]

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
# YYYY, YYYY-MM or YYYY-MM-DD, a real month and a real day of it (29 February in leap years):
# one pattern, so that the loader and the JSON Schema accept the same dates.
_LEAP = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DAYS = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
DATE_PATTERN = re.compile(rf"(?:[0-9]{{4}}(?:-(?:0[1-9]|1[0-2])|-{_DAYS})?|{_LEAP}-02-29)\Z")


@dataclass(frozen=True, slots=True)
class Field:
    """One key of an author, source, claim or stance.

    ``kind`` is one of: ``id`` (an id of this object), ``ref`` (an id of another object),
    ``refs`` (a list of ids), ``edges`` (a list of claim ids or ``{claim, note}`` mappings),
    ``text``, ``tags``, ``stances``, ``date``, ``score`` (a number in [0, 1]), ``flag``
    (true or false).
    """

    kind: str
    required: bool
    description: str


_EDGE = {
    "claim": Field("ref", True, "The id of the claim this one bears on."),
    "note": Field("text", False, "Why this reading of the link holds, quoting the words."),
}

_STANCE = {
    "author": Field("ref", True, "The author's id."),
    "quote": Field("text", True, "The author's own words, verbatim, that show the stance."),
    "source": Field("ref", False, "The source id; optional where the author has one source."),
    "note": Field("text", False, "Why this reading, where it is arguable."),
}

SECTIONS: dict[str, dict[str, Field]] = {
    "authors": {
        "id": Field("id", True, "Unique id: lowercase letters, digits and hyphens."),
        "name": Field("text", True, "The author's name as it appears in the text."),
        "affiliation": Field("text", False, "Where the author works, as the text gives it."),
    },
    "sources": {
        "id": Field("id", True, "Unique id: lowercase letters, digits and hyphens."),
        "author": Field("ref", False, "The author's id (or use 'authors')."),
        "authors": Field("refs", False, "The authors' ids, for a source with several authors."),
        "title": Field("text", True, "The title."),
        "venue": Field("text", False, "Journal, blog, publisher or site."),
        "date": Field("date", False, "YYYY, YYYY-MM or YYYY-MM-DD."),
        "url": Field("text", False, "Where to find it."),
        "text": Field("text", False, "File name of the full text, for 'check --texts DIR'."),
    },
    "claims": {
        "id": Field("id", True, "Unique id: lowercase letters, digits and hyphens."),
        "text": Field("text", True, "One proposition, in the mapper's words."),
        "tags": Field("tags", False, "Topic tags."),
        "held_by": Field("stances", False, "Authors who assert the claim, each with a quote."),
        "denied_by": Field("stances", False, "Authors who reject the claim, each with a quote."),
        "supports": Field("edges", False, "Claims this claim supports (ids or {claim, note})."),
        "rebuts": Field("edges", False, "Claims this claim attacks (ids or {claim, note})."),
        "strength": Field("score", False, "Base score in [0, 1] for gradual semantics."),
        "note": Field("text", False, "A note on the claim."),
        "motion": Field("flag", False, "true: a question the map asks; authors take sides."),
    },
    "stance": _STANCE,
    "edge": _EDGE,
}

# Each field kind in words, for the messages of values of the wrong kind.
KIND_NAMES = {
    "id": "an id (lowercase letters, digits, hyphens)",
    "ref": "an id",
    "refs": "a list of ids",
    "edges": "a list of claim ids (or {claim: id, note: text} mappings)",
    "flag": "true or false",
    "text": "text",
    "tags": "a list of tags",
    "stances": "a list of stances (mappings with author and quote)",
    "date": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "score": "a number from 0 to 1",
}
