"""The loader: places of everything, and files that cannot be read as maps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.errors import ArgmapError
from argmap.load import load_map
from argmap.model import EdgeKind, Side


def codes(root: Path) -> list[tuple[str, int, int, str]]:
    return [
        (Path(d.loc.file).name, d.loc.line, d.loc.column, d.code) for d in load_map(root).problems
    ]


def test_every_object_remembers_its_file_line_and_column(small_map: Path) -> None:
    argmap = load_map(small_map, use_cache=False)
    bob = argmap.author_by_id["bob"]
    assert (Path(bob.loc.file).name, bob.loc.line, bob.loc.column) == ("people.yaml", 4, 5)
    motion = argmap.claim_by_id["motion"]
    assert (motion.loc.line, motion.loc.column) == (2, 5)
    stance = motion.stances[0]
    assert (stance.side, stance.author, stance.loc.line, stance.author_loc.column) == (
        Side.DENIES,
        "bob",
        6,
        17,
    )
    edge = argmap.claim_by_id["weak-trade"].edges[0]
    assert (edge.kind, edge.target, edge.loc.line, edge.loc.column) == (
        EdgeKind.REBUTS,
        "motion",
        21,
        14,
    )
    assert argmap.source_by_id["bob-2021"].date == "2021-05"


def test_files_are_found_recursively_in_both_suffixes(write_map: Callable[..., Path]) -> None:
    root = write_map(
        {
            "a/one.yml": "authors: [{id: ann, name: Ann}]\n",
            "b/c/two.yaml": "authors: [{id: bob, name: Bob}]\n",
            "notes.txt": "authors: [{id: eve, name: Eve}]\n",
        }
    )
    assert [a.id for a in load_map(root).authors] == ["ann", "bob"]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "nowhere", "does not exist"),
        (lambda p: (p / "file.yaml").write_text("a: 1") and p / "file.yaml", "is not a directory"),
        (lambda p: p, "no map files"),
    ],
)
def test_a_missing_or_empty_map_is_an_error(
    tmp_path: Path, setup: Callable[[Path], Path], message: str
) -> None:
    with pytest.raises(ArgmapError, match=message):
        load_map(setup(tmp_path))


def test_a_file_that_is_not_utf8_is_named_with_the_bad_byte(tmp_path: Path) -> None:
    (tmp_path / "latin1.yaml").write_bytes("claims:\n  - id: caf\xe9\n".encode("latin-1"))
    assert codes(tmp_path) == [("latin1.yaml", 2, 12, "not-utf8")]


def test_billion_laughs_is_refused_before_it_grows(tmp_path: Path) -> None:
    lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (tmp_path / "laughs.yaml").write_text("\n".join(lines) + "\n")
    assert codes(tmp_path) == [("laughs.yaml", 1, 5, "yaml-alias")]


def test_python_tags_are_refused_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (tmp_path / "evil.yaml").write_text(
        f"claims: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    assert codes(tmp_path) == [("evil.yaml", 1, 9, "yaml-tag")]
    assert not marker.exists()


def test_a_very_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing read
    assert codes(tmp_path) == [("big.yaml", 0, 0, "file-too-large")]


def test_a_bad_file_does_not_hide_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("authors: [{id: ann, name: Ann}]\n")
    (tmp_path / "b.yaml").write_text("authors: [\n")
    argmap = load_map(tmp_path)
    assert [a.id for a in argmap.authors] == ["ann"]
    assert [d.code for d in argmap.problems] == ["yaml-syntax"]


def test_the_pure_python_loader_gives_the_same_map(
    small_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argmap.load import yamlread

    fast = load_map(small_map, use_cache=False)
    assert yamlread._Loader is yamlread.FastLoader
    monkeypatch.setattr(yamlread, "_Loader", yamlread.PureLoader)
    slow = load_map(small_map, use_cache=False)
    assert (
        slow.claims == fast.claims and slow.authors == fast.authors and slow.sources == fast.sources
    )
