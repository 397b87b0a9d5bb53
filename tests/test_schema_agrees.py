"""The JSON Schema and `check` accept and refuse the same files, and one bad value is one
diagnostic: the same broken files go to both, the schema read by check-jsonschema (YAML 1.2,
as editors read it)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from argmap.check import check_map
from argmap.errors import Severity
from argmap.load import load_map

HEAD = """\
authors:
  - id: ann
    name: Ann Archer
sources:
  - id: s
    author: ann
    title: A title
"""
CLAIM = """\
claims:
  - id: c
    text: A claim.
"""
# name -> (file text, valid?)
CASES: dict[str, tuple[str, bool]] = {
    "minimal": (CLAIM, True),
    "tags-no-yes-on": (CLAIM + "    tags: [no, yes, on, off]\n", True),
    "year": (HEAD + "    date: 2016\n", True),
    "year-month": (HEAD + "    date: 2016-05\n", True),
    "full-date": (HEAD + "    date: 2016-05-01\n", True),
    "leap-day": (HEAD + "    date: 2016-02-29\n", True),
    "one-id-for-a-list": (CLAIM + "    supports: other\n  - id: other\n    text: B.\n", True),
    "empty-note": (CLAIM + "    note:\n", True),
    "quoted-number-text": ("claims:\n  - id: c\n    text: '42'\n", True),
    "octal-looking-year": (HEAD + "    date: 2017\n", True),
    "month-13": (HEAD + "    date: 2016-13-45\n", False),
    "not-a-leap-year": (HEAD + "    date: 2015-02-29\n", False),
    "april-31": (HEAD + "    date: 2016-04-31\n", False),
    "short-month": (HEAD + "    date: 2016-1-5\n", False),
    "date-and-time": (HEAD + "    date: 2016-05-01 10:00:00\n", False),
    "number-text": ("claims:\n  - id: c\n    text: 42\n", False),
    "number-id": ("claims:\n  - id: 42\n    text: A claim.\n", False),
    "number-tags": (CLAIM + "    tags: [1, 2]\n", False),
    "yes-is-not-a-flag": (CLAIM + "    motion: yes\n", False),
    "strength-too-big": (CLAIM + "    strength: 1.5\n", False),
    "strength-as-text": (CLAIM + "    strength: '0.5'\n", False),
    "empty-text": ("claims:\n  - id: c\n    text: ''\n", False),
    "blank-text": ("claims:\n  - id: c\n    text: '  '\n", False),
    "list-text": ("claims:\n  - id: c\n    text: [a, b]\n", False),
    "unknown-key": (CLAIM + "    colour: red\n", False),
    "bad-id": ("claims:\n  - id: Not_An_Id\n    text: A claim.\n", False),
    "author-and-authors": (HEAD + "    authors: [ann]\n", False),
    "no-title": (
        "authors:\n  - id: ann\n    name: Ann\nsources:\n  - id: s\n    author: ann\n",
        False,
    ),
}


def check_says_valid(root: Path) -> bool:
    diagnostics = check_map(load_map(root, use_cache=False))
    return not [d for d in diagnostics if d.severity is Severity.ERROR]


def test_schema_and_check_agree(run: Callable[..., Any], tmp_path: Path) -> None:
    schema = tmp_path / "argmap.schema.json"
    schema.write_text(run("schema").stdout)
    files = {}
    for name, (text, _) in CASES.items():
        root = tmp_path / name
        root.mkdir()
        files[name] = root / "map.yaml"
        files[name].write_text(text, encoding="utf-8")
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "check-jsonschema"),
            "--schemafile",
            str(schema),
            "-o",
            "json",
            *[str(f) for f in files.values()],
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    assert report["parse_errors"] == []
    refused = {Path(e["filename"]).parent.name for e in report["errors"]}
    for name, (_, valid) in CASES.items():
        by_check = check_says_valid(files[name].parent)
        by_schema = name not in refused
        assert (by_check, by_schema) == (valid, valid), name


@pytest.fixture
def cited_map(write_map: Callable[..., Path]) -> Callable[[str], Path]:
    """A map whose claims file cites the source and links the claims of ``sources.yaml``."""

    def make(claims_head: str) -> Path:
        claims = "claims:\n" + "".join(
            f"  - id: claim-{i}\n    text: Claim {i}.\n    held_by:\n"
            f"      - author: ann\n        quote: words {i}\n        source: s\n"
            f"    supports: [motion]\n"
            for i in range(12)
        )
        return write_map(
            {
                "sources.yaml": HEAD + "    date: 2016\n",
                "claims.yaml": claims,
                "motion.yaml": textwrap.dedent(claims_head),
            }
        )

    return make


def _errors(root: Path) -> list[tuple[str, int, str]]:
    return [
        (Path(d.loc.file).name, d.loc.line, d.code)
        for d in check_map(load_map(root, use_cache=False))
        if d.severity is Severity.ERROR
    ]


def test_a_mistyped_date_is_one_error(write_map: Callable[..., Path]) -> None:
    claims = "claims:\n" + "".join(
        f"  - id: claim-{i}\n    text: Claim {i}.\n    held_by:\n"
        f"      - author: ann\n        quote: words {i}\n        source: s\n"
        for i in range(12)
    )
    root = write_map({"sources.yaml": HEAD + "    date: 2016-13-45\n", "claims.yaml": claims})
    assert _errors(root) == [("sources.yaml", 8, "bad-date")]


def test_a_syntax_error_is_one_error_and_the_rest_of_the_file_loads(
    cited_map: Callable[[str], Path],
) -> None:
    root = cited_map(
        """\
        claims:
          - id: motion
            text: 'The motion, with a quote left open.
            motion: true
          - id: other
            text: Another claim.
            supports: [motion]
        """
    )
    errors = _errors(root)
    assert [(f, c) for f, _, c in errors] == [("motion.yaml", "yaml-syntax")]
    argmap = load_map(root, use_cache=False)
    assert {"motion", "other"} <= set(argmap.claim_by_id)  # the entry and the rest are read
