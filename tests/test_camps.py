"""Camps on positions: the partition, cohesion without the pairs that have no evidence,
stability under resampling, bridges and divisive claims."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest
from agreement_maps import make_graph

from argmap.camps import _best_partition, _local_search, camp_level, find_camps
from argmap.model import Side
from argmap.positions import author_positions

H, D = Side.HOLDS, Side.DENIES


def camps_of(graph: nx.DiGraph, **options: object) -> dict:
    return find_camps(graph, author_positions(graph), **options)  # type: ignore[arg-type]


def two_sides() -> nx.DiGraph:
    """ann and bob for both motions, cy and dee against; everyone rebuts x on the side."""
    return make_graph(
        {
            "m1": [("ann", H), ("bob", H), ("cy", D), ("dee", D)],
            "m2": [("ann", H), ("bob", H), ("cy", D), ("dee", D)],
            "x": [],
            "r1": [("ann", H)],
            "r2": [("dee", H)],
        },
        [("r1", "x", "rebuts"), ("r2", "x", "rebuts")],
        motions=("m1", "m2"),
    )


class TestPartition:
    def test_two_clear_camps_on_the_verdict(self) -> None:
        result = camps_of(two_sides())
        assert result["level"] == "verdict"
        assert [c["members"] for c in result["camps"]] == [["ann", "bob"], ["cy", "dee"]]
        # Net agreements inside: ann-bob +2, cy-dee +2; across: four pairs at -2. 4 - (-8) = 12.
        assert result["objective"] == 12 and result["method"] == "exact"

    def test_too_few_authors_on_the_motions_draws_camps_on_every_claim(self) -> None:
        g = make_graph(
            {"m": [("ann", D), ("bob", D)], "p": [("ann", H), ("cy", H)]}, motions=("m",)
        )
        assert camp_level(g, author_positions(g)) == "all"
        assert camps_of(g)["level"] == "all"

    def test_authors_without_evidence_are_unplaced(self) -> None:
        g = make_graph({"p": [("ann", H), ("bob", H)], "q": [("cy", H)]})
        result = camps_of(g)
        assert [c["members"] for c in result["camps"]] == [["ann", "bob"]]
        assert result["unplaced"] == ["cy"]

    def test_beyond_the_limit_a_local_search_finds_the_same_camps(self) -> None:
        result = camps_of(two_sides(), exact_limit=2)
        assert result["method"] == "local search"
        assert [c["members"] for c in result["camps"]] == [["ann", "bob"], ["cy", "dee"]]

    @pytest.mark.parametrize("seed", range(5))
    def test_the_local_search_finds_planted_blocs(self, seed: int) -> None:
        # Three blocs of four that agree inside and disagree across, with noise: the local
        # search reaches the exact optimum.
        rnd = random.Random(seed)
        authors = [f"a{i:02d}" for i in range(12)]
        weight = {
            (a, b): (3.0 if int(a[1:]) // 4 == int(b[1:]) // 4 else -3.0)
            + rnd.choice([-1.0, 0.0, 1.0])
            for a, b in itertools.combinations(authors, 2)
        }

        def inside(partition: list[list[str]]) -> float:
            return sum(
                weight[p] for camp in partition for p in itertools.combinations(sorted(camp), 2)
            )

        best = inside(_best_partition(authors, weight))
        assert inside(_local_search(authors, weight)) == pytest.approx(best)

    @pytest.mark.parametrize("seed", range(5))
    def test_exact_search_matches_brute_force(self, seed: int) -> None:
        rnd = random.Random(seed)
        authors = [f"a{i}" for i in range(7)]
        weight = {
            p: rnd.choice([-2.0, -1.0, 0.0, 1.0, 3.0]) for p in itertools.combinations(authors, 2)
        }

        def inside(partition: list[list[str]]) -> float:
            return sum(
                weight[p] for camp in partition for p in itertools.combinations(sorted(camp), 2)
            )

        def partitions(items: list[str]) -> list[list[list[str]]]:
            if not items:
                return [[]]
            first, rest = items[0], items[1:]
            out = []
            for smaller in partitions(rest):
                out.append([[first], *smaller])
                for k in range(len(smaller)):
                    out.append([*smaller[:k], [first, *smaller[k]], *smaller[k + 1 :]])
            return out

        best = max(inside(p) for p in partitions(authors))
        assert inside(_best_partition(authors, weight)) == pytest.approx(best)


class TestDescription:
    def test_cohesion_leaves_out_pairs_without_evidence(self) -> None:
        # ann-bob agree twice, bob-cy twice; ann and cy never meet: the camp's cohesion is the
        # mean of the two pairs with evidence, +1, not (1 + 1 + 0) / 3.
        g = make_graph(
            {"p": [("ann", H), ("bob", H)], "q": [("ann", H), ("bob", H)],
             "r": [("bob", H), ("cy", H)], "s": [("bob", H), ("cy", H)]}
        )  # fmt: skip
        (camp,) = camps_of(g)["camps"]
        assert camp["members"] == ["ann", "bob", "cy"]
        assert (camp["cohesion"], camp["cohesion_pairs"], camp["pairs"]) == (1.0, 2, 3)

    def test_bridges_and_divisive_claims(self) -> None:
        result = camps_of(two_sides())
        # x: ann (camp 1) and dee (camp 2) both against it: common ground across camps.
        assert [(b["id"], b["side"], b["camps"]) for b in result["bridges"]] == [
            ("x", "against", [1, 2])
        ]
        assert [(d["id"], d["for"], d["against"]) for d in result["divisive"]] == [
            ("m1", [1], [2]),
            ("m2", [1], [2]),
        ]

    def test_a_camp_says_where_its_members_part(self) -> None:
        # ann, bob, cy agree on two motions; on q, ann is for and cy against: one camp, divided.
        g = make_graph(
            {"m1": [("ann", H), ("bob", H), ("cy", H)], "m2": [("ann", D), ("bob", D), ("cy", D)],
             "q": [("ann", H), ("cy", D)]},
            motions=("m1", "m2"),
        )  # fmt: skip
        (camp,) = camps_of(g)["camps"]
        assert camp["divided"] == [{"id": "q", "for": ["ann"], "against": ["cy"]}]


class TestStability:
    def test_reproducible_under_its_seed_and_sensitive_to_it(self) -> None:
        rnd = random.Random(3)
        claims = {
            f"c{k}": [(a, rnd.choice([H, D])) for a in ("ann", "bob", "cy", "dee", "eve")]
            for k in range(12)
        }
        g = make_graph(claims)
        first = [c["stability"] for c in camps_of(g, resamples=40, seed=7)["camps"]]
        again = [c["stability"] for c in camps_of(g, resamples=40, seed=7)["camps"]]
        assert first == again
        others = {
            tuple(c["stability"] for c in camps_of(g, resamples=40, seed=s)["camps"])
            for s in range(5)
        }
        assert len(others) > 1

    def test_camps_resting_on_much_evidence_are_stable(self) -> None:
        # Ten motions that split ann, bob from cy, dee every time: every resample finds them.
        claims = {f"m{k}": [("ann", H), ("bob", H), ("cy", D), ("dee", D)] for k in range(10)}
        g = make_graph(claims, motions=tuple(claims))
        assert [c["stability"] for c in camps_of(g, resamples=30)["camps"]] == [1.0, 1.0]

    def test_a_camp_on_one_claim_is_weaker_than_on_ten(self) -> None:
        thin = make_graph({"m": [("ann", H), ("bob", H), ("cy", D)], "n": [("cy", H), ("dee", H)]})
        claims = {f"m{k}": [("ann", H), ("bob", H), ("cy", D)] for k in range(10)}
        claims |= {f"n{k}": [("cy", H), ("dee", H)] for k in range(10)}
        thick = make_graph(claims)
        weak = camps_of(thin, resamples=50)["camps"][0]["stability"]
        strong = camps_of(thick, resamples=50)["camps"][0]["stability"]
        assert weak < strong == 1.0
