"""`evaluate` on maps and on framework files, and the status line of `show`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

Run = Callable[..., Result]
RunJson = Callable[..., Any]

# small_map: energy-deals rebuts weak-trade, which rebuts motion; shared-threat supports motion.
# Bob holds weak-trade and denies motion.


def test_grounded_json(small_map: Path, run_json: RunJson) -> None:
    assert run_json("--map", small_map, "evaluate") == {
        "semantics": "grounded",
        "labels": {
            "energy-deals": "in",
            "motion": "in",
            "shared-threat": "in",
            "weak-trade": "out",
        },
    }


def test_grounded_table_says_why(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "evaluate")
    assert result.exit_code == 0
    assert "✗ out" in result.stdout and "defeated by energy-deals" in result.stdout
    assert "every rebuttal is defeated: weak-trade" in result.stdout
    assert "✓ in 3  ✗ out 1  ? undec 0" in result.stdout


def test_dfquad_json_by_hand(small_map: Path, run_json: RunJson) -> None:
    data = run_json("--map", small_map, "evaluate", "--semantics", "dfquad")
    # weak-trade: 0.5 - 0.5 * 0.5 = 0.25; motion: attack 0.25 < support 0.5,
    # so 0.5 + 0.5 * (0.5 - 0.25) = 0.625.
    assert data["strength"] == {
        "energy-deals": 0.5,
        "motion": 0.625,
        "shared-threat": 0.5,
        "weak-trade": 0.25,
    }
    assert data["converged"] is True


def test_perspective(small_map: Path, run_json: RunJson) -> None:
    data = run_json("--map", small_map, "evaluate", "--semantics", "dfquad", "--as", "bob")
    # Bob holds weak-trade (base 1): 1 - 1 * 0.5 = 0.5; he denies motion (base 0): stays 0.
    assert data["as"] == "bob"
    assert data["base"]["weak-trade"] == 1.0 and data["base"]["motion"] == 0.0
    assert data["strength"]["weak-trade"] == 0.5 and data["strength"]["motion"] == 0.0
    labels = run_json("--map", small_map, "evaluate", "--as", "bob")["labels"]
    assert labels["motion"] == "out"


def test_perspective_unknown_author(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "evaluate", "--as", "bobb")
    assert result.exit_code == 1
    assert "unknown author 'bobb' — did you mean 'bob'?" in result.stderr


def test_preferred_json_lists_every_extension(
    write_map: Callable[..., Path], run_json: RunJson
) -> None:
    root = write_map(
        {
            "m.yaml": """\
                claims:
                  - {id: quaker, text: Nixon is a pacifist., rebuts: [republican]}
                  - {id: republican, text: Nixon is no pacifist., rebuts: [quaker]}
                """
        }
    )
    assert run_json("--map", root, "evaluate", "--semantics", "preferred") == {
        "semantics": "preferred",
        "extensions": [["quaker"], ["republican"]],
    }
    assert run_json("--map", root, "evaluate", "--semantics", "complete")["extensions"] == [
        [],
        ["quaker"],
        ["republican"],
    ]


def test_hcat_table(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "evaluate", "--semantics", "hcat")
    assert result.exit_code == 0
    assert "h-categorizer strength" in result.stdout and "0.333" in result.stdout


def test_show_has_status(small_map: Path, run: Run) -> None:
    result = run("--map", small_map, "show", "weak-trade")
    assert "status: ✗ out (grounded)   DF-QuAD strength 0.25 (base 0.50)" in result.stdout


# ---------------------------------------------------------------- framework files


@pytest.fixture
def i23(tmp_path: Path) -> Path:
    # 1 -> 2 -> 3, and 4 <-> 5 both attacking 6 (floating reinstatement of 7).
    path = tmp_path / "f.af"
    path.write_text("p af 7\n# hand made\n1 2\n2 3\n4 5\n5 4\n4 6\n5 6\n6 7\n")
    return path


@pytest.mark.parametrize(
    ("task", "argument", "expected"),
    [
        ("SE-GR", None, "w 1 3"),
        ("EE-PR", None, "w 1 3 4 7\nw 1 3 5 7"),
        ("SE-ST", None, "w 1 3 4 7"),
        ("DC-PR", "5", "YES"),
        ("DS-PR", "5", "NO"),
        ("DS-PR", "7", "YES"),
        ("DS-GR", "7", "NO"),
        ("DC-CO", "6", "NO"),
        ("ds-st", "3", "YES"),
    ],
)
def test_iccma_tasks(i23: Path, run: Run, task: str, argument: str | None, expected: str) -> None:
    args = ["evaluate", "--af", i23, "--task", task] + (
        ["--argument", argument] if argument else []
    )
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected + "\n"


def test_af_json_labels(i23: Path, run_json: RunJson) -> None:
    data = run_json("evaluate", "--af", i23)
    assert data["labels"] == {
        "1": "in",
        "2": "out",
        "3": "in",
        "4": "undec",
        "5": "undec",
        "6": "undec",
        "7": "undec",
    }


def test_old_format_solution_form(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "f.apx"
    path.write_text("arg(a1).\narg(a2).\narg(a3).\natt(a1,a2).\natt(a2,a1).\natt(a2,a3).\n")
    assert run("evaluate", "--af", path, "--task", "EE-PR").stdout == "[[a1,a3],[a2]]\n"
    assert run("evaluate", "--af", path, "--task", "SE-GR").stdout == "[]\n"
    assert (
        run("evaluate", "--af", path, "--semantics", "stable", "--format", "iccma").stdout
        == "[[a1,a3],[a2]]\n"
    )


def test_af_table(i23: Path, run: Run) -> None:
    result = run("evaluate", "--af", i23)
    assert "7 arguments" in result.stdout and "✓ in: 1 3" in result.stdout


def test_malformed_framework(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "cut.apx"
    path.write_text("arg(a).\natt(a,b).\natt(a,")
    result = run("evaluate", "--af", path)
    assert result.exit_code == 1
    assert f"{path}:2: attack names unknown argument 'b'" in result.stderr
    assert f"error: {path}:3: unfinished statement" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--task", "XX-PR"], "unknown task 'XX-PR'; argmap answers SE-GR"),
        (["--task", "DC-PR"], "task DC-PR asks about one argument: add --argument A"),
        (["--argument", "1"], "--argument goes with a DC- or DS- task"),
        (["--task", "DC-PR", "--argument", "9"], "unknown argument '9'"),
        (["--semantics", "dfquad", "--format", "iccma"], "ICCMA tasks are about extensions"),
    ],
)
def test_bad_options(i23: Path, run: Run, args: list[str], message: str) -> None:
    result = run("evaluate", "--af", i23, *args)
    assert result.exit_code == 1
    assert message in result.stderr


def test_limit_message(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "pairs.af"
    path.write_text("p af 8\n1 2\n2 1\n3 4\n4 3\n5 6\n6 5\n7 8\n8 7\n")
    result = run("evaluate", "--af", path, "--semantics", "preferred", "--limit", "10")
    assert result.exit_code == 1
    assert "more than 10 preferred extensions; raise --limit" in result.stderr
    assert run("evaluate", "--af", path, "--semantics", "preferred", "--limit", "16").exit_code == 0


@pytest.mark.parametrize("solver", ["python", "clingo"])
def test_solvers_give_the_same_answer(i23: Path, run_json: RunJson, solver: str) -> None:
    data = run_json("evaluate", "--af", i23, "--semantics", "complete", "--solver", solver)
    assert data["extensions"] == [["1", "3"], ["1", "3", "4", "7"], ["1", "3", "5", "7"]]


def test_af_gradual(i23: Path, run_json: RunJson) -> None:
    strength = run_json("evaluate", "--af", i23, "--semantics", "hcat")["strength"]
    # base 1 everywhere: 1 unattacked, 2 = 1/2, 3 = 1/(1 + 1/2)
    assert (
        strength["1"] == 1.0
        and strength["2"] == 0.5
        and strength["3"] == pytest.approx(2 / 3, abs=1e-6)
    )


def test_the_command_offers_every_semantics_the_library_evaluates() -> None:
    from argmap.cli.evaluate import SEMANTICS as OFFERED
    from argmap.semantics.evaluate import SEMANTICS

    assert OFFERED == SEMANTICS
