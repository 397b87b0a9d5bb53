"""Text from a map, an import or a source text never drives the terminal.

A map planted with escape sequences in every free-text field (and in a file name) goes through
every command: no raw control character reaches stdout or stderr, and the planted sequences
are shown as escapes. File formats keep the text exact, escaped as the format requires.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from argmap.cli import cli

# Set the window title, plant a hidden link, clear the screen, rewrite the line, erase a
# character, reorder the text, and an 8-bit CSI.
TITLE = "\x1b]0;pwned\x07"
LINK = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
CLEAR = "\x1b[2J\x1b[H"
REWRITE = "\rOVERWRITTEN"
ERASE = "x\b"
BIDI = "\u202etxt.exe"
CSI8 = "\x9b31m"
PLANTS = [TITLE, LINK, CLEAR, REWRITE, ERASE, BIDI, CSI8]


def _q(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


PLANTED = {
    f"people{CLEAR}.yaml": f"""\
authors:
  - id: ann
    name: {_q("Ann " + TITLE + "Archer")}
    affiliation: {_q("Uni " + LINK)}
  - id: bob
    name: {_q("Bob " + REWRITE)}
sources:
  - id: ann-2020
    author: ann
    title: {_q("Essay " + BIDI)}
    venue: {_q("Venue " + CSI8)}
    url: {_q("https://x.example/" + CLEAR)}
    date: 2020
    text: ann.txt
  - id: bob-2021
    author: bob
    title: {_q("Reply " + ERASE)}
    date: 2021
""",
    "claims.yaml": f"""\
claims:
  - id: motion
    text: {_q("The motion " + CLEAR + " holds.")}
    motion: true
    tags: [{_q("tag" + CSI8)}]
    note: {_q("A note " + TITLE)}
    denied_by:
      - author: bob
        quote: {_q("no " + REWRITE)}
        note: {_q("reading " + ERASE)}
  - id: reason
    text: {_q("A reason " + LINK)}
    held_by:
      - author: ann
        quote: {_q("a reason " + BIDI)}
    supports:
      - {{claim: motion, note: {_q("edge " + TITLE)}}}
  - id: answer
    text: {_q("An answer " + ERASE + REWRITE)}
    held_by:
      - author: bob
        quote: {_q("an answer " + CSI8)}
    rebuts: [reason]
  - id: other
    text: {_q("Another " + TITLE)}
    held_by:
      - author: ann
        quote: {_q("another " + CLEAR)}
    rebuts: [answer]
