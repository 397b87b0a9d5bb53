"""A map directory as every command sees it: loaded once, checked, made a graph; no terminal.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.yaml").write_text("claims:\\n  - {id: a, text: A}\\n", encoding="utf-8")
>>> sorted(Workspace(root, use_cache=False).graph.nodes)
['a']
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import networkx as nx

    from argmap.errors import Diagnostic
    from argmap.load import LoadedMap, Progress
    from argmap.model import ArgMap

__all__ = ["Workspace", "collect_at_exit_only"]


def collect_at_exit_only() -> None:
    """The collector policy of one command run: no automatic collection until the process ends.

    A command builds its data once and keeps nearly all of it to the end (the map, the graph,
    the analyses' results), and that data holds few reference cycles. Python's collector
    nevertheless walks every container object the command has made, again and again as the
    data grows, and the full collections grow with the map: on 100,000 claims they took a
    third of ``evaluate``. With collection off the peak memory is the same, since almost
    nothing the command drops is cyclic garbage. A library caller keeps the collector; the
    Workspace then moves the loaded map and its graph out of the collector's sight
    (``gc.freeze``) instead.
    """
    gc.disable()


class Workspace:
    """One map directory: its map as read, its diagnostics (cached), the checked map, the graph.

    ``progress(done, total)`` is called as the map's files are read. Everything is computed
    on first use and kept: a command that never asks for the graph never builds it.
    """

    def __init__(
        self,
        map_dir: str | os.PathLike[str],
        use_cache: bool = True,
        progress: Progress | None = None,
    ) -> None:
        self.map_dir = str(map_dir)
        self.use_cache = use_cache
        self.progress = progress

    @cached_property
    def loaded(self) -> LoadedMap:
        """The map as read, problems and all, with the key of its content."""
        from argmap.load import load_map_keyed

        # The map lives until the command ends and holds no cycles: moving it out of the
        # collector's sight (freeze) before collection resumes saves a full collection now and
        # a walk over it in every later one (graph, analyses).
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return load_map_keyed(self.map_dir, use_cache=self.use_cache, progress=self.progress)
        finally:
            gc.freeze()
            if was_enabled:
                gc.enable()

    @property
    def raw(self) -> ArgMap:
        """The map as read, problems and all (for ``check``)."""
        return self.loaded.argmap

    def diagnostics(self, texts_dir: str | Path | None = None) -> list[Diagnostic]:
        """``check_map`` of the map; without ``texts_dir``, cached with the map's files as key."""
        argmap, key = self.loaded.argmap, self.loaded.key
        if texts_dir is not None or key is None:
            from argmap.check import check_map

            return check_map(argmap, texts_dir=texts_dir)
        from argmap.load.cache import PartCache

        cache = PartCache()
        scope = "check\0" + os.path.realpath(self.map_dir)
        found = cache.get_for(scope, key)
        if isinstance(found, list):
            return found
        from argmap.check import check_map  # only now: the rules take a while to import

        found = check_map(argmap)
        cache.put_for(scope, key, found)
        return found

    @cached_property
    def argmap(self) -> ArgMap:
        """The map, checked: a map with errors raises MapHasErrors, which carries them."""
        from argmap.errors import MapHasErrors, Severity

        errors = [d for d in self.diagnostics() if d.severity is Severity.ERROR]
        if errors:
            raise MapHasErrors(self.map_dir, errors)
        return self.raw

    @cached_property
    def graph(self) -> nx.DiGraph:
        """The checked map's graph (``argmap.graph.build_graph``)."""
        from argmap.graph import build_graph

        argmap = self.argmap
        with _frozen_after():
            return build_graph(argmap)

    def known_claim(self, claim_id: str) -> str:
        """``claim_id`` if the map has it, else UnknownName with the closest ids."""
        from argmap.errors import require_known

        return require_known(claim_id, self.graph.nodes, "claim")

    def known_author(self, author_id: str) -> str:
        """``author_id`` if the map has it, else UnknownName with the closest ids."""
        from argmap.errors import require_known

        return require_known(author_id, self.graph.graph["authors"], "author")

    def known_tag(self, tag: str) -> str:
        """``tag`` if a claim of the map has it, else UnknownName with the closest tags."""
        tags = {t for _, ts in self.graph.nodes(data="tags") for t in ts or ()}
        from argmap.errors import require_known

        return require_known(tag, sorted(tags), "tag")


@contextmanager
def _frozen_after() -> Iterator[None]:
    """Collection paused while the block runs, and what it made frozen (``gc.freeze``) after.

    Collection is then as it was before: on, or off for the whole command.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
