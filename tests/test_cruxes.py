"""Cruxes: the claims that decide where two authors part on a motion, most influential first."""

from __future__ import annotations

from agreement_maps import make_graph

from argmap.cruxes import cruxes
from argmap.model import Side
from argmap.positions import author_positions

H, D = Side.HOLDS, Side.DENIES


def test_cruxes_ranked_by_influence_on_the_motion() -> None:
    # ann holds near (supports m directly) and far (supports near): for m. bob denies both and
    # denies m. Taking near out cuts both its own support and far's path: near moves m most.
    # Base scores 0.5: with near and far, near = 0.5 + 0.5 * 0.5 = 0.75, m = 0.5 + 0.5 * 0.75
    # = 0.875. Without near: m = 0.5 (change 0.375). Without far: near = 0.5, m = 0.75
    # (change 0.125).
    g = make_graph(
        {"m": [("bob", D)], "near": [("ann", H), ("bob", D)], "far": [("ann", H), ("bob", D)]},
        [("near", "m", "supports"), ("far", "near", "supports")],
        motions=("m",),
    )
    result = cruxes(g, author_positions(g), "ann", "bob")
    (motion,) = result["motions"]
    assert (motion["id"], motion["a"], motion["b"]) == ("m", "for", "against")
    assert [(c["id"], c["influence"]) for c in motion["cruxes"]] == [
        ("near", 0.375),
        ("far", 0.125),
    ]
    assert motion["cruxes"][0]["detail"]["b"]["quotes"][0]["quote"] == "bob on near"


def test_no_crux_where_they_do_not_part() -> None:
    g = make_graph(
        {"m": [("ann", D), ("bob", D)], "q": [("ann", H), ("bob", D)]},
        [("q", "m", "rebuts")],
        motions=("m",),
    )
    result = cruxes(g, author_positions(g), "ann", "bob")
    assert result["motions"] == [] and result["agreed"] == [{"id": "m", "side": "against"}]


def test_where_no_claim_divides_them_the_grounds_of_each_verdict_are_named() -> None:
    # ann holds s (supports m), bob holds r (rebuts m): opposite verdicts, no claim with opposite
    # positions from both. Each rests the verdict on a different claim.
    g = make_graph(
        {"m": [], "s": [("ann", H)], "r": [("bob", H)]},
        [("s", "m", "supports"), ("r", "m", "rebuts")],
        motions=("m",),
    )
    (motion,) = cruxes(g, author_positions(g), "ann", "bob")["motions"]
    assert motion["cruxes"] == []
    assert [x["id"] for x in motion["grounds"]["a"]] == ["s"]
    assert [x["id"] for x in motion["grounds"]["b"]] == ["r"]
    # Base 0.5 everywhere: s and r cancel out (m stays 0.5); without s, m falls to 0.25.
    assert motion["grounds"]["a"][0]["influence"] == 0.25
