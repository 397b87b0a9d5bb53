"""Tables as CSV for spreadsheets: the agreement matrix and the author × claim stances."""

from __future__ import annotations

import csv
import io
from typing import Any

__all__ = ["matrix_csv", "stances_csv"]


def _csv(rows: list[list[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def matrix_csv(result: dict[str, Any]) -> str:
    """One row per pair of authors: the score on the chosen level with its n and counts, then
    the verdict and reasons levels' scores and n. Blank where there is no score.

    >>> pair = {"a": "a", "b": "b", "score": 0.5, "n": 4, "agree": 3, "disagree": 1, "thin": False,
    ...     "verdict": {"score": None, "n": 0}, "reasons": {"score": 0.5, "n": 4}}
    >>> print(matrix_csv({"level": "all", "pairs": [pair]}), end="")
    a,b,level,score,n,agree,disagree,thin,verdict_score,verdict_n,reasons_score,reasons_n
    a,b,all,0.5,4,3,1,false,,0,0.5,4
    """

    def score(value: float | None) -> str:
        return "" if value is None else f"{value:.6g}"

    rows: list[list[Any]] = [
        [
            "a", "b", "level", "score", "n", "agree", "disagree", "thin",
            "verdict_score", "verdict_n", "reasons_score", "reasons_n",
        ]
    ]  # fmt: skip
    for pair in result["pairs"]:
        rows.append(
            [
                pair["a"], pair["b"], result["level"], score(pair["score"]), pair["n"],
                pair["agree"], pair["disagree"], "true" if pair["thin"] else "false",
                score(pair["verdict"]["score"]), pair["verdict"]["n"],
                score(pair["reasons"]["score"]), pair["reasons"]["n"],
            ]
        )  # fmt: skip
    return _csv(rows)


def stances_csv(result: dict[str, Any]) -> str:
    """Claims × authors as CSV: ``+`` holds, ``-`` denies, ``+-`` both; with positions,
    ``(+)``, ``(-)`` and ``(+-)`` for derived ones; empty for none."""
    marks = {"holds": "+", "denies": "-", "both": "+-"}
    derived = {"for": "(+)", "against": "(-)", "mixed": "(+-)"}
    rows: list[list[Any]] = [["claim", *result["authors"]]]
    for row in result["claims"]:
        cells = []
        for author in result["authors"]:
            side = row["stances"].get(author)
            position = row.get("positions", {}).get(author)
            if side is not None:
                cells.append(marks[side])
            elif position is not None:
                cells.append(derived[position["position"]])
            else:
                cells.append("")
        rows.append([row["id"], *cells])
    return _csv(rows)
