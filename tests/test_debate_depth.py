"""A brief on the phones map, worked by hand (tests/debate_maps.py): relations in words, answers
at every depth, concessions both ways, common ground, notes, standing, reading times, the
drill's marking, anonymizing and the source paragraphs of cards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from debate_maps import PHONES_MAP, PHONES_TEXTS

from argmap.anonymize import anonymizer_for
from argmap.check import check_map
from argmap.debate import attack_groups, brief
from argmap.debate.cards import with_passages
from argmap.debate.drill import resemblance
from argmap.debate.say import answer_lead, labels
from argmap.debate.standing import ORDER
from argmap.errors import Severity
from argmap.graph import build_graph
from argmap.load import load_map


@pytest.fixture
def phones(write_map: Callable[..., Path]) -> nx.DiGraph:
    argmap = load_map(write_map(PHONES_MAP), use_cache=False)
    assert [d for d in check_map(argmap) if d.severity is Severity.ERROR] == []
    return build_graph(argmap)


@pytest.fixture
def for_brief(phones: nx.DiGraph) -> dict[str, Any]:
    return brief(phones, "phones", "for")


def groups(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {g["id"]: g for g in attack_groups(data)}


def test_case_is_numbered_by_standing(for_brief: dict[str, Any]) -> None:
    assert labels(for_brief) == {
        "distraction": "1",
        "grades": "1.1",
        "survey": "1.1.1",
        "focus": "2",
    }
    assert [g["id"] for g in attack_groups(for_brief)] == ["safety", "cost", "habits", "research"]
    assert for_brief["order"] == ORDER


def test_every_attack_says_what_it_does_to_your_case(
    phones: nx.DiGraph, for_brief: dict[str, Any]
) -> None:
    words = {a["id"]: a["relation_words"] for a in for_brief["attacks"]}
    assert words == {
        "safety": "against the motion: a reason to say it is false",
        "cost": "rebuts your point 1.1",
        "habits": "rebuts your point 1.1.1",
        "research": "rebuts your point 1",
    }
    against = brief(phones, "phones", "against")
    words = {(a["id"], a["target"]): a["relation_words"] for a in against["attacks"]}
    # the claims that support the motion are the other side's, "for the motion", never "against"
    assert words == {
        ("distraction", "phones"): "for the motion: a reason to say it is true",
        ("focus", "phones"): "for the motion: a reason to say it is true",
        ("landline", "rare-events"): "rebuts your point 1.1.1",
    }
    assert {a["relation"] for a in against["attacks"]} == {"supports", "rebuts"}


def test_answers_at_every_depth_labelled(for_brief: dict[str, Any]) -> None:
    found = groups(for_brief)
    assert [(k, g["depth"]) for k, g in found.items()] == [
        ("safety", 3),
        ("cost", None),
        ("habits", 1),
        ("research", 1),
    ]
    safety = found["safety"]
    assert safety["answers"] == [] and safety["denials"] == []
    assert safety["undercuts"] == [{"premise": "rare-events", "depth": 2, "answers": ["landline"]}]
    undercut = {"kind": "undercut", "id": "landline", "premise": "rare-events", "depth": 2}
    assert answer_lead(for_brief, undercut, "safety") == (
        "Undercut (2 levels down): its premise \u201cSchool lockdowns are no longer rare.\u201d "
        "is answered by:"
    )
    assert found["habits"]["denials"] == [{"claim": "habits", "author": "ben"}]
    assert found["research"]["answers"] == ["replication"]
    assert all(g["hint"] is None for k, g in found.items() if k != "cost")


def test_no_answer_at_any_depth_gets_a_hint(phones: nx.DiGraph, for_brief: dict[str, Any]) -> None:
    cost = groups(for_brief)["cost"]
    assert (cost["answers"], cost["undercuts"], cost["denials"]) == ([], [], [])
    assert cost["hint"] == (
        "It cites figures or dates: check which years they are from, and look for newer ones. "
        "Or defend point 1.1 with 1.1.1."
    )
    # dan, who makes the attack, holds point 1.1.1 of the case; ben is on the student's side
    assert cost["turns"] == [{"author": "dan", "claims": ["survey"]}]
    against = groups(brief(phones, "phones", "against"))
    assert against["focus"]["depth"] is None
    assert against["focus"]["hint"] == (
        "Find a source that says otherwise, or show that it does not bear on your case. "
        "Or weigh it against your point 1."
    )
    assert against["distraction"]["answers"] == ["research"]


def test_concessions_are_flagged_both_ways(for_brief: dict[str, Any]) -> None:
    survey = {s["author"]: s for s in for_brief["claims"]["survey"]["held_by"]}
    assert survey["dan"]["verdict"] == "against"
    assert (
        survey["dan"]["concession"] == "a concession from Dan Dray, who argues against the motion"
    )
    assert survey["amy"]["concession"] is None
    cost = {s["author"]: s for s in for_brief["claims"]["cost"]["held_by"]}
    assert cost["ben"]["concession"] == (
        "a concession from Ben Bell, who argues for the motion, as you do"
    )
    assert cost["dan"]["concession"] is None
    # denying the other side's claim is no concession
    assert for_brief["claims"]["habits"]["denied_by"][0]["concession"] is None


def test_common_ground_is_the_motions_bridges(for_brief: dict[str, Any]) -> None:
    # screen-time: amy (for) denies what ben and cat hold; other-topic bears on uniforms only
    assert sorted(for_brief["common_ground"]) == ["cost", "home-ban", "rules"]


def test_notes_that_change_how_a_point_reads(for_brief: dict[str, Any]) -> None:
    claims = for_brief["claims"]
    assert claims["distraction"]["note_shown"] == (
        "Figures from 2019; a 2023 survey found more distraction."
    )
    assert (
        claims["focus"]["note"] == "Both agree on this." and claims["focus"]["note_shown"] is None
    )
    assert claims["grades"]["held_by"][0]["note_shown"] == "Hedged: 'may'."
    research = next(a for a in for_brief["attacks"] if a["id"] == "research")
    assert research["note"] == (
        "The research dates from 2012, before smartphones were common in schools."
    )


def test_standing_in_words_and_reading_times(for_brief: dict[str, Any]) -> None:
    claims = for_brief["claims"]
    assert claims["distraction"]["standing"] == (
        "held by 1 author; backed by 2 claims from 3 authors; attacked once, answered"
    )
    assert claims["grades"]["standing"] == (
        "held by 1 author; backed by 1 claim from 2 authors; attacked once, not answered"
    )
    assert claims["habits"]["standing"] == (
        "held by 1 author; not attacked in the map; denied by 1 author"
    )
    # "Phones distract pupils in class." "Amy 2020" "phones distract pupils": 10 words at
    # 150 a minute is 4 s, rounded up to 5 s
    assert claims["distraction"]["seconds"] == 5
    reading = for_brief["reading"]
    assert reading["wpm"] == 150
    assert reading["case"] == sum(
        claims[c]["seconds"] for c in ("distraction", "grades", "survey", "focus")
    )
    assert reading["answers"] == claims["landline"]["seconds"] + claims["replication"]["seconds"]


def test_drill_says_which_answer_a_typed_one_resembles(for_brief: dict[str, Any]) -> None:
    research = groups(for_brief)["research"]
    found = resemblance(for_brief, research, "bigger studies since then did find an effect")
    assert [a["id"] for a, _ in found] == ["replication"]
    assert resemblance(for_brief, research, "pupils like bananas") == []
    safety = groups(for_brief)["safety"]
    found = resemblance(for_brief, safety, "the office phone can reach parents")
    assert [(a["kind"], a["id"]) for a, _ in found] == [("undercut", "landline")]
    habits = groups(for_brief)["habits"]
    assert [a["kind"] for a, _ in resemblance(for_brief, habits, "habits are not the point")] == [
        "denial"
    ]


def test_anonymized_brief_names_no_author_title_or_venue(
    phones: nx.DiGraph, for_brief: dict[str, Any]
) -> None:
    names = {a.id: a.name for a in phones.graph["authors"].values()}
    anonymizer = anonymizer_for(for_brief, names, phones.graph["sources"])
    text = repr(anonymizer.data(for_brief))
    hidden = ["Archer", "Amy", "Bell", "Cole", "Dray", "Ben ", "Teacher Weekly", "Parents Today"]
    hidden += ["Screens in class", "Focus first", "What bans cost", "amy-2020", "'dan'"]
    for word in hidden:
        assert word not in text, word
    data = anonymizer.data(for_brief)
    stance = data["claims"]["distraction"]["held_by"][0]
    assert stance["citation"] == f"{stance['name']}, source {stance['source'][-1]}, 2020"
    assert stance["cite"] == f"{stance['name']} 2020"
    assert anonymizer.text("As Dray (DAN) wrote in What bans cost") == (
        f"As {anonymizer.labels['dan']} ({anonymizer.labels['dan']}) wrote in source "
        f"{anonymizer.numbers['dan-2022']}"
    )


def test_cards_take_the_paragraph_around_each_quote(for_brief: dict[str, Any]) -> None:
    texts = {f"{s}": PHONES_TEXTS[f"{s.split('-')[0]}.txt"] for s in for_brief_sources(for_brief)}
    carded = with_passages(for_brief, texts)
    habits = carded["claims"]["habits"]["held_by"][0]["passage"]
    assert habits["quote"] == "home habits matter more \u2014 far more"  # the source's own dash
    assert habits["before"].endswith("So phones should stay in pockets. I hold that ")
    assert habits["after"].startswith(" than any rule in class")
    assert habits["line"] == 3
    survey = {s["author"]: s for s in carded["claims"]["survey"]["held_by"]}
    assert survey["dan"]["passage"] is None  # "Teachers do report disruption": not the quote
    assert survey["amy"]["passage"]["quote"] == "teachers report daily disruption"
    assert "passage" not in for_brief["claims"]["habits"]["held_by"][0]  # the brief is a copy


def for_brief_sources(data: dict[str, Any]) -> set[str]:
    return {s["source"] for e in data["claims"].values() for s in e["held_by"] + e["denied_by"]}


def test_hint_names_a_premise_to_rebut_unless_ones_own_side_holds_it(phones: nx.DiGraph) -> None:
    from argmap.debate.answers import hint

    numbers = {"distraction": "1", "focus": "2"}
    said = hint(phones, {"id": "safety"}, ["phones"], numbers, {})
    assert said == (
        "Rebut what it rests on: \u201cEmergencies happen during the school day\u201d. "
        "Or weigh it against your points 1 and 2."
    )
    # cat holds emergencies: for a student on cat's side it is no premise to rebut
    said = hint(phones, {"id": "safety"}, ["phones"], numbers, {}, allies={"cat"})
    assert said.startswith("Find a source that says otherwise")
