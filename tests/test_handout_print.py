"""The printed handouts read back by real readers: the PDF that headless Chromium prints (pages
counted, text and its place on each page read with pypdf) and the debate cards (.docx read
with python-docx, every highlighted passage checked against the source texts)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from conftest import BUNDLED_MAP, SEEDS
from debate_maps import PHONES_MAP, PHONES_TEXTS
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from pypdf import PdfReader

needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Debian's chromium (make test installs it)"
)
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the source texts of the bundled map")

MAX_PAGES = 5


def lowest_text(page: Any) -> float:
    """The height above the page's foot of the lowest text on it, in points."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            found.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    return min(found) if found else float(page.mediabox.height)


def pages_of(path: Path) -> list[Any]:
    return list(PdfReader(path).pages)


def highlighted(path: Path) -> list[str]:
    """The highlighted passages of a .docx: runs of highlighted text, joined within a paragraph."""
    found = []
    for paragraph in Document(str(path)).paragraphs:
        run_text = ""
        for run in paragraph.runs:
            if run.font.highlight_color == WD_COLOR_INDEX.YELLOW:
                run_text += run.text
            elif run_text:
                found.append(run_text)
                run_text = ""
        if run_text:
            found.append(run_text)
    return found


def largest_against(run_json: Callable[..., Any]) -> str:
    """The motion of the bundled map whose AGAINST brief holds the most claims and quotes."""
    sizes = {}
    for motion in run_json("--map", BUNDLED_MAP, "prep", "--motions")["motions"]:
        data = run_json("--map", BUNDLED_MAP, "prep", motion["id"], "--side", "against")
        quotes = sum(len(c["held_by"]) + len(c["denied_by"]) for c in data["claims"].values())
        sizes[motion["id"]] = len(data["claims"]) + quotes
    return max(sizes, key=lambda m: (sizes[m], m))


@needs_chromium
def test_largest_against_handout_prints_compactly(
    run: Callable[..., Result], run_json: Callable[..., Any], tmp_path: Path
) -> None:
    motion = largest_against(run_json)
    target = tmp_path / "brief.pdf"
    result = run("--map", BUNDLED_MAP, "prep", motion, "--side", "against", "-o", target)
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")
    pages = pages_of(target)
    assert 1 <= len(pages) <= MAX_PAGES
    for number, page in enumerate(pages[:-1], 1):
        # no page but the last less than half full: its text reaches below the middle
        assert lowest_text(page) < float(page.mediabox.height) / 2, f"page {number} half empty"
    text = "\n".join(page.extract_text() for page in pages)
    data = run_json("--map", BUNDLED_MAP, "prep", motion, "--side", "against")
    first_line = " ".join(data["claims"][motion]["text"].split()[:6])
    assert first_line in " ".join(text.split())
    assert "Your case" in text and "Sources to read" in text and "For the teacher" in text
    assert "DF-QuAD" not in text.split("For the teacher")[0]  # the numbers are the teacher's


@needs_chromium
def test_pdf_of_a_hand_made_brief_reads_back(
    run: Callable[..., Result], write_map: Callable[..., Path], tmp_path: Path
) -> None:
    target = tmp_path / "brief.pdf"
    result = run("--map", write_map(PHONES_MAP), "prep", "phones", "--side", "for", "-o", target)
    assert result.exit_code == 0, result.output
    text = " ".join(" ".join(p.extract_text() for p in pages_of(target)).split())
    assert "Schools should ban phones in class." in text
    assert "Rebuts your point 1.1: Pupils with phones in class get lower grades." in text
    assert "No answer in the map: prepare one." in text
    assert "a concession from Dan Dray, who argues against the motion" in text


@needs_chromium
def test_both_sides_in_one_packet_each_from_a_new_page(
    run: Callable[..., Result], write_map: Callable[..., Path], tmp_path: Path
) -> None:
    target = tmp_path / "packet.pdf"
    result = run("--map", write_map(PHONES_MAP), "prep", "phones", "--both", "-o", target)
    assert result.exit_code == 0, result.output
    assert "FOR:" in result.stderr and "AGAINST:" in result.stderr
    starts = [" ".join(p.extract_text().split())[:60] for p in pages_of(target)]
    assert any(s.startswith("AGAINST You argue AGAINST the motion") for s in starts[1:])


