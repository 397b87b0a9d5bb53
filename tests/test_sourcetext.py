"""`argmap quote` and `argmap ingest`: verbatim passages, right lines, drafts that load and check."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from conftest import BUNDLED_MAP, SEEDS

from argmap.check import check_map
from argmap.errors import Severity
from argmap.load import load_map
from argmap.sourcetext import locate, sentences, split_passages
from argmap.textmatch import fold

ESSAY = (
    "The Bear and the Dragon\n"
    "Written by Ann Lee.\n"
    "\n"
    "Moscow and Beijing signed a treaty in 2001. Some argue that the two will soon be allies.\n"
    "Will they? An alliance would entrap both partners in each other\u2019s wars, and neither "
    "wants that.\n"
    "Russia\u2019s \u201cpivot\u201d to Asia \u2014 its turn east \u2014 will not make it "
    "China\u2019s junior partner.\n"
    "Ann Lee is an associate professor of politics at a university.\n"
)
MAP = {
    "lee.yaml": """\
        authors:
          - {id: kim, name: Kim}
        sources:
          - {id: kim-2020, author: kim, title: Essay, text: kim.txt}
        claims:
          - id: alliance-entraps
            text: An alliance would drag each partner into the other's wars.
            held_by:
              - {author: kim, quote: "alliances entrap"}
          - id: alliance-motion
            text: China and Russia will form an alliance.
        """,
}


@pytest.fixture
def essay(tmp_path: Path) -> Path:
    path = tmp_path / "essay.txt"
    path.write_text(ESSAY, encoding="utf-8")
    return path


def line_of(text: str, passage: str) -> int:
    return text[: text.index(passage)].count("\n") + 1


# quote


def test_passages_are_verbatim_with_their_line(
    run_json: Callable[..., Any], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run_json(
        "--map", write_map(MAP), "quote", "Russia will not be the junior partner", "--in", essay
    )
    assert set(result) == {"query", "file", "passages"}
    assert result["query"] == "Russia will not be the junior partner"
    assert result["file"] == str(essay)
    best = result["passages"][0]
    assert set(best) == {"text", "line", "score"}
    # The original characters: curly quotes and dashes as the file has them.
    assert "\u201cpivot\u201d" in best["text"] and "junior partner" in best["text"]
    for passage in result["passages"]:
        assert passage["text"] in ESSAY
        assert passage["line"] == line_of(ESSAY, passage["text"])
    scores = [p["score"] for p in result["passages"]]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_a_claim_id_is_quoted_by_its_text(
    run_json: Callable[..., Any], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run_json("--map", write_map(MAP), "quote", "alliance-entraps", "--in", essay)
    assert result["query"] == "An alliance would drag each partner into the other's wars."
    assert result["claim"] == "alliance-entraps"
    assert result["passages"][0]["line"] == 5
    assert result["passages"][0]["text"].startswith("An alliance would entrap")


def test_top_limits_the_passages_and_none_overlap(
    run_json: Callable[..., Any], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run_json("--map", write_map(MAP), "quote", "alliance", "--in", essay, "--top", "1")
    assert len(result["passages"]) == 1
    many = run_json("--map", write_map(MAP), "quote", "Russia China alliance", "--in", essay)
    spans = []
    for passage in many["passages"]:
        start = ESSAY.index(passage["text"])
        spans.append((start, start + len(passage["text"])))
    for i, (a, b) in enumerate(spans):
        assert all(b <= c or d <= a for c, d in spans[i + 1 :])


def test_the_table_shows_line_score_and_passage(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run("--map", write_map(MAP), "quote", "entrap partners in wars", "--in", essay)
    assert result.exit_code == 0
    assert "line" in result.stdout and "score" in result.stdout
    assert "An alliance would entrap" in result.stdout


def test_every_bundled_quote_is_found_in_the_top_five_of_its_own_words() -> None:
    """Quoting a claim by its real quote finds that quote's place: the matcher, end to end."""
    from argmap.sourcetext import Ranker

    argmap = load_map(BUNDLED_MAP, use_cache=False)
    rankers: dict[str, Ranker] = {}
    texts: dict[str, str] = {}
    for stance in argmap.stances():
        source = argmap.source_by_id[stance.source or ""]
        assert source.text
        text = texts.setdefault(source.text, (SEEDS / source.text).read_text(encoding="utf-8"))
        span = locate(stance.quote, text)
        assert span is not None
        ranker = rankers.setdefault(source.text, Ranker(text))
        matches = ranker.rank(stance.quote, top=5)
        assert any(m.passage.start <= span[0] < m.passage.end for m in matches), stance.quote


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no file"),
        (lambda p: p, "is a directory"),
        (lambda p: _write(p / "latin1.txt", "caf\xe9 au lait".encode("latin-1")), "not UTF-8"),
        (lambda p: _write(p / "blank.txt", b"  \n\n"), "has no text"),
    ],
    ids=["missing", "directory", "not-utf8", "empty"],
)
def test_bad_files_get_one_line_and_exit_1(
    run: Callable[..., Result],
    tmp_path: Path,
    write_map: Callable[..., Path],
    make: Callable[[Path], Path],
    message: str,
) -> None:
    path = make(tmp_path)
    for args in (
        ["quote", "alliance", "--in", path],
        ["ingest", path, "--author", "lee", "--source", "lee-2020"],
    ):
        result = run("--map", write_map(MAP), *args)
        assert result.exit_code == 1
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ingest


