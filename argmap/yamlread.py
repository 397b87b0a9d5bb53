"""Safe YAML parsing that remembers where every mapping, key and list item stands."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, SequenceNode

from argmap.errors import Diagnostic, Location, Severity

__all__ = ["LocatedDict", "LocatedList", "YamlProblem", "parse_yaml"]

MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"


class LocatedDict(dict[Any, Any]):
    """A YAML mapping with the 1-based place of itself, of each key and of each value."""

    __slots__ = ("column", "key_at", "line", "value_at")

    line: int
    column: int
    key_at: dict[Any, tuple[int, int]]
    value_at: dict[Any, tuple[int, int]]


class LocatedList(list[Any]):
    """A YAML sequence with the 1-based place of itself and of each item."""

    __slots__ = ("column", "item_at", "line")

    line: int
    column: int
    item_at: list[tuple[int, int]]


class YamlProblem(Exception):
    """A file that cannot be read as a map file at all, with the place and a code."""

    def __init__(self, code: str, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column


def _place(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


class _Locating:
    """Constructor methods that keep places, report duplicate keys and refuse aliases."""

    file: str
    problems: list[Diagnostic]
    constructed_objects: dict[Node, Any]

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            # Reached a second time: an alias. Refusing them also defeats "billion laughs".
            line, column = _place(node)
            raise YamlProblem(
                "yaml-alias",
                "YAML anchors and aliases (&name / *name) are not allowed in map files; "
                f"write the value out (anchor at line {line})",
                line,
                column,
            )
        return super().construct_object(node, deep=deep)  # type: ignore[misc]

    def construct_located_map(self, node: MappingNode) -> LocatedDict:
        result = LocatedDict()
        result.line, result.column = _place(node)
        result.key_at = {}
        result.value_at = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            line, column = _place(key_node)
            try:
                hash(key)
            except TypeError:
                raise YamlProblem(
                    "wrong-type", "a mapping key must be a plain value", line, column
                ) from None
            if key in result:
                first = result.key_at[key][0]
                self.problems.append(
                    Diagnostic(
                        Location(self.file, line, column),
                        Severity.ERROR,
                        "duplicate-key",
                        f"duplicate key '{key}' (first at line {first}); "
                        "YAML would keep only the last one, so remove or rename one",
                    )
                )
                continue
            result.key_at[key] = (line, column)
            result.value_at[key] = _place(value_node)
            result[key] = self.construct_object(value_node, deep=True)
        return result

    def construct_located_seq(self, node: SequenceNode) -> LocatedList:
        result = LocatedList(self.construct_object(child, deep=True) for child in node.value)
        result.line, result.column = _place(node)
        result.item_at = [_place(child) for child in node.value]
        return result


class PureLoader(_Locating, yaml.SafeLoader):
    """The pure-Python safe loader, with places."""


PureLoader.add_constructor(MAP_TAG, PureLoader.construct_located_map)  # type: ignore[type-var]
PureLoader.add_constructor(SEQ_TAG, PureLoader.construct_located_seq)  # type: ignore[type-var]

try:  # libyaml's parser is 2-3x faster; the pure-Python one gives the same results.

    class FastLoader(_Locating, yaml.CSafeLoader):
        """libyaml's safe parser, with places."""

    FastLoader.add_constructor(MAP_TAG, FastLoader.construct_located_map)  # type: ignore[type-var]
    FastLoader.add_constructor(SEQ_TAG, FastLoader.construct_located_seq)  # type: ignore[type-var]
    _Loader: type[PureLoader | FastLoader] = FastLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = PureLoader


def parse_yaml(text: str, file: str) -> tuple[Any, list[Diagnostic]]:
    """Parse one YAML document; return the data and the duplicate-key problems.

    Raises YamlProblem for anything that stops the file being read.

    >>> data, problems = parse_yaml("a: 1\\nb: [x, y]\\n", "f.yaml")
    >>> data["b"].item_at, problems
    ([(2, 5), (2, 8)], [])
    """
    loader = _Loader(text)
    loader.file = file
    loader.problems = []
    try:
        return loader.get_single_data(), loader.problems
    except ConstructorError as error:
        raise _tag_problem(error) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = error.problem or str(error)
        raise YamlProblem("yaml-syntax", f"YAML syntax error: {reason}", line, column) from None
    except yaml.YAMLError as error:
        raise YamlProblem("yaml-syntax", f"YAML error: {error}") from None
    except RecursionError:
        raise YamlProblem("yaml-syntax", "the YAML is nested too deeply to be a map file") from None
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
