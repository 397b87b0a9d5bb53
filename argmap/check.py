"""Rules that look across a whole map and turn it into diagnostics.

Each rule is a generator of Diagnostics; its docstring is its user documentation. The loader's
own problems (syntax, types, unknown keys) come first in the same sorted list.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from argmap.errors import Diagnostic, Location, Severity
from argmap.model import ArgMap, Author, Claim, EdgeKind, Source, Stance
from argmap.sourcetext import Ranker
from argmap.textmatch import closest_passage, fold

__all__ = ["CODES", "RULES", "check_map", "has_errors"]

ERROR, WARNING = Severity.ERROR, Severity.WARNING

# Every diagnostic code argmap emits, loader codes included, with what it means.
CODES: dict[str, str] = {
    "yaml-syntax": "the file is not valid YAML",
    "yaml-alias": "YAML anchors/aliases are refused (they can blow up a file's size)",
    "yaml-tag": "a YAML tag that builds objects, such as !!python/object, is refused",
    "not-utf8": "the file is not UTF-8",
    "file-too-large": "the file is over the size limit for one map file",
    "unreadable": "the file cannot be read",
    "not-a-mapping": "the file's top level is not a mapping",
    "unknown-key": "a key the format does not have",
    "missing-key": "a required key is missing or empty",
    "wrong-type": "a value of the wrong type",
    "bad-id": "an id with characters outside [a-z0-9-]",
    "bad-date": "a date that is not YYYY, YYYY-MM or YYYY-MM-DD",
    "out-of-range": "a strength outside [0, 1]",
    "empty-text": "empty text, name, title or quote",
    "conflicting-keys": "a source with both 'author' and 'authors'",
    "duplicate-key": "the same key twice in one mapping",
    "duplicate-id": "the same id twice (both places named)",
    "dangling-ref": "a reference to an id that does not exist",
    "self-loop": "a claim that supports or rebuts itself",
    "support-and-rebut": "a claim that both supports and rebuts the same target",
    "holds-and-denies": "one author both holds and denies the same claim",
    "wrong-source": "a stance citing a source its author did not write",
    "support-cycle": "claims that support each other in a circle (warning)",
    "duplicate-stance": "the same author on the same side of a claim twice (warning)",
    "ambiguous-source": "a stance without a source, by an author with several (warning)",
    "unused-author": "an author with no stance and no source (warning)",
    "unused-source": "a source no stance cites (warning)",
    "orphan-claim": "a claim nobody holds or denies and nothing connects (warning)",
    "duplicate-text": "two claims with the same text (warning)",
    "quote-not-found": "with --texts: a quote that is not in its source's text",
    "text-not-found": "with --texts: a source's text file is missing",
    "no-text": "with --texts: a source with quotes but no 'text' file to check them (warning)",
}

Rule = Callable[[ArgMap], Iterator[Diagnostic]]


def _diag(loc: Location, severity: Severity, code: str, message: str) -> Diagnostic:
    return Diagnostic(loc, severity, code, message)


def _hint(name: str, known: object) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)  # type: ignore[call-overload]
    return f" (did you mean '{close[0]}'?)" if close else ""


def duplicate_ids(argmap: ArgMap) -> Iterator[Diagnostic]:
    """Ids are unique within authors, within sources and within claims.

    FAIL: two claims both with ``id: us-pivot``.
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
                yield _diag(
                    item.loc,
                    ERROR,
                    "duplicate-id",
                    f"duplicate {kind} id '{item.id}', first defined at {first[item.id]}; "
                    "rename one of them",
                )
            else:
                first[item.id] = item.loc


