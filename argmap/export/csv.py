"""Tables as CSV: the agreement matrix and the author × claim stance table."""

from __future__ import annotations

import csv
import io
from typing import Any

__all__ = ["matrix_csv", "stances_csv"]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def matrix_csv(result: dict[str, Any]) -> str:
    """The square score matrix as CSV: a header of author ids, blank where there is no score.

    >>> print(matrix_csv({"authors": ["a", "b"], "pairs": [{"a": "a", "b": "b", "score": 0.5}]}), end="")
    author,a,b
    a,,0.5
    b,0.5,
    """
    authors = result["authors"]
    score = {}
    for pair in result["pairs"]:
        score[(pair["a"], pair["b"])] = score[(pair["b"], pair["a"])] = pair["score"]
    rows = [["author", *authors]]
    for row in authors:
        values = [score.get((row, column)) for column in authors]
        rows.append([row, *("" if v is None else f"{v:.6g}" for v in values)])
    return _csv(rows)


def stances_csv(result: dict[str, Any]) -> str:
    """Claims × authors as CSV: ``+`` holds, ``-`` denies, ``+-`` both, empty for no stance."""
    marks = {"holds": "+", "denies": "-", "both": "+-"}
    rows = [["claim", *result["authors"]]]
    for row in result["claims"]:
        rows.append(
            [row["id"], *(marks.get(row["stances"].get(a, ""), "") for a in result["authors"])]
        )
    return _csv(rows)
