"""Rules on what a map holds but does not use: authors, sources, lone claims, repeated texts."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.check.registry import Problem, rule
from argmap.errors import Severity
from argmap.model import ArgMap, Claim, sole_sources_of
from argmap.textmatch import fold

__all__ = ["duplicate_text", "orphan_claim", "unused_author", "unused_source"]


@rule("unused-author", Severity.WARNING)
def unused_author(argmap: ArgMap) -> Iterator[Problem]:
    """an author with no source and no stance

    Every author listed writes a source or takes a stance; remove the others.

    PASS:
        authors:
          - {id: cy, name: Cy Cole}
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: a}]}
    FAIL:
        authors:
          - {id: cy, name: Cy Cole}
    """
    active = {s.author for s in argmap.stances()}
    for source in argmap.sources:
        active.update(source.authors)
    for author in argmap.authors:
        if author.id not in active:
            yield author.loc, f"author '{author.id}' has no source and no stance"


@rule("unused-source", Severity.WARNING)
def unused_source(argmap: ArgMap) -> Iterator[Problem]:
    """a source no stance cites

    A source is cited by a stance's ``source``, or by a stance without one whose author has
    just that source.

    PASS:
        claims:
          - id: a
            text: A.
            held_by: [{author: ann, quote: a}, {author: bob, quote: b, source: bob-2021}]
    FAIL:
        claims:
          - {id: a, text: A., held_by: [{author: ann, quote: a}]}
    """
    cited = {s.source for s in argmap.stances() if s.source}
    sole = sole_sources_of(argmap.sources)
    cited.update(sole[s.author] for s in argmap.stances() if not s.source and s.author in sole)
    for source in argmap.sources:
        if source.id not in cited:
            yield source.loc, f"no stance cites source '{source.id}'"


@rule("orphan-claim", Severity.WARNING)
def orphan_claim(argmap: ArgMap) -> Iterator[Problem]:
    """a claim nobody holds or denies and nothing connects

    Such a claim takes no part in any analysis: connect it or remove it.

    PASS:
        claims:
          - {id: a, text: A., supports: [b]}
          - {id: b, text: B.}
    FAIL:
        claims:
          - {id: a, text: A.}
    """
    targets = {e.target for e in argmap.edges()}
    for claim in argmap.claims:
        if not claim.stances and not claim.edges and claim.id not in targets:
            yield (
                claim.loc,
                f"claim '{claim.id}' has no stance and no edge; connect it or remove it",
            )


@rule("duplicate-text", Severity.WARNING)
def duplicate_text(argmap: ArgMap) -> Iterator[Problem]:
    """two claims with the same text

    Texts are compared after folding case, typography and white space; the later claim is
    reported, with the place of the first.

    PASS:
        claims:
          - {id: a, text: Trade grows., supports: [b]}
          - {id: b, text: Trade shrinks.}
    FAIL:
        claims:
          - {id: a, text: Trade grows., supports: [b]}
          - {id: b, text: trade  grows.}
    """
    first_with_text: dict[str, Claim] = {}
    for claim in argmap.claims:
        key = fold(claim.text).casefold()
        if not key:
            continue
        other = first_with_text.setdefault(key, claim)
        if other is not claim and other.id != claim.id:
            yield (
                claim.text_loc,
                f"claim '{claim.id}' has the same text as '{other.id}' ({other.loc}); merge them",
            )
