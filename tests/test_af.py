"""Reading abstract frameworks: the three formats, detection, and file:line diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.errors import FrameworkError
from argmap.semantics import grounded_af
from argmap.semantics.framework import detect_format, parse_framework, read_framework

# One framework, a -> b -> c and a self-attacking d, in the three formats.
I23 = "p af 4\n# made by hand\n1 2\n2 3\n\n4 4\n"
TGF = "a\nb\nc\nd\n#\na b\nb c\nd d\n"
APX = "% made by hand\narg(a).\narg(b).\narg(c). arg(d).\natt(a,b).\natt( b , c ).\natt(d,d).\n"


@pytest.mark.parametrize(("text", "fmt"), [(I23, "i23"), (TGF, "tgf"), (APX, "apx")])
def test_formats_detected_and_read_alike(text: str, fmt: str) -> None:
    af = parse_framework(text)
    assert af.fmt == fmt
    assert len(af.names) == 4 and len(af.attacks) == 3
    assert grounded_af(af) == ["in", "out", "in", "undec"]


def test_i23_names_are_numbers() -> None:
    assert parse_framework(I23).attack_names() == [("1", "2"), ("2", "3"), ("4", "4")]


def test_format_can_be_forced() -> None:
    # Without --af-format, a file starting with a name is read as TGF.
    with pytest.raises(FrameworkError, match=r"^x.af:1: attack before the 'p af N' header"):
        parse_framework(TGF, "x.af", "i23")
    assert detect_format(["", "# c", "p af 1"]) == "i23"


def errors(text: str, fmt: str | None = None) -> list[tuple[int, str]]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "f", fmt)
    return [(d.loc.line, d.message) for d in caught.value.diagnostics]


def test_i23_diagnostics_name_every_bad_line() -> None:
    found = errors("p af 3\n1 2\n1 x\n2 9\n3\n")
    assert [line for line, _ in found] == [3, 4, 5]
    assert "outside 1..3" in found[1][1]
    assert errors("1 2\np af 2\n", "i23")[0] == (1, "attack before the 'p af N' header")
    assert errors("", "i23") == [(1, "no 'p af N' header: not an ICCMA 2023 framework")]
    assert "a second 'p af N' header" in errors("p af 2\np af 3\n")[0][1]
    assert "expected 'p af N'" in errors("p af two\n")[0][1]


def test_tgf_diagnostics() -> None:
    found = errors("alpha\nbeta\n#\nalpha bta\nalpha\n")
    assert found == [
        (4, "attack names unknown argument 'bta' (did you mean 'beta'?)"),
        (5, "bad attack line 'alpha': expected 'a b'"),
    ]
    assert errors("a\na\n#\n")[0] == (2, "argument 'a' is listed twice")
    assert "TGF lists one argument a line" in errors("a b\n")[0][1]


def test_apx_truncated_file_names_its_last_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.apx"
    path.write_text("arg(a1).\narg(a2).\natt(a1,a2).\natt(a2,a")
    with pytest.raises(FrameworkError) as caught:
        read_framework(path)
    assert str(caught.value).startswith(f"{path}:4: unfinished statement 'att(a2,a'")
    assert "cut short" in str(caught.value)


def test_apx_other_diagnostics() -> None:
    assert errors("arg(a).\natt(a,b).\n") == [(2, "attack names unknown argument 'b'")]
    assert errors("arg(a).\nfoo(a).\n")[0][0] == 2
    assert errors("arg(a).\narg(a).\n") == [(2, "argument 'a' is declared twice")]


def test_attacks_may_precede_arguments_in_apx() -> None:
    assert parse_framework("att(a,b).\narg(b).\narg(a).\n").attack_names() == [("a", "b")]


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no framework file"):
        read_framework(tmp_path / "none.af")
    (tmp_path / "bin.af").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(Exception, match="is not UTF-8 text"):
        read_framework(tmp_path / "bin.af")