def test_cards_without_texts_read_the_quote(
    run: Callable[..., Result], write_map: Callable[..., Path], tmp_path: Path
) -> None:
    target = tmp_path / "cards.docx"
    result = run("--map", write_map(PHONES_MAP), "prep", "phones", "--side", "for", "-o", target)
    assert result.exit_code == 0, result.output
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["Case", "Their attacks", "Answers"]
    assert "Answers to A2: Lockers for phones cost a school 5000 pounds." in headings
    assert headings[-2:] == ["Common ground", "Sources"]
    read = highlighted(target)
    assert "phones distract pupils" in read and "teachers do report disruption" in read
    text = "\n".join(p.text for p in document.paragraphs)
    assert "1  Phones distract pupils in class.   5 s" in text
    assert "Amy 2020 \u2014 Amy Archer, \u201cScreens in class\u201d, Teacher Weekly, 2020" in text
    assert "Undercut (2 levels down): its premise" in text


def test_cards_with_texts_highlight_only_words_of_the_source(
    run: Callable[..., Result], write_map: Callable[..., Path], tmp_path: Path
) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, body in PHONES_TEXTS.items():
        (texts / name).write_text(body, encoding="utf-8")
    target = tmp_path / "cards.docx"
    args = ("prep", "phones", "--side", "for", "--texts", texts, "-o", target)
    result = run("--map", write_map(PHONES_MAP), *args)
    assert result.exit_code == 0, result.output
    sources = list(PHONES_TEXTS.values())
    read = highlighted(target)
    assert len(read) >= 8
    for passage in read:
        assert any(passage in source for source in sources), passage
    assert "home habits matter more \u2014 far more" in read  # the source's dash, not the map's
    assert "teachers do report disruption" not in read  # not in the text: not highlighted
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Every teacher knows it: phones distract pupils, and not only" in text
    assert "not found in the source text" in text


@needs_seeds
@pytest.mark.parametrize("side", ["for", "against"])
def test_bundled_cards_highlight_verbatim_passages_of_the_seeds(
    run: Callable[..., Result], tmp_path: Path, side: str
) -> None:
    target = tmp_path / "cards.docx"
    args = ("prep", "alliance-in-all-but-name", "--side", side, "--texts", SEEDS, "-o", target)
    result = run("--map", BUNDLED_MAP, *args)
    assert result.exit_code == 0, result.output
    sources = [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    read = highlighted(target)
    assert len(read) >= 8
    for passage in read:
        assert any(passage in source for source in sources), passage
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "not found in the source text" not in text


def test_anonymized_cards_and_packet_name_no_author(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    for name in ("cards.docx", "packet.md", "packet.html"):
        target = tmp_path / name
        args = ("prep", "alliance-in-all-but-name", "--both", "--anonymize", "-o", target)
        result = run("--map", BUNDLED_MAP, *args)
        assert result.exit_code == 0, result.output
        if name.endswith(".docx"):
            text = "\n".join(p.text for p in Document(str(target)).paragraphs)
        else:
            text = target.read_text(encoding="utf-8")
        for hidden in ("Lukin", "Yuan", "Xie", "GVS", "Global Village", "China Policy Institute"):
            assert hidden not in text, hidden
        assert "Sino-Russian Alliance? Rationales" not in text  # a title is one search away
        assert "Author A" in text and "source 1" in text


def test_docx_is_a_word_document(run: Callable[..., Result], tmp_path: Path) -> None:
    target = tmp_path / "cards.docx"
    run("--map", BUNDLED_MAP, "prep", "us-policy-drives-alignment", "--side", "for", "-o", target)
    document = Document(io.BytesIO(target.read_bytes()))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


def test_pdf_without_chromium_says_what_to_do(
    run: Callable[..., Result],
    write_map: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to run here
    monkeypatch.delenv("ARGMAP_CHROMIUM", raising=False)
    target = tmp_path / "brief.pdf"
    result = run("--map", write_map(PHONES_MAP), "prep", "phones", "--side", "for", "-o", target)
    assert result.exit_code == 1
    assert "cannot print a PDF: Chromium was not found" in result.stderr
    assert "print it from a browser instead" in result.stderr
    assert "No diagram" not in result.stderr and not target.exists()
