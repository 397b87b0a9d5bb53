"""What every command shares: the consoles, the map, and lookups with did-you-mean."""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

import click

from argmap.errors import ArgmapError

if TYPE_CHECKING:
    import networkx as nx
    from rich.console import Console

    from argmap.errors import Diagnostic
    from argmap.model import ArgMap

# How many of a broken map's errors a query command prints before pointing at `argmap check`.
ERRORS_SHOWN = 10


class AppContext:
    """Per-invocation state, stored on click's ``ctx.obj``."""

    def __init__(self, map_dir: str, color: bool = True, use_cache: bool = True) -> None:
        self.map_dir = map_dir
        self.color = color
        self.use_cache = use_cache

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
    def _loaded(self) -> tuple[ArgMap, tuple[tuple[object, ...], ...] | None]:
        import gc

        from argmap.load import load_map_keyed

        # The map lives until the command ends and holds no cycles: moving it out of the
        # collector's sight (freeze) before collection resumes saves a full collection now and
        # a walk over it in every later one (graph, analyses).
        gc.disable()
        try:
            return load_map_keyed(
                self.map_dir, use_cache=self.use_cache, progress=self._progress_wanted()
            )
        finally:
            gc.freeze()
            gc.enable()

    def load_raw(self) -> ArgMap:
        """The map as read, problems and all (for ``check``)."""
        return self._loaded[0]

    def diagnostics(self, texts_dir: str | None = None) -> list[Diagnostic]:
        """``check_map`` of the map; without ``texts_dir``, cached with the map's files as key."""
        from argmap.check import check_map

        argmap, key = self._loaded
        if texts_dir is not None or key is None:
            return check_map(argmap, texts_dir=texts_dir)
        from pathlib import Path

        from argmap.cache import PartCache

        cache = PartCache()
        scope = "check\0" + str(Path(self.map_dir).resolve())
        found = cache.get_for(scope, key)
        if isinstance(found, list):
            return found
        found = check_map(argmap)
        cache.put_for(scope, key, found)
        return found

    @cached_property
    def argmap(self) -> ArgMap:
        """The map, checked: errors are printed and stop the command with exit code 1."""
        from argmap.errors import Severity

        argmap = self.load_raw()
        errors = [d for d in self.diagnostics() if d.severity is Severity.ERROR]
        if errors:
            for diagnostic in errors[:ERRORS_SHOWN]:
                self.err.print(str(diagnostic), soft_wrap=True)
            raise ArgmapError(
                f"the map in '{self.map_dir}' has {len(errors)} error(s); "
                "fix them first ('argmap check' lists them all)"
            )
        return argmap

    @cached_property
    def graph(self) -> nx.DiGraph:
        from argmap.graph import build_graph

        return build_graph(self.argmap)

    def _progress_wanted(self) -> bool:
        return sys.stderr.isatty()

    def claim_id(self, claim_id: str) -> str:
        """``claim_id`` if the map has it, else an ArgmapError with a did-you-mean."""
        return require_known(claim_id, self.graph.nodes, "claim")

    def author_id(self, author_id: str) -> str:
        """``author_id`` if the map has it, else an ArgmapError with a did-you-mean."""
        return require_known(author_id, self.graph.graph["authors"], "author")

    def emit_json(self, data: Any) -> None:
        """Write one JSON document to stdout."""
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def require_known(name: str, known: Iterable[str], what: str) -> str:
    """Return ``name`` if it is in ``known``; otherwise raise with the closest names."""
    known = list(known)
    if name in known:
        return name
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    hint = " — did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else ""
    raise ArgmapError(f"unknown {what} '{name}'{hint}")
