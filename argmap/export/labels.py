"""Text shared by the diagram writers: clean one-line text, wrapping, short author names, colours."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import Any

import networkx as nx

__all__ = ["PALETTE", "author_names", "clean", "names", "palette", "who", "wrap"]

_SPACE = re.compile(r"\s+")
# The control characters (Unicode category Cc) that are not white space, as one character
# class: a regex replaces them at C speed, where a per-character loop took seconds on a
# large map.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

# Light fills that keep black text readable: ColorBrewer Set3, then Pastel1 (no two alike).
PALETTE = (
    "#8dd3c7",
    "#ffffb3",
    "#bebada",
    "#fb8072",
    "#80b1d3",
    "#fdb462",
    "#b3de69",
    "#fccde5",
    "#d9d9d9",
    "#bc80bd",
    "#ccebc5",
    "#ffed6f",
    "#fbb4ae",
    "#b3cde3",
    "#decbe4",
    "#fed9a6",
    "#e5d8bd",
    "#fddaec",
)


def clean(text: str) -> str:
    """``text`` on one line: runs of whitespace become one space, control characters go.

    Graphviz's HTML labels and GraphML are XML, where control characters are not allowed.

    >>> clean("two\\nlines\\t and\\x07 a bell ")
    'two lines and a bell'
    """
    # Nearly every text is already clean: printable (so no control character and no white
    # space but the plain space), no double space, none at the ends. Saying so is one pass in C.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    # Only control characters (Cc) go: format characters such as the zero-width joiner inside
    # emoji and the marks of right-to-left text must stay.
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


def wrap(text: str, width: int = 30) -> list[str]:
    """``text`` cleaned and broken into lines of at most ``width`` characters.

    >>> wrap("China and Russia will not form an alliance any time soon.", 24)
    ['China and Russia will', 'not form an alliance any', 'time soon.']
    """
    text = clean(text)
    words = text.split(" ")
    if width < 1 or max(map(len, words)) > width:
        return textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    # No word needs breaking: textwrap's greedy fill, without its regular expressions and
    # objects (they were most of `export dot` on a large map). tests/test_labels.py holds the
    # two equal.
    lines = []
    line = words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def author_names(graph: nx.DiGraph) -> dict[str, str]:
    """Author id -> display name: the full name as written (surnames cannot be guessed safely:
    "Xie Zhihai" puts it first, "Global Village Space contributor" has none).

    >>> from argmap.model import Author
    >>> author_names(nx.DiGraph(authors={"x": Author("x", "Xie  Zhihai")}))
    {'x': 'Xie Zhihai'}
    """
    return {aid: clean(a.name) or aid for aid, a in sorted(graph.graph.get("authors", {}).items())}


def names(ids: Iterable[str], known: dict[str, str]) -> list[str]:
    """The display names of author ``ids`` (the id itself for an unknown author)."""
    return [known.get(i, i) for i in ids]


def who(
    data: dict[str, Any], people: dict[str, str], marks: tuple[str, str] = ("+ ", "\u2212 ")
) -> list[str]:
    """The names of a claim's holders and of its deniers, each list after its mark.

    >>> who({"held_by": ["a", "a"], "denied_by": ["b"]}, {"a": "Ann"})
    ['+ Ann', '− b']
    >>> who({"held_by": [], "denied_by": ["b"]}, {}, ("held by ", "denied by "))
    ['denied by b']
    """
    return [
        mark + ", ".join(names(dict.fromkeys(data[key]), people))
        for mark, key in zip(marks, ("held_by", "denied_by"), strict=True)
        if data.get(key)
    ]


def palette(keys: Iterable[str]) -> dict[str, str]:
    """A fill colour for each key, in sorted order, the palette repeating past its end.

    >>> palette(["b", "a"])
    {'a': '#8dd3c7', 'b': '#ffffb3'}
    """
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(sorted(set(keys)))}
