"""Which claims stand: Dung's extension semantics over rebuttals, and gradual strengths.

Two families, as in the argumentation literature:

- Dung (1995) over the rebut edges: the grounded labelling (``grounded``, linear time) and the
  complete, preferred and stable extensions (``extensions``), enumerated by a labelling search
  with propagation in pure Python, or by clingo (``argmap.solver``) for larger frameworks.
- Gradual strengths in [0, 1]: DF-QuAD (Rago, Toni, Aurisicchio and Baroni 2016) over supports
  and rebuts, and the weighted h-categorizer (Besnard and Hunter 2001; Amgoud et al. 2017) over
  rebuts. On cycles both use an averaged fixed-point iteration (``gradual``).

A map's claims become a plain framework with ``framework_of``; the functions named ``*_af``
work on any ``argmap.af.Framework``, such as one read from an ICCMA benchmark file.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import networkx as nx

from argmap.af import Framework
from argmap.errors import ArgmapError

__all__ = [
    "DUNG",
    "GRADUAL",
    "GradualResult",
    "SearchLimit",
    "accepted",
    "base_scores",
    "choose_solver",
    "dfquad",
    "extensions",
    "extensions_af",
    "framework_of",
    "gradual",
    "gradual_af",
    "grounded",
    "grounded_af",
    "hcategorizer",
    "is_admissible",
    "is_conflict_free",
    "one_extension",
    "python_extensions",
]

DUNG = ("grounded", "complete", "preferred", "stable")
GRADUAL = ("dfquad", "hcat")
DEFAULT_BASE = 0.5
TOLERANCE = 1e-9
MAX_ITERATIONS = 10_000

# Label codes inside the search; FREE means not decided yet.
IN, OUT, UNDEC, FREE = 0, 1, 2, 3
LABEL_NAMES = ("in", "out", "undec")


class SearchLimit(ArgmapError):
    """An enumeration stopped at its limit (number of extensions or seconds)."""


# ---------------------------------------------------------------- frameworks from maps


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


# ---------------------------------------------------------------- adjacency


def _adjacency(n: int, attacks: list[tuple[int, int]]) -> tuple[list[list[int]], list[list[int]]]:
    """Attackers and targets of every argument, duplicates dropped."""
    attackers: list[list[int]] = [[] for _ in range(n)]
    targets: list[list[int]] = [[] for _ in range(n)]
    for a, b in set(attacks):
        attackers[b].append(a)
        targets[a].append(b)
    return attackers, targets


# ---------------------------------------------------------------- grounded


def _grounded_codes(n: int, targets: list[list[int]], attackers: list[list[int]]) -> list[int]:
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


def grounded_af(af: Framework) -> list[str]:
    """The grounded labelling of a framework, one label per argument in ``af.names`` order.

    Each argument and attack is visited a bounded number of times, so it runs in linear time.

    >>> grounded_af(Framework(["a", "b", "c"], [(0, 1), (1, 2)]))
    ['in', 'out', 'in']
    >>> grounded_af(Framework(["a", "b"], [(0, 1), (1, 0)]))
    ['undec', 'undec']
    """
    attackers, targets = _adjacency(len(af.names), af.attacks)
    return [LABEL_NAMES[c] for c in _grounded_codes(len(af.names), targets, attackers)]


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


# ---------------------------------------------------------------- extension search


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


class _Search:
    """Depth-first search over complete labellings, with propagation and a trail to undo it.

    Counters per argument hold how many of its attackers are IN, OUT and UNDEC, so every rule of a
    complete labelling is checked in constant time when a label changes:
    an argument is IN iff all its attackers are OUT, OUT iff some attacker is IN, UNDEC otherwise.
    """

    def __init__(self, n: int, attacks: list[tuple[int, int]], allow_undec: bool) -> None:
        self.n = n
        self.attackers, self.targets = _adjacency(n, attacks)
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
        for x, code in enumerate(_grounded_codes(self.n, self.targets, self.attackers)):
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


def _parts(af: Framework) -> tuple[list[int], list[int], list[list[int]]]:
    """Split off what grounded settles: its IN and OUT arguments, and the weakly connected parts
    of the rest (each a sorted list of indexes).

    Every complete, preferred or stable extension is the grounded extension plus one such
    extension of each part of the reduct (the framework without grounded's IN and OUT
    arguments), chosen independently: the modularity of these semantics (Baumann, Brewka and
    Ulbricht 2020). Independent parts turn thousands of extensions into a product of few.
    """
    codes = grounded_af(af)
    parent = list(range(len(codes)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in af.attacks:
        if codes[a] == codes[b] == "undec":
            parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for x, code in enumerate(codes):
        if code == "undec":
            groups.setdefault(root(x), []).append(x)
    ins = [x for x, c in enumerate(codes) if c == "in"]
    outs = [x for x, c in enumerate(codes) if c == "out"]
    return ins, outs, sorted(groups.values())


def _sub(af: Framework, members: list[int]) -> Framework:
    """The framework restricted to ``members``; argument k of it is ``members[k]``."""
    local = {x: k for k, x in enumerate(members)}
    attacks = [(local[a], local[b]) for a, b in af.attacks if a in local and b in local]
    return Framework([af.names[x] for x in members], attacks, af.fmt)


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
) -> Iterator[frozenset[int]]:
    """Extensions of ``af`` from the chosen solver, one at a time."""
    chosen = choose_solver(af) if solver == "auto" else solver
    if chosen == "clingo":
        from argmap.solver import clingo_extensions

        source = clingo_extensions(af, semantics, deadline, fixed)
    else:
        source = python_extensions(af, semantics, deadline, fixed)
    try:
        yield from source
    except SearchLimit:
        raise SearchLimit(
            f"the {semantics} search ({chosen}) did not finish in time; raise --timeout, "
            f"or ask one question with --task (e.g. DC-{_TASK_CODES[semantics]} --argument A)"
        ) from None


_TASK_CODES = {"complete": "CO", "preferred": "PR", "stable": "ST", "grounded": "GR"}


def _too_many(semantics: str, limit: int) -> SearchLimit:
    return SearchLimit(
        f"more than {limit} {semantics} extensions; raise --limit, or ask one question "
        f"with --task (e.g. DC-{_TASK_CODES[semantics]} --argument A)"
    )


def extensions_af(
    af: Framework,
    semantics: str,
    limit: int = 10_000,
    timeout: float = 60.0,
    solver: str = "auto",
) -> list[list[int]]:
    """Every extension of ``af`` under ``semantics``, each a sorted list of indexes, sorted.

    Grounded settles part of the framework in linear time; each independent part of the rest
    goes to ``solver``: "python", "clingo", or "auto" (``choose_solver``). Raises SearchLimit,
    with a message saying what to do, when there are more than ``limit`` extensions or the
    search takes longer than ``timeout`` seconds.

    >>> extensions_af(Framework(["a", "b", "c"], [(0, 1), (1, 2), (2, 0)]), "stable")
    []
    >>> extensions_af(Framework(["a", "b", "c", "d"], [(0, 1), (1, 0), (2, 3), (3, 2)]), "preferred")
    [[0, 2], [0, 3], [1, 2], [1, 3]]
    """
    ins, _, parts = _parts(af)
    if semantics == "grounded":
        return [ins]
    deadline = time.monotonic() + timeout
    combined: list[list[int]] = [ins]
    for members in parts:
        sub = _sub(af, members)
        options: list[list[int]] = []
        for extension in _iterate(sub, semantics, deadline, solver):
            options.append([members[k] for k in extension])
            if len(options) > limit:
                raise _too_many(semantics, limit)
        if len(combined) * len(options) > limit:
            raise _too_many(semantics, limit)
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
        found = next(iter(_iterate(af, "stable", deadline, solver, wanted)), None)
        return found is not None if mode == "DC" else found is None
    ins, outs, parts = _parts(af)
    # The grounded extension is the least complete extension, contained in every other one.
    if argument in ins or argument in outs or semantics == "grounded":
        return argument in ins
    if mode == "DS" and semantics == "complete":
        return False
    members = next(m for m in parts if argument in m)
    sub = _sub(af, members)
    local = members.index(argument)
    if mode == "DC":
        # Credulous preferred = credulous complete: each complete extension is in a preferred one.
        found = next(iter(_iterate(sub, "complete", deadline, solver, {local: "in"})), None)
        return found is not None
    return all(local in e for e in _iterate(sub, "preferred", deadline, solver))


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


# ---------------------------------------------------------------- gradual semantics


@dataclass(frozen=True)
class GradualResult:
    """Strengths, and whether the iteration on cycles settled within the cap."""

    strength: dict[str, float]
    converged: bool
    iterations: int


def base_scores(graph: nx.DiGraph, author: str | None = None) -> dict[str, float]:
    """Each claim's base score: its ``strength``, else 0.5; as ``author`` sees it, 1 for the
    claims they hold and 0 for the claims they deny.

    >>> g = nx.DiGraph(); g.add_node("a", strength=None, held_by=["x"], denied_by=[])
    >>> base_scores(g), base_scores(g, "x")
    ({'a': 0.5}, {'a': 1.0})
    """
    scores = {}
    for claim in sorted(graph.nodes):
        data = graph.nodes[claim]
        score = data.get("strength")
        scores[claim] = DEFAULT_BASE if score is None else float(score)
        if author is not None:
            if author in data.get("held_by", ()):
                scores[claim] = 1.0
            elif author in data.get("denied_by", ()):
                scores[claim] = 0.0
    return scores


def _aggregate(values: list[float]) -> float:
    """DF-QuAD's F: 1 - prod(1 - v), 0 for no values (probabilistic sum)."""
    rest = 1.0
    for v in values:
        rest *= 1.0 - v
    return 1.0 - rest