def dangling_refs(argmap: ArgMap) -> Iterator[Diagnostic]:
    """Every id in supports, rebuts, a stance's author or source, and a source's authors exists.

    FAIL: ``supports: [us-pivot]`` where the claim is called ``us-pivot-asia``.
    """
    claims, authors, sources = argmap.claim_by_id, argmap.author_by_id, argmap.source_by_id
    for source in argmap.sources:
        for author in source.authors:
            if author not in authors:
                yield _diag(
                    source.author_loc, ERROR, "dangling-ref",
                    f"unknown author '{author}' in source '{source.id}'{_hint(author, authors)}",
                )  # fmt: skip
    for claim in argmap.claims:
        for edge in claim.edges:
            if edge.target not in claims:
                yield _diag(
                    edge.loc, ERROR, "dangling-ref",
                    f"unknown claim '{edge.target}' in {edge.kind} of '{claim.id}'"
                    f"{_hint(edge.target, claims)}",
                )  # fmt: skip
        for stance in claim.stances:
            if stance.author not in authors:
                yield _diag(
                    stance.author_loc, ERROR, "dangling-ref",
                    f"unknown author '{stance.author}' on claim '{claim.id}'"
                    f"{_hint(stance.author, authors)}",
                )  # fmt: skip
            if stance.source is not None and stance.source not in sources:
                yield _diag(
                    stance.source_loc, ERROR, "dangling-ref",
                    f"unknown source '{stance.source}' on claim '{claim.id}'"
                    f"{_hint(stance.source, sources)}",
                )  # fmt: skip


def edge_conflicts(argmap: ArgMap) -> Iterator[Diagnostic]:
    """No claim supports or rebuts itself, nor both supports and rebuts the same claim.

    FAIL: ``id: a`` with ``rebuts: [a]``; or ``supports: [b]`` and ``rebuts: [b]`` together.
    """
    for claim in argmap.claims:
        kinds: dict[str, set[EdgeKind]] = defaultdict(set)
        for edge in claim.edges:
            if edge.target == claim.id:
                yield _diag(edge.loc, ERROR, "self-loop", f"claim '{claim.id}' {edge.kind} itself")
                continue
            kinds[edge.target].add(edge.kind)
            if len(kinds[edge.target]) == 2 and edge.kind is EdgeKind.REBUTS:
                yield _diag(
                    edge.loc, ERROR, "support-and-rebut",
                    f"claim '{claim.id}' both supports and rebuts '{edge.target}'; keep one",
                )  # fmt: skip
            elif len(kinds[edge.target]) == 2:
                yield _diag(
                    edge.loc, ERROR, "support-and-rebut",
                    f"claim '{claim.id}' both rebuts and supports '{edge.target}'; keep one",
                )  # fmt: skip


def stance_conflicts(argmap: ArgMap) -> Iterator[Diagnostic]:
    """An author takes one side of a claim, once, citing a source of their own.

    FAIL: the same author in both ``held_by`` and ``denied_by`` of one claim.
    """
    sources = argmap.source_by_id
    by_author: dict[str, list[Source]] = defaultdict(list)
    for source in argmap.sources:
        for author in source.authors:
            by_author[author].append(source)
    for claim in argmap.claims:
        seen: dict[str, Stance] = {}
        for stance in claim.stances:
            earlier = seen.get(stance.author)
            if earlier is not None and earlier.side is not stance.side:
                yield _diag(
                    stance.loc, ERROR, "holds-and-denies",
                    f"author '{stance.author}' both holds and denies '{claim.id}' "
                    f"(other stance at line {earlier.loc.line}); keep the side the text takes",
                )  # fmt: skip
            elif earlier is not None:
                yield _diag(
                    stance.loc, WARNING, "duplicate-stance",
                    f"author '{stance.author}' {stance.side} '{claim.id}' twice "
                    f"(also at line {earlier.loc.line}); merge the quotes",
                )  # fmt: skip
            seen.setdefault(stance.author, stance)
            cited = sources.get(stance.source) if stance.source else None
            if cited is not None and stance.author not in cited.authors:
                yield _diag(
                    stance.source_loc, ERROR, "wrong-source",
                    f"source '{cited.id}' is not by '{stance.author}' "
                    f"(its authors: {', '.join(cited.authors) or 'none'})",
                )  # fmt: skip
            own = by_author.get(stance.author, [])
            if stance.source is None and len(own) > 1:
                yield _diag(
                    stance.loc, WARNING, "ambiguous-source",
                    f"'{stance.author}' has {len(own)} sources; say which one with 'source:' "
                    f"({', '.join(s.id for s in own)})",
                )  # fmt: skip


