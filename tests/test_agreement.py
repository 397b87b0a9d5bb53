"""The agreement analysis on tiny maps whose answers are worked out by hand."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from argmap.agreement import (
    _best_partition,
    agreement_matrix,
    author_evidence,
    claim_sides,
    compare_authors,
    contested_claims,
    find_camps,
    pair_counts,
    stance_table,
)
from argmap.graph import build_graph
from argmap.model import ArgMap, Author, Claim, Edge, EdgeKind, Side, Source, Stance
from argmap.subgraph import counted_stances as select

H, D = Side.HOLDS, Side.DENIES


def make_graph(
    claims: dict[str, list[tuple[str, Side]]],
    edges: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    sources: list[Source] = (),  # type: ignore[assignment]
    tags: dict[str, tuple[str, ...]] | None = None,
    source_of: dict[tuple[str, str], str] | None = None,
) -> nx.DiGraph:
    """claims: id -> [(author, side)]; edges: (source, target, "supports" / "rebuts")."""
    built = []
    for cid, stances in claims.items():
        built.append(
            Claim(
                cid,
                f"text of {cid}",
                tags=(tags or {}).get(cid, ()),
                stances=[
                    Stance(cid, a, s, f"{a} on {cid}", source=(source_of or {}).get((a, cid)))
                    for a, s in stances
                ],
                edges=[Edge(u, v, EdgeKind(k)) for u, v, k in edges if u == cid],
            )
        )
    authors = sorted({a for stances in claims.values() for a, _ in stances})
    return build_graph(
        ArgMap(authors=[Author(a, a.title()) for a in authors], sources=list(sources), claims=built)
    )


def scores(graph: nx.DiGraph, **options: object) -> dict[tuple[str, str], object]:
    return {(p["a"], p["b"]): p["score"] for p in agreement_matrix(graph, **options)["pairs"]}  # type: ignore[arg-type]


class TestEvidence:
    def test_same_claim_same_side_agrees_and_opposite_sides_disagree(self) -> None:
        g = make_graph({"p": [("ann", H), ("bob", H), ("cy", D)], "q": [("ann", D), ("bob", D)]})
        # ann-bob: p (both hold) and q (both deny): 2 agreements. ann-cy, bob-cy: p only, opposite.
        assert pair_counts(g) == {
            ("ann", "bob"): (2, 0),
            ("ann", "cy"): (0, 1),
            ("bob", "cy"): (0, 1),
        }

    def test_holding_linked_claims(self) -> None:
        g = make_graph(
            {"x": [("ann", H)], "y": [("bob", H)], "z": [("cy", H)]},
            [("x", "y", "supports"), ("z", "y", "rebuts")],
        )
        # ann holds x which supports bob's y: agree. cy holds z which rebuts y: bob-cy disagree.
        # ann and cy are two hops apart (x -> y <- z): no evidence.
        assert pair_counts(g) == {("ann", "bob"): (1, 0), ("bob", "cy"): (0, 1)}

    def test_holding_x_against_denying_y(self) -> None:
        g = make_graph(
            {"x": [("ann", H)], "y": [("bob", D)], "r": [("cy", H)]},
            [("x", "y", "supports"), ("r", "y", "rebuts")],
        )
        # ann holds x, which supports y, which bob denies: disagreement.
        # cy holds r, which rebuts y, which bob denies: both stand against y, agreement.
        # ann and cy: both hold claims bearing on y, but x and r are not linked: no evidence.
        assert pair_counts(g) == {("ann", "bob"): (0, 1), ("bob", "cy"): (1, 0)}

    def test_an_author_who_holds_x_and_denies_y_where_x_supports_y(self) -> None:
        g = make_graph({"x": [("ann", H)], "y": [("ann", D), ("bob", H)]}, [("x", "y", "supports")])
        # y: ann denies, bob holds -> one disagreement.
        # {x, y}: ann holds x, bob holds y, x supports y -> one agreement.
        # ann's own pair of stances is no evidence (one author). Score (1 - 1) / 2 = 0.
        assert pair_counts(g) == {("ann", "bob"): (1, 1)}
        assert scores(g) == {("ann", "bob"): 0.0}

    def test_each_pair_of_claims_is_one_item_however_it_is_found(self) -> None:
        g = make_graph(
            {"x": [("ann", H), ("bob", H)], "y": [("ann", H), ("bob", H)]},
            [("x", "y", "supports"), ("y", "x", "supports")],
        )
        # Items: x (both hold), y (both hold), and {x, y}, found four ways but counted once.
        items = author_evidence(g, "ann", "bob")
        assert [(e.claims, e.agree) for e in items] == [
            (("x",), True),
            (("x", "y"), True),
            (("y",), True),
        ]
        assert len(items[1].findings) == 4
        assert pair_counts(g) == {("ann", "bob"): (3, 0)}

    def test_edges_longer_than_one_hop_are_not_counted_by_default(self) -> None:
        g = make_graph(
            {"x": [("ann", H)], "y": [], "z": [("bob", H)], "w": [("cy", H)]},
            [("x", "y", "supports"), ("y", "z", "supports"), ("w", "y", "rebuts")],
        )
        assert pair_counts(g) == {}
        assert scores(g)[("ann", "bob")] is None
        # Two hops: x -> y -> z is a chain of supports: ann and bob agree. w -> y -> z has one
        # rebuttal: cy holds a claim that (at two hops) rebuts bob's z.
        assert pair_counts(g, hops=2) == {("ann", "bob"): (1, 0), ("bob", "cy"): (0, 1)}

    def test_two_rebuttals_in_a_chain_make_a_support(self) -> None:
        g = make_graph(
            {"x": [("ann", H)], "y": [], "z": [("bob", H)]},
            [("x", "y", "rebuts"), ("y", "z", "rebuts")],
        )
        assert pair_counts(g, hops=2) == {("ann", "bob"): (1, 0)}

    def test_an_item_found_both_ways_counts_as_neither(self) -> None:
        # ann both holds and denies p; bob holds p: the item p agrees and disagrees at once.
        g = make_graph({"p": [("ann", H), ("ann", D), ("bob", H)]})
        assert pair_counts(g) == {}
        assert stance_table(g)["claims"][0]["stances"] == {"ann": "both", "bob": "holds"}


class TestMatrix:
    def test_pair_with_no_evidence_has_a_null_score(self) -> None:
        g = make_graph({"p": [("ann", H), ("bob", D)], "q": [("cy", H)]})
        assert agreement_matrix(g) == {
            "authors": ["ann", "bob", "cy"],
            "pairs": [
                {"a": "ann", "b": "bob", "agree": 0, "disagree": 1, "score": -1.0},
                {"a": "ann", "b": "cy", "agree": 0, "disagree": 0, "score": None},
                {"a": "bob", "b": "cy", "agree": 0, "disagree": 0, "score": None},
            ],
        }

    def test_score_is_agree_minus_disagree_over_their_sum(self) -> None:
        g = make_graph(
            {
                "p": [("ann", H), ("bob", H)],
                "q": [("ann", H), ("bob", H)],
                "r": [("ann", H), ("bob", D)],
            }
        )
        assert scores(g) == {("ann", "bob"): pytest.approx((2 - 1) / 3)}

    def test_dna_normalizations(self) -> None:
        g = make_graph(
            {
                "p": [("ann", H), ("bob", H)],
                "q": [("ann", H), ("bob", D)],
                "r": [("ann", H)],
                "s": [("bob", H)],
            }
        )
        # agree 1 (p), disagree 1 (q). ann has 3 stances, bob 3.
        # average: norm (3 + 3) / 2 = 3 -> weights 1/3 and 1/3, score 0.
        # jaccard: distinct (claim, side) cells: p+, q+, r+, q-, s+ = 5 -> weights 1/5, 1/5.
        (avg,) = agreement_matrix(g, normalize="average")["pairs"]
        assert (avg["agree_weight"], avg["disagree_weight"], avg["score"]) == (
            pytest.approx(1 / 3),
            pytest.approx(1 / 3),
            pytest.approx(0.0),
        )
        g2 = make_graph({"p": [("ann", H), ("bob", H)], "r": [("ann", H)], "s": [("bob", H)]})
        (jac,) = agreement_matrix(g2, normalize="jaccard")["pairs"]
        # agree 1; cells p+, r+, s+ = 3 -> 1/3.
        assert (jac["agree"], jac["agree_weight"], jac["score"]) == (
            1,
            pytest.approx(1 / 3),
            pytest.approx(1 / 3),
        )

    def test_unknown_normalization_is_refused(self) -> None:
        with pytest.raises(ValueError, match="normalize"):
            agreement_matrix(make_graph({}), normalize="cosine")


class TestSides:
    def test_sides_count_holders_of_supporters_and_rebuttals(self) -> None:
        g = make_graph(
            {"m": [("ann", H), ("bob", D)], "s": [("cy", H)], "r": [("dee", H), ("cy", D)]},
            [("s", "m", "supports"), ("r", "m", "rebuts")],
        )
        # cy denies r but denying a rebuttal is not a side on m in DESIGN.md's definition.
        assert claim_sides(g, "m") == ({"ann", "cy"}, {"bob", "dee"})

    def test_contested_order_and_reasons(self) -> None:
        g = make_graph(
            {
                "a": [("p1", H), ("p2", D)],  # 2 v 1 with p4, who holds s
                "b": [("p1", H), ("p2", H), ("p3", D)],  # 2 v 1
                "c": [("p1", H), ("p2", H), ("p3", D), ("p4", D)],  # 2 v 2
                "d": [("p1", H), ("p3", D)],  # 1 v 1
                "e": [("p1", H)],  # one side only: not contested
                "s": [("p4", H)],
            },
            [("s", "a", "supports")],
        )
        claims = contested_claims(g)
        # c has the larger smaller side; a and b tie on 2 v 1 and go by id; d is 1 v 1.
        assert [c["id"] for c in claims] == ["c", "a", "b", "d"]
        assert claims[1]["for"] == ["p1", "p4"]
        assert claims[1]["reasons"] == [
            {"author": "p1", "side": "for", "how": "holds", "via": None},
            {"author": "p4", "side": "for", "how": "holds-support", "via": "s"},
            {"author": "p2", "side": "against", "how": "denies", "via": None},
        ]
        assert [c["id"] for c in contested_claims(g, limit=2)] == ["c", "a"]


def two_camps_and_a_dissenter() -> nx.DiGraph:
    return make_graph(
        {
            "p": [("ann", H), ("bob", H), ("cy", D), ("dee", D)],
            "q": [("ann", H), ("bob", H), ("cy", D), ("dee", D)],
            "pa": [("ann", H), ("bob", H)],
            "pc": [("cy", H), ("dee", H)],
            "x1": [("eve", H)],
            "x2": [("eve", H)],
        },
        [("x1", "pa", "rebuts"), ("x2", "pc", "rebuts")],
    )


class TestCamps:
    def test_two_clear_camps(self) -> None:
        g = make_graph(
            {
                "p": [("ann", H), ("bob", H), ("cy", D), ("dee", D)],
                "q": [("ann", H), ("bob", H), ("cy", D), ("dee", D)],
            }
        )
        result = find_camps(g)
        assert [c["members"] for c in result["camps"]] == [["ann", "bob"], ["cy", "dee"]]
        # Inside: ann-bob +1, cy-dee +1; across: four pairs at -1. 2 - (-4) = 6.
        assert result["objective"] == 6
        assert result["method"] == "exact"
        first = result["camps"][0]
        assert first["shared"] == [
            {"id": "p", "side": "for", "members": ["ann", "bob"]},
            {"id": "q", "side": "for", "members": ["ann", "bob"]},
        ]
        assert first["dividing"][0] == {
            "id": "p",
            "side": "for",
            "members": ["ann", "bob"],
            "others": ["cy", "dee"],
        }

    def test_a_lone_dissenter_is_a_camp_of_one(self) -> None:
        result = find_camps(two_camps_and_a_dissenter())
        # ann-bob agree on p, q, pa: +1; cy-dee on p, q, pc: +1; ann-cy disagree on p, q: -1.
        # eve holds x1, which rebuts pa (ann, bob), and x2, which rebuts pc (cy, dee): -1 with
        # all four. Inside the three camps: 1 + 1; across: 4 x -1 (ann/bob v cy/dee) and
        # 4 x -1 (eve v the rest). Objective 2 - (-8) = 10; eve joining anyone lowers it.
        assert [c["members"] for c in result["camps"]] == [["ann", "bob"], ["cy", "dee"], ["eve"]]
        assert result["objective"] == 10
        eve = result["camps"][2]
        assert eve["cohesion"] is None
        assert {(x["id"], x["side"]) for x in eve["shared"]} == {
            ("pa", "against"),
            ("pc", "against"),
            ("x1", "for"),
            ("x2", "for"),
        }

    def test_authors_without_evidence_are_unplaced(self) -> None:
        g = make_graph({"p": [("ann", H), ("bob", H)], "q": [("cy", H)]})
        result = find_camps(g)
        assert [c["members"] for c in result["camps"]] == [["ann", "bob"]]
        assert result["unplaced"] == ["cy"]

    def test_beyond_the_limit_louvain_is_used(self) -> None:
        result = find_camps(two_camps_and_a_dissenter(), exact_limit=2)
        assert result["method"] == "louvain"
        assert sorted(a for c in result["camps"] for a in c["members"]) == [
            "ann",
            "bob",
            "cy",
            "dee",
            "eve",
        ]

    @pytest.mark.parametrize("seed", range(5))
    def test_exact_search_matches_brute_force(self, seed: int) -> None:
        rnd = random.Random(seed)
        authors = [f"a{i}" for i in range(7)]
        weight = {
            p: rnd.choice([-1.0, -0.5, 0.0, 0.5, 1.0]) for p in itertools.combinations(authors, 2)
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


class TestCompare:
    def test_items_with_claims_quotes_and_sources(self) -> None:
        sources = [
            Source("ann-1", ("ann",), "Ann's essay", date="2019"),
            Source("bob-1", ("bob",), "Bob's", date="2020"),
        ]
        g = make_graph(
            {"x": [("ann", H)], "y": [("bob", D)], "p": [("ann", H), ("bob", H)]},
            [("x", "y", "supports")],
            sources=sources,
        )
        result = compare_authors(g, "bob", "ann")
        assert (result["a"], result["b"], result["agree"], result["disagree"], result["score"]) == (
            "bob",
            "ann",
            1,
            1,
            0.0,
        )
        assert result["agreements"][0]["claims"] == ["p"]
        (item,) = result["disagreements"]
        assert item["claims"] == ["x", "y"]
        (finding,) = item["findings"]
        assert finding["link"] == "supports" and finding["path"] == ["x", "y"]
        assert finding["stances"][0] == {
            "author": "ann",
            "claim": "x",
            "side": "holds",
            "quote": "ann on x",
            "source": "ann-1",
            "note": None,
        }
        assert finding["stances"][1]["source"] == "bob-1"


class TestSelect:
    def graph(self) -> nx.DiGraph:
        sources = [
            Source("ann-1", ("ann",), "A", date="2016"),
            Source("bob-1", ("bob",), "B1", date="2016"),
            Source("bob-2", ("bob",), "B2", date="2021-03"),
        ]
        return make_graph(
            {"p": [("ann", H), ("bob", D)], "q": [("ann", H), ("bob", H)], "r": [("cy", H)]},
            sources=sources,
            tags={"p": ("war",), "q": ("trade",)},
            source_of={("bob", "p"): "bob-2", ("bob", "q"): "bob-1"},
        )

    def test_tag_keeps_only_tagged_claims(self) -> None:
        assert sorted(select(self.graph(), tags=["war"]).nodes) == ["p"]
        assert pair_counts(select(self.graph(), tags=["trade"])) == {("ann", "bob"): (1, 0)}

    def test_years_count_a_stance_by_its_source_or_its_authors_only_source(self) -> None:
        # ann has one source (2016), so her unsourced stances date from 2016. bob's p is 2021.
        # cy has no source: under a date filter, cy's stance does not count.
        early = select(self.graph(), until=2016)
        assert early.nodes["p"]["denied_by"] == [] and early.nodes["q"]["held_by"] == ["ann", "bob"]
        assert early.nodes["r"]["held_by"] == []
        late = select(self.graph(), since=2020)
        assert late.nodes["p"]["denied_by"] == ["bob"] and late.nodes["q"]["held_by"] == []

    def test_authors_keep_only_their_stances_and_rows(self) -> None:
        only = select(self.graph(), authors=["ann", "cy"])
        assert agreement_matrix(only)["authors"] == ["ann", "cy"]
        assert only.nodes["p"]["denied_by"] == []

    def test_no_filter_is_the_graph_itself(self) -> None:
        g = self.graph()
        assert select(g) is g
