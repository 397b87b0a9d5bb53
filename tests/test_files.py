"""Atomic writes: the whole file or the old one, with the mode a plain write would give; JSON
written as json.dumps writes it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.files import dump_json, write_atomic
from argmap.wording import escaped


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    write_atomic(target, "new \u2014 text")
    assert target.read_text(encoding="utf-8") == "new \u2014 text"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_new_file_gets_the_umask_mode_not_a_private_one(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.svg", b"<svg/>")
    finally:
        os.umask(old)
    assert (tmp_path / "new.svg").stat().st_mode & 0o777 == 0o644


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "script.sh"
    target.write_text("old")
    target.chmod(0o750)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o750


# Every kind of value json writes, nested, with keys of every kind it accepts.
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)
_keys = st.text(max_size=8) | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none()
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)


@given(_values, st.booleans())
def test_dump_json_writes_what_json_dumps_writes(value: object, sort_keys: bool) -> None:
    assert dump_json(value, sort_keys=sort_keys) == escaped(
        json.dumps(value, indent=2, ensure_ascii=False, sort_keys=sort_keys) + "\n"
    )


@given(st.dictionaries(_keys, _scalars, max_size=6))
def test_dump_json_writes_keys_as_json_does(value: dict[object, object]) -> None:
    assert dump_json(value) == escaped(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def test_dump_json_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError):
        dump_json({"a": object()})
    with pytest.raises(TypeError):
        dump_json({(1, 2): 1})
