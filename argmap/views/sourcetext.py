"""Terminal view of `quote`: the passages of a text that best show a claim."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from argmap.sourcetext import Match
from argmap.wording import visible

__all__ = ["passage_table"]


def passage_table(query: str, file: str, matches: Sequence[Match]) -> Table:
    """One row per passage, best first: line, score, the passage as the file has it."""
    table = Table(title=f"{visible(file)}: passages for “{visible(query)}”", title_justify="left")
    table.add_column("line", justify="right", style="cyan", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("passage", overflow="fold")
    for match in matches:
        # White space as the terminal shows it; the JSON output keeps it verbatim.
        table.add_row(
            str(match.passage.line),
            f"{match.score:.2f}",
            visible(" ".join(match.passage.text.split())),
        )
    return table
