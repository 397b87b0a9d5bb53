"""What every command shares: the consoles, and the Workspace of the map."""

from __future__ import annotations

import sys
from functools import cached_property
from typing import TYPE_CHECKING

from argmap.errors import require_known
from argmap.workspace import Workspace

if TYPE_CHECKING:
    from rich.console import Console

    from argmap.cli.progress import LoadBar

__all__ = ["AppContext", "require_known"]


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
        from rich.console import Console

        # markup=False: claim text such as "[citation needed]" must print as written.
        return Console(
            stderr=stderr, markup=False, highlight=False, no_color=not self.color or None
        )

    @cached_property
    def workspace(self) -> Workspace:
        """The map of this invocation; a bar on stderr while a long load runs on a terminal."""
        from argmap.cli.progress import LoadBar

        progress = self._bar = LoadBar() if sys.stderr.isatty() else None
        return Workspace(
            self.map_dir, use_cache=self.use_cache, progress=progress, warn=self.warning
        )

    def warning(self, message: str) -> None:
        """``message`` on stderr as a warning."""
        self.err.print(f"warning: {message}", style="yellow", soft_wrap=True)
