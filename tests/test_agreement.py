"""Positions and the agreement between authors, on tiny maps worked out by hand."""

from __future__ import annotations

import networkx as nx
import pytest
from agreement_maps import make_graph

from argmap.agreement import agreement_matrix, compare_authors, pair_tallies
from argmap.model import Side, Source
from argmap.positions import author_positions, stance_table
from argmap.sides import claim_sides, contested_claims
from argmap.subgraph import counted_stances as select

H, D = Side.HOLDS, Side.DENIES


def counts(
    graph: nx.DiGraph, level: str = "all", hops: int = 1
) -> dict[tuple[str, str], tuple[int, int]]:
    tallies = pair_tallies(graph, author_positions(graph, hops))
    return {pair: (t[level].agree, t[level].disagree) for pair, t in tallies.items() if t[level].n}


def position(graph: nx.DiGraph, author: str, claim: str, hops: int = 1) -> str | None:
    found = author_positions(graph, hops).of(author, claim)
    return found.value if found else None


class TestPositions:
    def test_holding_a_claim_that_supports_or_rebuts_derives_a_position(self) -> None:
        g = make_graph(
            {"m": [], "s": [("ann", H)], "r": [("bob", H)]},
            [("s", "m", "supports"), ("r", "m", "rebuts")],
        )
        positions = author_positions(g)
        assert (position(g, "ann", "m"), position(g, "bob", "m")) == ("for", "against")
        derived = positions.of("ann", "m")
        assert derived is not None and not derived.explicit and derived.via == ("s",)

    def test_explicit_beats_derived_and_the_concession_is_kept(self) -> None:
        # bob denies m but holds s, a reason for it: he is against m, once, conceding s.
        g = make_graph({"m": [("bob", D)], "s": [("bob", H)]}, [("s", "m", "supports")])
        found = author_positions(g).of("bob", "m")
        assert found is not None
        assert (found.value, found.explicit, found.conceded, found.via) == (
            "against",
            True,
            ("s",),
            (),
        )

    def test_holding_claims_on_both_sides_is_mixed(self) -> None:
        g = make_graph(
            {"m": [], "s": [("ann", H)], "r": [("ann", H)]},
            [("s", "m", "supports"), ("r", "m", "rebuts")],
        )
        found = author_positions(g).of("ann", "m")
        assert found is not None and found.value == "mixed" and found.via == ("r", "s")

    def test_denying_a_claim_derives_nothing_from_it(self) -> None:
        g = make_graph({"m": [], "r": [("ann", D)]}, [("r", "m", "rebuts")])
        assert position(g, "ann", "m") is None
        assert position(g, "ann", "m", hops=3) is None

    def test_hops_multiply_signs_and_the_shortest_chains_decide(self) -> None:
        # x rebuts y rebuts z: at two hops, ann (x) is for z: the enemy of an enemy is a friend.
        g = make_graph(
            {"x": [("ann", H)], "y": [], "z": [], "q": [("bob", H)]},
            [
                ("x", "y", "rebuts"),
                ("y", "z", "rebuts"),
                ("q", "z", "rebuts"),
                ("q", "x", "supports"),
            ],
        )
        assert position(g, "ann", "z") is None
        assert position(g, "ann", "z", hops=2) == "for"
        # bob: q rebuts z directly (1 hop, against); q -> x -> y -> z is three hops and positive
        # (+ - -), but the shortest chain decides: against.
        assert position(g, "bob", "z", hops=3) == "against"
        # bob's chain to y: q -> x -> y, support then rebuttal: against y.
        assert position(g, "bob", "y", hops=2) == "against"

    def test_a_chain_does_not_pass_through_a_claim_the_author_denies(self) -> None:
        g = make_graph(
            {"x": [("ann", H)], "y": [("ann", D)], "z": []},
            [("x", "y", "supports"), ("y", "z", "supports")],
        )
        assert position(g, "ann", "y") == "against"
        assert position(g, "ann", "z", hops=2) is None


