"""Dung's semantics over rebuttals: grounded labels, complete/preferred/stable extensions, acceptance.

Grounded is linear time. The other semantics split off what grounded settles
(``argmap.semantics.decompose``) and hand each independent part to a solver: the labelling
search in pure Python (``argmap.semantics.labelling``) for small parts, clingo
(``argmap.semantics.clingo``) for larger ones. A map's claims become a plain framework with
``framework_of``; the functions named ``*_af`` work on any Framework, such as one read from an
ICCMA benchmark file.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import networkx as nx

from argmap.errors import SearchLimit
from argmap.semantics.decompose import parts, restrict
from argmap.semantics.framework import Framework
from argmap.semantics.labelling import LABEL_NAMES, adjacency, grounded_codes, python_extensions

__all__ = [
    "DUNG",
    "accepted",
    "choose_solver",
    "extensions",
    "extensions_af",
    "framework_of",
    "grounded",
    "grounded_af",
    "is_admissible",
    "is_conflict_free",
    "one_extension",
]

DUNG = ("grounded", "complete", "preferred", "stable")


def framework_of(graph: nx.DiGraph, author: str | None = None) -> Framework:
    """The Dung framework of a map: claims (sorted ids) attacking along rebut edges.

    Supports play no part. With ``author``, an extra unattacked argument named ``@author``
    attacks every claim the author denies: as the author sees it, a denied claim is defeated
    from the start and cannot defeat anything else.

    >>> g = nx.DiGraph(); g.add_edge("b", "a", kind="rebuts"); g.add_edge("c", "a", kind="supports")
    >>> framework_of(g).attack_names()
    [('b', 'a')]
    """
    names = sorted(graph.nodes)
    index = {name: i for i, name in enumerate(names)}
    attacks = [(index[u], index[v]) for u, v, k in graph.edges(data="kind") if k == "rebuts"]
    if author is not None:
        me = len(names)
        names.append(f"@{author}")
        attacks += [
            (me, index[c]) for c in sorted(graph.nodes) if author in graph.nodes[c]["denied_by"]
        ]
    attacks.sort()
    return Framework(names, attacks, "map")


def _own_claims(author: str | None) -> Callable[[str], bool]:
    """Filter that keeps the map's own claims (not the ``@author`` argument)."""
    extra = f"@{author}" if author is not None else None
    return lambda name: name != extra


def grounded_af(af: Framework) -> list[str]:
    """The grounded labelling of a framework, one label per argument in ``af.names`` order.

    Each argument and attack is visited a bounded number of times, so it runs in linear time.

    >>> grounded_af(Framework(["a", "b", "c"], [(0, 1), (1, 2)]))
    ['in', 'out', 'in']
    >>> grounded_af(Framework(["a", "b"], [(0, 1), (1, 0)]))
    ['undec', 'undec']
    """
    attackers, targets = adjacency(len(af.names), af.attacks)
    return [LABEL_NAMES[c] for c in grounded_codes(len(af.names), targets, attackers)]


def grounded(graph: nx.DiGraph, author: str | None = None) -> dict[str, str]:
    """Each claim's grounded label: "in", "out" or "undec", over the rebut edges.

    A claim is in when every claim rebutting it is out, out when some claim rebutting it is in,
    and undecided when neither can be settled (rebuttal cycles). ``author`` evaluates the map
    as that author sees it (see ``framework_of``).

    Parameters
    ----------
    graph : the map's graph (``argmap.graph.build_graph``).
    author : an author id, or None for the map as it is.

    Returns
    -------
    dict claim id -> label, in id order.

    >>> g = nx.DiGraph(); g.add_edge("b", "a", kind="rebuts"); g.add_edge("c", "b", kind="rebuts")
    >>> grounded(g)
    {'a': 'in', 'b': 'out', 'c': 'in'}
    """
    af = framework_of(graph, author)
    keep = _own_claims(author)
    return {
        name: label for name, label in zip(af.names, grounded_af(af), strict=True) if keep(name)
    }


def is_conflict_free(af: Framework, members: set[int]) -> bool:
    """No member attacks a member.

    >>> is_conflict_free(Framework(["a", "b"], [(0, 1)]), {0, 1})
    False
    """
    return not any(a in members and b in members for a, b in af.attacks)


def is_admissible(af: Framework, members: set[int]) -> bool:
    """Conflict-free, and every attacker of a member is attacked by a member.

    >>> af = Framework(["a", "b", "c"], [(0, 1), (1, 2)])
    >>> is_admissible(af, {2}), is_admissible(af, {0, 2})
    (False, True)
    """
    if not is_conflict_free(af, members):
        return False
    defeated = {b for a, b in af.attacks if a in members}
    return all(a in defeated for a, b in af.attacks if b in members)


def choose_solver(af: Framework) -> str:
    """The solver for one part: "python" up to 24 arguments, "clingo" past that.

    The labelling search answers small parts at once and needs no solver; past that size
    clingo's conflict-driven search is orders of magnitude faster on the ICCMA benchmarks.
    """
    return "python" if len(af.names) <= 24 else "clingo"


