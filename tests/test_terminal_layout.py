"""Every command's terminal output at 60, 80 and 200 columns: ids whole, no line too wide, no
line ending in spaces, wrapped lines under their own start, an empty map said in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from argmap.cli import cli
from argmap.load import load_map

BUNDLED_MAP = Path(__file__).resolve().parent.parent / "claims"

WIDTHS = ["60", "80", "200"]

COMMANDS = [
    ["overview"],
    ["stats"],
    ["list"],
    ["list", "--author", "lukin"],
    ["show", "formal-alliance"],
    ["show", "decoupling-raises-china-need-for-russian-commodities"],
    ["authors"],
    ["search", "alliance"],
    ["compare", "yuan", "lukin"],
    ["crux", "lukin", "yuan"],
    ["matrix"],
    ["contested"],
    ["camps", "--all"],
    ["stances"],
    ["stances", "--derived"],
    ["tree", "formal-alliance"],
    ["tree", "china-backs-russia-on-ukraine", "--depth", "2"],
    ["evaluate"],
    ["evaluate", "--semantics", "preferred"],
    ["evaluate", "--semantics", "dfquad"],
    ["prep", "--motions"],
    ["prep", "formal-alliance", "--side", "against"],
    ["prep", "us-policy-drives-alignment", "--side", "for"],
    ["prep", "alliance-in-all-but-name", "--both"],
    ["drill", "formal-alliance", "--side", "against", "--seed", "1"],
]


def _ids() -> set[str]:
    argmap = load_map(BUNDLED_MAP, use_cache=False)
    return (
        {c.id for c in argmap.claims}
        | {a.id for a in argmap.authors}
        | {s.id for s in argmap.sources}
    )


IDS = _ids()
# What could be an id on a line: lowercase words joined by hyphens, with at least two hyphens
# (hyphenated words of prose have one), possibly cut with an ellipsis.
_CANDIDATE = re.compile(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]*){2,}…?")


def _cut_ids(text: str) -> list[str]:
    """The words of ``text`` that are an id cut short (with an ellipsis) or the start of an id
    whose rest stands on the next line (wrapped or folded)."""
    found = []
    lines = text.splitlines() + [""]
    for line, after in pairwise(lines):
        for word in _CANDIDATE.findall(line):
            bare = word.rstrip("…")
            if word.endswith("…") and any(i.startswith(bare) for i in IDS):
                found.append(word)
            elif bare not in IDS:
                rests = re.findall(r"[a-z0-9-]+", after)
                if any(i.startswith(bare + r) and i != bare for i in IDS for r in rests):
                    found.append(word)
    return found


def _run(args: list[str], width: str, root: Path = BUNDLED_MAP) -> Result:
    return CliRunner().invoke(
        cli,
        ["--map", str(root), *args],
        env={"COLUMNS": width, "NO_COLOR": "1"},
        input="\n" * 40,
        catch_exceptions=False,
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a)[:40])
def test_every_line_fits_keeps_ids_whole_and_ends_without_spaces(
    args: list[str], width: str
) -> None:
    result = _run(args, width)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines
    from rich.cells import cell_len

    for n, line in enumerate(lines, 1):
        assert line == line.rstrip(), f"line {n} ends in spaces: {line!r}"
        assert cell_len(line) <= int(width), f"line {n} is wider than {width}: {line!r}"
    assert _cut_ids(result.stdout) == []


@pytest.mark.parametrize("width", ["66", "110", "119", "164"])
@pytest.mark.parametrize(
    "args",
    [["list"], ["search", "alliance"], ["evaluate"], ["camps", "--all"], ["overview"]],
    ids=lambda a: " ".join(a),
)
def test_ids_stay_whole_where_a_table_only_just_fits(args: list[str], width: str) -> None:
    # Widths at which a table's columns only just hold its ids and its longest words.
    assert _cut_ids(_run(args, width).stdout) == []


def test_the_check_for_cut_ids_finds_them() -> None:
    assert _cut_ids("│ axis-of-convenie… │") == ["axis-of-convenie…"]
    assert _cut_ids("china-backs-russia-on-ukra\nine") == ["china-backs-russia-on-ukra"]
    assert _cut_ids("axis-of-convenience and formal-alliance") == []


@pytest.mark.parametrize("width", WIDTHS)
def test_long_tables_stay_short(width: str) -> None:
    claims = len(load_map(BUNDLED_MAP, use_cache=False).claims)
    for args in (["stances"], ["stances", "--derived"]):
        lines = _run(args, width).stdout.splitlines()
        assert len(lines) <= claims + 8, (args, len(lines))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


@pytest.mark.parametrize("width", WIDTHS)
def test_show_keeps_the_hanging_indent_of_quotes_and_notes(width: str) -> None:
    lines = _run(["show", "formal-alliance"], width).stdout.splitlines()
    assert lines[0].startswith("\u256d\u2500 formal-alliance \u2500")  # the id in the title
    inside = [line.strip("│").rstrip() for line in lines if line.startswith("│")]
    start = next(k for k, line in enumerate(inside) if line.startswith(" \u2212 Jingdong Yuan"))
    end = next(k for k, line in enumerate(inside) if line.startswith(" \u2212 Artyom Lukin"))
    # The quote's wrapped lines, its citation and note stand under the name, not under the mark.
    following = inside[start + 1 : end]
    assert following
    assert all(_indent(line) >= 3 for line in following), following


@pytest.mark.parametrize("width", WIDTHS)
def test_prep_keeps_the_hanging_indent_of_its_numbered_claims(width: str) -> None:
    lines = _run(["prep", "formal-alliance", "--side", "against"], width).stdout.splitlines()
    first = next(k for k, line in enumerate(lines) if line.startswith("1. In present"))
    last = next(k for k, line in enumerate(lines) if "[alliance-unnecessary-count" in line)
    # "1. " hangs: the claim's wrapped lines stand to the right of it.
    assert all(_indent(line) == 3 for line in lines[first + 1 : last + 1]), lines[first:last]


def test_the_drill_summary_keeps_its_hanging_indent() -> None:
    out = _run(["drill", "formal-alliance", "--side", "for", "--seed", "1"], "60").stdout
    summary = out[out.index("Drill over") :].splitlines()[2:]
    numbered = [k for k, line in enumerate(summary) if re.match(r"  \d+\. ", line)]
    assert numbered
    for k in numbered:
        if k + 1 < len(summary) and not re.match(r"  \d+\. ", summary[k + 1]):
            assert _indent(summary[k + 1]) == 5, summary[k : k + 2]


EMPTY = {"people.yaml": "authors:\n  - {id: ann, name: Ann}\nclaims: []\n"}


@pytest.mark.parametrize(
    "args",
    [
        ["overview"],
        ["list"],
        ["search", "anything"],
        ["matrix"],
        ["contested"],
        ["camps"],
        ["stances"],
        ["evaluate"],
        ["evaluate", "--semantics", "preferred"],
        ["prep", "--motions"],
    ],
)
def test_an_empty_map_says_so_instead_of_drawing_empty_tables(
    write_map: Callable[..., Path], args: list[str]
) -> None:
    result = _run(args, "80", write_map(EMPTY))
    assert result.exit_code == 0, result.output
    assert "the map has no claims yet" in result.stdout
    assert not re.search("[┏┃┗━]", result.stdout)


def test_stats_of_an_empty_map_gives_the_counts_and_says_so(
    write_map: Callable[..., Path],
) -> None:
    out = _run(["stats"], "80", write_map(EMPTY)).stdout
    assert re.search(r"claims\s+0", out)
    assert "the map has no claims yet" in out


def test_an_empty_map_still_answers_scripts(write_map: Callable[..., Path]) -> None:
    result = _run(["list", "--format", "json"], "80", write_map(EMPTY))
    assert result.stdout.strip().startswith("{")
    assert '"claims": []' in result.stdout


def test_a_list_that_matches_nothing_says_which_filters(
    run: Callable[..., Result], small_map: Path
) -> None:
    result = run("--map", small_map, "list", "--author", "bob", "--tag", "energy")
    assert result.exit_code == 0
    assert result.stdout.strip() == "no claim matches: --author bob --tag energy"


@pytest.mark.parametrize(
    ("args", "said", "not_said"),
    [
        (["search", "energy"], "(1 claim, best first)", "1 claims"),
        (["stances", "--author", "ann", "--tag", "energy"], "Stances (1 claim)", "1 claims"),
        (["check"], "0 errors, 0 warnings", "error(s)"),
        (["overview"], "1 motion) by 2 authors", "1 motions"),
    ],
)
def test_counts_take_the_plural_only_when_not_one(
    run: Callable[..., Result], small_map: Path, args: list[str], said: str, not_said: str
) -> None:
    result = run("--map", small_map, *args)
    shown = result.stdout + result.stderr
    assert said in shown
    assert not_said not in shown


def test_a_map_with_one_error_says_error_not_errors(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    root = write_map({"a.yaml": "claims:\n  - {id: a, text: A, supports: [b]}\n"})
    assert "has 1 error;" in run("--map", root, "stats").stderr


def test_a_style_stays_on_its_own_words(small_map: Path) -> None:
    # rich's Text + Text keeps the left part's style for the whole: the views assemble instead.
    env = {"COLUMNS": "200", "FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"}
    show = CliRunner().invoke(cli, ["--map", str(small_map), "show", "motion"], env=env).stdout
    assert "\x1b[1mBob Baker\x1b[0m: \u201cno alliance is coming\u201d" in show
    listed = CliRunner().invoke(cli, ["--map", str(small_map), "list"], env=env).stdout
    assert "\x1b[1;35mmotion: \x1b[0mThe two states will form an alliance." in listed