class TestEvidence:
    def test_both_rebutting_a_motion_agree(self) -> None:
        g = make_graph(
            {"m": [], "r1": [("ann", H)], "r2": [("bob", H)]},
            [("r1", "m", "rebuts"), ("r2", "m", "rebuts")],
            motions=("m",),
        )
        assert counts(g) == {("ann", "bob"): (1, 0)}
        assert counts(g, "verdict") == {("ann", "bob"): (1, 0)}

    def test_one_claim_counts_once_however_many_edges_reach_it(self) -> None:
        # ann holds four claims that support m; bob denies m: one disagreement, not four.
        claims: dict[str, list[tuple[str, Side]]] = {"m": [("bob", D)]}
        claims |= {f"s{k}": [("ann", H)] for k in range(4)}
        g = make_graph(claims, [(f"s{k}", "m", "supports") for k in range(4)], motions=("m",))
        assert counts(g) == {("ann", "bob"): (0, 1)}

    def test_mixed_counts_for_nothing_but_is_shown(self) -> None:
        g = make_graph(
            {"m": [("bob", H)], "s": [("ann", H)], "r": [("ann", H)]},
            [("s", "m", "supports"), ("r", "m", "rebuts")],
        )
        assert counts(g) == {}
        result = compare_authors(g, author_positions(g), "ann", "bob")
        assert result["n"] == 0 and [i["claim"] for i in result["mixed"]] == ["m"]

    def test_verdict_and_reasons_are_kept_apart(self) -> None:
        # ann and bob both deny the motion m, and part on the reason q (ann holds q, bob denies
        # it). Verdict: 1 agreement; reasons: 1 disagreement; all: 1 and 1.
        g = make_graph(
            {"m": [("ann", D), ("bob", D)], "q": [("ann", H), ("bob", D)]},
            [("q", "m", "rebuts")],
            motions=("m",),
        )
        assert counts(g, "verdict") == {("ann", "bob"): (1, 0)}
        assert counts(g, "reasons") == {("ann", "bob"): (0, 1)}
        assert counts(g, "all") == {("ann", "bob"): (1, 1)}
        result = compare_authors(g, author_positions(g), "ann", "bob")
        (row,) = result["motions"]
        assert (row["verdict"], row["reasons"]) == ("same", "opposed")
        assert (result["verdict"]["score"], result["reasons"]["score"]) == (1.0, -1.0)

    def test_an_author_with_a_stance_both_ways_is_no_evidence(self) -> None:
        g = make_graph({"p": [("ann", H), ("ann", D), ("bob", H)]})
        assert stance_table(g)["claims"][0]["stances"] == {"ann": "both", "bob": "holds"}
        # The first stance is the position; check reports the contradiction as an error.
        assert counts(g) == {("ann", "bob"): (1, 0)}


class TestMatrix:
    def test_every_pair_with_its_n_and_thin_mark(self) -> None:
        g = make_graph({"p": [("ann", H), ("bob", D)], "q": [("cy", H)]})
        result = agreement_matrix(g, author_positions(g))
        assert result["authors"] == ["ann", "bob", "cy"] and result["level"] == "all"
        first = result["pairs"][0]
        assert {k: first[k] for k in ("a", "b", "agree", "disagree", "score", "n", "thin")} == {
            "a": "ann", "b": "bob", "agree": 0, "disagree": 1, "score": -1.0, "n": 1, "thin": True,
        }  # fmt: skip
        assert first["verdict"] == {"agree": 0, "disagree": 0, "score": None, "n": 0, "thin": True}
        assert [p["score"] for p in result["pairs"][1:]] == [None, None]

    def test_three_items_are_no_longer_thin(self) -> None:
        g = make_graph({c: [("ann", H), ("bob", H)] for c in "pqr"})
        (pair,) = agreement_matrix(g, author_positions(g))["pairs"]
        assert (pair["n"], pair["thin"]) == (3, False)

    def test_the_level_chooses_the_top_level_counts(self) -> None:
        g = make_graph(
            {"m": [("ann", D), ("bob", D)], "q": [("ann", H), ("bob", D)]},
            [("q", "m", "rebuts")],
            motions=("m",),
        )
        positions = author_positions(g)
        scores = {
            lvl: agreement_matrix(g, positions, lvl)["pairs"][0]["score"]
            for lvl in ("all", "verdict", "reasons")
        }
        assert scores == {"all": 0.0, "verdict": 1.0, "reasons": -1.0}

    def test_dna_normalizations_over_positions(self) -> None:
        # ann: p+, q+, r+ (3 positions); bob: p+, q-, s+ (3). agree 1 (p), disagree 1 (q).
        g = make_graph(
            {
                "p": [("ann", H), ("bob", H)],
                "q": [("ann", H), ("bob", D)],
                "r": [("ann", H)],
                "s": [("bob", H)],
            }
        )
        positions = author_positions(g)
        (avg,) = agreement_matrix(g, positions, normalize="average")["pairs"]
        assert (avg["agree_weight"], avg["disagree_weight"], avg["score"]) == (
            pytest.approx(1 / 3), pytest.approx(1 / 3), pytest.approx(0.0),
        )  # fmt: skip
        # Jaccard: distinct cells p+, q+, q-, r+, s+ = 5.
        (jac,) = agreement_matrix(g, positions, normalize="jaccard")["pairs"]
        assert jac["agree_weight"] == pytest.approx(1 / 5)

    def test_unknown_level_or_normalization_is_refused(self) -> None:
        g = make_graph({})
        with pytest.raises(ValueError, match="normalize"):
            agreement_matrix(g, author_positions(g), normalize="cosine")
        with pytest.raises(ValueError, match="level"):
            agreement_matrix(g, author_positions(g), level="motions")