def _iterate(
    af: Framework,
    semantics: str,
    deadline: float,
    solver: str,
    fixed: dict[int, str] | None = None,
    timeout: float = 0.0,
) -> Iterator[frozenset[int]]:
    """Extensions of ``af`` from the chosen solver, one at a time.

    Past ``deadline`` a SearchLimit of kind "time" names the semantics, the ``timeout`` the
    deadline came from and the solver that ran out of time.
    """
    chosen = choose_solver(af) if solver == "auto" else solver
    if chosen == "clingo":
        from argmap.semantics.clingo import clingo_extensions

        source = clingo_extensions(af, semantics, deadline, fixed)
    else:
        source = python_extensions(af, semantics, deadline, fixed)
    try:
        yield from source
    except SearchLimit:
        raise SearchLimit("time", semantics, timeout, chosen) from None


def extensions_af(
    af: Framework,
    semantics: str,
    limit: int = 10_000,
    timeout: float = 60.0,
    solver: str = "auto",
) -> list[list[int]]:
    """Every extension of ``af`` under ``semantics``, each a sorted list of indexes, sorted.

    Grounded settles part of the framework in linear time; each independent part of the rest
    goes to ``solver``: "python", "clingo", or "auto" (``choose_solver``). Raises SearchLimit
    (kind "count") when there are more than ``limit`` extensions, or (kind "time") when the
    search takes longer than ``timeout`` seconds.

    >>> extensions_af(Framework(["a", "b", "c"], [(0, 1), (1, 2), (2, 0)]), "stable")
    []
    >>> extensions_af(Framework(["a", "b", "c", "d"], [(0, 1), (1, 0), (2, 3), (3, 2)]), "preferred")
    [[0, 2], [0, 3], [1, 2], [1, 3]]
    """
    ins, _, groups = parts(af)
    if semantics == "grounded":
        return [ins]
    deadline = time.monotonic() + timeout
    combined: list[list[int]] = [ins]
    for members in groups:
        sub = restrict(af, members)
        options: list[list[int]] = []
        for extension in _iterate(sub, semantics, deadline, solver, timeout=timeout):
            options.append([members[k] for k in extension])
            if len(options) > limit:
                raise SearchLimit("count", semantics, limit)
        if len(combined) * len(options) > limit:
            raise SearchLimit("count", semantics, limit)
        combined = [done + more for done in combined for more in options]
    return sorted(sorted(e) for e in combined)


def accepted(
    af: Framework,
    semantics: str,
    argument: int,
    mode: str,
    timeout: float = 60.0,
    solver: str = "auto",
) -> bool:
    """Credulous (``mode="DC"``) or sceptical (``"DS"``) acceptance of one argument.

    Sceptical acceptance under stable semantics is vacuously true when there is no stable
    extension, as in ICCMA.

    >>> nixon = Framework(["quaker", "republican"], [(0, 1), (1, 0)])
    >>> accepted(nixon, "preferred", 0, "DC"), accepted(nixon, "preferred", 0, "DS")
    (True, False)
    """
    deadline = time.monotonic() + timeout
    if semantics == "stable":
        # Parts without a stable extension sink the whole framework: ask about all of it.
        wanted = {argument: "in" if mode == "DC" else "out"}
        found = next(iter(_iterate(af, "stable", deadline, solver, wanted, timeout)), None)
        return found is not None if mode == "DC" else found is None
    ins, outs, groups = parts(af)
    # The grounded extension is the least complete extension, contained in every other one.
    if argument in ins or argument in outs or semantics == "grounded":
        return argument in ins
    if mode == "DS" and semantics == "complete":
        return False
    members = next(m for m in groups if argument in m)
    sub = restrict(af, members)
    local = members.index(argument)
    if mode == "DC":
        # Credulous preferred = credulous complete: each complete extension is in a preferred one.
        found = next(
            iter(_iterate(sub, "complete", deadline, solver, {local: "in"}, timeout)), None
        )
        return found is not None
    return all(local in e for e in _iterate(sub, "preferred", deadline, solver, timeout=timeout))


def extensions(
    graph: nx.DiGraph,
    semantics: str,
    author: str | None = None,
    limit: int = 10_000,
    timeout: float = 60.0,
    solver: str = "auto",
) -> list[list[str]]:
    """Every complete, preferred or stable extension of the map's rebut graph, sorted.

    >>> g = nx.DiGraph(); g.add_edge("a", "b", kind="rebuts"); g.add_edge("b", "a", kind="rebuts")
    >>> extensions(g, "preferred")
    [['a'], ['b']]
    """
    af = framework_of(graph, author)
    keep = _own_claims(author)
    found = extensions_af(af, semantics, limit=limit, timeout=timeout, solver=solver)
    return sorted(sorted(af.names[i] for i in e if keep(af.names[i])) for e in found)


def one_extension(
    af: Framework, semantics: str, timeout: float = 60.0, solver: str = "auto"
) -> list[int] | None:
    """Some extension of ``af`` under ``semantics`` (sorted indexes), or None if there is none.

    >>> one_extension(Framework(["a", "b"], [(0, 1), (1, 0)]), "stable")
    [0]
    """
    ins, _, groups = parts(af)
    if semantics == "grounded":
        return ins
    deadline = time.monotonic() + timeout
    chosen = list(ins)
    for members in groups:
        found = next(
            iter(_iterate(restrict(af, members), semantics, deadline, solver, timeout=timeout)),
            None,
        )
        if found is None:
            return None
        chosen += [members[k] for k in found]
    return sorted(chosen)
