"""The cache's directory: only one nobody else can write to, only names the cache makes, never a
link followed or a pipe waited on."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from unprivileged import give_away, run_argmap

from argmap.load import load_map
from argmap.load.cache import PartCache, file_key
from argmap.load.cachedir import TAG

BROKEN = {
    "a.yaml": "claims:\n  - id: x\n    text: X.\n    supports: [nowhere]\n",
    "b.yaml": "claims:\n  - id: y\n    text: Y.\n    rebuts: [x, elsewhere]\n",
}


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """The cache directory the `run` fixture uses."""
    return tmp_path / "cache"


def _plant_ok(root: Path, cache: Path) -> None:
    """Plant, under the right key, a diagnostics entry that says the map has no problem."""
    files = sorted(root.rglob("*.yaml"))
    keys = tuple(file_key(f, f.stat(), f.read_bytes()).content() for f in files)
    scope = "check\0" + str(root.resolve())
    PartCache(cache).put_diagnostics(scope, keys, [str(f) for f in files], [])


def test_a_new_cache_directory_is_private_and_marked(
    write_map: Callable[..., Path], run: Callable[..., Result], cache: Path
) -> None:
    root = write_map(BROKEN)
    assert run("--map", root, "check").exit_code == 1
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert (cache / TAG).is_file()
    entries = list(cache.glob("*.msgpack"))
    assert len(entries) == 3  # two files and the map's diagnostics
    assert all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries)


def test_a_cache_directory_others_can_write_to_is_not_used(
    write_map: Callable[..., Path], run: Callable[..., Result], cache: Path
) -> None:
    root = write_map(BROKEN)
    assert run("--map", root, "check").exit_code == 1
    # An entry that says the map is fine, under the right key, is believed in a directory
    # only its owner can write to...
    _plant_ok(root, cache)
    assert run("--map", root, "check").exit_code == 0
    # ...and not where another local user could have planted it.
    os.chmod(cache, 0o777)
    result = run("--map", root, "check")
    assert result.exit_code == 1
    assert result.stdout.count("[dangling-ref]") == 2
    assert result.stderr.count("warning: not using the cache") == 1
    assert "is writable by other users" in result.stderr


def test_a_cache_directory_of_another_user_is_not_used(
    write_map: Callable[..., Path], tmp_path: Path
) -> None:
    root = write_map(BROKEN)
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o755)
    (theirs / TAG).write_text("Signature: 8a477f597d28d172789f06886806bc55\n")
    if os.geteuid() != 0:
        theirs = Path("/usr")  # root's, as a directory of another user's
    result = run_argmap("--map", root, "check", env={"ARGMAP_CACHE_DIR": str(theirs)})
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("[dangling-ref]") == 2
    assert result.stderr.count("warning: not using the cache") == 1
    assert "belongs to another user" in result.stderr
    assert not list(theirs.glob("*.msgpack"))


def test_a_directory_holding_other_files_is_left_alone(
    write_map: Callable[..., Path], run: Callable[..., Result], cache: Path
) -> None:
    root = write_map(BROKEN)
    cache.mkdir(mode=0o700)
    (cache / "thesis.tex").write_text("mine")
    (cache / "file-junk.pickle").write_text("mine too")
    result = run("--map", root, "check")
    assert result.exit_code == 1
    assert "holds files argmap did not make (file-junk.pickle, thesis.tex)" in result.stderr
    assert sorted(p.name for p in cache.iterdir()) == ["file-junk.pickle", "thesis.tex"]


def test_a_directory_of_older_entries_is_taken_over(
    write_map: Callable[..., Path], run: Callable[..., Result], cache: Path
) -> None:
    root = write_map(BROKEN)
    cache.mkdir(mode=0o700)
    (cache / f"file-{'a' * 32}.pickle").write_bytes(b"an entry of an older argmap")
    (cache / f".map-{'b' * 32}.pickle.x8_k2p1q.tmp").write_bytes(b"its killed write")
    (cache / ".pruned").touch()
    result = run("--map", root, "check")
    assert "warning:" not in result.stderr
    assert (cache / TAG).is_file()
    assert len(list(cache.glob("*.msgpack"))) == 3


def test_links_in_the_cache_are_never_followed(
    write_map: Callable[..., Path],
    run: Callable[..., Result],
    cache: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = write_map(BROKEN)
    assert run("--map", root, "check").exit_code == 1
    # Each entry becomes a link to a copy of an entry that says the map is fine.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _plant_ok(root, cache)
    for entry in cache.glob("*.msgpack"):
        copy = elsewhere / entry.name
        entry.rename(copy)
        entry.symlink_to(copy)
    victim = tmp_path / "victim"
    (cache / ".pruned").unlink()
    (cache / ".pruned").symlink_to(victim)
    monkeypatch.setattr("argmap.load.cache.PRUNE_EVERY", 0)
    (root / "c.yaml").write_text("claims:\n  - {id: z, text: Z.}\n")  # a parse, then a prune
    result = run("--map", root, "check")
    assert result.exit_code == 1
    assert result.stdout.count("[dangling-ref]") == 2
    assert not victim.exists()
    assert all(p.is_file() for p in elsewhere.iterdir())  # the links' targets are untouched


def test_a_named_pipe_in_the_cache_is_skipped_not_waited_on(
    write_map: Callable[..., Path], run: Callable[..., Result], cache: Path
) -> None:
    root = write_map(BROKEN)
    assert run("--map", root, "check").exit_code == 1
    pipes = list(cache.glob("*.msgpack"))
    for entry in pipes:
        entry.unlink()
        os.mkfifo(entry, 0o600)
    give_away(cache)
    for entry in [*pipes, cache / TAG]:
        if entry.exists():
            give_away(entry)
    result = run_argmap("--map", root, "check", env={"ARGMAP_CACHE_DIR": str(cache)}, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("[dangling-ref]") == 2


def test_a_relative_and_an_absolute_map_share_the_diagnostics(
    write_map: Callable[..., Path],
    run: Callable[..., Result],
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = write_map(
        {
            **BROKEN,
            "c.yaml": "claims:\n  - id: x\n    text: X again.\n",  # first defined in a.yaml
        }
    )
    monkeypatch.chdir(root.parent)
    relative = run("--map", root.name, "check")
    entries = {p.name: p.stat().st_mtime_ns for p in cache.glob("map-*.msgpack")}
    absolute = run("--map", root, "check")
    assert {p.name: p.stat().st_mtime_ns for p in cache.glob("map-*.msgpack")} == entries
    assert relative.stdout.replace(f"{root.name}/", f"{root}/") == absolute.stdout
    assert f"first defined at {root}/a.yaml:2:5" in absolute.stdout
    assert "first defined at map/a.yaml:2:5" in relative.stdout


def test_the_parallel_parse_sends_data_only(
    write_map: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    from argmap.load import parallel

    root = write_map({f"f{i}.yaml": f"claims:\n  - {{id: c{i}, text: C{i}.}}\n" for i in range(6)})
    sequential = load_map(root, use_cache=False)
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "_cpu_count", lambda: 3)

    def no_pickle(*args: object, **kwargs: object) -> None:
        raise AssertionError("pickle used")

    for name in ("Pickler", "Unpickler", "dumps", "loads"):
        monkeypatch.setattr(pickle, name, no_pickle)
    parsed: list[str] = []
    real = parallel.parse_map_bytes

    def spy(raw: bytes, name: str) -> object:
        parsed.append(name)
        return real(raw, name)

    monkeypatch.setattr(parallel, "parse_map_bytes", spy)
    assert load_map(root, use_cache=False).claims == sequential.claims
    assert len(parsed) == 2  # this process's share: the children sent theirs back
