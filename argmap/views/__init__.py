"""Rich renderables for the terminal, one module per group of commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

__all__ = ["TABLE_ROWS", "Trimmed", "clip_rows"]

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


class Trimmed:
    """``renderable`` drawn with no white space at the end of any line.

    Tables pad every line to their width; in a pipe or a saved file that padding is noise.
    """

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # Without colour a background is not drawn: the spaces it covers are trailing spaces.
        colour = console.color_system is not None and not console.no_color
        for line in console.render_lines(self.renderable, options, pad=False):
            while line and _blank(line[-1], colour):
                line.pop()
            if line and not line[-1].control and not (colour and _painted(line[-1])):
                last = line[-1]
                line[-1] = Segment(last.text.rstrip(), last.style)
            yield from line
            yield Segment.line()


def _painted(segment: Segment) -> bool:
    return segment.style is not None and segment.style.bgcolor is not None


def _blank(segment: Segment, colour: bool) -> bool:
    return not segment.control and not segment.text.strip() and not (colour and _painted(segment))
