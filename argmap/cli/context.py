"""What every command shares: the consoles, and the Workspace of the map."""

from __future__ import annotations

import sys
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from argmap.cli.progress import LoadBar
    from argmap.errors import require_known
    from argmap.workspace import Workspace

__all__ = ["AppContext", "require_known", "terminal_console"]


def terminal_console(**options: Any) -> Console:
    """A rich Console that shows control characters instead of obeying them."""
    from argmap.views import TerminalConsole

    return TerminalConsole(**options)


def __getattr__(name: str) -> Any:
    # Imported when a command asks for it: `argmap --help` imports neither errors nor workspace.
    if name == "require_known":
        from argmap.errors import require_known

        return require_known
    raise AttributeError(name)


class AppContext:
    """Per-invocation state, stored on click's ``ctx.obj``."""

    def __init__(self, map_dir: str, color: bool = True, use_cache: bool = True) -> None:
        self.map_dir = map_dir
        self.color = color
        self.use_cache = use_cache
        self._bar: LoadBar | None = None

    def stop_progress(self) -> None:
        """Take the loading bar off the terminal (a load cut short leaves it drawn)."""
        if self._bar is not None:
            self._bar(1, 1)

    @cached_property
    def console(self) -> Console:
        return self._make_console(stderr=False)

    @cached_property
    def err(self) -> Console:
        return self._make_console(stderr=True)

    def _make_console(self, stderr: bool) -> Console:
        # markup=False: claim text such as "[citation needed]" must print as written.
        return terminal_console(
            stderr=stderr, markup=False, highlight=False, no_color=not self.color or None
        )

    def no_claims(self) -> str | None:
        """What to say instead of empty tables when the map has no claims yet, else None."""
        if self.workspace.graph.number_of_nodes():
            return None
        return (
            f"the map has no claims yet: add some to a .yaml file in {self.map_dir} "
            "(see 'The map format' in the README)"
        )

    @cached_property
    def workspace(self) -> Workspace:
        """The map of this invocation; a bar on stderr while a long load runs on a terminal."""
        from argmap.cli.progress import LoadBar
        from argmap.workspace import Workspace

        progress = self._bar = LoadBar() if sys.stderr.isatty() else None
        return Workspace(
            self.map_dir, use_cache=self.use_cache, progress=progress, warn=self.warning
        )

    def warning(self, message: str) -> None:
        """``message`` on stderr as a warning."""
        self.err.print(f"warning: {message}", style="yellow", soft_wrap=True)