def test_draft_holds_the_authors_own_claims_only(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run(
        "--map", write_map(MAP), "ingest", essay, "--author", "lee", "--source", "lee-2020"
    )
    assert result.exit_code == 0, result.output
    draft = result.stdout.partition("claims:")[2]
    # Not the title, the byline, the question, the reported view or the note on the author.
    for left_out in ("The Bear and the Dragon", "Written by", "Will they?", "Some argue",
                     "associate professor"):  # fmt: skip
        assert left_out not in draft
    assert "An alliance would entrap both partners" in draft
    assert "\u201cpivot\u201d to Asia \u2014 its turn east" in draft  # verbatim, not folded
    assert "# may bear on: alliance-entraps (" in draft


def test_the_draft_loads_and_checks_in_the_map(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path], tmp_path: Path
) -> None:
    map_dir = write_map(MAP)
    out = tmp_path / "lee-draft.yaml"
    args = ["--map", map_dir, "ingest", essay, "--author", "lee", "--source", "lee-2020"]
    result = run(*args, "--name", "Ann Lee", "-o", out)
    assert result.exit_code == 0, result.output
    assert "draft claim" in result.stderr
    shutil.copy(out, map_dir / "lee-draft.yaml")
    shutil.copy(essay, tmp_path / "texts.txt")
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copy(essay, texts / essay.name)
    shutil.copy(essay, texts / "kim.txt")
    argmap = load_map(map_dir, use_cache=False)
    drafted = [c for c in argmap.claims if c.loc and c.loc.file.endswith("lee-draft.yaml")]
    assert len(drafted) >= 2
    assert argmap.author_by_id["lee"].name == "Ann Lee"
    assert argmap.source_by_id["lee-2020"].text == essay.name
    problems = [
        d
        for d in check_map(argmap, texts_dir=texts)
        if d.severity is Severity.ERROR and "lee-draft" in d.loc.file
    ]
    assert problems == []
    for claim in drafted:
        (stance,) = claim.stances
        assert stance.author == "lee" and stance.source == "lee-2020"
        assert stance.quote in ESSAY  # verbatim, so found without folding


def test_a_draft_stays_valid_after_entries_are_dropped(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path], tmp_path: Path
) -> None:
    map_dir = write_map(MAP)
    args = ["--map", map_dir, "ingest", essay, "--author", "lee", "--source", "lee-2020"]
    draft = run(*args).stdout
    head, _, entries = draft.partition("claims:\n")
    first_entry = entries.split("\n  - id:")[0]
    (map_dir / "draft.yaml").write_text(head + "claims:\n" + first_entry + "\n", encoding="utf-8")
    argmap = load_map(map_dir, use_cache=False)
    assert not [d for d in check_map(argmap) if d.severity is Severity.ERROR]


def test_lines_restrict_the_article(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path]
) -> None:
    args = ["--map", write_map(MAP), "ingest", essay, "--author", "lee", "--source", "lee-2020"]
    result = run(*args, "--lines", "6-6")
    assert result.exit_code == 0, result.output
    assert "junior partner" in result.stdout
    assert "entrap" not in result.stdout
    assert "# line 6" in result.stdout
    bad = run(*args, "--lines", "9-3")
    assert bad.exit_code == 1 and "--lines" in bad.stderr


def test_ingest_refuses_to_overwrite_without_force(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "draft.yaml"
    out.write_text("mine\n", encoding="utf-8")
    args = ["--map", write_map(MAP), "ingest", essay, "--author", "lee", "--source", "lee-2020"]
    refused = run(*args, "-o", out)
    assert refused.exit_code == 1 and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
    forced = run(*args, "-o", out, "--force")
    assert forced.exit_code == 0
    assert "claims:" in out.read_text(encoding="utf-8")


def test_ingest_writes_nothing_into_the_map_unless_told(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path]
) -> None:
    map_dir = write_map(MAP)
    before = sorted(p.name for p in map_dir.iterdir())
    args = ["--map", map_dir, "ingest", essay, "--author", "lee", "--source", "lee-2020"]
    assert run(*args).exit_code == 0
    assert sorted(p.name for p in map_dir.iterdir()) == before
    into_dir = run(*args, "-o", map_dir)
    assert into_dir.exit_code == 1 and "is a directory" in into_dir.stderr
    assert sorted(p.name for p in map_dir.iterdir()) == before


