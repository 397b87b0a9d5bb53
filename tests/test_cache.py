"""The cache of parsed map files: used when nothing changed, never a stale or broken answer."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path

import msgspec
import pytest
from click.testing import Result

from argmap.cli.progress import LoadBar
from argmap.load import MapPart, load_map, parallel
from argmap.load.cache import MAGIC, PartCache, cache_dir, file_key, read_entry
from argmap.load.convert import parse_map_bytes
from argmap.model import ArgMap

MAP = {
    "people.yaml": """\
        authors:
          - id: ann
            name: Ann Archer
          - id: bob
            name: Bob Baker
        """,
    "claims/one.yaml": """\
        claims:
          - id: motion
            text: The two states will form an alliance.
            denied_by:
              - author: bob
                quote: no alliance is coming
          - id: shared-threat
            text: Both states face the same rival.
            held_by:
              - author: ann
                quote: they face one rival
            supports: [motion]
        """,
    "claims/two.yaml": """\
        claims:
          - id: weak-trade
            text: Trade between them is thin.
            held_by:
              - author: bob
                quote: trade is thin
            rebuts: [motion]
        """,
}


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the files parsed from YAML (not taken from the cache), in order."""
    names: list[str] = []
    real = parse_map_bytes

    def spy(raw: bytes, name: str) -> MapPart:
        names.append(Path(name).name)
        return real(raw, name)

    monkeypatch.setattr(parallel, "parse_map_bytes", spy)
    yield names


@pytest.fixture
def root(write_map: Callable[..., Path]) -> Path:
    return write_map(MAP)


def snapshot(argmap: ArgMap) -> list[object]:
    """Everything a map holds, places included, in a comparable form."""
    return [argmap.authors, argmap.sources, argmap.claims, argmap.problems, argmap.files]


def test_a_second_load_comes_from_the_cache_with_every_place(root: Path, parsed: list[str]) -> None:
    first = load_map(root)
    assert sorted(parsed) == ["one.yaml", "people.yaml", "two.yaml"]
    parsed.clear()
    second = load_map(root)
    assert parsed == []
    assert snapshot(second) == snapshot(first)
    stance = second.claim_by_id["shared-threat"].stances[0]
    assert (Path(stance.loc.file).name, stance.loc.line, stance.author_loc.column) == (
        "one.yaml",
        10,
        17,
    )
    edge = second.claim_by_id["weak-trade"].edges[0]
    assert (edge.loc.line, edge.loc.column) == (7, 14)


def test_an_edited_file_is_read_again_alone_even_with_its_old_size_and_time(
    root: Path, parsed: list[str]
) -> None:
    load_map(root)
    parsed.clear()
    two = root / "claims" / "two.yaml"
    before = two.stat()
    two.write_text(two.read_text().replace("Trade", "Trust"))  # same size
    os.utime(two, ns=(before.st_atime_ns, before.st_mtime_ns))  # same modification time
    argmap = load_map(root)
    assert parsed == ["two.yaml"]
    assert argmap.claim_by_id["weak-trade"].text == "Trust between them is thin."


def test_added_and_removed_files_are_seen(root: Path, parsed: list[str]) -> None:
    load_map(root)
    parsed.clear()
    (root / "claims" / "three.yaml").write_text("claims:\n  - id: extra\n    text: More.\n")
    assert "extra" in load_map(root).claim_by_id
    assert parsed == ["three.yaml"]
    parsed.clear()
    (root / "claims" / "two.yaml").unlink()
    argmap = load_map(root)
    assert parsed == []
    assert sorted(argmap.claim_by_id) == ["extra", "motion", "shared-threat"]