""",
}

SOURCE_TEXT = f"An essay.\nHere a reason {BIDI} is given, and {TITLE} another.\n"

# Rich's own styles, when colour is forced: the only escape sequences allowed on a terminal.
_STYLE = re.compile(r"\x1b\[[0-9;]*m")
_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def planted(write_map: Callable[..., Path], tmp_path: Path) -> Path:
    root = write_map(PLANTED)
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "ann.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (tmp_path / "article.txt").write_text(SOURCE_TEXT * 3, encoding="utf-8")
    return root


TERMINAL_COMMANDS = [
    ["overview"],
    ["stats"],
    ["list"],
    ["show", "motion"],
    ["show", "reason"],
    ["show", "answer"],
    ["authors"],
    ["search", "reason"],
    ["search", "nothing-matches-this"],
    ["compare", "ann", "bob"],
    ["crux", "ann", "bob"],
    ["matrix"],
    ["contested"],
    ["camps"],
    ["stances"],
    ["stances", "--derived"],
    ["tree", "motion"],
    ["evaluate"],
    ["evaluate", "--semantics", "preferred"],
    ["evaluate", "--semantics", "dfquad"],
    ["prep", "--motions"],
    ["prep", "motion", "--side", "for"],
    ["prep", "motion", "--side", "against"],
    ["prep", "motion", "--both"],
    ["drill", "motion", "--side", "for"],
    ["drill", "motion", "--side", "against"],
    ["check"],
    ["check", "--texts", "{texts}"],
    ["check", "--texts", "{texts}", "--strict"],
    ["check", "--texts", "{texts}", "--format", "github"],
    ["quote", "reason", "--in", "{article}"],
    ["list", "--author", "ann\x1b[2J"],
    ["show", "\x1b]0;typed\x07"],
]


def _invoke(args: list[str], root: Path, env: dict[str, str]) -> Result:
    tmp = root.parent
    words = [
        a.replace("{texts}", str(tmp / "texts")).replace("{article}", str(tmp / "article.txt"))
        for a in args
    ]
    return CliRunner().invoke(
        cli, ["--map", str(root), *words], env=env, input="my answer\n\n", catch_exceptions=False
    )


def _assert_shown_not_obeyed(result: Result) -> None:
    for name, stream in (("stdout", result.stdout), ("stderr", result.stderr)):
        raw = _RAW.findall(_STYLE.sub("", stream))
        assert not raw, f"raw control characters on {name}: {raw!r}\n{stream}"


@pytest.mark.parametrize("width", ["60", "80", "200"])
@pytest.mark.parametrize("args", TERMINAL_COMMANDS, ids=lambda a: " ".join(a)[:40])
def test_no_control_character_reaches_the_terminal(
    planted: Path, args: list[str], width: str
) -> None:
    result = _invoke(args, planted, {"COLUMNS": width, "NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    _assert_shown_not_obeyed(result)


@pytest.mark.parametrize("args", TERMINAL_COMMANDS, ids=lambda a: " ".join(a)[:40])
def test_no_control_character_reaches_a_colour_terminal(planted: Path, args: list[str]) -> None:
    env = {"COLUMNS": "80", "FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"}
    _assert_shown_not_obeyed(_invoke(args, planted, env))


def test_a_broken_map_shows_its_diagnostics_escaped(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    root = write_map({"a.yaml": f"claims:\n  - {{id: a, text: A, supports: [{_q(CLEAR)}]}}\n"})
    for args in (["check"], ["stats"], ["stats", "--format", "json"]):
        result = run("--map", root, *args)
        assert result.exit_code == 1
        _assert_shown_not_obeyed(result)
    assert "\\x1b[2J" in run("--map", root, "check").stdout


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["show", "motion"], ["\\x1b[2J", "\\x1b]0;pwned\\x07", "\\rOVERWRITTEN", "x\\x08"]),
        (["show", "reason"], ["\\u202etxt.exe", "\\x1b]8;;https://evil.example"]),
        (["authors"], ["\\x1b]0;pwned\\x07", "\\rOVERWRITTEN", "\\x1b]8;;"]),
        (["list"], ["\\x1b[2J", "\\x08\\rOVERWRITTEN"]),
        (["tree", "motion"], ["\\x1b[2J", "\\x08\\rOVERWRITTEN"]),
        (["contested"], ["\\x1b]8;;https://evil.example"]),
        (["evaluate"], ["\\x1b[2J"]),
        (["prep", "motion", "--side", "for"], ["\\u202etxt.exe", "\\x9b31m"]),
        (["compare", "ann", "bob"], ["\\x1b]0;pwned\\x07", "\\rOVERWRITTEN"]),
        (["search", "answer"], ["\\x08\\rOVERWRITTEN", "\\x9b31m"]),
        (["quote", "reason", "--in", "{article}"], ["\\u202etxt.exe", "\\x1b]0;pwned\\x07"]),
    ],
)
def test_planted_sequences_are_shown_as_escapes(
    planted: Path, command: list[str], shown: list[str]
) -> None:
    out = _invoke(command, planted, {"COLUMNS": "200", "NO_COLOR": "1"}).stdout
    out = " ".join(out.split())
    for escape in shown:
        assert escape in out, (escape, out)


def _json(planted: Path, *args: str) -> Any:
    result = _invoke([*args, "--format", "json"], planted, {"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert not _RAW.search(result.stdout), "JSON escapes every control character"
    return json.loads(result.stdout)


def test_json_keeps_the_text_exact(planted: Path) -> None:
    detail = _json(planted, "show", "motion")
    assert detail["text"] == "The motion " + CLEAR + " holds."
    assert detail["denied_by"][0]["quote"] == "no " + REWRITE
    authors = {a["id"]: a for a in _json(planted, "authors")["authors"]}
    assert authors["ann"]["name"] == "Ann " + TITLE + "Archer"
    assert authors["ann"]["affiliation"] == "Uni " + LINK
    assert _json(planted, "search", "reason")["results"][0]["text"] == "A reason " + LINK


def test_the_json_export_keeps_the_text_exact(planted: Path) -> None:
    result = _invoke(["export", "json"], planted, {"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert not _RAW.search(result.stdout)
    texts = {node["id"]: node["text"] for node in json.loads(result.stdout)["nodes"]}
    assert texts["answer"] == "An answer " + ERASE + REWRITE


def test_an_ingest_draft_escapes_control_characters_as_yaml_does(
    planted: Path, tmp_path: Path
) -> None:
    import yaml

    article = tmp_path / "article.txt"
    article.write_text(
        "The partnership will deepen because both states fear the West"
        f" {TITLE}{CSI8}{BIDI}, and their trade keeps growing every single year.\n",
        encoding="utf-8",
    )
    result = _invoke(
        ["ingest", str(article), "--author", "ann", "--source", "ann-2020"], planted, {}
    )
    assert result.exit_code == 0, result.output
    assert not _RAW.search(result.stdout)
    quotes = [s["quote"] for c in yaml.safe_load(result.stdout)["claims"] for s in c["held_by"]]
    assert any(TITLE + CSI8 + BIDI in q for q in quotes)
