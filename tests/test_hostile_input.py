"""Input that would hang argmap or grow its work faster than the input: refused in one line at
its place, or handled in time linear in its size."""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from click.testing import Result

from argmap.export import html as html_export
from argmap.outline import map_outline


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "p af 10000000\n1 2\n2 3\n",
            "af.af:1: the header declares 10,000,000 arguments but the attacks name only 3 of "
            "them: is the count wrong, or the file cut short?",
            id="header-past-the-body",
        ),
        pytest.param("", "af.af:1: the framework file is empty: it names no argument", id="empty"),
        pytest.param(
            "# a comment and nothing else\n\n",
            "af.af:1: the framework file is empty: it names no argument",
            id="comments-only",
        ),
        pytest.param(
            "p af 2\n" + "9" * 5000 + " 1\n",
            "af.af:2: attack '" + "9" * 59 + "…' names an argument outside 1..2",
            id="number-past-int-limit",
        ),
        pytest.param(
            "p af " + "9" * 5000 + "\n",
            "af.af:1: bad header 'p af " + "9" * 54 + "…': expected 'p af N'",
            id="count-past-int-limit",
        ),
        pytest.param(
            "p af 2\n\u00b2 1\n",
            "af.af:2: bad attack line '\u00b2 1': expected two argument numbers 'i j'",
            id="superscript-digit",
        ),
    ],
)
def test_a_bad_framework_file_is_one_error_at_its_place_quickly(
    run: Callable[..., Result], tmp_path: Path, text: str, message: str
) -> None:
    af = tmp_path / "af.af"
    af.write_text(text, encoding="utf-8")
    started = time.monotonic()
    result = run("evaluate", "--af", af)
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path}/{message}"


def test_a_framework_may_declare_a_few_unattacked_arguments(
    run_json: Callable[..., dict[str, object]], tmp_path: Path
) -> None:
    af = tmp_path / "af.af"
    af.write_text("p af 5\n1 2\n", encoding="utf-8")
    assert run_json("evaluate", "--af", af)["labels"] == {
        "1": "in",
        "2": "out",
        "3": "in",
        "4": "in",
        "5": "in",
    }
    af.write_text("p af 0\n", encoding="utf-8")
    assert run_json("evaluate", "--af", af)["labels"] == {}


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["evaluate", "--af", "{pipe}"], id="evaluate"),
        pytest.param(["import", "kialo", "{pipe}", "-o", "{out}"], id="import"),
        pytest.param(["quote", "some words", "--in", "{pipe}"], id="quote"),
    ],
)
def test_a_named_pipe_is_refused_not_waited_on(
    run: Callable[..., Result], tmp_path: Path, args: list[str]
) -> None:
    pipe = tmp_path / "input.af"
    os.mkfifo(pipe)
    filled = [a.format(pipe=pipe, out=tmp_path / "out") for a in args]
    result = run(*filled)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "named pipe" in lines[0], lines