@pytest.mark.parametrize("author", ["Ann Lee", "Lee", "-lee"])
def test_an_author_that_is_not_an_id_is_refused(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path], author: str
) -> None:
    result = run(
        "--map", write_map(MAP), "ingest", essay, "--author", author, "--source", "lee-2020"
    )
    assert result.exit_code == 1
    assert "is not an id" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_source_of_another_author_is_refused(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run(
        "--map", write_map(MAP), "ingest", essay, "--author", "lee", "--source", "kim-2020"
    )
    assert result.exit_code == 1 and "kim" in result.stderr


def test_suggested_ids_are_new_and_unique(
    run: Callable[..., Result], tmp_path: Path, write_map: Callable[..., Path]
) -> None:
    essay = tmp_path / "twice.txt"
    essay.write_text(
        "An alliance would entrap both partners in wars.\n"
        "An alliance would entrap both partners in wars, again and again.\n",
        encoding="utf-8",
    )
    mapped = dict(MAP)
    mapped["more.yaml"] = """\
        claims:
          - id: alliance-would-entrap-partners-wars
            text: Taken.
            held_by: [{author: kim, quote: "x"}]
        """
    result = run(
        "--map", write_map(mapped), "ingest", essay, "--author", "lee", "--source", "lee-2020"
    )
    claims = result.stdout.partition("claims:")[2]
    ids = [line.split('"')[1] for line in claims.splitlines() if line.startswith("  - id:")]
    assert len(ids) == len(set(ids)) == 2
    assert "alliance-would-entrap-partners-wars" not in ids


# offline


def test_quote_and_ingest_open_no_socket(
    run: Callable[..., Result],
    essay: Path,
    write_map: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    map_dir = write_map(MAP)
    quoted = run("--map", map_dir, "quote", "alliance-entraps", "--in", essay)
    assert quoted.exit_code == 0, quoted.output
    ingested = run("--map", map_dir, "ingest", essay, "--author", "lee", "--source", "lee-2020")
    assert ingested.exit_code == 0, ingested.output


# the passages themselves


def test_sentences_keep_their_lines_and_characters() -> None:
    for text in (ESSAY, (SEEDS / "002_73eed263f62ed169.txt").read_text(encoding="utf-8")):
        for passage in split_passages(text):
            assert text[passage.start : passage.end] == passage.text
            assert passage.line == text[: passage.start].count("\n") + 1
            assert passage.text == passage.text.strip()


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "The U.S. pivot worries Dr. Li. It ends here."
    assert [s.text for s in sentences(text)] == ["The U.S. pivot worries Dr. Li.", "It ends here."]


def test_hard_wrapped_paragraphs_join_into_sentences() -> None:
    wrapped = (
        "An alliance of the two would entrap each partner in the\n"
        "other's wars, which neither of them wants to risk at all.\n"
        "\n"
        "That is why none will come about in the years ahead of us.\n"
    )
    found = sentences(wrapped)
    assert len(found) == 2
    assert found[0].text.endswith("risk at all.") and found[0].line == 1
    assert found[1].line == 4
    assert fold(found[0].text) == fold(wrapped.split("\n\n")[0])


def test_check_hint_names_the_closest_passage_and_its_line(tmp_path: Path) -> None:
    map_dir = tmp_path / "m"
    map_dir.mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "e.txt").write_text(ESSAY, encoding="utf-8")
    (map_dir / "a.yaml").write_text(
        "authors: [{id: lee, name: Lee}]\n"
        "sources: [{id: s, author: lee, title: T, text: e.txt}]\n"
        "claims:\n"
        "  - id: c\n"
        "    text: C\n"
        '    held_by: [{author: lee, quote: "Russia will never be the junior partner of China"}]\n',
        encoding="utf-8",
    )
    (diagnostic,) = check_map(load_map(map_dir, use_cache=False), texts_dir=tmp_path / "texts")
    assert diagnostic.code == "quote-not-found"
    assert "closest passage (line 6)" in diagnostic.message
    assert "junior partner" in diagnostic.message


def test_json_is_one_document(
    run: Callable[..., Result], essay: Path, write_map: Callable[..., Path]
) -> None:
    result = run("--map", write_map(MAP), "quote", "alliance", "--in", essay, "--format", "json")
    assert json.loads(result.stdout)["passages"]
