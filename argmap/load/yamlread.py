"""Safe YAML parsing that remembers where every mapping, key and list item stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from argmap.errors import Diagnostic, Location, Severity, YamlProblem, shortened
from argmap.load.recover import mark_partial, printable, salvage
from argmap.load.scalars import CORE, CORE_VALUE

__all__ = ["LocatedDict", "LocatedList", "parse_yaml"]

MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"


class LocatedDict(dict[Any, Any]):
    """A YAML mapping with the 1-based place of itself, of each key and of each value."""

    __slots__ = ("column", "key_at", "line", "partial", "value_at")

    line: int
    column: int
    key_at: dict[Any, tuple[int, int]]
    value_at: dict[Any, tuple[int, int]]
    # Cut short by a syntax error (reported once): its missing keys are not reported again.
    partial: bool


class LocatedList(list[Any]):
    """A YAML sequence with the 1-based place of itself and of each item."""

    __slots__ = ("column", "item_at", "line")

    line: int
    column: int
    item_at: list[tuple[int, int]]


class PureLoader(yaml.SafeLoader):
    """PyYAML's pure-Python safe parser; only its events are used."""


try:  # libyaml's parser is several times faster; the pure-Python one gives the same events.

    class FastLoader(yaml.CSafeLoader):
        """libyaml's safe parser; only its events are used."""

    _Loader: type[PureLoader | FastLoader] = FastLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = PureLoader

# The safe constructors of explicitly tagged values (`!!int "7"`); any other tag is refused.
_SCALARS = {
    tag: SafeConstructor.yaml_constructors[tag]
    for tag in (
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:binary",
        "tag:yaml.org,2002:timestamp",
    )
}
STR_TAG = "tag:yaml.org,2002:str"
# A map file nests five levels (file, section, entry, stances, stance); deeper than this is
# not a map, and would exhaust the builder's recursion.
MAX_DEPTH = 50
# The depth of the value of an entry's field (file mapping, section list, entry mapping).
_FIELD_DEPTH = 3
# Short plain scalars known to be strings (keys, ids, tags): they repeat through a map, and
# knowing them skips the resolver's regexes.
_PLAIN_STRINGS: set[str] = set()
_PLAIN_MEMO_LENGTH = 40


def _tag_refused(tag: str, line: int, column: int) -> YamlProblem:
    short = tag.replace("tag:yaml.org,2002:", "!!")
    return YamlProblem(
        "yaml-tag",
        f"the tag '{short}' is not allowed: map files are plain YAML (no tags that build objects)",
        line,
        column,
    )