def _wide_map(claims: int) -> nx.DiGraph:
    """Many roots sharing a long chain of reasons: a walk per root would be quadratic."""
    graph = nx.DiGraph()
    for k in range(claims):
        graph.add_node(f"c{k}", text=f"Claim {k}.", held_by=[], denied_by=[])
    for k in range(1, claims // 2):
        graph.add_edge(f"c{k}", f"c{k - 1}", kind="supports")
    for k in range(claims // 2, claims):
        graph.add_edge("c0", f"c{k}", kind="rebuts")  # each of these is a root above c0
    return graph


def test_the_outline_of_a_map_walks_each_reason_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graph = _wide_map(4000)
    calls = 0
    real = nx.DiGraph.predecessors

    def counted(self: nx.DiGraph, node: str) -> object:
        nonlocal calls
        calls += 1
        return real(self, node)

    monkeypatch.setattr(nx.DiGraph, "predecessors", counted)
    trees = map_outline(graph)
    assert len(trees) == 2000
    assert calls <= 3 * graph.number_of_nodes()


def test_a_page_of_a_large_map_has_the_outline_and_no_diagram(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_graphviz(*args: object) -> bytes:
        raise AssertionError("Graphviz was run on a map too large to draw")

    monkeypatch.setattr("argmap.export.render.run_dot", no_graphviz)
    graph = _wide_map(html_export.DIAGRAM_LIMIT + 1)
    page = html_export.export(graph)
    assert all(f">{node}</span>" in page for node in graph.nodes)
    [warning] = html_export.limit_warnings(page)
    assert warning.startswith("the page has no diagram: 501 claims are more than the 500")


_AFTER = "  - id: after\n    text: After.\n    supports: [nowhere]\n"


@pytest.mark.parametrize(
    ("value", "place", "words"),
    [
        pytest.param('"A\x00B"', "3:13", "character U+0000 (NUL) is not allowed", id="nul"),
        pytest.param("{a: " * 50_000 + "1" + "}" * 50_000, "3:", "nesting depth", id="50000-deep"),
        pytest.param("[" * 200 + "]" * 200, "3:", "nested more than 50 levels deep", id="200-deep"),
        pytest.param("1" * 100_000, "3:11", "(100,000 characters) is too long", id="big-int"),
    ],
)
def test_a_value_yaml_cannot_hold_is_one_error_at_its_place_and_the_file_goes_on(
    run: Callable[..., Result],
    write_map: Callable[..., Path],
    value: str,
    place: str,
    words: str,
) -> None:
    root = write_map(
        {"a.yaml": f"claims:\n  - id: bad\n    note: {value}\n    text: Bad.\n{_AFTER}"}
    )
    result = run("--map", root, "check")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 2, errors
    assert errors[0].startswith(f"{root}/a.yaml:{place}") and words in errors[0], errors[0]
    assert len(errors[0]) < 300  # the value is shortened, never repeated whole
    assert "unknown claim 'nowhere'" in errors[1]  # the rest of the file was read and checked


def test_the_fuzz_of_control_characters_never_stops_the_file(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    text = "claims:\n" + "".join(
        f'  - id: c{k}\n    text: "T{chr(k)}"\n' for k in (*range(1, 9), 11, 12, *range(14, 32))
    )
    root = write_map({"a.yaml": text + _AFTER})
    result = run("--map", root, "check")
    lines = result.stdout.splitlines()
    assert sum("[bad-character]" in line for line in lines) == 20  # then counted, not listed
    assert "more such characters in this file" in result.stdout
    assert "unknown claim 'nowhere'" in result.stdout


def test_deep_nesting_is_one_problem_with_the_pure_python_parser_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from argmap.load import yamlread

    monkeypatch.setattr(yamlread, "_Loader", yamlread.PureLoader)
    deep = "{a: " * 50_000 + "1" + "}" * 50_000
    text = f"claims:\n  - id: bad\n    note: {deep}\n    text: Bad.\n  - id: after\n    text: A.\n"
    data, problems = yamlread.parse_yaml(text, "f.yaml")
    assert [(p.loc.line, p.code) for p in problems] == [(3, "too-deep")]
    assert [claim["id"] for claim in data["claims"]] == ["bad", "after"]
    assert data["claims"][0]["note"] is None


_NOISE = ["\x00", "\x07", "\x1b[2J", "{", "[", "]", ": ", "&a ", "*a", "!!python/object ", "- "]
_NOISE += ["\t", "'", '"', "9" * 5000, "{a: " * 80]


def _mutate(text: str, rng: random.Random) -> str:
    """One random mutation of a map file: a line dropped, doubled or swapped, noise put in, a
    character replaced, or the file cut short."""
    lines = text.splitlines(keepends=True)
    k = rng.randrange(len(lines))
    kind = rng.randrange(6)
    if kind == 0:
        del lines[k]
    elif kind == 1:
        lines.insert(k, lines[k])
    elif kind == 2:
        j = rng.randrange(len(lines))
        lines[k], lines[j] = lines[j], lines[k]
    elif kind == 3:
        at = rng.randrange(len(lines[k]) + 1)
        lines[k] = lines[k][:at] + rng.choice(_NOISE) + lines[k][at:]
    elif kind == 4:
        at = rng.randrange(len(lines[k]))
        lines[k] = lines[k][:at] + chr(rng.randrange(1, 0x3000)) + lines[k][at + 1 :]
    else:
        return "".join(lines)[: rng.randrange(len(text))]
    return "".join(lines)


def test_random_mutations_of_the_bundled_map_never_crash_or_hang(tmp_path: Path) -> None:
    """200 seeded mutations of the bundled map: each loads and checks, with the cache and
    without it alike, in bounded time; no exception ever escapes."""
    from conftest import BUNDLED_MAP

    from argmap.check import check_map
    from argmap.load import load_map

    rng = random.Random(15)
    root = tmp_path / "map"
    shutil.copytree(BUNDLED_MAP, root)
    files = sorted(root.rglob("*.yaml"))
    started = time.monotonic()
    for _ in range(200):
        victim = rng.choice(files)
        original = victim.read_text(encoding="utf-8")
        victim.write_text(_mutate(original, rng), encoding="utf-8")
        cold = load_map(root, use_cache=False)
        warm = load_map(root)  # stored, then read back from the cache
        again = load_map(root)
        assert again.claims == warm.claims == cold.claims
        assert again.problems == cold.problems
        check_map(cold)
        victim.write_text(original, encoding="utf-8")
    assert time.monotonic() - started < 240
