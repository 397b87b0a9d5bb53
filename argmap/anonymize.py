"""Anonymizing plain data (a brief, a list of motions): authors become "Author A", "Author B"...

The labels are computed once (``author_labels``) and used for everything shown of one brief,
text and diagram alike.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["anonymize", "author_labels", "letters"]


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet-style letters, for labels and column keys.

    >>> letters(0), letters(25), letters(26)
    ('A', 'Z', 'AA')
    """
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


def author_labels(data: dict[str, Any], authors: Iterable[str]) -> dict[str, str]:
    """Neutral labels for ``authors``, lettered in the order they first appear in ``data``.

    >>> author_labels({"held_by": [{"author": "zed"}, {"author": "amy"}]}, ["amy", "kim", "zed"])
    {'zed': 'Author A', 'amy': 'Author B', 'kim': 'Author C'}
    """
    known = set(authors)
    found: dict[str, list[str]] = {"author": [], "source": []}
    _collect(data, {"author": known, "source": set()}, found)
    order = found["author"] + sorted(known - set(found["author"]))
    return {a: f"Author {letters(n)}" for n, a in enumerate(order)}


def anonymize(
    data: dict[str, Any],
    authors: dict[str, str],
    sources: Iterable[str] = (),
    labels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A copy of a brief (or any plain data) with every author replaced by a neutral label.

    ``authors`` maps author id to name. ``labels`` maps author id to label; by default
    ``author_labels(data, authors)``: authors lettered in the order they first appear in
    ``data``, "Author A", "Author B"... Pass the labels in to letter something else (a
    diagram of the same brief) the same way. Ids become "author-a"...; names and surnames are
    replaced wherever they occur in text (quotes, notes, citations). Source ids (which often
    carry an author's name) become "source-1", "source-2"... in the same way.

    >>> a = anonymize({"held_by": [{"author": "ann", "name": "Ann Archer",
    ...     "quote": "as Archer said", "source": "archer-2020"}]}, {"ann": "Ann Archer"},
    ...     ["archer-2020"])
    >>> a["held_by"][0]
    {'author': 'author-a', 'name': 'Author A', 'quote': 'as Author A said', 'source': 'source-1'}
    """
    found: dict[str, list[str]] = {"author": [], "source": []}
    _collect(data, {"author": set(authors), "source": set(sources)}, found)
    label = labels if labels is not None else author_labels(data, authors)
    ident = {
        "author": {a: name.lower().replace(" ", "-") for a, name in label.items()},
        "source": {s: f"source-{n}" for n, s in enumerate(found["source"], 1)},
    }
    words: dict[str, str] = {}
    for author_id, name in authors.items():
        words[name] = label[author_id]
        surname = name.split()[-1] if name.split() else ""
        # a surname shared by two authors would mislabel one of them: leave it as written
        if len(surname) > 2 and sum(n.split()[-1:] == [surname] for n in authors.values()) == 1:
            words.setdefault(surname, label[author_id])
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"\b({alternatives})\b") if words else None

    def text(value: str) -> str:
        return pattern.sub(lambda m: words[m.group(0)], value) if pattern else value

    result: dict[str, Any] = _rewrite(data, text, ident)
    return result


# Keys whose values are author or source ids, and which kind of id they hold.
_ID_KEYS = {
    "author": "author",
    "authors": "author",
    "for": "author",
    "against": "author",
    "source": "source",
}


def _collect(data: Any, known: dict[str, set[str]], found: dict[str, list[str]]) -> None:
    """Author and source ids in the order they first appear in ``data``, depth first."""
    if isinstance(data, dict):
        for key, value in data.items():
            kind = _ID_KEYS.get(key)
            if kind:
                for v in value if isinstance(value, list) else [value]:
                    if v in known[kind] and v not in found[kind]:
                        found[kind].append(v)
                continue
            if key == "sources" and isinstance(value, list):
                ids = [v["id"] for v in value if isinstance(v, dict) and "id" in v]
                _collect({"source": ids}, known, found)
            _collect(value, known, found)
    elif isinstance(data, list):
        for value in data:
            _collect(value, known, found)


def _rewrite(data: Any, text: Callable[[str], str], ident: dict[str, dict[str, str]]) -> Any:
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            kind = _ID_KEYS.get(key)
            if kind and isinstance(value, str):
                out[key] = ident[kind].get(value, text(value))
            elif kind and isinstance(value, list):
                out[key] = [ident[kind].get(v, v) if isinstance(v, str) else v for v in value]
            elif key == "sources" and isinstance(value, list):
                out[key] = [
                    {**_rewrite(v, text, ident), "id": ident["source"].get(v["id"], v["id"])}
                    if isinstance(v, dict) and "id" in v
                    else _rewrite(v, text, ident)
                    for v in value
                ]
            else:
                out[key] = _rewrite(value, text, ident)
        return out
    if isinstance(data, list):
        return [_rewrite(v, text, ident) for v in data]
    if isinstance(data, str):
        return text(data)
    return data
