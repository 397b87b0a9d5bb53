"""The agreement commands as a user runs them: compare, matrix, contested, camps, stances."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

BUNDLED_MAP = Path(__file__).resolve().parent.parent / "claims"

# In the small map (tests/conftest.py) ann and bob never share a claim; two items set them apart:
# ann's shared-threat supports the motion bob denies, and ann's energy-deals rebuts bob's
# weak-trade. So agree 0, disagree 2, score -1.

Run = Callable[..., Result]
RunJson = Callable[..., Any]


def test_matrix_json_is_exactly_the_contract(small_map: Path, run_json: RunJson) -> None:
    assert run_json("--map", small_map, "matrix") == {
        "authors": ["ann", "bob"],
        "pairs": [{"a": "ann", "b": "bob", "agree": 0, "disagree": 2, "score": -1.0}],
    }


def test_matrix_table_prints_the_numbers_not_only_colours(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "matrix")
    assert result.exit_code == 0
    assert "\u22121.00" in result.stdout and "0/2" in result.stdout


def test_matrix_csv_and_output_file(small_map: Path, run: Run, tmp_path: Path) -> None:
    result = run("--map", small_map, "matrix", "--format", "csv")
    assert result.stdout == "author,ann,bob\nann,,-1\nbob,-1,\n"
    target = tmp_path / "m.csv"
    assert run("--map", small_map, "matrix", "--format", "csv", "-o", target).exit_code == 0
    assert target.read_text() == result.stdout


def test_matrix_normalized_adds_weights(small_map: Path, run_json: RunJson) -> None:
    # ann has 2 stances, bob 2: average norm 2, so disagree weight 2/2 = 1, score -1.
    (pair,) = run_json("--map", small_map, "matrix", "--normalize", "average")["pairs"]
    assert (pair["disagree"], pair["disagree_weight"], pair["score"]) == (2, 1.0, -1.0)


def test_compare_items_with_quotes(small_map: Path, run: Run, run_json: RunJson) -> None:
    data = run_json("--map", small_map, "compare", "ann", "bob")
    assert (data["agree"], data["disagree"], data["score"]) == (0, 2, -1.0)
    assert [i["claims"] for i in data["disagreements"]] == [
        ["energy-deals", "weak-trade"],
        ["motion", "shared-threat"],
    ]
    text = run("--map", small_map, "compare", "ann", "bob").stdout
    assert "ann holds energy-deals, which rebuts weak-trade; bob holds weak-trade" in text
    assert "\u201ctrade is thin\u201d" in text and "Bob's reply" in text
    assert "0 agreements, 2 disagreements" in text


def test_compare_unknown_author_says_did_you_mean(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "compare", "ann", "bobb")
    assert result.exit_code == 1
    assert "unknown author 'bobb' — did you mean 'bob'?" in result.stderr
    assert "Traceback" not in result.output


def test_contested_json_most_contested_first(small_map: Path, run_json: RunJson) -> None:
    claims = run_json("--map", small_map, "contested")["claims"]
    # motion: for ann (via shared-threat), against bob (denies, and via weak-trade); weak-trade:
    # for bob, against ann (via energy-deals). Both 1 v 1, total 2: by id.
    assert [(c["id"], c["for"], c["against"]) for c in claims] == [
        ("motion", ["ann"], ["bob"]),
        ("weak-trade", ["bob"], ["ann"]),
    ]
    assert {"author": "bob", "side": "against", "how": "denies", "via": None} in claims[0][
        "reasons"
    ]


def test_camps(small_map: Path, run: Run, run_json: RunJson) -> None:
    data = run_json("--map", small_map, "camps")
    assert [c["members"] for c in data["camps"]] == [["ann"], ["bob"]]
    assert data["objective"] == 1
    assert "Camp 1: ann" in run("--map", small_map, "camps").stdout


def test_stances_csv_json_and_table(small_map: Path, run: Run, run_json: RunJson) -> None:
    assert run("--map", small_map, "stances", "--format", "csv").stdout == (
        "claim,ann,bob\nenergy-deals,+,\nmotion,,-\nshared-threat,+,\nweak-trade,,+\n"
    )
    data = run_json("--map", small_map, "stances")
    assert data["claims"][1] == {
        "id": "motion",
        "text": "The two states will form an alliance.",
        "stances": {"bob": "denies"},
    }
    assert "\u2212" in run("--map", small_map, "stances").stdout


def test_filters(small_map: Path, run_json: RunJson) -> None:
    # ann's source is from 2020, bob's from 2021: from 2021 on only bob's stances count.
    late = run_json("--map", small_map, "matrix", "--since", "2021")
    assert late["pairs"][0]["score"] is None
    assert run_json("--map", small_map, "matrix", "--until", "2021")["pairs"][0]["score"] == -1.0
    # Only economy claims: energy-deals rebuts weak-trade, one disagreement.
    economy = run_json("--map", small_map, "compare", "ann", "bob", "--tag", "economy")
    assert economy["disagree"] == 1
    only_ann = run_json("--map", small_map, "stances", "--author", "ann")
    assert only_ann["authors"] == ["ann"]
    assert [c["id"] for c in only_ann["claims"]] == ["energy-deals", "shared-threat"]
    assert run_json("--map", small_map, "contested", "--author", "ann") == {"claims": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["matrix", "--since", "2022", "--until", "2020"], "--since 2022 is after --until 2020"),
        (["contested", "--tag", "econmy"], "unknown tag 'econmy' — did you mean 'economy'?"),
        (["camps", "--author", "annn"], "unknown author 'annn'"),
    ],
)
def test_bad_filters_are_errors(small_map: Path, run: Run, args: list[str], message: str) -> None:
    result = run("--map", small_map, *args)
    assert result.exit_code == 1
    assert message in result.stderr


def test_overview_gains_the_agreement_analysis(
    small_map: Path, run: Run, run_json: RunJson
) -> None:
    data = run_json("--map", small_map, "overview")
    assert set(data) == {"stats", "motions", "matrix", "contested", "camps"}
    assert data["motions"] == [{"id": "motion", "for": ["ann"], "against": ["bob"]}]
    assert data["matrix"]["pairs"][0]["score"] == -1.0
    assert [c["id"] for c in data["contested"]] == ["motion", "weak-trade"]
    text = run("--map", small_map, "overview").stdout
    assert "Agreement between authors" in text and "Most contested claims" in text
    assert "Camps (2)" in text


def test_bundled_map_says_what_a_reader_would(run_json: RunJson) -> None:
    # On a binding alliance in the near term Lukin and the sceptics agree: nobody argues for it,
    # and Yuan, Lukin and GVS deny it in so many words (Xie rebuts it). Beyond the near term only
    # Xie answers (no); Lukin, Yuan and GVS are hedged, so nobody supports or denies it. They part
    # on what the relationship was in the mid-2010s: an alliance in all but name for Lukin and Xie,
    # not for Yuan (GVS, who finds one in 2022, writes of a later year and is on no side).
    # That the partnership is a limited alignment of convenience, nobody disputes.
    near = run_json("--map", BUNDLED_MAP, "show", "formal-alliance")
    assert near["motion"] is True and near["supported_by"] == []
    assert {s["author"] for s in near["denied_by"]} == {"yuan", "lukin", "gvs"}
    assert "formal-alliance-unlikely-divergent-interests" in [c["id"] for c in near["rebutted_by"]]
    later = run_json("--map", BUNDLED_MAP, "show", "alliance-longer-term")
    assert later["motion"] is True and later["denied_by"] == [] and later["supported_by"] == []
    assert [c["id"] for c in later["rebutted_by"]] == ["formal-alliance-unlikely-divergent-interests"]
    contested = {c["id"]: c for c in run_json("--map", BUNDLED_MAP, "contested")["claims"]}
    assert "formal-alliance" not in contested and "alliance-longer-term" not in contested
    in_name = contested["alliance-in-all-but-name"]
    assert set(in_name["for"]) == {"lukin", "xie"} and in_name["against"] == ["yuan"]
    assert "axis-of-convenience" not in contested
    axis = run_json("--map", BUNDLED_MAP, "show", "axis-of-convenience")
    assert axis["rebutted_by"] == [] and axis["denied_by"] == []
    supporters = [run_json("--map", BUNDLED_MAP, "show", c["id"]) for c in axis["supported_by"]]
    assert {s["author"] for c in supporters for s in c["held_by"]} == {"yuan", "kuhrt", "gvs"}
    assert contested["us-policy-drives-alignment"]["against"] == ["gvs"]
    pairs = {(p["a"], p["b"]): p for p in run_json("--map", BUNDLED_MAP, "matrix")["pairs"]}
    assert pairs[("kuhrt", "yuan")]["score"] > 0 and pairs[("kuhrt", "yuan")]["disagree"] == 0