def support_cycles(argmap: ArgMap) -> Iterator[Diagnostic]:
    """Claims should not support each other in a circle (a warning: circular reasoning).

    FAIL: ``a`` supports ``b`` and ``b`` supports ``a``.
    """
    claims = argmap.claim_by_id
    supports: dict[str, list[str]] = {}
    for claim in claims.values():
        targets = [
            e.target
            for e in claim.edges
            if e.kind is EdgeKind.SUPPORTS and e.target in claims and e.target != claim.id
        ]
        if targets:
            supports[claim.id] = targets
    for component in _strongly_connected(supports):
        if len(component) < 2:
            continue
        first = min(component, key=lambda c: claims[c].loc)
        path = _shortest_cycle(supports, component, first)
        yield _diag(
            claims[first].loc, WARNING, "support-cycle",
            "support cycle: " + " -> ".join(path) + "; a claim cannot (even indirectly) support itself",
        )  # fmt: skip


def _strongly_connected(graph: dict[str, list[str]]) -> Iterator[set[str]]:
    """Tarjan's strongly connected components, iteratively (maps can be deep chains)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in graph:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(graph.get(root, ())))]
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(graph.get(succ, ()))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    yield component


def _shortest_cycle(graph: dict[str, list[str]], component: set[str], start: str) -> list[str]:
    """The shortest path start -> ... -> start inside ``component`` (breadth first)."""
    parent: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for succ in graph.get(node, ()):
                if succ == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if succ in component and succ not in parent:
                    parent[succ] = node
                    following.append(succ)
        frontier = following
    raise AssertionError("a strongly connected component has a cycle")  # pragma: no cover


def unused(argmap: ArgMap) -> Iterator[Diagnostic]:
    """Every author and source is used, every claim has a stance or an edge, no text is repeated.

    FAIL: an author nobody cites; a claim with no stance and no edge; two claims with one text.
    """
    cited_sources = {s.source for s in argmap.stances() if s.source}
    active_authors = {s.author for s in argmap.stances()}
    for source in argmap.sources:
        active_authors.update(source.authors)
    for author in argmap.authors:
        if author.id not in active_authors:
            yield _diag(
                author.loc,
                WARNING,
                "unused-author",
                f"author '{author.id}' has no source and no stance",
            )
    sole_source = _sole_sources(argmap)
    cited_sources.update(
        sole_source[s.author] for s in argmap.stances() if not s.source and s.author in sole_source
    )
    for source in argmap.sources:
        if source.id not in cited_sources:
            yield _diag(
                source.loc, WARNING, "unused-source", f"no stance cites source '{source.id}'"
            )
    targets = {e.target for e in argmap.edges()}
    for claim in argmap.claims:
        if not claim.stances and not claim.edges and claim.id not in targets:
            yield _diag(
                claim.loc, WARNING, "orphan-claim",
                f"claim '{claim.id}' has no stance and no edge; connect it or remove it",
            )  # fmt: skip
    first_with_text: dict[str, Claim] = {}
    for claim in argmap.claims:
        key = fold(claim.text).casefold()
        if not key:
            continue
        other = first_with_text.setdefault(key, claim)
        if other is not claim and other.id != claim.id:
            yield _diag(
                claim.text_loc, WARNING, "duplicate-text",
                f"claim '{claim.id}' has the same text as '{other.id}' ({other.loc}); merge them",
            )  # fmt: skip


def _sole_sources(argmap: ArgMap) -> dict[str, str]:
    """Author id -> source id, for authors with exactly one source."""
    by_author: dict[str, list[str]] = defaultdict(list)
    for source in argmap.sources:
        for author in source.authors:
            by_author[author].append(source.id)
    return {a: ids[0] for a, ids in by_author.items() if len(ids) == 1}


RULES: dict[str, Rule] = {
    "duplicate-id": duplicate_ids,
    "dangling-ref": dangling_refs,
    "edge-conflicts": edge_conflicts,
    "stance-conflicts": stance_conflicts,
    "support-cycle": support_cycles,
    "unused": unused,
}


def check_quotes(argmap: ArgMap, texts_dir: str | Path) -> Iterator[Diagnostic]:
    """Every quote occurs in its source's text file (``--texts DIR``), up to typography.

    The source is the stance's ``source`` or, where the author has one, that one. A quote that
    is not found gets the closest passage of the text as a hint.
    """
    root = Path(texts_dir)
    sources = argmap.source_by_id
    sole = _sole_sources(argmap)
    folded: dict[str, str | None] = {}
    raw: dict[str, str] = {}
    rankers: dict[str, Ranker] = {}
    for source in argmap.sources:
        if source.text is None or source.id in folded:
            continue
        path = root / source.text
        try:
            raw[source.id] = path.read_text(encoding="utf-8")
            folded[source.id] = fold(raw[source.id])
        except (OSError, UnicodeDecodeError) as error:
            folded[source.id] = None
            reason = getattr(error, "strerror", None) or str(error)
            yield _diag(
                source.loc,
                ERROR,
                "text-not-found",
                f"cannot read text '{path}' of source '{source.id}': {reason}",
            )
    no_text_reported: set[str] = set()
    for stance in argmap.stances():
        source_id = stance.source or sole.get(stance.author)
        cited = sources.get(source_id) if source_id else None
        if cited is None:
            continue
        if cited.text is None:
            if cited.id not in no_text_reported:
                no_text_reported.add(cited.id)
                yield _diag(
                    cited.loc, WARNING, "no-text",
                    f"source '{cited.id}' has no 'text:' file, so its quotes cannot be checked",
                )  # fmt: skip
            continue
        text = folded.get(cited.id)
        if text is None or not stance.quote.strip():
            continue
        if fold(stance.quote) not in text:
            ranker = rankers.get(cited.id) or rankers.setdefault(cited.id, Ranker(raw[cited.id]))
            yield _diag(
                stance.quote_loc, ERROR, "quote-not-found",
                f"quote by '{stance.author}' on '{stance.claim}' is not in {cited.text}"
                + _closest_hint(ranker, stance.quote, text),
            )  # fmt: skip


def _closest_hint(ranker: Ranker, quote: str, folded_text: str, width: int = 160) -> str:
    """The passage of the text that best matches ``quote``, with its line, for a message."""
    best = ranker.rank(quote, top=1)
    if not best:  # no word in common: fall back to the longest common run of characters
        near = closest_passage(quote, folded_text, width)
        return f'; closest passage: "{near}"' if near else ""
    passage = fold(best[0].passage.text)
    if len(passage) > width:
        passage = passage[:width].rsplit(" ", 1)[0] + " …"
    return f'; closest passage (line {best[0].passage.line}): "{passage}"'


def check_map(argmap: ArgMap, texts_dir: str | Path | None = None) -> list[Diagnostic]:
    """All problems of a map, the loader's included, sorted by place.

    >>> from argmap.model import ArgMap, Claim, Edge, EdgeKind
    >>> m = ArgMap(claims=[Claim("a", "A", edges=[Edge("a", "b", EdgeKind.SUPPORTS)])])
    >>> [d.code for d in check_map(m)]
    ['dangling-ref']
    """
    found = list(argmap.problems)
    for rule in RULES.values():
        found.extend(rule(argmap))
    if texts_dir is not None:
        found.extend(check_quotes(argmap, texts_dir))
    return sorted(set(found), key=Diagnostic.sort_key)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