class TestCompare:
    def test_items_name_positions_how_they_are_reached_and_quotes(self) -> None:
        sources = [
            Source("ann-1", ("ann",), "Ann's essay", date="2019"),
            Source("bob-1", ("bob",), "Bob's", date="2020"),
        ]
        g = make_graph(
            {"m": [("bob", D)], "s": [("ann", H)], "p": [("ann", H), ("bob", H)]},
            [("s", "m", "supports")],
            motions=("m",),
            sources=sources,
        )
        result = compare_authors(g, author_positions(g), "bob", "ann")
        assert (result["agree"], result["disagree"], result["score"], result["n"]) == (1, 1, 0.0, 2)
        (item,) = result["disagreements"]
        assert (item["claim"], item["level"]) == ("m", "verdict")
        assert item["a"]["position"] == "against" and item["a"]["explicit"]
        assert item["b"]["via"] == ["s"] and not item["b"]["explicit"]
        (quote,) = item["b"]["quotes"]
        assert (quote["claim"], quote["quote"], quote["source"]) == ("s", "ann on s", "ann-1")
        assert result["motions"] == [
            {
                "id": "m", "text": "text of m", "a": "against", "b": "for", "a_explicit": True,
                "b_explicit": False, "verdict": "opposite", "reasons": None,
                "reasons_agree": 0, "reasons_disagree": 0,
            }
        ]  # fmt: skip

    def test_reasons_per_motion_are_counted_upstream_of_it(self) -> None:
        # Two motions; the shared reason q leads to m1 only (q -> s -> m1).
        g = make_graph(
            {"m1": [], "m2": [("ann", D), ("bob", D)], "s": [], "q": [("ann", H), ("bob", H)]},
            [("q", "s", "supports"), ("s", "m1", "supports")],
            motions=("m1", "m2"),
        )
        rows = {
            r["id"]: r for r in compare_authors(g, author_positions(g), "ann", "bob")["motions"]
        }
        assert (rows["m1"]["verdict"], rows["m1"]["reasons"], rows["m1"]["reasons_agree"]) == (
            None,
            "shared",
            2,
        )
        assert (rows["m2"]["verdict"], rows["m2"]["reasons"]) == ("same", None)


class TestSides:
    def test_sides_stand_on_positions(self) -> None:
        g = make_graph(
            {
                "m": [("ann", H), ("bob", D)],
                "s": [("cy", H), ("bob", H)],
                "r": [("dee", H), ("cy", D)],
            },
            [("s", "m", "supports"), ("r", "m", "rebuts")],
        )
        # bob denies m and concedes s: against, once. cy denies r: that says nothing about m.
        assert claim_sides(author_positions(g), "m") == ({"ann", "cy"}, {"bob", "dee"})
        (row,) = [c for c in contested_claims(g, author_positions(g)) if c["id"] == "m"]
        assert {"author": "bob", "side": "against", "how": "concedes", "via": "s"} in row["reasons"]
        assert [
            r["author"] for r in row["reasons"] if r["side"] == "against" and r["how"] != "concedes"
        ] == ["bob", "dee"]

    def test_contested_order(self) -> None:
        g = make_graph(
            {
                "a": [("p1", H), ("p2", D)],
                "b": [("p1", H), ("p2", H), ("p3", D)],
                "c": [("p1", H), ("p2", H), ("p3", D), ("p4", D)],
                "d": [("p1", H), ("p3", D)],
                "e": [("p1", H)],
                "s": [("p4", H)],
            },
            [("s", "a", "supports")],
        )
        claims = contested_claims(g, author_positions(g))
        assert [c["id"] for c in claims] == ["c", "a", "b", "d"]
        assert claims[1]["for"] == ["p1", "p4"]
        assert [c["id"] for c in contested_claims(g, author_positions(g), limit=2)] == ["c", "a"]


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
        assert counts(select(self.graph(), tags=["trade"])) == {("ann", "bob"): (1, 0)}

    def test_years_count_a_stance_by_its_source_or_its_authors_only_source(self) -> None:
        early = select(self.graph(), until=2016)
        assert early.nodes["p"]["denied_by"] == [] and early.nodes["q"]["held_by"] == ["ann", "bob"]
        assert early.nodes["r"]["held_by"] == []
        late = select(self.graph(), since=2020)
        assert late.nodes["p"]["denied_by"] == ["bob"] and late.nodes["q"]["held_by"] == []

    def test_authors_keep_only_their_stances_and_rows(self) -> None:
        only = select(self.graph(), authors=["ann", "cy"])
        assert agreement_matrix(only, author_positions(only))["authors"] == ["ann", "cy"]
        assert only.nodes["p"]["denied_by"] == []

    def test_no_filter_is_the_graph_itself(self) -> None:
        g = self.graph()
        assert select(g) is g
