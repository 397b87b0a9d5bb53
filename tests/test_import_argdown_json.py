"""`argmap import argdown-json`: statements, arguments, relations and tags from Argdown's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError
from argmap.importers import import_file
from argmap.importers.argdown_json import read

DATA = Path(__file__).parent / "data" / "interchange"


def test_statements_arguments_relations_and_tags() -> None:
    imported = import_file("argdown-json", DATA / "cars.argdown-cli.json")
    claims = imported.argmap.claim_by_id
    assert claims["ban"].text == "Cars should be banned."  # the #cities tag is cut from the text
    assert claims["ban"].tags == ("cities",)
    assert "exhaust-harms-lungs" in claims  # "Untitled 1" gets an id from its text
    assert claims["masks"].text == "Masks would do instead." and claims["masks"].tags == ("weak",)
    assert sorted((e.source, str(e.kind), e.target) for e in imported.argmap.edges()) == [
        ("deliveries", "rebuts", "ban"),
        ("exhaust-harms-lungs", "supports", "ban"),  # premises support the conclusion
        ("freedom", "rebuts", "safety"),  # contrary: both ways
        ("harm-principle", "supports", "ban"),
        ("lungs", "supports", "ban"),  # the argument supports its conclusion
        ("masks", "rebuts", "lungs"),  # undercut kept as a rebuttal, with a warning
        ("pollution", "supports", "ban"),
        ("safety", "rebuts", "freedom"),
        ("safety", "supports", "ban"),
    ]
    assert [w.code for w in imported.warnings] == ["undercut", "unknown-relation"]


def test_not_argdown_json_is_an_error() -> None:
    with pytest.raises(ArgmapError, match="not Argdown JSON"):
        read('{"nodes": []}', "a.json")
    with pytest.raises(ArgmapError, match=r"a\.json:2:"):
        read('{\n"statements": }', "a.json")


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.text(max_size=4),
        st.one_of(
            st.none(),
            st.integers(),
            st.dictionaries(
                st.sampled_from(["members", "tags", "pcs", "relations"]),
                st.one_of(
                    st.none(),
                    st.text(max_size=3),
                    st.lists(
                        st.one_of(
                            st.integers(),
                            st.dictionaries(
                                st.sampled_from(["text", "title", "role", "ranges", "inference"]),
                                st.one_of(st.text(max_size=4), st.integers(), st.none()),
                            ),
                        ),
                        max_size=3,
                    ),
                ),
            ),
        ),
        max_size=4,
    )
)
def test_wrong_types_never_crash(statements: dict) -> None:  # type: ignore[type-arg]
    read(
        json.dumps(
            {"statements": statements, "arguments": statements, "relations": [1, {"from": "x"}]}
        ),
        "a.json",
    )


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_truncated_files_fail_with_a_line(data: st.DataObject) -> None:
    text = (DATA / "cars.argdown-cli.json").read_text()
    cut = data.draw(st.integers(0, len(text) - 2))
    with pytest.raises(ArgmapError) as caught:
        read(text[:cut], "a.json")
    assert caught.value.loc is not None and caught.value.loc.line >= 1
