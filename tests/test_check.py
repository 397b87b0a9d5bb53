"""Each check rule on a small broken map: the exact places and codes it reports."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from argmap.check import CODES, check_map
from argmap.load import load_map

HEAD = """\
authors:
  - id: ann
    name: Ann
sources:
  - id: ann-1
    author: ann
    title: Essay
"""  # 7 lines: "claims:" is line 8, the first claim line 9


def problems(tmp_path: Path, text: str, texts: Path | None = None) -> list[tuple[int, int, str]]:
    (tmp_path / "m").mkdir(exist_ok=True)
    (tmp_path / "m" / "map.yaml").write_text(text, encoding="utf-8")
    found = check_map(load_map(tmp_path / "m", use_cache=False), texts_dir=texts)
    return [(d.loc.line, d.loc.column, d.code) for d in found]


def claims(body: str) -> str:
    return HEAD + "claims:\n" + textwrap.indent(textwrap.dedent(body), "  ")


CASES = {
    "yaml-syntax": ("claims: [\n  - id: a\n", [(2, 3, "yaml-syntax")]),
    "yaml-alias": ("a: &x [1]\nb: *x\n", [(1, 4, "yaml-alias")]),
    "yaml-tag": ("claims: !!python/object:os.system ls\n", [(1, 9, "yaml-tag")]),
    "not-a-mapping": ("- just\n- a list\n", [(1, 1, "not-a-mapping")]),
    "unknown-top-key": (HEAD + "claim: []\n", [(5, 5, "unused-source"), (8, 1, "unknown-key")]),
    "unknown-claim-key": (
        claims("""\
            - id: a
              text: A
              held_by: [{author: ann, quote: q}]
              support: [a]
            """),
        [(12, 5, "unknown-key")],
    ),
    "wrong-type": (
        claims("""\
            - id: a
              text: [a, list]
              held_by: [{author: ann, quote: q}]
            """),
        [(10, 11, "wrong-type")],
    ),
    "empty-text": (
        claims("""\
            - id: a
              text: "  "
              held_by: [{author: ann, quote: q}]
            """),
        [(10, 11, "empty-text")],
    ),
    "missing-key": (
        claims("""\
            - id: a
              held_by: [{author: ann, quote: q}]
            """),
        [(9, 5, "missing-key")],
    ),
    "bad-id": (
        claims("""\
            - id: Us_Pivot
              text: A
              held_by: [{author: ann, quote: q}]
            """),
        [(9, 9, "bad-id")],
    ),
    "duplicate-id": (
        claims("""\
            - id: a
              text: A
              held_by: [{author: ann, quote: q}]
            - id: a
              text: B
              held_by: [{author: ann, quote: r}]
            """),
        [(12, 5, "duplicate-id")],
    ),
    "duplicate-key": (
        claims("""\
            - id: a
              text: A
              text: B
              held_by: [{author: ann, quote: q}]
            """),
        [(11, 5, "duplicate-key")],
    ),
    "dangling-ref": (
        claims("""\
            - id: us-pivot-asia
              text: A
              held_by: [{author: anne, quote: q, source: ann-2}]
              supports: [us-pivot]
            """),
        [
            (5, 5, "unused-source"),
            (11, 24, "dangling-ref"),
            (11, 48, "dangling-ref"),
            (12, 16, "dangling-ref"),
        ],
    ),
    "self-loop": (
        claims("""\
            - id: a
              text: A
              held_by: [{author: ann, quote: q}]
              rebuts: [a]
            """),
        [(12, 14, "self-loop")],
    ),
    "support-and-rebut": (
        claims("""\
            - id: a
              text: A
              held_by: [{author: ann, quote: q}]
              supports: [b]
              rebuts: [b]
            - id: b
              text: B
              held_by: [{author: ann, quote: r}]
            """),
        [(13, 14, "support-and-rebut")],
    ),
    "holds-and-denies": (
        claims("""\
            - id: a
              text: A
              held_by: [{author: ann, quote: q}]
              denied_by: [{author: ann, quote: r}]
            """),
        [(12, 17, "holds-and-denies")],
    ),
    "support-cycle": (
        claims("""\
            - id: a
              text: A
              held_by: [{author: ann, quote: q}]
              supports: [b]
            - id: b
              text: B
              held_by: [{author: ann, quote: r}]
              supports: [a]
            """),
        [(9, 5, "support-cycle")],
    ),
    "orphan-and-unused": (
        HEAD.replace("    name: Ann\n", "    name: Ann\n  - id: bob\n    name: Bob\n")
        + "claims:\n  - id: lonely\n    text: Nobody holds this.\n",
        [(4, 5, "unused-author"), (7, 5, "unused-source"), (11, 5, "orphan-claim")],
    ),
    "duplicate-text": (
        claims("""\
            - id: a
              text: Same words.
              held_by: [{author: ann, quote: q}]
            - id: b
              text: same  words.
              held_by: [{author: ann, quote: r}]
            """),
        [(13, 11, "duplicate-text")],
    ),
    "bad-date-and-strength": (
        HEAD.replace("    title: Essay\n", "    title: Essay\n    date: May 2016\n")
        + "claims:\n  - id: a\n    text: A\n    strength: 2\n    held_by: [{author: ann, quote: q}]\n",
        [(8, 11, "bad-date"), (12, 15, "out-of-range")],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_rule_reports_its_problem_at_its_place(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    assert problems(tmp_path, text) == expected


def test_every_code_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"`{code}`" not in readme]
    assert missing == []


def test_quotes_are_checked_against_the_source_text(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "essay.txt").write_text(
        "The bear and the dragon \u201cmet\u201d in 2014 \u2014 and\nparted soon after.",
        encoding="utf-8",
    )
    text = HEAD.replace("    title: Essay\n", "    title: Essay\n    text: essay.txt\n") + claims(
        """\
        - id: a
          text: A
          held_by: [{author: ann, quote: "dragon \\"met\\" in 2014 - and parted"}]
        - id: b
          text: B
          held_by: [{author: ann, quote: "the bear and the tiger met"}]
        """
    ).removeprefix(HEAD)
    found = problems(tmp_path, text, texts=texts)
    assert found == [(15, 36, "quote-not-found")]
    message = check_map(load_map(tmp_path / "m", use_cache=False), texts_dir=texts)[0].message
    assert "closest passage" in message and "bear and the dragon" in message


def _case_messages(tmp_path: Path, *quotes: str) -> list[str]:
    texts = tmp_path / "texts"
    texts.mkdir(parents=True)
    (texts / "essay.txt").write_text(
        "The school board met.\nIt said that uniforms and Badges\nwould stay.\n",
        encoding="utf-8",
    )
    entries = "".join(
        f"""\
        - id: c{k}
          text: C
          held_by: [{{author: ann, quote: "{quote}"}}]
        """
        for k, quote in enumerate(quotes)
    )
    text = HEAD.replace("    title: Essay\n", "    title: Essay\n    text: essay.txt\n") + claims(
        entries
    ).removeprefix(HEAD)
    found = problems(tmp_path, text, texts=texts)
    diagnostics = check_map(load_map(tmp_path / "m", use_cache=False), texts_dir=texts)
    assert len(found) == len(diagnostics)
    return [d.message for d in diagnostics if d.code == "quote-not-found"]


def test_a_quote_may_recase_its_first_letter(tmp_path: Path) -> None:
    # Capitalised to stand alone, though it starts mid-sentence; lower-cased to run on.
    assert _case_messages(tmp_path, "Uniforms and Badges would stay", "the school board") == []


def test_a_quote_that_differs_only_in_case_says_where(tmp_path: Path) -> None:
    (message,) = _case_messages(tmp_path, "It said that Uniforms and Badges")
    assert "differs from essay.txt only in case at 'Uniforms'" in message
    assert "(the text has 'uniforms', line 2)" in message
    # Past a recased first letter, the next difference is the one named.
    (message,) = _case_messages(tmp_path / "two", "Uniforms and badges")
    assert "only in case at 'badges' (the text has 'Badges'" in message


def test_a_quote_with_other_differences_gets_the_closest_passage(tmp_path: Path) -> None:
    (message,) = _case_messages(tmp_path, "Uniforms and hats")
    assert "is not in essay.txt; closest passage" in message


def test_a_dozen_planted_mistakes_are_all_reported_in_one_run(tmp_path: Path) -> None:
    text = claims(
        """\
        - id: a
          text: A
          held_by: [{author: ann, quote: q}]
          supports: [b, missing]
          rebuts: [b, a]
        - id: b
          text: [B]
          held_by: [{author: ann, quote: r}, {author: ghost, quote: s}]
          denied_by: [{author: ann, quote: t}]
          colour: red
        - id: Bad_Id
          text: ""
          held_by: [{author: ann, quote: u, source: nope}]
        - id: a
          text: again
          held_by: [{author: ann, quote: v}]
          strength: -1
        """
    )
    codes = [code for _, _, code in problems(tmp_path, text)]
    assert sorted(codes) == sorted(
        [
            "dangling-ref",  # missing
            "support-and-rebut",  # b both ways
            "self-loop",  # rebuts a
            "wrong-type",  # text: [B]
            "dangling-ref",  # ghost
            "holds-and-denies",  # ann on b
            "unknown-key",  # colour
            "bad-id",
            "empty-text",
            "dangling-ref",  # source nope
            "duplicate-id",  # a again
            "out-of-range",  # strength -1
        ]
    )
