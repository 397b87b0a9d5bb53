"""Properties of the loader over generated input (hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.check import check_map
from argmap.load import load_map
from argmap.load.scalars import dump_yaml
from argmap.model import Claim, EdgeKind, Side

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load_text(text: str) -> tuple[object, int]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "map.yaml").write_text(text, encoding="utf-8")
        argmap = load_map(tmp, use_cache=False)
        return argmap, text.count("\n") + 1


yaml_ish = st.lists(
    st.sampled_from(list("abc-:[]{}!&*#'\"\n ,|>?%@`\\\t") + ["claims", "id", "text", "\u00e9"]),
    max_size=60,
).map("".join)


@SETTINGS
@given(st.one_of(st.text(max_size=200), yaml_ish))
def test_any_text_loads_or_becomes_diagnostics_never_an_exception(text: str) -> None:
    argmap, lines = load_text(text)
    for diagnostic in check_map(argmap):  # type: ignore[arg-type]
        assert 0 <= diagnostic.loc.line <= lines + 1
        assert diagnostic.code and diagnostic.message


ids = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(str.strip)


@st.composite
def generated_maps(draw: st.DrawFn) -> dict[str, list[dict[str, object]]]:
    author_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    claim_ids = draw(st.lists(ids, min_size=1, max_size=8, unique=True))
    claims = []
    for claim_id in claim_ids:
        others = [c for c in claim_ids if c != claim_id]
        targets = draw(st.lists(st.sampled_from(others), unique=True, max_size=3)) if others else []
        split = draw(st.integers(0, len(targets)))
        stance_authors = draw(st.lists(st.sampled_from(author_ids), unique=True, max_size=3))
        held = draw(st.integers(0, len(stance_authors)))
        claim: dict[str, object] = {"id": claim_id, "text": draw(texts)}
        if stance_authors[:held]:
            claim["held_by"] = [{"author": a, "quote": draw(texts)} for a in stance_authors[:held]]
        if stance_authors[held:]:
            claim["denied_by"] = [
                {"author": a, "quote": draw(texts)} for a in stance_authors[held:]
            ]
        if targets[:split]:
            claim["supports"] = targets[:split]
        if targets[split:]:
            claim["rebuts"] = targets[split:]
        claims.append(claim)
    return {"authors": [{"id": a, "name": draw(texts)} for a in author_ids], "claims": claims}


def as_data(claim: Claim) -> dict[str, object]:
    """A loaded claim in the shape it was written in."""
    data: dict[str, object] = {"id": claim.id, "text": claim.text}
    for key, side in (("held_by", Side.HOLDS), ("denied_by", Side.DENIES)):
        stances = [{"author": s.author, "quote": s.quote} for s in claim.stances if s.side is side]
        if stances:
            data[key] = stances
    for kind in EdgeKind:
        targets = [e.target for e in claim.edges if e.kind is kind]
        if targets:
            data[str(kind)] = targets
    return data


@SETTINGS
@given(generated_maps())
def test_a_generated_map_written_out_loads_back_the_same(
    data: dict[str, list[dict[str, object]]],
) -> None:
    argmap, _ = load_text(dump_yaml(data))
    assert argmap.problems == []  # type: ignore[attr-defined]
    loaded = {c.id: as_data(c) for c in argmap.claims}  # type: ignore[attr-defined]
    assert loaded == {c["id"]: c for c in data["claims"]}
    assert [(a.id, a.name) for a in argmap.authors] == [
        (a["id"], a["name"]) for a in data["authors"]
    ]  # type: ignore[attr-defined]
