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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.errors import Diagnostic, MapHasErrors, Severity, UnknownName, require_known

if TYPE_CHECKING:
    from collections.abc import Callable

    import networkx as nx

    from argmap.load import LoadedMap, Progress
    from argmap.load.cache import PartCache
    from argmap.model import ArgMap

__all__ = ["Workspace"]


class Workspace:
    """One map directory: its map as read, its diagnostics (cached), the checked map, the graph.

    ``progress(done, total)`` is called as the map's files are read; ``warn(message)`` is
    called once if the cache's directory is not safe to use (the map is then read uncached).
    Everything is computed on first use and kept: a command that never asks for the graph
    never builds it.
    """

    def __init__(
        self,
        map_dir: str | os.PathLike[str],
        use_cache: bool = True,
        progress: Progress | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.map_dir = str(map_dir)
        self.use_cache = use_cache
        self.progress = progress
        self.warn = warn

    @cached_property
    def cache(self) -> PartCache | None:
        """The cache of this map's files and diagnostics (None with ``use_cache`` off)."""
        if not self.use_cache:
            return None
        from argmap.load.cache import PartCache

        return PartCache()

    def _cache_problem(self) -> None:
        """Say once why the cache is not used, if it is not."""
        cache = self.cache
        if cache is not None and cache.problem and self.warn is not None:
            self.warn(f"not using the cache: {cache.problem}")
            self.warn = None

    @cached_property
    def loaded(self) -> LoadedMap:
        """The map as read, problems and all, with the key of its content."""
        from argmap.load import load_map_keyed

        # The map lives until the command ends and holds no cycles: moving it out of the
        # collector's sight (freeze) before collection resumes saves a full collection now and
        # a walk over it in every later one (graph, analyses).
        try:
            with _frozen_after():
                return load_map_keyed(
                    self.map_dir, use_cache=self.use_cache, progress=self.progress, cache=self.cache
                )
        finally:
            self._cache_problem()

    @property
    def raw(self) -> ArgMap:
        """The map as read, problems and all (for ``check``)."""
        return self.loaded.argmap

    def diagnostics(self, texts_dir: str | Path | None = None) -> list[Diagnostic]:
        """``check_map`` of the map; without ``texts_dir``, cached with the map's files as key."""
        argmap, key, cache = self.loaded.argmap, self.loaded.key, self.cache
        if texts_dir is not None or key is None or cache is None:
            from argmap.check import check_map

            return check_map(argmap, texts_dir=texts_dir)
        # Keyed by the files' content and the map's resolved directory, not by the names the
        # files were given: a relative and an absolute --map of one map share the entry.
        scope = "check\0" + str(Path(self.map_dir).resolve())
        found = cache.get_diagnostics(scope, key, argmap.files)
        if found is not None:
            return found
        from argmap.check import check_map  # only now: the rules take a while to import

        found = check_map(argmap)
        cache.put_diagnostics(scope, key, argmap.files, found)
        return found

    @cached_property
    def argmap(self) -> ArgMap:
        """The map, checked: a map with errors raises MapHasErrors, which carries them."""
        errors = [d for d in self.diagnostics() if d.severity is Severity.ERROR]
        if errors:
            raise MapHasErrors(self.map_dir, errors)
        return self.raw

    @cached_property
    def graph(self) -> nx.DiGraph:
        """The checked map's graph (``argmap.graph.build_graph``)."""
        from argmap.graph import build_graph

        argmap = self.argmap
        with _frozen_after():  # the graph, too, lives until the command ends
            return build_graph(argmap)

    def known_claim(self, claim_id: str) -> str:
        """``claim_id`` if the map has it, else UnknownName with the closest ids (and what
        the name is instead, when it names an author, a source or a tag)."""
        return self._known(claim_id, self.graph.nodes, "claim")

    def known_author(self, author_id: str) -> str:
        """``author_id`` if the map has it, else UnknownName with the closest ids."""
        return self._known(author_id, self.graph.graph["authors"], "author")

    def known_tag(self, tag: str) -> str:
        """``tag`` if a claim of the map has it, else UnknownName with the closest tags."""
        return self._known(tag, self._tags(), "tag")

    def _tags(self) -> list[str]:
        return sorted({t for _, ts in self.graph.nodes(data="tags") for t in ts or ()})

    def _known(self, name: str, known: Iterable[str], what: str) -> str:
        try:
            return require_known(name, known, what)
        except UnknownName as error:
            others = {
                "claim": lambda: self.graph.nodes,
                "author": lambda: self.graph.graph["authors"],
                "source": lambda: self.graph.graph["sources"],
                "tag": self._tags,
            }
            for kind, names in others.items():
                if kind != what and name in names():
                    raise UnknownName(what, name, [], is_a=kind) from None
            raise error from None


@contextmanager
def _frozen_after() -> Iterator[None]:
    """Collection paused while the block runs, and what it made frozen (``gc.freeze``) after.

    Collection is then as it was before: on for a program that uses argmap as a library, off
    for a command run (``argmap.cli.main``).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
