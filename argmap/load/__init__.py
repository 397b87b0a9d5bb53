"""The map format, in and out: the only home of ``yaml``.

- ``discover``: a map's files and the size limit for one file;
- ``yamlread``: safe YAML reading that keeps every value's place;
- ``convert``: one file's YAML to model objects (a MapPart), each problem a diagnostic;
- ``parallel``: parsing many files on several cores;
- ``cache``: parsed files (and whole-map results) kept between runs, never stale;
- ``cachedir``: the cache's directory, used only when nobody else can write to it;
- ``loader``: a whole map directory to one ArgMap;
- ``fields``: the keys of the format, their types and meaning;
- ``schema``: the JSON Schema built from them;
- ``write_map``: an ArgMap written back as YAML files.

No terminal output: a load reports progress through a callback (``Progress``).
"""

from argmap.load.discover import MAP_SUFFIXES, find_map_files, max_file_bytes
from argmap.load.loader import LoadedMap, Progress, load_map, load_map_keyed, read_map_file
from argmap.load.part import MapPart

__all__ = [
    "MAP_SUFFIXES",
    "LoadedMap",
    "MapPart",
    "Progress",
    "find_map_files",
    "load_map",
    "load_map_keyed",
    "max_file_bytes",
    "read_map_file",
]
