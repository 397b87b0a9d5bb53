"""Writers of the map in other formats: one module per format, and the handout of a brief.

Each format module has ``export(graph, **options) -> str`` and writes the graph it is given:
the command line chooses the claims (``argmap.subgraph.drawn_claims``) and works out the status
of claims before it calls a writer. ``FORMATS`` declares, per format, the options its writer
takes; the command line refuses the others. A format whose readers refuse what is too big
names a function of its module that says so (``Format.limits``); the command line prints what
it returns as warnings.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FORMATS", "STYLE_OPTIONS", "Format"]

# The diagram style options (--color-by, --cluster-by, --rankdir), by their writer keywords.
STYLE_OPTIONS = ("color_by", "cluster_by", "rankdir")


@dataclass(frozen=True)
class Format:
    """An export format: its module, and the keyword options its ``export`` takes.

    Every format writes the claims chosen to draw. ``focus`` marks the focus claim (or, with
    ``outline``, is the root of the outline); ``depth`` is taken by outline formats only, as
    the levels of each tree; ``status`` is the claims' grounded labels, for ``--color-by
    status``. With ``outline``, ``--focus`` and ``--depth`` shape the outline instead of
    choosing claims around the focus. ``limits`` names a function of the module that takes
    the written text and returns warnings (a reader's limits it passes, and what to do).
    """

    module: str
    options: frozenset[str] = frozenset()
    outline: bool = False
    limits: str | None = None


_DIAGRAM = frozenset({"focus", "status", *STYLE_OPTIONS})

FORMATS: dict[str, Format] = {
    "dot": Format("argmap.export.dot", _DIAGRAM),
    "json": Format("argmap.export.json"),
    "graphml": Format("argmap.export.graphml"),
    "mermaid": Format("argmap.export.mermaid", frozenset({"focus"}), limits="limit_warnings"),
    "markdown": Format("argmap.export.markdown", frozenset({"focus", "depth"}), outline=True),
    "html": Format("argmap.export.html", _DIAGRAM, limits="limit_warnings"),
    "argdown": Format("argmap.export.argdown"),
    "aif": Format("argmap.export.aif"),
}