class _Builder:
    """Builds LocatedDict / LocatedList / plain values straight from the parser's events.

    Going from events, not from PyYAML's node graph and constructors, skips two layers of
    Python objects per value: this is most of the time of reading a large map.
    """

    def __init__(self, loader: PureLoader | FastLoader, file: str) -> None:
        self.loader = loader
        # Events are read untyped: every event kind is told apart by its class below.
        self.next: Callable[[], Any] = loader.get_event
        self.file = file
        self.problems: list[Diagnostic] = []
        self.anchors: dict[str, tuple[int, int]] = {}
        self.depth = 0
        self.cut = False  # set by too_deep, until the field that holds the value is reached

    def problem(self, mark: Any, code: str, message: str) -> None:
        """One problem at ``mark``; the file goes on being read."""
        place = Location(self.file, mark.line + 1, mark.column + 1)
        self.problems.append(Diagnostic(place, Severity.ERROR, code, message))

    def too_deep(self, event: Any) -> None:
        """Report a collection nested past MAX_DEPTH, and read past the whole of it (None)."""
        self.cut = True
        self.problem(
            event.start_mark,
            "too-deep",
            f"this value is nested more than {MAX_DEPTH} levels deep; a map file nests a few",
        )
        open_ = 1
        while open_:
            kind = self.next().__class__
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                open_ += 1
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                open_ -= 1

    def document(self) -> Any:
        self.next()  # stream start
        event = self.next()
        if isinstance(event, StreamEndEvent):
            return None
        data = self.value(self.next())
        self.next()  # document end
        event = self.next()
        if not isinstance(event, StreamEndEvent):
            mark = event.start_mark
            raise YamlProblem(
                "yaml-syntax",
                "YAML syntax error: a second document (---) in one file; "
                "a map file holds one document",
                mark.line + 1,
                mark.column + 1,
            )
        return data

    def value(self, event: Any) -> Any:
        kind = event.__class__
        if kind is ScalarEvent:
            return self.scalar(event)
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            if self.depth >= MAX_DEPTH:
                return self.too_deep(event)
            self.depth += 1
            try:
                built = self.mapping(event) if kind is MappingStartEvent else self.sequence(event)
            finally:
                self.depth -= 1
            if self.cut:  # a value nested too deeply inside: the field holding it is left out
                if self.depth >= _FIELD_DEPTH:
                    return None
                self.cut = False
            return built
        mark = event.start_mark
        if kind is AliasEvent:
            place = self.anchors.get(event.anchor)
            if place is None:
                raise YamlProblem(
                    "yaml-syntax",
                    f"YAML syntax error: found undefined alias '{event.anchor}'",
                    mark.line + 1,
                    mark.column + 1,
                )
            # Refusing aliases also defeats "billion laughs".
            raise YamlProblem(
                "yaml-alias",
                "YAML anchors and aliases (&name / *name) are not allowed in map files; "
                f"write the value out (anchor at line {place[0]})",
                *place,
            )
        raise YamlProblem(  # pragma: no cover - the parser never sends another event here
            "yaml-syntax", f"YAML syntax error: unexpected {kind.__name__}", mark.line + 1, 0
        )

    def anchor(self, event: Any) -> None:
        mark = event.start_mark
        if event.anchor in self.anchors:
            raise YamlProblem(
                "yaml-syntax",
                f"YAML syntax error: found duplicate anchor '{event.anchor}' "
                f"(first at line {self.anchors[event.anchor][0]})",
                mark.line + 1,
                mark.column + 1,
            )
        self.anchors[event.anchor] = (mark.line + 1, mark.column + 1)

    def scalar(self, event: Any) -> Any:
        if event.anchor is not None:
            self.anchor(event)
        value = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return value  # quoted, or with the non-specific tag: a string
            for candidate, regexp in CORE.get(value[:1], ()):
                if regexp.match(value):
                    try:
                        return CORE_VALUE[candidate](value)
                    except ValueError:  # an integer past Python's 4,300 digits
                        self.problem(
                            event.start_mark,
                            "wrong-type",
                            f"the number '{shortened(value)}' ({len(value):,} characters) "
                            "is too long to be read",
                        )
                        return None
            if len(value) <= _PLAIN_MEMO_LENGTH:
                _PLAIN_STRINGS.add(value)
            return value
        if tag == STR_TAG:
            return value
        construct = _SCALARS.get(tag)
        mark = event.start_mark
        if construct is None:
            raise _tag_refused(tag, mark.line + 1, mark.column + 1)
        node = ScalarNode(tag, value, mark, event.end_mark, event.style)
        try:
            return construct(self.loader, node)
        except (ArithmeticError, LookupError, TypeError, ValueError):  # !!int "abc", !!int ""
            # One bad value, one problem: the value stays as the text it was, and the rest of
            # the file is read.
            short = tag.replace("tag:yaml.org,2002:", "!!")
            self.problem(
                mark,
                "wrong-type",
                f"'{shortened(value)}' is not a valid {short}; remove the tag or fix the value",
            )
            return value

    def mapping(self, event: Any) -> LocatedDict:
        mark = event.start_mark
        if event.tag not in (None, "!", MAP_TAG):
            raise _tag_refused(event.tag, mark.line + 1, mark.column + 1)
        if event.anchor is not None:
            self.anchor(event)
        result = LocatedDict()
        result.line = mark.line + 1
        result.column = mark.column + 1
        key_at: dict[Any, tuple[int, int]] = {}
        value_at: dict[Any, tuple[int, int]] = {}
        result.key_at = key_at
        result.value_at = value_at
        next_event, value, strings = self.next, self.value, _PLAIN_STRINGS
        while True:
            key_event = next_event()
            mark = key_event.start_mark
            place = (mark.line + 1, mark.column + 1)
            # The common case inline: a key that is a plain or quoted string.
            if (
                key_event.__class__ is ScalarEvent
                and key_event.tag is None
                and key_event.anchor is None
                and (not key_event.implicit[0] or key_event.value in strings)
            ):
                key = key_event.value
            elif key_event.__class__ is MappingEndEvent:
                return result
            else:
                key = value(key_event)
                if isinstance(key, dict | list):
                    raise YamlProblem("wrong-type", "a mapping key must be a plain value", *place)
            value_event = next_event()
            if key in result:
                self.problem(
                    mark,
                    "duplicate-key",
                    f"duplicate key '{shortened(key)}' (first at line {key_at[key][0]}); "
                    "YAML would keep only the last one, so remove or rename one",
                )
                value(value_event)  # read past it
                continue
            key_at[key] = place
            mark = value_event.start_mark
            value_at[key] = (mark.line + 1, mark.column + 1)
            if (
                value_event.__class__ is ScalarEvent
                and value_event.tag is None
                and value_event.anchor is None
                and (not value_event.implicit[0] or value_event.value in strings)
            ):
                result[key] = value_event.value
            else:
                result[key] = value(value_event)

    def sequence(self, event: Any) -> LocatedList:
        mark = event.start_mark
        if event.tag not in (None, "!", SEQ_TAG):
            raise _tag_refused(event.tag, mark.line + 1, mark.column + 1)
        if event.anchor is not None:
            self.anchor(event)
        result = LocatedList()
        result.line = mark.line + 1
        result.column = mark.column + 1
        item_at: list[tuple[int, int]] = []
        result.item_at = item_at
        next_event, value, append = self.next, self.value, result.append
        strings = _PLAIN_STRINGS
        while True:
            item_event = next_event()
            mark = item_event.start_mark
            if (
                item_event.__class__ is ScalarEvent
                and item_event.tag is None
                and item_event.anchor is None
                and (not item_event.implicit[0] or item_event.value in strings)
            ):
                item = item_event.value
            elif item_event.__class__ is SequenceEndEvent:
                return result
            else:
                item = value(item_event)
            item_at.append((mark.line + 1, mark.column + 1))
            append(item)


