"""The agreement commands as a user runs them: compare, crux, matrix, contested, camps, stances."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

BUNDLED_MAP = Path(__file__).resolve().parent.parent / "claims"

# In the small map (tests/conftest.py) two claims set ann and bob apart: the motion, which bob
# denies and ann is for through shared-threat (the verdict), and weak-trade, which bob holds and
# ann is against through energy-deals (a reason). So agree 0, disagree 2, score -1, n 2.

Run = Callable[..., Result]
RunJson = Callable[..., Any]


def test_matrix_json_is_exactly_the_contract(small_map: Path, run_json: RunJson) -> None:
    tally = {"agree": 0, "disagree": 1, "score": -1.0, "n": 1, "thin": True}
    assert run_json("--map", small_map, "matrix") == {
        "authors": ["ann", "bob"],
        "level": "all",
        "normalize": "plain",
        "pairs": [
            {
                "a": "ann", "b": "bob", "agree": 0, "disagree": 2, "score": -1.0, "n": 2,
                "thin": True, "verdict": tally, "reasons": tally,
            }
        ],
    }  # fmt: skip
    verdict = run_json("--map", small_map, "matrix", "--level", "verdict")
    assert verdict["level"] == "verdict" and verdict["pairs"][0]["n"] == 1


def test_matrix_table_prints_score_n_and_the_thin_mark(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "matrix")
    assert result.exit_code == 0
    assert "\u22121.00? 2" in result.stdout and "thin: n < 3" in result.stdout
    assert not any(line.endswith(" ") for line in result.stdout.splitlines())


def test_matrix_csv_and_output_file(small_map: Path, run: Run, tmp_path: Path) -> None:
    result = run("--map", small_map, "matrix", "--format", "csv")
    assert result.stdout.splitlines() == [
        "a,b,level,score,n,agree,disagree,thin,verdict_score,verdict_n,reasons_score,reasons_n",
        "ann,bob,all,-1,2,0,2,true,-1,1,-1,1",
    ]
    target = tmp_path / "m.csv"
    assert run("--map", small_map, "matrix", "--format", "csv", "-o", target).exit_code == 0
    assert target.read_text() == result.stdout


def test_matrix_normalized_adds_weights(small_map: Path, run_json: RunJson) -> None:
    # ann has 4 positions (shared-threat, energy-deals, the motion, weak-trade), bob 4 (the
    # motion, weak-trade, and derived: against the motion's... no: bob holds weak-trade, which
    # rebuts the motion he denies, so his positions are the motion and weak-trade): average
    # norm (4 + 2) / 2 = 3, disagree weight 2/3.
    (pair,) = run_json("--map", small_map, "matrix", "--normalize", "average")["pairs"]
    assert (pair["disagree"], pair["disagree_weight"]) == (2, pytest.approx(2 / 3))


def test_compare_per_motion_then_items_with_quotes(
    small_map: Path, run: Run, run_json: RunJson
) -> None:
    data = run_json("--map", small_map, "compare", "ann", "bob")
    assert (data["agree"], data["disagree"], data["score"], data["n"]) == (0, 2, -1.0, 2)
    assert [(i["claim"], i["level"]) for i in data["disagreements"]] == [
        ("motion", "verdict"),
        ("weak-trade", "reasons"),
    ]
    (motion,) = data["motions"]
    assert (motion["a"], motion["b"], motion["verdict"]) == ("for", "against", "opposite")
    text = run("--map", small_map, "compare", "ann", "bob").stdout
    assert "opposite verdicts (ann for, bob against)" in text
    assert "Ann Archer: for, through shared-threat" in text
    assert "\u201ctrade is thin\u201d" in text and "Bob's reply" in text
    assert "Verdict (the motions): 0 agreements, 1 disagreement" in text


def test_crux_names_the_claims_and_says_where_they_do_not_part(
    small_map: Path, run: Run, run_json: RunJson
) -> None:
    data = run_json("--map", small_map, "crux", "ann", "bob")
    assert [(m["id"], [c["id"] for c in m["cruxes"]]) for m in data["motions"]] == [
        ("motion", ["weak-trade"])
    ]
    text = run("--map", small_map, "crux", "ann", "bob", "--motion", "motion").stdout
    assert "weak-trade" in text and "influence" in text
    refused = run("--map", small_map, "crux", "ann", "bob", "--motion", "weak-trade")
    assert refused.exit_code == 1 and "'weak-trade' is not a motion" in refused.stderr


def test_compare_unknown_author_says_did_you_mean(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "compare", "ann", "bobb")
    assert result.exit_code == 1
    assert "unknown author 'bobb' — did you mean 'bob'?" in result.stderr
    assert "Traceback" not in result.output


def test_contested_json_most_contested_first(small_map: Path, run_json: RunJson) -> None:
    claims = run_json("--map", small_map, "contested")["claims"]
    # motion: for ann (via shared-threat), against bob (denies it); weak-trade: for bob, against
    # ann (via energy-deals). Both 1 v 1, total 2: by id.
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
    assert (data["level"], data["objective"], data["resamples"]) == ("all", 2, 100)
    text = run("--map", small_map, "camps").stdout
    assert (
        "Camp 1: ann" in text and "stability" in text and "100 resamples" in " ".join(text.split())
    )


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
    derived = run("--map", small_map, "stances", "--derived", "--format", "csv").stdout
    assert derived.splitlines()[2] == "motion,(+),-"
    rows = {r["id"]: r for r in run_json("--map", small_map, "stances", "--derived")["claims"]}
    assert rows["motion"]["positions"]["ann"] == {
        "position": "for", "explicit": False, "via": ["shared-threat"], "backing": [], "conceded": [],
    }  # fmt: skip
    assert "(+)" in run("--map", small_map, "stances", "--derived").stdout


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
    assert set(data) == {"stats", "motions", "matrix", "matrices", "contested", "camps"}
    assert data["motions"] == [{"id": "motion", "for": ["ann"], "against": ["bob"], "mixed": []}]
    assert data["matrix"]["level"] == "verdict" and data["matrix"]["pairs"][0]["n"] == 1
    assert data["matrices"]["reasons"]["pairs"][0]["score"] == -1.0
    assert [c["id"] for c in data["contested"]] == ["motion", "weak-trade"]
    text = run("--map", small_map, "overview").stdout
    assert "Agreement on the verdict" in text and "Agreement on the reasons" in text
    assert "Most contested claims" in text and "Camps (2)" in text and "stability" in text


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
    assert [c["id"] for c in later["rebutted_by"]] == [
        "formal-alliance-unlikely-divergent-interests"
    ]
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


def many_authors(write_map: Callable[..., Path], count: int = 28) -> Path:
    """``count`` speakers with long ids on three motions, in two blocs."""
    authors = [f"speaker-number-{k:02d}" for k in range(count)]
    people = "authors:\n" + "".join(f"  - id: {a}\n    name: Speaker {a[-2:]}\n" for a in authors)
    claims = "claims:\n"
    for m in range(3):
        claims += f"  - id: motion-{m}\n    text: Motion {m}.\n    motion: true\n"
        held = "".join(
            f"      - {{author: {a}, quote: q}}\n" for k, a in enumerate(authors) if k % 2 == 0
        )
        denied = "".join(
            f"      - {{author: {a}, quote: q}}\n" for k, a in enumerate(authors) if k % 2 == 1
        )
        claims += f"    held_by:\n{held}    denied_by:\n{denied}"
    return write_map({"people.yaml": people, "claims.yaml": claims})


@pytest.mark.parametrize("columns", [60, 80, 200])
def test_matrix_of_28_authors_shows_every_author_or_says_how(
    write_map: Callable[..., Path], tmp_path: Path, columns: int
) -> None:
    from click.testing import CliRunner

    from argmap.cli import cli

    root = many_authors(write_map)
    env = {"COLUMNS": str(columns), "NO_COLOR": "1", "ARGMAP_CACHE_DIR": str(tmp_path / "c")}
    result = CliRunner().invoke(
        cli, ["--map", str(root), "matrix"], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert not any(line.endswith(" ") for line in lines)
    text = result.stdout
    # Every author is named, and every score printed whole (never cut to "+1." or "−1").
    for k in range(28):
        assert f"speaker-number-{k:02d}" in text
    assert "+1.00  3" in text and "\u22121.00  3" in text
    if columns < 200:
        words = " ".join(text.split())
        assert "too wide for" in words and "--format csv gives the whole matrix" in words


def test_matrix_at_every_width_keeps_the_numbers(small_map: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from argmap.cli import cli

    for columns in (60, 80, 200):
        env = {"COLUMNS": str(columns), "NO_COLOR": "1", "ARGMAP_CACHE_DIR": str(tmp_path / "c")}
        out = CliRunner().invoke(cli, ["--map", str(small_map), "matrix"], env=env).stdout
        assert "\u22121.00? 2" in out


def test_crux_in_the_terminal_shows_the_most_influential_and_counts_the_rest(
    run: Callable[..., Result],
    run_json: Callable[..., Any],
    two_author_map: Callable[[list[str]], Path],
) -> None:
    from argmap.views.agreement import CRUXES_SHOWN

    reasons = CRUXES_SHOWN + 2
    claims = [
        (
            "  - {id: motion, text: The motion holds., motion: true,"
            " denied_by: [{author: cal, quote: it does not}]}"
        ),
    ] + [
        f"  - {{id: reason-{n}, text: Reason number {n}., supports: [motion],"
        f" held_by: [{{author: pia, quote: reason {n}}}],"
        f" denied_by: [{{author: cal, quote: not reason {n}}}]}}"
        for n in range(1, reasons + 1)
    ]
    root = two_author_map(claims)
    out = run("--map", root, "crux", "pia", "cal").stdout
    numbered = re.findall(r"^  \d+\. (reason-\d+)  influence", out, re.MULTILINE)
    assert len(numbered) == CRUXES_SHOWN
    assert "\u2026 and 2 more cruxes (--format json lists them all)" in out
    # pia's grounds (the claims she rests her verdict on) are clipped alike
    assert "pia: \u2026 and 2 more claims (--format json lists them all)" in out
    data = run_json("--map", root, "crux", "pia", "cal")
    assert len(data["motions"][0]["cruxes"]) == reasons


def test_compare_in_the_terminal_stops_a_long_list_and_says_how_many_more(
    run: Callable[..., Result],
    run_json: Callable[..., Any],
    two_author_map: Callable[[list[str]], Path],
) -> None:
    from argmap.views import TABLE_ROWS

    shared = TABLE_ROWS + 2
    claims = [
        f"  - {{id: point-{n}, text: Point number {n}.,"
        f" held_by: [{{author: pia, quote: point {n}}}, {{author: cal, quote: yes {n}}}]}}"
        for n in range(1, shared + 1)
    ]
    root = two_author_map(claims)
    out = run("--map", root, "compare", "pia", "cal").stdout
    assert f"Agreements ({shared})" in out
    assert len(re.findall(r"^  \d+\. point-\d+", out, re.MULTILINE)) == TABLE_ROWS
    assert "\u2026 and 2 more items (--format json lists them all)" in out
    assert len(run_json("--map", root, "compare", "pia", "cal")["agreements"]) == shared
