"""argmap: map who claims what, and who agrees with whom, from YAML argument maps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.errors import ArgmapError, Diagnostic, Location

__version__ = "0.1.0"

__all__ = ["ArgmapError", "Diagnostic", "Location", "__version__"]


def __getattr__(name: str) -> Any:
    # The names from argmap.errors are imported on first use, so that importing argmap.cli
    # (every command, `--help` included) does not pay for the dataclasses behind them.
    if name in ("ArgmapError", "Diagnostic", "Location"):
        import argmap.errors

        return getattr(argmap.errors, name)
    raise AttributeError(f"module 'argmap' has no attribute {name!r}")
