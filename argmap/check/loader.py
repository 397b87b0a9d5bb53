"""The loader's codes: problems found while a file is read (``argmap.load``), documented here
so that every code argmap emits has one entry in the registry."""

from __future__ import annotations

from argmap.check.registry import register
from argmap.errors import Severity

__all__: list[str] = []

ERROR = Severity.ERROR

register(
    "yaml-syntax",
    ERROR,
    """the file is not valid YAML

    The message gives the parser's reason at its place. An error inside one entry of a list
    (a claim, an author, a source) is one diagnostic: that entry is read up to the error, and
    the rest of the file is read. An error outside any entry stops the file.

    PASS:
        claims: [{id: a, text: A.}]
    FAIL:
        claims: [
          {id: a, text: A.}
    """,
    "loader",
)
register(
    "yaml-alias",
    ERROR,
    """YAML anchors/aliases are refused (they can blow up a file's size)

    PASS:
        claims: []
        sources: []
    FAIL:
        claims: &none []
        sources: *none
    """,
    "loader",
)
register(
    "yaml-tag",
    ERROR,
    """a tag that builds objects, such as `!!python/object`, is refused

    PASS:
        claims: []
    FAIL:
        claims: !!python/object:os.system ls
    """,
    "loader",
)
register(
    "not-utf8",
    ERROR,
    """the file is not UTF-8

    Reported at the first byte that is not UTF-8 (no YAML example: it takes bytes).
    """,
    "loader",
)
register(
    "file-too-large",
    ERROR,
    """the file is over the size limit for one map file

    The limit is 16 MB, or ``$ARGMAP_MAX_FILE_MB`` (no YAML example: it takes a large file).
    """,
    "loader",
)
register(
    "unreadable",
    ERROR,
    """the file cannot be read

    The operating system's reason is given (no YAML example: it takes a file's permissions).
    """,
    "loader",
)
register(
    "not-a-mapping",
    ERROR,
    """the file's top level is not a mapping

    PASS:
        claims: []
    FAIL:
        - just
        - a list
    """,
    "loader",
)
register(
    "unknown-key",
    ERROR,
    """a key the format does not have (with did-you-mean)

    PASS:
        claims:
          - {id: a, text: A., supports: [b]}
          - {id: b, text: B.}
    FAIL:
        claims:
          - {id: a, text: A., suports: [b]}
          - {id: b, text: B.}
    """,
    "loader",
)
register(
    "missing-key",
    ERROR,
    """a required key (`id`, `name`, `title`, `text`, `author`, `quote`) is missing

    PASS:
        claims:
          - {id: a, text: A.}
    FAIL:
        claims:
          - {id: a}
    """,
    "loader",
)
register(
    "wrong-type",
    ERROR,
    """a value of the wrong type (`text: [a, list]`, `text: 42`, `id: 17`)

    One bad value is one diagnostic: the rest of the file still loads. Plain values are read
    as YAML 1.2 reads them (`no` and `on` are text, `yes` is not true/false); a number or
    true/false where text or an id belongs is refused with the quoted form to write, and a
    tagged value that is not what its tag says (`!!int abc`) is refused at its place.

    PASS:
        claims:
          - {id: a, text: a text}
    FAIL:
        claims:
          - {id: a, text: [a, list]}
    """,
    "loader",
)
register(
    "bad-id",
    ERROR,
    """an id with characters outside `[a-z0-9-]`

    The message suggests an id that would do.

    PASS:
        claims:
          - {id: bad-id, text: A.}
    FAIL:
        claims:
          - {id: Bad_Id, text: A.}
    """,
    "loader",
)
register(
    "bad-date",
    ERROR,
    """a date that is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real one (`2016-02-30`)

    The loader and the JSON Schema (`argmap schema`) use the same pattern.

    PASS:
        sources:
          - {id: cy-2016, author: ann, title: T, date: 2016-05}
    FAIL:
        sources:
          - {id: cy-2016, author: ann, title: T, date: May 2016}
    """,
    "loader",
)
register(
    "out-of-range",
    ERROR,
    """a strength outside [0, 1]

    PASS:
        claims:
          - {id: a, text: A., strength: 0.8}
    FAIL:
        claims:
          - {id: a, text: A., strength: 2}
    """,
    "loader",
)
register(
    "empty-text",
    ERROR,
    """an empty text, name, title or quote

    PASS:
        claims:
          - {id: a, text: A.}
    FAIL:
        claims:
          - {id: a, text: ""}
    """,
    "loader",
)
register(
    "conflicting-keys",
    ERROR,
    """a source with both `author` and `authors`

    PASS:
        sources:
          - {id: joint, authors: [ann, bob], title: T}
    FAIL:
        sources:
          - {id: joint, author: ann, authors: [ann, bob], title: T}
    """,
    "loader",
)
register(
    "duplicate-key",
    ERROR,
    """the same key twice in one mapping

    YAML parsers keep the last value silently; argmap names both places.

    PASS:
        claims:
          - {id: a, text: A.}
    FAIL:
        claims:
          - {id: a, text: A., text: B.}
    """,
    "loader",
)
register(
    "bad-character",
    ERROR,
    """a character YAML does not allow (a NUL byte, another control character)

    Each is reported at its place (a file's first 20, then counted) and read as U+FFFD, so
    the rest of the file is still read and checked.

    PASS:
        claims:
          - {id: a, text: "A tab\tis fine"}
    FAIL:
        claims:
          - {id: a, text: "A bell \x07 is not"}
    """,
    "loader",
)
register(
    "too-deep",
    ERROR,
    """a value nested more than 50 levels deep

    A map file nests five levels; the value is skipped as a whole, the field that holds it left
    out, and the rest of the file is read.

    PASS:
        claims:
          - {id: a, text: A., tags: [x]}
    FAIL:
        claims:
          - {id: a, text: A., note: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
    """,
    "loader",
)
