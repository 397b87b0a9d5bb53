"""Rich renderables for the terminal, one module per group of commands."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

from argmap.wording import CONTROL, plural, visible

__all__ = [
    "TABLE_ROWS",
    "ByWidth",
    "TerminalConsole",
    "Trimmed",
    "Visible",
    "clip_rows",
    "hanging",
    "indent",
]

T = TypeVar("T")

# A width no terminal has: what a renderable needs, measured without a limit.
_UNBOUNDED = 100_000

# A terminal table longer than this is cut, with a line saying how to get every row: thousands
# of rows help nobody on a screen, and drawing them costs seconds and hundreds of MB.
TABLE_ROWS = 200


def clip_rows(
    rows: Sequence[T], what: str, limit: int = TABLE_ROWS, many: str | None = None
) -> tuple[Sequence[T], Text | None]:
    """The first ``limit`` rows, and a note on the rest (None when nothing is cut).

    ``what`` names one row, ``many`` several (by default ``what`` and an "s").

    >>> shown, note = clip_rows(list(range(5)), "claim", limit=3)
    >>> shown, str(note)
    ([0, 1, 2], '… and 2 more claims (--format json lists them all)')
    >>> str(clip_rows(list(range(4)), "claim", limit=3)[1])
    '… and 1 more claim (--format json lists them all)'
    """
    if len(rows) <= limit:
        return rows, None
    more = len(rows) - limit
    counted = plural(more, f"more {what}", f"more {many}" if many else None)
    return rows[:limit], Text(f"\u2026 and {counted} (--format json lists them all)", style="dim")


def indent(renderable: RenderableType, by: int) -> RenderableType:
    """``renderable`` indented by ``by`` columns, its wrapped lines too."""
    from rich.padding import Padding

    return Padding(renderable, (0, 0, 0, by), expand=False) if by else renderable


def hanging(lead: str | Text, body: RenderableType, by: int = 0) -> RenderableType:
    """``lead`` (a mark, a number) then ``body`` beside it, the body's wrapped lines aligned
    under its first (a hanging indent); all of it indented by ``by`` columns.

    Where the lead leaves the body less room than its longest word (an id), the lead takes a
    line of its own and the body goes under it: a word is never cut.
    """
    lead = Text(lead) if isinstance(lead, str) else lead
    return indent(_Hanging(lead, body), by)


class _Hanging:
    def __init__(self, lead: Text, body: RenderableType) -> None:
        self.lead = lead
        self.body = body

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        body = Measurement.get(console, options, self.body)
        lead = self.lead.cell_len
        # At its narrowest the lead stands on a line of its own, above the body.
        return Measurement(max(lead, body.minimum), lead + body.maximum)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.console import Group

        width = options.max_width
        lead = self.lead.cell_len
        least = Measurement.get(console, options, self.body).minimum
        if lead + least > width:
            yield Group(self.lead, indent(self.body, 2 if least + 2 <= width else 0))
            return
        # The lead's lines beside the body's, drawn at the width the lead leaves: what a
        # two-column grid draws, without a table's measuring of every cell (most of a long
        # brief's or comparison's drawing time).
        lead_lines = console.render_lines(self.lead, options.update_width(lead), pad=True)
        body_lines = console.render_lines(self.body, options.update_width(width - lead), pad=False)
        blank = [Segment(" " * lead)]
        for number in range(max(len(lead_lines), len(body_lines))):
            yield from lead_lines[number] if number < len(lead_lines) else blank
            if number < len(body_lines):
                yield from body_lines[number]
            yield Segment.line()


class ByWidth:
    """One of two layouts, chosen when drawn: ``wide()`` where at least ``need`` columns are
    free and (unless ``measured`` is False) it can be drawn without cutting a word, else
    ``narrow(width)``.

    A table whose id column would leave its text too little room gives way to a list in which
    each id starts its own line: an id is never cut or wrapped.
    """

    def __init__(
        self,
        need: int,
        wide: Callable[[], RenderableType],
        narrow: Callable[[int], RenderableType],
        measured: bool = True,
    ) -> None:
        self.need = need
        self.wide = wide
        self.narrow = narrow
        self.measured = measured

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width >= self.need:
            wide = self.wide()
            # Measured without the width's limit, which would clamp the answer to it.
            unbounded = options.update_width(_UNBOUNDED)
            if not self.measured or Measurement.get(console, unbounded, wide).minimum <= width:
                yield wide
                return
        yield self.narrow(width)


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


class Visible:
    """``renderable`` drawn with every control character in its text made visible.

    The views write map text through :func:`argmap.wording.visible` already, so that widths
    are measured on what is shown; this catches anything else on its way to the terminal.
    """

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.renderable, options):
            if segment.control or not CONTROL.search(segment.text):
                yield segment
            else:
                yield Segment(visible(segment.text), segment.style)


class TerminalConsole(Console):
    """A Console that shows control characters instead of obeying them, and ends no line in
    white space.

    A string printed (a message, a diagnostic) is passed through ``argmap.wording.visible``;
    any other renderable is drawn through :class:`Visible` and (unless soft-wrapped, when its
    lines are as long as they are) :class:`Trimmed`.
    """

    def print(self, *objects: Any, **kwargs: Any) -> None:
        soft = kwargs.get("soft_wrap", self.soft_wrap)
        shown = [
            visible(o) if isinstance(o, str) else Visible(o if soft else Trimmed(o))
            for o in objects
        ]
        super().print(*shown, **kwargs)