def _dfquad_update(base: float, attacks: list[float], supports: list[float]) -> float:
    va, vs = _aggregate(attacks), _aggregate(supports)
    if va >= vs:
        return base - base * (va - vs)
    return base + (1.0 - base) * (vs - va)


def _hcat_update(base: float, attacks: list[float], supports: list[float]) -> float:
    return base / (1.0 + sum(attacks))


_UPDATES = {"dfquad": _dfquad_update, "hcat": _hcat_update}


def gradual_af(
    names: list[str],
    attacks: list[tuple[int, int]],
    supports: list[tuple[int, int]],
    base: list[float],
    kind: str,
    tolerance: float = TOLERANCE,
    max_iterations: int = MAX_ITERATIONS,
) -> GradualResult:
    """Gradual strengths over indexed arguments; ``kind`` is "dfquad" or "hcat".

    Strongly connected components are solved in topological order: an argument outside any
    cycle gets its exact value in one step from its (already final) attackers and supporters.
    Inside a cycle the values start at the base scores and follow the averaged iteration
    ``s <- (s + f(s)) / 2`` until every ``|f(s) - s|`` is below ``tolerance``, or
    ``max_iterations`` rounds have run (then ``converged`` is False). Averaging has the same
    fixed points as ``f`` and damps the oscillation plain iteration shows on even cycles.

    >>> gradual_af(["a", "b"], [(0, 1)], [], [1.0, 1.0], "hcat").strength
    {'a': 1.0, 'b': 0.5}
    """
    update = _UPDATES[kind]
    n = len(names)
    attackers: list[list[int]] = [[] for _ in range(n)]
    supporters: list[list[int]] = [[] for _ in range(n)]
    links = nx.DiGraph()
    links.add_nodes_from(range(n))
    for a, b in set(attacks):
        attackers[b].append(a)
        links.add_edge(a, b)
    if kind == "dfquad":
        for a, b in set(supports):
            supporters[b].append(a)
            links.add_edge(a, b)
    strength = list(base)
    condensed = nx.condensation(links)
    converged, rounds = True, 0
    for component in nx.topological_sort(condensed):
        members = sorted(condensed.nodes[component]["members"])
        cyclic = len(members) > 1 or links.has_edge(members[0], members[0])
        if not cyclic:
            x = members[0]
            strength[x] = update(
                base[x], [strength[a] for a in attackers[x]], [strength[s] for s in supporters[x]]
            )
            continue
        for round_ in range(1, max_iterations + 1):
            rounds = max(rounds, round_)
            target = [
                update(
                    base[x],
                    [strength[a] for a in attackers[x]],
                    [strength[s] for s in supporters[x]],
                )
                for x in members
            ]
            residual = max(abs(t - strength[x]) for t, x in zip(target, members, strict=True))
            if residual < tolerance:
                for t, x in zip(target, members, strict=True):
                    strength[x] = t
                break
            for t, x in zip(target, members, strict=True):
                strength[x] = (strength[x] + t) / 2.0
        else:
            converged = False
    return GradualResult(dict(zip(names, strength, strict=True)), converged, rounds)


