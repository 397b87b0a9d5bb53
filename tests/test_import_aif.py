"""`argmap import aif`: claims, edges, speakers and stances from hand-made AIF files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError
from argmap.importers import import_file
from argmap.importers.aif import read

DATA = Path(__file__).parent / "data" / "interchange"


def edges(imported):  # type: ignore[no-untyped-def]
    return sorted((e.source, str(e.kind), e.target) for e in imported.argmap.edges())


def test_ra_premises_support_and_ca_rebuts() -> None:
    imported = import_file("aif", DATA / "minified.json")
    assert edges(imported) == [
        ("bans-do-not-work", "rebuts", "smoking-should-be-banned"),
        ("smoking-causes-cancer", "supports", "smoking-should-be-banned"),
        ("smoking-harms-bystanders", "supports", "smoking-should-be-banned"),
    ]
    assert imported.argmap.authors == [] and imported.warnings == []


def test_dialogue_speakers_become_authors_with_quotes() -> None:
    imported = import_file("aif", DATA / "dialogue.json")
    stances = sorted((s.claim, s.author, str(s.side), s.quote) for s in imported.argmap.stances())
    assert stances == [
        # L 20 is listed twice in locutions; it counts once.
        ("growth-would-suffer", "bob-baker", "holds", "growth would suffer"),
        # No L-YA-I anchor: the reply that argues for node 3 (L 25) states the premise.
        ("jobs-will-be-lost", "bob-baker", "holds", "jobs will go"),
        ("schools-need-money", "ann-archer", "holds", "our schools need money"),
        ("taxes-should-rise", "ann-archer", "holds", "taxes must go up"),
        # "that is wrong" has no "Name :" prefix: personID 12 is named from L 22.
        ("taxes-should-rise", "bob-baker", "denies", "that is wrong"),
    ]
    assert [(a.id, a.name) for a in imported.argmap.authors] == [
        ("ann-archer", "Ann Archer"),
        ("bob-baker", "Bob Baker"),
    ]


def test_undercut_question_and_rephrase_are_reported_or_noted() -> None:
    imported = import_file("aif", DATA / "dialogue.json")
    codes = [(w.code, w.message.split(" ")[1]) for w in imported.warnings]
    assert ("undercut", "52") in codes and ("not-a-stance", "33") in codes
    claims = imported.argmap.claim_by_id
    assert (
        claims["rising-taxes-is-necessary"].note == "Rephrases 'taxes-should-rise' (AIF node 53)."
    )
    assert edges(imported) == [
        ("growth-would-suffer", "rebuts", "taxes-should-rise"),
        ("jobs-will-be-lost", "supports", "growth-would-suffer"),
        ("schools-need-money", "supports", "taxes-should-rise"),
    ]


def test_holds_and_denies_keeps_the_first_and_warns() -> None:
    doc = {
        "nodes": [
            {"nodeID": "1", "type": "I", "text": "X."},
            {"nodeID": "2", "type": "L", "text": "Ann : yes"},
            {"nodeID": "3", "type": "YA", "text": "Asserting"},
            {"nodeID": "4", "type": "L", "text": "Ann : no"},
            {"nodeID": "5", "type": "YA", "text": "Disagreeing"},
        ],
        "edges": [
            {"fromID": "2", "toID": "3"},
            {"fromID": "3", "toID": "1"},
            {"fromID": "4", "toID": "5"},
            {"fromID": "5", "toID": "1"},
        ],
    }
    imported = read(json.dumps(doc), "x.json")
    assert [(s.author, str(s.side)) for s in imported.argmap.stances()] == [("ann", "holds")]
    assert [w.code for w in imported.warnings] == ["conflicting-stance"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"nodes": [', "x.json:1:"),
        ("[1, 2]", "not an AIF document"),
        ('{"nodes": {}}', "not an AIF document"),
    ],
)
def test_unreadable_input_is_an_error_with_its_place(text: str, fragment: str) -> None:
    with pytest.raises(ArgmapError) as caught:
        read(text, "x.json")
    assert fragment in str(caught.value)


def test_damaged_nodes_and_edges_are_named_in_warnings() -> None:
    doc = {
        "nodes": [{"nodeID": "1", "type": "I", "text": "A."}, 7, {"type": "I"}],
        "edges": [{"fromID": "1", "toID": "9"}],
    }
    warnings = [w.message for w in read(json.dumps(doc), "x.json").warnings]
    assert warnings[0].startswith("nodes[1]") and warnings[1].startswith("nodes[2]")
    assert "unknown node 9" in warnings[2]


_values = st.one_of(
    st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2)
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["nodeID", "type", "text", "scheme"]),
            _values | st.sampled_from(["I", "RA", "CA", "L", "YA", "TA", "MA", "1", "2"]),
        ),
        max_size=8,
    ),
    st.lists(
        st.dictionaries(
            st.sampled_from(["fromID", "toID"]), st.sampled_from(["1", "2", "3"]) | _values
        ),
        max_size=8,
    ),
    st.one_of(
        st.none(),
        st.lists(st.dictionaries(st.sampled_from(["nodeID", "personID"]), _values), max_size=3),
    ),
)
def test_wrong_types_never_crash(nodes: list, edges_: list, locutions: object) -> None:  # type: ignore[type-arg]
    doc = {"nodes": nodes, "edges": edges_, "locutions": locutions}
    read(json.dumps(doc), "x.json")


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_truncated_or_shuffled_files_give_a_map_or_a_placed_error(data: st.DataObject) -> None:
    lines = (DATA / "dialogue.json").read_text().splitlines()
    if data.draw(st.booleans()):
        lines = lines[: data.draw(st.integers(0, len(lines)))]
    else:
        lines = data.draw(st.permutations(lines))
    try:
        read("\n".join(lines), "x.json")
    except ArgmapError as error:
        assert error.loc is not None and error.loc.file == "x.json"