def test_entries_of_files_gone_are_pruned_and_nothing_else_is_touched(
    root: Path, private_cache: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("argmap.load.cache.PRUNE_EVERY", 0)
    assert run("--map", root, "check").exit_code == 0
    assert (private_cache / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")
    # What the cache made (an entry of an older version, a broken one, a killed write's
    # temporary file) goes; what the user keeps there stays, whatever its name.
    own_junk = [f"file-{'0' * 32}.pickle", f"map-{'1' * 32}.msgpack", ".tmp-0123456789abcdef"]
    mine = ["notes.txt", "file-junk.pickle", "data.msgpack", ".x.tmp", "old.tmp"]
    for name in own_junk + mine:
        (private_cache / name).write_bytes(b"not a cache file")
        os.utime(private_cache / name, (0, 0))
    (root / "claims" / "two.yaml").rename(root / "claims" / "three.yaml")
    assert run("--map", root, "check").exit_code == 0
    names = {p.name for p in private_cache.iterdir()}
    assert not names & set(own_junk)
    assert set(mine) <= names
    entries = [private_cache / n for n in names if n.endswith(".msgpack") and n not in mine]
    cache = PartCache(private_cache)
    directory = cache._open()
    assert directory is not None
    assert {
        cache._paths_of(directory, e.name)[0] for e in entries if e.name.startswith("file")
    } == {
        str((root / name).resolve())
        for name in ("people.yaml", "claims/one.yaml", "claims/three.yaml")
    }
    assert len([e for e in entries if e.name.startswith("map")]) == 1


def _break_all(directory: Path, damage: Callable[[bytes], bytes]) -> None:
    entries = list(directory.glob("*.msgpack"))
    assert entries
    for entry in entries:
        entry.write_bytes(damage(entry.read_bytes()))


class _Planted:
    """A pickle that would create a file if it were ever unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def _retyped(data: bytes) -> bytes:
    """The entry with every name and text an integer and every tag list a number: it decodes
    as MessagePack, with the right key, but its fields have the wrong types."""
    entry = read_entry(data)
    assert entry is not None
    value = msgspec.msgpack.decode(entry[1])
    if isinstance(value, dict):
        for author in value.get("authors", []):
            author["name"] = 7
        for claim in value.get("claims", []):
            claim["text"], claim["tags"] = 12, 3
        for diagnostic in value.get("diagnostics", []):
            diagnostic["severity"] = "fine"
    payload = msgspec.msgpack.encode(value)
    return bytes(data[: len(data) - len(entry[1])]) + payload


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"\x00garbage" * 50, id="corrupt"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: pickle.dumps({"claims": []}), id="foreign"),
        pytest.param(lambda data: data.replace(MAGIC, b"argmap-cache\r", 1), id="other-magic"),
        pytest.param(_retyped, id="wrong-field-types"),
        pytest.param(lambda data: data[:-1] + b"\xc1", id="bad-last-byte"),
    ],
)
def test_a_broken_cache_file_is_ignored_and_rebuilt(
    root: Path, private_cache: Path, parsed: list[str], damage: Callable[[bytes], bytes]
) -> None:
    fresh = snapshot(load_map(root, use_cache=False))
    load_map(root)
    _break_all(private_cache, damage)
    parsed.clear()
    assert snapshot(load_map(root)) == fresh
    assert len(parsed) == 3
    parsed.clear()
    load_map(root)
    assert parsed == []  # rebuilt


def test_a_planted_pickle_is_never_run(root: Path, private_cache: Path, tmp_path: Path) -> None:
    fresh = snapshot(load_map(root, use_cache=False))
    load_map(root)
    marker = tmp_path / "ran"
    planted = pickle.dumps(_Planted(marker))
    _break_all(private_cache, lambda data: MAGIC + planted + planted)
    assert snapshot(load_map(root)) == fresh
    assert not marker.exists()


def test_an_entry_made_for_other_content_is_not_used(root: Path, private_cache: Path) -> None:
    one = root / "claims" / "one.yaml"
    raw = one.read_bytes()
    stale = file_key(one, one.stat(), raw + b"# older content\n")
    PartCache(private_cache).put(stale, MapPart())
    assert "motion" in load_map(root).claim_by_id


def test_an_entry_of_another_file_is_not_used(root: Path, private_cache: Path) -> None:
    one, two = root / "claims" / "one.yaml", root / "claims" / "two.yaml"
    other = parse_map_bytes(two.read_bytes(), str(two))
    PartCache(private_cache).put(file_key(one, one.stat(), one.read_bytes()), other)
    assert "motion" in load_map(root).claim_by_id


def test_an_unusable_cache_directory_only_costs_time(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(blocker / "cache"))
    assert snapshot(load_map(root)) == snapshot(load_map(root, use_cache=False))


def test_the_cache_directory_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARGMAP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "argmap"
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_no_cache_reads_the_files_and_writes_nothing(
    root: Path, run: Callable[..., Result], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"  # the `run` fixture's cache directory
    assert run("--map", root, "--no-cache", "stats").exit_code == 0
    assert not cache.exists()
    assert run("--map", root, "stats").exit_code == 0
    entries = list(cache.glob("file-*.msgpack"))
    assert len(entries) == 3
    # Plant a wrong answer under the right key: the cache is believed, --no-cache is not.
    one = root / "claims" / "one.yaml"
    part = parse_map_bytes(one.read_bytes(), str(one))
    part.claims[0].text = "Planted text."
    PartCache(cache).put(file_key(one, one.stat(), one.read_bytes()), part)
    assert "Planted text." in run("--map", root, "show", "motion").stdout
    assert "Planted text." not in run("--map", root, "--no-cache", "show", "motion").stdout


def test_diagnostics_are_the_same_from_the_cache(
    write_map: Callable[..., Path], run: Callable[..., Result]
) -> None:
    root = write_map(
        {
            "a.yaml": "authors:\n  - id: ann\n    name: Ann\n    colour: red\n",
            "b.yaml": "claims:\n  - id: x\n    text: X.\n    supports: [y]\n"
            "    held_by: [{author: ann, quote: q}]\n",
        }
    )
    first = run("--map", root, "check")
    second = run("--map", root, "check")
    assert first.exit_code == second.exit_code == 1
    assert first.stdout == second.stdout
    lines = second.stdout.splitlines()
    assert [line.split(": ")[0].rsplit("/", 1)[-1] for line in lines] == [
        "a.yaml:4:5",
        "b.yaml:4:16",
    ]
    assert "[unknown-key]" in lines[0] and "[dangling-ref]" in lines[1]


def test_a_map_fixed_since_is_checked_again(
    write_map: Callable[..., Path], run: Callable[..., Result]
) -> None:
    root = write_map({"b.yaml": "claims:\n  - id: x\n    text: X.\n    supports: [y]\n"})
    assert run("--map", root, "check").exit_code == 1
    (root / "y.yaml").write_text("claims:\n  - id: y\n    text: Y.\n    supports: [x]\n")
    result = run("--map", root, "check")
    assert "dangling-ref" not in result.stdout
    assert "support-cycle" in result.stdout


def test_parsing_in_several_processes_gives_the_same_map(
    root: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sequential = snapshot(load_map(root, use_cache=False))
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "MAX_WORKERS", 3)
    monkeypatch.setattr(parallel, "_cpu_count", lambda: 3)
    parsed.clear()
    assert snapshot(load_map(root)) == sequential
    # Children parse their share out of sight of the spy; this process parses its own.
    assert len(parsed) == 1  # three shares of one file each
    parsed.clear()
    assert snapshot(load_map(root)) == sequential
    assert parsed == []  # the children stored their files in the cache too


def test_a_long_load_shows_progress_only_when_asked(
    root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(LoadBar, "DELAY", 0.0)
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # let rich draw as on a terminal
    load_map(root, progress=None)
    assert capsys.readouterr().err == ""
    calls: list[tuple[int, int]] = []
    load_map(root, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    load_map(root, progress=LoadBar())
    assert "reading map" in capsys.readouterr().err
