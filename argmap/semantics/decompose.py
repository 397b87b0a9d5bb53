"""Splitting a framework into what grounded settles and independent parts of the rest.

Every complete, preferred or stable extension is the grounded extension plus one such extension
of each part, chosen independently: the modularity of these semantics (Baumann, Brewka and
Ulbricht 2020). Independent parts turn thousands of extensions into a product of few.
"""

from __future__ import annotations

from argmap.semantics.framework import Framework
from argmap.semantics.labelling import IN, OUT, UNDEC, adjacency, grounded_codes

__all__ = ["parts", "restrict"]


def parts(af: Framework) -> tuple[list[int], list[int], list[list[int]]]:
    """Split off what grounded settles: its IN and OUT arguments, and the weakly connected parts
    of the rest (each a sorted list of indexes).

    >>> parts(Framework(["a", "b", "c", "d", "e"], [(0, 1), (2, 3), (3, 2)]))
    ([0, 4], [1], [[2, 3]])

    Every complete, preferred or stable extension is the grounded extension plus one such
    extension of each part of the reduct (the framework without grounded's IN and OUT
    arguments), chosen independently: the modularity of these semantics (Baumann, Brewka and
    Ulbricht 2020). Independent parts turn thousands of extensions into a product of few.
    """
    attackers, targets = adjacency(len(af.names), af.attacks)
    codes = grounded_codes(len(af.names), targets, attackers)
    parent = list(range(len(codes)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in af.attacks:
        if codes[a] == codes[b] == UNDEC:
            parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for x, code in enumerate(codes):
        if code == UNDEC:
            groups.setdefault(root(x), []).append(x)
    ins = [x for x, c in enumerate(codes) if c == IN]
    outs = [x for x, c in enumerate(codes) if c == OUT]
    return ins, outs, sorted(groups.values())


def restrict(af: Framework, members: list[int]) -> Framework:
    """The framework restricted to ``members``; argument k of it is ``members[k]``.

    >>> restrict(Framework(["a", "b", "c"], [(0, 1), (1, 2)]), [1, 2]).attack_names()
    [('b', 'c')]
    """
    local = {x: k for k, x in enumerate(members)}
    attacks = [(local[a], local[b]) for a, b in af.attacks if a in local and b in local]
    return Framework([af.names[x] for x in members], attacks, af.fmt)
