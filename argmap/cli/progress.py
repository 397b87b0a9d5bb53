"""The progress bar of a long map load, drawn on stderr from the loader's progress callback."""

from __future__ import annotations

import time
from typing import Any

__all__ = ["LoadBar"]


class LoadBar:
    """A ``progress(done, total)`` callback that shows a bar once a load has taken ``DELAY`` s.

    The bar is transient: it goes when the last file is done.
    """

    DELAY = 1.0
    REFRESH = 0.1

    def __init__(self) -> None:
        self.start = self.drawn = time.monotonic()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if done >= total:
            if self.bar is not None:
                self.bar.stop()
                self.bar = None
            return
        now = time.monotonic()
        if self.bar is None:
            if now - self.start < self.DELAY:
                return
            self._show(total)
        elif now - self.drawn < self.REFRESH:
            return
        self.drawn = now
        self.bar.update(self.task, completed=done)
        self.bar.refresh()

    def _show(self, total: int) -> None:
        # Imported here: most loads are short, and rich takes a while to import.
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        # No refresh thread (auto_refresh=False): the loader may fork, and forking a process
        # with threads is unsafe; the bar is redrawn from the callback instead.
        self.bar = Progress(
            TextColumn("reading map"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            console=Console(stderr=True),
            transient=True,
            auto_refresh=False,
        )
        self.task = self.bar.add_task("load", total=total)
        self.bar.start()
