"""prep and drill as a teacher and a student run them: terminal, JSON, handouts, piped drills."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from debate_maps import UNIFORMS_MAP


@pytest.fixture
def uniforms(write_map: Callable[..., Path]) -> Path:
    return write_map(UNIFORMS_MAP)


NAMES = ["Pia Quist", "Quin Rowe", "Cal Stone", "Dee Tran", "Eve Ulm"]


def test_prep_json_has_the_design_shape(run_json: Callable[..., Any], uniforms: Path) -> None:
    data = run_json("--map", uniforms, "prep", "uniforms", "--side", "against")
    assert data["motion"] == "uniforms" and data["side"] == "against"
    assert {(c["id"], c["via"]) for c in data["case"]} == {
        ("expression", "uniforms"),
        ("identity", "expression"),
    }
    assert sorted((a["id"], a["target"], a["answers"]) for a in data["attacks"]) == [
        ("equality", "uniforms", []),
        ("fashion", "identity", []),
        ("focus", "uniforms", ["no-evidence"]),
    ]
    assert sorted(data["common_ground"]) == ["pair", "rules-matter"]
    # DESIGN's keys stay; keys are added, never renamed
    assert all(set(c) >= {"id", "via"} for c in data["case"])
    assert all(set(a) >= {"id", "target", "answers"} for a in data["attacks"])
    focus = next(a for a in data["attacks"] if a["id"] == "focus")
    assert focus["relation_words"] == "for the motion: a reason to say it is true"


def test_prep_in_the_terminal_reads_as_a_brief(run: Callable[..., Result], uniforms: Path) -> None:
    result = run("--map", uniforms, "prep", "uniforms", "--side", "for")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Motion: Schools should require uniforms.  [uniforms]\n")
    assert "Your side: FOR" in out
    assert "Strongest first: more authors behind a point" in out
    assert "Your case: 7 claims, about 55 s to read aloud at 150 words a minute" in out
    assert "+ Pia Quist: \u201cone uniform is cheaper\u201d (Pia 2020)" in out
    assert "Pia Quist, \u201cFor uniforms\u201d, School News, 2020" in out
    assert "Attacks to expect (3; the map answers 2 directly, 1 deeper, 0 to prepare)" in out
    # expression (on the motion) is answered one level down: fashion rebuts its premise
    expression = out.index("Uniforms suppress pupils' self-expression.  [expression]")
    after = out[expression : expression + 800]
    assert "Against the motion: a reason to say it is false." in after
    assert "Undercut: its premise \u201cTeenagers form their identity partly through" in after
    assert "[fashion]" in after
    assert "\u2691 a concession from Dee Tran, who argues against the motion" in after
    assert "→ Rebuttal: A pilot school saw fewer behaviour incidents.  [pilot]" in out
    assert "Common ground (2)" in out
    assert "Both sides hold: Schools need some dress code." in out
    assert "Pia Quist (for), Cal Stone (against)" in out
    assert "Sources to read (5)" in out


def test_prep_markdown_handout(run: Callable[..., Result], uniforms: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    result = run("--map", uniforms, "prep", "uniforms", "--side", "for", "-o", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert (
        "wrote" in result.stderr
        and (
            "FOR: 7 case claims, 3 attacks (2 answered directly in the map, 1 deeper, 0 to prepare)"
        )
        in result.stderr
    )
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Debate brief: FOR the motion\n")
    assert "**Motion:** Schools should require uniforms. (`uniforms`)" in text
    assert "## Attacks to expect (3; the map answers 2 directly, 1 deeper)" in text
    assert "- *Undercut: its premise \u201cTeenagers form their identity" in text
    assert "Cal Stone, \u201cLet pupils \\<choose\\>\u201d, 2019" in text  # Markdown escaped
    against = tmp_path / "against.md"
    run("--map", uniforms, "prep", "uniforms", "--side", "against", "-o", against)
    text = against.read_text(encoding="utf-8")
    assert "> **No answer in the map: prepare one.** Find a source that says otherwise" in text
    assert "**For the motion: a reason to say it is true.**" in text


def test_prep_html_handout_is_self_contained(
    run: Callable[..., Result], uniforms: Path, tmp_path: Path
) -> None:
    target = tmp_path / "brief.html"
    result = run("--map", uniforms, "prep", "uniforms", "--side", "against", "-o", target)
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<h1 id="motion">Schools should require uniforms.</h1>' in page
    assert "Let pupils &lt;choose&gt;" in page and "<choose>" not in page
    assert page.count("<svg") == 1 and "<?xml" not in page
    for external in ("http://", "https://", "src=", "<link", "@import"):
        assert external not in page.split("<svg")[0], external
    assert "@media print" in page


def test_prep_anonymize_hides_names_everywhere(
    run: Callable[..., Result], uniforms: Path, tmp_path: Path
) -> None:
    texts = [run("--map", uniforms, "prep", "uniforms", "--side", "for", "--anonymize").stdout]
    for name in ("brief.md", "brief.html", "brief.json"):
        target = tmp_path / name
        result = run(
            "--map", uniforms, "prep", "uniforms", "--side", "for", "--anonymize", "-o", target
        )
        assert result.exit_code == 0, result.output
        texts.append(target.read_text(encoding="utf-8"))
    for text in texts:
        assert "Author A" in text
        for name in NAMES:
            assert name not in text and name.split()[-1] not in text, name
        assert "pia-2020" not in text and '"pia"' not in text
    assert "as Author " in texts[0]  # the surname inside a quote is replaced too


def test_anonymized_handout_letters_each_author_alike_in_text_and_diagram(
    run: Callable[..., Result], uniforms: Path, tmp_path: Path
) -> None:
    import html
    import re

    page_path, data_path = tmp_path / "brief.html", tmp_path / "brief.json"
    for target in (page_path, data_path):
        args = ("prep", "uniforms", "--side", "for", "--anonymize", "-o", target)
        assert run("--map", uniforms, *args).exit_code == 0
    data = json.loads(data_path.read_text(encoding="utf-8"))
    page = page_path.read_text(encoding="utf-8")
    svg = page[page.index("<svg") : page.index("</svg>")]
    compared = 0
    for node in re.findall(r'<g id="node\d+" class="node">(.*?)</g>', svg, re.DOTALL):
        claim = html.unescape(re.search(r"<title>(.*?)</title>", node).group(1))
        if claim not in data["claims"]:
            continue
        drawn = " ".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", node))
        entry = data["claims"][claim]
        written = {s["name"] for s in entry["held_by"] + entry["denied_by"]}
        assert set(re.findall(r"Author [A-Z]+", drawn)) == written, claim
        compared += bool(written)
    assert compared >= 3


def test_prep_motions_lists_the_most_evenly_divided_first(
    run: Callable[..., Result], run_json: Callable[..., Any], uniforms: Path
) -> None:
    data = run_json("--map", uniforms, "prep", "--motions")
    assert [(m["id"], m["balance"]) for m in data["motions"]] == [
        ("uniforms", 0.6667),
        ("homework", 0.0),
    ]
    assert data["motions"][0]["for"] == ["pia", "quin"]
    table = run("--map", uniforms, "prep", "--motions").stdout
    assert table.index("uniforms") < table.index("homework")
    assert "0.67" in table and "7 / 2" in table and "3: cal," in table
    anonymous = run(
        "--map", uniforms, "prep", "--motions", "--anonymize", "--format", "json"
    ).stdout
    assert "pia" not in anonymous and "author-a" in anonymous


def test_prep_usage_errors(run: Callable[..., Result], uniforms: Path, tmp_path: Path) -> None:
    missing_side = run("--map", uniforms, "prep", "uniforms")
    assert missing_side.exit_code == 2 and "--side" in missing_side.stderr
    unknown = run("--map", uniforms, "prep", "uniform", "--side", "for")
    assert unknown.exit_code == 1
    assert "unknown claim 'uniform' — did you mean 'uniforms'?" in unknown.stderr
    bad_type = run("--map", uniforms, "prep", "uniforms", "--side", "for", "-o", tmp_path / "b.txt")
    assert bad_type.exit_code == 1 and "name it .md, .html, .pdf, .docx or .json" in bad_type.stderr
    assert not (tmp_path / "b.txt").exists()


def test_drill_through_clirunner_input(run: Callable[..., Result], uniforms: Path) -> None:
    answers = "the trial found better attendance\n\nsecond-hand sales cut the cost\n"
    result = run(
        "--map", uniforms, "drill", "uniforms", "--side", "for", "--seed", "7", input=answers
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("the other side says") == 3 and "Round 3 of 3" in out
    assert out.count("Your answer: ") == 3
    assert "Attacks seen: 3 of 3. The map could answer 3 of them (100%)." in out
    assert "Your answers matched the map's in 2 of 3." in out
    assert "Your answer resembles the map's answer" in out
    assert "matched trial" in out and "matched hand-me-downs" in out
    assert "expression: you left it blank; the map answers with fashion" in out
    # each round shows the map's answers with their quotes after the student's answer
    first = out.index("Round 1 of 3")
    assert out.index("The map's answers:", first) > out.index("Your answer: ", first)
    again = run(
        "--map", uniforms, "drill", "uniforms", "--side", "for", "--seed", "7", input=answers
    )
    assert again.stdout == out


def test_drill_rounds_and_running_out_of_input(run: Callable[..., Result], uniforms: Path) -> None:
    two = run(
        "--map", uniforms, "drill", "uniforms", "--side", "for", "--rounds", "2", input="a\nb\n"
    )
    assert "Round 2 of 2" in two.stdout and "Attacks seen: 2 of 3." in two.stdout
    short = run("--map", uniforms, "drill", "uniforms", "--side", "for", input="only one\n")
    assert short.exit_code == 0
    assert "Attacks seen: 1 of 3." in short.stdout


def test_drill_orders_depend_on_the_seed(run: Callable[..., Result], uniforms: Path) -> None:
    def first_attack(seed: int) -> str:
        out = run(
            "--map",
            uniforms,
            "drill",
            "uniforms",
            "--side",
            "for",
            "--seed",
            seed,
            "--rounds",
            "1",
            input="x\n",
        ).stdout
        return out.split("Round 1 of 1: the other side says\n")[1].splitlines()[0]

    assert len({first_attack(seed) for seed in range(12)}) > 1


def test_drill_with_a_real_pipe(uniforms: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "ARGMAP_CACHE_DIR": str(tmp_path / "c")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "argmap",
            "--map",
            str(uniforms),
            "drill",
            "uniforms",
            "--side",
            "against",
            "--seed",
            "1",
        ],
        input="identity is more than clothes\n\n\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Attacks seen: 3 of 3. The map could answer 2 of them (66%)." in done.stdout
    assert "Your answers matched the map's in 0 of 2." in done.stdout
    assert "\u201cidentity is more than clothes\u201d" in done.stdout


def test_drill_with_nothing_to_drill(run: Callable[..., Result], uniforms: Path) -> None:
    result = run("--map", uniforms, "drill", "homework", "--side", "against")
    assert result.exit_code == 0
    assert "nothing to drill" in result.stdout


def test_prep_json_output_file_matches_format_json(
    run: Callable[..., Result], uniforms: Path, tmp_path: Path
) -> None:
    target = tmp_path / "brief.json"
    run("--map", uniforms, "prep", "uniforms", "--side", "for", "-o", target)
    printed = run("--map", uniforms, "prep", "uniforms", "--side", "for", "--format", "json").stdout
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(printed)


def test_drill_matches_answers_from_deeper_in_the_map(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    import re

    from debate_maps import PHONES_MAP

    phones = write_map(PHONES_MAP, name="phones")
    typed = {
        "safety": "the office phone reaches parents",  # an undercut, two levels down
        "habits": "habits are not the point",  # Ben Bell's denial
        "cost": "lockers are cheap",  # the map has no answer
        "research": "bananas",  # resembles none of the map's answers
    }
    drill = ("--map", phones, "drill", "phones", "--side", "for", "--seed", "2")
    blank = run(*drill, input="\n\n\n\n").stdout
    order = re.findall(r"the other side says\n.*\[([a-z-]+)\]", blank)
    assert sorted(order) == sorted(typed)
    out = run(*drill, input="".join(typed[c] + "\n" for c in order)).stdout
    assert "Attacks seen: 4 of 4. The map could answer 3 of them (75%)." in out
    assert "Your answers matched the map's in 2 of 3." in out
    assert "safety: you said \u201cthe office phone reaches parents\u201d; matched landline" in out
    assert "habits: you said \u201chabits are not the point\u201d; matched Ben Bell's denial" in out
    assert "research: you said \u201cbananas\u201d; the map answers with replication" in out
    assert "Your answer does not resemble the map's answers: compare them." in out
    assert "The map has no answer to compare yours with." in out


def test_prep_in_the_terminal_shows_the_nearest_answers_and_counts_the_rest(
    run: Callable[..., Result],
    run_json: Callable[..., Any],
    two_author_map: Callable[[list[str]], Path],
) -> None:
    from argmap.views.debate import ANSWERS_SHOWN

    answers = ANSWERS_SHOWN + 2
    claims = [
        (
            "  - {id: motion, text: The motion holds., motion: true,"
            " held_by: [{author: pia, quote: it holds}]}"
        ),
        (
            "  - {id: attack, text: An attack on it., rebuts: [motion],"
            " held_by: [{author: cal, quote: an attack}]}"
        ),
    ] + [
        f"  - {{id: answer-{n}, text: Answer number {n}., rebuts: [attack],"
        f" held_by: [{{author: pia, quote: answer {n}}}]}}"
        for n in range(1, answers + 1)
    ]
    root = two_author_map(claims)
    out = run("--map", root, "prep", "motion", "--side", "for").stdout
    shown = [n for n in range(1, answers + 1) if f"[answer-{n}]" in out]
    assert len(shown) == ANSWERS_SHOWN
    assert "\u2026 and 2 more answers (--format json lists them all)" in out
    data = run_json("--map", root, "prep", "motion", "--side", "for")
    assert len(next(a for a in data["attacks"] if a["id"] == "attack")["answers"]) == answers
