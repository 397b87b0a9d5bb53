"""Map files to an ArgMap: every object keeps its file, line and column."""

from __future__ import annotations

import datetime as dt
import difflib
import gc
import os
import re
import struct
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from argmap.errors import ArgmapError, Diagnostic, Location, Severity
from argmap.fields import DATE_PATTERN, ID_PATTERN, SECTIONS, Field
from argmap.model import ArgMap, Author, Claim, Edge, EdgeKind, Side, Source, Stance
from argmap.yamlread import LocatedDict, LocatedList, YamlProblem, parse_yaml

if TYPE_CHECKING:
    from argmap.cache import FileKey, PartCache

__all__ = [
    "MAP_SUFFIXES",
    "MapPart",
    "find_map_files",
    "load_map",
    "load_map_keyed",
    "max_file_bytes",
    "parse_map_bytes",
    "read_map_file",
]

MAP_SUFFIXES = (".yaml", ".yml")
DEFAULT_MAX_FILE_MB = 16


@dataclass
class MapPart:
    """What one file contributes to a map."""

    authors: list[Author] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)


def max_file_bytes() -> int:
    """The largest map file read, from $ARGMAP_MAX_FILE_MB (default 16 MB)."""
    try:
        megabytes = float(os.environ.get("ARGMAP_MAX_FILE_MB", DEFAULT_MAX_FILE_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_FILE_MB
    return int(megabytes * 1024 * 1024)


def find_map_files(root: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` under ``root``, sorted; an ArgmapError if there is none."""
    path = Path(root)
    if not path.exists():
        raise ArgmapError(f"map directory '{root}' does not exist (give one with --map DIR)")
    if not path.is_dir():
        raise ArgmapError(f"'{root}' is not a directory: --map takes the folder of a map's files")
    files = sorted(p for p in path.rglob("*") if p.suffix in MAP_SUFFIXES and p.is_file())
    if not files:
        raise ArgmapError(f"no map files (*.yaml, *.yml) in '{root}'")
    return files


def load_map(
    root: str | os.PathLike[str], use_cache: bool = True, progress: bool = False
) -> ArgMap:
    """Read every map file under ``root`` into one ArgMap, problems included.

    With ``use_cache``, files unchanged since they were last parsed come from the cache
    (``argmap.cache``). With ``progress``, a load that takes over a second shows a progress bar
    on stderr. Raises ArgmapError only when there is no map to read at all.
    """
    return load_map_keyed(root, use_cache, progress)[0]


def load_map_keyed(
    root: str | os.PathLike[str], use_cache: bool = True, progress: bool = False
) -> tuple[ArgMap, tuple[tuple[object, ...], ...] | None]:
    """The map and the key of its content: one FileKey tuple per file, in order.

    The key is None without the cache or when a file could not be read; with it, anything
    computed from the whole map can be cached too (see ``AppContext.diagnostics``).
    """
    from argmap.cache import PartCache, file_key

    files = find_map_files(root)
    cache = PartCache() if use_cache else None
    parts: list[MapPart | None] = [None] * len(files)
    keys: list[tuple[object, ...]] | None = [] if use_cache else None
    pending: list[_Pending] = []
    with _gc_paused(), _LoadProgress(progress, len(files)) as bar:
        for index, path in enumerate(files):
            read = _read_bytes(path)
            if isinstance(read, MapPart):
                parts[index] = read
                keys = None
                bar.advance()
                continue
            raw, stat = read
            key = None
            if cache is not None:
                # The stat is from before the read: if the file changes in between, the key's
                # mtime is older than the bytes, so the next run misses, never a stale hit.
                key = file_key(path, stat, raw)
                if keys is not None:
                    keys.append(key.as_tuple())
                cached = cache.get(key)
                if isinstance(cached, MapPart):
                    parts[index] = cached
                    bar.advance()
                    continue
            pending.append(_Pending(index, path, raw, key))
        for index, parsed in _parse_all(pending, cache):
            parts[index] = parsed
            bar.advance()
    if cache is not None and pending:
        cache.prune()
    argmap = ArgMap(files=[str(p) for p in files])
    for each in parts:
        assert each is not None
        argmap.authors.extend(each.authors)
        argmap.sources.extend(each.sources)
        argmap.claims.extend(each.claims)
        argmap.problems.extend(each.problems)
    return argmap, None if keys is None else tuple(keys)


@dataclass
class _Pending:
    """A file read but not yet parsed."""

    index: int
    path: Path
    raw: bytes
    key: FileKey | None


# Below this many bytes to parse, a second process costs more than it saves.
PARALLEL_BYTES = 1 << 20
MAX_WORKERS = 4


def _parse_all(pending: list[_Pending], cache: PartCache | None) -> Iterator[tuple[int, MapPart]]:
    """Parse the pending files (storing each in the cache), on several cores when it pays.

    This process parses one share; forked children parse the others, store them in the cache
    and send them back pickled. Whatever a child fails to send is parsed here, so a failed
    fork or a crashed child costs time, never a file.
    """
    shares = _workers(pending)
    children = [_fork(share, cache) for share in shares[1:]]
    for item in shares[0]:
        yield item.index, _parse_and_store(item, cache)
    for share, child in zip(shares[1:], children, strict=True):
        sent = _collect(child) if child is not None else {}
        for item in share:
            part = sent.get(item.index)
            yield item.index, part if part is not None else _parse_and_store(item, cache)


def _workers(pending: list[_Pending]) -> list[list[_Pending]]:
    """``pending`` split into one share per process to use (just one share: no fork)."""
    if not hasattr(os, "fork") or sum(len(p.raw) for p in pending) < PARALLEL_BYTES:
        return [pending]
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return [pending]  # forking a process with threads can deadlock the child
    count = max(1, min(_cpu_count(), MAX_WORKERS, len(pending)))
    # Interleaved, so each share gets files of every size.
    return [pending[k::count] for k in range(count)]


def _cpu_count() -> int:
    """The cores this process may run on that other work leaves idle (at least one)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        # On a busy machine a second process only takes turns with this one on the same core,
        # and the pickling between them makes the load slower, not faster.
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        busy = 0.0
    return max(1, min(cores, 1 + int(cores - busy)))


def _parse_and_store(item: _Pending, cache: PartCache | None) -> MapPart:
    part = parse_map_bytes(item.raw, str(item.path))
    if cache is not None and item.key is not None:
        cache.put(item.key, part)
    return part


_RECORD = struct.Struct("<IQ")  # file index, length of the pickled MapPart that follows


def _fork(share: list[_Pending], cache: PartCache | None) -> tuple[int, int] | None:
    """A child process that parses ``share``: its pid and the pipe it answers on."""
    from argmap.cache import dumps

    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid:
        os.close(write_end)
        return pid, read_end
    status = 1
    try:  # the child: parse, store, send everything at the end, and leave without cleanup
        os.close(read_end)
        out = []
        for item in share:
            pickled = dumps(parse_map_bytes(item.raw, str(item.path)))
            if cache is not None and item.key is not None:
                cache.put_pickled(item.key, pickled)
            out += [_RECORD.pack(item.index, len(pickled)), pickled]
        with os.fdopen(write_end, "wb") as pipe:
            pipe.writelines(out)
        status = 0
    finally:
        os._exit(status)


def _collect(child: tuple[int, int]) -> dict[int, MapPart]:
    """What a child sent: file index -> MapPart (a part it did not send is simply missing)."""
    from argmap.cache import loads

    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    found: dict[int, MapPart] = {}
    offset = 0
    while offset + _RECORD.size <= len(data):
        index, length = _RECORD.unpack_from(data, offset)
        offset += _RECORD.size
        if offset + length > len(data):
            break
        part = loads(data[offset : offset + length])
        offset += length
        if isinstance(part, MapPart):
            found[index] = part
    return found


class _LoadProgress:
    """A progress bar on stderr, shown only once a load has taken over ``DELAY`` seconds."""

    DELAY = 1.0
    REFRESH = 0.1

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.start = self.drawn = time.monotonic()
        self.bar: Any = None

    def __enter__(self) -> Self:
        return self

    def advance(self) -> None:
        self.done += 1
        if not self.enabled or self.done >= self.total:
            return
        now = time.monotonic()
        if self.bar is None:
            if now - self.start < self.DELAY:
                return
            # Imported here: most loads are short, and rich takes a while to import.
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            # No refresh thread (auto_refresh=False): the loader may fork, and forking a
            # process with threads is unsafe; the bar is redrawn from here instead.
            self.bar = Progress(
                TextColumn("reading map"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files"),
                console=Console(stderr=True),
                transient=True,
                auto_refresh=False,
            )
            self.task = self.bar.add_task("load", total=self.total)
            self.bar.start()
        elif now - self.drawn < self.REFRESH:
            return
        self.drawn = now
        self.bar.update(self.task, completed=self.done)
        self.bar.refresh()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@contextmanager
def _gc_paused() -> Iterator[None]:
    # The loader makes millions of small objects that never form cycles; collecting during the
    # bulk load only costs time.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_map_file(path: Path) -> MapPart:
    """One map file to a MapPart; what cannot be read becomes a problem, never an exception."""
    read = _read_bytes(path)
    return read if isinstance(read, MapPart) else parse_map_bytes(read[0], str(path))


def _read_bytes(path: Path) -> MapPart | tuple[bytes, os.stat_result]:
    """The file's bytes and its stat from before reading, or a MapPart with the problem."""
    name = str(path)
    try:
        stat = path.stat()
        limit = max_file_bytes()
        if stat.st_size > limit:
            part = MapPart()
            part.problems.append(
                _problem(
                    Location(name),
                    "file-too-large",
                    f"file is {stat.st_size / 2**20:.0f} MB, over the {limit / 2**20:.0f} MB "
                    "limit for one map file; split it into several files "
                    "(or raise $ARGMAP_MAX_FILE_MB)",
                )
            )
            return part
        return path.read_bytes(), stat
    except OSError as error:
        part = MapPart()
        part.problems.append(
            _problem(Location(name), "unreadable", f"cannot read file: {error.strerror}")
        )
        return part


def parse_map_bytes(raw: bytes, name: str) -> MapPart:
    """The MapPart of one file's bytes; ``name`` is the file named in every location."""
    part = MapPart()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - raw.rfind(b"\n", 0, error.start)
        part.problems.append(
            _problem(
                Location(name, line, column),
                "not-utf8",
                f"byte 0x{raw[error.start]:02x} is not UTF-8; save the file as UTF-8",
            )
        )
        return part
    try:
        data, part.problems = parse_yaml(text, name)
    except YamlProblem as problem:
        part.problems.append(
            _problem(Location(name, problem.line, problem.column), problem.code, problem.message)
        )
        return part
    _Converter(name, part).read(data)
    return part


def _problem(
    loc: Location, code: str, message: str, severity: Severity = Severity.ERROR
) -> Diagnostic:
    return Diagnostic(loc, severity, code, message)


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


_TYPE_NAMES = {
    "id": "an id (lowercase letters, digits, hyphens)",
    "ref": "an id",
    "refs": "a list of ids",
    "edges": "a list of claim ids (or {claim: id, note: text} mappings)",
    "flag": "true or false",
    "text": "text",
    "tags": "a list of tags",
    "stances": "a list of stances (mappings with author and quote)",
    "date": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "score": "a number from 0 to 1",
}


_REQUIRED = {
    section: [(key, field_) for key, field_ in spec.items() if field_.required]
    for section, spec in SECTIONS.items()
}


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return f"'{value}'"


class _Converter:
    """Turns one file's located YAML data into model objects, noting every problem."""

    def __init__(self, file: str, part: MapPart) -> None:
        self.file = file
        self.part = part

    def at(self, place: tuple[int, int]) -> Location:
        return Location(self.file, place[0], place[1])

    def report(self, place: tuple[int, int], code: str, message: str) -> None:
        self.part.problems.append(_problem(self.at(place), code, message))

    def read(self, data: Any) -> None:
        if data is None:
            return
        if not isinstance(data, LocatedDict):
            place = (getattr(data, "line", 1), getattr(data, "column", 1))
            self.report(
                place,
                "not-a-mapping",
                f"a map file must be a mapping with 'authors', 'sources' or 'claims', not {_kind_of(data)}",
            )
            return
        makers = {"authors": self.author, "sources": self.source, "claims": self.claim}
        for key, value in data.items():
            if key not in makers:
                self.report(
                    data.key_at[key],
                    "unknown-key",
                    f"unknown top-level key '{key}'{_did_you_mean(key, makers)}; "
                    "a map file holds 'authors', 'sources' and 'claims'",
                )
                continue
            if value is None:
                continue
            if not isinstance(value, LocatedList):
                self.report(
                    data.value_at[key],
                    "wrong-type",
                    f"'{key}' must be a list, not {_kind_of(value)}",
                )
                continue
            for item, place in zip(value, value.item_at, strict=True):
                if isinstance(item, LocatedDict):
                    makers[key](item)
                else:
                    self.report(
                        place,
                        "wrong-type",
                        f"each entry of '{key}' must be a mapping, not {_kind_of(item)}",
                    )

    def fields(self, item: LocatedDict, section: str, what: str) -> dict[str, Any]:
        """The valid values of ``item``'s keys, reporting unknown, missing and mistyped ones."""
        spec = SECTIONS[section]
        values: dict[str, Any] = {}
        for key, value in item.items():
            field_ = spec.get(key)
            if field_ is None:
                self.report(
                    item.key_at[key],
                    "unknown-key",
                    f"unknown key '{key}' in {what}{_did_you_mean(key, spec)}; "
                    f"allowed: {', '.join(spec)}",
                )
                continue
            if value is None:
                continue
            converted = self.value(field_, value, item, key)
            if converted is not None:
                values[key] = converted
        if getattr(item, "partial", False):
            return values  # cut short by a syntax error, reported already
        for key, field_ in _REQUIRED[section]:
            if key not in item:
                self.report((item.line, item.column), "missing-key", f"{what} has no '{key}'")
            elif item[key] is None and field_.kind != "text":
                self.report(item.value_at[key], "missing-key", f"'{key}' of {what} is empty")
        return values

    def value(self, field_: Field, value: Any, item: LocatedDict, key: str) -> Any:
        kind = field_.kind
        # The common case first: a string where text or an id belongs (most of a map).
        if value.__class__ is str and (
            kind == "text" or kind == "ref" or (kind == "id" and ID_PATTERN.match(value))
        ):
            return value
        place = item.value_at[key]
        if kind in ("id", "ref"):
            if not isinstance(value, str):
                self.report(
                    place,
                    "wrong-type",
                    f"'{key}' must be {_TYPE_NAMES[kind]}, not {_kind_of(value)}"
                    + _quote_hint(key, value),
                )
                return None
            if kind == "id" and not ID_PATTERN.match(value):
                self.report(
                    place,
                    "bad-id",
                    f"id '{value}' may use only lowercase letters, digits and hyphens, "
                    f"starting with a letter or digit (try '{_suggest_id(value)}')",
                )
            return value
        if kind == "text":
            if not isinstance(value, str):
                self.report(
                    place,
                    "wrong-type",
                    f"'{key}' must be text, not {_kind_of(value)}" + _quote_hint(key, value),
                )
                return None
            return value
        if kind in ("refs", "tags"):
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, LocatedList):
                self.report(
                    place,
                    "wrong-type",
                    f"'{key}' must be {_TYPE_NAMES[kind]}, not {_kind_of(value)}",
                )
                return None
            places = items.item_at if isinstance(value, LocatedList) else [place]
            good = []
            for entry, entry_place in zip(items, places, strict=True):
                if isinstance(entry, str):
                    good.append((entry, entry_place))
                else:
                    what = "a tag" if kind == "tags" else "an id"
                    self.report(
                        entry_place,
                        "wrong-type",
                        f"each entry of '{key}' must be {what}, not {_kind_of(entry)}"
                        + _quote_hint(None, entry),
                    )
            return good
        if kind == "edges":
            return self.edge_entries(value, place, key)
        if kind == "flag":
            if not isinstance(value, bool):
                self.report(
                    place,
                    "wrong-type",
                    f"'{key}' must be {_TYPE_NAMES[kind]}, not {_kind_of(value)}",
                )
                return None
            return value
        if kind == "date":
            if isinstance(value, dt.date):  # an explicit !!timestamp
                return value.isoformat()[:10]
            text = (
                str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""
            )
            if not DATE_PATTERN.match(text):
                self.report(
                    place,
                    "bad-date",
                    f"'{key}' must be {_TYPE_NAMES['date']}, not {_kind_of(value)}",
                )
                return None
            return text
        if kind == "score":
            if isinstance(value, bool) or not isinstance(value, int | float):
                self.report(
                    place,
                    "wrong-type",
                    f"'{key}' must be {_TYPE_NAMES['score']}, not {_kind_of(value)}",
                )
                return None
            if not 0 <= value <= 1:
                self.report(place, "out-of-range", f"'{key}' must be between 0 and 1, not {value}")
                return None
            return float(value)
        if kind == "stances":
            if not isinstance(value, LocatedList):
                self.report(
                    place,
                    "wrong-type",
                    f"'{key}' must be {_TYPE_NAMES[kind]}, not {_kind_of(value)}",
                )
                return None
            return value
        raise AssertionError(f"unknown field kind {kind}")  # pragma: no cover

    def edge_entries(
        self, value: Any, place: tuple[int, int], key: str
    ) -> list[tuple[str, tuple[int, int], str | None]] | None:
        """(target, place, note) for each entry of ``supports``/``rebuts``: an id or a mapping."""
        if isinstance(value, str):
            return [(value, place, None)]
        if not isinstance(value, LocatedList):
            self.report(
                place,
                "wrong-type",
                f"'{key}' must be {_TYPE_NAMES['edges']}, not {_kind_of(value)}",
            )
            return None
        good: list[tuple[str, tuple[int, int], str | None]] = []
        for entry, entry_place in zip(value, value.item_at, strict=True):
            if isinstance(entry, str):
                good.append((entry, entry_place, None))
            elif isinstance(entry, LocatedDict):
                values = self.fields(entry, "edge", f"an entry of '{key}'")
                if "claim" in values:
                    target_place = entry.value_at.get("claim", entry_place)
                    good.append((values["claim"], target_place, values.get("note")))
            else:
                self.report(
                    entry_place,
                    "wrong-type",
                    f"each entry of '{key}' must be a claim id or a mapping with 'claim' "
                    f"(and 'note'), not {_kind_of(entry)}",
                )
        return good

    def required_text(self, values: dict[str, Any], item: LocatedDict, key: str, what: str) -> str:
        text = values.get(key, "")
        if key in item and not str(text).strip() and (key in values or item[key] is None):
            self.report(
                item.value_at[key], "empty-text", f"'{key}' of {what} is empty; write it out"
            )
        return str(text)

    def author(self, item: LocatedDict) -> None:
        values = self.fields(item, "authors", "author")
        if "id" not in values:
            return
        what = f"author '{values['id']}'"
        self.part.authors.append(
            Author(
                id=values["id"],
                name=self.required_text(values, item, "name", what),
                affiliation=values.get("affiliation"),
                loc=self.at((item.line, item.column)),
            )
        )

    def source(self, item: LocatedDict) -> None:
        values = self.fields(item, "sources", "source")
        if "id" not in values:
            return
        what = f"source '{values['id']}'"
        authors: list[tuple[str, tuple[int, int]]] = []
        if "author" in values:
            authors.append((values["author"], item.value_at["author"]))
        authors.extend(values.get("authors", []))
        if "author" in item and "authors" in item:
            self.report(
                item.key_at["authors"],
                "conflicting-keys",
                f"{what} has both 'author' and 'authors'; keep one",
            )
        elif not authors and "author" not in item and "authors" not in item:
            self.report(
                (item.line, item.column), "missing-key", f"{what} has no 'author' (or 'authors')"
            )
        self.part.sources.append(
            Source(
                id=values["id"],
                authors=tuple(a for a, _ in authors),
                title=self.required_text(values, item, "title", what),
                venue=values.get("venue"),
                date=values.get("date"),
                url=values.get("url"),
                text=values.get("text"),
                loc=self.at((item.line, item.column)),
                author_loc=self.at(authors[0][1]) if authors else self.at((item.line, item.column)),
            )
        )

    def claim(self, item: LocatedDict) -> None:
        values = self.fields(item, "claims", "claim")
        if "id" not in values:
            return
        claim_id = values["id"]
        what = f"claim '{claim_id}'"
        claim = Claim(
            id=claim_id,
            text=self.required_text(values, item, "text", what),
            tags=tuple(tag for tag, _ in values.get("tags", [])),
            strength=values.get("strength"),
            note=values.get("note"),
            motion=values.get("motion"),
            loc=self.at((item.line, item.column)),
            text_loc=self.at(item.value_at.get("text", (item.line, item.column))),
        )
        for key, side in (("held_by", Side.HOLDS), ("denied_by", Side.DENIES)):
            entries = values.get(key)
            if entries is None:
                continue
            for entry, place in zip(entries, entries.item_at, strict=True):
                if isinstance(entry, LocatedDict):
                    self.stance(claim, side, entry)
                else:
                    self.report(
                        place,
                        "wrong-type",
                        f"each entry of '{key}' must be a mapping with author and quote, not {_kind_of(entry)}",
                    )
        for key, kind in (("supports", EdgeKind.SUPPORTS), ("rebuts", EdgeKind.REBUTS)):
            for target, place, note in values.get(key, []):
                claim.edges.append(Edge(claim_id, target, kind, self.at(place), note))
        self.part.claims.append(claim)

    def stance(self, claim: Claim, side: Side, item: LocatedDict) -> None:
        what = f"a stance on '{claim.id}'"
        values = self.fields(item, "stance", what)
        if "author" not in values:
            return
        here = (item.line, item.column)
        claim.stances.append(
            Stance(
                claim=claim.id,
                author=values["author"],
                side=side,
                quote=self.required_text(values, item, "quote", what),
                source=values.get("source"),
                note=values.get("note"),
                loc=self.at(here),
                author_loc=self.at(item.value_at.get("author", here)),
                quote_loc=self.at(item.value_at.get("quote", here)),
                source_loc=self.at(item.value_at.get("source", here)),
            )
        )


def _quote_hint(key: str | None, value: Any) -> str:
    """For a number or true/false where text belongs: how to write it as text."""
    if not isinstance(value, bool | int | float):
        return ""
    shown = str(value).lower() if isinstance(value, bool) else str(value)
    return f'; put it in quotes: {key + ": " if key else ""}"{shown}"'


def _suggest_id(value: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug or "claim-1"