def parse_yaml(text: str, file: str) -> tuple[Any, list[Diagnostic]]:
    """Parse one YAML document; return the data and the problems found on the way.

    A syntax error inside one entry of a list (a claim, an author, a source) is one problem:
    that entry is read up to the error (or left out, if that does not parse either) and the
    rest of the file is read. Raises YamlProblem for anything that stops the file being read.

    >>> data, problems = parse_yaml("a: 1\\nb: [x, y]\\n", "f.yaml")
    >>> data["b"].item_at, problems
    ([(2, 5), (2, 8)], [])
    >>> data, problems = parse_yaml("c:\\n- id: a\\n  text: 'open\\n- id: b\\n", "f.yaml")
    >>> [item["id"] for item in data["c"]], [p.code for p in problems]
    (['a', 'b'], ['yaml-syntax'])
    """
    text, refused = printable(text, file)
    try:
        data, problems = _parse(text, file)
    except YamlProblem as problem:
        if problem.code != "yaml-syntax" or not problem.line:
            raise
        data, problems, starts = salvage(text, file, problem, _parse)
        mark_partial(data, starts)
    return data, refused + problems


def _parse(text: str, file: str) -> tuple[Any, list[Diagnostic]]:
    loader = _Loader(text)
    builder = _Builder(loader, file)
    try:
        return builder.document(), builder.problems
    except ConstructorError as error:
        raise _tag_problem(error) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        # Where an unclosed quote or bracket began, not where the parser gave up on it.
        scanning = error.context and not error.context.startswith("while parsing a block")
        context = error.context_mark.line + 1 if error.context_mark and scanning else 0
        reason = error.problem or str(error)
        raise YamlProblem(
            "yaml-syntax", f"YAML syntax error: {reason}", line, column, context
        ) from None
    except yaml.YAMLError as error:
        raise YamlProblem("yaml-syntax", f"YAML error: {error}") from None
    finally:
        loader.dispose()


def _tag_problem(error: ConstructorError) -> YamlProblem:
    mark = error.problem_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = error.problem or ""
    if "constructor for the tag" in problem:
        tag = problem.split("tag", 1)[1].strip(" '")
        short = tag.replace("tag:yaml.org,2002:", "!!")
        return YamlProblem(
            "yaml-tag",
            f"the tag '{short}' is not allowed: map files are plain YAML "
            "(no tags that build objects)",
            line,
            column,
        )
    return YamlProblem("yaml-syntax", f"YAML error: {problem}", line, column)