def gradual(graph: nx.DiGraph, kind: str, base: dict[str, float] | None = None) -> GradualResult:
    """DF-QuAD ("dfquad", supports and rebuts) or h-categorizer ("hcat", rebuts) strengths.

    ``base`` maps claim ids to base scores; missing claims get ``base_scores(graph)``.

    >>> g = nx.DiGraph(); g.add_node("a", strength=None); g.add_edge("b", "a", kind="supports")
    >>> g.nodes["b"]["strength"] = 0.8
    >>> gradual(g, "dfquad").strength
    {'a': 0.9, 'b': 0.8}
    """
    names = sorted(graph.nodes)
    scores = base_scores(graph)
    scores.update(base or {})
    index = {name: i for i, name in enumerate(names)}
    attacks = [(index[u], index[v]) for u, v, k in graph.edges(data="kind") if k == "rebuts"]
    supports = [(index[u], index[v]) for u, v, k in graph.edges(data="kind") if k == "supports"]
    return gradual_af(names, attacks, supports, [scores[n] for n in names], kind)


def dfquad(graph: nx.DiGraph, base: dict[str, float] | None = None) -> dict[str, float]:
    """Each claim's DF-QuAD strength in [0, 1], from base scores, supports and rebuts.

    With ``va`` and ``vs`` the aggregated strengths of the claim's rebutters and supporters
    (``1 - prod(1 - s)``, 0 when there are none) and ``b`` its base score, the strength is
    ``b - b * (va - vs)`` when ``va >= vs``, else ``b + (1 - b) * (vs - va)``.

    >>> g = nx.DiGraph(); g.add_node("a", strength=0.5); g.add_node("b", strength=0.6)
    >>> g.add_edge("b", "a", kind="rebuts")
    >>> dfquad(g)
    {'a': 0.2, 'b': 0.6}
    """
    return gradual(graph, "dfquad", base).strength


def hcategorizer(graph: nx.DiGraph, base: dict[str, float] | None = None) -> dict[str, float]:
    """Each claim's weighted h-categorizer strength: ``w / (1 + sum of its rebutters' strengths)``.

    >>> g = nx.DiGraph(); g.add_node("a", strength=1.0); g.add_node("b", strength=1.0)
    >>> g.add_edge("b", "a", kind="rebuts")
    >>> hcategorizer(g)
    {'a': 0.5, 'b': 1.0}
    """
    return gradual(graph, "hcat", base).strength


def one_extension(
    af: Framework, semantics: str, timeout: float = 60.0, solver: str = "auto"
) -> list[int] | None:
    """Some extension of ``af`` under ``semantics`` (sorted indexes), or None if there is none.

    >>> one_extension(Framework(["a", "b"], [(0, 1), (1, 0)]), "stable")
    [0]
    """
    ins, _, parts = _parts(af)
    if semantics == "grounded":
        return ins
    deadline = time.monotonic() + timeout
    chosen = list(ins)
    for members in parts:
        found = next(iter(_iterate(_sub(af, members), semantics, deadline, solver)), None)
        if found is None:
            return None
        chosen += [members[k] for k in found]
    return sorted(chosen)
