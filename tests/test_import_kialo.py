"""`argmap import kialo`: Kialo's text export to claims and edges."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError
from argmap.importers import import_file
from argmap.importers.kialo import read

DATA = Path(__file__).parent / "data" / "interchange"


def test_crlf_export_pros_cons_and_cross_references() -> None:
    assert b"\r\n" in (DATA / "cars.txt").read_bytes()
    imported = import_file("kialo", DATA / "cars.txt")
    claims = imported.argmap.claim_by_id
    assert claims["cities-should-ban-cars"].is_motion
    assert claims["cities-should-ban-cars"].note == "Kialo 1.; discussion: Should cities ban cars?"
    # Escaped brackets undone, markdown links kept, a continuation line joined.
    assert claims["cars-pollute-a-lot"].text == "Cars pollute (a lot)."
    assert claims["electric-cars-do-not-pollute-much-https"].text == (
        "Electric cars do not pollute [much](https://example.org/ev)."
    )
    assert (
        claims["exhaust-causes-asthma-this-line"].text
        == "Exhaust causes asthma.\nThis line continues the claim above."
    )
    assert sorted((e.source, str(e.kind), e.target) for e in imported.argmap.edges()) == [
        ("cars-pollute-a-lot", "supports", "cities-should-ban-cars"),
        ("deliveries-need-roads", "rebuts", "cities-should-ban-cars"),
        ("electric-cars-do-not-pollute-much-https", "rebuts", "cars-pollute-a-lot"),
        ("exhaust-causes-asthma-this-line", "supports", "cars-pollute-a-lot"),
        # 1.2.1. Pro: -> See 1.1.2.
        ("exhaust-causes-asthma-this-line", "supports", "deliveries-need-roads"),
    ]
    assert [(w.code, w.loc.line) for w in imported.warnings] == [("dangling-ref", 10)]


def test_a_claim_cannot_be_pro_and_con_of_one_parent() -> None:
    text = "1. T.\n1.1. Pro: A.\n1.2. Con: -> See 1.1.\n"
    imported = read(text, "k.txt")
    assert [(e.source, str(e.kind)) for e in imported.argmap.edges()] == [("a", "supports")]
    assert [(w.code, w.loc.line) for w in imported.warnings] == [("conflicting-edge", 3)]


def test_missing_parent_and_unlabelled_lines_are_reported() -> None:
    text = "1. T.\n1.3.1. Pro: Orphan.\n1.2. Odd.\n"
    imported = read(text, "k.txt")
    assert [(w.code, w.loc.line) for w in imported.warnings] == [
        ("missing-parent", 2),
        ("no-label", 3),
    ]
    assert imported.argmap.edges() == []


def test_no_claims_is_an_error() -> None:
    with pytest.raises(ArgmapError, match="no Kialo claims"):
        read("Discussion Title: empty\n\n", "k.txt")


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_truncated_or_shuffled_exports_import_or_fail_cleanly(data: st.DataObject) -> None:
    lines = (DATA / "cars.txt").read_text(encoding="utf-8").splitlines()
    lines = data.draw(st.permutations(lines))[: data.draw(st.integers(0, len(lines)))]
    try:
        imported = read("\n".join(lines), "k.txt")
    except ArgmapError as error:
        assert error.loc is not None and error.loc.line == 1
        return
    for warning in imported.warnings:
        assert 1 <= warning.loc.line <= len(lines)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="1.ProCn: ->See\n\\()x", max_size=80))
def test_any_text_imports_or_fails_cleanly(text: str) -> None:
    with contextlib.suppress(ArgmapError):
        read(text, "k.txt")
