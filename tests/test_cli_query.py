"""The first commands as a user runs them: check, stats, list, show, authors, search, schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

BROKEN = {
    "a.yaml": """\
        authors:
          - {id: ann, name: Ann}
        claims:
          - id: a
            text: A
            held_by: [{author: ann, quote: q}]
            supports: [bb]
          - id: b
            text: B
        """
}


def test_check_passes_a_clean_map(run: Callable[..., Result], small_map: Path) -> None:
    result = run("--map", small_map, "check", "--strict")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "0 errors, 0 warnings" in result.stderr


def test_check_text_names_file_line_column_and_code(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    root = write_map(BROKEN)
    result = run("--map", root, "check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{root}/a.yaml:7:16: error: unknown claim 'bb' in supports of 'a' (did you mean 'b'?) [dangling-ref]",
        f"{root}/a.yaml:8:5: warning: claim 'b' has no stance and no edge; connect it or remove it [orphan-claim]",
    ]


def test_check_json_has_the_documented_shape(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    result = run("--map", write_map(BROKEN), "check", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["errors"], data["warnings"]) == (1, 1)
    assert set(data["diagnostics"][0]) == {"file", "line", "column", "severity", "code", "message"}
    assert data["diagnostics"][0]["line"] == 7


def test_check_github_writes_annotations(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    result = run("--map", write_map(BROKEN), "check", "--format", "github")
    assert result.stdout.startswith("::error file=")
    assert ",line=7,col=16,title=dangling-ref::unknown claim 'bb'" in result.stdout


def test_strict_fails_on_warnings_only(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    root = write_map({"a.yaml": "authors: [{id: ann, name: Ann}]\n"})
    assert run("--map", root, "check").exit_code == 0
    strict = run("--map", root, "check", "--strict")
    assert strict.exit_code == 1 and "[unused-author]" in strict.stdout


def test_other_commands_refuse_a_broken_map_and_point_at_check(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    result = run("--map", write_map(BROKEN), "stats")
    assert result.exit_code == 1
    assert "[dangling-ref]" in result.stderr
    assert "argmap check" in result.stderr
    assert "Traceback" not in result.output


def test_a_missing_map_directory_is_a_clear_error(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    result = run("--map", tmp_path / "nope", "check")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: map directory") and "does not exist" in result.stderr


def test_map_comes_from_the_environment(small_map: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from argmap.cli import cli

    result = CliRunner().invoke(
        cli,
        ["stats", "--format", "json"],
        env={"ARGMAP_MAP": str(small_map), "ARGMAP_CACHE_DIR": str(tmp_path)},
    )
    assert json.loads(result.stdout)["claims"] == 4


def test_stats_counts_everything(run_json: Callable[..., Any], small_map: Path) -> None:
    data = run_json("--map", small_map, "stats")
    assert {k: data[k] for k in ("authors", "sources", "claims", "motions", "edges", "supports", "rebuts", "stances", "holds", "denies")} == {
        "authors": 2, "sources": 2, "claims": 4, "motions": 1, "edges": 3,
        "supports": 1, "rebuts": 2, "stances": 4, "holds": 3, "denies": 1,
    }  # fmt: skip
    assert data["tags"] == {"alliance": 2, "economy": 2, "energy": 1, "security": 1}
    assert [(r["id"], r["holds"], r["denies"]) for r in data["per_author"]] == [
        ("ann", 2, 0),
        ("bob", 1, 1),
    ]


def test_list_filters_by_author_tag_and_text(run_json: Callable[..., Any], small_map: Path) -> None:
    def ids(*args: str) -> list[str]:
        return [c["id"] for c in run_json("--map", small_map, "list", *args)["claims"]]

    assert ids() == ["energy-deals", "motion", "shared-threat", "weak-trade"]
    assert ids("--author", "bob") == ["motion", "weak-trade"]
    assert ids("--tag", "economy") == ["energy-deals", "weak-trade"]
    assert ids("--text", "TRADE") == ["weak-trade"]
    assert ids("--author", "ann", "--tag", "alliance") == ["shared-threat"]


def test_list_unknown_author_gets_did_you_mean(run: Callable[..., Result], small_map: Path) -> None:
    result = run("--map", small_map, "list", "--author", "bobb")
    assert result.exit_code == 1
    assert "unknown author 'bobb' — did you mean 'bob'?" in result.stderr


def test_show_gives_stances_with_quotes_and_both_directions(
    run_json: Callable[..., Any], small_map: Path
) -> None:
    data = run_json("--map", small_map, "show", "weak-trade")
    assert data["held_by"][0]["quote"] == "trade is thin"
    assert data["held_by"][0]["source"] == "bob-2021"
    assert [c["id"] for c in data["rebuts"]] == ["motion"]
    assert [c["id"] for c in data["rebutted_by"]] == ["energy-deals"]
    # energy-deals (unattacked, in) rebuts weak-trade: out; DF-QuAD 0.5 * (1 - 0.5) = 0.25
    assert (data["grounded"], data["dfquad"]) == ("out", 0.25)


def test_show_prints_quotes_and_keeps_brackets(
    run: Callable[..., Result], write_map: Callable[..., Path]
) -> None:
    root = write_map(
        {
            "a.yaml": "authors: [{id: ann, name: Ann}]\nclaims:\n  - id: a\n    text: Trade grew [citation needed].\n    held_by: [{author: ann, quote: trade grew}]\n"
        }
    )
    result = run("--map", root, "show", "a")
    assert "Trade grew [citation needed]." in result.stdout
    assert "\u201ctrade grew\u201d" in result.stdout


def test_show_unknown_claim_gets_did_you_mean(run: Callable[..., Result], small_map: Path) -> None:
    result = run("--map", small_map, "show", "weak-trad")
    assert result.exit_code == 1
    assert "unknown claim 'weak-trad' — did you mean 'weak-trade'?" in result.stderr


def test_authors_lists_sources_and_counts(run_json: Callable[..., Any], small_map: Path) -> None:
    rows = run_json("--map", small_map, "authors")["authors"]
    assert rows[1] == {
        "id": "bob",
        "name": "Bob Baker",
        "affiliation": "Example University",
        "sources": ["bob-2021"],
        "holds": 1,
        "denies": 1,
    }


def test_search_ranks_text_matches_above_quote_matches(
    run_json: Callable[..., Any], write_map: Callable[..., Path]
) -> None:
    root = write_map(
        {
            "a.yaml": """\
        authors: [{id: ann, name: Ann}]
        claims:
          - id: in-quote
            text: Something else.
            held_by: [{author: ann, quote: gas pipeline deals}]
          - id: in-text
            text: The gas pipeline matters.
            held_by: [{author: ann, quote: it matters}]
          - id: unrelated
            text: Arms sales.
            held_by: [{author: ann, quote: arms}]
        """
        }
    )
    results = run_json("--map", root, "search", "Gas", "pipeline")["results"]
    assert [r["id"] for r in results] == ["in-text", "in-quote"]
    assert results[1]["matches"] == [{"field": "quote", "text": "gas pipeline deals"}]


BUNDLED = Path(__file__).resolve().parent.parent / "claims"


def _found(run_json: Callable[..., Any], *words: str) -> set[str]:
    return {
        r["id"] for r in run_json("--map", BUNDLED, "search", *words, "--limit", 500)["results"]
    }


def test_search_matches_word_forms(run_json: Callable[..., Any]) -> None:
    sanction = _found(run_json, "sanction")
    assert sanction, "the map speaks of sanctions"
    assert sanction == _found(run_json, "sanctions")
    assert _found(run_json, "alliances") == _found(run_json, "alliance")
    assert len(_found(run_json, "alliance")) > 20


def test_search_ignores_function_words_but_not_a_query_of_them(
    run_json: Callable[..., Any], small_map: Path
) -> None:
    found = run_json("--map", small_map, "search", "the", "states")["results"]
    assert {r["id"] for r in found} == {"motion", "shared-threat"}
    # A query of function words alone still looks for them.
    assert run_json("--map", small_map, "search", "the")["results"]


@pytest.mark.parametrize("width", ["60", "80", "200"])
def test_an_empty_search_says_so_and_what_to_try(small_map: Path, width: str) -> None:
    from click.testing import CliRunner

    from argmap.cli import cli

    def out(*words: str) -> str:
        env = {"COLUMNS": width, "NO_COLOR": "1"}
        result = CliRunner().invoke(cli, ["--map", str(small_map), "search", *words], env=env)
        assert result.exit_code == 0
        return " ".join(result.stdout.split())

    many = out("gas", "pipeline", "rival")
    assert "No claim matches “gas pipeline rival”." in many
    assert "try fewer words, or shorter ones" in many
    assert "try a shorter or another word" in out("pipelines")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["show", "nato"],
            "unknown claim 'nato' ('argmap search nato' finds claims by their words)",
        ),
        (
            ["prep", "bob", "--side", "for"],
            "'bob' is an author, not a claim ('argmap list --author bob' lists the claims",
        ),
        (["tree", "ann"], "'ann' is an author, not a claim"),
        (["compare", "motion", "bob"], "'motion' is a claim, not an author ('argmap show motion'"),
        (["list", "--author", "motion"], "'motion' is a claim, not an author"),
        (["evaluate", "--as", "energy-deals"], "'energy-deals' is a claim, not an author"),
        (["show", "ann-2020"], "'ann-2020' is a source, not a claim"),
        (["show", "economy"], "'economy' is a tag, not a claim ('argmap list --tag economy'"),
        (["list", "--tag", "ann"], "'ann' is an author, not a tag"),
        (["list", "--tag", "econmy"], "unknown tag 'econmy' — did you mean 'economy'?"),
    ],
)
def test_a_name_of_the_wrong_kind_says_what_it_is_and_what_to_type(
    run: Callable[..., Result], small_map: Path, args: list[str], said: str
) -> None:
    result = run("--map", small_map, *args)
    assert result.exit_code == 1
    assert said in result.stderr


def test_schema_validates_the_small_map(run: Callable[..., Result], small_map: Path) -> None:
    import jsonschema
    import yaml

    schema = json.loads(run("schema").stdout)
    for path in small_map.glob("*.yaml"):
        jsonschema.validate(yaml.safe_load(path.read_text()), schema)
    bad = {"claims": [{"id": "Bad Id", "text": "x"}]}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(bad))
    assert errors


def test_unknown_command_suggests_the_right_one(run: Callable[..., Result]) -> None:
    result = run("stat")
    assert result.exit_code == 2
    assert "did you mean 'stats'?" in result.stderr
