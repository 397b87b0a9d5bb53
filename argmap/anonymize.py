"""Anonymizing plain data (a brief, a list of motions): authors become "Author A", "Author B"...

Everything that names an author goes: names and the words of names (a surname, whichever end
of the name it stands at), author ids as words ("GVS"), source ids, and the titles, venues and
addresses of sources (a title is one web search from its author), in every string of the data.
Citations become "Author A, source 1, 2016". The labels are computed once (``author_labels``)
and used for everything shown of one brief, text and diagram alike (``Anonymizer.text``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["Anonymizer", "anonymize", "anonymizer_for", "author_labels", "letters"]

# Words of names that say nothing of who the author is.
_GENERIC = frozenset({"the", "and", "van", "von", "der", "del", "contributor", "staff", "editor"})


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


class Anonymizer:
    """Rewrites strings and plain data so that nothing names an author.

    ``authors`` maps author id to name, ``labels`` author id to label; ``sources`` maps source
    id to its Source (or anything with ``title``, ``venue`` and ``url``), or is just the ids;
    ``numbers`` gives each source id its number ("source 1"), in order of appearance.
    """

    def __init__(
        self,
        authors: dict[str, str],
        labels: dict[str, str],
        sources: Mapping[str, Any] | Iterable[str] = (),
        numbers: dict[str, int] | None = None,
    ) -> None:
        self.labels = labels
        self.numbers = numbers or {}
        self.ident = {
            "author": {a: label.lower().replace(" ", "-") for a, label in labels.items()},
            "source": {s: f"source-{n}" for s, n in self.numbers.items()},
        }
        words: dict[str, str] = {}
        phrases: dict[str, str] = {}
        if isinstance(sources, Mapping):
            for source_id, source in sources.items():
                number = self.numbers.get(source_id)
                named = f"source {number}" if number else "a source"
                for phrase, said in (
                    (getattr(source, "title", None), named),
                    (getattr(source, "venue", None), "its publication"),
                    (getattr(source, "url", None), "its address"),
                ):
                    if phrase and len(phrase) > 3:
                        phrases.setdefault(phrase, said)
        for author_id, name in authors.items():
            label = labels[author_id]
            phrases[name] = label
            for word in name.replace(".", " ").split():
                # a word two authors' names share would mislabel one of them: leave it
                unique = sum(word in other.split() for other in authors.values()) == 1
                if unique and len(word) > 2 and word[0].isupper() and word.lower() not in _GENERIC:
                    words.setdefault(word, label)
            if len(author_id) > 2:
                words.setdefault(author_id.upper(), label)
                words.setdefault(author_id.capitalize(), label)
        table = {**words, **phrases}
        self.table = table
        alternatives = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])") if table else None

    def text(self, value: str) -> str:
        """``value`` with every name, name word, id, title and venue replaced."""
        if self.pattern is None:
            return value
        return self.pattern.sub(lambda m: self.table[m.group(0)], value)

    def citation(self, authors: list[str], source: str | None, year: Any) -> str:
        """ "Author A, source 1, 2016"."""
        names = " and ".join(self.labels.get(a, a) for a in authors)
        number = self.numbers.get(source or "")
        parts = [names, f"source {number}" if number else "", str(year) if year else ""]
        return ", ".join(p for p in parts if p)

    def data(self, data: Any) -> Any:
        """A copy of plain ``data`` with every author and source anonymized."""
        return _rewrite(data, self)


def anonymize(
    data: dict[str, Any],
    authors: dict[str, str],
    sources: Mapping[str, Any] | Iterable[str] = (),
    labels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A copy of a brief (or any plain data) with every author replaced by a neutral label.

    ``authors`` maps author id to name; ``sources`` is the map's sources (id -> Source), or
    their ids. ``labels`` maps author id to label; by default ``author_labels(data, authors)``:
    authors lettered in the order they first appear in ``data``, "Author A", "Author B"...
    Pass the labels in to letter something else (a diagram of the same brief) the same way.
    Ids become "author-a"...; names, the words of names, author ids, and the titles and venues
    of sources are replaced wherever they occur in text (quotes, notes, citations). Source ids
    become "source-1", "source-2"... in the order they appear.

    >>> a = anonymize({"held_by": [{"author": "ann", "name": "Ann Archer",
    ...     "quote": "as Archer said", "source": "archer-2020"}]}, {"ann": "Ann Archer"},
    ...     ["archer-2020"])
    >>> a["held_by"][0]
    {'author': 'author-a', 'name': 'Author A', 'quote': 'as Author A said', 'source': 'source-1'}
    """
    anonymized: dict[str, Any] = _anonymizer(data, authors, sources, labels).data(data)
    return anonymized


def _anonymizer(
    data: dict[str, Any],
    authors: dict[str, str],
    sources: Mapping[str, Any] | Iterable[str],
    labels: dict[str, str] | None,
) -> Anonymizer:
    known = set(sources.keys()) if isinstance(sources, Mapping) else set(sources)
    found: dict[str, list[str]] = {"author": [], "source": []}
    _collect(data, {"author": set(authors), "source": known}, found)
    numbers = {s: n for n, s in enumerate(found["source"], 1)}
    label = labels if labels is not None else author_labels(data, authors)
    return Anonymizer(authors, label, sources, numbers)


def anonymizer_for(
    data: dict[str, Any],
    authors: dict[str, str],
    sources: Mapping[str, Any] | Iterable[str] = (),
    labels: dict[str, str] | None = None,
) -> Anonymizer:
    """The Anonymizer that :func:`anonymize` uses for ``data``: for a diagram of it."""
    return _anonymizer(data, authors, sources, labels)


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


def _cited(data: dict[str, Any], anonymizer: Anonymizer) -> str | None:
    """The anonymized citation of a stance row or a source row, when it has the parts."""
    if "year" not in data:
        return None
    if "author" in data and "source" in data:
        return anonymizer.citation([data["author"]], data["source"], data["year"])
    if "authors" in data and "id" in data:
        return anonymizer.citation(data["authors"], data["id"], data["year"])
    return None


def _rewrite(data: Any, anonymizer: Anonymizer) -> Any:
    text: Callable[[str], str] = anonymizer.text
    ident = anonymizer.ident
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            kind = _ID_KEYS.get(key)
            if key == "citation" and (cited := _cited(data, anonymizer)) is not None:
                out[key] = cited
            elif kind and isinstance(value, str):
                out[key] = ident[kind].get(value, text(value))
            elif kind and isinstance(value, list):
                out[key] = [ident[kind].get(v, v) if isinstance(v, str) else v for v in value]
            elif key == "sources" and isinstance(value, list):
                out[key] = [
                    {**_rewrite(v, anonymizer), "id": ident["source"].get(v["id"], v["id"])}
                    if isinstance(v, dict) and "id" in v
                    else _rewrite(v, anonymizer)
                    for v in value
                ]
            else:
                out[key] = _rewrite(value, anonymizer)
        return out
    if isinstance(data, list):
        return [_rewrite(v, anonymizer) for v in data]
    if isinstance(data, str):
        return text(data)
    return data
