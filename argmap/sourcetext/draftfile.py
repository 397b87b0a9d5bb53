"""Draft claims written as a map file, with the suggested links as comments.

The file is written as text, not through a YAML library, so that it can carry comments. Every
string is a JSON string, which is also a valid YAML double-quoted scalar.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from argmap.sourcetext.draft import DraftClaim
from argmap.wording import escaped

__all__ = ["DraftHeader", "render_draft"]


@dataclass(frozen=True)
class DraftHeader:
    """What the draft is about: whose article, which source, and what the map lacks of them."""

    author: str
    source: str
    origin: str  # the file (and lines) the draft comes from, for the opening comment
    author_name: str | None = None  # set when the map has no such author: one is written
    source_title: str | None = None  # set when the map has no such source: one is written
    source_text: str | None = None  # the text file, for a new source


def render_draft(header: DraftHeader, drafts: Sequence[DraftClaim]) -> str:
    """The draft map file: a new author and source if need be, then one entry per claim.

    >>> from argmap.sourcetext.draft import draft_claims
    >>> drafts = draft_claims("They will not be allies soon.", {"allies": "They will ally."})
    >>> print(render_draft(DraftHeader("lee", "lee-2020", "a.txt"), drafts))  # doctest: +ELLIPSIS
    # Draft claims from a.txt by lee (source lee-2020), written by argmap ingest.
    ...
    claims:
      - id: "will-not-allies-soon"  # line 1
        text: "They will not be allies soon."
        held_by:
          - author: "lee"
            quote: "They will not be allies soon."
            source: "lee-2020"
        # may bear on: allies (0.24)
    <BLANKLINE>
    """
    opening = (
        f"# Draft claims from {_comment(header.origin)} by {header.author} "
        f"(source {header.source}), written by argmap ingest."
    )
    out = [
        opening,
        "# Each entry is a candidate: keep it or delete it, and put its text in your own words.",
        "# The quotes are verbatim; a 'may bear on' line names a claim of the map that the",
        "# entry resembles: if it gives a reason for it or against it, write supports: [id] or",
        "# rebuts: [id] under the entry. The file is valid as it stands and after any deletion.",
    ]
    if header.author_name is not None:
        out += [
            "authors:",
            f"  - id: {_s(header.author)}",
            f"    name: {_s(header.author_name)}",
        ]
    if header.source_title is not None:
        out += [
            "sources:",
            f"  - id: {_s(header.source)}",
            f"    author: {_s(header.author)}",
            f"    title: {_s(header.source_title)}",
        ]
        if header.source_text:
            out.append(f"    text: {_s(header.source_text)}")
    if not drafts:
        out.append("claims: []  # no passage of the article reads as the author's own claim")
        return "\n".join(out) + "\n"
    out.append("claims:")
    for draft in drafts:
        out += [
            f"  - id: {_s(draft.id)}  # line {draft.quote.line}",
            f"    text: {_s(draft.text)}",
            "    held_by:",
            f"      - author: {_s(header.author)}",
            f"        quote: {_s(draft.quote.text)}",
            f"        source: {_s(header.source)}",
        ]
        out += [f"    # may bear on: {claim} ({score:.2f})" for claim, score in draft.bears_on]
    return "\n".join(out) + "\n"


def _s(text: str) -> str:
    """A YAML double-quoted scalar; control characters escaped, as YAML requires."""
    return escaped(json.dumps(text, ensure_ascii=False))


def _comment(text: str) -> str:
    """``text`` on one comment line."""
    return " ".join(text.split())
