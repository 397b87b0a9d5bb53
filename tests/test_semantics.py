"""Dung semantics on textbook frameworks, properties on random ones, gradual strengths by hand."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import SearchLimit
from argmap.semantics import (
    accepted,
    base_scores,
    dfquad,
    extensions,
    extensions_af,
    gradual,
    grounded,
    grounded_af,
    hcategorizer,
    is_admissible,
    is_conflict_free,
    one_extension,
)
from argmap.semantics.framework import Framework

SOLVERS = ["python", "clingo"]


def af_of(names: str, attacks: str) -> Framework:
    """af_of("abc", "ab bc") -> a attacks b, b attacks c."""
    index = {n: i for i, n in enumerate(names)}
    return Framework(list(names), [(index[p[0]], index[p[1]]) for p in attacks.split()])


def named(af: Framework, found: list[list[int]]) -> list[str]:
    return ["".join(af.names[i] for i in e) for e in found]


def labels(af: Framework) -> str:
    return " ".join(f"{n}:{label}" for n, label in zip(af.names, grounded_af(af), strict=True))


# name: (framework, grounded labels, complete, preferred, stable)
TEXTBOOK = {
    "chain": (af_of("abc", "ab bc"), "a:in b:out c:in", ["ac"], ["ac"], ["ac"]),
    "odd cycle": (af_of("abc", "ab bc ca"), "a:undec b:undec c:undec", [""], [""], []),
    "even cycle": (
        af_of("abcd", "ab bc cd da"),
        "a:undec b:undec c:undec d:undec",
        ["", "ac", "bd"],
        ["ac", "bd"],
        ["ac", "bd"],
    ),
    "self-attacker": (af_of("ab", "aa ab"), "a:undec b:undec", [""], [""], []),
    "defeated self-attacker": (af_of("abc", "aa ab ca"), "a:out b:in c:in", ["bc"], ["bc"], ["bc"]),
    # Nixon diamond: a Quaker, so a pacifist; a Republican, so not a pacifist.
    "nixon diamond": (
        af_of("qr", "qr rq"),
        "q:undec r:undec",
        ["", "q", "r"],
        ["q", "r"],
        ["q", "r"],
    ),
    # Floating reinstatement: a and b attack each other and both attack c, which attacks d.
    # Whichever of a, b wins, c is out and d comes back; grounded cannot see that.
    "floating reinstatement": (
        af_of("abcd", "ab ba ac bc cd"),
        "a:undec b:undec c:undec d:undec",
        ["", "ad", "bd"],
        ["ad", "bd"],
        ["ad", "bd"],
    ),
}


@pytest.mark.parametrize("name", TEXTBOOK)
def test_grounded_textbook(name: str) -> None:
    af, expected, *_ = TEXTBOOK[name]
    assert labels(af) == expected


@pytest.mark.parametrize("solver", SOLVERS)
@pytest.mark.parametrize("name", TEXTBOOK)
def test_extensions_textbook(name: str, solver: str) -> None:
    af, _, complete, preferred, stable = TEXTBOOK[name]
    assert named(af, extensions_af(af, "complete", solver=solver)) == complete
    assert named(af, extensions_af(af, "preferred", solver=solver)) == preferred
    assert named(af, extensions_af(af, "stable", solver=solver)) == stable


@pytest.mark.parametrize("solver", SOLVERS)
def test_floating_reinstatement_acceptance(solver: str) -> None:
    af = TEXTBOOK["floating reinstatement"][0]
    d = af.names.index("d")
    assert accepted(af, "preferred", d, "DS", solver=solver)
    assert not accepted(af, "grounded", d, "DS", solver=solver)
    assert accepted(af, "preferred", af.names.index("a"), "DC", solver=solver)
    assert not accepted(af, "preferred", af.names.index("a"), "DS", solver=solver)
    assert not accepted(af, "preferred", af.names.index("c"), "DC", solver=solver)


def test_stable_sceptical_is_vacuous_without_stable_extensions() -> None:
    odd = TEXTBOOK["odd cycle"][0]
    assert accepted(odd, "stable", 0, "DS")
    assert not accepted(odd, "stable", 0, "DC")
    assert one_extension(odd, "stable") is None
    assert one_extension(odd, "preferred") == []


def test_limit_stops_with_a_message() -> None:
    # 8 independent two-cycles: 2**8 = 256 preferred extensions.
    names = "".join(chr(ord("a") + k) for k in range(16))
    af = af_of(
        names,
        " ".join(
            f"{names[2 * k]}{names[2 * k + 1]} {names[2 * k + 1]}{names[2 * k]}" for k in range(8)
        ),
    )
    assert len(extensions_af(af, "preferred", limit=256)) == 256
    with pytest.raises(SearchLimit, match="more than 100 preferred extensions") as caught:
        extensions_af(af, "preferred", limit=100)
    assert (caught.value.kind, caught.value.semantics, caught.value.limit) == (
        "count",
        "preferred",
        100,
    )


def test_grounded_is_linear_on_a_long_chain() -> None:
    # 200,000 arguments in a chain: a quadratic fixpoint would not finish in a test run.
    n = 200_000
    af = Framework([str(i) for i in range(n)], [(i, i + 1) for i in range(n - 1)])
    result = grounded_af(af)
    assert result[:3] == ["in", "out", "in"] and result.count("in") == n // 2


# ---------------------------------------------------------------- properties


@st.composite
def frameworks(draw: st.DrawFn) -> Framework:
    n = draw(st.integers(min_value=0, max_value=7))
    pairs = [(a, b) for a in range(n) for b in range(n)]
    attacks = draw(st.lists(st.sampled_from(pairs), max_size=14, unique=True)) if pairs else []
    return Framework([f"a{i}" for i in range(n)], attacks)


def defended_by(af: Framework, members: set[int]) -> set[int]:
    attacked = {b for a, b in af.attacks if a in members}
    return {x for x in range(len(af.names)) if all(a in attacked for a, b in af.attacks if b == x)}


def brute_force(af: Framework) -> dict[str, set[frozenset[int]]]:
    subsets = [
        frozenset(c)
        for r in range(len(af.names) + 1)
        for c in itertools.combinations(range(len(af.names)), r)
    ]
    admissible = {s for s in subsets if is_admissible(af, set(s))}
    complete = {s for s in admissible if defended_by(af, set(s)) == s}
    preferred = {s for s in admissible if not any(s < t for t in admissible)}
    stable = {
        s
        for s in subsets
        if is_conflict_free(af, set(s))
        and {b for a, b in af.attacks if a in s} == set(range(len(af.names))) - s
    }
    return {"complete": complete, "preferred": preferred, "stable": stable}


@settings(max_examples=150, deadline=None)
@given(frameworks())
def test_semantics_properties(af: Framework) -> None:
    found = {
        sem: {frozenset(e) for e in extensions_af(af, sem, solver="python")}
        for sem in ("complete", "preferred", "stable")
    }
    ground = frozenset(extensions_af(af, "grounded")[0])
    for sem, extensions_found in found.items():
        for e in extensions_found:
            assert is_conflict_free(af, set(e)) and is_admissible(af, set(e)), sem
    assert ground in found["complete"]
    assert all(ground <= e for e in found["complete"])
    assert found["stable"] <= found["preferred"] <= found["complete"]
    assert not any(e < f for e in found["preferred"] for f in found["complete"])
    assert found == brute_force(af)


@settings(max_examples=60, deadline=None)
@given(frameworks())
def test_python_and_clingo_agree(af: Framework) -> None:
    for sem in ("complete", "preferred", "stable"):
        assert extensions_af(af, sem, solver="python") == extensions_af(af, sem, solver="clingo")


# ---------------------------------------------------------------- maps and perspectives


def claim_graph(
    edges: list[tuple[str, str, str]], strength: dict[str, float] | None = None
) -> nx.DiGraph:
    graph = nx.DiGraph()
    for u, v, kind in edges:
        graph.add_edge(u, v, kind=kind)
    for node in graph.nodes:
        graph.nodes[node].update(
            strength=(strength or {}).get(node), held_by=[], denied_by=[], text=node
        )
    return graph


def test_grounded_and_extensions_use_rebuttals_only() -> None:
    graph = claim_graph([("b", "a", "rebuts"), ("a", "b", "rebuts"), ("c", "a", "supports")])
    assert grounded(graph) == {"a": "undec", "b": "undec", "c": "in"}
    assert extensions(graph, "preferred") == [["a", "c"], ["b", "c"]]


def test_perspective_defeats_what_the_author_denies() -> None:
    graph = claim_graph([("b", "a", "rebuts"), ("a", "b", "rebuts")])
    graph.nodes["b"]["denied_by"] = ["ann"]
    graph.nodes["a"]["held_by"] = ["ann"]
    assert grounded(graph, "ann") == {"a": "in", "b": "out"}
    assert extensions(graph, "preferred", "ann") == [["a"]]
    assert base_scores(graph, "ann") == {"a": 1.0, "b": 0.0}


# ---------------------------------------------------------------- gradual, by hand


def test_dfquad_worked_example() -> None:
    # a (base 0.5) is rebutted by b (0.6) and c (0.4) and supported by d (0.8); a rebuts e (0.5).
    graph = claim_graph(
        [("b", "a", "rebuts"), ("c", "a", "rebuts"), ("d", "a", "supports"), ("a", "e", "rebuts")],
        {"a": 0.5, "b": 0.6, "c": 0.4, "d": 0.8, "e": 0.5},
    )
    strength = dfquad(graph)
    # attack on a: 1 - (1 - 0.6)(1 - 0.4) = 0.76; support: 0.8 > 0.76, so a rises by
    # (1 - 0.5) * (0.8 - 0.76) = 0.02 to 0.52. e: 0.5 - 0.5 * 0.52 = 0.24.
    assert strength["a"] == pytest.approx(0.52)
    assert strength["e"] == pytest.approx(0.24)
    assert strength["b"] == 0.6 and strength["d"] == 0.8


def test_dfquad_default_base_and_supports_only() -> None:
    graph = claim_graph([("s", "m", "supports"), ("t", "m", "supports")])
    # two supporters at 0.5: 1 - 0.5 * 0.5 = 0.75; m: 0.5 + 0.5 * 0.75 = 0.875
    assert dfquad(graph)["m"] == pytest.approx(0.875)


def test_dfquad_even_cycle_settles() -> None:
    graph = claim_graph([("a", "b", "rebuts"), ("b", "a", "rebuts")], {"a": 1.0, "b": 1.0})
    result = gradual(graph, "dfquad")
    # Plain iteration flips between (1, 1) and (0, 0); the averaged one settles on 1/2 each.
    assert result.converged
    assert result.strength == pytest.approx({"a": 0.5, "b": 0.5})


def test_hcategorizer_cycle_by_hand() -> None:
    graph = claim_graph([("a", "b", "rebuts"), ("b", "a", "rebuts"), ("b", "c", "rebuts")])
    for node in graph.nodes:
        graph.nodes[node]["strength"] = 1.0
    strength = hcategorizer(graph)
    # h = 1 / (1 + h) on the two-cycle: h = (sqrt 5 - 1) / 2; c = 1 / (1 + h).
    golden = (math.sqrt(5) - 1) / 2
    assert strength["a"] == pytest.approx(golden) and strength["b"] == pytest.approx(golden)
    assert strength["c"] == pytest.approx(1 / (1 + golden))


def test_hcategorizer_ignores_supports() -> None:
    graph = claim_graph([("s", "m", "supports")], {"s": 1.0, "m": 1.0})
    assert hcategorizer(graph) == {"m": 1.0, "s": 1.0}
