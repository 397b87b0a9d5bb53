"""argmap's own exports read back: `import json`, `import graphml` and `import aif` give the same map."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED_MAP

from argmap.load import load_map
from argmap.model import ArgMap

ROUND_TRIP_MAP = {
    "people.yaml": """\
        authors:
          - id: ann
            name: Ann Archer
            affiliation: Example College
          - id: bob
            name: Bob Baker
          - id: "2024"
            name: A numeric id
        sources:
          - id: ann-2015
            author: ann
            title: Ann's first essay
            date: 2015-03
            url: https://example.org/ann
          - id: ann-2021
            author: ann
            title: Ann's second essay
            venue: A journal
            date: 2021-06-01
            text: ann-2021.txt
          - id: joint
            authors: [bob, "2024"]
            title: A joint paper
            date: 2019
        """,
    "claims.yaml": """\
        claims:
          - id: motion
            text: The two states will form an alliance.
            motion: true
            tags: [alliance, "x, y"]
            denied_by:
              - author: bob
                quote: no alliance is coming
                source: joint
                note: read as a flat denial
          - id: shared-threat
            text: "Both states face the same rival: *one* rival."
            strength: 0.8
            note: a claim note
            held_by:
              - author: ann
                quote: they face one rival
                source: ann-2015
            supports:
              - {claim: motion, note: "the rival is the reason"}
          - id: weak-trade
            text: Trade between them is thin.
            held_by:
              - author: ann
                quote: trade is thin
                source: ann-2021
              - author: "2024"
                quote: thin trade
            rebuts: [motion]
          - id: open-question
            text: Nobody holds this and it bears on nothing, but it is no motion.
            motion: false
        """,
}


def snapshot(argmap: ArgMap) -> dict[str, Any]:
    """Everything a map says, without where it was read from."""
    return {
        "authors": sorted((a.id, a.name, a.affiliation) for a in argmap.authors),
        "sources": sorted(
            (s.id, s.authors, s.title, s.venue, s.date, s.url, s.text) for s in argmap.sources
        ),
        "claims": sorted(
            (
                c.id,
                c.text,
                c.tags,
                c.strength,
                c.note,
                c.is_motion,
                sorted((s.author, str(s.side), s.quote, s.source, s.note) for s in c.stances),
                sorted((e.target, str(e.kind), e.note) for e in c.edges),
            )
            for c in argmap.claims
        ),
    }


@pytest.fixture(params=["small", "bundled"])
def original(request: pytest.FixtureRequest, write_map: Callable[..., Path]) -> Path:
    return write_map(ROUND_TRIP_MAP) if request.param == "small" else BUNDLED_MAP


@pytest.mark.parametrize(
    ("export", "suffix"), [("json", "json"), ("graphml", "graphml"), ("aif", "json")]
)
def test_export_then_import_gives_the_same_map(
    run: Callable[..., Any], tmp_path: Path, original: Path, export: str, suffix: str
) -> None:
    exported = tmp_path / f"map.{suffix}"
    assert run("--map", original, "export", export, "-o", exported).exit_code == 0
    copy = tmp_path / "copy"
    result = run("import", export, exported, "-o", copy)
    assert result.exit_code == 0, result.output
    assert "0 import warnings; check: 0 errors" in result.stderr
    assert snapshot(load_map(copy, use_cache=False)) == snapshot(
        load_map(original, use_cache=False)
    )
    # Dates came along, so the date filters see the same stances.
    for since in ("2016", "2020"):
        args = ("matrix", "--since", since, "--format", "json")
        assert run("--map", copy, *args).stdout == run("--map", original, *args).stdout


def test_aif_extension_holds_what_aif_cannot(
    run: Callable[..., Any], write_map: Callable[..., Path]
) -> None:
    document = json.loads(run("--map", write_map(ROUND_TRIP_MAP), "export", "aif").stdout)
    extension = document["argmap"]
    assert (extension["format"], extension["version"]) == ("argmap-aif-extension", 1)
    assert extension["claims"]["shared-threat"] == {"base_strength": 0.8, "note": "a claim note"}
    assert extension["claims"]["motion"]["motion"] is True
    assert list(extension["relations"].values()) == [{"note": "the rival is the reason"}]
    assert list(extension["locutions"].values()) == [{"note": "read as a flat denial"}]
    assert [s["id"] for s in extension["sources"]] == ["ann-2015", "ann-2021", "joint"]


def test_strength_means_the_computed_strength_in_show_and_evaluate(
    run_json: Callable[..., Any], small_map: Path
) -> None:
    shown = run_json("--map", small_map, "show", "weak-trade")
    evaluated = run_json("--map", small_map, "evaluate", "--semantics", "dfquad")
    assert shown["strength"] == pytest.approx(evaluated["strength"]["weak-trade"], abs=1e-6)
    assert shown["strength"] == shown["dfquad"]
    assert shown["base_strength"] == evaluated["base_strength"]["weak-trade"] == 0.5
    assert evaluated["base"] == evaluated["base_strength"]
