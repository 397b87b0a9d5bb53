"""The agreement matrix in the terminal: every author and every number, whatever the width.

Cells hold the score and its n; a thin score (n < 3) is dimmed and marked with "?", so the mark
survives NO_COLOR. The matrix is symmetric, so only the lower triangle is drawn. Where it does
not fit the terminal, it switches to short column labels with a key, then to pages of columns
or a list of the pairs with evidence (whichever is shorter), and says so.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rich.color import Color
from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text

from argmap.anonymize import letters
from argmap.wording import plural

__all__ = ["cell_text", "matrix_view", "signed"]

_RED = (178, 34, 34)
_NEUTRAL = (96, 96, 96)
_GREEN = (34, 139, 34)
_GAP = 1  # columns between two cells

LEVEL_WORDS = {
    "all": "all claims",
    "verdict": "the verdict: positions on the motions",
    "reasons": "the reasons: positions on claims other than motions",
}
FORMULAS = {
    "plain": "score = (agree \u2212 disagree) / (agree + disagree)",
    "average": "score = (agree \u2212 disagree) / mean positions of the two (DNA average)",
    "jaccard": "score = (agree \u2212 disagree) / distinct positions of the two (DNA Jaccard)",
}


def signed(score: float) -> str:
    """``+0.50``, ``−1.00``, ``0.00``: a sign always, a true minus, two decimals.

    >>> signed(-1.0), signed(0.0), signed(0.25)
    ('\u22121.00', '0.00', '+0.25')
    """
    text = f"{score:+.2f}"
    return text[1:] if text in ("+0.00", "-0.00") else text.replace("-", "\u2212")


def score_style(score: float, thin: bool = False) -> Style:
    """Red through neutral grey to green as the score goes from −1 to +1; thin scores dimmed."""
    return _style(round(score, 2), thin)


@cache
def _style(score: float, thin: bool) -> Style:
    end = _GREEN if score > 0 else _RED
    t = min(abs(score), 1.0)
    rgb = tuple(round(n + (e - n) * t) for n, e in zip(_NEUTRAL, end, strict=True))
    return Style(color="white", bgcolor=Color.from_rgb(*rgb), bold=not thin, dim=thin)


def _width_of(entry: dict[str, Any]) -> int:
    """How wide ``cell_text(entry)`` is, without building it."""
    if entry["score"] is None:
        return 1
    return len(signed(entry["score"])) + 2 + len(str(entry["n"]))


def cell_text(entry: dict[str, Any]) -> Text:
    """One pair's cell: ``+0.50  4`` (score, n); ``+1.00? 1`` when thin; ``·`` without evidence.

    >>> str(cell_text({"score": 1.0, "n": 1, "thin": True})), str(cell_text({"score": None, "n": 0}))
    ('+1.00? 1', '\u00b7')
    """
    if entry["score"] is None:
        return Text("\u00b7", style="dim")
    mark = "?" if entry["thin"] else " "
    return Text(
        f"{signed(entry['score'])}{mark} {entry['n']}",
        style=score_style(entry["score"], entry["thin"]),
    )


def _cells(result: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    cells = {}
    for pair in result["pairs"]:
        cells[(pair["a"], pair["b"])] = cells[(pair["b"], pair["a"])] = pair
    return cells


def _table(
    order: dict[str, int],
    rows: list[str],
    columns: list[str],
    headers: list[str],
    cells: dict[tuple[str, str], Any],
) -> Group:
    """The lower triangle, a line of text per row: a cell where the column's author comes
    before the row's. Drawn by hand: rich's table layout costs seconds on a large matrix."""
    label = max(len(r) for r in rows)
    texts = {(r, c): cell_text(cells[(r, c)]) for r in rows for c in columns if order[c] < order[r]}
    widths = [
        max([len(h), *(len(texts[(r, c)]) for r in rows if (r, c) in texts)])
        for h, c in zip(headers, columns, strict=True)
    ]
    head = Text(" " * label, style="cyan")
    for header, width in zip(headers, widths, strict=True):
        head += Text(" " * _GAP + header.rjust(width), style="cyan")
    lines = [head]
    for row in rows:
        line = Text(row.ljust(label), style="cyan")
        for column, width in zip(columns, widths, strict=True):
            text = texts.get((row, column))
            if text is None:
                break
            line += " " * (_GAP + width - len(text))
            line += text
        lines.append(line)
    return Group(*lines)


def _width(labels: list[str], headers: list[str], cell: int) -> int:
    label = max((len(a) for a in labels), default=0)
    return label + sum(max(len(h), cell) + _GAP for h in headers)


def _pair_list(result: dict[str, Any]) -> Group:
    """The pairs with evidence, best first: ``a – b  score n  (agree / disagree)``."""
    pairs = [p for p in result["pairs"] if p["score"] is not None]
    pairs.sort(key=lambda p: (-p["score"], -p["n"], p["a"], p["b"]))
    names = [f"{p['a']} \u2013 {p['b']}" for p in pairs]
    width = max((len(n) for n in names), default=0)
    return Group(
        *(
            Text(name.ljust(width), style="cyan")
            + "  "
            + cell_text(pair)
            + Text(f"  ({pair['agree']} agree / {pair['disagree']} disagree)", style="dim")
            for name, pair in zip(names, pairs, strict=True)
        )
    )


def matrix_view(result: dict[str, Any], width: int, title: str | None = None) -> RenderableType:
    """The matrix of ``agreement_matrix`` drawn to fit ``width`` columns, saying how it fits."""
    authors = result["authors"]
    normalize = result.get("normalize", "plain")
    heading = Text(
        title or f"Agreement between authors ({len(authors)}), on {LEVEL_WORDS[result['level']]}",
        style="bold",
    )
    legend = Text(
        f"Each cell: {FORMULAS[normalize]}, from \u22121 (red) to +1 (green), then n, the claims "
        "it rests on; ? thin: n < 3, read with care; \u00b7 no evidence.",
        style="dim",
    )
    if len(authors) < 2:
        return Group(heading, Text("fewer than two authors: no pairs to score", style="dim"))
    cells = _cells(result)
    order = {a: k for k, a in enumerate(authors)}
    rows, columns = authors[1:], authors[:-1]
    cell = max((_width_of(p) for p in result["pairs"]), default=1)
    if _width(rows, columns, cell) <= width:
        return Group(heading, _table(order, rows, columns, columns, cells), legend)
    short = [letters(k) for k in range(len(columns))]
    key = Text(
        "Columns: " + ", ".join(f"{s} = {a}" for s, a in zip(short, columns, strict=True)),
        style="dim",
    )
    if _width(rows, short, cell) <= width:
        note = Text(
            f"(too wide for {width} columns with full names: columns are lettered)", style="dim"
        )
        return Group(heading, note, _table(order, rows, columns, short, cells), key, legend)
    label = max(len(a) for a in rows)
    fits = max(1, (width - label) // (max(cell, 2) + _GAP))
    per_page = -(-len(columns) // -(-len(columns) // fits))  # as even as the pages can be
    pages = [
        list(range(k, min(k + per_page, len(columns)))) for k in range(0, len(columns), per_page)
    ]
    evidence = sum(1 for p in result["pairs"] if p["score"] is not None)
    page_lines = sum(len([r for r in rows if order[r] > page[0]]) + 2 for page in pages)
    if evidence + 1 < page_lines:
        note = Text(
            f"(too wide for {width} columns: the {plural(evidence, 'pair')} with evidence, best first; "
            "--format csv gives the whole matrix)",
            style="dim",
        )
        return Group(heading, note, _pair_list(result), legend)
    parts: list[RenderableType] = [
        heading,
        Text(
            f"(too wide for {width} columns: in {len(pages)} pages of columns; "
            "--format csv gives the whole matrix)",
            style="dim",
        ),
    ]
    for number, page in enumerate(pages, 1):
        chosen = [columns[k] for k in page]
        shown_rows = [r for r in rows if order[r] > page[0]]
        parts.append(
            Text(
                f"\ncolumns {page[0] + 1}\u2013{page[-1] + 1} of {len(columns)} (page {number})",
                style="bold",
            )
        )
        parts.append(_table(order, shown_rows, chosen, [short[k] for k in page], cells))
    parts += [key, legend]
    return Group(*parts)
