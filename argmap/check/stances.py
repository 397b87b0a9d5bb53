"""Rules on stances: one side of a claim per author, once, citing a source of their own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from argmap.check.registry import Problem, rule
from argmap.errors import Severity
from argmap.model import ArgMap, Claim, Source, Stance

__all__ = ["ambiguous_source", "duplicate_stance", "holds_and_denies", "wrong_source"]


def _repeats(claim: Claim) -> Iterator[tuple[Stance, Stance]]:
    """(stance, the author's earlier stance on the same claim) for each repeated author."""
    seen: dict[str, Stance] = {}
    for stance in claim.stances:
        earlier = seen.setdefault(stance.author, stance)
        if earlier is not stance:
            yield stance, earlier


@rule("holds-and-denies", Severity.ERROR)
def holds_and_denies(argmap: ArgMap) -> Iterator[Problem]:
    """one author both holds and denies the same claim

    An author takes one side of a claim: keep the side the text takes.

    PASS:
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows}]
            denied_by: [{author: bob, quote: trade does not grow}]
    FAIL:
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows}]
            denied_by: [{author: ann, quote: trade does not grow}]
    """
    for claim in argmap.claims:
        for stance, earlier in _repeats(claim):
            if earlier.side is not stance.side:
                yield (
                    stance.loc,
                    (
                        f"author '{stance.author}' both holds and denies '{claim.id}' "
                        f"(other stance at line {earlier.loc.line}); keep the side the text takes"
                    ),
                )


@rule("duplicate-stance", Severity.WARNING)
def duplicate_stance(argmap: ArgMap) -> Iterator[Problem]:
    """the same author on the same side of a claim twice

    Two quotes for one stance belong in one entry: merge them.

    PASS:
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows}, {author: bob, quote: it grows}]
    FAIL:
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows}, {author: ann, quote: it grows}]
    """
    for claim in argmap.claims:
        for stance, earlier in _repeats(claim):
            if earlier.side is stance.side:
                yield (
                    stance.loc,
                    (
                        f"author '{stance.author}' {stance.side} '{claim.id}' twice "
                        f"(also at line {earlier.loc.line}); merge the quotes"
                    ),
                )


@rule("wrong-source", Severity.ERROR)
def wrong_source(argmap: ArgMap) -> Iterator[Problem]:
    """a stance citing a source its author did not write

    A stance quotes its author, so its ``source`` is one of that author's sources.

    PASS:
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows, source: ann-2020}]
    FAIL:
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows, source: bob-2021}]
    """
    sources = argmap.source_by_id
    for stance in argmap.stances():
        cited = sources.get(stance.source) if stance.source else None
        if cited is not None and stance.author not in cited.authors:
            yield (
                stance.source_loc,
                (
                    f"source '{cited.id}' is not by '{stance.author}' "
                    f"(its authors: {', '.join(cited.authors) or 'none'})"
                ),
            )


@rule("ambiguous-source", Severity.WARNING)
def ambiguous_source(argmap: ArgMap) -> Iterator[Problem]:
    """a stance without `source` by an author with several sources

    A stance may leave out ``source`` only where its author has one source; otherwise say
    which one, so that quotes can be checked and cited.

    PASS:
        sources:
          - {id: ann-2021, author: ann, title: On trade, again}
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows, source: ann-2021}]
    FAIL:
        sources:
          - {id: ann-2021, author: ann, title: On trade, again}
        claims:
          - id: trade-grows
            text: Trade grows.
            held_by: [{author: ann, quote: trade grows}]
    """
    by_author: dict[str, list[Source]] = defaultdict(list)
    for source in argmap.sources:
        for author in source.authors:
            by_author[author].append(source)
    for stance in argmap.stances():
        own = by_author.get(stance.author, [])
        if stance.source is None and len(own) > 1:
            yield (
                stance.loc,
                (
                    f"'{stance.author}' has {len(own)} sources; say which one with 'source:' "
                    f"({', '.join(s.id for s in own)})"
                ),
            )
