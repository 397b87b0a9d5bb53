"""Rules on ids: each defined once, each reference to an existing one."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.check.registry import Problem, rule
from argmap.errors import Location, Severity, did_you_mean
from argmap.model import ArgMap, Author, Claim, Source

__all__ = ["dangling_ref", "duplicate_id"]


@rule("duplicate-id", Severity.ERROR)
def duplicate_id(argmap: ArgMap) -> Iterator[Problem]:
    """the same id twice (both places named)

    Ids are unique within authors, within sources and within claims, across all the map's
    files. The second definition is reported, with the place of the first.

    PASS:
        claims:
          - {id: us-pivot, text: The US pivots to Asia.}
          - {id: us-pivot-asia, text: The US pivots to Asia, again.}
    FAIL:
        claims:
          - {id: us-pivot, text: The US pivots to Asia.}
          - {id: us-pivot, text: The US pivots to Asia, again.}
    """
    kinds: list[tuple[str, list[Author] | list[Source] | list[Claim]]] = [
        ("author", argmap.authors),
        ("source", argmap.sources),
        ("claim", argmap.claims),
    ]
    for kind, items in kinds:
        first: dict[str, Location] = {}
        for item in items:
            if item.id in first:
                yield (
                    item.loc,
                    (
                        f"duplicate {kind} id '{item.id}', first defined at {first[item.id]}; "
                        "rename one of them"
                    ),
                )
            else:
                first[item.id] = item.loc


@rule("dangling-ref", Severity.ERROR)
def dangling_ref(argmap: ArgMap) -> Iterator[Problem]:
    """a reference to an id that does not exist (with did-you-mean)

    Every id in ``supports``, ``rebuts``, a stance's ``author`` or ``source``, and a source's
    ``author``/``authors`` names something the map defines.

    PASS:
        claims:
          - {id: us-pivot-asia, text: The US pivots to Asia.}
          - {id: china-worried, text: China worries., supports: [us-pivot-asia]}
    FAIL:
        claims:
          - {id: us-pivot-asia, text: The US pivots to Asia.}
          - {id: china-worried, text: China worries., supports: [us-pivot]}
    """
    claims, authors, sources = argmap.claim_by_id, argmap.author_by_id, argmap.source_by_id
    for source in argmap.sources:
        for author in source.authors:
            if author not in authors:
                yield (
                    source.author_loc,
                    (
                        f"unknown author '{author}' in source '{source.id}'"
                        f"{did_you_mean(author, authors)}"
                    ),
                )
    for claim in argmap.claims:
        for edge in claim.edges:
            if edge.target not in claims:
                yield (
                    edge.loc,
                    (
                        f"unknown claim '{edge.target}' in {edge.kind} of '{claim.id}'"
                        f"{did_you_mean(edge.target, claims)}"
                    ),
                )
        for stance in claim.stances:
            if stance.author not in authors:
                yield (
                    stance.author_loc,
                    (
                        f"unknown author '{stance.author}' on claim '{claim.id}'"
                        f"{did_you_mean(stance.author, authors)}"
                    ),
                )
            if stance.source is not None and stance.source not in sources:
                yield (
                    stance.source_loc,
                    (
                        f"unknown source '{stance.source}' on claim '{claim.id}'"
                        f"{did_you_mean(stance.source, sources)}"
                    ),
                )
