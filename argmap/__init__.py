"""argmap: map who claims what, and who agrees with whom, from YAML argument maps."""

from argmap.errors import ArgmapError, Diagnostic, Location

__version__ = "0.1.0"

__all__ = ["ArgmapError", "Diagnostic", "Location", "__version__"]
