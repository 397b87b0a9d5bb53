"""The labelling search: complete labellings of a framework, found by propagation and backtracking.

An argument is IN iff all its attackers are OUT, OUT iff some attacker is IN, UNDEC otherwise
(Caminada's labellings). ``grounded_codes`` settles the least labelling in linear time;
``python_extensions`` enumerates the complete, preferred or stable ones in pure Python.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator

from argmap.errors import SearchLimit
from argmap.semantics.framework import Framework

__all__ = [
    "FREE",
    "IN",
    "LABEL_NAMES",
    "OUT",
    "UNDEC",
    "adjacency",
    "grounded_codes",
    "python_extensions",
]

# Label codes; FREE means not decided yet (inside the search).
IN, OUT, UNDEC, FREE = 0, 1, 2, 3
LABEL_NAMES = ("in", "out", "undec")


def adjacency(n: int, attacks: list[tuple[int, int]]) -> tuple[list[list[int]], list[list[int]]]:
    """Attackers and targets of every argument, duplicates dropped.

    >>> adjacency(2, [(0, 1), (0, 1)])
    ([[], [0]], [[1], []])
    """
    attackers: list[list[int]] = [[] for _ in range(n)]
    targets: list[list[int]] = [[] for _ in range(n)]
    for a, b in set(attacks):
        attackers[b].append(a)
        targets[a].append(b)
    return attackers, targets


def grounded_codes(n: int, targets: list[list[int]], attackers: list[list[int]]) -> list[int]:
    """Linear-time grounded labelling: IN when every attacker is OUT, OUT when one is IN."""
    label = [UNDEC] * n
    alive = [len(a) for a in attackers]  # attackers not yet OUT
    queue = deque(i for i in range(n) if not alive[i])
    for i in queue:
        label[i] = IN
    while queue:
        x = queue.popleft()
        for y in targets[x]:
            if label[y] != UNDEC:
                continue
            label[y] = OUT
            for z in targets[y]:
                alive[z] -= 1
                if not alive[z] and label[z] == UNDEC:
                    label[z] = IN
                    queue.append(z)
    return label


class _Search:
    """Depth-first search over complete labellings, with propagation and a trail to undo it.

    Counters per argument hold how many of its attackers are IN, OUT and UNDEC, so every rule of a
    complete labelling is checked in constant time when a label changes:
    an argument is IN iff all its attackers are OUT, OUT iff some attacker is IN, UNDEC otherwise.
    """

    def __init__(self, n: int, attacks: list[tuple[int, int]], allow_undec: bool) -> None:
        self.n = n
        self.attackers, self.targets = adjacency(n, attacks)
        self.degree = [len(a) for a in self.attackers]
        self.allow_undec = allow_undec
        self.label = [FREE] * n
        self.count = [[0] * n, [0] * n, [0] * n]  # per label code: attackers with that label
        self.trail: list[int] = []
        self.upper = (1 << n) - 1  # bitset of arguments IN or FREE: the most a leaf can hold
        self.nodes = 0

    def assign(self, x: int, code: int, queue: list[int]) -> bool:
        state = self.label[x]
        if state != FREE:
            return state == code
        if code == UNDEC and not self.allow_undec:
            return False
        self.label[x] = code
        self.trail.append(x)
        counter = self.count[code]
        for t in self.targets[x]:
            counter[t] += 1
            queue.append(t)
        if code != IN:
            self.upper &= ~(1 << x)
        queue.append(x)
        return True

    def undo(self, mark: int) -> None:
        trail, label, targets, count = self.trail, self.label, self.targets, self.count
        while len(trail) > mark:
            x = trail.pop()
            code = label[x]
            counter = count[code]
            for t in targets[x]:
                counter[t] -= 1
            label[x] = FREE
            if code != IN:
                self.upper |= 1 << x

    def propagate(self, queue: list[int]) -> bool:
        """Apply the labelling rules until nothing changes; False on a contradiction."""
        label, count, attackers = self.label, self.count, self.attackers
        n_in, n_out, n_undec = count
        while queue:
            x = queue.pop()
            state = label[x]
            degree = self.degree[x]
            c_in, c_out, c_undec = n_in[x], n_out[x], n_undec[x]
            free = degree - c_in - c_out - c_undec
            if c_in:
                if not self.assign(x, OUT, queue):
                    return False
                continue
            if c_out == degree:
                if not self.assign(x, IN, queue):
                    return False
                continue
            if not free:  # no attacker IN, not all OUT, all decided: some attacker is UNDEC
                if not self.assign(x, UNDEC, queue):
                    return False
                continue
            if state == IN:
                if c_undec:
                    return False
                for a in attackers[x]:
                    if label[a] == FREE and not self.assign(a, OUT, queue):
                        return False
            elif state == OUT and free == 1:
                # the one attacker still open must be the IN attacker that makes x OUT
                for a in attackers[x]:
                    if label[a] == FREE:
                        if not self.assign(a, IN, queue):
                            return False
                        break
            elif state == UNDEC and free == 1 and not c_undec:
                for a in attackers[x]:
                    if label[a] == FREE:
                        if not self.assign(a, UNDEC, queue):
                            return False
                        break
        return True

    def start(self, fixed: dict[int, int]) -> bool:
        """Fix the grounded labelling (shared by every complete labelling) and ``fixed``."""
        queue: list[int] = []
        for x, code in enumerate(grounded_codes(self.n, self.targets, self.attackers)):
            if code != UNDEC and not self.assign(x, code, queue):
                return False
        for x, code in fixed.items():
            if not self.assign(x, code, queue):
                return False
        return self.propagate(queue)

    def leaves(self, deadline: float, prune: Callable[[int], bool]) -> Iterator[int]:
        """Bitsets of the IN arguments of every complete labelling, IN-first depth-first order.

        ``prune(upper)`` may cut a subtree whose leaves are all subsets of ``upper``.
        """
        order = sorted(
            (x for x in range(self.n) if self.label[x] == FREE),
            key=lambda x: (self.degree[x], x),
        )
        choices = (IN, OUT, UNDEC) if self.allow_undec else (IN, OUT)
        # Each frame: (position in order, branching argument, next choice, trail mark).
        stack: list[tuple[int, int, int, int]] = []
        position = 0
        while True:
            self.nodes += 1
            if not self.nodes & 1023 and time.monotonic() > deadline:
                raise SearchLimit("time")
            while position < len(order) and self.label[order[position]] != FREE:
                position += 1
            if position == len(order):
                yield sum(1 << x for x in range(self.n) if self.label[x] == IN)
                branch = False
            else:
                branch = not prune(self.upper)
                if branch:
                    stack.append((position, order[position], 0, len(self.trail)))
            # find the next open choice, backtracking as needed
            while stack:
                pos, x, choice, mark = stack.pop()
                self.undo(mark)
                if choice >= len(choices):
                    continue
                stack.append((pos, x, choice + 1, mark))
                queue: list[int] = []
                if self.assign(x, choices[choice], queue) and self.propagate(queue):
                    position = pos
                    break
            else:
                return


def _members(bits: int) -> frozenset[int]:
    out, x = [], 0
    while bits:
        if bits & 1:
            out.append(x)
        bits >>= 1
        x += 1
    return frozenset(out)


def python_extensions(
    af: Framework,
    semantics: str,
    deadline: float = float("inf"),
    fixed: dict[int, str] | None = None,
) -> Iterator[frozenset[int]]:
    """Complete, preferred or stable extensions by the pure-Python labelling search.

    ``fixed`` forces labels ("in"/"out"/"undec") on some arguments, for decision tasks.
    Raises SearchLimit("time") past ``deadline`` (a ``time.monotonic()`` value).

    >>> nixon = Framework(["quaker", "republican"], [(0, 1), (1, 0)])
    >>> sorted(sorted(e) for e in python_extensions(nixon, "preferred"))
    [[0], [1]]
    >>> sorted(sorted(e) for e in python_extensions(nixon, "complete"))
    [[], [0], [1]]
    """
    search = _Search(len(af.names), af.attacks, allow_undec=semantics != "stable")
    codes = {x: LABEL_NAMES.index(v) for x, v in (fixed or {}).items()}
    if not search.start(codes):
        return
    if semantics != "preferred":
        for bits in search.leaves(deadline, lambda upper: False):
            yield _members(bits)
        return
    # Preferred: in IN-first order no later leaf is a superset of an earlier one, so a leaf is
    # maximal exactly when it is not inside a preferred extension already found.
    found: list[int] = []

    def inside_found(upper: int) -> bool:
        return any(upper | p == p for p in found)

    for bits in search.leaves(deadline, inside_found):
        if not inside_found(bits):
            found.append(bits)
            yield _members(bits)
