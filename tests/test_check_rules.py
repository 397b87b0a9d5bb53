"""The registry of codes, yamllint style: each rule's PASS and FAIL examples, each code's wording
(golden files), and the README's table of codes, all from the rules' own documentation."""

from __future__ import annotations

from pathlib import Path

import pytest
from diagram_helpers import golden

from argmap.check import RULES, check_map, codes_table
from argmap.check.registry import BACKGROUND, examples
from argmap.load import load_map

GOLDEN = Path(__file__).parent / "golden" / "check"
# Loader codes that no YAML text can show: they take bytes, a large file or permissions.
NO_EXAMPLE = {"not-utf8", "file-too-large", "unreadable"}


def diagnostics(root: Path, code: str, example: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``check`` of an example (with the background file), as the lines of its code."""
    entry = RULES[code]
    root.mkdir()
    monkeypatch.chdir(root)  # the diagnostics name example/map.yaml
    folder = root / "example"
    folder.mkdir()
    (folder / "background.yaml").write_text(BACKGROUND, encoding="utf-8")
    (folder / "map.yaml").write_text(example, encoding="utf-8")
    texts = None
    if entry.stage == "texts":
        texts = root / "texts"
        texts.mkdir()
        (texts / "essay.txt").write_text(examples(entry)["TEXT"], encoding="utf-8")
    found = check_map(load_map(Path("example"), use_cache=False), texts_dir=texts and "texts")
    return [str(d) for d in found if d.code == code]


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_rule_documents_a_passing_and_a_failing_example(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    found = examples(RULES[code])
    if code in NO_EXAMPLE:
        assert found == {}
        return
    assert {"PASS", "FAIL"} <= set(found), f"{code}: the docstring needs PASS: and FAIL: blocks"
    assert diagnostics(tmp_path / "pass", code, found["PASS"], monkeypatch) == []
    failed = diagnostics(tmp_path / "fail", code, found["FAIL"], monkeypatch)
    assert failed, f"{code}: the FAIL example gives no {code}"
    # The exact wording of the code's diagnostics, reviewed as a diff when it changes.
    golden(GOLDEN / f"{code}.txt", "\n".join(failed) + "\n", update_golden)


def test_every_code_has_one_rule_whose_summary_is_one_line() -> None:
    for code, entry in RULES.items():
        assert entry.code == code and entry.summary and "\n" not in entry.summary
        assert entry.stage == "loader" or entry.check is not None


def test_the_readme_table_of_codes_is_the_registry() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert codes_table() in readme, "README's table of codes: paste check.codes_table()"
