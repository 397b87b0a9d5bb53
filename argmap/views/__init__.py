"""Rich renderables for the terminal, one module per group of commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from rich.text import Text

__all__ = ["TABLE_ROWS", "clip_rows"]

T = TypeVar("T")

# A terminal table longer than this is cut, with a line saying how to get every row: thousands
# of rows help nobody on a screen, and drawing them costs seconds and hundreds of MB.
TABLE_ROWS = 200


def clip_rows(
    rows: Sequence[T], what: str, limit: int = TABLE_ROWS
) -> tuple[Sequence[T], Text | None]:
    """The first ``limit`` rows, and a note on the rest (None when nothing is cut).

    >>> shown, note = clip_rows(list(range(5)), "claims", limit=3)
    >>> shown, str(note)
    ([0, 1, 2], '… and 2 more claims (--format json lists them all)')
    """
    if len(rows) <= limit:
        return rows, None
    more = len(rows) - limit
    return rows[:limit], Text(
        f"\u2026 and {more} more {what} (--format json lists them all)", style="dim"
    )
